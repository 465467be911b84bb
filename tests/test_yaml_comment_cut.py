"""An unquoted quote cut short by a YAML comment (` #`) is said where it was cut."""

from __future__ import annotations

from pathlib import Path

import pytest

from desertcheck import yamlload
from desertcheck.cli import app

from .conftest import cli_runner


@pytest.mark.parametrize(
    ("line", "cut"),
    [
        ("quote: ranked #1 of 20", (1, 15)),
        ("quote: ranked  # 1 of 20", (1, 16)),
        ("statement: a #b", (1, 14)),
        ("note: done\t# later", (1, 12)),
        # quoted, block, a field that is not prose, a # inside a word: nothing cut
        ('quote: "ranked #1 of 20"', None),
        ("quote: |\n  ranked #1\n", None),
        ("period: 2025  # from the title", None),
        ("quote: item#1 of 20", None),
        ("quote: ranked no. 1", None),
    ],
)
def test_where_a_comment_cuts_a_plain_prose_value(line: str, cut: tuple[int, int] | None) -> None:
    _, positions = yamlload.load(line)
    field = line.split(":")[0]
    assert positions.cut.get((field,)) == cut


def test_a_quote_cut_by_a_comment_is_a_warning_at_the_comment(
    registry_copy: object, tmp_path: Path
) -> None:
    root = registry_copy("valid")  # type: ignore[operator]
    claims = sorted((root / "claims").glob("*.yaml"))[0]
    text = claims.read_text(encoding="utf-8")
    quote_line = next(ln for ln in text.splitlines() if ln.strip().startswith("quote:"))
    value = quote_line.split("quote:", 1)[1].strip().strip("\"'")
    cut_line = quote_line.split("quote:", 1)[0] + "quote: " + value.replace(" ", " #", 1)
    claims.write_text(text.replace(quote_line, cut_line, 1), encoding="utf-8")
    r = cli_runner().invoke(app, ["verify", "--root", str(root), "--quiet"])
    assert "[yaml-comment-cut]" in r.stdout, r.stdout
    line_no = text.splitlines().index(quote_line) + 1
    column = cut_line.index(" #") + 2
    assert f"{claims.name}:{line_no}:{column}: warning:" in r.stdout
