"""Accepted findings: ``accept: [{code, reason}]`` on a claim, shown everywhere, never failing."""

from __future__ import annotations

import csv
import io
import json
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from desertcheck.cli import app
from desertcheck.registry import load_registry

from .conftest import FIXTURES, cli_runner

VERIFY = FIXTURES / "verify"
REASON = "The report's summary says over 16,000; the article rounds it"


def registry(tmp_path: Path, fixture: str, claim: str, accept: str) -> Path:
    """A copy of a verify fixture whose ``claim`` gets the ``accept:`` lines given."""
    root = tmp_path / fixture
    shutil.copytree(VERIFY / fixture, root)
    path = root / "claims" / "claims.yaml"
    text = path.read_text(encoding="utf-8")
    head = f"  - id: {claim}\n"
    assert head in text
    path.write_text(text.replace(head, head + accept, 1), encoding="utf-8")
    return root


def run(root: Path, *args: str):
    return cli_runner().invoke(app, ["verify", "--root", str(root), *args])


def accepting(tmp_path: Path, code: str = "qualifier-mismatch") -> Path:
    return registry(
        tmp_path,
        "qualifier-mismatch",
        "wrong-qualifier",
        f"    accept:\n      - code: {code}\n        reason: {REASON}\n",
    )


def test_an_accepted_finding_is_reported_as_accepted_and_fails_nothing(tmp_path: Path) -> None:
    root = accepting(tmp_path)
    r = run(root, "-f", "json", "--strict")
    assert r.exit_code == 0
    data = json.loads(r.stdout)
    [found] = [f for f in data["findings"] if f["code"] == "qualifier-mismatch"]
    assert found["status"] == "accepted"
    assert found["accepted"] == {"claim": "wrong-qualifier", "reason": REASON}
    assert data["summary"]["accepted"] == 1 and data["summary"]["warnings"] == 0
    assert {c["id"]: c["status"] for c in data["claims"]}["wrong-qualifier"] == "verified"


@pytest.mark.parametrize("fmt", ["table", "github", "sarif", "junit"])
def test_every_format_shows_the_acceptance(tmp_path: Path, fmt: str) -> None:
    r = run(accepting(tmp_path), "-f", fmt, "--strict")
    assert r.exit_code == 0
    if fmt == "table":
        assert "qualifier-mismatch" in r.stdout and "(accepted: The report's summary" in r.stdout
        assert r.stdout.splitlines()[-1].endswith(", 1 accepted")
    elif fmt == "github":
        [line] = [ln for ln in r.stdout.splitlines() if "desertcheck qualifier-mismatch" in ln]
        assert line.startswith("::notice ") and "(accepted)" in line and REASON in line
    elif fmt == "sarif":
        results = json.loads(r.stdout)["runs"][0]["results"]
        [res] = [x for x in results if x["ruleId"] == "qualifier-mismatch"]
        assert res["suppressions"] == [
            {
                "kind": "inSource",
                "status": "accepted",
                "justification": f"wrong-qualifier: {REASON}",
            }
        ]
    else:
        suites = ET.fromstring(r.stdout)
        assert suites.get("failures") == "0"
        out = "".join(e.text or "" for e in suites.iter("system-out"))
        assert "[qualifier-mismatch] (accepted: " in out


def test_show_says_a_finding_is_accepted_and_why(tmp_path: Path) -> None:
    root = accepting(tmp_path)
    r = cli_runner().invoke(app, ["show", "wrong-qualifier", "--root", str(root)])
    assert r.exit_code == 0
    [line] = [ln for ln in r.stdout.splitlines() if " qualifier-mismatch " in ln]
    assert line.strip().startswith("error qualifier-mismatch (accepted)  ")
    assert f"(accepted: {REASON})" in " ".join(r.stdout.split())


def test_export_carries_the_acceptance_in_every_format(tmp_path: Path) -> None:
    """An accepted finding counts in no status, so exports said nothing of it: a disputed
    figure went out as plainly verified."""
    root = accepting(tmp_path)

    def export(fmt: str) -> str:
        r = cli_runner().invoke(app, ["export", "--root", str(root), "-f", fmt])
        assert r.exit_code == 0, r.output
        return r.stdout

    [item] = [c for c in json.loads(export("json"))["claims"] if c["id"] == "wrong-qualifier"]
    assert (item["status"], item["codes"]) == ("verified", [])
    assert item["accepted"] == [{"code": "qualifier-mismatch", "reason": REASON}]
    rows = list(csv.DictReader(io.StringIO(export("csv"))))
    assert {r["id"]: r["accepted"] for r in rows}["wrong-qualifier"] == "qualifier-mismatch"
    sheet = " ".join(export("markdown").split())
    assert "`qualifier-mismatch` accepted: The report's summary says over 16,000" in sheet


