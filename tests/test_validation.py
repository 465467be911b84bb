"""The model's own validation (desertcheck.validation, desertcheck.records): each problem in
the shape explain.py reads (type, loc, msg, input, ctx), nothing coerced, and records that
are frozen, compared with where they were read, and copied and pickled whole."""

from __future__ import annotations

import pickle
from dataclasses import FrozenInstanceError
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desertcheck.model import Acceptance, Claim, Origin, Relation, SourceMeta, Where
from desertcheck.validation import ValidationError
from desertcheck.yamlload import TooLong

CLAIM = {
    "id": "a",
    "statement": "s",
    "value": 1,
    "unit": "u",
    "measure": "m",
    "scope": "s",
    "period": "2024",
    "source": "x",
    "quote": "q",
}
RANGE = "tuple[union[int,float], union[int,float]]"
NUMBER = [("int_type", ("value", "int")), ("float_type", ("value", "float"))]


def problems(model: Any, data: dict[str, Any]) -> list[tuple[str, tuple[Any, ...], str]]:
    with pytest.raises(ValidationError) as info:
        model.model_validate(data)
    return [(e["type"], e["loc"], e["msg"]) for e in info.value.errors()]


def kinds(model: Any, data: dict[str, Any]) -> list[tuple[str, tuple[Any, ...]]]:
    return [(kind, loc) for kind, loc, _ in problems(model, data)]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("12", [*NUMBER, ("tuple_type", ("value", RANGE))]),
        (True, [*NUMBER, ("tuple_type", ("value", RANGE))]),  # a bool is no number
        (None, [*NUMBER, ("tuple_type", ("value", RANGE))]),
        (TooLong("1" * 40), [*NUMBER, ("tuple_type", ("value", RANGE))]),
        (
            float("inf"),
            [*NUMBER[:1], ("finite_number", ("value", "float")), ("tuple_type", ("value", RANGE))],
        ),
        ([1], [*NUMBER, ("missing", ("value", RANGE, 1))]),
        ([1, 2, 3], [*NUMBER, ("too_long", ("value", RANGE))]),
        (
            [1, "a"],
            [
                *NUMBER,
                ("int_type", ("value", RANGE, 1, "int")),
                ("float_type", ("value", RANGE, 1, "float")),
            ],
        ),
        ([2, 1], [("value_error", ("value",))]),
        ([1, 2], [("value_error", ("qualifier",))]),  # a range needs between
    ],
)
def test_value_problems(value: Any, expected: list[tuple[str, tuple[Any, ...]]]) -> None:
    assert kinds(Claim, {**CLAIM, "value": value}) == expected


def test_messages_are_worded_as_explain_reads_them() -> None:
    said = problems(
        Claim,
        {**CLAIM, "qualifier": "bogus", "tags": ["a", 1, "B B"], "cumulative": 1, "zzz": 1},
    )
    assert said == [
        (
            "literal_error",
            ("qualifier",),
            "Input should be 'exactly', 'about', 'over', 'at-least', 'nearly', 'up-to' or "
            "'between'",
        ),
        ("bool_type", ("cumulative",), "Input should be a valid boolean"),
        ("string_type", ("tags", 1), "Input should be a valid string"),
        (
            "value_error",
            ("tags", 2),
            "Value error, 'B B' is not a valid id: use lowercase letters, digits and single "
            "hyphens, like b-b",
        ),
        ("extra_forbidden", ("zzz",), "Extra inputs are not permitted"),
    ]
    with pytest.raises(ValidationError) as info:
        Claim.model_validate({**CLAIM, "qualifier": "bogus"})
    error = info.value.errors()[0]
    assert error["input"] == "bogus"
    assert error["ctx"] == {
        "expected": "'exactly', 'about', 'over', 'at-least', 'nearly', 'up-to' or 'between'"
    }


def test_missing_fields_in_order_then_unknown_ones() -> None:
    data = {k: v for k, v in CLAIM.items() if k not in ("id", "quote")}
    assert kinds(Claim, {**data, "vlaue": 1, 1: 2}) == [
        ("missing", ("id",)),
        ("missing", ("quote",)),
        ("extra_forbidden", ("vlaue",)),
        ("invalid_key", (1,)),
    ]


def test_a_list_of_mappings_is_read_item_by_item() -> None:
    assert kinds(Claim, {**CLAIM, "accept": [1, {"code": "contradiction"}, {"code": "x"}]}) == [
        ("model_type", ("accept", 0)),
        ("missing", ("accept", 1, "reason")),
        ("value_error", ("accept", 2, "code")),
        ("missing", ("accept", 2, "reason")),
    ]
    twice = [{"code": "contradiction", "reason": "r"}, {"code": "contradiction", "reason": "s"}]
    assert problems(Claim, {**CLAIM, "accept": twice}) == [
        (
            "value_error",
            ("accept",),
            "Value error, contradiction is accepted twice: keep one, with one reason",
        )
    ]


