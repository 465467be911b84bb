"""The registry model: typed, immutable, validated objects with no I/O.

Plain frozen slotted classes, read from YAML's values by :mod:`desertcheck.records`
(each field's kind and checks are in its ``spec``). Fields carry their YAML names, so a
claim dumped with ``model_dump(mode="json")`` reads back into an equal claim. Where an
object was read from (file, line) is kept apart from its fields (``claim.file``,
``claim.line``), so it never leaks into exports as data.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal, get_args

from desertcheck.datehints import days_in_month
from desertcheck.records import Nested, Record, record, spec
from desertcheck.validation import Choice, Figure, Flag, Items, Maybe, Parsed, Text
from desertcheck.vocabulary import figure_text

ID_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
_ID_RE = re.compile(ID_PATTERN)
SHA256_PATTERN = r"^[0-9a-f]{64}$"
_SHA256_RE = re.compile(SHA256_PATTERN)
# for the JSON Schema: the form of a date (a real calendar date is the parser's to say)
_DATE_FORM = r"[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?"
DATE_PATTERN = rf"^{_DATE_FORM}$"
PERIOD_PATTERN = rf"^{_DATE_FORM}(/{_DATE_FORM})?$"
_DATE_RE = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?")

Qualifier = Literal["exactly", "about", "over", "at-least", "nearly", "up-to", "between"]
SourceKind = Literal["news", "report", "blog", "court-data", "dataset", "other"]
RelationKind = Literal["sum", "part-of"]
QUALIFIERS: tuple[Qualifier, ...] = get_args(Qualifier)
SOURCE_KINDS: tuple[SourceKind, ...] = get_args(SourceKind)
RELATION_KINDS: tuple[RelationKind, ...] = get_args(RelationKind)


def is_id(value: str) -> bool:
    return bool(_ID_RE.fullmatch(value))


def _check_id(value: str) -> str:
    if not _ID_RE.fullmatch(value):
        plain = "-".join(re.findall(r"[a-z0-9]+", value.lower()))
        accented = any(c.isalpha() and not ("a" <= c <= "z") for c in value.lower())
        raise ValueError(
            f"{value!r} is not a valid id: use lowercase letters, digits and single hyphens"
            + (" (letters a-z only: write ä as ae or a, é as e)" if accented else "")
            + (f", like {plain}" if plain and plain != value and not accented else "")
        )
    return value


def _nonblank(value: str) -> str:
    if not value.strip():
        raise ValueError("must not be empty")
    return value


def _check_sha256(value: str) -> str:
    if not _SHA256_RE.fullmatch(value):
        raise ValueError(
            "must be the 64 lowercase hex digits of a SHA-256: run `desertcheck fingerprint` "
            "to write it"
        )
    return value


def _check_acceptable(value: str) -> str:
    from desertcheck.acceptance import acceptance_problem

    problem = acceptance_problem(value)
    if problem:
        raise ValueError(problem)
    return value


def _reason(value: str) -> str:
    if not value.strip():
        raise ValueError("say why the finding is accepted: a reason is required")
    return value


# The kinds of string field, with the JSON Schema pattern of each.
ID = Text(_check_id, ID_PATTERN)
TEXT = Text(_nonblank, r"\S")
SHA256 = Text(_check_sha256, SHA256_PATTERN)
STRING = Text()
# a finite number, or [low, high]: YAML's .inf, .nan and 1e400 are not statistics
FIGURE = Figure()


@dataclass(frozen=True, slots=True)
class PartialDate:
    """A date written as YYYY, YYYY-MM or YYYY-MM-DD, with the days it covers."""

    text: str
    first: date
    last: date

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        m = _DATE_RE.fullmatch(text)
        if not m:
            raise ValueError(f"{text!r} is not a date: write YYYY, YYYY-MM or YYYY-MM-DD")
        year, month, day = int(m[1]), m[2], m[3]
        try:
            if month is None:
                return cls(text, date(year, 1, 1), date(year, 12, 31))
            mon = int(month)
            if day is None:
                last_day = days_in_month(year, mon) if 1 <= mon <= 12 else 0
                return cls(text, date(year, mon, 1), date(year, mon, last_day))
            d = date(year, mon, int(day))
            return cls(text, d, d)
        except ValueError:
            raise ValueError(f"{text!r} is not a real date") from None

    def __str__(self) -> str:
        return self.text


@dataclass(frozen=True, slots=True)
class Period:
    """An ISO 8601 date or interval ``START/END``: the days from ``start`` to ``end``."""

    text: str
    start: date
    end: date

    @classmethod
    def parse(cls, text: str) -> Period:
        if "/" in text:
            a, _, b = text.partition("/")
            first, second = PartialDate.parse(a), PartialDate.parse(b)
            if second.last < first.first:
                raise ValueError(f"{text!r} ends before it starts")
            return cls(text, first.first, second.last)
        one = PartialDate.parse(text)
        return cls(text, one.first, one.last)

    def __str__(self) -> str:
        return self.text


def _parse_period(value: Any) -> Any:
    if isinstance(value, Period):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)  # `period: 2024` is a year, not a number
    if not isinstance(value, str):
        raise ValueError("must be a date or interval like 2024 or 2022-02-24/2025-09-15")
    period = _PERIODS.get(value)
    if period is not None:
        return period
    try:
        period = Period.parse(value)
    except ValueError as exc:
        raise ValueError(f"invalid period: {_hinted(value, exc)}") from None
    if len(_PERIODS) >= 4096:
        _PERIODS.clear()
    _PERIODS[value] = period
    return period


#: Periods read, by their text: a registry writes a few over and over, and one is immutable.
_PERIODS: dict[str, Period] = {}


def _hinted(value: str, exc: ValueError) -> str:
    """The parser's complaint about ``value``, or, when ``value`` is a date or span written
    another way, the form it most likely meant; a complaint about a piece of ``START/END``
    names the whole value too."""
    from desertcheck.datehints import date_hint

    if hint := date_hint(value):
        return (
            f"{value!r} is not written as a date or span (YYYY, YYYY-MM, YYYY-MM-DD, or "
            f"START/END); did you mean {hint}?"
        )
    said = str(exc)
    if "/" in value and not said.startswith(repr(value)):
        return f"{value!r}: {said}"
    if "write YYYY" in said:
        return f"{said}, or START/END for a span"
    return said


def _parse_partial_date(value: Any) -> Any:
    if isinstance(value, PartialDate):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        raise ValueError("must be a date written YYYY, YYYY-MM or YYYY-MM-DD")
    try:
        return PartialDate.parse(value)
    except ValueError as exc:
        from desertcheck.datehints import date_hint

        hint = date_hint(value)
        raise ValueError(f"{exc}; did you mean {hint}?" if hint else str(exc)) from None


def _date_schema(pattern: str) -> dict[str, Any]:
    # a year may be written unquoted, as a number
    year = {"maximum": 9999, "minimum": 0, "type": "integer"}
    return {"anyOf": [{"pattern": pattern, "type": "string"}, year]}


PERIOD = Parsed(_parse_period, _date_schema(PERIOD_PATTERN))
DATE = Parsed(_parse_partial_date, _date_schema(DATE_PATTERN))


@dataclass(frozen=True, slots=True)
class Where:
    """Where an object was read from: a file relative to the registry root, a line and
    column, and the line and column of each of its fields."""

    file: str
    line: int = 0
    column: int = 0
    fields: tuple[tuple[str, int, int], ...] = ()

    def of(self, name: str) -> tuple[int, int]:
        """(line, column) of field ``name``'s value, or of the object when it has none."""
        for field_name, line, column in self.fields:
            if field_name == name:
                return line, column
        return self.line, self.column


