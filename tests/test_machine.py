"""The machine writers: CSV cells no spreadsheet runs, JSON without non-finite numbers."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desertcheck.reporters.machine import csv_cell, csv_text, to_json

TRIGGERS = "=+-@＝＋－＠"


@pytest.mark.parametrize(
    ("text", "neutral"),
    [
        ("=SUM(A1)", True),
        (" =SUM(A1)", True),  # spreadsheets skip the leading space
        ("\t=1+1", True),
        ("\n@cmd", True),
        ("\u3000=1", True),  # ideographic space
        ('＝HYPERLINK("x")', True),  # full-width equals sign
        ("＋1", True),
        ("－1", True),
        ("＠SUM(1)", True),
        ("\r", True),
        ("plain text", False),
        ("a=b", False),
        ("50,000 soldiers", False),
        ("", False),
    ],
)
def test_csv_cell_neutralises_formulas(text: str, neutral: bool) -> None:
    assert csv_cell(text) == ("'" + text if neutral else text)


def test_numbers_stay_numbers() -> None:
    assert csv_cell(-5) == -5 and csv_cell(2.5) == 2.5 and csv_cell(True) == "true"
    assert csv_cell(None) == ""


@given(st.text(alphabet=st.sampled_from(" \t\u3000" + TRIGGERS + "ab1"), min_size=1))
def test_no_cell_starts_a_formula_after_white_space(text: str) -> None:
    cell = str(csv_cell(text))
    assert not cell.lstrip().startswith(tuple(TRIGGERS))


def test_csv_text_rows() -> None:
    out = csv_text(["a", "b"], [[" =1", 2]])
    assert out == "a,b\r\n' =1,2\r\n"


@pytest.mark.parametrize("value", [float("inf"), float("-inf"), float("nan"), 10.0**308 * 10])
def test_json_has_no_non_finite_numbers(value: float) -> None:
    text = to_json({"a": [value, {"b": value}], "c": 1.5})

    def refuse(word: str) -> None:
        raise AssertionError(word)

    assert json.loads(text, parse_constant=refuse) == {"a": [None, {"b": None}], "c": 1.5}


class _Code(str):
    """A str subclass, as a StrEnum's member is."""


class _Number(int):
    """An int subclass, as an IntEnum's member is."""


class _Rows(list):  # type: ignore[type-arg]
    """A list subclass: left to json.dumps."""


_SCALARS = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()  # with NaN and infinities: written as null, as before
    | st.text()
    | st.text().map(_Code)
    | st.integers().map(_Number)
    | st.floats().map(lambda x: type("_Float", (float,), {})(x))
)
_JSONISH = st.recursive(
    _SCALARS,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.lists(inner, max_size=3).map(tuple)
        | st.lists(inner, max_size=3).map(_Rows)
        | st.dictionaries(st.text() | st.text().map(_Code), inner, max_size=4)
    ),
    max_leaves=25,
)


def _stdlib(data: object, indent: int | None) -> str:
    """to_json as the standard library's encoder alone writes it."""
    from desertcheck.reporters.machine import _JSON_UNSAFE, _finite

    try:
        text = json.dumps(data, ensure_ascii=False, indent=indent, allow_nan=False)
    except ValueError:
        text = json.dumps(_finite(data), ensure_ascii=False, indent=indent, allow_nan=False)
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


@given(_JSONISH, st.sampled_from([None, 0, 1, 2, 4]))
def test_to_json_writes_what_the_standard_encoder_writes(data: object, indent: int | None) -> None:
    assert to_json(data, indent=indent) == _stdlib(data, indent)


@pytest.mark.parametrize(
    "data",
    [
        {"a": [], "b": {}, "c": [{}], "d": [[], [1, [2.5, None]]]},
        {"x": "\u2028 \x7f \u202e", "y": (1, True, False)},
        # found by hypothesis: DEL alone is ASCII, and the ASCII shortcut wrote it raw
        "\x7f",
        {"x": "abc\x7f"},
        {1: "int key", None: "null key", 2.5: "float key", False: "bool key"},
        {"n": float("nan"), "big": [1e400]},
        "a string alone",
        [10**30, -0.0, 1e-7],
    ],
)
def test_to_json_same_text_on_edge_cases(data: object) -> None:
    assert to_json(data) == _stdlib(data, 2)


def test_to_json_refuses_what_the_standard_encoder_refuses() -> None:
    with pytest.raises(TypeError):
        to_json({"set": {1, 2}})
    with pytest.raises(TypeError):
        to_json({(1, 2): "tuple key"})


_IDS = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=12)


@given(
    st.lists(
        st.tuples(_IDS, st.sampled_from(["verified", "error"]), st.none() | st.integers()),
        max_size=5,
    )
)
def test_verify_json_writes_the_claims_as_to_json_writes_them(rows: list[Any]) -> None:
    """The verify report writes its claims' list itself (ten thousand claims are most of
    the text): the same text as to_json's of the whole, escapes of controls included."""
    from desertcheck.registry import Registry
    from desertcheck.reporters import Options
    from desertcheck.reporters.verify_json import SCHEMA, report
    from desertcheck.verify import ClaimStatus, VerifyResult, _plain_status

    statuses = tuple(
        ClaimStatus(cid, status, line, ()) if status != "verified" else _plain_status(cid, line)
        for cid, status, line in rows
    )
    registry = Registry(Path("."), {}, {}, (), (), (), {})
    result = VerifyResult(registry, (), statuses)
    text = report(result, Options())
    assert text == to_json({"schema": SCHEMA, **result.to_dict()}) + "\n"
    assert [c["id"] for c in json.loads(text)["claims"]] == [c.id for c in statuses]


def test_a_plain_claim_status_is_the_one_its_constructor_makes() -> None:
    from desertcheck.verify import ClaimStatus, _plain_status

    made = _plain_status("c-1", 12)
    built = ClaimStatus("c-1", "verified", 12, ())
    assert made == built and hash(made) == hash(built)
    assert (made.codes, made.accepted) == ((), ())


@pytest.mark.parametrize(
    "text",
    ['plain ASCII \\n "quoted"', "caf\u00e9 \u2014 ok", "bidi \u202e here", "del \u007f c1 \u0085"],
)
def test_terminal_safe_escapes_what_json_dumps_would_leave(text: str) -> None:
    """ASCII text is passed through untouched; anything else as the escaping pattern says."""
    from desertcheck.reporters.machine import _JSON_UNSAFE, terminal_safe

    expected = _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
    assert terminal_safe(text) == expected
    if text.isascii():
        assert terminal_safe(text) is text
