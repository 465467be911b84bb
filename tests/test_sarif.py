"""``verify --format sarif``: valid against the OASIS SARIF 2.1.0 schema and shaped as GitHub
code scanning expects, on registries with odd file names, load errors, config errors and a
folder-level finding."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import pytest
from jsonschema import Draft4Validator, FormatChecker

from desertcheck.cli import app
from desertcheck.codes import Code
from desertcheck.reporters.sarif import uri

from .conftest import cli_runner
from .machine_fixtures import MAKERS, ODD_NAMES

SCHEMA = json.loads(
    (Path(__file__).parent / "schemas" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8")
)
# every format, uri-reference included (rfc3986-validator, in the test extra)
VALIDATOR = Draft4Validator(SCHEMA, format_checker=FormatChecker())


def sarif(root: Path, *args: str) -> dict[str, Any]:
    r = cli_runner().invoke(app, ["verify", "--root", str(root), "-f", "sarif", *args])
    assert r.exit_code in (0, 1), r.output
    data: dict[str, Any] = json.loads(r.stdout)
    return data


def errors(doc: dict[str, Any]) -> list[str]:
    return [f"{list(e.absolute_path)}: {e.message}" for e in VALIDATOR.iter_errors(doc)]


def test_the_validator_checks_uri_references() -> None:
    """The schema check would catch a raw path: the format checker knows uri-reference."""
    bad = {"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}}, "results": []}]}
    bad["runs"][0]["artifacts"] = [{"location": {"uri": "claims/my claims.yaml"}}]
    assert errors(bad)


@pytest.mark.parametrize("name", list(MAKERS))
def test_valid_against_the_oasis_schema(name: str, tmp_path: Path) -> None:
    doc = sarif(MAKERS[name](tmp_path / name))
    assert errors(doc) == []
    assert doc["runs"][0]["results"], "a fixture with no finding tests nothing"


def test_every_result_is_located_and_has_its_rule(tmp_path: Path) -> None:
    for name, make in MAKERS.items():
        run = sarif(make(tmp_path / name))["runs"][0]
        rules = run["tool"]["driver"]["rules"]
        assert "%SRCROOT%" in run["originalUriBaseIds"]
        for res in run["results"]:
            assert rules[res["ruleIndex"]]["id"] == res["ruleId"]
            (loc,) = res["locations"]
            assert loc["physicalLocation"]["artifactLocation"]["uri"]
            assert loc["physicalLocation"]["region"]["startLine"] >= 1


def test_rules_carry_descriptions_and_help_from_the_catalogue(tmp_path: Path) -> None:
    rules = sarif(MAKERS["odd-names"](tmp_path / "r"))["runs"][0]["tool"]["driver"]["rules"]
    by_id = {r["id"]: r for r in rules}
    code = Code.QUOTE_NOT_FOUND
    rule = by_id[code.value]
    assert rule["shortDescription"]["text"] == code.summary
    assert rule["fullDescription"]["text"] == " ".join(code.doc.replace("``", "`").split())
    assert "```toml" in by_id["vocabulary-undeclared"]["help"]["markdown"]  # a fence kept
    assert rule["help"]["text"].startswith(rule["fullDescription"]["text"])
    for r in rules:
        assert r["shortDescription"]["text"].strip()
        assert r["fullDescription"]["text"].strip()
        assert r["help"]["text"].strip()
        # GitHub shows help.markdown in an alert, else help.text as it is: no
        # reStructuredText double backticks in either (a user trial saw ``origin``)
        assert r["help"]["markdown"].endswith(f"See docs/checks.md#{r['id']}.")
        assert not re.search(r"(?<!`)``(?!`)", r["help"]["text"] + r["help"]["markdown"])
        assert "helpUri" not in r  # this package declares no Documentation URL


def test_help_uri_when_the_package_says_where_its_docs_are(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from importlib import metadata

    from desertcheck.reporters import sarif as module

    real = metadata.metadata

    def declared(name: str) -> Any:
        meta = real(name)
        meta["Project-URL"] = "Source, https://git.example.org/org/desertcheck"
        meta["Project-URL"] = "Documentation, https://git.example.org/org/desertcheck/docs"
        return meta

    monkeypatch.setattr(metadata, "metadata", declared)
    assert module.docs_url() == "https://git.example.org/org/desertcheck/docs/"
    doc = sarif(MAKERS["odd-names"](tmp_path / "r"))
    driver = doc["runs"][0]["tool"]["driver"]
    assert driver["informationUri"] == "https://git.example.org/org/desertcheck/docs/"
    for r in driver["rules"]:
        page = f"https://git.example.org/org/desertcheck/docs/checks.md#{r['id']}"
        assert r["helpUri"] == page
        assert r["help"]["markdown"].endswith(f"See [docs/checks.md#{r['id']}]({page}).")
    assert errors(doc) == []


def test_odd_file_names_are_percent_encoded_uris(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    root = MAKERS["odd-names"](tmp_path / "r")
    monkeypatch.chdir(tmp_path)
    results = sarif(root)["runs"][0]["results"]
    uris = [r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in results]
    assert "r/claims/my%20claims.yaml" in uris
    assert all(" " not in u and "," not in u for u in uris)
    for name in ODD_NAMES:
        assert unquote(uri(f"claims/{name}")) == f"claims/{name}"
        assert ":" not in uri(name) and "#" not in uri(name) and "?" not in uri(name)


def test_two_findings_in_one_file_have_different_fingerprints(tmp_path: Path) -> None:
    results = sarif(MAKERS["config-errors"](tmp_path / "r"))["runs"][0]["results"]
    config = [r for r in results if r["ruleId"] == "invalid-config"]
    assert len(config) == 2
    prints = {r["partialFingerprints"]["desertcheckFinding/v1"] for r in config}
    assert len(prints) == 2


def test_fingerprints_survive_moved_lines(tmp_path: Path) -> None:
    root = MAKERS["odd-names"](tmp_path / "r")
    before = sarif(root)["runs"][0]["results"]
    path = root / "claims" / ODD_NAMES[0]
    path.write_text("# a comment\n\n" + path.read_text(encoding="utf-8"), encoding="utf-8")
    after = sarif(root)["runs"][0]["results"]
    assert [r["locations"] for r in before] != [r["locations"] for r in after]
    assert [r["partialFingerprints"] for r in before] == [r["partialFingerprints"] for r in after]


def test_folder_level_finding_is_located_on_the_folder(tmp_path: Path) -> None:
    root = MAKERS["no-claims"](tmp_path / "r")
    (res,) = [r for r in sarif(root)["runs"][0]["results"] if r["ruleId"] == "no-claims"]
    loc = res["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"]["uri"].endswith("claims/")
    assert loc["region"] == {"startLine": 1}
    assert res["level"] == "warning" == Code.NO_CLAIMS.severity.value


def git_repo(path: Path) -> Path:
    subprocess.run(["git", "init", "-q", str(path)], check=True)
    return path


@pytest.mark.parametrize("cwd", ["repo", "registry", "elsewhere"])
def test_paths_are_relative_to_the_repository_root(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cwd: str
) -> None:
    """A registry in a subfolder of a repository: the same URIs from any working directory
    (a CI step's working-directory:, or --root from outside the repository)."""
    repo = git_repo(tmp_path / "repo")
    root = MAKERS["odd-names"](repo / "fact" / "registry")
    (tmp_path / "elsewhere").mkdir()
    monkeypatch.chdir({"repo": repo, "registry": root, "elsewhere": tmp_path / "elsewhere"}[cwd])
    results = sarif(root)["runs"][0]["results"]
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in results}
    assert "fact/registry/claims/my%20claims.yaml" in uris


