"""A share said as a count: a part of a group whose number is a percentage claim's own
number at a scale ("close to 10,000 of the men sent to the front have deserted" for the
nearly 10% of the armed forces in Ukraine) is that claim's ``mismatch``; not a count that
is no part of a group, nor one whose sentence scores the claim low. The drafts are written
for these tests."""

from __future__ import annotations

import pytest

from .test_audit_reading2 import judge


@pytest.mark.parametrize(
    ("draft", "expected"),
    [
        (
            "By the UN's estimate, close to 10,000 of the soldiers sent to Ukraine have "
            "deserted.\n",
            ("close to 10,000", "mismatch", "nge-un-deserters-share-of-deployed"),
        ),
        (
            "Some 10,000 of those deployed to Ukraine have deserted, the rapporteur says.\n",
            ("Some 10,000", "mismatch", "nge-un-deserters-share-of-deployed"),
        ),
        # no part of a group: the count is not read as the share
        (
            "The rapporteur says 10,000 deserted from the units in Ukraine.\n",
            ("10,000", "unsourced", None),
        ),
        # a part of a group, but the sentence names nothing of the share
        (
            "The charity posted 10,000 of the parcels to Kharkiv last winter.\n",
            ("10,000", "unsourced", None),
        ),
        # "sent" is "deployed", and the share scores some 40: under the ordinary bar
        (
            "The charity sent 10,000 of the parcels last winter.\n",
            ("10,000", "unsourced", None),
        ),
    ],
)
def test_a_share_said_as_a_count(draft: str, expected: tuple[str, str, str | None]) -> None:
    assert judge(draft)[-1] == expected
