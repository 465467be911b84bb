"""A Russian or Ukrainian period pattern's match read as days: the groups both languages'
patterns name (``m``/``y`` a point's month and year, ``mh``/``ms`` its half and season,
``m1``/``m2``/``y2`` a span's months and year, ``ye`` a second year), read by the
language's own reader of a point's days."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta
from typing import TypeAlias

_Days: TypeAlias = tuple[date, date]
#: A language's reader of a point: (month, year, half, season) -> its first and last day.
DaysOf: TypeAlias = Callable[[str | None, str, str | None, str | None], _Days]

#: The start of the full-scale invasion, what "since the invasion" counts from.
WAR_START: _Days = (date(2022, 2, 24), date(2022, 2, 24))


def month_end(year: int, month: int) -> date:
    """The last day of ``month`` (13 and 14 run into the next year)."""
    return date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)


def season_days(year: int, months: tuple[int, int]) -> tuple[date, date]:
    """A season's first and last days: (3, 5) is March to May of ``year``; (12, 14), a
    winter, December to the next February."""
    first, last = months
    return date(year, first, 1), month_end(year + (last - 1) // 12, (last - 1) % 12 + 1)


def read_match(kind: str, m: re.Match[str], days: DaysOf) -> tuple[str, _Days, _Days]:
    """(kind, first point's days, last point's days) of the period ``m`` matched."""
    groups = m.groupdict()
    if "y" not in groups and "y2" not in groups:  # since the invasion
        return ("since", WAR_START, WAR_START)
    if kind == "between":
        last = days(m["m2"], m["y2"], m["m2h"], m["m2s"])
        return ("between", days(m["m1"], m["y2"], None, None), last)
    a = days(m["m"], m["y"], m["mh"], m["ms"])
    if m["ye"]:  # "в 2024–2025 годах", "у 2024–2025 роках": both years
        end = int(m["ye"]) + (0 if len(m["ye"]) == 4 else int(m["y"]) // 100 * 100)
        a = (a[0], date(max(end, a[0].year), 12, 31))
    return (kind, a, a)


def days_of_season(name: str, year: int) -> _Days:
    """The first and last day of an English season's ``name`` in ``year`` (a winter runs
    into the next year's February)."""
    match name.lower():
        case "spring":
            return date(year, 3, 1), date(year, 5, 31)
        case "summer":
            return date(year, 6, 1), date(year, 8, 31)
        case "autumn" | "fall":
            return date(year, 9, 1), date(year, 11, 30)
        case _:
            return date(year, 12, 1), month_end(year + 1, 2)
