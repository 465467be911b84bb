"""The model's validation errors, told as findings an editor can act on.

One finding per field, with a message that says what to write instead ("must be a number
without separators: write 1200") and a "did you mean" where the intent is clear.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator, Mapping
from typing import Any

from desertcheck.codes import Code
from desertcheck.records import Record
from desertcheck.validation import ErrorDetails, ValidationError
from desertcheck.vocabulary import QUALIFIER_SYNONYMS
from desertcheck.yamlload import MAX_INT_DIGITS, TooLong

#: (code, message, path within the item, points at the key?)
Explained = tuple[Code, str, tuple[str | int, ...], bool]

_PATHLIKE = re.compile(r"[/\\]|\.\.|^~")
_ID_FIELDS = {"id", "measure", "scope", "source", "origin", "tags", "parts", "whole", "cites"}


def did_you_mean(name: str, known: set[str] | Mapping[str, Any]) -> str:
    """`` (did you mean 'x'?)`` for the closest of ``known``, or nothing."""
    import difflib  # only for a name that is not known

    close = difflib.get_close_matches(name, list(known), n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""


def explain(
    exc: ValidationError, model: type[Record], data: dict[str, Any], what: str
) -> Iterator[Explained]:
    """(code, message, path within the item, points at key?) for each problem, one per field
    (the required fields missing from the item: one for them all, at the item)."""
    wrong_list = misplaced(model, data, what)
    if wrong_list is not None:
        yield wrong_list
        return
    seen: set[str | int] = set()
    known = list(model.model_fields)
    missing: list[str] = []
    errors = exc.errors()
    # an unknown field first: a misspelt one explains the "missing" one it was meant to be
    errors.sort(key=lambda e: e["type"] != "extra_forbidden")
    for err in errors:
        loc = tuple(err["loc"])
        kind = err["type"]
        top = loc[0] if loc else ""
        if top in seen:
            continue  # one finding per field: a union reports each branch that failed
        seen.add(top)
        if len(loc) > 2 and isinstance(loc[1], int) and kind in ("extra_forbidden", "missing"):
            yield _item_problem(loc, kind, what, model)
        elif kind == "extra_forbidden":
            hint = did_you_mean(str(top), set(known)) or "; known fields: " + ", ".join(known)
            yield (
                Code.UNKNOWN_FIELD,
                f"{what}: unknown field {top!r}{hint}",
                (top,),
                True,
            )
        elif kind == "missing":
            missing.append(str(top))  # all at the entry's place: one finding names them
        elif not loc:
            msg = str(err["msg"]).removeprefix("Value error, ")
            at: tuple[str | int, ...] = ("qualifier",) if "qualifier" in data else ("value",)
            yield Code.INVALID_FIELD, f"{what}: {msg}", at, False
        else:
            yield _field_problem(err, data, what)
    if missing:
        missing.sort(key=lambda name: known.index(name) if name in known else len(known))
        names = ", ".join(repr(name) for name in missing)
        fields = "field" if len(missing) == 1 else "fields"
        yield Code.MISSING_FIELD, f"{what}: missing required {fields} {names}", (), False


#: The fields only a claim, or only a relation, has, and the list each belongs in.
_OWN_FIELDS: dict[str, tuple[str, tuple[str, ...]]] = {
    "Claim": ("claims", ("statement", "value", "quote")),
    "Relation": ("relations", ("kind", "parts", "whole")),
}


def misplaced(model: type[Record], data: dict[str, Any], what: str) -> Explained | None:
    """One finding for an entry in the other list — a claim pasted at the end of a file,
    under its ``relations:`` — rather than one per field that list does not know."""
    here = _OWN_FIELDS.get(model.__name__)
    if here is None or any(f in data for f in here[1]):
        return None
    for kind, (where, fields) in _OWN_FIELDS.items():
        found = [f for f in fields if f in data]
        if kind != model.__name__ and found:
            return (
                Code.UNKNOWN_FIELD,
                f"{what}: has a {kind.lower()}'s fields ({', '.join(found)}) under "
                f"`{here[0]}:`; move it under `{where}:`",
                (),
                False,
            )
    return None


def _item_problem(
    loc: tuple[str | int, ...], kind: str, what: str, model: type[Record]
) -> Explained:
    """A field missing from, or unknown to, an item of a list of mappings (``accept``)."""
    field, index, name = str(loc[0]), int(loc[1]), str(loc[2])
    spec = model.model_fields.get(field)
    item = spec.kind.record() if spec is not None else None
    known = list(item.model_fields) if item is not None else []
    at = f"{what}: {field} #{index + 1}"
    if kind == "missing":
        return Code.MISSING_FIELD, f"{at}: missing required field {name!r}", loc[:2], False
    hint = did_you_mean(name, set(known)) or "; known fields: " + ", ".join(known)
    return Code.UNKNOWN_FIELD, f"{at}: unknown field {name!r}{hint}", loc[:3], True


def _field_problem(err: ErrorDetails, data: dict[str, Any], what: str) -> Explained:
    """The finding for a field whose value is wrong (``err["loc"]`` is not empty)."""
    loc = tuple(err["loc"])
    kind = err["type"]
    top = loc[0]
    value = data.get(str(top)) if isinstance(top, str) else None
    msg, path = _field_message(err, value)
    long = _too_long(value)
    if long is not None:
        return (
            Code.INVALID_FIELD,
            f"{what}: {top}: a number of {long.digits:,} digits is too long to be a statistic "
            f"(at most {MAX_INT_DIGITS} digits)",
            path,
            False,
        )
    if top == "source" and isinstance(value, str) and _PATHLIKE.search(value):
        return (
            Code.UNSAFE_PATH,
            f"{what}: source {value!r} would reach outside sources/; a source id is a "
            "file name in sources/ without .md",
            path,
            False,
        )
    if top == "period" or (top == "published" and kind == "value_error"):
        code = Code.INVALID_PERIOD if top == "period" else Code.INVALID_FIELD
        return code, f"{what}: {top}: {msg}", path, False
    if top in _ID_FIELDS and kind == "value_error":
        return Code.INVALID_ID, f"{what}: {top}: {msg}", path, False
    if top == "qualifier" and "qualifier" not in data:
        # the default qualifier does not fit the value: point at the value, which is written
        return Code.INVALID_FIELD, f"{what}: {msg}", ("value",), False
    return Code.INVALID_FIELD, f"{what}: {top}: {msg}", path, False


def _too_long(value: Any) -> TooLong | None:
    """The integer in ``value`` (or in the list ``value``) too long to be read, if any."""
    items = value if isinstance(value, list) else [value]
    return next((v for v in items if isinstance(v, TooLong)), None)


def _field_message(err: ErrorDetails, value: Any) -> tuple[str, tuple[str | int, ...]]:
    """What is wrong with a field's ``value``, and the path to point at."""
    loc = tuple(err["loc"])
    kind = err["type"]
    msg = str(err["msg"]).removeprefix("Value error, ")
    path = loc[:2] if len(loc) > 1 and isinstance(loc[1], int) else loc[:1]
    if len(loc) > 2 and isinstance(loc[1], int) and isinstance(loc[2], str):
        path = loc[:3]  # a field of an item of a list of mappings: accept[0].code
    if loc[0] == "value" and kind != "value_error":
        msg = _number_message(value)
        path = loc[:1]
    elif kind == "literal_error":
        msg = _choice_message(value, str((err.get("ctx") or {}).get("expected", "")))
    elif kind in ("model_type", "dict_type"):
        msg = "each item must be a mapping of fields, like {code: ..., reason: ...}"
    elif kind in ("tuple_type", "list_type"):
        msg = "must be a list, like [a, b]"
    elif kind == "bool_type":
        msg = "must be true or false"
    elif kind == "string_type":
        index = loc[1] if len(path) > 1 else None
        item = value[index] if isinstance(index, int) and isinstance(value, list) else value
        msg = _text_message(item)
    return msg, path


