"""The pages in Chromium after a user trial: a claim link lands on its claim after the
table is filtered, a figure inside a draft's link opens its details and stays on the page,
a draft's table keeps its words whole, and long words stay in their boxes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from ..report_fixtures import hostile_registry
from .conftest import SCREENSHOTS, _write, open_page

LONG = "Pneumonoultramicroscopicsilicovolcanoconiosis" * 6

CLAIM = f"""  - id: long-word-2024
    statement: "The word {LONG} came before 3,456 complaints in 2024."
    value: 3456
    unit: complaints
    measure: complaints
    scope: long-words
    period: "2024"
    source: long
    quote: "The word {LONG} came before 3,456 complaints in 2024"
    note: "A caveat {LONG}."
"""

SOURCE = f"""---
title: "A source with a long word"
publisher: "Test"
language: en
---
The word {LONG} came before 3,456 complaints in 2024.
"""

DRAFT = """# A draft

According to [the count, more than 60,000 soldiers deserted](https://news.example/report).

| year | district | measure | value | source | note | more | more still | and more |
|---|---|---|---|---|---|---|---|---|
| 2024 | Russian army | convictions | 1,200 soldiers deserted in 2024 | a report |\
 a rapporteur's figure | something long | more text | yet more |

The word {LONG} came before 3,456 complaints in 2024.
""".replace("{LONG}", LONG)


@pytest.fixture(scope="module")
def trial(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Path]]:
    d = tmp_path_factory.mktemp("trial17")
    root = hostile_registry(d / "reg")
    with (root / "claims" / "hostile.yaml").open("a", encoding="utf-8") as f:
        f.write(CLAIM)
    (root / "sources" / "long.md").write_text(SOURCE, encoding="utf-8")
    (root / "d2.md").write_text(DRAFT, encoding="utf-8")
    yield {
        "report": _write(["report", "--root", str(root)], d / "report.html"),
        "title": _write(["report", "--root", str(root), "--title", f"Weekly {LONG}"], d / "t.html"),
        "audit": _write(
            ["audit", str(root / "d2.md"), "--root", str(root), "-f", "html"], d / "a.html"
        ),
    }


def _width(page: Any, selector: str = "html") -> list[int]:
    return page.eval_on_selector(selector, "e => [e.scrollWidth, e.clientWidth]")


def test_a_claim_link_lands_on_its_claim_after_filtering(
    browser: Any, trial: dict[str, Path]
) -> None:
    """Found in a user trial: after a search left one row, a dispute's link to another
    claim changed the address and nothing else (the row was un-hidden 8,669 px below), and
    the counter still said "1 of 68 claims shown"."""
    page, watch = open_page(browser, trial["report"], 1280)
    page.fill("#filters input[name=q]", "long-word")
    total = page.locator("#claims tbody tr").count()
    assert page.inner_text("#shown") == f"1 of {total} claims shown"
    page.evaluate("window.scrollTo(0, 0)")
    link = page.locator("#disputes a.id").first
    target = link.inner_text()
    link.click()
    page.wait_for_selector(f"#c-{target} details[open]", timeout=5000)
    top = page.eval_on_selector(f"#c-{target}", "e => e.getBoundingClientRect().top")
    assert -2 <= top < 200, top  # scrolled to it (a fraction of a pixel either way)
    shown = page.inner_text("#shown")
    assert shown.startswith(f"{total} of {total} claims shown") and target in shown, shown
    assert page.input_value("#filters input[name=q]") == ""
    page.fill("#filters input[name=q]", "long-word")  # filtering again forgets the link
    assert page.inner_text("#shown") == f"1 of {total} claims shown"
    assert page.locator(f"#c-{target}").is_hidden()
    page.screenshot(path=str(SCREENSHOTS / "trial17-link-after-filter.png"))
    watch.clean()
    page.context.close()


@pytest.mark.parametrize("width", [375, 1280])
def test_a_figure_inside_a_link_opens_its_details(
    browser: Any, trial: dict[str, Path], width: int
) -> None:
    """Found in a user trial: a click on a figure inside a draft's link followed the link
    ("This site can't be reached"), where Enter opened the details."""
    page, watch = open_page(browser, trial["audit"], width)
    mark = page.locator("a mark.fig[id]").first
    assert mark.count() == 1
    mark.click()
    assert page.url == trial["audit"].as_uri()
    assert page.locator("#panel").is_visible()
    assert mark.get_attribute("aria-expanded") == "true"
    watch.clean()
    page.context.close()


@pytest.mark.parametrize("width", [375, 1280])
def test_a_drafts_table_keeps_its_words_whole(
    browser: Any, trial: dict[str, Path], width: int
) -> None:
    """Found in a user trial: a draft's table broke "2024" into "20" and "24" (at 375 px
    into four lines), and "district" into "distric" and "t"."""
    page, watch = open_page(browser, trial["audit"], width)
    lines = page.evaluate(
        """() => Array.from(document.querySelectorAll('.draft table td, .draft table th'))
        .filter(c => /^(2024|year|district|measure)$/.test(c.innerText.trim()))
        .map(c => { const r = document.createRange(); r.selectNodeContents(c);
                    return [c.innerText.trim(), new Set(Array.from(r.getClientRects())
                      .map(x => Math.round(x.top))).size]; })"""
    )
    assert len(lines) == 4 and all(n == 1 for _, n in lines), lines
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"trial17-draft-table-{width}.png"))
    watch.clean()
    page.context.close()


@pytest.mark.parametrize("width", [375, 1280])
def test_a_long_word_stays_in_its_box(browser: Any, trial: dict[str, Path], width: int) -> None:
    """Found in a user trial: a 270-letter word ran out of the audit panel, across the
    report's columns, out of the audit page without JavaScript, and out of the header of a
    report with a long --title (the page 2,311 px wide at 375)."""
    page, watch = open_page(browser, trial["audit"], width)
    page.locator("mark.fig[id]").last.click()
    assert "complaints" in page.inner_text("#panel")
    wide, box = _width(page, "#panel")
    assert wide <= box + 1, (wide, box)
    page.context.close()
    page, _ = open_page(browser, trial["audit"], width, javascript=False)
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
    page.context.close()
    page, _ = open_page(browser, trial["title"], width)
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
    page.context.close()
    page, _ = open_page(browser, trial["report"], width)
    page.evaluate("location.hash = '#c-long-word-2024'")
    page.wait_for_selector("#c-long-word-2024 details[open]", timeout=5000)
    overflow = page.eval_on_selector(
        "#c-long-word-2024 details.claim > div",
        "d => d.scrollWidth - d.clientWidth",
    )
    assert overflow <= 1, overflow
    watch.clean()
    page.context.close()
