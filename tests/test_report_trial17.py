"""The HTML pages after a user trial on a large registry and hostile text: long words
wrap, a draft's table scrolls in its own box, a figure is a button only with the script,
per-draft counts, the errors card, a claim's note, a broken claim in a dispute, and the
report's progress and messages. The same pages in a browser: tests/browser/."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from desertcheck.cli import app
from desertcheck.report.draft import Span, draft_html
from desertcheck.report.page import asset as _asset

from .conftest import PROJECT, cli_runner
from .report_fixtures import hostile_registry

pytest.importorskip("jinja2")
pytest.importorskip("markdown_it")


def _rule(css: str, selector: str) -> str:
    """The declarations of the rule whose selector list is exactly ``selector``."""
    m = re.search(r"(?:^|[}\n])" + re.escape(selector) + r"\{([^}]*)\}", css)
    assert m, f"no rule for {selector}"
    return m.group(1)


def _mark(n: int, first: bool) -> tuple[str, str]:
    return (f'<mark data-n="{n}">', "</mark>")


TABLE = """| year | district | value |
|---|---|---|
| 2024 | Russian army | 13,500 soldiers convicted in 2024 |
"""


def test_a_drafts_table_scrolls_in_its_own_box() -> None:
    """Found in a user trial: a draft's table was held to the draft's column with
    overflow-wrap:anywhere, so "2024" read "20 / 24" (and "2 / 0 / 2 / 4" at 375 px)."""
    at = TABLE.index("13,500")
    html = draft_html(TABLE, [Span(at, at + 6)], _mark)
    box = re.search(
        r'<div class="tablewrap draft-table"[^>]*>\s*<table>.*?</table>\s*</div>', html, re.S
    )
    assert box, html
    assert 'tabindex="0"' in box.group(0) and 'role="region"' in box.group(0)
    assert '<mark data-n="0">13,500</mark>' in box.group(0)
    css = _asset("report.css")
    cells = _rule(css, ".draft .draft-table th,.draft .draft-table td")
    assert "overflow-wrap:normal" in cells and "word-break:normal" in cells
    assert "overflow-x:auto" in _rule(css, ".tablewrap")


def test_a_table_written_as_text_is_not_boxed() -> None:
    """Only markdown-it's own tables are boxed: raw HTML is off, so a "<table>" the draft
    writes is text and stays so."""
    html = draft_html("A <table> here and </table> there.\n", [], _mark)
    assert "draft-table" not in html and "&lt;table&gt;" in html


@pytest.mark.parametrize(
    "selector",
    [
        ".panel",  # the audit page's details beside the draft
        "details.claim>div",  # the report's opened claim
        ".figures",  # the audit page's list of every figure, read without JavaScript
        "header.top",  # a long --title
    ],
)
def test_a_long_word_wraps_in_its_box(selector: str) -> None:
    """Found in a user trial: a 270-letter word ran out of the audit panel (2,187 px of
    403), across the report's columns, and made the page 2,311 px wide at 375 px under a
    long --title."""
    css = _asset("report.css")
    rules = [
        m.group(1) for m in re.finditer(r"(?:^|[}\n])" + re.escape(selector) + r"\{([^}]*)\}", css)
    ]
    assert any("overflow-wrap:anywhere" in r for r in rules), (selector, rules)


@pytest.fixture(scope="module")
def hostile_audit(tmp_path_factory: pytest.TempPathFactory) -> str:
    root = hostile_registry(tmp_path_factory.mktemp("h"))
    out = root / "audit.html"
    r = cli_runner().invoke(
        app, ["audit", str(root / "draft.md"), "--root", str(root), "-f", "html", "-o", str(out)]
    )
    assert r.exit_code in (0, 1), r.stderr
    return out.read_text(encoding="utf-8")


def test_without_javascript_no_figure_is_a_button_and_no_key_is_promised(
    hostile_audit: str,
) -> None:
    """Found in a user trial: without JavaScript each figure was served as a Tab stop and a
    "button" that did nothing, and the page told of n and p keys that did nothing."""
    marks = re.findall(r"<mark [^>]*>", hostile_audit)
    assert marks
    assert not [m for m in marks if "role=" in m or "tabindex" in m]
    hint = re.search(r'<span class="muted keys"([^>]*)>Tab moves', hostile_audit)
    assert hint and "hidden" in hint.group(1)
    script = _asset("audit.js")
    assert 'setAttribute("role", "button")' in script and "m.tabIndex = 0" in script


def test_a_click_on_a_figure_never_follows_the_link_around_it() -> None:
    """Found in a user trial: a figure inside a draft's link left the page on a click
    (Enter opened the details). The browser test clicks it: tests/browser/."""
    script = _asset("audit.js")
    handlers = re.findall(r'addEventListener\("click", function \((\w*)\) \{\s*([^\n]*)', script)
    marks = [h for h in handlers if "show(m)" in h[1] or 'getElementById("f"' in h[1]]
    assert marks and all(arg == "e" for arg, _ in marks), handlers
    assert script.count("e.preventDefault();") >= 4


def _copy_shipped(root: Path) -> Path:
    import shutil

    for name in ("claims", "sources"):
        shutil.copytree(PROJECT / name, root / name)
    shutil.copy(PROJECT / "desertcheck.toml", root / "desertcheck.toml")
    return root


def test_report_takes_verifys_stored_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cache_on: None
) -> None:
    """Found in a user trial: on 4,063 claims with verify's cache warm (0.27 s), report
    still checked every claim again (17-27 s). Now it takes the run verify kept, and the
    page is byte for byte the one a run without the cache writes."""
    import desertcheck.verify as verify_module

    root = _copy_shipped(tmp_path / "reg")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1764662400")
    r = cli_runner().invoke(app, ["verify", "--root", str(root), "-q"])
    assert r.exit_code in (0, 1), r.stderr
    stored = set((root / ".desertcheck-cache").glob("report-*"))  # verify's own report
    checked: list[int] = []
    real = verify_module._ClaimRun.all

    def counted(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        checked.append(1)
        return real(self, *args, **kwargs)

    monkeypatch.setattr(verify_module._ClaimRun, "all", counted)
    warm = tmp_path / "warm.html"
    r = cli_runner().invoke(app, ["report", "--root", str(root), "-o", str(warm)])
    assert r.exit_code == 0, r.stderr
    assert checked == []  # the stored run: no claim checked again
    assert set((root / ".desertcheck-cache").glob("report-*")) == stored  # no page to replay
    monkeypatch.setenv("DESERTCHECK_NO_CACHE", "1")
    cold = tmp_path / "cold.html"
    r = cli_runner().invoke(app, ["report", "--root", str(root), "-o", str(cold)])
    assert r.exit_code == 0, r.stderr
    assert checked == [1]
    assert warm.read_bytes() == cold.read_bytes()


def test_report_without_the_cache_writes_no_cache(tmp_path: Path) -> None:
    root = _copy_shipped(tmp_path / "reg")
    r = cli_runner().invoke(app, ["report", "--root", str(root), "-o", str(tmp_path / "r.html")])
    assert r.exit_code == 0, r.stderr
    assert not (root / ".desertcheck-cache").exists()


def test_report_tells_each_stage_of_its_progress() -> None:
    """Found in a user trial: report ran 27 s in a terminal with nothing on the screen
    while verify, which is faster, showed two bars. Each stage gets a bar (drawn only in a
    terminal, for enough claims: :func:`desertcheck.cli.flow.progress_bar`)."""
    from contextlib import contextmanager

    from desertcheck.registry import load_registry
    from desertcheck.report.build import build_report

    seen: dict[str, list[int]] = {}

    @contextmanager
    def bar(what: str, total: int):  # type: ignore[no-untyped-def]
        ticks = seen.setdefault(what, [])
        yield lambda i: ticks.append(i)
        assert total == n

    loaded = load_registry(PROJECT)
    n = len(loaded.registry.claims)
    data = build_report(loaded, bar=bar)
    assert list(seen) == [
        "verifying",
        "scanning the sources",
        "finding the quotes in their sources",
        "drawing the charts",
    ]
    assert seen["verifying"][-1] == n - 1
    assert seen["scanning the sources"][-1] == n - 1
    assert seen["finding the quotes in their sources"] == list(range(n))
    assert all(0 <= i < n for i in seen["drawing the charts"])
    assert data.drawn is not None and len(data.drawn[0]) == len(data.charts)


def test_the_sources_scanned_in_parts_cover_as_one_scan() -> None:
    from desertcheck.authoring.scan import scan
    from desertcheck.config import load_config
    from desertcheck.registry import load_registry
    from desertcheck.report.build import _coverage

    loaded = load_registry(PROJECT)
    config, _ = load_config(PROJECT)
    whole = scan(loaded, config)
    parts = _coverage(loaded, config, None)
    assert parts.overall == whole.coverage
    assert parts.by_source == {
        s.source: (s.count("registered"), s.count("missing"), s.coverage) for s in whole.sources
    }


def test_the_count_of_claims_is_grouped_as_verify_writes_it() -> None:
    """Found in a user trial: "wrote the report of 4063 claims", where verify says 4,063."""
    from desertcheck.cli.report import wrote

    assert wrote(4063) == "the report of 4,063 claims"
    assert wrote(1) == "the report of 1 claim"


@pytest.fixture(scope="module")
def broken_page(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The hostile registry with one claim whose value its quote does not state (an error
    of its own) and which contradicts another claim."""
    root = hostile_registry(tmp_path_factory.mktemp("b"))
    claims = root / "claims" / "hostile.yaml"
    text = claims.read_text(encoding="utf-8")
    claims.write_text(text.replace("value: 1500", "value: 1600"), encoding="utf-8")
    out = root / "report.html"
    r = cli_runner().invoke(app, ["report", "--root", str(root), "-o", str(out)])
    assert r.exit_code == 0, r.stderr
    return out.read_text(encoding="utf-8")


