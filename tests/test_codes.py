"""The one code catalogue: every code emitted is declared, and every consumer agrees with it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desertcheck import checks
from desertcheck.cli import app
from desertcheck.codes import Code, CodeError, Origin, lookup, parse_codes
from desertcheck.config import load_config
from desertcheck.registry import load_registry
from desertcheck.reporters.sarif import rules

from .conftest import FIXTURES, PROJECT, cli_runner

REGISTRIES = sorted([*(FIXTURES / "loader").iterdir(), *(FIXTURES / "verify").iterdir(), PROJECT])


def verify_json(root: Path, *args: str) -> tuple[int, dict]:
    r = cli_runner().invoke(app, ["verify", "--root", str(root), "-f", "json", *args])
    return r.exit_code, json.loads(r.stdout)


@pytest.mark.parametrize("root", REGISTRIES, ids=lambda p: p.name)
def test_every_emitted_code_is_declared_at_its_severity(root: Path) -> None:
    for f in load_registry(root).findings:
        assert isinstance(f.code, Code), f  # a string literal cannot sneak in
    _, data = verify_json(root)
    for f in data["findings"]:
        code = lookup(f["code"])
        assert code is not None and code.origin not in (Origin.AUDIT, Origin.SCAN), f
        assert f["severity"] == code.severity.value, f  # no desertcheck.toml overrides here


@pytest.mark.parametrize("root", REGISTRIES, ids=lambda p: p.name)
def test_sarif_declares_the_level_it_emits(root: Path) -> None:
    r = cli_runner().invoke(app, ["verify", "--root", str(root), "-f", "sarif"])
    run = json.loads(r.stdout)["runs"][0]
    declared = {
        rule["id"]: rule["defaultConfiguration"]["level"] for rule in run["tool"]["driver"]["rules"]
    }
    for result in run["results"]:
        assert result["level"] == declared[result["ruleId"]], result["ruleId"]


def test_sarif_rules_are_the_catalogue() -> None:
    ids = [r["id"] for r in rules()]
    not_verifys = (Origin.AUDIT, Origin.DRAFT, Origin.SCAN)
    assert ids == [c.value for c in Code if c.origin not in not_verifys]
    assert all(r["shortDescription"]["text"] and r["fullDescription"]["text"] for r in rules())


def test_checks_and_their_codes_match_one_to_one() -> None:
    assert [c.code for c in checks.CHECKS] == [c for c in Code if c.origin is Origin.CHECK]


def test_audit_verdicts_are_declared() -> None:
    from desertcheck.audit import STATUSES

    assert set(STATUSES) == {c.value for c in Code if c.origin is Origin.AUDIT}


def test_codes_compare_and_serialise_as_their_text() -> None:
    assert Code.NO_CLAIMS == "no-claims" and json.dumps([Code.NO_CLAIMS]) == '["no-claims"]'
    assert lookup("no-claims") is Code.NO_CLAIMS and lookup("nope") is None


@pytest.mark.parametrize(
    ("words", "ignorable", "error"),
    [
        (
            ["quote-not-fund"],
            False,
            "unknown code 'quote-not-fund'; did you mean 'quote-not-found'?",
        ),
        (["contradiction,yaml-syntax"], True, "yaml-syntax cannot be ignored"),
        (["no-claims"], True, None),  # a loader warning may be ignored
        (["yaml-syntax"], False, None),  # and any code selected
    ],
)
def test_parse_codes(words: list[str], ignorable: bool, error: str | None) -> None:
    if error is None:
        assert parse_codes(words, what="--x", ignorable=ignorable)
    else:
        with pytest.raises(CodeError, match=error):
            parse_codes(words, what="--x", ignorable=ignorable)


def test_ignore_reaches_loader_warnings_but_not_errors() -> None:
    root = FIXTURES / "loader" / "no-claims"
    _, data = verify_json(root)
    assert [f["code"] for f in data["findings"]] == ["no-claims"]
    _, data = verify_json(root, "--ignore", "no-claims")
    assert data["findings"] == []
    r = cli_runner().invoke(app, ["verify", "--root", str(root), "--ignore", "yaml-syntax"])
    assert r.exit_code == 2 and "yaml-syntax cannot be ignored" in r.stderr


def test_select_keeps_loader_errors() -> None:
    code, data = verify_json(FIXTURES / "loader" / "yaml-syntax", "--select", "contradiction")
    assert code == 1 and {f["code"] for f in data["findings"]} == {"yaml-syntax"}


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        ('[verify]\nignore = ["yaml-syntax"]\n', "yaml-syntax cannot be ignored"),
        ('[verify.severity]\nunknown-field = "warning"\n', "unknown-field cannot be lowered"),
    ],
)
def test_config_cannot_ignore_or_lower_loader_errors(
    tmp_path: Path, toml: str, message: str
) -> None:
    (tmp_path / "desertcheck.toml").write_text(toml)
    config, findings = load_config(tmp_path)
    assert [f.code for f in findings] == [Code.INVALID_CONFIG]
    assert message in findings[0].message
    assert not config.ignore and not config.severity


def test_config_may_raise_a_loader_warning(tmp_path: Path) -> None:
    (tmp_path / "desertcheck.toml").write_text('[verify.severity]\nno-claims = "error"\n')
    config, findings = load_config(tmp_path)
    assert findings == [] and config.severity == {Code.NO_CLAIMS: "error"}
