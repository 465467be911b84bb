"""A draft in LaTeX is read as the text it typesets: number markup ("16{,}000",
"\\num{50000}", "20\\,662"), "\\%", "--" ranges, "~", comments, citations and labels, a
footnote read apart from the sentence that calls it, a tabular read as a table. A draft
that is not LaTeX (by name or by its structure) is read as before. The drafts are written
for these tests; the claims are the shipped registry's."""

from __future__ import annotations

import pytest

from desertcheck.audit.latex import is_latex, read_latex

from .test_audit_reading2 import auditor

AWOL = "isl-mediazona-awol-cases"  # 18,159 cases, to 2025-06-30
OVER_20000 = "isl-mediazona-refusal-to-serve-cases-over-20000"
SHARE = "nge-un-deserters-share-of-deployed"  # nearly 10%
SPRING = "isl-mediazona-convictions-per-month-spring-2025"  # 700-800 a month
DEFENDANTS = "isl-mediazona-refusal-to-serve-defendants-may-2025"  # 20,662


def audited(text: str, name: str = "paper.tex") -> list[tuple[str, str, str | None]]:
    """Each figure as the draft writes it, its verdict and its claim."""
    return [
        (text[it.figure.start : it.figure.end], it.status, it.claim.id if it.claim else None)
        for it in auditor().audit(text, name)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a braced comma and a citation: one number, its sentence read without the \citep
        (
            "Mediazona counts 18{,}159 AWOL cases to June 2025 \\citep{isl2025}.\n",
            [("18{,}159", "supported", AWOL)],
        ),
        # a thin space inside the number, siunitx's \num, an escaped per cent sign
        (
            "Mediazona counts 18\\,159 AWOL cases to June 2025.\n",
            [("18\\,159", "supported", AWOL)],
        ),
        (
            "Military courts registered over \\num{20000} refusal-to-serve cases by\n"
            "the end of June 2025.\n",
            [("over \\num{20000}", "supported", OVER_20000)],
        ),
        (
            "Nearly 10\\% of the troops deployed to Ukraine have deserted since 2022.\n",
            [("Nearly 10\\%", "supported", SHARE)],
        ),
        # a "--" range; a comment's number is no figure
        (
            "In spring 2025 judges handed down 700--800 convictions per month.\n"
            "% TODO: check fn 3 against v2.1, section 4.3\n",
            [("700--800", "supported", SPRING)],
        ),
        # a footnote is read apart: the figure keeps its noun
        (
            "Over \\num{20000}\\footnote{As compiled by Mediazona; see Table~\\ref{t}.} "
            "refusal-to-serve cases were registered by military courts to June 2025.\n",
            [("Over \\num{20000}", "supported", OVER_20000)],
        ),
        # a tabular read as a table: its header names the measure of each row
        (
            "\\begin{tabular}{lr}\n\\toprule\nMeasure & to 31 May 2025 \\\\\n\\midrule\n"
            "Refusal-to-serve defendants & 20\\,662 \\\\\n\\bottomrule\n\\end{tabular}\n",
            [("20\\,662", "supported", DEFENDANTS)],
        ),
    ],
)
def test_latex_draft_is_read_as_typeset(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert audited(text) == expected


@pytest.mark.parametrize(
    ("name", "text", "latex"),
    [
        ("paper.tex", "No markup at all.", True),
        ("paper.LaTeX", "", True),
        ("paper.md", "\\section{Courts}\nOver 18{,}159 cases \\citep{isl}.", True),
        # near misses: one sign of LaTeX is not enough; Markdown escapes are no LaTeX
        ("paper.md", "See \\cite{isl} for 18,159 cases.", False),
        ("paper.md", "Almost 10\\% of 5\\,260 cases, 2022\\-2023.", False),
        ("notes.txt", "The texture of 2024 was different.", False),
    ],
)
def test_is_latex(name: str, text: str, latex: bool) -> None:
    assert is_latex(name, text) is latex


def test_markdown_draft_is_read_as_before() -> None:
    # in Markdown "\\," is an escaped comma: "5\\,260" stays 5,260 and "{,}" is no markup
    assert audited("Mediazona counts 18\\,159 AWOL cases to June 2025.\n", "d.md") == [
        ("18\\,159", "supported", AWOL)
    ]


@pytest.mark.parametrize(
    ("source", "read"),
    [
        ("a 16{,}000 b", "a 16,000 b\n"),
        ("50\\% of~them", "50% of them\n"),
        ("2022--2023, 700---800", "2022\u20132023, 700\u2014800\n"),
        ("x % 3 and 4\ny", "x  y\n"),  # a comment's line joins the next, as in TeX
        ("one\ntwo\n\nthree", "one two\n\nthree\n"),  # a line break in a paragraph is a space
        ("\\section{Courts}\nText", "## Courts\nText\n"),
        ("A\\footnote{B 3.} C.", "A C.\n\nB 3.\n"),
        ("A\\footnote{never closed", "A\n\nnever closed\n"),
        ("``quoted''", "\u201cquoted\u201d\n"),
    ],
)
def test_read_latex(source: str, read: str) -> None:
    plain = read_latex(source)
    assert plain.text == read
    for i, ch in enumerate(plain.text):  # every character read points into the source
        assert 0 <= plain.start(i) <= len(source)
        if ch.isdigit():
            assert source[plain.start(i)] == ch


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "20000" holds no year "2000": "over 20000 … to the end of June 2025" is no drift
        (
            "Military courts registered over 20000 refusal-to-serve cases by the end of June 2025.",
            [("over 20000", "supported", OVER_20000)],
        ),
        (
            "Military courts registered over 20,000 refusal-to-serve cases by the end of "
            "June 2025.",
            [("over 20,000", "supported", OVER_20000)],
        ),
    ],
)
def test_five_digits_hold_no_year(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert audited(text, "d.md") == expected
