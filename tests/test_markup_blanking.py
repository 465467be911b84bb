"""MediaWiki templates and Org-mode apparatus in a draft: a formatting template's values are
read ("About {{nowrap|16,000}}", "{{convert|5|years}}"), any other template on one line is
blanked, an infobox keeps its fields; Org drawers, a heading's progress cookie and a
reStructuredText directive's options are blanked. Blanking keeps every offset."""

from __future__ import annotations

import pytest

from desertcheck.draft import blank
from desertcheck.quantity import parse_quantities


def _figures(text: str) -> list[tuple[str, str, str | None]]:
    """The figures of ``text`` blanked: their words (blanks run together), qualifier and
    unit."""
    blanked = blank(text)
    assert len(blanked) == len(text)
    return [(" ".join(q.text.split()), q.qualifier, q.unit) for q in parse_quantities(blanked)]


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("About {{nowrap|16,000}} prosecutions.", [("About 16,000", "about", "prosecutions")]),
        ("a sentence of {{convert|5|years}}.", [("5", "exactly", "years")]),
        ("{{convert|5|years|abbr=on}} at most", [("5", "exactly", "years")]),
        ("counted {{formatnum:50500}} cases", [("50500", "exactly", "cases")]),
        # nested: the inner template read first
        ("{{small|about {{nowrap|2.4 million}}}}", [("about 2.4 million", "about", None)]),
        # other templates are apparatus: their dates and numbers are no figures
        ("in 2024 alone.{{Clarify|reason=12 or 13 cases?|date=March 2026}}", []),
        ('<ref name="x">{{cite news |title=12 cases |date=2025}}</ref>', []),
        # an infobox keeps its fields, which are prose
        ("{{Infobox event\n| deserters = Over 50,000\n}}", [("Over 50,000", "over", None)]),
        # near misses: no template, or braces that open none
        ("{ 12 } and {{ }} 13", [("12", "exactly", None), ("13", "exactly", None)]),
    ],
)
def test_wiki_templates(text: str, figures: list[tuple[str, str, str | None]]) -> None:
    assert _figures(text) == figures


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("* CHECK Headline figures [3/5]\nover 50,000 left", ["over 50,000"]),
        ("** TODO Districts [60%]\n", []),
        (
            "* Notes\n:PROPERTIES:\n:ID: 7f3a2c9e-41b8\n:END:\n:LOGBOOK:\nCLOCK: => 1:28\n:END:\n"
            "~16k prosecutions",
            ["~16k"],
        ),
        # near misses: a share in prose, a drawer never closed, a cookie off a heading
        ("3/5 of the rows [3/5]", ["3/5", "3/5"]),
        (":PROPERTIES:\n:ID: 41\n", ["41"]),
        # a reStructuredText directive's options; a field list in prose is text
        (".. list-table:: Penalties\n   :widths: 40 20 40\n\n   * - 15 years", ["15"]),
        ("Note:\n   :widths: 40 20\n", ["40", "20"]),
    ],
)
def test_org_apparatus(text: str, figures: list[str]) -> None:
    assert [t for t, _, _ in _figures(text)] == figures


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # a piped link shows its words: its target and brackets are blanked
        (
            "since the [[Russian invasion of Ukraine|full-scale invasion]] in February 2022",
            "since the" + " " * 31 + "full-scale invasion   in February 2022",
        ),
        ("''[[Verstka]]'' has counted 750", "''  Verstka  '' has counted 750"),
        ("[[#the_count|below]], 16,000", "             below  , 16,000"),
        # near misses: single brackets, a link over two lines, an empty link
        ("[12] and [x|13]", "[12] and [x|13]"),
        ("[[a\nb]] 14", "[[a\nb]] 14"),
        ("[[]] 15", "[[]] 15"),
    ],
)
def test_wiki_links_read_as_their_words(text: str, read: str) -> None:
    assert blank(text) == read