_SEPARATED = re.compile(r"[-+]?[0-9]{1,3}(?:[,\u00a0\u202f' _][0-9]{3})+(?:\.[0-9]+)?")
_SEPARATORS = re.compile(r"[,\u00a0\u202f' _]")


def _number_message(value: Any) -> str:
    """Why ``value`` is not a number, or [low, high]."""
    items = value if isinstance(value, list) else [value]
    if any(isinstance(v, str) and _SEPARATED.fullmatch(v.strip()) for v in items):
        fixed = [_SEPARATORS.sub("", v.strip()) if isinstance(v, str) else str(v) for v in items]
        write = f"[{', '.join(fixed)}]" if isinstance(value, list) else fixed[0]
        return f"must be a number without separators: write {write}"
    if any(isinstance(v, float) and not math.isfinite(v) for v in items):
        return "must be a finite number (.inf, .nan and numbers past 1e308 are not statistics)"
    if isinstance(value, str) and (hint := _written_figure(value)):
        return f"must be a number: write {hint}"
    from desertcheck.quantity.convention import POINT_GROUPED

    if isinstance(value, str) and POINT_GROUPED.fullmatch(value.strip()):
        digits = value.strip()
        grouped = f"must be a number, not text: write {digits.replace('.', '')} if the point"
        if digits.count(".") > 1:
            return f"{grouped}s group thousands, as German writes them"
        return (
            f"{grouped} groups thousands, as German writes them, or {float(digits):g}, "
            "unquoted, if it is a decimal point"
        )
    return "must be a number, or [low, high] for a range"