#: Where an object made in code (not read from a file) is: nowhere. Immutable, so shared.
NOWHERE = Where("")


class Located(Record):
    """A record read from the registry, knowing where it was defined: ``where``, given as
    ``context={"where": ...}`` when it is read, is kept apart from its fields."""

    __slots__ = ("_where",)
    _where: Where

    def _after(self, context: dict[str, Any] | None) -> None:
        where = context.get("where") if isinstance(context, dict) else None
        object.__setattr__(self, "_where", where if isinstance(where, Where) else NOWHERE)

    @property
    def where(self) -> Where:
        return self._where

    @property
    def file(self) -> str:
        return self._where.file

    @property
    def line(self) -> int:
        return self._where.line


@record
class Acceptance(Record):
    """A finding accepted on a claim, and why: still computed and reported, never failing."""

    code: str = spec(Text(_check_acceptable))
    reason: str = spec(Text(_reason))


def _range_in_order(value: Any, data: dict[str, Any]) -> Any:
    if isinstance(value, tuple) and value[0] > value[1]:
        raise ValueError(f"range [{value[0]}, {value[1]}] has its low end above its high end")
    return value


def _range_needs_between(qualifier: str, data: dict[str, Any]) -> str:
    if "value" not in data:  # the value itself is wrong: that is said already
        return qualifier
    if isinstance(data["value"], tuple) and qualifier != "between":
        raise ValueError("a range [low, high] needs qualifier: between")
    if not isinstance(data["value"], tuple) and qualifier == "between":
        raise ValueError("qualifier between needs a range: value: [low, high]")
    return qualifier


