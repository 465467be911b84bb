"""``desertcheck audit --format html``: the drafts with every figure marked by verdict."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest

from desertcheck.audit.run import run_audit
from desertcheck.cli import app
from desertcheck.draft import Draft
from desertcheck.registry import load_registry
from desertcheck.report.draft import Span, draft_html, marked_text
from desertcheck.reporters import Options
from desertcheck.reporters.html_audit import page, render_audit_html

from .conftest import PROJECT, cli_runner
from .report_fixtures import hostile_registry

pytest.importorskip("jinja2")
pytest.importorskip("markdown_it")

DRAFTS = ["examples/drafts/errors-explainer.md", "examples/drafts/clean-explainer.md"]


def _mark(n: int, first: bool) -> tuple[str, str]:
    return (f'<mark data-n="{n}"{" id=first" if first else ""}>', "</mark>")


def _balanced(html: str) -> bool:
    stack: list[str] = []
    for m in re.finditer(r"<(/?)([a-z0-9]+)[^>]*>", html):
        closing, name = m.group(1), m.group(2)
        if name in ("br", "hr", "input"):
            continue
        if not closing:
            stack.append(name)
        elif not stack or stack.pop() != name:
            return False
    return not stack


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        ("It was 1,200 men.", "1,200", '<p>It was <mark data-n="0" id=first>1,200</mark> men.</p>'),
        (
            "It was *almost* 10% of them.",
            "*almost* 10%",
            '<p>It was <em><mark data-n="0" id=first>almost</mark></em>'
            '<mark data-n="0"> 10%</mark> of them.</p>',
        ),
        (
            "See [16,000 cases](https://example.org).",
            "16,000",
            '<p>See <a href="https://example.org"><mark data-n="0" id=first>16,000</mark> cases'
            "</a>.</p>",
        ),
        ("| a | b |\n|---|---|\n| x | 7% |", "7%", None),
        (
            "# 1,500 deserters\n",
            "1,500",
            '<h1><mark data-n="0" id=first>1,500</mark> deserters</h1>',
        ),
    ],
)
def test_figures_are_marked_where_they_stand(text: str, figure: str, expected: str | None) -> None:
    start = text.index(figure)
    html = draft_html(text, [Span(start, start + len(figure))], _mark)
    assert _balanced(html), html
    assert "id=first>" in html
    if expected is not None:
        assert html.strip() == expected


def test_markers_in_the_draft_cannot_be_forged() -> None:
    text = "A \ufdd0\ufde0forged\ufdd1 and &#xFDD0;&#xFDE0; 12 men."
    start = text.index("12")
    html = draft_html(text, [Span(start, start + 2)], _mark)
    assert html.count("<mark") == 1 and "forged" in html
    assert '<mark data-n="0" id=first>12</mark>' in html
    assert not re.search("[\ufdd0-\ufdef]", html)


def test_overlapping_and_out_of_range_spans_are_skipped() -> None:
    out = marked_text("abcdef", [Span(0, 3), Span(2, 4), Span(5, 99)])
    assert out.count("\ufdd0") == 1


def test_raw_html_images_and_script_links_stay_text() -> None:
    text = "<script>x()</script> ![i](https://example.org/i.png) [l](javascript:x()) 5 men"
    html = draft_html(text, [], _mark)
    assert (
        "<script" not in html and "<img" not in html and "javascript:" not in html.split("[l]")[0]
    )
    assert 'href="javascript' not in html


def test_comments_are_hidden_as_a_rendered_draft_hides_them() -> None:
    # an audit's acceptance and an editor's notes were shown as text on the page
    text = "Did 60,000 desert? <!-- desertcheck: accept mismatch: quoted -->\n\n<!-- note -->\n"
    html = draft_html(text, [Span(4, 10)], _mark)
    assert "&lt;!--" not in html and "accept" not in html and "note" not in html
    assert '<mark data-n="0" id=first>60,000</mark>' in html


def test_an_accepted_figure_is_shown_but_not_flagged(tmp_path: Path) -> None:
    draft = tmp_path / "check.md"
    draft.write_text(
        "More than 60,000 soldiers have deserted since 2022. "
        "<!-- desertcheck: accept mismatch: the claim under review -->\n\n"
        "More than 60,000 soldiers have deserted since 2022.\n"
    )
    out = tmp_path / "audit.html"
    r = cli_runner().invoke(app, ["audit", str(draft), "-f", "html", "-o", str(out)])
    assert r.exit_code == 1  # the second is not accepted
    html = out.read_text(encoding="utf-8")
    assert html.count('data-flagged="1"') == 1
    assert "1 flagged." in html
    assert "accepted in the draft: the claim under review" in html


@pytest.fixture(scope="module")
def audit_page(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, int]:
    out = tmp_path_factory.mktemp("audit") / "audit.html"
    r = cli_runner().invoke(app, ["audit", *DRAFTS, "-f", "html", "-o", str(out)])
    return out.read_text(encoding="utf-8"), r.exit_code


def test_audit_page_marks_every_figure_with_icon_and_label(audit_page) -> None:
    html, code = audit_page
    loaded = load_registry(PROJECT)
    drafts = [Draft(p, (PROJECT / p).read_text(encoding="utf-8")) for p in DRAFTS]
    result = run_audit(loaded, drafts)
    assert code == result.exit_code()
    firsts = re.findall(r'<mark class="fig v-([a-z-]+)"[^>]* id="f(\d+)"', html)
    assert len(firsts) == len(result.items)
    flagged = sum(1 for it in result.items if it.status != "supported")
    assert html.count('data-flagged="1"') == flagged
    for it in result.items:
        assert f'title="{it.status}"' in html
        assert f'<span class="sr">{it.status}: </span>' in html
    assert len(html.encode()) < 1_000_000
    assert html.count("<script") == 1 and not re.search(r"\bsrc=", html)


def test_unknown_verdicts_render_under_their_own_name(tmp_path: Path) -> None:
    loaded = load_registry(PROJECT)
    drafts = [Draft(p, (PROJECT / p).read_text(encoding="utf-8")) for p in DRAFTS[:1]]
    result = run_audit(loaded, drafts)
    items = (replace(result.items[0], status="a-new-verdict"), *result.items[1:])
    html = render_audit_html(page(replace(result, items=items), drafts, loaded.registry), Options())
    assert 'class="fig v-other"' in html and 'title="a-new-verdict"' in html
    assert "a-new-verdict</span>" in html


def test_every_verdict_audit_gives_has_its_own_icon_and_style() -> None:
    from desertcheck.codes import Code, Origin
    from desertcheck.report.audit import ORDER
    from desertcheck.report.page import ICONS, css_class

    verdicts = {c.value for c in Code if c.origin is Origin.AUDIT}
    assert verdicts == set(ORDER)
    from importlib.resources import files

    css = (files("desertcheck.report") / "templates" / "report.css").read_text("utf-8")
    for v in verdicts:
        assert v in ICONS and css_class(v) == v
        assert f"mark.v-{v}" in css and f".s-{v}" in css


def test_hostile_draft_and_registry(tmp_path: Path) -> None:
    root = hostile_registry(tmp_path / "r")
    out = tmp_path / "audit.html"
    r = cli_runner().invoke(
        app, ["audit", str(root / "draft.md"), "--root", str(root), "-f", "html", "-o", str(out)]
    )
    assert r.exit_code in (0, 1), r.stderr
    html = out.read_text(encoding="utf-8")
    assert html.count("<script") == 1 and "<img" not in html
    assert 'href="javascript' not in html.lower()
    assert "\u202e" not in html
    assert "&lt;script&gt;window.pwned=" in html  # shown as text


def test_html_without_the_extra_says_how_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name: None if name == "jinja2" else real(name)
    )
    r = cli_runner().invoke(app, ["audit", DRAFTS[0], "--root", str(PROJECT), "-f", "html"])
    assert r.exit_code == 2 and "pip install 'desertcheck[report]'" in r.stderr


def test_html_renderer_needs_the_drafts() -> None:
    loaded = load_registry(PROJECT)
    result = run_audit(loaded, [Draft("d.md", "12 men")])
    with pytest.raises(TypeError):
        render_audit_html(result, Options())


def test_footnotes_render_as_notes_with_ids_of_their_own_draft() -> None:
    """A newsroom draft's "[^1]" and "[^1]: …" are notes, not text; two drafts on one page
    keep their notes' ids apart, so each reference jumps to its own draft's note."""
    text = "Over 50,000 soldiers deserted.[^1]\n\n[^1]: A/HRC/60/59, para. 91.\n"
    no_marks = lambda k, first: ("", "")  # noqa: E731 - no figure marked here
    pages = [draft_html(text, [], no_marks, doc=doc) for doc in ("d0", "d1")]
    for doc, html in zip(("d0", "d1"), pages, strict=True):
        assert "[^1]" not in html
        assert f'<a href="#fn-{doc}-1" id="fnref-{doc}-1">' in html
        assert f'<li id="fn-{doc}-1" class="footnote-item">' in html


def test_the_docs_say_footnotes_render() -> None:
    """Found in a user trial: docs/report.md said the page renders footnotes, then that
    "Footnotes ([^1]) are shown as written"; they are rendered (the test above)."""
    doc = (PROJECT / "docs" / "report.md").read_text(encoding="utf-8")
    assert "shown as written" not in doc
    assert "are rendered as notes" in doc


def test_each_verdict_has_one_mark_its_own() -> None:
    """Found in a user trial: the page marked a contested figure ⚖ and the terminal ⚠ (the
    mark of verify's warnings), and claim-fails-verify had unsourced's ? in the terminal.
    Every verdict has one mark, on the page as in the terminal, shared with no other verdict
    nor with verify's warnings."""
    from desertcheck.audit.verdicts import STATUSES
    from desertcheck.report.page import icon
    from desertcheck.reporters.terminal import MARK

    marks = {str(s): MARK[str(s)] for s in STATUSES}
    assert all(icon(s) == m for s, m in marks.items())
    assert len(set(marks.values())) == len(marks)
    assert MARK["warning"] not in marks.values()