def test_relation_parts() -> None:
    relation = {"id": "r", "kind": "sum", "whole": "w"}
    assert problems(Relation, {**relation, "parts": []}) == [
        ("too_short", ("parts",), "Tuple should have at least 1 item after validation, not 0")
    ]
    assert kinds(Relation, {**relation, "parts": [1]}) == [
        ("string_type", ("parts", 0)),
        ("too_short", ("parts",)),  # no valid part is left: too few, as well
    ]
    # the relation as a whole is checked only when every field is valid
    assert problems(Relation, {**relation, "parts": ["a", "a"]}) == [
        ("value_error", (), "Value error, part 'a' is listed twice")
    ]
    assert kinds(Relation, {**relation, "parts": ["a", "a"], "kind": "x"}) == [
        ("literal_error", ("kind",))
    ]


def test_dates_and_periods_read_with_their_hints() -> None:
    assert problems(
        SourceMeta, {"title": "t", "publisher": "p", "language": "en", "published": "2024-02-30"}
    ) == [("value_error", ("published",), "Value error, '2024-02-30' is not a real date")]
    said = problems(Claim, {**CLAIM, "period": "x"})
    assert said == [
        (
            "value_error",
            ("period",),
            "Value error, invalid period: 'x' is not a date: write YYYY, YYYY-MM or "
            "YYYY-MM-DD, or START/END for a span",
        )
    ]
    claim = Claim.model_validate({**CLAIM, "period": 2024})  # a year written as a number
    assert str(claim.period) == "2024"
    origin = Origin.model_validate({"title": "t", "published": None})
    assert origin.published is None


def test_values_defaults_and_fields_set() -> None:
    claim = Claim.model_validate(
        {**CLAIM, "value": [1, 2.5], "qualifier": "between", "tags": ["b"]},
        context={"where": Where("claims/a.yaml", 3, 5)},
    )
    assert claim.value == (1, 2.5)
    assert claim.tags == ("b",)
    assert claim.cumulative is False and claim.accept == () and claim.note is None
    assert claim.model_fields_set == {*CLAIM, "qualifier", "tags"}
    assert (claim.file, claim.line) == ("claims/a.yaml", 3)
    assert Claim.model_validate(CLAIM).where == Where("")
    dumped = claim.model_dump(mode="json")
    assert dumped["value"] == [1, 2.5] and dumped["tags"] == ["b"] and dumped["period"] == "2024"
    assert claim.model_dump()["tags"] == ("b",)
    assert Claim.model_validate(dumped).model_dump(mode="json") == dumped


def test_field_values_are_the_fields_in_order() -> None:
    from desertcheck.records import _getter

    claim = Claim.model_validate({**CLAIM, "tags": ["b"]})
    assert claim.field_values() == tuple(getattr(claim, name) for name in Claim.model_fields)
    assert claim.field_values()[list(Claim.model_fields).index("tags")] == ("b",)
    accept = Acceptance.model_validate({"code": "contradiction", "reason": "r"})
    assert accept.field_values() == ("contradiction", "r")
    # one name, or none, is a tuple too (a getter of one attribute gives it bare)
    assert _getter(("reason",))(accept) == ("r",) and _getter(())(accept) == ()


def test_records_are_frozen_compared_copied_and_pickled_whole() -> None:
    where = Where("claims/a.yaml", 3, 5, (("id", 3, 9),))
    accept = [{"code": "contradiction", "reason": "r"}]
    claim = Claim.model_validate({**CLAIM, "accept": accept}, context={"where": where})
    with pytest.raises(FrozenInstanceError):
        claim.id = "b"  # type: ignore[misc]
    with pytest.raises(FrozenInstanceError):
        del claim.id  # type: ignore[misc]
    assert isinstance(claim.accept[0], Acceptance)
    back = pickle.loads(pickle.dumps(claim))
    assert back == claim and back.where == where and hash(back) == hash(claim)
    assert back.model_fields_set == claim.model_fields_set
    elsewhere = Claim.model_validate({**CLAIM, "accept": accept})
    assert elsewhere != claim  # the same fields read at another place
    copy = claim.model_copy(update={"id": "b"})
    assert (copy.id, copy.where, copy.quote) == ("b", where, claim.quote)


def test_a_mapping_is_required() -> None:
    assert problems(Claim, [1]) == [  # type: ignore[arg-type]
        ("model_type", (), "Input should be a valid dictionary or instance of Claim")
    ]


_SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(),
    st.text(max_size=8),
    st.lists(st.one_of(st.integers(), st.text(max_size=3)), max_size=3),
)


@given(st.dictionaries(st.sampled_from([*CLAIM, "qualifier", "tags", "x"]), _SCALARS))
def test_any_mapping_is_a_claim_or_problems_at_its_fields(data: dict[str, Any]) -> None:
    try:
        claim = Claim.model_validate({**CLAIM, **data})
    except ValidationError as exc:
        for error in exc.errors():
            assert error["loc"] and error["loc"][0] in {*CLAIM, "qualifier", "tags", "x"}
            assert error["msg"]
    else:
        assert isinstance(claim.value, int | float | tuple)
        assert not isinstance(claim.value, bool)


@pytest.mark.parametrize(
    ("value", "said"),
    [
        ("nächtigungen", "(letters a-z only: write ä as ae or a, é as e)"),
        ("Desertion Cases", "single hyphens, like desertion-cases"),
        ("desertion--cases", "single hyphens, like desertion-cases"),
    ],
)
def test_an_invalid_id_says_how_to_write_it(value: str, said: str) -> None:
    with pytest.raises(ValidationError) as info:
        Claim.model_validate({**CLAIM, "measure": value})
    assert said in str(info.value)
