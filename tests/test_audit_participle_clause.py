"""A clause joined by ", and" whose figure's noun takes a participle of its own ("…, and
some 51 people subjected to coercive psychiatric measures") has a verb of its own: the
other clause's period ("258 cases of torture in 2024-25") is not its own, where an
elliptical clause ("…, and 501 for desertion") carries it. The drafts are written for
these tests."""

from __future__ import annotations

import pytest

from desertcheck.audit.reading import clause_of_its_own

from .test_audit_reading2 import judge

TORTURE = "nge-un-torture-cases-2024-25"  # 258 cases, 2024-2025
PSYCHIATRY = "nge-un-coercive-psychiatry-2022-2025"  # about 51 people, 2022-2025


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The UN documented 258 cases of torture in 2024-25, and some 51 people subjected "
            "to coercive psychiatric measures.",
            [("258", "supported", TORTURE), ("some 51", "supported", PSYCHIATRY)],
        ),
        (
            "The UN documented 258 cases of torture in 2024 and 2025, and around 51 people "
            "placed in forced psychiatric treatment.",
            [("258", "supported", TORTURE), ("around 51", "supported", PSYCHIATRY)],
        ),
    ],
)
def test_a_participle_gives_its_clause_a_verb(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert judge(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("5,260 cases were opened in 2023, and some 51 people subjected to it", True),
        ("5,260 cases were opened in 2023, and 501 for desertion", False),
        ("5,260 cases were opened in 2023, and 501 people for desertion", False),
    ],
)
def test_clause_of_its_own(text: str, expected: bool) -> None:
    own = (text.index(", and"), len(text))
    assert clause_of_its_own(text, own) is expected
