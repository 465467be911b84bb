"""A draft saved as TOML (a static site's data file) is read as a JSON draft is: a stat's
table one figure with its label, qualifier and period; a note's text prose; a page's
weight, a height, a colour and a date no figures; a comment not read. The files are
written for these tests; the claims are the shipped registry's."""

from __future__ import annotations

import pytest

from desertcheck.audit.toml_drafts import is_toml, literals, read_toml

from .test_audit_mail_notebook import placed as placed_in


def placed(text: str) -> list[tuple[int, str, str, str | None]]:
    return placed_in(text, "stats.toml")


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        # a stat's qualifier is its own; its weight, the page's height and date no figures
        (
            '[params]\nupdated = 2026-11-14T09:30:00Z\nheight = 420\ncolour = "#b03a2e"\n'
            '[[stats]]\nlabel = "Soldiers who deserted since 2022"\nqualifier = "over"\n'
            "value = 50_000\nweight = 10\n"
            '[[stats]]\nlabel = "AWOL cases to June 2025"\nvalue = "18,159"\nweight = 20\n',
            [
                (7, "over 50_000", "supported", "euaa-un-desertions-since-2022"),
                (12, "18,159", "supported", "isl-mediazona-awol-cases"),
            ],
        ),
        # a note's multi-line string is prose, each figure on its line; a comment not read
        (
            '[notes]\n# value = 18_519 (old)\ntext = """\n'
            "Mediazona counted 18,159 AWOL cases to June 2025.\n"
            'The UN puts desertions at over 50,000 since 2022."""\n',
            [
                (4, "18,159", "supported", "isl-mediazona-awol-cases"),
                (5, "over 50,000", "supported", "euaa-un-desertions-since-2022"),
            ],
        ),
    ],
)
def test_a_toml_draft_is_read_as_its_values(
    page: str, expected: list[tuple[int, str, str, str | None]]
) -> None:
    got = placed(page)
    assert [(line, status, claim) for line, _, status, claim in got] == [
        (line, status, claim) for line, _, status, claim in expected
    ]


@pytest.mark.parametrize(
    ("page", "read"),
    [
        ('[[s]]\nlabel = "AWOL cases"\nvalue = 18_159\n', "\n\nAWOL cases: 18159.\n"),
        ("x = 0.62\nweight = 3\ncolour = 'red'\nn = 5\n", "\n\nn: 5.\n"),
        ("note = 'over 16,000 cases'\n", "\n\nover 16,000 cases\n"),
        ('note = "over 16,000\\u00a0cases"\n', "\n\nover 16,000\u00a0cases\n"),
        # a note beside a figure is read: a line of it after the figure, a longer one a
        # paragraph of its own (a key after a table's values belongs to that table)
        (
            '[[s]]\nlabel = "Verdicts in April 2025"\nvalue = 848\nnote = "38 a working day"\n'
            'text = """\nOver 50,000 deserted.\nMore since."""\nweight = 3\n',
            "\n\nVerdicts in April 2025: 848. 38 a working day\n\nOver 50,000 deserted.\n"
            "More since.\n",
        ),
        # an inline table and an array of them, dotted keys, quoted keys
        (
            'a.b = { label = "AWOL cases", value = 18159 }\n"c d" = [1_000, 2]\n',
            "\n\nAWOL cases: 18159.\n\nc d: 1000.\n\nc d: 2.\n",
        ),
    ],
)
def test_values_are_read_as_a_json_drafts(page: str, read: str) -> None:
    got = read_toml(page)
    assert got is not None
    assert got.text == read


def test_tables_of_arrays_of_tables_find_their_values() -> None:
    page = (
        "[[stats]]\nlabel = 'a'\n[[stats.points]]\nvalue = 1\n[[stats.points]]\nvalue = 2\n"
        "[[stats]]\nlabel = 'b'\n[[stats.points]]\nvalue = 3\n"
    )
    assert [path for path, _, _ in literals(page) or []] == [
        ("stats", 0, "label"),
        ("stats", 0, "points", 0, "value"),
        ("stats", 0, "points", 1, "value"),
        ("stats", 1, "label"),
        ("stats", 1, "points", 0, "value"),
    ]


