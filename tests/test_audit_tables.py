"""Tables, captions and labels: a column header's qualifier is its cells' ("Cases (approx.)"
makes a bare 22,580 "about 22,580"), a bare cell may state a claim given as a lower bound
("over 3,050": the table drops the qualifier); a labelled caption names what its section's
figures count; a colon next to a figure labels it (docs/audit.md)."""

from __future__ import annotations

import pytest

from desertcheck.audit.qualifiers import header_qualifier

from .test_audit import auditor
from .test_audit_reading2 import judge

LENINGRAD = "euaa-frontelligence-desertions-leningrad-md-dec-2024"  # over 3,050
SOUTHERN = "euaa-frontelligence-desertions-southern-md-dec-2024"  # nearly 22,580
CASES = "Desertion and AWOL cases by military district, as of December 2024.\n\n"


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("Cases (approx.)", "about"),
        ("Cases, to Dec 2024 (approx.)", "about"),
        ("Estimated cases", "about"),
        ("~ cases", "about"),
        ("Более (дел)", "over"),
        ("Cases (at least)", "at-least"),
        ("Max. sentence", "up-to"),
        ("Cases", None),
        ("Maximum sentence", None),  # a measure's name, not a qualifier of its cells
        ("District", None),
        ("Estonia", None),  # "est" inside a word
    ],
)
def test_header_qualifier(text: str, qualifier: str | None) -> None:
    assert header_qualifier(text) == qualifier


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        # a bare cell for a claim stated "over 3,050": supported, the table drops "over"
        (
            "| District | Cases |\n|---|---|\n| Leningrad | 3,050 |\n",
            [("3,050", "supported", LENINGRAD)],
        ),
        # the header hedges its cells: "about 22,580" may retell "nearly 22,580"
        (
            "| District | Cases (approx.) |\n|---|---|\n| Southern | 22,580 |\n",
            [("22,580", "supported", SOUTHERN)],
        ),
        # a bare cell for a claim stated "nearly 22,580": the table drops a hedge as it
        # drops a lower bound
        (
            "| District | Cases |\n|---|---|\n| Southern | 22,580 |\n",
            [("22,580", "supported", SOUTHERN)],
        ),
        # ... but a cell that writes another qualifier than the claim's still drifts
        (
            "| District | Cases |\n|---|---|\n| Southern | over 22,580 |\n",
            [("over 22,580", "qualifier-drift", SOUTHERN)],
        ),
        # the header says "at most": that turns the claim's "over" round
        (
            "| District | Cases (at most) |\n|---|---|\n| Leningrad | 3,050 |\n",
            [("3,050", "qualifier-drift", LENINGRAD)],
        ),
        # a qualifier in the row, for another cell: the cell is not bare, the rule is off
        (
            "| District | Cases | Note |\n|---|---|---|\n| Leningrad | 3,050 | up to 40 units |\n",
            [("3,050", "qualifier-drift", LENINGRAD), ("up to 40", "unsourced", None)],
        ),
    ],
)
def test_table_cells_and_lower_bounds(
    table: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert judge(CASES + table) == expected


@pytest.mark.parametrize(
    ("row", "said"), [("| Leningrad | 3,050 |", "over"), ("| Southern | 22,580 |", "nearly")]
)
def test_bare_cell_explains_the_dropped_qualifier(row: str, said: str) -> None:
    items = auditor().audit(CASES + f"| District | Cases |\n|---|---|\n{row}\n")
    assert items[0].explanation is not None
    assert f"“{said}” dropped by the table" in items[0].explanation.value


@pytest.mark.parametrize(
    "text",
    [
        # in running prose a bare number against "over" stays a drift
        "As of December 2024, 3,050 cases of desertion and AWOL had been reported in "
        "Russia's Leningrad military district.",
        # a bulleted list is prose too
        "Desertion and AWOL cases by December 2024:\n\n- Leningrad district: 3,050 cases\n",
    ],
)
def test_prose_keeps_the_qualifier_drift(text: str) -> None:
    assert [(status, claim) for _, status, claim in judge(text)] == [("qualifier-drift", LENINGRAD)]


# -- captions, labels with a colon, rates named before the figure ---------------------

REFUSAL_CASES = "isl-mediazona-refusal-to-serve-cases-over-20000"
CAPTION = (
    "## Chart 1: the charges\n\n**{label}** Refusal-to-serve cases registered by Russia's "
    "military courts since February 2022.\n\nA paragraph between.\n\n"
    "**Alt text.** A donut of just over 20,000 cases.\n"
)


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        # a labelled caption says what every figure of its section counts
        ("Caption.", ("over 20,000", "supported", REFUSAL_CASES)),
        ("Chart:", ("over 20,000", "supported", REFUSAL_CASES)),
        # a paragraph with another label is no caption, and two paragraphs away, unread
        ("Note.", ("over 20,000", "unsourced", None)),
    ],
)
def test_a_caption_names_its_sections_measure(
    label: str, expected: tuple[str, str, str | None]
) -> None:
    assert judge(CAPTION.format(label=label)) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a colon right before the figure says "is": the label is its subject, and "each
        # month" in it makes the figure a rate
        (
            "Convictions handed down each month in spring 2025: between 700 and 800.",
            ("between 700 and 800", "supported", "isl-mediazona-convictions-per-month-spring-2025"),
        ),
        (
            "New cases arriving each month in spring 2025: around 1,000.",
            ("around 1,000", "supported", "isl-mediazona-new-cases-per-month-spring-2025"),
        ),
        # without the rate words, the figure is a count no claim states
        ("New cases arriving in spring 2025, around 1,000.", ("around 1,000", "unsourced", None)),
        # a colon right after the figure: the words after it are its label
        (
            "5,593: soldiers who faced trial in 2023 for deserting or related offences.",
            ("5,593", "supported", "mt-mediazona-refusal-to-serve-trials-2023"),
        ),
        # a full stop: the next sentence's words are not its own; its number alone, a
        # claim's own of four digits, names the claim (audit/own_number.py)
        (
            "5,593. Soldiers who faced trial in 2023 for deserting or related offences.",
            ("5,593", "supported", "mt-mediazona-refusal-to-serve-trials-2023"),
        ),
    ],
)
def test_a_colon_labels_its_figure(text: str, expected: tuple[str, str, str | None]) -> None:
    assert judge(text) == [expected]


