"""A rate's base: "37.9 crimes per 1,000 residents", "157 per 100,000", "3 deaths per
million people".

The base ("per 1,000 residents") is part of the figure's unit, never a figure of its own:
:func:`with_bases` gives the figure before it its :attr:`~.figure.Quantity.base` (1,000) and
:attr:`~.figure.Quantity.per` (``"1,000 residents"``, as written, one space apart) and drops
the figure the parser read in the base. A base is a power of ten from 10 (``10``, ``1,000``,
``100 000``, ``1000``, ``a thousand``, ``one million``, ``million``, ``100k``) after
``per`` and at most three words after the figure ("1.57 sworn officers per 1,000"); the noun
after it, if any, is what the base counts. :func:`unit_base` reads the base in a claim's
unit (``crimes per 1,000 residents``), so that verify and audit compare a rate's base as
they compare a currency.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from desertcheck.quantity.figure import Quantity

_SPACE: Final = r"[ \t\u00a0\u202f]"

#: The base's number: a power of ten in digits (with a comma or a space every three
#: digits, or none), in words, or with "k".
_NUMBER: Final = (
    r"(?P<k>1(?:0{0,2}))k\b"
    r"|(?P<digits>1(?:0{0,2}(?:[,\u00a0\u202f ]000)+|0+))(?![0-9]|[.,][0-9])"
    r"|(?:(?i:a|one)" + _SPACE + r"+)?(?P<word>(?i:hundred|thousand|million|billion))\b"
)

#: Words that end a base's noun search: "per 100,000 in 2024", "per 1,000 and".
_STOP: Final = (
    "a an the and or in of for to from at on by with than was were is are has have had as "
    "that this these those since last per year years"
)
_NOT_NOUNS: Final = frozenset(_STOP.split())
#: A span of time after the number: "500 cases per 10 days" is a rate per a span, not on
#: a base of ten.
_TIME: Final = frozenset(
    {
        *("second", "seconds", "minute", "minutes", "hour", "hours", "day", "days"),
        *("week", "weeks", "fortnight", "fortnights", "month", "months"),
        *("quarter", "quarters", "year", "years", "decade", "decades"),
    }
)
#: The least base with no noun after it: "3 per 10" is a ratio, "157 per 100,000" a rate.
_BARE_BASE: Final = 100.0

#: After a figure: up to three words (the counted noun), then "per" and the base.
_AFTER: Final = re.compile(
    r"(?:"
    + _SPACE
    + r"+[A-Za-z][A-Za-z'-]*){0,3}?"
    + _SPACE
    + r"+(?i:per)"
    + _SPACE
    + r"+(?P<base>"
    + _NUMBER
    + r")(?:"
    + _SPACE
    + r"+(?P<noun>[A-Za-z][A-Za-z-]*))?"
)

#: A base in a claim's unit, as the registry writes it: "crimes per 1,000 residents",
#: "deaths-per-100000".
_IN_UNIT: Final = re.compile(
    r"(?:^|[ _-])(?i:per)[ _-]+(?P<base>"
    + _NUMBER.replace(_SPACE, r"[ _-]").replace(r"[,\u00a0\u202f ]000", r"[,\u00a0\u202f _-]000")
    + r")"
)

_WORDS: Final = {"hundred": 100.0, "thousand": 1e3, "million": 1e6, "billion": 1e9}


def _value(m: re.Match[str]) -> float:
    if m["digits"]:
        return float(re.sub(r"[^0-9]", "", m["digits"]))
    if m["k"]:
        return float(m["k"]) * 1000
    return _WORDS[m["word"].lower()]


def base_after(text: str, q: Quantity) -> tuple[float, str, int, int] | None:
    """The base written after figure ``q`` of ``text``: its value, its words ("1,000
    residents"), and where its number starts and its words end; None when there is none."""
    if q.unit == "percent" or q.unit == "share":
        return None
    m = _AFTER.match(text, q.end)
    if m is None:
        return None
    end = m.end("base")
    words = " ".join(m["base"].split())
    noun = m["noun"]
    if noun and noun.lower() in _TIME:
        return None
    value = _value(m)
    if noun and noun.lower() not in _NOT_NOUNS:
        words += f" {noun}"
        end = m.end("noun")
    elif value < _BARE_BASE:
        return None
    return value, words, m.start("base"), end


def with_bases(text: str, found: list[Quantity]) -> list[Quantity]:
    """``found`` with each rate's base read into the figure before it, and the figures
    read in a base dropped ("37.9 crimes per 1,000 residents" is one figure, 37.9)."""
    out: list[Quantity] = []
    skip_to = -1
    for q in found:
        if q.start < skip_to:
            continue  # the base's own number: part of the rate before it
        base = base_after(text, q) if q.base is None else None
        if base is not None:
            value, words, _, end = base
            out.append(replace(q, base=value, per=words))
            skip_to = end
            continue
        out.append(q)
    return out


def unit_base(unit: str | None) -> float | None:
    """The base of a rate written in a claim's unit ("crimes per 1,000 residents": 1,000),
    or None."""
    if not unit or "per" not in unit.lower():
        return None
    m = _IN_UNIT.search(unit)
    return _value(m) if m else None


def rebased(unit: str, per: str) -> str:
    """``unit`` on the base ``per`` ("1,000 residents"): "crimes per 100,000 residents" and
    "crimes" both become "crimes per 1,000 residents"."""
    m = _IN_UNIT.search(unit)
    head = unit[: m.start()] if m else unit
    return f"{head.strip()} per {per}".strip()