def test_a_file_that_is_no_toml_is_read_as_it_stands() -> None:
    assert read_toml("a = [1, 2\nb = }") is None
    assert read_toml("a = " + "[" * 2000 + "]" * 2000) is None
    assert is_toml("stats-page.TOML") and not is_toml("draft.md")


@pytest.mark.parametrize(
    ("page", "read"),
    [
        # a multi-line basic string's escapes read as tomllib reads them: a line end, a tab,
        # a code point, a quote; a backslash that ends a line joins the lines
        (
            'note = """\nOver 50,000 deserted.\\nOf them,\\u00a016,000 were \\\n'
            '   prosecuted.\\t\\"Since 2022\\"."""\n',
            '\n\nOver 50,000 deserted.\nOf them,\u00a016,000 were prosecuted.\t"Since 2022".\n',
        ),
        # a backslash right after the opening quotes: the string starts on the next line
        (
            'note = """\\\n    Over 50,000 deserted since 2022."""\n',
            "\n\nOver 50,000 deserted since 2022.\n",
        ),
        # a one-line basic string reads TOML's escapes, JSON's and its own (\U)
        ('note = "over 16,000\\U0001F4CA cases"\n', "\n\nover 16,000\U0001f4ca cases\n"),
        # a literal string keeps its backslashes
        ("note = '''\nOver 50,000\\n deserted.'''\n", "\n\nOver 50,000\\n deserted.\n"),
    ],
)
def test_a_basic_strings_escapes_are_read_as_tomllib_reads_them(page: str, read: str) -> None:
    got = read_toml(page)
    assert got is not None
    assert got.text == read
    # each digit read stands where the file writes it
    for i, c in enumerate(got.text):
        if c.isdigit():
            assert page[got.start(i)] == c


def test_a_figure_after_an_escaped_line_end_is_placed_on_its_line() -> None:
    page = (
        'note = """\nThe UN counts 50,000 deserters \\\n  since 2022.\\n'
        'Mediazona counted 18,159 AWOL cases to June 2025."""\n'
    )
    assert [(line, text) for line, text, _, _ in placed(page)] == [
        (2, "50,000"),
        (3, "18,159"),
    ]


@pytest.mark.parametrize(
    ("page", "read"),
    [
        # the value as the page shows it is read beside the value, not as a sentence of its own
        (
            '[[s]]\nlabel = "Military personnel under the 2024 decree"\nvalue = 1_500_000\n'
            'display = "1.5 million"\n',
            "\n\nMilitary personnel under the 2024 decree: 1500000 (1.5 million).\n",
        ),
        (
            '[[s]]\nlabel = "Deserters"\nvalue = 50000\nshown = "~50 thousand"\n',
            "\n\nDeserters: 50000 (~50 thousand).\n",
        ),
        # a note of more words stays a note after the figure
        (
            '[[s]]\nlabel = "Verdicts in April 2025"\nvalue = 848\nnote = "38 per working day"\n',
            "\n\nVerdicts in April 2025: 848. 38 per working day\n",
        ),
    ],
)
def test_the_value_as_shown_is_read_beside_the_value(page: str, read: str) -> None:
    got = read_toml(page)
    assert got is not None
    assert got.text == read


def test_the_value_as_shown_gets_the_values_verdict() -> None:
    page = (
        '[[s]]\nlabel = "Military personnel under the 2024 decree"\nvalue = 1_500_000\n'
        'display = "1.5 million"\n'
    )
    assert [(line, status, claim) for line, _, status, claim in placed(page)] == [
        (3, "supported", "isl-putin-decree-military-personnel"),
        (4, "supported", "isl-putin-decree-military-personnel"),
    ]