def test_chart_and_card_numbers_are_references() -> None:
    text = "See Chart 2 and Card 4 for the 5,593 soldiers who faced trial in 2023."
    assert judge(text) == [("5,593", "supported", "mt-mediazona-refusal-to-serve-trials-2023")]


NEW_CASES = "isl-mediazona-new-cases-per-month-spring-2025"
CONVICTIONS_A_MONTH = "isl-mediazona-convictions-per-month-spring-2025"
VERDICTS_APRIL = "isl-mediazona-verdicts-april-2025"
AWOL_2021 = "mt-proekt-awol-convictions-2021"
RATES = "## Court rates\n\n*Since December 2024, as our desk counts them.*\n\n"


def test_a_period_cell_gives_its_row_the_period() -> None:
    """A "Period" cell ("spring 2025", "April 2025", "2021 (pre-war)") is its row's period,
    before the caption's: the April 2024 row is a drift, the others are supported."""
    table = (
        "| Figure | Value | Period |\n|---|---|---|\n"
        "| Convictions a month | 700-800 | spring 2025 |\n"
        "| Verdicts in one month | 848 | April 2025 |\n"
        "| Verdicts in one month | 848 | April 2024 |\n"
        "| Soldiers convicted of going AWOL | 527 | 2021 (pre-war) |\n"
    )
    assert judge(RATES + table) == [
        ("700-800", "supported", CONVICTIONS_A_MONTH),
        ("848", "supported", VERDICTS_APRIL),
        ("848", "period-drift", VERDICTS_APRIL),
        ("527", "supported", AWOL_2021),
    ]


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        # a rate word in the row's label makes its cell a rate
        ("Fresh cases each month", ("about 1,000", "supported", NEW_CASES)),
        ("New cases a month", ("about 1,000", "supported", NEW_CASES)),
        # none: a count, which no claim of about 1,000 cases states
        ("Fresh cases", ("about 1,000", "unsourced", None)),
    ],
)
def test_a_rate_word_in_the_row_label(label: str, expected: tuple[str, str, str | None]) -> None:
    table = f"| Figure | Value | Period |\n|---|---|---|\n| {label} | about 1,000 | spring 2025 |\n"
    assert judge(RATES + table) == [expected]


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("New cases received by the courts each month", ("supported", NEW_CASES)),
        ("New cases received by the courts", ("unsourced", None)),
    ],
)
def test_a_rate_word_in_the_column_header(header: str, expected: tuple[str, str | None]) -> None:
    table = f"| Period | {header} |\n|---|---|\n| spring 2025 | about 1,000 |\n"
    assert judge(RATES + table) == [("about 1,000", *expected)]


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        # the header of a cell's own column says what it counts, as a clause would
        ("Soldiers convicted", ("supported", "mt-proekt-awol-convictions-wartime")),
        ("Convictions", ("supported", "mt-proekt-awol-convictions-wartime")),
        # a header that names nothing: the claim's own number in a row whose period is
        # the claim's is supported all the same (the number and the period together)
        ("Figure", ("supported", "mt-proekt-awol-convictions-wartime")),
    ],
)
def test_the_column_header_names_its_cells_measure(
    header: str, expected: tuple[str, str | None]
) -> None:
    table = f"| Period | {header} |\n|---|---|\n| 24 Feb 2022 to 22 Feb 2024 | 4,373 |\n"
    assert judge("## Absence without leave, by Proekt\n\n" + table) == [("4,373", *expected)]


def test_a_claim_of_another_measure_does_not_override_a_fitting_one() -> None:
    """The total row states the district table's own total (50,500 desertion and AWOL
    cases); that another measure's claim (16,000 prosecutions) scores higher on the row's
    few words makes no mismatch: only another scope or period of the fitting claim's own
    measure (the wrong district's figure) does."""
    text = (
        "## Desertion and AWOL, by military district\n\n"
        "*Counted from the invasion to December 2024, as the EUAA quotes it.*\n\n"
        "| District | Cases |\n|---|---|\n| Moscow | nearly 7,780 |\n"
        "| Total, as stated | 50,500 |\n"
    )
    assert judge(text)[-1] == (
        "50,500",
        "supported",
        "euaa-frontelligence-desertions-total-dec-2024",
    )
