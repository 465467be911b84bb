"""Text extracted from a two-column page is read column by column, each figure placed back
where the draft has it; a fixed-width table and plain prose are read as they stand."""

from __future__ import annotations

from desertcheck.audit.columns import two_columns

from .test_audit_reading2 import judge

LEFT = [
    "Reports assembled by the UN Special",
    "Rapporteur put the number of Russian",
    "deserters since 2022 at over 50,000,",
    "or nearly 10% of those deployed.",
    "Frontelligence Insight counted the",
    "cases up to December 2024: Southern",
    "nearly 22,580 and Central nearly",
    "13,800, by district.",
    "The maximum sentences are now up to",
    "15 years for desertion.",
]
RIGHT = [
    "Ukraine's military intelligence says",
    "over 25,000 soldiers left their units",
    "in the Central district between",
    "November 2024 and July 2025, which",
    "the agency repeats in its report.",
    "Mediazona counted the courts' cases,",
    "over 20,000 refusal-to-serve cases to",
    "the end of June 2025 in all, and",
    "more by now, as the courts report",
    "every month in their statistics.",
]
PAGE = "\n".join(f"{a:<44}{b}" for a, b in zip(LEFT, RIGHT, strict=True)) + "\n"


def test_columns_read_in_turn() -> None:
    read = two_columns(PAGE)
    assert read is not None
    assert read.text.startswith("\n".join(LEFT) + "\n")
    assert "\n".join(RIGHT) in read.text
    at = read.text.index("over 25,000")
    assert PAGE[read.start(at) : read.end(at + len("over 25,000"))] == "over 25,000"


def test_two_column_page_audited() -> None:
    got = {(text, status) for text, status, _ in judge(PAGE)}
    # the left column's "December 2024" no longer dates the right column's figure, and
    # "nearly" at a line's end is the next line's figure's, not the other column's
    assert ("over 25,000", "supported") in got
    assert ("nearly\n13,800", "supported") in got or ("nearly 13,800", "supported") in got


def test_fixed_width_table_and_prose_are_not_columns() -> None:
    table = "\n".join(
        f"A{i}   cases registered, all articles   2022-02 .. 2025-06     {i},000  Mediazona via ISL"
        for i in range(12)
    )
    assert two_columns(table) is None
    prose = "\n".join(LEFT + RIGHT)
    assert two_columns(prose) is None
    few = "\n".join(f"{a:<44}{b}" for a, b in zip(LEFT[:5], RIGHT[:5], strict=True))
    assert two_columns(few + "\n" + "\n".join(LEFT * 3)) is None