_PLAIN = re.compile(r"[-+]?[0-9]+(?:\.[0-9]+)?")


def _written_figure(text: str) -> str | None:
    """How a figure written as prose (``12%``, ``2.4 million``, ``about 1,000``) goes in
    the registry's fields, as the figure parser reads it; None when ``text`` is not one
    figure with digits that says more than a number."""
    from desertcheck.quantity import parse_quantities

    text = text.strip()
    if _PLAIN.fullmatch(text) or not any(c.isdigit() for c in text):
        return None  # a number as text ("12"), or words: the general message says it
    found = parse_quantities(text)
    if len(found) != 1 or (found[0].start, found[0].end) != (0, len(text)):
        return None
    q = found[0]
    if q.low != q.high:
        return None
    fields = [f"unit: {q.unit}"] if q.unit else []
    if q.qualifier != "exactly":
        fields.append(f"qualifier: {q.qualifier}")
    shown = str(int(q.low)) if q.low == int(q.low) else f"{q.low:.10g}"
    return shown + (", with " + " and ".join(fields) if fields else "")


def _choice_message(value: Any, expected: str) -> str:
    """``must be one of: a, b, c``, with a "did you mean" when the intent is clear."""
    choices = re.findall(r"'([^']*)'", expected)
    message = "must be one of: " + ", ".join(choices)
    if not isinstance(value, str):
        return message
    word = re.sub(r"[\s_]+", "-", value.strip().lower())
    meant = word if word in choices else QUALIFIER_SYNONYMS.get(word)
    if meant is None and "over" in choices:  # a qualifier: as a figure's own words say it
        meant = _qualifier_said(value)
    if meant not in choices:
        import difflib

        close = difflib.get_close_matches(word, choices, n=1, cutoff=0.75)
        meant = close[0] if close else None
    return f"{message} (did you mean {meant!r}?)" if meant else message


def _qualifier_said(value: str) -> str | None:
    """The qualifier that words before a figure give ("more than", "knapp", "около"), as
    the quantity parser reads them in a quote."""
    from desertcheck.quantity import german, words

    text = " ".join(value.lower().split())
    found = words.QUALIFIER_WORDS.get(text)
    if found is not None:
        return found
    for name, alternatives in german.QUALIFIERS:
        if re.fullmatch(alternatives, text, re.IGNORECASE):
            return name
    return None


def _text_message(value: Any) -> str:
    if isinstance(value, list | dict):
        return f"must be text, not a {'list' if isinstance(value, list) else 'mapping'}"
    if isinstance(value, bool | int | float):
        return "must be text; put the value in quotes"
    return "must be text"
