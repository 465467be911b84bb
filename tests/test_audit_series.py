"""A figure listed after another of a series (the same measure, source and period, another
scope: a report's districts) that is one slip from its own series-mate's value misstates
that claim: "Moscow (nearly 7,780) and Eastern (nearly 3,830)" gets Eastern's nearly 3,380
as a `mismatch`. A figure of something else, or not near a series-mate's value, stays
unsourced. The drafts are written for these tests."""

from __future__ import annotations

import pytest

from desertcheck.audit.verdicts import in_series
from desertcheck.registry import load_registry

from .test_audit import PROJECT
from .test_audit_reading2 import judge


@pytest.mark.parametrize(
    ("text", "last"),
    [
        ("Frontelligence lists the districts: Moscow (nearly 7,780) and Eastern (nearly "
         "3,830) trail.",
         ("nearly 3,830", "mismatch", "euaa-frontelligence-desertions-eastern-md-dec-2024")),
        ("By district: Southern nearly 22,580 and Leningrad over 3,500.",
         ("over 3,500", "mismatch", "euaa-frontelligence-desertions-leningrad-md-dec-2024")),
        # another measure: the helpline's calls
        ("Moscow logged nearly 7,780 cases, while our helpline took 3,830 calls.",
         ("3,830", "unsourced", None)),
        # no series-mate's value it is a slip of (Eastern's is nearly 3,380)
        ("Moscow logged nearly 7,780 cases, and Eastern over 3,500.",
         ("over 3,500", "unsourced", None)),
        # a breakdown of one report's count (the same courts, source and period, another
        # measure): the AWOL cases, then the desertion cases, 1,010 misstated
        ("Courts have 18,159 AWOL cases on their books, and 1,100 for desertion.",
         ("1,100", "mismatch", "isl-mediazona-desertion-cases")),
        ("Courts have 18,159 AWOL cases on their books, and 1,010 for desertion.",
         ("1,010", "supported", "isl-mediazona-desertion-cases")),
        ("Courts have 18,159 AWOL cases on their books; our helpline took 1,100 calls.",
         ("1,100", "unsourced", None)),
    ],
)  # fmt: skip
def test_a_near_value_in_a_series_misstates_its_mate(
    text: str, last: tuple[str, str, str | None]
) -> None:
    assert judge(text + "\n")[-1] == last


def test_a_series_is_one_source_and_period_of_one_measure_or_scope() -> None:
    claims = {c.id: c for c in load_registry(PROJECT).registry.claims}
    moscow = claims["euaa-frontelligence-desertions-moscow-md-dec-2024"]
    assert in_series(claims["euaa-frontelligence-desertions-eastern-md-dec-2024"], moscow)
    assert not in_series(moscow, moscow)
    assert not in_series(claims["isl-mediazona-awol-cases"], moscow)
    # a breakdown: the same courts' counts of the same report and period
    awol = claims["isl-mediazona-awol-cases"]
    assert in_series(claims["isl-mediazona-desertion-cases"], awol)
    # a month's verdicts and their rate a working day: of one scope, not of one kind
    verdicts = claims["isl-mediazona-verdicts-april-2025"]
    assert not in_series(claims["isl-mediazona-verdicts-per-working-day-april-2025"], verdicts)
