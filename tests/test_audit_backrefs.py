"""A bare figure that says again a hedged figure of the same draft, for the same claim,
refers to it: `supported`, not a `qualifier-drift`. A bare figure with no hedged one to
refer to, or one that changes the qualifier, is judged as before. The drafts are written
for these tests."""

from __future__ import annotations

import pytest

from .test_audit_reading2 import judge

#: the rapporteur's figure, as two sources report it
_SAME_STATEMENT = ("euaa-un-desertions-since-2022", "nge-un-desertions-since-2022")
_HEDGED = "The UN rapporteur says more than 50,000 soldiers have deserted since 2022."


@pytest.mark.parametrize(
    ("draft", "last"),
    [
        # the hedged figure first, then the bare one that refers to it
        (f"{_HEDGED}\n\nThose 50,000 deserters are a fraction of the army.\n",
         ("50,000", "supported", "euaa-un-desertions-since-2022")),
        # a heading over the section that hedges it
        (f"## 50,000 deserters since 2022\n\n{_HEDGED}\n",
         ("more than 50,000", "supported", "euaa-un-desertions-since-2022")),
        # alone, the bare figure drops the claim's "over"
        ("Those 50,000 deserters since 2022 are a fraction of the army, the UN rapporteur "
         "says.\n", ("50,000", "qualifier-drift", "euaa-un-desertions-since-2022")),
        # said afresh, with nothing that points back: a drift, though said hedged above
        (f"{_HEDGED}\n\n50,000 soldiers have deserted since 2022, the UN says.\n",
         ("50,000", "qualifier-drift", "euaa-un-desertions-since-2022")),
        # a heading's section is below it: the hedged figure above is another section's
        (f"{_HEDGED}\n\n## 50,000 deserters since 2022\n\nNothing else.\n",
         ("50,000", "qualifier-drift", "euaa-un-desertions-since-2022")),
        # a qualifier that changes the claim's is no reference: still a drift
        (f"{_HEDGED}\n\nNearly 50,000 soldiers have deserted since 2022, the UN says.\n",
         ("Nearly 50,000", "qualifier-drift", "euaa-un-desertions-since-2022")),
    ],
)  # fmt: skip
def test_a_bare_figure_refers_to_the_hedged_one(
    draft: str, last: tuple[str, str, str | None]
) -> None:
    figure, status, claim = judge(draft)[-1]
    assert (figure, status) == last[:2]
    assert claim in _SAME_STATEMENT


def test_the_heading_is_supported_by_its_section() -> None:
    figure, status, claim = judge(f"## 50,000 deserters since 2022\n\n{_HEDGED}\n")[0]
    assert (figure, status) == ("50,000", "supported")
    assert claim in _SAME_STATEMENT


def test_a_bare_figure_said_again_with_its_qualifier_right_after() -> None:
    # "50,000." first; the next sentence gives its "more than"
    figure, status, claim = judge(f"Soldiers who deserted since 2022: 50,000. {_HEDGED}\n")[0]
    assert (figure, status) == ("50,000", "supported")
    assert claim in _SAME_STATEMENT
    # a paragraph later, it explains nothing: a drift
    draft = f"Soldiers who deserted since 2022: 50,000.\n\n{_HEDGED}\n"
    assert judge(draft)[0][:2] == ("50,000", "qualifier-drift")


def test_a_bare_figure_explained_later_in_its_own_sentence() -> None:
    # a reader's question quotes the bare number; the answer, in the same sentence, gives
    # the claim's "more than"
    draft = (
        "Reader asks: “where does the 50,000 deserters figure come from?” — the UN "
        "rapporteur says more than 50,000 soldiers have deserted since 2022.\n"
    )
    figure, status, claim = judge(draft)[0]
    assert (figure, status) == ("50,000", "supported")
    assert claim in _SAME_STATEMENT
    # said hedged first, then bare in the same sentence: it drops the hedge it has said
    draft = (
        "The UN rapporteur says more than 50,000 soldiers have deserted since 2022, "
        "50,000 deserters in all.\n"
    )
    assert judge(draft)[-1][:2] == ("50,000", "qualifier-drift")
