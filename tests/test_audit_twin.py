"""A figure whose period disagrees with the claim its words meet best, but whose number,
qualifier and period are all those of another claim of the same measure and scope, is that
claim's: "some 16,000 since 2022" is the claim "about 16,000 … since 2022", not a
`period-drift` of "over 16,000 … in 2024", whichever of the two the sentence's words meet
better; the twin needs no score of its own, its measure being the one the words met."""

from __future__ import annotations

import pytest

from desertcheck.audit.periods import find_periods
from desertcheck.audit.verdicts import Candidate, decide
from desertcheck.quantity import parse_quantities
from desertcheck.registry import load_registry

from .test_audit import PROJECT

CLAIMS = {c.id: c for c in load_registry(PROJECT).registry.claims}
OVER_2024 = CLAIMS["euaa-un-desertion-prosecutions-2024"]  # over 16,000, in 2024
SINCE_2022 = CLAIMS["nge-un-desertion-prosecutions-since-2022"]  # about 16,000, since 2022
CONVICTED = CLAIMS["nge-un-desertion-convictions-2024"]  # 13,500 in 2024: another measure


@pytest.mark.parametrize(
    ("text", "twin", "expected"),
    [
        # the twin agrees in number, qualifier and period: it is the figure's claim
        ("some 16,000 since 2022", SINCE_2022, ("supported", SINCE_2022.id)),
        # its qualifier disagrees: no twin, the drift stands
        ("nearly 16,000 since 2022", SINCE_2022, ("period-drift", OVER_2024.id)),
        # the draft's period is the twin's no more than the chosen claim's
        ("some 16,000 since 2020", SINCE_2022, ("period-drift", OVER_2024.id)),
    ],
)
def test_a_twin_of_the_drafts_period(text: str, twin: object, expected: tuple[str, str]) -> None:
    [q] = parse_quantities(text)
    [period] = find_periods(text)
    chosen = Candidate(OVER_2024, 60.0, True, True, period.agrees(OVER_2024), True)
    other = Candidate(
        SINCE_2022,
        10.0,
        True,
        q.qualifier in ("about",),
        period.agrees(SINCE_2022),
        True,
    )
    status, listed, _ = decide(q, [chosen, other], [], period, 45.0)
    assert (status, listed[0].claim.id) == expected


def test_no_twin_of_another_measure() -> None:
    [q] = parse_quantities("13,500 since 2022")
    [period] = find_periods("13,500 since 2022")
    chosen = Candidate(CONVICTED, 60.0, True, True, period.agrees(CONVICTED), True)
    status, listed, _ = decide(q, [chosen], [], period, 45.0)
    assert (status, listed[0].claim.id) == ("period-drift", CONVICTED.id)


HEADLINE = CLAIMS["mt-proekt-refusal-to-serve-convictions-headline"]  # over 4,500
BODY = CLAIMS["mt-proekt-refusal-to-serve-convictions-since-invasion"]  # over 4,600
SOUTHERN = CLAIMS["euaa-frontelligence-desertions-southern-md-dec-2024"]  # nearly 22,580
CENTRAL = CLAIMS["euaa-frontelligence-desertions-central-md-dec-2024"]  # nearly 13,800


def test_a_mismatch_gives_way_to_the_claim_the_draft_writes_to_the_letter() -> None:
    # "Headline says over 4.5K; body says more than 4,600": the words meet the headline's
    # claim, the figure is the body's, of the same measure and scope
    [q] = parse_quantities("more than 4,600")
    named = Candidate(HEADLINE, 60.0, False, False, None, near=True)
    mine = Candidate(BODY, 4.0, True, True, None, True)
    status, listed, _ = decide(q, [mine], [named], None, 45.0)
    assert (status, listed[0].claim.id) == ("supported", BODY.id)


def test_another_scopes_number_stays_a_mismatch() -> None:
    # nearly 13,800 "in the Southern district" is the Central district's: another scope
    [q] = parse_quantities("nearly 13,800")
    named = Candidate(SOUTHERN, 70.0, False, False, None)
    mine = Candidate(CENTRAL, 4.0, True, True, None, True)
    status, listed, _ = decide(q, [mine], [named], None, 45.0)
    assert (status, listed[0].claim.id) == ("mismatch", SOUTHERN.id)
