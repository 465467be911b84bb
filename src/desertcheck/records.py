"""The registry's records: plain frozen slotted classes read from a field table.

Each record class (:mod:`desertcheck.model`) is a frozen, slotted dataclass whose fields
carry a kind (:mod:`desertcheck.validation`) and further checks, given by :func:`spec`.
:meth:`Record.model_validate` reads a mapping into a record, refusing unknown fields and
naming every problem (:class:`~desertcheck.validation.ValidationError`); the same table
gives the JSON Schema (:func:`json_schema`). Once validated, a record is only read:
building one from known-good values (the cache) costs the setting of its slots.
"""

from __future__ import annotations

import dataclasses
import inspect
import operator
from collections.abc import Callable, Iterable
from typing import Any, ClassVar, TypeVar

from desertcheck.validation import (
    ErrorDetails,
    Invalid,
    Kind,
    ValidationError,
    fail,
    problem,
    under,
    value_error,
)

R = TypeVar("R", bound="Record")
_set = object.__setattr__
_MISSING: Any = dataclasses.MISSING
#: The sets of fields given, each kept once: most records of a registry share a few.
_SETS: dict[frozenset[str], frozenset[str]] = {}


def given(names: Iterable[str]) -> frozenset[str]:
    """The set of field names ``names``, one object for every record that gave them."""
    fields_set = frozenset(names)
    return _SETS.setdefault(fields_set, fields_set)


class Nested(Kind):
    """A mapping read into the record class ``model`` (or a record of it already)."""

    def __init__(self, model: type[Record]) -> None:
        self.model = model

    def check(self, value: Any) -> Any:
        if isinstance(value, self.model):
            return value
        if not isinstance(value, dict):
            name = self.model.__name__
            msg = f"Input should be a valid dictionary or instance of {name}"
            raise fail("model_type", msg, value, class_name=name)
        try:
            return self.model.model_validate(value)
        except ValidationError as exc:
            raise Invalid(exc.errors()) from None

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        name = self.model.__name__
        if name not in defs:
            defs[name] = json_schema(self.model, defs)
        return {"$ref": f"#/$defs/{name}"}

    def record(self) -> type[Record] | None:
        return self.model


# -- records ------------------------------------------------------------------------


#: A field's checks after its kind's: ``(value, fields valid so far) -> value``, raising
#: ValueError with what to say.
Validator = Callable[[Any, dict[str, Any]], Any]


@dataclasses.dataclass(frozen=True, slots=True)
class Field:
    """A field of a record: its kind, default (none: required) and further checks."""

    name: str
    kind: Kind
    default: Any = _MISSING
    validate_default: bool = False
    validators: tuple[Validator, ...] = ()

    def is_required(self) -> bool:
        return self.default is _MISSING


def spec(
    kind: Kind,
    default: Any = _MISSING,
    *,
    validate_default: bool = False,
    validators: tuple[Validator, ...] = (),
) -> Any:
    """A record field (a dataclass field) that reads as ``kind``."""
    meta = {"kind": kind, "validate_default": validate_default, "validators": validators}
    if default is _MISSING:
        return dataclasses.field(metadata=meta)
    return dataclasses.field(default=default, metadata=meta)


class Record:
    """What every record has besides its fields: the names its mapping set."""

    __slots__ = ("_fields_set",)
    _fields_set: frozenset[str]
    model_fields: ClassVar[dict[str, Field]] = {}
    _names: ClassVar[frozenset[str]] = frozenset()
    #: what validation does with each field: name, check, default, check the default?,
    #: further checks
    _plan: ClassVar[tuple[tuple[str, Callable[[Any], Any], Any, bool, tuple[Validator, ...]], ...]]
    #: each field's slot setter, in order (a third faster than ``object.__setattr__``)
    _fill: ClassVar[tuple[Callable[[Any, Any], None], ...]]
    #: the fields' values in order, read by one getter (:meth:`field_values`, for every
    #: claim's digest in the cache)
    _values: ClassVar[Callable[[Any], tuple[Any, ...]]]
    #: what two equal records have alike: the fields and where they were read, not the set
    #: of fields given
    _compared: ClassVar[tuple[str, ...]]

    @classmethod
    def model_validate(cls: type[R], data: Any, *, context: dict[str, Any] | None = None) -> R:
        """A record of ``data``'s fields, or ValidationError naming each problem."""
        if not isinstance(data, dict):
            name = cls.__name__
            msg = f"Input should be a valid dictionary or instance of {name}"
            err = problem("model_type", (), msg, data, class_name=name)
            raise ValidationError(name, [err])
        values: dict[str, Any] = {}
        errors: list[ErrorDetails] = []
        for name, check, default, validate_default, validators in cls._plan:
            if name in data:
                raw = data[name]
            elif default is _MISSING:
                errors.append(problem("missing", (name,), "Field required", data))
                continue
            elif not validate_default:
                values[name] = default
                continue
            else:
                raw = default
            try:
                value = check(raw)
                for validator in validators:
                    value = validator(value, values)
            except Invalid as bad:
                errors += under((name,), bad.errors)
                continue
            except ValueError as exc:
                errors.append(value_error((name,), raw, exc))
                continue
            values[name] = value
        if not cls._names.issuperset(data):
            errors += _unknown(data, cls._names)
        if not errors:
            obj = cls._build(values.values(), given(data))
            try:
                obj._after(context)
            except ValueError as exc:
                errors.append(value_error((), data, exc))
            else:
                return obj
        raise ValidationError(cls.__name__, errors)

    @classmethod
    def _build(cls: type[R], values: Iterable[Any], fields_set: frozenset[str]) -> R:
        """A record of values known to be valid, in the field table's order (ValueError
        when they are too few or too many)."""
        obj = object.__new__(cls)
        for fill, value in zip(cls._fill, values, strict=True):
            fill(obj, value)
        _set(obj, "_fields_set", fields_set)
        return obj

    def _after(self, context: dict[str, Any] | None) -> None:
        """Checks of the record as a whole (ValueError), and what it takes from ``context``."""

    @property
    def model_fields_set(self) -> frozenset[str]:
        """The fields the mapping it was read from set (not left to their default)."""
        return self._fields_set

    def field_values(self) -> tuple[Any, ...]:
        return type(self)._values(self)

    def model_dump(
        self, *, mode: str = "python", exclude_none: bool = False, exclude_defaults: bool = False
    ) -> dict[str, Any]:
        """The fields as plain values (``mode="json"``: lists for tuples), dates as text."""
        out: dict[str, Any] = {}
        for name, f in self.model_fields.items():
            value = getattr(self, name)
            if (exclude_none and value is None) or (exclude_defaults and value == f.default):
                continue
            out[name] = _plain(value, mode == "json")
        return out

    def model_copy(self: R, *, update: dict[str, Any] | None = None) -> R:
        """A copy with the fields of ``update`` set as given (not validated)."""
        values = {name: getattr(self, name) for name in self.model_fields}
        values.update(update or {})
        copy = self._build(values.values(), given(self._fields_set | set(update or ())))
        for name in _extra_slots(type(self)):
            _set(copy, name, getattr(self, name))
        return copy

    def __setattr__(self, name: str, value: Any) -> None:
        raise dataclasses.FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise dataclasses.FrozenInstanceError(f"cannot delete field {name!r}")

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in self._compared)

    def __hash__(self) -> int:
        return hash(self.field_values())

    def __reduce__(self) -> tuple[Any, ...]:
        slots = {n: getattr(self, n) for n in (*self.model_fields, *_extra_slots(type(self)))}
        return (_rebuild, (type(self), slots))