def _between(html: str, start: str, end: str) -> str:
    return html.split(start, 1)[1].split(end, 1)[0]


def test_the_errors_card_leads_to_the_errors(broken_page: str) -> None:
    """Found in a user trial: the "2 errors" card led nowhere (one error was in "Other
    findings", one inside a closed claim), and it counted findings where the status line
    under it counted claims, with no word on the difference."""
    card = re.search(r'<a class="card s-error" href="#errors"><b>(\d+)</b>', broken_page)
    assert card, "the errors card is no link"
    listed = _between(broken_page, '<details class="located" id="errors" open>', "</details>")
    items = re.findall(r"<li>(.*?)</li>", listed)
    assert len(items) == int(card.group(1))
    mine = [i for i in items if "value-not-in-quote" in i]
    assert mine and 'href="#c-deserted-2024-other"' in mine[0]
    status = _between(broken_page, "<p>Claims by verify status:", "</p>")
    assert re.search(r"error</span> 1 claim\b", status), status
    assert "the cards above count findings" in status


def test_an_opened_claim_shows_its_note(broken_page: str) -> None:
    """Found in a user trial: a claim's note (its caveat) was nowhere on the page."""
    row = _between(broken_page, '<tr id="c-deserted-2024-other"', "</tr>")
    note = re.search(r'<p class="note"><b>Note:</b> (.*?)</p>', row)
    assert note and note.group(1) == "&lt;/script&gt;&lt;script&gt;window.pwned=1&lt;/script&gt;"
    other = _between(broken_page, '<tr id="c-deserted-2024"', "</tr>")
    assert 'class="note"' not in other  # no note, no line