def _accepted_once(accept: tuple[Acceptance, ...], data: dict[str, Any]) -> Any:
    codes = [a.code for a in accept]
    twice = sorted({c for c in codes if codes.count(c) > 1})
    if twice:
        raise ValueError(f"{', '.join(twice)} is accepted twice: keep one, with one reason")
    return accept


# Checks of one field each, not of the whole claim: a check of the whole runs only when
# every field is valid, so a bad period would hide a reversed range until it was fixed.
@record
class Claim(Located):
    """One statistic, the document that states it and the exact words it is stated in."""

    id: str = spec(ID)
    statement: str = spec(TEXT)
    value: int | float | tuple[int | float, int | float] = spec(
        FIGURE, validators=(_range_in_order,)
    )
    qualifier: Qualifier = spec(
        Choice(QUALIFIERS),
        "exactly",
        validate_default=True,
        validators=(_range_needs_between,),
    )
    unit: str = spec(TEXT)
    measure: str = spec(ID)
    scope: str = spec(ID)
    period: Period = spec(PERIOD)
    cumulative: bool = spec(Flag(), False)
    source: str = spec(ID)
    quote: str = spec(TEXT)
    origin: str | None = spec(Maybe(ID), None)
    tags: tuple[str, ...] = spec(Items(ID), ())
    note: str | None = spec(Maybe(STRING), None)
    accept: tuple[Acceptance, ...] = spec(
        Items(Nested(Acceptance)), (), validators=(_accepted_once,)
    )

    @property
    def is_range(self) -> bool:
        return isinstance(self.value, tuple)

    @property
    def low(self) -> float:
        return float(self.value[0] if isinstance(self.value, tuple) else self.value)

    @property
    def high(self) -> float:
        return float(self.value[1] if isinstance(self.value, tuple) else self.value)

    @property
    def figure(self) -> str:
        """The figure as a reader says it: 'over 50,000 soldiers', 'almost 10%'."""
        return figure_text(self.value, self.qualifier, self.unit)


@record
class SourceMeta(Located):
    """A source document's front matter."""

    title: str = spec(TEXT)
    publisher: str = spec(TEXT)
    language: str = spec(TEXT)
    author: str | None = spec(Maybe(TEXT), None)
    published: PartialDate | None = spec(Maybe(DATE), None)
    url: str | None = spec(Maybe(TEXT), None)
    kind: SourceKind | None = spec(Maybe(Choice(SOURCE_KINDS)), None)
    cites: tuple[str, ...] = spec(Items(ID), ())
    sha256: str | None = spec(
        Maybe(SHA256), None
    )  # the body's fingerprint (desertcheck.fingerprint)


@record
class Origin(Located):
    """A primary work that stored sources report on, whose text is not stored."""

    title: str = spec(TEXT)
    publisher: str | None = spec(Maybe(TEXT), None)
    published: PartialDate | None = spec(Maybe(DATE), None)
    url: str | None = spec(Maybe(TEXT), None)


@record
class Relation(Located):
    """``sum``: the parts add up to the whole. ``part-of``: each part is at most the whole."""

    id: str = spec(ID)
    kind: RelationKind = spec(Choice(RELATION_KINDS))
    parts: tuple[str, ...] = spec(Items(ID, min_length=1))
    whole: str = spec(ID)

    def _after(self, context: dict[str, Any] | None) -> None:
        Located._after(self, context)
        if self.whole in self.parts:
            raise ValueError(f"the whole {self.whole!r} is also listed among the parts")
        seen: set[str] = set()
        for part in self.parts:
            if part in seen:
                raise ValueError(f"part {part!r} is listed twice")
            seen.add(part)


@dataclass(frozen=True, slots=True)
class Source:
    """A stored source document: its id, its front matter and its text as published."""

    id: str
    file: str
    meta: SourceMeta
    text: str
    body_line: int  # the file line on which ``text`` starts (1-based)

    def file_line(self, offset: int) -> int:
        """The line in the source file of character ``offset`` of ``text``."""
        return self.body_line + self.text.count("\n", 0, offset)
