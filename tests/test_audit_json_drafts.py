"""A draft saved as JSON (a CMS's export of its fact boxes) is read as its values: an
object with a value and its label, unit, qualifier or period fields is one figure with its
context; strings of words are prose; ids, revisions, timestamps, versions, an image's size
and a word count are no figures; each figure is placed on the file's line where its value
stands. The drafts are written for these tests; the claims are the shipped registry's."""

from __future__ import annotations

import pytest

from desertcheck.audit.json_drafts import is_json, read_json
from desertcheck.audit.json_text import scalars

from .test_audit_mail_notebook import placed as placed_in
from .test_audit_reading2 import auditor


def placed(text: str) -> list[tuple[int, str, str, str | None]]:
    return placed_in(text, "box.json")


ITEM = (
    '{{"key": "k", "label": "{label}", "value": {value}, "unit": "{unit}", '
    '"qualifier": {qualifier}, "period": "{period}", "source": "{source}"}}'
)


def box(*items: str, extra: str = "") -> str:
    rows = ",\n    ".join(items)
    return (
        '{\n  "id": "fb-1",\n  "revision": 17,\n  "updated": "2026-10-27T17:40:00Z",\n'
        f'  "headline": "In numbers",\n  "items": [\n    {rows}\n  ],\n{extra}'
        '  "word_count": 412\n}\n'
    )


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        # the qualifier field qualifies the bare value: over 50,000 since 2022
        (
            ITEM.format(
                label="Soldiers who deserted",
                value=50000,
                unit="soldiers",
                qualifier='"over"',
                period="since 2022",
                source="UN Special Rapporteur",
            ),
            (7, "over 50000", "supported", "euaa-un-desertions-since-2022"),
        ),
        # a value written as a string, its qualifier "nearly"
        (
            ITEM.format(
                label="Southern Military District",
                value='"22,580"',
                unit="cases",
                qualifier='"nearly"',
                period="Feb 2022 to Dec 2024",
                source="Frontelligence Insight",
            ),
            (
                7,
                "nearly 22,580",
                "supported",
                "euaa-frontelligence-desertions-southern-md-dec-2024",
            ),
        ),
        # the unit field says per month; a null qualifier is none
        (
            ITEM.format(
                label="Convictions",
                value='"700-800"',
                unit="convictions per month",
                qualifier="null",
                period="spring 2025",
                source="Mediazona",
            ),
            (7, "700-800", "supported", "isl-mediazona-convictions-per-month-spring-2025"),
        ),
        # the unit field's wrong unit of time is a mismatch
        (
            ITEM.format(
                label="Convictions in 2023",
                value=100,
                unit="convictions per day",
                qualifier='"about"',
                period="2023",
                source="Mediazona",
            ),
            (7, "about 100", "mismatch", "mt-mediazona-refusal-to-serve-convictions-per-week-2023"),
        ),
    ],
)
def test_an_items_fields_are_its_figures_context(
    item: str, expected: tuple[int, str, str, str | None]
) -> None:
    assert placed(box(item)) == [expected]


def test_metadata_is_no_figure_and_prose_is_read() -> None:
    extra = (
        '  "image": {"src": "/media/map-2.png", "width": 1200, "height": 675},\n'
        '  "body": "Mediazona counted 848 verdicts in April 2025.",\n'
        '  "site_id": 4021,\n  "cms_version": "5.12.3",\n'
    )
    assert placed(box(extra=extra).replace("    \n", "")) == [
        (9, "848", "supported", "isl-mediazona-verdicts-april-2025")
    ]


def test_other_numbers_are_read_with_their_keys() -> None:
    text = '{"poll": {"question": "Should deserters stay?", "yes_pct": 63, "revision": 4}}'
    read = read_json(text)
    assert read is not None
    assert "yes pct: 63." in read.text
    assert "4" not in read.text
    assert [it.figure.text for it in auditor().audit(text, "poll.json")] == ["63"]


def test_a_fields_place_maps_back_to_the_file() -> None:
    text = '{"items": [{"label": "Share", "unit": "%", "value": 10, "qualifier": "nearly"}]}'
    read = read_json(text)
    assert read is not None
    at = read.text.index("nearly 10 %")
    # the qualifier read before the value, and the unit after it, map to the value's place
    assert read.start(at) == text.index("10")
    assert read.end(at + len("nearly 10 %")) == text.index("10") + 2


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("box.json", "not json at all", True),
        ("draft.md", '{"headline": "x"}', True),
        ("draft.md", '[{"value": 1}]\n', True),
        ("draft.md", "{braces} in a sentence", False),
        ("draft.md", "Over 50,000 deserted.", False),
    ],
)
def test_is_json(name: str, text: str, expected: bool) -> None:
    assert is_json(name, text) is expected


def test_broken_json_is_read_as_it_stands() -> None:
    text = '{"body": "Mediazona counted 848 verdicts in April 2025.",\n'
    assert read_json(text) is None
    assert [it.figure.text for it in auditor().audit(text, "broken.json")] == ["848"]


def test_scalars_give_each_value_its_path_and_span() -> None:
    text = '{"a": [1, "two", {"b": null}], "c": -2.5e3}'
    got = [(path, text[s:e]) for path, s, e in scalars(text)]
    assert got == [
        (("a", 0), "1"),
        (("a", 1), '"two"'),
        (("a", 2, "b"), "null"),
        (("c",), "-2.5e3"),
    ]


def test_a_note_beside_a_figure_is_read() -> None:
    """Found in a stats page's data: a figure's object with a note of words beside its
    value, label and period; the note was not read."""
    text = (
        '{"items": [{"label": "Verdicts in April 2025", "value": 848, "id": "v-4",\n'
        '  "note": "38 for every working day", "caption": "Mediazona court data"}]}'
    )
    read = read_json(text)
    assert read is not None
    assert read.text == (
        "\n\nVerdicts in April 2025: 848. 38 for every working day Mediazona court data\n"
    )
