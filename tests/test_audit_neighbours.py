"""A figure that is one claim's number, in a clause that names the measure of a neighbouring
claim of the same source (and says no word of its own claim's measure that the other
lacks), is a `mismatch` of the neighbour: "5,260 desertion cases" where the source counts
5,260 AWOL cases and 501 desertion cases. A clause that names its own claim's measure, or
none, keeps its verdict. The drafts are written for these tests."""

from __future__ import annotations

import pytest

from .test_audit_reading2 import judge

AWOL_OPENED = "mt-proekt-awol-cases-opened-2022-2023"  # 5,260
DESERTION_OPENED = "mt-proekt-desertion-cases-opened-2022-2023"  # 501
SINCE_INVASION = "mt-proekt-refusal-to-serve-convictions-since-invasion"  # over 4,600


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the desertion count's words, the AWOL count's number
        (
            "Over 2022 and 2023 investigators opened 5,260 cases of desertion, Proekt found.",
            ("5,260", "mismatch", DESERTION_OPENED),
        ),
        (
            "Proekt's tally for 2022 and 2023 was 5,260 desertion cases opened.",
            ("5,260", "mismatch", DESERTION_OPENED),
        ),
        # each figure with its own measure's words: both supported
        (
            "Over 2022 and 2023 investigators opened 5,260 cases of going AWOL, Proekt found, "
            "and 501 of desertion.",
            ("5,260", "supported", AWOL_OPENED),
        ),
        (
            "Over 2022 and 2023 investigators opened 5,260 cases of going AWOL, Proekt found, "
            "and 501 of desertion.",
            ("501", "supported", DESERTION_OPENED),
        ),
        # the clause says the chosen claim's own words too: it keeps its claim
        (
            "Proekt counted 5,260 cases opened for going AWOL, not for desertion, in 2022 "
            "and 2023.",
            ("5,260", "supported", AWOL_OPENED),
        ),
        # the neighbour's word said of a part of the figure, after it: not of the figure
        (
            "By early 2024 Proekt had found more than 4,600 soldiers convicted of desertion "
            "and related crimes since the invasion, nearly all of them for going AWOL.",
            ("more than 4,600", "supported", SINCE_INVASION),
        ),
        # the neighbour's words are the next figure's
        (
            "Proekt says investigators opened 5,260 cases for going AWOL in 2022 and 2023 "
            "and 501 desertion cases.",
            ("5,260", "supported", AWOL_OPENED),
        ),
    ],
)
def test_a_neighbours_number_under_the_other_measures_words(
    text: str, expected: tuple[str, str, str | None]
) -> None:
    assert expected in judge(text)
