"""Every JSON report carries ``"schema": "desertcheck/<command>/v1"`` and validates against
the schema ``desertcheck schema <command>-report`` prints, on the shipped registry and on
fixtures with odd names, load errors, config errors and folder-level findings; and no JSON
output holds a non-finite number."""

from __future__ import annotations

import json
import math
import shutil
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator, FormatChecker

from desertcheck.cli import app
from desertcheck.report_schemas import KINDS, REPORTS, schema_id

from .conftest import PROJECT, cli_runner
from .machine_fixtures import MAKERS

CONTRADICTION = PROJECT / "tests" / "fixtures" / "verify" / "contradiction"
DRAFTS = [
    str(PROJECT / "examples" / "drafts" / n) for n in ("clean-explainer.md", "errors-explainer.md")
]


def invoke(*args: str | Path, codes: tuple[int, ...] = (0, 1)) -> str:
    r = cli_runner().invoke(app, [str(a) for a in args], env={"GITHUB_ACTIONS": ""})
    assert r.exit_code in codes, (args, r.output, r.exception)
    return str(r.stdout)


def report_schema(command: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(invoke("schema", f"{command}-report"))
    return data


def strict_json(text: str) -> Any:
    """JSON as RFC 8259 has it: NaN and Infinity are refused."""

    def refuse(word: str) -> None:
        raise AssertionError(f"non-finite number {word} in JSON output")

    return json.loads(text, parse_constant=refuse)


def check(command: str, text: str) -> dict[str, Any]:
    doc: dict[str, Any] = strict_json(text)
    assert doc["schema"] == schema_id(command) == f"desertcheck/{command}/v1"
    assert next(iter(doc)) == "schema", "the schema key comes first"
    validator = Draft202012Validator(report_schema(command), format_checker=FormatChecker())
    problems = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(doc)]
    assert problems == []
    return doc


@pytest.mark.parametrize("kind", KINDS)
def test_every_report_schema_is_a_valid_schema(kind: str) -> None:
    schema = json.loads(invoke("schema", kind))
    Draft202012Validator.check_schema(schema)
    assert schema["properties"]["schema"] == {"const": schema_id(kind.removesuffix("-report"))}


def test_the_cli_lists_every_report() -> None:
    from desertcheck.cli.schema import REPORTS as CLI_REPORTS

    assert CLI_REPORTS == KINDS == tuple(f"{c}-report" for c in REPORTS)


def test_a_wrong_report_fails_its_schema() -> None:
    """The validation can fail: a finding with a misspelt key is refused."""
    schema = report_schema("verify")
    doc = strict_json(invoke("verify", "-f", "json", "--root", CONTRADICTION))
    doc["findings"][0]["Line"] = doc["findings"][0].pop("line")
    assert list(Draft202012Validator(schema).iter_errors(doc))


@pytest.mark.parametrize("name", list(MAKERS))
def test_verify_list_export_on_the_fixtures(name: str, tmp_path: Path) -> None:
    root = MAKERS[name](tmp_path / name)
    doc = check("verify", invoke("verify", "-f", "json", "--root", root))
    assert doc["findings"]
    check("list", invoke("list", "-f", "json", "--root", root))
    check("export", invoke("export", "-f", "json", "--root", root))
    check("vocab", invoke("vocab", "-f", "json", "--root", root))
    check("scan", invoke("scan", "-f", "json", "--root", root))


def test_every_report_on_the_shipped_registry(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(PROJECT)
    check("verify", invoke("verify", "-f", "json"))
    check("list", invoke("list", "-f", "json"))
    check("list", invoke("list", "-f", "json", "--measure", "desertions"))
    doc = check("export", invoke("export", "-f", "json", "--with-text"))
    assert doc["claims"] and doc["sources"] and doc["origins"] and doc["relations"]
    check("export", invoke("export", "-f", "json", "--status", "warning"))
    check("audit", invoke("audit", *DRAFTS, "-f", "json"))
    doc = check("scan", invoke("scan", "-f", "json", "--stubs"))
    assert doc["figures"] and "stubs" in doc
    check("vocab", invoke("vocab", "-f", "json"))


def test_export_with_a_declared_vocabulary(tmp_path: Path) -> None:
    root = MAKERS["odd-names"](tmp_path / "r")
    (root / "desertcheck.toml").write_text(
        '[vocabulary.measures]\ndesertions = "Soldiers who left"\ncases = "Cases opened"\n',
        encoding="utf-8",
    )
    doc = check("export", invoke("export", "-f", "json", "--root", root))
    assert doc["vocabulary"]["measures"]["desertions"] == "Soldiers who left"


def test_diff_fingerprint_init(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copytree(CONTRADICTION, tmp_path / "old")
    shutil.copytree(CONTRADICTION, tmp_path / "new")
    claims = next((tmp_path / "new" / "claims").glob("*.yaml"))
    text = claims.read_text(encoding="utf-8")
    claims.write_text(text.replace("value: ", "value: 1", 1), encoding="utf-8")
    (tmp_path / "new" / "sources" / "other.md").unlink()
    doc = check("diff", invoke("diff", "--dirs", tmp_path / "old", tmp_path / "new", "-f", "json"))
    assert doc["claims"]["changed"] and doc["sources"]["removed"]
    check("fingerprint", invoke("fingerprint", "--root", tmp_path / "old", "-f", "json"))
    monkeypatch.chdir(tmp_path)
    check("init", invoke("init", "fresh", "-f", "json"))


def test_audit_of_a_309_digit_figure_is_valid_json(tmp_path: Path) -> None:
    """Found in review: audit wrote Infinity for a figure too large for a float."""
    draft = tmp_path / "draft.md"
    draft.write_text(f"Officials counted {'9' * 309} deserters in 2024.\n", encoding="utf-8")
    text = invoke("audit", str(draft), "-f", "json", "--root", PROJECT)
    doc = check("audit", text)
    assert "Infinity" not in text and "NaN" not in text
    values = [v for it in doc["items"] for v in (it["value"]["low"], it["value"]["high"])]
    assert all(v is None or math.isfinite(v) for v in values)


def test_add_source_and_add_claim(tmp_path: Path) -> None:
    docs = PROJECT / "tests" / "data" / "authoring"
    root = tmp_path / "reg"
    invoke("init", root)
    council = (
        "--title=Council approves the bus budget for 2024",
        "--publisher=Korvhaven City Council",
        "--language=en",
        "--published=2024-03-05",
    )
    text = invoke(
        "add",
        "source",
        docs / "korvhaven-council-budget.txt",
        *council,
        "--root",
        root,
        "-f",
        "json",
    )
    doc = check("add-source", text)
    assert doc["front_matter"]["publisher"] == "Korvhaven City Council"
    text = invoke(
        "add",
        "claim",
        "--source=korvhaven-council-budget",
        "--quote=the single fare will rise to 2.30 crowns",
        "--measure=single-fare",
        "--scope=korvhaven-buses",
        "--root",
        root,
        "-f",
        "json",
    )
    assert check("add-claim", text)["status"] in ("verified", "warning")
