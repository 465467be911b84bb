"""A draft sentence that repeats a claim's own quote or statement with another number is a
``mismatch``, on any registry (no lexicon of its field needed); and a registry's
``[[scan.exclude]]`` passages that are not statistics are not reported by audit either.

The registry here is invented for these tests (a harbour ferry), on purpose far from the
shipped registry's field, with measure slugs that share few words with the sentences."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from desertcheck.audit import Auditor
from desertcheck.audit.echo import Echoes
from desertcheck.cli import app
from desertcheck.model import Claim

from .test_audit_reading2 import judge as shipped


def _claim(cid: str, value: float, unit: str, measure: str, quote: str, statement: str) -> Claim:
    return Claim.model_validate(
        {
            "id": cid,
            "statement": statement,
            "value": value,
            "unit": unit,
            "measure": measure,
            "scope": "port-town",
            "period": "2024",
            "source": "harbour-report",
            "quote": quote,
        }
    )


CLAIMS = [
    _claim(
        "ferry-riders",
        3860,
        "passengers",
        "daily-ridership",
        "The harbour ferry carried 3,860 passengers a day on average.",
        "Ridership averaged 3,860 a day in 2024.",
    ),
    _claim(
        "fleet-money",
        6_500_000,
        "EUR",
        "fleet-investment",
        "the port authority will invest €6.5 million in new boats",
        "The port authority will invest €6.5 million in new boats in 2024.",
    ),
    _claim(
        "crossing-minutes",
        17,
        "minutes",
        "crossing-duration",
        "Each of the 14 boats took 17 minutes to cross the bay.",
        "A crossing took 17 minutes.",
    ),
]


def judge(text: str, **options: object) -> list[tuple[str, str, str | None]]:
    auditor = Auditor(CLAIMS, **options)  # type: ignore[arg-type]
    return [
        (it.figure.text, it.status, it.claim.id if it.claim else None)
        for it in auditor.audit(text, "d.md")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the quote, word for word, with two digits swapped
        (
            "The harbour ferry carried 3,680 passengers a day on average.",
            [("3,680", "mismatch", "ferry-riders")],
        ),
        # the statement, with the scale word kept and the number changed
        (
            "The port authority will invest €5.6 million in new boats in 2024.",
            [("€5.6 million", "mismatch", "fleet-money")],
        ),
        # words of the writer's own around the repeated sentence
        (
            "Officials confirmed that the harbour ferry carried 3,680 passengers a day on "
            "average, a figure the operator disputes.",
            [("3,680", "mismatch", "ferry-riders")],
        ),
        # a word or two changed inside it is still the claim's sentence
        (
            "The old harbour ferry carried 2,900 passengers each day on average.",
            [("2,900", "mismatch", "ferry-riders")],
        ),
        # the claim's own number is not a mismatch
        (
            "The harbour ferry carried 3,860 passengers a day on average.",
            [("3,860", "supported", "ferry-riders")],
        ),
    ],
)
def test_the_claims_sentence_with_another_number_is_a_mismatch(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert judge(text) == expected


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # the changed number stands where the quote has another number than the claim's
        ("Each of the 12 boats took 17 minutes to cross the bay.", "12"),
        # too few of the quote's words: not its sentence
        ("The ferry carried 3,680 people.", "3,680"),
        # the quote's words, but far apart, with many of the writer's own between them
        (
            "The harbour ferry, which the council sold to a private firm after years of "
            "losses and two strikes, carried 3,680 passengers a day on average.",
            "3,680",
        ),
    ],
)
def test_a_sentence_that_only_resembles_the_claims_is_no_echo(text: str, figure: str) -> None:
    at = text.index(figure)
    assert Echoes(CLAIMS).echoed(text, (0, len(text)), at, at + len(figure)) is None


def test_an_echo_at_a_period_that_disagrees_is_not_the_claims() -> None:
    """Another year's figure in the claim's words is not a misstatement of this one."""
    items = Auditor(CLAIMS).audit(
        "In 2019 the harbour ferry carried 3,680 passengers a day on average.", "d.md"
    )
    assert [it.status for it in items] == ["unsourced"]
    assert "repeats" not in items[0].message


def test_echoes_are_found_through_rare_words_only() -> None:
    echoes = Echoes(CLAIMS)
    text = "The harbour ferry carried 3,680 passengers a day on average."
    found = echoes.echoed(text, (0, len(text)), text.index("3,680"), text.index("3,680") + 5)
    assert found is not None and CLAIMS[found.claim].id == "ferry-riders"
    assert found.said == "quote" and found.share == 1.0
    # a sentence with none of the skeletons' rare words is compared with none of them
    other = "The weather was 12 degrees."
    assert echoes.echoed(other, (0, len(other)), other.index("12"), other.index("12") + 2) is None


@pytest.mark.parametrize(
    ("text", "passages", "expected"),
    [
        # a passage the registry says is not a statistic: its figure is not reported
        ("Rides are free for riders under 12 all summer.", ["riders under 12"], []),
        # case and spacing aside
        ("Rides are free for Riders  under\n12.", ["riders under 12"], []),
        # whole words only: "under 120" is another number
        (
            "Rides are free for riders under 120 minutes.",
            ["riders under 12"],
            [("under 120", "unsourced", None)],
        ),
        # a passage of numbers only (a table row) is data, and silences nothing
        (
            "| 2022 | 612 |",
            ["| 2022 | 612 |"],
            [("612", "unsourced", None)],
        ),
        # no passage: the figure is reported
        ("Rides are free for riders under 12 all summer.", [], [("under 12", "unsourced", None)]),
    ],
)
def test_a_registrys_passages_that_are_not_statistics_are_not_reported(
    text: str, passages: list[str], expected: list[tuple[str, str, str | None]]
) -> None:
    assert judge(text, not_statistics=passages) == expected


def test_exclusions_of_desertcheck_toml_reach_audit(tmp_path: Path) -> None:
    """An exclusion without ``claim`` silences its passage in a draft; one that names the
    claim its passage repeats (a headline) is a statistic and is checked."""
    (tmp_path / "claims").mkdir()
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "harbour-report.md").write_text(
        "---\ntitle: Harbour report\npublisher: Port of Example\nlanguage: en\n---\n"
        "Ferry carried 3,860 a day\n\nThe harbour ferry carried 3,860 passengers a day on "
        "average. Rides are free for riders under 12.\n",
        encoding="utf-8",
    )
    (tmp_path / "claims" / "harbour.yaml").write_text(
        "claims:\n  - id: ferry-riders\n    statement: Ridership averaged 3,860 a day in 2024.\n"
        "    value: 3860\n    unit: passengers\n    measure: daily-ridership\n"
        "    scope: port-town\n    period: 2024\n    source: harbour-report\n"
        '    quote: "The harbour ferry carried 3,860 passengers a day on average."\n',
        encoding="utf-8",
    )
    (tmp_path / "desertcheck.toml").write_text(
        '[[scan.exclude]]\nsource = "harbour-report"\nquote = "riders under 12"\n'
        'reason = "an age threshold, not a statistic"\n\n'
        '[[scan.exclude]]\nsource = "harbour-report"\nquote = "Ferry carried 3,860 a day"\n'
        'reason = "the headline repeats the first paragraph"\nclaim = "ferry-riders"\n',
        encoding="utf-8",
    )
    draft = (
        "# Ferry carried 3,860 a day\n\n"
        "Rides are free for riders under 12.\n\n"
        "The harbour ferry carried 3,680 passengers a day on average.\n"
    )
    r = CliRunner().invoke(
        app, ["audit", "-", "--root", str(tmp_path), "--format", "json", "--strict"], input=draft
    )
    items = json.loads(r.stdout)["items"]
    assert [(it["value"]["text"], it["status"]) for it in items] == [
        ("3,860", "unsourced"),  # the headline's figure is a statistic: reported
        ("3,680", "mismatch"),
    ]
    assert r.exit_code == 1


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        # a share where the claim has its count: derived from the two counts, not the
        # count misstated
        ("Out of these, 86% had already received their convictions.", ("86%", "unsourced", None)),
        (
            "Out of these, 17,200 had already received their convictions.",
            ("17,200", "mismatch", "isl-mediazona-refusal-to-serve-convictions-may-2025"),
        ),
    ],
)
def test_a_share_in_a_counts_place_is_derived(
    second: str, expected: tuple[str, str, str | None]
) -> None:
    first = "By the end of May 2025, military courts had received cases against 20,662 men. "
    assert shipped(first + second + "\n")[-1] == expected