def test_quiet_leaves_accepted_findings_to_the_summary(tmp_path: Path) -> None:
    r = run(accepting(tmp_path), "--quiet")
    assert r.exit_code == 0
    assert r.stdout.splitlines() == [
        "OK: 2 claims in 2 sources: 0 errors, 0 warnings, 2 infos, 1 accepted"
    ]


def test_an_accepted_error_does_not_fail(tmp_path: Path) -> None:
    root = registry(
        tmp_path,
        "value-not-in-quote",
        "wrong-value",
        "    accept: [{code: value-not-in-quote, reason: the figure is in a chart}]\n",
    )
    assert run(root).exit_code == 0
    assert run(root, "--strict").exit_code == 0


def test_a_stale_acceptance_warns_at_its_line(tmp_path: Path) -> None:
    root = registry(
        tmp_path,
        "qualifier-mismatch",
        "desertions",
        "    accept:\n      - code: contradiction\n        reason: no longer true\n",
    )
    # the fixture's qualifier-mismatch (an error) is left out: the stale acceptance alone
    r = run(root, "-f", "json", "--ignore", "qualifier-mismatch")
    assert r.exit_code == 0
    [found] = [f for f in json.loads(r.stdout)["findings"] if f["code"] == "accept-unused"]
    assert found["severity"] == "warning" and found["claims"] == ["desertions"]
    assert (found["file"], found["line"], found["column"]) == ("claims/claims.yaml", 4, 9)
    assert "accepts contradiction" in found["message"]
    assert run(root, "--strict", "--ignore", "qualifier-mismatch").exit_code == 1
    # a code left out of the run cannot be stale
    r = run(root, "-f", "json", "--select", "quote-not-found,accept-unused")
    assert "accept-unused" not in r.stdout
    assert "accept-unused" not in run(root, "-f", "json", "--ignore", "accept-unused").stdout


@pytest.mark.parametrize("claim", ["desertions", "desertions-other"])
def test_a_cross_claim_finding_is_accepted_on_any_of_its_claims(tmp_path: Path, claim: str) -> None:
    root = registry(
        tmp_path,
        "contradiction",
        claim,
        "    accept: [{code: contradiction, reason: 'two methods, both published'}]\n",
    )
    r = run(root, "-f", "json", "--strict")
    assert r.exit_code == 0
    [found] = [f for f in json.loads(r.stdout)["findings"] if f["code"] == "contradiction"]
    assert found["accepted"] == {"claim": claim, "reason": "two methods, both published"}
    table = run(root).stdout
    assert "contradiction (accepted)" in table and f"(accepted on {claim}: two methods" in table


@pytest.mark.parametrize(
    ("accept", "code", "line", "message"),
    [
        (
            "    accept: [{code: qualifier-mismatch}]\n",
            "missing-field",
            3,
            "accept #1: missing required field 'reason'",
        ),
        (
            "    accept: [{code: qualifier-mismatch, reason: '  '}]\n",
            "invalid-field",
            3,
            "a reason is required",
        ),
        (
            "    accept:\n      - code: qualifier-mismatch\n        reson: typo\n",
            "unknown-field",
            5,
            "accept #1: unknown field 'reson' (did you mean 'reason'?)",
        ),
        (
            "    accept:\n      - code: qualifer-mismatch\n        reason: r\n",
            "invalid-field",
            4,
            "'qualifer-mismatch' is not a check's code; did you mean 'qualifier-mismatch'",
        ),
        (
            "    accept: [{code: yaml-syntax, reason: r}]\n",
            "invalid-field",
            3,
            "yaml-syntax cannot be accepted",
        ),
        (
            "    accept: [{code: source-modified, reason: r}]\n",
            "invalid-field",
            3,
            "run `desertcheck fingerprint`",
        ),
        (
            "    accept:\n      - {code: contradiction, reason: a}\n"
            "      - {code: contradiction, reason: b}\n",
            "invalid-field",
            4,
            "contradiction is accepted twice",
        ),
    ],
)
def test_a_bad_acceptance_is_a_loader_error(
    tmp_path: Path, accept: str, code: str, line: int, message: str
) -> None:
    root = registry(tmp_path, "qualifier-mismatch", "desertions", accept)
    found = [(f.code, f.file, f.line) for f in load_registry(root).findings]
    assert found == [(code, "claims/claims.yaml", line)]
    [f] = load_registry(root).findings
    assert message in f.message and "claim 'desertions'" in f.message
