"""How the registry's YAML reader resolves a scalar: a table of plain and quoted texts."""

from __future__ import annotations

import pytest

from desertcheck import yamlload

CASES = [
    # plain: the few words and numbers that are not strings
    ("x: ~", None),
    ("x:", None),
    ("x: null", None),
    ("x: NULL", None),
    ("x: true", True),
    ("x: False", False),
    ("x: 12", 12),
    ("x: +12", 12),
    ("x: -12", -12),
    ("x: 1.5", 1.5),
    ("x: .5", 0.5),
    ("x: -.5", -0.5),
    ("x: 1e3", 1000.0),
    ("x: 1.", 1.0),
    # plain, and still strings
    ("x: 010", "010"),
    ("x: NO", "NO"),
    ("x: yes", "yes"),
    ("x: nul", "nul"),
    ("x: 2024-02-22", "2024-02-22"),
    ("x: -x", "-x"),
    ("x: .", "."),
    ("x: +", "+"),
    ("x: 1,000", "1,000"),
    ("x: 12 cases", "12 cases"),
    ("x: tRUE", "tRUE"),
    ("x: ٣", "٣"),
    ("x: 1_000", "1_000"),
    ("x: 0x1F", "0x1F"),
    ("x: .inf", ".inf"),
    # quoted or tagged as a string: always a string
    ("x: '12'", "12"),
    ('x: "true"', "true"),
    ("x: !!str 12", "12"),
    ("x: |\n  12\n", "12\n"),
]


@pytest.mark.parametrize(("text", "value"), CASES)
def test_a_scalar_is_read_as_the_core_schema_says(text: str, value: object) -> None:
    loaded, _ = yamlload.load(text)
    assert loaded == {"x": value}
    assert type(loaded["x"]) is type(value)


def test_a_long_plain_integer_stays_its_text() -> None:
    loaded, _ = yamlload.load("x: " + "7" * (yamlload.MAX_INT_DIGITS + 1))
    assert loaded == {"x": yamlload.TooLong("7" * (yamlload.MAX_INT_DIGITS + 1))}


@pytest.mark.parametrize("key", ["12", "true", "~", "010"])
def test_a_key_is_its_text_whatever_it_looks_like(key: str) -> None:
    loaded, positions = yamlload.load(f"{key}: a\nb: c\n")
    assert loaded == {key: "a", "b": "c"}
    assert positions.of((key,), key=True) == (1, 1)
    assert positions.of(("b",)) == (2, 4)
