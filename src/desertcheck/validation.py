"""The kinds of value a record's field takes, each checking a value and giving its schema.

A :class:`Kind` says what a value must be — a strict string, bool or number, a choice, a
list read as a tuple, a date parsed from its text — and nothing is coerced: ``"12"`` is no
number, ``true`` no 1, ``.inf`` no statistic. Each problem is a dict of ``type``, ``loc``,
``msg``, ``input`` (and ``ctx``): the shape, and the words, that
:mod:`desertcheck.registry.explain` turns into findings. :mod:`desertcheck.records` reads a
mapping into a record with them.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, NotRequired, TypedDict

if TYPE_CHECKING:
    from desertcheck.records import Record

Loc = tuple[str | int, ...]


class ErrorDetails(TypedDict):
    """One problem: its kind, where (a path of field names and list indexes), what to say."""

    type: str
    loc: Loc
    msg: str
    input: Any
    ctx: NotRequired[dict[str, Any]]


class ValidationError(ValueError):
    """The problems of one mapping read into a record, each as :class:`ErrorDetails`."""

    def __init__(self, title: str, errors: list[ErrorDetails]) -> None:
        self.title = title
        self._errors = errors
        super().__init__(f"{len(errors)} problem(s) reading a {title}")

    def errors(self) -> list[ErrorDetails]:
        return list(self._errors)

    def __str__(self) -> str:
        lines = [f"{len(self._errors)} validation error(s) for {self.title}"]
        for e in self._errors:
            lines.append(".".join(str(p) for p in e["loc"]) or "(the record)")
            lines.append(f"  {e['msg']}")
        return "\n".join(lines)


class Invalid(Exception):
    def __init__(self, errors: list[ErrorDetails]) -> None:
        self.errors = errors


def problem(kind: str, loc: Loc, msg: str, value: Any, **ctx: Any) -> ErrorDetails:
    err = ErrorDetails(type=kind, loc=loc, msg=msg, input=value)
    if ctx:
        err["ctx"] = ctx
    return err


def value_error(loc: Loc, value: Any, exc: ValueError) -> ErrorDetails:
    return problem("value_error", loc, f"Value error, {exc}", value, error=exc)


def fail(kind: str, msg: str, value: Any, **ctx: Any) -> Invalid:
    return Invalid([problem(kind, (), msg, value, **ctx)])


def under(prefix: Loc, errors: list[ErrorDetails]) -> list[ErrorDetails]:
    for e in errors:
        e["loc"] = (*prefix, *e["loc"])
    return errors


# -- kinds of value -----------------------------------------------------------------


class Kind:
    """What a field's value must be: ``check`` returns it validated or raises Invalid."""

    def check(self, value: Any) -> Any:
        raise NotImplementedError

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        raise NotImplementedError

    def record(self) -> type[Record] | None:
        """The record class of a list of mappings' items, if that is what this is."""
        return None


class Text(Kind):
    """A string (a str, nothing converted), then ``after``'s check, which may raise
    ValueError; ``pattern`` is what the JSON Schema says of it."""

    def __init__(self, after: Callable[[str], str] | None = None, pattern: str = "") -> None:
        self.after = after
        self.pattern = pattern

    def check(self, value: Any) -> Any:
        if not isinstance(value, str):
            raise fail("string_type", "Input should be a valid string", value)
        if self.after is not None:
            try:
                return self.after(value)
            except ValueError as exc:
                raise Invalid([value_error((), value, exc)]) from None
        return value

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        return {"pattern": self.pattern, "type": "string"} if self.pattern else {"type": "string"}


class Flag(Kind):
    def check(self, value: Any) -> Any:
        if value is True or value is False:
            return value
        raise fail("bool_type", "Input should be a valid boolean", value)

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        return {"type": "boolean"}


class Choice(Kind):
    """One of a few strings."""

    def __init__(self, choices: Iterable[str]) -> None:
        self.choices = tuple(choices)
        quoted = [repr(c) for c in self.choices]
        self.expected = (
            ", ".join(quoted[:-1]) + f" or {quoted[-1]}" if len(quoted) > 1 else quoted[0]
        )

    def check(self, value: Any) -> Any:
        if isinstance(value, str) and value in self.choices:
            return value
        msg = f"Input should be {self.expected}"
        raise fail("literal_error", msg, value, expected=self.expected)

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        return {"enum": list(self.choices), "type": "string"}


