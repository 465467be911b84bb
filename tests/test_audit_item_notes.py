"""What an item's message says, once its verdict is decided: a bare rounding of a precise
claim says it is one and how to write it ("18,000" for 18,159, a `mismatch` still); an
`unsourced` figure whose value a claim has, of another kind, is not "stated by no claim in
the registry"; a `contested` figure the draft gives no date says so of that figure. The
drafts are written for these tests."""

from __future__ import annotations

import pytest

from .test_audit import auditor


@pytest.mark.parametrize(
    ("text", "status", "said", "not_said"),
    [
        (
            "18,000 cases concern unauthorised absence from a unit, according to Mediazona.",
            "mismatch",
            "“18,000” is its 18,159 rounded, and written as exact: write “about 18,000” or "
            "“18,159”",
            "cannot be its value",
        ),
        (
            "Prosecutors asked to exempt the accused in 66% of Ukrainian trials.",
            "mismatch",
            "write “about 66%” or “66.7%”",
            "cannot be its value",
        ),
        # another number, not a rounding of the claim's
        (
            "Another 1,100 soldiers have been charged with desertion under Article 338.",
            "mismatch",
            "“1,100” cannot be its value",
            "rounded",
        ),
        # a claim's rate per month, read as a count: a claim has the value
        (
            "Россия набирает в армию от 40 000 до 45 000 человек.",
            "unsourced",
            "isl-zelensky-russian-recruits-per-month has that value",
            "no claim in the registry states",
        ),
        # "каждый месяц" before it: a rate per month, the claim's words too far off
        (
            "Каждый месяц Россия набирает в армию от 40 000 до 45 000 человек, заявил"
            " президент Украины Владимир Зеленский.",
            "unsourced",
            "closest: isl-zelensky-russian-recruits-per-month",
            "no claim in the registry states",
        ),
        (
            "Some 77,777 fish swam in the lake.",
            "unsourced",
            "no claim in the registry states",
            "has",
        ),
        (
            "Desertion is punishable by up to 10 years in prison.",
            "contested",
            "and the draft gives it no date",
            "the draft gives no date",
        ),
    ],
)
def test_an_items_message(text: str, status: str, said: str, not_said: str) -> None:
    (item,) = auditor().audit(text + "\n", "d.md")
    assert item.status == status
    assert said in item.message
    assert not_said not in item.message
