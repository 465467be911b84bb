"""Rates with a base ("37.9 crimes per 1,000 residents") through the commands, as a trial
ran them on a newsroom's own registry: verify checks the base as part of the unit, audit
compares it, scan and stubs keep it with its figure; and two authoring readings of the same
trial ("the lowest number since 2015", "the 2024 school year")."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desertcheck.cli import app

from .conftest import cli_runner

SOURCE = """---
title: Police annual report 2024 (invented for a test)
publisher: Lakeside Police
language: en
published: 2025-03-10
kind: report
---
Police recorded 2,880 crimes in 2024, a rate of 37.9 crimes per 1,000 residents.
The force had 119 officers at the end of the year, or 1.57 officers per 1,000 residents.
Burglaries fell to 214, the lowest number since 2015, while vehicle thefts rose to 189.
Spending was $11,850 per pupil in the 2024 school year.
"""

CLAIMS = """claims:
  - id: police-crime-rate-2024
    statement: There were 37.9 crimes per 1,000 residents in 2024.
    value: 37.9
    unit: crimes per 1,000 residents
    measure: crime-rate
    scope: lakeside
    period: "2024"
    source: police
    quote: a rate of 37.9 crimes per 1,000 residents
  - id: police-officers-rate-2024
    statement: The force had 1.57 officers per 1,000 residents.
    value: 1.57
    unit: officers per 1,000 residents
    measure: officer-rate
    scope: lakeside
    period: "2024-12-31"
    source: police
    quote: 1.57 officers per 1,000 residents