def test_a_claim_failing_verify_is_marked_where_it_disputes_another(broken_page: str) -> None:
    """Found in a user trial: a dispute card set a claim with a value-not-in-quote error
    beside another with nothing to say it was broken: "8,000 vs 7,777" read as a
    disagreement of the sources, where one claim had a typo."""
    dispute = _between(broken_page, '<article class="dispute', "</article>\n</div>")
    assert "<code>contradiction</code>" in dispute
    broken = _between(dispute, 'href="#c-deserted-2024-other"', "<dl>")
    assert "✗ error</span>" in broken
    assert re.search(
        r'class="broken">This claim fails verify on its own \(<code>value-not-in-quote', broken
    )
    fine = _between(dispute, 'href="#c-deserted-2024"', "<dl>")
    assert "broken" not in fine


def test_a_page_of_several_drafts_counts_each_draft(tmp_path: Path) -> None:
    """Found in a user trial: a page of four drafts counted their verdicts together, with
    nothing to say which draft held the mismatches."""
    drafts = ["examples/drafts/errors-explainer.md", "examples/drafts/clean-explainer.md"]
    out = tmp_path / "a.html"
    r = cli_runner().invoke(
        app, ["audit", *drafts, "--root", str(PROJECT), "-f", "html", "-o", str(out)]
    )
    assert r.exit_code == 1, r.stderr
    html = out.read_text(encoding="utf-8")
    listed = _between(html, '<ul class="per-draft"', "</ul>")
    rows = re.findall(r'<li><a href="#draft-(\d)"><code>([^<]*)</code></a>: (.*?)</li>', listed)
    assert [(k, name) for k, name, _ in rows] == [("1", drafts[0]), ("2", drafts[1])]
    total: dict[str, int] = {}
    for _, _, badges in rows:
        for n, verdict in re.findall(r"(\d+) ([a-z-]+)</span>", badges):
            total[verdict] = total.get(verdict, 0) + int(n)
    bar = dict(
        (v, int(n))
        for n, v in re.findall(r'<span class="seg [^"]*"[^>]*>\S+ (\d+) ([a-z-]+)</span>', html)
    )
    assert total == bar and "mismatch" in _between(listed, 'href="#draft-1"', "</li>")
    assert "mismatch" not in _between(listed, 'href="#draft-2"', "</li>")
    for k, _, _ in rows:
        assert f'id="draft-{k}"' in html
    one = tmp_path / "one.html"
    cli_runner().invoke(
        app, ["audit", drafts[0], "--root", str(PROJECT), "-f", "html", "-o", str(one)]
    )
    assert "per-draft" not in one.read_text(encoding="utf-8").split("<body>", 1)[1]
