"""Compound durations: "8 minutes 52 seconds" is one figure, not an 8 and a 52.

A duration written in two or three units, each smaller than the one before ("8 minutes 52
seconds", "8 min 52 s", "41 minutes and 7 seconds", "1 hour 20 minutes", "2 hours, 5
minutes", "5 years and 6 months", "three years and six months"), is read as one figure in
its first, largest unit: 8 min 52 s is 8.87 minutes, 5 years and 6 months 5.5 years, 1
hour 20 minutes 1.33 hours. The value is rounded to the decimals that keep the smallest
unit's step apart (two for two units, four for three), so that a claim writes it as
``value: 8.87`` and ``unit: minutes``, and a draft's "almost nine minutes" compares with it
as any hedged figure does. The qualifier is the first part's ("almost 8 minutes 52
seconds"); the later parts must be exact, whole (the last may have decimals) and smaller
than one of the unit before (60 seconds, 12 months...), and only a space, a comma or "and"
may stand between them. The parser reads English units; a German or French draft's figures,
their units of time made English (``14 Jahren`` is 14 years), are joined by audit with the
words they were written in (:func:`joined`'s ``words``: "14 Jahren und 8 Monaten", "5 ans
et 6 mois"), "und" and "et" standing for "and".

:func:`joined` is the parser's one hook (:func:`desertcheck.quantity.parse_quantities`):
it takes the figures read and returns them with each compound joined.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from collections.abc import Mapping

    from desertcheck.quantity.figure import Quantity

#: Each unit of time as the parser gives it (the word as written, lower-cased), its name
#: in a joined figure and its length in seconds (a month is a twelfth of a year, a year 365
#: days: only the ratio of two neighbouring units is used).
_YEAR = 365 * 86400
_UNITS: Final = {
    **dict.fromkeys(("year", "years", "yr", "yrs"), ("years", _YEAR)),
    **dict.fromkeys(("month", "months", "mo", "mos", "mth", "mths"), ("months", _YEAR / 12)),
    **dict.fromkeys(("week", "weeks", "wk", "wks"), ("weeks", 7 * 86400)),
    **dict.fromkeys(("day", "days"), ("days", 86400)),
    **dict.fromkeys(("hour", "hours", "hr", "hrs", "h"), ("hours", 3600)),
    **dict.fromkeys(("minute", "minutes", "min", "mins"), ("minutes", 60)),
    **dict.fromkeys(("second", "seconds", "sec", "secs", "s"), ("seconds", 1)),
    # French units the parser keeps as written in a draft too short to be read as French
    **dict.fromkeys(("ans", "année", "années"), ("years", _YEAR)),
    **dict.fromkeys(("mois",), ("months", _YEAR / 12)),
    **dict.fromkeys(("semaine", "semaines"), ("weeks", 7 * 86400)),
    **dict.fromkeys(("jour", "jours"), ("days", 86400)),
}
#: The parts that may follow each unit: its next smaller unit of the calendar or the clock
#: ("3 weeks and 140 hours" is two figures).
_NEXT: Final = {
    "years": ("months",),
    "months": ("weeks", "days"),
    "weeks": ("days",),
    "days": ("hours",),
    "hours": ("minutes",),
    "minutes": ("seconds",),
}
#: What may stand between two parts: spaces, a comma, "and" ("2 hours, 5 minutes",
#: "41 minutes and 7 seconds").
_GAP: Final = re.compile(r"\s*,?\s*(?:(?:and|und|et)\s+)?", re.IGNORECASE)
#: The decimals a joined value keeps, by its number of parts.
_DECIMALS: Final = {2: 2, 3: 4}


def _unit(q: Quantity) -> tuple[str, float] | None:
    if q.unit is None or q.base is not None or q.vague:
        return None
    return _UNITS.get(q.unit.lower())


def _follows(
    text: str, a: Quantity, b: Quantity, a_unit: tuple[str, float], words: Mapping[str, str]
) -> bool:
    """Whether ``b`` is the next, smaller part of a duration whose last part is ``a``."""
    b_unit = _unit(b)
    if b_unit is None or b_unit[0] not in _NEXT.get(a_unit[0], ()):
        return False
    if b.qualifier != "exactly" or b.is_range:
        return False
    if not a.low.is_integer() or b.low < 0 or b.low * b_unit[1] >= a_unit[1]:
        return False  # "8.5 minutes 20 seconds", "8 minutes 75 seconds": no compound
    gap = text[a.end : b.start]
    said = _said_unit(gap, a, words=words)
    return said is not None and "\n" not in gap and _GAP.fullmatch(gap, said) is not None


def _said_unit(
    text: str, q: Quantity, dot: bool = True, words: Mapping[str, str] | None = None
) -> int | None:
    """Where the unit word of ``q`` ends in ``text`` (the words right after ``q``), with
    its abbreviation's full stop when ``dot`` ("8 mins. 52 secs"); None if the unit is
    not the next word. ``words``: other words written for a unit (``Jahren``: years)."""
    said = [q.unit or ""] + [w for w, unit in (words or {}).items() if unit == q.unit]
    alternatives = "|".join(map(re.escape, sorted(said, key=len, reverse=True)))
    m = re.compile(rf"\s*-?\s*(?:{alternatives})\b", re.IGNORECASE).match(text)
    if m is None:
        return None
    return m.end() + (dot and text.startswith(".", m.end()))


def joined(
    text: str, found: list[Quantity], words: Mapping[str, str] | None = None
) -> list[Quantity]:
    """``found`` (the figures of ``text``, in order) with each compound duration joined into
    one figure in its first unit; ``words``: a language's words of time and the English
    unit each is read as, when ``found`` are a German or French draft's."""
    if len(found) < 2:
        return found
    out: list[Quantity] = []
    i = 0
    while i < len(found):
        first = found[i]
        unit = _unit(first)
        parts = [first]
        if unit is not None and not first.is_range:
            last_unit = unit
            while i + len(parts) < len(found) and len(parts) < 3:
                nxt = found[i + len(parts)]
                if not _follows(text, parts[-1], nxt, last_unit, words or {}):
                    break
                parts.append(nxt)
                last_unit = _UNITS[(nxt.unit or "").lower()]
        if len(parts) == 1:
            out.append(first)
            i += 1
            continue
        assert unit is not None
        name, seconds = unit
        total = sum(p.low * _UNITS[(p.unit or "").lower()][1] for p in parts) / seconds
        value = round(total, _DECIMALS[len(parts)])
        last = parts[-1]
        end = last.end + (
            _said_unit(text[last.end : last.end + 12], last, dot=False, words=words) or 0
        )
        whole = replace(first, low=value, high=value, unit=name, end=end)
        out.append(replace(whole, text=text[first.start : end]))
        i += len(parts)
    return out