def test_outside_any_repository_and_working_directory_a_file_uri(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = MAKERS["odd-names"](tmp_path / "r")
    (tmp_path / "elsewhere").mkdir()
    monkeypatch.chdir(tmp_path / "elsewhere")
    doc = sarif(root)
    assert errors(doc) == []
    locs = [r["locations"][0]["physicalLocation"] for r in doc["runs"][0]["results"]]
    assert all(loc["artifactLocation"]["uri"].startswith("file:///") for loc in locs)
    assert all("uriBaseId" not in loc["artifactLocation"] for loc in locs)


def test_accepted_finding_is_a_suppression(tmp_path: Path) -> None:
    root = MAKERS["odd-names"](tmp_path / "r")
    path = root / "claims" / ODD_NAMES[0]
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace(
            "    origin: alpha-origin\n",
            "    origin: alpha-origin\n    accept:\n      - code: quote-not-found\n"
            "        reason: The print edition says 2023.\n",
            1,
        ),
        encoding="utf-8",
    )
    doc = sarif(root)
    assert errors(doc) == []
    (res,) = [r for r in doc["runs"][0]["results"] if r["ruleId"] == "quote-not-found"]
    assert res["suppressions"][0]["status"] == "accepted"


def test_regions_end_where_their_line_ends(tmp_path: Path) -> None:
    """A region runs from the finding's column to the end of its line, in code points."""
    root = MAKERS["config-errors"](tmp_path / "r")
    (root / "desertcheck.toml").write_text(
        '[claimreview]\nauthor = "Dësk"\nurl = "ftp://ünï.example/"\n', encoding="utf-8"
    )
    run = sarif(root)["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    (res,) = [r for r in run["results"] if r["ruleId"] == "invalid-config"]
    reg = res["locations"][0]["physicalLocation"]["region"]
    line = (
        (root / "desertcheck.toml").read_text(encoding="utf-8").splitlines()[reg["startLine"] - 1]
    )
    assert reg["endLine"] == reg["startLine"]
    assert line[reg.get("startColumn", 1) - 1 : reg["endColumn"] - 1].endswith('ünï.example/"')
