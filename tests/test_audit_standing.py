"""audit reads verify's verdicts: a claim verify rejects is no evidence
(``claim-fails-verify``), and a claim another disputes makes its figure ``contested``."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any, cast

import pytest
from typer.testing import CliRunner

from desertcheck.audit.standing import Standing, apply, standings
from desertcheck.cli import app
from desertcheck.codes import Code
from desertcheck.findings import Finding

from .conftest import FIXTURES

if TYPE_CHECKING:
    from desertcheck.audit.verdicts import Candidate

VERIFY = FIXTURES / "verify"


def audit(runner: CliRunner, fixture: str, text: str, *args: str) -> Any:
    return runner.invoke(app, ["audit", "-", "--root", str(VERIFY / fixture), *args], input=text)


def test_a_claim_that_fails_verify_is_no_evidence(runner: CliRunner) -> None:
    result = audit(
        runner, "value-not-in-quote", "More than 60,000 soldiers have deserted.\n", "-f", "json"
    )
    assert result.exit_code == 0, result.output
    (item,) = json.loads(result.stdout)["items"]
    assert item["status"] == "claim-fails-verify"
    assert item["message"].startswith(
        "the matching claim fails verify: wrong-value: value-not-in-quote"
    )
    # the figure agrees with the claim's value, not with what verify checks it against
    assert "agrees with the claim's value, over 60,000 soldiers" in item["message"]
    assert "the verdict is supported" in item["message"]
    assert "“" not in item["message"]  # no quote whose number is not the draft's
    strict = audit(
        runner, "value-not-in-quote", "More than 60,000 soldiers have deserted.\n", "--strict"
    )
    assert strict.exit_code == 1


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # "about 16,000" retold as "more than 16,000", against a claim whose quote was
        # edited by a word: the draft's drift still fails the run
        ("More than 16,000 have been prosecuted since 2022.\n", "qualifier-drift"),
        ("Some 16,000 have been prosecuted in 2024 alone.\n", "period-drift"),
    ],
)
def test_a_draft_that_disagrees_with_a_failing_claim_still_fails(
    runner: CliRunner, text: str, status: str
) -> None:
    result = audit(runner, "quote-not-found", text, "-f", "json")
    assert result.exit_code == 1, result.output
    (item,) = json.loads(result.stdout)["items"]
    assert (item["status"], item["claims"][0]["id"]) == (status, "broken-quote")
    assert "the matching claim also fails verify: broken-quote: quote-not-found" in item["message"]


def test_a_claim_that_passes_verify_still_supports(runner: CliRunner) -> None:
    result = audit(
        runner,
        "value-not-in-quote",
        "Over 50,000 soldiers have deserted since 2022.\n",
        "-f",
        "json",
    )
    (item,) = json.loads(result.stdout)["items"]
    assert (item["status"], item["claims"][0]["id"]) == ("supported", "desertions")


def test_a_disputed_claim_makes_its_figure_contested(runner: CliRunner) -> None:
    text = "Some 16,000 soldiers have been prosecuted since 2022.\n"
    result = audit(runner, "attribution-drift", text, "-f", "json")
    assert result.exit_code == 0, result.output
    (item,) = json.loads(result.stdout)["items"]
    assert (item["status"], item["claims"][0]["id"]) == ("contested", "prosecutions-since-2022")
    assert "disputed by prosecutions-2024" in item["message"]
    assert audit(runner, "attribution-drift", text, "--strict").exit_code == 1
    table = audit(runner, "attribution-drift", text, "--explain")
    assert "contested" in table.stdout and "why: chose prosecutions-since-2022" in table.stdout


def test_standings_from_findings() -> None:
    error = Finding.of(Code.VALUE_NOT_IN_QUOTE, "no 60,000 in the quote", "c.yaml", 1, 1, ("a",))
    drift = Finding.of(Code.ATTRIBUTION_DRIFT, "16,000 twice", "c.yaml", 2, 1, ("b", "c"))
    info = Finding.of(Code.RELATION_QUALIFIED, "sum holds", "c.yaml", 3, 1, ("b", "d"))
    got = standings([error, drift, info])
    assert got["a"].errors == ["value-not-in-quote: no 60,000 in the quote"]
    assert got["b"].disputed_by == {"c": "attribution-drift"}
    assert got["c"].disputed_by == {"b": "attribution-drift"}
    assert "d" not in got


def test_a_claim_that_fails_verify_contests_nothing(runner: CliRunner, tmp_path: Path) -> None:
    # the disputing claim's value is not in its quote: a typo of the registry, no evidence
    root = tmp_path / "registry"
    shutil.copytree(VERIFY / "attribution-drift", root)
    for name in ("claims/claims.yaml", "sources/other.md"):
        path = root / name
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace("some 16,000 soldiers", "some 15,000 soldiers"), "utf-8")
    text = "Some 16,000 soldiers have been prosecuted since 2022.\n"
    args = ["audit", "-", "--root", str(root)]
    result = runner.invoke(app, [*args, "-f", "json"], input=text)
    assert result.exit_code == 0, result.output
    (item,) = json.loads(result.stdout)["items"]
    assert (item["status"], item["claims"][0]["id"]) == ("supported", "prosecutions-since-2022")
    assert (
        "prosecutions-2024 disputes it (attribution-drift) but fails verify itself, so it is "
        "no evidence against it: value-not-in-quote" in item["message"]
    )
    assert "disputed by" not in item["message"]
    assert runner.invoke(app, [*args, "--strict"], input=text).exit_code == 0


def test_a_sound_dispute_still_contests_beside_a_broken_one() -> None:
    candidate = cast("Candidate", SimpleNamespace(claim=SimpleNamespace(id="a")))
    standing = {
        "a": Standing(disputed_by={"b": "contradiction", "c": "attribution-drift"}),
        "b": Standing(errors=["quote-not-found: no such words"]),
    }
    status, _, message = apply((Code.SUPPORTED, [candidate], "fits a"), standing, {})
    assert status == Code.CONTESTED
    assert "b disputes it (contradiction) but fails verify itself" in message
    assert message.endswith("disputed by c (attribution-drift)")
    alone = {"a": Standing(disputed_by={"b": "contradiction"}), "b": standing["b"]}
    assert apply((Code.SUPPORTED, [candidate], "fits a"), alone, {})[0] == Code.SUPPORTED


def _claim(cid: str, qualifier: str, period: str, value: float = 13500) -> Any:
    return SimpleNamespace(
        id=cid,
        value=value,
        unit="soldiers",
        measure="desertion-convictions",
        scope="russian-armed-forces",
        period=period,
        qualifier=qualifier,
        figure=f"{qualifier} {value:,.0f} soldiers",
        source=f"{cid}-source",
    )


@pytest.mark.parametrize(
    ("other", "status"),
    [
        # the same figure retold with another qualifier only: no dispute of the figure
        (_claim("b", "over", "2024"), Code.SUPPORTED),
        # retold with another period, or another value: a dispute
        (_claim("b", "over", "2022-02-24/2025-09-15"), Code.CONTESTED),
        (_claim("b", "exactly", "2024", 16000), Code.CONTESTED),
    ],
)
def test_a_retelling_in_another_qualifier_only_contests_nothing(other: Any, status: Code) -> None:
    mine = _claim("a", "exactly", "2024")
    candidate = cast("Candidate", SimpleNamespace(claim=mine))
    standing = {"a": Standing(disputed_by={"b": "attribution-drift"})}
    got, _, message = apply((Code.SUPPORTED, [candidate], "fits a"), standing, {"b": other})
    assert got == status
    assert ("b retells it as over 13,500 soldiers" in message) == (status == Code.SUPPORTED)


def test_the_un_figure_the_euaa_retells_as_over_is_supported_in_the_shipped_registry(
    runner: CliRunner,
) -> None:
    text = "In 2024, 13,500 soldiers were convicted of desertion, the UN says.\n"
    result = runner.invoke(app, ["audit", "-", "-f", "json", "--strict"], input=text)
    assert result.exit_code == 0, result.output
    (item,) = json.loads(result.stdout)["items"]
    assert (item["status"], item["claims"][0]["id"]) == (
        "supported",
        "nge-un-desertion-convictions-2024",
    )
    assert "euaa-un-desertion-convictions-2024 retells it as over 13,500" in item["message"]
