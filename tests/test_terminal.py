"""Layout helpers of the terminal reports: what a person reads at any width."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rich.console import Console
from rich.text import Text

from desertcheck.reporters.terminal import Indented

WORDS = "relation districts-sum holds only thanks to the qualifiers: 22,580 + 13,800 = 36,380"


def printed(part: object, *, width: int, pipe: bool) -> list[str]:
    con = Console(file=io.StringIO(), width=width, soft_wrap=pipe, force_terminal=not pipe)
    con.print(part)
    out = con.file.getvalue()  # type: ignore[attr-defined]
    return out.splitlines()


@pytest.mark.parametrize("width", [30, 40, 80])
def test_a_wrapped_text_hangs_under_its_first_line(width: int) -> None:
    lines = printed(Indented(Text(WORDS), 2, 4), width=width, pipe=False)
    assert lines[0].startswith("  relation") and len(lines) > 1
    assert all(line.startswith("    ") and not line.endswith(" ") for line in lines[1:])
    assert all(len(line) <= width for line in lines)
    assert " ".join(line.strip() for line in lines) == WORDS  # no word cut, none lost


def test_in_a_pipe_a_text_is_one_line_never_cut() -> None:
    long = WORDS * 5
    assert printed(Indented(Text(long), 2, 4), width=40, pipe=True) == ["  " + long]


def test_blank_lines_below() -> None:
    assert printed(Indented(Text("x"), 2, below=1), width=40, pipe=True) == ["  x", ""]
    assert printed(Indented(Text("x"), 2, below=1), width=40, pipe=False) == ["  x", ""]


@pytest.mark.parametrize(
    ("line", "trimmed"),
    [
        ("abc   \n", "abc\n"),
        ("abc   \x1b[0m\n", "abc\x1b[0m\n"),
        # spaces between the codes a table pads a header cell with
        (
            "finding\x1b[0m\x1b[1m \x1b[0m \x1b[1m \x1b[0m\n",
            "finding\x1b[0m\x1b[1m\x1b[0m\x1b[1m\x1b[0m\n",
        ),
        ("a \x1b[31mred\x1b[0m", "a \x1b[31mred\x1b[0m"),
        ("   ", ""),
        ("no end\x1b[", "no end\x1b["),
    ],
)
def test_a_terminal_line_loses_its_padding_and_keeps_its_codes(line: str, trimmed: str) -> None:
    from desertcheck.reporters.terminal import _trimmed

    assert _trimmed(line) == trimmed


@given(st.lists(st.sampled_from(["a", " ", "\x1b[0m", "\x1b[1;31m", "é", "m"]), max_size=30))
def test_trimming_changes_only_the_spaces_of_the_end(parts: list[str]) -> None:
    from desertcheck.reporters.terminal import _trimmed

    line = "".join(parts)
    out = _trimmed(line)
    visible = re.sub(r"\x1b\[[0-9;]*m", "", line)
    assert re.sub(r"\x1b\[[0-9;]*m", "", out) == visible.rstrip(" ")
    assert re.findall(r"\x1b\[[0-9;]*m", out) == re.findall(r"\x1b\[[0-9;]*m", line)


@pytest.mark.parametrize("width", [140, 150, 200, 400])
def test_list_never_cuts_an_id_or_a_slug_at_any_width(width: int) -> None:
    """The shipped registry's ids and slugs have no space to break at: where the table would
    fold them (up to about 250 columns), list shows a claim to a few lines instead."""
    from desertcheck.registry import load_registry
    from desertcheck.reporters.list import _paint
    from desertcheck.selection import Filters, list_claims

    from .conftest import PROJECT

    result = list_claims(load_registry(PROJECT), Filters())
    con = Console(file=io.StringIO(), width=width, force_terminal=True, no_color=True)
    _paint(result, con)
    out = re.sub(r"\x1b\[[0-9;]*m", "", con.file.getvalue())  # type: ignore[attr-defined]
    lines = out.splitlines()
    assert all(len(line.rstrip()) <= width for line in lines)
    words = {w for line in lines for w in line.split()}
    for claim in result.claims:
        for slug in (claim.id, claim.measure, claim.scope, str(claim.period), claim.source):
            assert slug in words, slug  # whole, on one line
    table = any(
        line.split() == ["id", "figure", "measure", "scope", "period", "source"] for line in lines
    )
    assert table == (width == 400)


@given(
    st.lists(
        st.sampled_from(["a", "bb", " ", "\u2003", "\xa0", "-", "\t", "\n", "\r", "x" * 30, "é"]),
        max_size=12,
    ).map("".join),
    st.integers(0, 60),
    st.sampled_from(["", "  ", "    "]),
)
def test_a_text_of_one_line_wraps_as_textwrap_wraps_it(text: str, width: int, indent: str) -> None:
    # wrap() writes a text that fits one line without textwrap (a tenth of its time, for the
    # thousands of findings of a large registry): the same line textwrap makes of it
    from desertcheck.reporters.terminal import wrap, wrapped

    assert wrap(text, width, indent) == wrapped(text, width, indent)


@pytest.mark.parametrize("space", [" ", "\u00a0", "\u202f"])
@pytest.mark.parametrize("width", range(24, 60))
def test_a_figure_grouped_by_spaces_is_never_broken_across_lines(space: str, width: int) -> None:
    words = f"the Central military district (nearly 13{space}800 cases), then 3{space}050 more"
    text = Text(words)
    text.stylize("bold", words.index("13"), words.index("cases") - 1)
    con = Console(file=io.StringIO(), width=width, force_terminal=True, color_system=None)
    con.print(Indented(text, 2, 4))
    lines = con.file.getvalue().splitlines()  # type: ignore[attr-defined]
    assert any(f"13{space}800" in line for line in lines), lines
    assert any(f"3{space}050" in line for line in lines), lines
    assert " ".join(line.strip() for line in lines) == words


def test_a_held_figure_keeps_its_style_and_a_private_character_of_the_text_is_kept() -> None:
    words = "nearly 13 800 cases and \ue000 in the text " * 3
    text = Text(words)
    text.stylize("bold", 7, 13)
    con = Console(file=io.StringIO(), width=30, force_terminal=True, color_system="standard")
    con.print(Indented(text, 2, 4))
    assert "\ue000" in con.file.getvalue()  # type: ignore[attr-defined]
    text = Text("nearly 13 800 cases " * 3)
    text.stylize("bold", 7, 13)
    con = Console(file=io.StringIO(), width=30, force_terminal=True, color_system="standard")
    con.print(Indented(text, 2, 4))
    out = con.file.getvalue()  # type: ignore[attr-defined]
    assert "\x1b[1m13 800\x1b[0m" in out and "\ue000" not in out


@pytest.mark.parametrize("width", range(20, 60))
def test_a_message_never_breaks_a_figure_grouped_by_spaces(width: int) -> None:
    # the narrow report's messages and summaries are wrapped by textwrap, not rich
    from desertcheck.reporters.terminal import wrap

    words = "the draft says “17 721” where the claim says 17,721 convictions, and 20 662 more"
    lines = wrap(words, width, "  ")
    assert any("17 721" in line for line in lines), lines
    assert any("20 662" in line for line in lines), lines
    assert " ".join(line.strip() for line in lines) == words


def test_the_narrow_audit_report_never_breaks_a_figure(tmp_path: Path) -> None:
    # found in a French desk's trial: "… dont 17" / "721 condamnés." at 80 columns
    from desertcheck.cli import app

    from .conftest import PROJECT, cli_runner

    draft = tmp_path / "wrap.md"
    draft.write_text(
        "Fin mai 2025, 20 662 soldats étaient poursuivis pour refus de servir, dont 17 721 "
        "condamnés.\n",
        encoding="utf-8",
    )
    r = cli_runner().invoke(
        app, ["audit", str(draft), "--root", str(PROJECT)], env={"COLUMNS": "80"}
    )
    assert "dont\n  17 721 condamnés." in r.stdout, r.stdout