"""


def _registry(tmp_path: Path, claims: str | None = CLAIMS) -> Path:
    root = tmp_path / "lakeside"
    (root / "sources").mkdir(parents=True)
    (root / "claims").mkdir()
    (root / "sources" / "police.md").write_text(SOURCE, "utf-8")
    if claims is not None:
        (root / "claims" / "police.yaml").write_text(claims, "utf-8")
    return root


def _verify(root: Path) -> tuple[int, str]:
    r = cli_runner().invoke(app, ["verify", "--root", str(root), "--format", "json"])
    return r.exit_code, r.stdout


def test_the_fixture_verifies(tmp_path: Path) -> None:
    code, out = _verify(_registry(tmp_path))
    assert code == 0, out


def test_verify_catches_a_claim_on_another_base(tmp_path: Path) -> None:
    claims = CLAIMS.replace(
        "unit: crimes per 1,000 residents", "unit: crimes per 100,000 residents"
    )
    code, out = _verify(_registry(tmp_path, claims))
    assert code == 1
    (finding,) = [
        f
        for f in json.loads(out)["findings"]
        if f["code"] == "value-not-in-quote" and f["claims"] == ["police-crime-rate-2024"]
    ]
    assert "per 1,000 residents, not per 100,000" in finding["message"]
    assert "set unit: crimes per 1,000 residents" in finding["message"]


def test_a_rate_registered_as_a_share_is_told_its_noun_and_base(tmp_path: Path) -> None:
    """Not "set unit: percent per 1,000 residents", nor the noun without its base."""
    claims = CLAIMS.replace("unit: crimes per 1,000 residents", "unit: percent")
    code, out = _verify(_registry(tmp_path, claims))
    assert code == 1
    (finding,) = [
        f
        for f in json.loads(out)["findings"]
        if f["code"] == "value-not-in-quote" and f["claims"] == ["police-crime-rate-2024"]
    ]
    assert "set unit: crimes per 1,000 residents" in finding["message"], finding["message"]
    assert "percent per" not in finding["message"]


def test_verify_catches_a_rate_registered_as_a_count(tmp_path: Path) -> None:
    claims = CLAIMS.replace("unit: officers per 1,000 residents", "unit: officers")
    code, out = _verify(_registry(tmp_path, claims))
    assert code == 1
    messages = [
        f["message"] for f in json.loads(out)["findings"] if f["code"] == "value-not-in-quote"
    ]
    assert any("set unit: officers per 1,000 residents" in m for m in messages), messages


def _audit(root: Path, draft: str, *args: str) -> tuple[int, dict]:
    r = cli_runner().invoke(
        app, ["audit", "-", "--root", str(root), "--format", "json", *args], input=draft
    )
    return r.exit_code, json.loads(r.stdout)


def _verdicts(report: dict) -> list[tuple[str, str, str | None]]:
    return [
        (i["value"]["text"], i["status"], (i["claims"] or [{}])[0].get("id"))
        for i in report["items"]
    ]


@pytest.mark.parametrize("base", ["100,000", "10,000"])
def test_audit_a_rate_on_the_wrong_base_is_a_mismatch(tmp_path: Path, base: str) -> None:
    draft = f"The crime rate was 37.9 crimes per {base} residents in 2024.\n"
    code, report = _audit(_registry(tmp_path), draft)
    assert code == 1
    assert _verdicts(report) == [("37.9", "mismatch", "police-crime-rate-2024")]
    assert f"per {base} residents" in report["items"][0]["message"]


@pytest.mark.parametrize(
    "draft",
    [
        "The crime rate was 37.9 crimes per 1,000 residents in 2024.\n",
        "There were 37.9 crimes per 1,000 residents in 2024.\n",
    ],
)
def test_audit_a_correct_rate_is_supported_and_never_vanishes(tmp_path: Path, draft: str) -> None:
    code, report = _audit(_registry(tmp_path), draft, "--strict")
    assert code == 0
    assert _verdicts(report) == [("37.9", "supported", "police-crime-rate-2024")]


def test_audit_the_same_rate_on_another_base_is_converted(tmp_path: Path) -> None:
    draft = "The town had about 1.6 officers per 1,000 residents, or 157 per 100,000.\n"
    code, report = _audit(_registry(tmp_path), draft, "--strict")
    assert code == 0, report
    assert _verdicts(report) == [
        ("about 1.6", "supported", "police-officers-rate-2024"),
        ("157", "supported", "police-officers-rate-2024"),
    ]


def test_audit_a_rate_retold_as_a_count_is_not_supported(tmp_path: Path) -> None:
    _, report = _audit(_registry(tmp_path), "Police recorded 37.9 crimes in 2024.\n")
    assert [v for _, v, _ in _verdicts(report)] == ["unsourced"]


def _stubs(root: Path) -> str:
    r = cli_runner().invoke(app, ["scan", "police", "--root", str(root), "--stubs"])
    return r.stdout


def test_scan_keeps_the_base_with_its_figure(tmp_path: Path) -> None:
    root = _registry(tmp_path, claims=None)
    r = cli_runner().invoke(app, ["scan", "police", "--root", str(root), "--format", "json"])
    figures = [f["text"] for f in json.loads(r.stdout)["figures"]]
    assert "1,000" not in figures
    out = _stubs(root)
    assert 'unit: "crimes per 1,000 residents"' in out
    assert 'quote: "37.9 crimes per 1,000 residents"' in out
    assert 'unit: "officers per 1,000 residents"' in out
    assert "1-000-residents\n" not in out.replace("per-1-000-residents\n", "")


def test_since_after_a_record_is_no_running_total(tmp_path: Path) -> None:
    out = _stubs(_registry(tmp_path, claims=None))
    stub = out[out.index("id: police-214") : out.index("id: police-189")]
    assert "cumulative" not in stub
    assert "2015/" not in stub


def test_a_period_given_to_add_claim_drops_a_running_total_read_from_since(
    tmp_path: Path,
) -> None:
    root = _registry(tmp_path, claims=None)
    (root / "sources" / "courts.md").write_text(
        SOURCE.split("---\n")[1].join(["---\n", "---\n"])
        + "The court has convicted 1,200 people since 2019.\n",
        "utf-8",
    )
    args = ["add", "claim", "--root", str(root), "--source", "courts"]
    args += ["--quote", "convicted 1,200 people since 2019", "--measure", "convictions"]
    args += ["--scope", "lakeside", "--unit", "people", "--statement", "1,200 convicted."]
    r = cli_runner().invoke(app, [*args, "--period", "2024"])
    assert r.exit_code == 0, r.stdout + r.stderr
    written = (root / "claims" / "courts.yaml").read_text("utf-8")
    assert 'period: "2024"' in written
    assert "cumulative" not in written


def test_a_year_that_names_a_kind_of_year_is_a_period_not_a_count(tmp_path: Path) -> None:
    out = _stubs(_registry(tmp_path, claims=None))
    assert "2024-school" not in out
    stub = out[out.index("id: police-11-850-usd") :]
    assert 'period: "2024"' in stub.split("\n\n")[0]


def test_add_claim_reads_the_school_year_as_the_period(tmp_path: Path) -> None:
    root = _registry(tmp_path, claims=None)
    args = ["add", "claim", "--root", str(root), "--source", "police"]
    args += ["--quote", "Spending was $11,850 per pupil", "--measure", "spending"]
    args += ["--scope", "lakeside", "--statement", "Spending was $11,850 per pupil in 2024."]
    r = cli_runner().invoke(app, args)
    assert r.exit_code == 0, r.stdout + r.stderr
    assert 'period: "2024"' in (root / "claims" / "police.yaml").read_text("utf-8")
