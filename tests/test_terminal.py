"""Layout helpers of the terminal reports: what a person reads at any width."""

from __future__ import annotations

import io

import pytest
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