_RANGE_TAG = "tuple[union[int,float], union[int,float]]"
_NUMBER_SCHEMA = {"anyOf": [{"type": "integer"}, {"type": "number"}]}


def _number_errors(value: Any) -> list[ErrorDetails] | None:
    """None when ``value`` is an int (not a bool) or a finite float; else why it is
    neither an int nor a float."""
    if isinstance(value, int) and not isinstance(value, bool):
        return None
    if isinstance(value, float) and math.isfinite(value):
        return None
    errors = [problem("int_type", ("int",), "Input should be a valid integer", value)]
    if isinstance(value, float):  # .inf, .nan, or past 1e308
        errors.append(
            problem("finite_number", ("float",), "Input should be a finite number", value)
        )
    else:
        errors.append(problem("float_type", ("float",), "Input should be a valid number", value))
    return errors


class Figure(Kind):
    """A finite number (an int or a float, not a bool), or two of them as ``[low, high]``."""

    def check(self, value: Any) -> Any:
        problems = _number_errors(value)
        if problems is None:
            return value
        if not isinstance(value, list | tuple):
            problems.append(
                problem("tuple_type", (_RANGE_TAG,), "Input should be a valid tuple", value)
            )
            raise Invalid(problems)
        if len(value) > 2:
            msg = f"Tuple should have at most 2 items after validation, not {len(value)}"
            ctx = {"field_type": "Tuple", "max_length": 2, "actual_length": len(value)}
            problems.append(problem("too_long", (_RANGE_TAG,), msg, value, **ctx))
            raise Invalid(problems)
        before = len(problems)
        for i in range(2):
            if i >= len(value):
                problems.append(problem("missing", (_RANGE_TAG, i), "Field required", value))
                continue
            bad = _number_errors(value[i])
            if bad is not None:
                problems += under((_RANGE_TAG, i), bad)
        if len(problems) > before:
            raise Invalid(problems)
        return tuple(value)

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        pair = {
            "maxItems": 2,
            "minItems": 2,
            "prefixItems": [_NUMBER_SCHEMA, _NUMBER_SCHEMA],
            "type": "array",
        }
        return {"anyOf": [{"type": "integer"}, {"type": "number"}, pair]}


class Items(Kind):
    """A list (or tuple) of ``item``, kept as a tuple."""

    def __init__(self, item: Kind, min_length: int = 0) -> None:
        self.item = item
        self.min_length = min_length

    def check(self, value: Any) -> Any:
        if not isinstance(value, list | tuple):
            raise fail("tuple_type", "Input should be a valid tuple", value)
        out = []
        problems: list[ErrorDetails] = []
        check = self.item.check
        for i, item in enumerate(value):
            try:
                out.append(check(item))
            except Invalid as bad:
                problems += under((i,), bad.errors)
        if len(out) < self.min_length:  # the items that are valid are too few
            msg = (
                f"Tuple should have at least {self.min_length} item after validation, "
                f"not {len(out)}"
            )
            ctx = {"field_type": "Tuple", "min_length": self.min_length, "actual_length": len(out)}
            problems.append(problem("too_short", (), msg, value, **ctx))
        if problems:
            raise Invalid(problems)
        return tuple(out)

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        out: dict[str, Any] = {"items": self.item.schema(defs), "type": "array"}
        if self.min_length:
            out["minItems"] = self.min_length
        return dict(sorted(out.items()))

    def record(self) -> type[Record] | None:
        return self.item.record()


class Parsed(Kind):
    """Anything ``parse`` makes a value of (it raises ValueError otherwise), with the JSON
    Schema ``schema_of`` says."""

    def __init__(self, parse: Callable[[Any], Any], schema_of: dict[str, Any]) -> None:
        self.parse = parse
        self.schema_of = schema_of

    def check(self, value: Any) -> Any:
        try:
            return self.parse(value)
        except ValueError as exc:
            raise Invalid([value_error((), value, exc)]) from None

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        return self.schema_of


class Maybe(Kind):
    """``kind``, or None."""

    def __init__(self, kind: Kind) -> None:
        self.kind = kind

    def check(self, value: Any) -> Any:
        return None if value is None else self.kind.check(value)

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        inner = self.kind.schema(defs)
        options = inner["anyOf"] if list(inner) == ["anyOf"] else [inner]
        return {"anyOf": [*options, {"type": "null"}]}
