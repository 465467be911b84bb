"""A figure its sentence says of a claim's measure, one slip from the claim's value
("close to seventeen thousand" prosecuted against over 16,000), is that claim's
``mismatch`` at a lower bar than a claim of a measure named only weakly; not when the
sentence says the figure is a sum, nor across a slip of scale. A percentage that writes a
count's own number, of a measure its sentence names, is that count's ``mismatch`` ("31
per cent" for 31 trials). The drafts are written for these tests."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

import pytest

from desertcheck.audit.matcher import Figure
from desertcheck.audit.named_slip import mismatch_by_named_slip
from desertcheck.audit.verdicts import Candidate
from desertcheck.quantity import parse_quantities

from .test_audit import auditor

if TYPE_CHECKING:
    from desertcheck.audit.scoring import Context
from .test_audit_reading2 import judge


@pytest.mark.parametrize(
    ("draft", "expected"),
    [
        (
            "Close to seventeen thousand of them were prosecuted, the rapporteur found.\n",
            [
                (
                    "Close to seventeen thousand",
                    "mismatch",
                    "euaa-un-desertion-prosecutions-2024",
                )
            ],
        ),
        # the writer's own sum of the districts, one slip from the total: no misstatement
        (
            "## Desertion cases by military district\n\n"
            "The district figures sum to 50,590, ninety more than the stated total, a gap "
            "the agency passes on without comment.\n",
            [("50,590", "unsourced", None), ("ninety", "unsourced", None)],
        ),
        # a count in a list whose words score every claim low: the named claim misstated
        (
            "Split by charge, the bar shows disobedience (1,369), desertion (1,100) and the "
            "rest.\n",
            [
                ("1,369", "supported", "isl-mediazona-disobedience-cases"),
                ("1,100", "mismatch", "isl-mediazona-desertion-cases"),
            ],
        ),
    ],
)
def test_a_named_measure_misstated(draft: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert judge(draft) == expected


def _named(
    text: str, claim_id: str, score: float = 40.0, kind: str = "count", series: bool = True
) -> str | None:
    claim = next(e.claim for e in auditor().index.entries if e.claim.id == claim_id)
    q = parse_quantities(text)[0]
    figure = Figure(q, kind, cast("Context", None), None)  # its words are not asked
    pool = [Candidate(claim, score, False, True, None, near=True, series=series)]
    verdict = mismatch_by_named_slip(figure, pool, {claim.measure}, text, 45.0)
    return None if verdict is None else verdict[0]


@pytest.mark.parametrize(
    ("text", "claim_id", "score", "kind", "expected"),
    [
        ("about 1,100 tried", "isl-mediazona-desertion-cases", 40.0, "count", "mismatch"),
        # a count's bar beside its series-mate is 15, a duration's or a rate's 30
        ("about 1,100 tried", "isl-mediazona-desertion-cases", 20.0, "count", "mismatch"),
        ("about 1,100 tried", "isl-mediazona-desertion-cases", 14.0, "count", None),
        ("ten years", "isl-desertion-max-sentence", 29.0, "duration", None),
        ("ten years", "isl-desertion-max-sentence", 31.0, "duration", "mismatch"),
        ("about 1,100 tried", "isl-mediazona-desertion-cases", 29.0, "rate-month", None),
        ("about 11,000 tried", "isl-mediazona-desertion-cases", 40.0, "count", None),  # scale
        # "ten" years misstates no "tens of thousands" of cases
        ("ten of them", "euaa-lawyer-desertion-awol-criminal-cases", 40.0, "count", None),
        ("1,100 tried, summed", "isl-mediazona-desertion-cases", 40.0, "count", None),  # a sum
    ],
)
def test_what_a_named_slip_needs(
    text: str, claim_id: str, score: float, kind: str, expected: str | None
) -> None:
    assert _named(text, claim_id, score, kind) == expected


def test_a_count_alone_needs_the_full_bar() -> None:
    # no series-mate before it ("asylum to 120 deserters"): 30, as a duration's
    assert _named("about 1,100 tried", "isl-mediazona-desertion-cases", 20.0, series=False) is None
    assert _named("about 1,100 tried", "isl-mediazona-desertion-cases", 31.0, series=False)


@pytest.mark.parametrize(
    ("draft", "expected"),
    [
        (  # a count of a named measure said as a share of it
            "Proekt also records 129 soldiers tried for desertion and 31 per cent of the "
            "cases for faking illness over the same period.\n",
            ("31 per cent", "mismatch", "mt-proekt-malingering-trials-wartime"),
        ),
        (
            "Proekt also records 129 soldiers tried for desertion and 31 soldiers tried for "
            "faking illness.\n",
            ("31", "supported", "mt-proekt-malingering-trials-wartime"),
        ),
        (  # no count of a measure it names holds 31
            "Of the readers we asked, 31 per cent had heard of the AWOL cases.\n",
            ("31 per cent", "unsourced", None),
        ),
    ],
)
def test_a_count_said_as_a_percentage(draft: str, expected: tuple[str, str, str | None]) -> None:
    assert judge(draft)[-1] == expected
