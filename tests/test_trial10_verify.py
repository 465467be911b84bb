"""verify as a regional newsroom met it building its own registry: a quote typed inside a
word processor's quotation marks, a unit error on a value that is already right, a claims
file that does not load counted in the summary, a broken relation found at its own line."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from desertcheck.cli import app

from .conftest import FIXTURES, cli_runner

VERIFY = FIXTURES / "verify"


def run(*args: str) -> tuple[int, str]:
    result = cli_runner().invoke(app, ["verify", *args], catch_exceptions=False)
    return result.exit_code, result.stdout


def finding(root: Path, code: str) -> dict[str, Any]:
    """The one finding of ``code`` that verify reports of the registry at ``root``."""
    _, out = run("--root", str(root), "--format", "json")
    (found,) = [f for f in json.loads(out)["findings"] if f["code"] == code]
    return dict(found)


def relations(root: Path, relation: str, parts: str, whole: str) -> None:
    """``claims/relations.yaml``: one sum relation, in a file of its own."""
    (root / "claims" / "relations.yaml").write_text(
        f"# sums across files\nclaims: []\nrelations:\n  - id: {relation}\n    kind: sum\n"
        f"    parts: [{parts}]\n    whole: {whole}\n",
        "utf-8",
    )


def copy(tmp_path: Path, name: str) -> Path:
    root = tmp_path / "r"
    shutil.copytree(VERIFY / name, root)
    return root


def test_a_quote_in_typographic_quotation_marks_is_told_how_to_write_it(tmp_path: Path) -> None:
    root = copy(tmp_path, "quote-not-found")
    claims = next((root / "claims").glob("*.yaml"))
    text = claims.read_text(encoding="utf-8")
    quoted = '"Some 16,000 have been charged since 2022"'
    claims.write_text(
        text.replace(quoted, "\u201cSome 16,000 have been prosecuted since 2022\u201d"), "utf-8"
    )
    assert run("--root", str(root))[0] == 1
    message = finding(root, "quote-not-found")["message"]
    # the diff shows the marks as the user typed them, the closing one too
    assert "[-\u201cSome-]{+Some+}" in message
    assert "[-2022\u201d-]{+2022.+}" in message
    assert "begins with \u201c and ends with \u201d, which YAML keeps as part of the value" in (
        message
    )
    assert 'write quote: "Some 16,000 have been prosecuted since 2022"' in message


def test_a_quote_in_straight_quotation_marks_gets_no_such_hint(tmp_path: Path) -> None:
    root = copy(tmp_path, "quote-not-found")
    message = finding(root, "quote-not-found")["message"]
    assert "YAML keeps" not in message
    assert "[-charged-]{+prosecuted+}" in message


@pytest.mark.parametrize(
    ("statement", "told"),
    [
        ("Some 16,000 people have been prosecuted since 2022.", "set unit: people"),
        ("Some 16,000 have been prosecuted since 2022.", "set unit: to what '16,000' counts"),
    ],
)
def test_a_right_value_in_a_wrong_unit_is_told_to_mend_the_unit(
    tmp_path: Path, statement: str, told: str
) -> None:
    root = copy(tmp_path, "quote-not-found")
    claims = next((root / "claims").glob("*.yaml"))
    text = claims.read_text(encoding="utf-8")
    text = text.replace("Some 16,000 have been charged since 2022", "16,000 have been prosecuted")
    text = text.replace("unit: people", "unit: percent")
    text = text.replace('"Some 16,000 have been prosecuted since 2022."', json.dumps(statement))
    claims.write_text(text, "utf-8")
    message = finding(root, "value-not-in-quote")["message"]
    assert "the value is right, but the quote does not give it in percent" in message
    assert told in message
    assert "set value" not in message  # the value is already 16000


def test_a_claims_file_that_does_not_load_is_counted_in_every_summary(tmp_path: Path) -> None:
    root = copy(tmp_path, "quote-not-found")
    (root / "claims" / "broken.yaml").write_text(
        "claims:\n  - id: more\n    value: 3\n      unit: cases\n", "utf-8"
    )
    result = cli_runner().invoke(app, ["verify", "--root", str(root), "--quiet"])
    assert result.exit_code == 1
    assert "2 claims (1 claims file did not load) in 2 sources" in result.stdout
    _, out = run("--root", str(root), "--format", "json")
    assert json.loads(out)["summary"]["claims_files_not_loaded"] == 1
    github = cli_runner().invoke(app, ["verify", "--root", str(root), "--format", "github"])
    assert "(1 claims file did not load)" in github.stderr + github.stdout
    # a file that loads, even with an entry that does not, is not counted as unread
    (root / "claims" / "broken.yaml").write_text("claims:\n  - id: more\n    value: 3\n", "utf-8")
    _, out = run("--root", str(root), "--format", "json")
    assert json.loads(out)["summary"]["claims_files_not_loaded"] == 0
    _, table = run("--root", str(root), "--quiet")
    assert "(1 more not loaded) in 2 sources" in table


def test_the_html_report_counts_a_claims_file_that_does_not_load(tmp_path: Path) -> None:
    pytest.importorskip("jinja2")
    pytest.importorskip("vl_convert")
    root = copy(tmp_path, "quote-not-found")
    (root / "claims" / "broken.yaml").write_text("claims: [\n", "utf-8")
    out = tmp_path / "report.html"
    cli_runner().invoke(app, ["report", "--root", str(root), "-o", str(out)])
    assert "2 claims from 2 sources (1 claims file did not load)" in out.read_text("utf-8")


def test_a_broken_relation_is_reported_at_the_relation_with_its_figures_units(
    tmp_path: Path,
) -> None:
    root = copy(tmp_path, "relation-violated")
    claims = root / "claims" / "claims.yaml"
    text = claims.read_text(encoding="utf-8")
    head = text.split("relations:\n")[0]
    claims.write_text(head, "utf-8")
    # the relation in a file of its own, its parts exact
    relations(root, "east-and-total", "east, total", "south")
    found = finding(root, "relation-violated")
    assert (found["file"], found["line"]) == ("claims/relations.yaml", 4)
    # exact parts: no span of qualifiers; the unit said once, after the sum
    assert found["message"] == (
        "relation east-and-total: the parts do not add up to the whole: 9,000 + 5,000 = "
        "14,000 cases; the whole is nearly 2,100 cases"
    )
    # a currency keeps its sign on every figure
    claims.write_text(head.replace("unit: cases", "unit: USD"), "utf-8")
    message = finding(root, "relation-violated")["message"]
    assert "$9,000 + $5,000 = $14,000; the whole is nearly $2,100" in message
    # qualified parts: the span their qualifiers allow, with the unit
    relations(root, "north-and-south", "north, south", "east")
    found = finding(root, "relation-violated")
    assert "even with their qualifiers ($" in found["message"], found["message"]
    assert found["file"] == "claims/relations.yaml"
