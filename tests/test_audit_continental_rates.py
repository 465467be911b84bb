"""German and French rates: a day said of a figure whose claim counts per working day is a
``mismatch``, as in English ("38 Urteile pro Tag", "täglich", "par jour", "chaque jour");
a rate before the figure ("pro Monat rund 1.000", "monatlich", "chaque mois") is read. The
sentences are written for these tests."""

from __future__ import annotations

import pytest

from desertcheck.audit.continental import rate_span

from .test_audit_reading2 import judge

PER_WORKING_DAY = "isl-mediazona-verdicts-per-working-day-april-2025"


@pytest.mark.parametrize(
    ("before", "span"),
    [
        ("Im Frühjahr kamen pro Monat rund ", "month"),
        ("Die Gerichte verhandelten monatlich ", "month"),
        ("les tribunaux recevaient chaque mois environ ", "month"),
        ("les tribunaux recevaient chaque semaine ", "week"),
        ("Im Frühjahr kamen rund ", None),
        ("pro Monat kamen in der Summe aller Gerichte ", None),  # too far from the figure
    ],
)
def test_a_rate_before_a_figure(before: str, span: str | None) -> None:
    assert rate_span(" neue Verfahren", before) == span


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Im April 2025 fällten die Militärgerichte im Mittel 38 Urteile pro Tag.", "mismatch"),
        ("Im April 2025 verkündeten die Militärgerichte 38 Urteile täglich.", "mismatch"),
        ("En avril 2025, les cours militaires rendaient 38 jugements chaque jour.", "mismatch"),
        ("En avril 2025, les cours militaires rendaient 38 jugements par jour.", "mismatch"),
        # the working day said: the claim's own rate
        ("Im April 2025 fällten die Militärgerichte 38 Urteile pro Arbeitstag.", "supported"),
        ("En avril 2025, les cours militaires rendaient 38 jugements par jour ouvré.", "supported"),
        # the day after the verb, or right before the figure (a French desk's trial)
        ("En avril 2025, 38 verdicts ont été rendus chaque jour.", "mismatch"),
        ("In April 2025, 38 verdicts were handed down every day by military courts.", "mismatch"),
        ("In April 2025, 38 verdicts were handed down each day.", "mismatch"),
        ("Im April 2025 wurden täglich 38 Urteile gefällt.", "mismatch"),
        ("En avril 2025, 38 verdicts ont été rendus chaque jour ouvré.", "supported"),
    ],
)
def test_a_day_for_a_working_day(text: str, status: str) -> None:
    [(_, got, claim)] = judge(text + "\n")
    assert (got, claim) == (status, PER_WORKING_DAY)


def test_a_rate_before_its_figure_meets_the_claim_per_month() -> None:
    text = (
        "Im Frühjahr 2025 gingen bei den Gerichten pro Monat rund 1.000 neue Verfahren wegen "
        "Dienstverweigerung ein.\n"
    )
    assert judge(text) == [
        ("rund 1.000", "supported", "isl-mediazona-new-cases-per-month-spring-2025")
    ]
