"""Browsing the registry as an editor does: a search with no hit says so; ``show`` and the
fact sheet speak to a reader, not in the registry's markup and codes."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from desertcheck.cli import app

from .conftest import FIXTURES, cli_runner

VALID = str(FIXTURES / "loader" / "valid")
ANSI = re.compile(r"\x1b\[[0-9;]*m")


def invoke(*args: str):
    return cli_runner().invoke(app, list(args), env={"COLUMNS": "200"})


@pytest.mark.parametrize(
    ("filters", "said"),
    [
        (["--search", "дезертир"], "no claim matches search 'дезертир'"),
        (
            ["--measure", "desertions", "--search", "navy"],
            "no claim matches measure 'desertions' and search 'navy'",
        ),
    ],
)
def test_filters_that_choose_no_claim_say_so_on_stderr(filters: list[str], said: str) -> None:
    r = invoke("list", "--root", VALID, *filters)
    assert r.exit_code == 0  # an empty selection is a note, as docs/exit-codes.md has it
    assert r.stdout.splitlines() == ["id\tfigure\tmeasure\tscope\tperiod\tsource"]
    assert f"desertcheck: note: {said}" in r.stderr
    r = invoke("list", "--root", VALID, *filters, "--format", "json")
    assert json.loads(r.stdout)["claims"] == []  # the pipe output stays parseable
    r = invoke("export", "--root", VALID, *filters, "--format", "csv")
    assert r.exit_code == 0 and said in r.stderr


def test_a_search_with_a_hit_and_a_value_no_claim_has_add_no_such_note() -> None:
    r = invoke("list", "--root", VALID, "--search", "deserted")
    assert "alpha-desertions-2024" in r.stdout and "no claim matches" not in r.stderr
    r = invoke("list", "--root", VALID, "--measure", "war-deaths")
    assert "no claim has measure 'war-deaths'" in r.stderr
    assert "no claim matches" not in r.stderr  # one note says why, not two


def test_show_gives_a_footnote_reference_as_its_number_as_the_html_report_does(
    tmp_path: Path,
) -> None:
    root = tmp_path / "registry"
    shutil.copytree(VALID, root)
    source = root / "sources" / "alpha.md"
    text = source.read_text(encoding="utf-8")
    text = text.replace("deserted in 2024.", "deserted in 2024.^{[955](#)}")
    text = text.replace("Alpha Press reports", "Alpha Press^{[956](#)} reports")
    source.write_text(text, encoding="utf-8")
    for plain in (True, False):
        env = {"COLUMNS": "200", **({} if plain else {"FORCE_COLOR": "1"})}
        r = cli_runner().invoke(
            app, ["show", "alpha-desertions-2024", "--root", str(root)], env=env
        )
        out = ANSI.sub("", r.stdout)
        # the sentence ends with its footnote reference, the next one not shown
        said = (
            r"Alpha Press\[956\] reports that »?over 1,200 soldiers deserted in 2024«?\.\[955\]\n"
        )
        assert re.search(said, out), out
        assert "^{" not in out and "](#)" not in out


def test_the_fact_sheet_says_what_a_check_code_means_in_words() -> None:
    """Found in a user trial: "✓ accurately sourced (`relation-qualified`)" told an editor
    nothing; the code catalogue's few words come first."""
    from desertcheck.codes import Code

    root = FIXTURES / "verify" / "relation-qualified"
    r = invoke("export", "--root", str(root), "-f", "markdown")
    words = Code.RELATION_QUALIFIED.summary
    assert f"✓ accurately sourced ({words}, `relation-qualified`)" in r.stdout
    assert "(`relation-qualified`)" not in r.stdout
