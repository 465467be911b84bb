"""What a table's header and the paragraph after it say of its cells: a column headed
"Rounded" holds its row's figure rounded, said as such (about it, not a false exact
figure); the paragraph after a table is its note in its first sentence only, so a later
sentence's period ("…gave it for 2024 alone") dates none of its rows. The drafts are
written for these tests."""

from __future__ import annotations

from .test_audit_reading2 import judge

ROUNDED = (
    "# Court figures\n\n"
    "| Measure | Count | Rounded |\n"
    "|---|---|---|\n"
    "| AWOL cases under Article 337 | 18,159 | 18.2k |\n"
    "| Disobedience cases under Article 332 | 1,369 | 1.9k |\n"
)

NOTE_AFTER = (
    "# Districts\n\n"
    "| District | Desertion cases |\n"
    "|---|---|\n"
    "| Moscow military district | nearly 7,780 |\n"
    "| Leningrad military district | over 3,050 |\n\n"
    "Each cell is Frontelligence's estimate. Our earlier note gave the Moscow figure for "
    "2024 alone; that was wrong.\n"
)

NOTE_WITH_PERIOD = (
    "# Districts\n\n"
    "| District | Desertion cases |\n"
    "|---|---|\n"
    "| Moscow military district | nearly 7,780 |\n\n"
    "Frontelligence's estimates for 2024 alone. They are rounded.\n"
)


def test_a_rounded_column_says_its_cells_are_rounded() -> None:
    assert judge(ROUNDED) == [
        ("18,159", "supported", "isl-mediazona-awol-cases"),
        ("18.2k", "supported", "isl-mediazona-awol-cases"),
        ("1,369", "supported", "isl-mediazona-disobedience-cases"),
        ("1.9k", "mismatch", "isl-mediazona-disobedience-cases"),  # rounded, still wrong
    ]


def test_a_later_sentence_after_a_table_dates_none_of_its_rows() -> None:
    assert judge(NOTE_AFTER) == [
        ("nearly 7,780", "supported", "euaa-frontelligence-desertions-moscow-md-dec-2024"),
        ("over 3,050", "supported", "euaa-frontelligence-desertions-leningrad-md-dec-2024"),
    ]


def test_the_first_sentence_after_a_table_dates_its_rows() -> None:
    assert judge(NOTE_WITH_PERIOD) == [
        ("nearly 7,780", "period-drift", "euaa-frontelligence-desertions-moscow-md-dec-2024"),
    ]
