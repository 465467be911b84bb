"""Two years joined by "und"/"et" in German and French: the span of both ("en 2022 et
2023", "in den Jahren 2022 und 2023"), as English "in 2022 and 2023" is. The sentences are
written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from desertcheck.audit import find_periods

from .test_audit_reading2 import judge


@pytest.mark.parametrize(
    "text",
    [
        "en 2022 et 2023",
        "En 2022 et en 2023",
        "dans les années 2022 et 2023",
        "in den Jahren 2022 und 2023",
        "für die Jahre 2022 und 2023",
    ],
)
def test_two_years_are_one_span(text: str) -> None:
    [found] = find_periods(text)
    assert (found.kind, found.a[0], found.b[1]) == ("between", date(2022, 1, 1), date(2023, 12, 31))


def test_two_years_out_of_order_are_no_span() -> None:
    assert [p.text for p in find_periods("en 2023 et 2022")] == ["en 2023"]


@pytest.mark.parametrize(
    "text",
    [
        "D'après Proekt, 501 affaires pénales pour désertion ont été ouvertes en 2022 et 2023.",
        "Proekt zählte in den Jahren 2022 und 2023 genau 501 Verfahren wegen Desertion.",
    ],
)
def test_a_figure_of_two_years(text: str) -> None:
    assert judge(text + "\n") == [
        ("501", "supported", "mt-proekt-desertion-cases-opened-2022-2023")
    ]