def _rebuild(cls: type[Record], slots: dict[str, Any]) -> Record:
    obj = object.__new__(cls)
    for name, value in slots.items():
        _set(obj, name, value)
    return obj


def _extra_slots(cls: type) -> tuple[str, ...]:
    """The slots of the record classes above ``cls``: not fields, kept by a copy."""
    return tuple(s for c in cls.__mro__[1:] for s in c.__dict__.get("__slots__", ()))


def _plain(value: Any, json: bool) -> Any:
    if isinstance(value, Record):
        return value.model_dump(mode="json" if json else "python")
    if isinstance(value, tuple):
        items = [_plain(v, json) for v in value]
        return items if json else tuple(items)
    if value is None or isinstance(value, str | int | float):
        return value
    return str(value)  # a period or date: its text


def _unknown(data: dict[Any, Any], names: frozenset[str]) -> list[ErrorDetails]:
    """A problem for each key of ``data`` that is no field, in the order written."""
    out = []
    for key, value in data.items():
        if not isinstance(key, str):
            loc = int(key) if isinstance(key, int) else str(key)
            out.append(problem("invalid_key", (loc,), "Keys should be strings", key))
        elif key not in names:
            out.append(problem("extra_forbidden", (key,), "Extra inputs are not permitted", value))
    return out


def _getter(names: tuple[str, ...]) -> Callable[[Any], tuple[Any, ...]]:
    """The values of the attributes ``names`` of an object, as a tuple."""
    if len(names) > 1:
        return operator.attrgetter(*names)
    return lambda obj: tuple(getattr(obj, name) for name in names)


def record(cls: type[R]) -> type[R]:
    """``cls`` as a frozen, slotted dataclass, with its field table (``model_fields``)."""
    # not the dataclass's own frozen and __init__: Record's __setattr__ refuses every
    # assignment (its slots, set by _build, included), and a record is made by reading one
    made = dataclasses.dataclass(slots=True, kw_only=True, init=False, eq=False)(cls)
    made.model_fields = {
        f.name: Field(
            f.name,
            f.metadata["kind"],
            f.default,
            f.metadata["validate_default"],
            f.metadata["validators"],
        )
        for f in dataclasses.fields(made)  # type: ignore[arg-type]
    }
    made._names = frozenset(made.model_fields)
    made._fill = tuple(made.__dict__[name].__set__ for name in made.model_fields)
    made._values = _getter(tuple(made.model_fields))
    extra = (s for s in _extra_slots(made) if s != "_fields_set")
    made._compared = (*made.model_fields, *extra)
    made._plan = tuple(
        (f.name, f.kind.check, f.default, f.validate_default, f.validators)
        for f in made.model_fields.values()
    )
    return made


# -- JSON Schema --------------------------------------------------------------------


def _json_default(value: Any) -> Any:
    return list(value) if isinstance(value, tuple) else value


def json_schema(model: type[Record], defs: dict[str, Any]) -> dict[str, Any]:
    """``model``'s JSON Schema (draft 2020-12): each field's kind and default, the required
    fields, no others; each nested record's schema goes in ``defs``, by its name."""
    properties = {}
    for name, f in model.model_fields.items():
        prop = f.kind.schema(defs)
        if not f.is_required():
            prop = dict(sorted({**prop, "default": _json_default(f.default)}.items()))
        properties[name] = prop
    return {
        "additionalProperties": False,
        "description": inspect.cleandoc(model.__doc__ or ""),
        "properties": properties,
        "required": [n for n, f in model.model_fields.items() if f.is_required()],
        "title": model.__name__,
        "type": "object",
    }
