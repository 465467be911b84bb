"""A Russian rate word earlier in a figure's clause: "Каждый месяц Россия набирает от
40 000 до 45 000 человек", "ежемесячно … около тысячи" (the English "each month … 700 to
800" of :func:`desertcheck.audit.kinds.rate_in_clause`)."""

from __future__ import annotations

import re
from typing import Final

from desertcheck.compiled import regex

_RU_RATE_IN_CLAUSE: Final = regex(
    r"(?<!\w)(?:(ежемесячн|еженедельн|ежедневн)\w*|(?:кажд(?:ый|ую|ое|ые))\s+"
    r"(?:рабочий\s+)?(месяц|неделю|день|сутки)(?!\w))",
    re.IGNORECASE,
)
_SPANS: Final = {
    "ежемесячн": "month",
    "еженедельн": "week",
    "ежедневн": "day",
    "месяц": "month",
    "неделю": "week",
    "день": "day",
    "сутки": "day",
}


def ru_rate_in_clause(before: str) -> str | None:
    """The rate a Russian rate word in ``before`` gives a figure after it, or None."""
    found = list(_RU_RATE_IN_CLAUSE.finditer(before))
    if not found:
        return None
    word = found[-1].group(1) or found[-1].group(2)
    return f"rate-{_SPANS[word.lower()]}"
