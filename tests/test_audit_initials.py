"""A K or M after a number, with a full stop and a capitalised name after it, is a
person's initial, not thousands or millions: "In 2024 M. Ivanov" is no figure "2024M".
The drafts are written for these tests."""

from __future__ import annotations

import pytest

from desertcheck.typography import plain

from .test_audit_reading2 import judge


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("In 2024 M. Ivanov, a defence lawyer, took the case.", "2024 M. Ivanov"),
        ("A court gave 12 K. Sorokin's men suspended terms.", "12 K. Sorokin"),
        ("Over 4.5 K soldiers were convicted.", "4.5K soldiers"),  # a scale, joined
        ("Over 4.5 K, most of them conscripts.", "4.5K, most"),
        # a full stop and a capital: an initial or a sentence's end, left apart as before
        ("Losses reached 1.2 M. The army recruited more.", "1.2 M. The"),
    ],
)
def test_an_initial_after_a_number_is_not_its_scale(text: str, kept: str) -> None:
    assert kept in plain(text).text


def test_a_year_before_an_initial_is_no_figure() -> None:
    text = "In 2023 K. Petrov, a lawyer, said Proekt counted 5,260 criminal cases opened "
    text += "between 2022 and 2023.\n"
    assert judge(text) == [("5,260", "supported", "mt-proekt-awol-cases-opened-2022-2023")]
