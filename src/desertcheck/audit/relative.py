"""Relative periods, read from the draft's own date.

A draft dated in its first lines ("*Recorded on 12 November 2025.*", "Updated 2 February
2026", front matter ``date: 2025-10-30``) says when "last year", "this year", "last
spring", "last May" or "the middle of this year" are: 2024, 2025, spring 2025, May 2025.
:func:`absolute` writes them as the dates they stand for, for the period patterns of
:mod:`.periods` to read, and maps what they find back to the draft's own words. A draft
with no date of its own keeps them unread. "This month" and "last week" are left alone:
most often they date a report ("told the Council this month"), not a figure.

The date is held for the audit of one draft (:func:`dated`), so every reader of period
words (a sentence's, a caption's, a table row's) sees the same one.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date
from typing import Final

from desertcheck.audit import ukrainian_periods as uk_periods
from desertcheck.compiled import regex

_MONTH_NAMES: Final = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
_MONTHS: Final = {
    **{m.casefold(): i + 1 for i, m in enumerate(_MONTH_NAMES)},
    **{m[:3].casefold(): i + 1 for i, m in enumerate(_MONTH_NAMES)},
    "sept": 9,
}
_MONTH_RE = r"(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
#: Russian month stems (a month's every case starts with its stem).
_RU_MONTHS: Final = {
    "январ": 1, "феврал": 2, "март": 3, "апрел": 4, "ма": 5, "июн": 6, "июл": 7,
    "август": 8, "сентябр": 9, "октябр": 10, "ноябр": 11, "декабр": 12,
}  # fmt: skip
_RU_STEMS: Final = sorted(_RU_MONTHS, key=len, reverse=True)  # "март" before "ма"


def ru_month(word: str) -> int:
    """The month a Russian month word names ("марта": 3, "мае": 5); StopIteration if none."""
    word = word.casefold()
    return _RU_MONTHS[next(stem for stem in _RU_STEMS if word.startswith(stem))]


_SEASONS: Final = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11)}

#: Months of the languages a translated draft keeps its date line in (Spanish, Portuguese,
#: Italian, French, German, Dutch): "30 de noviembre de 2025", "2 juin 2025", "30. Dezember 2025".
_OTHER_MONTHS: Final = {
    m: i + 1
    for names in (
        "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
        "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
        "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre "
        "dicembre",
        "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
        "januar februar märz april mai juni juli august september oktober november dezember",
        "januari februari maart april mei juni juli augustus september oktober november december",
    )
    for i, m in enumerate(names.split())
}
_OTHER_MONTH_RE = "|".join(sorted(_OTHER_MONTHS, key=len, reverse=True))
_OTHER_DATE_RE = (
    rf"\b(?P<d5>\d{{1,2}})\.?\s+(?:de\s+)?(?P<m5>{_OTHER_MONTH_RE})\s+(?:de\s+)?"
    r"(?P<y5>(?:19|20)\d\d)\b"
)
#: The draft's date: "12 November 2025", "November 12, 2025", "2025-10-30", "18 января 2026",
#: "30 de noviembre de 2025".
_DATE: Final = regex(
    rf"\b(?P<d1>\d{{1,2}})\s+(?P<m1>{_MONTH_RE})\s+(?P<y1>(?:19|20)\d\d)\b"
    rf"|\b(?P<m2>{_MONTH_RE})\s+(?P<d2>\d{{1,2}}),?\s+(?P<y2>(?:19|20)\d\d)\b"
    r"|\b(?P<y3>(?:19|20)\d\d)-(?P<m3>[01]\d)-(?P<d3>[0-3]\d)\b"
    r"|(?<!\w)(?P<d4>\d{1,2})\s+(?P<m4>(?:январ|феврал|март|апрел|ма|июн|июл|август|"
    r"сентябр|октябр|ноябр|декабр|" + "|".join(uk_periods.MONTHS) + r")[а-яіїє]*)\s+"
    r"(?P<y4>(?:19|20)\d\d)(?!\d)"
    rf"|{_OTHER_DATE_RE}"
    # in digits, the day first: "12.11.2025"; with slashes, only when the day says it is
    # one (over 12): "21/10/2025", "10/21/2025", never "05/06/2025"
    r"|(?<![\d./])(?P<a6>\d{1,2})(?P<sep6>[./])(?P<b6>\d{1,2})(?P=sep6)(?P<y6>(?:19|20)\d\d)"
    r"(?![\w]|\.\d)",
    re.IGNORECASE,
)
_OTHER_DATE: Final = regex(_OTHER_DATE_RE, re.IGNORECASE)


def other_language_dates(text: str) -> list[tuple[int, int]]:
    """The spans of the dates ``text`` writes in another language ("15 de septiembre de
    2025"): dates, not figures (the parser skips the English ones itself)."""
    if not any(c.isdigit() for c in text):
        return []
    return [m.span() for m in _OTHER_DATE.finditer(text)]


#: The draft's head, where its date line stands: its first lines.
HEAD_LINES: Final = 6

#: Relative period words: "last year", "this year", "last spring", "last May", the
#: Russian "в прошлом году", "в этом году", their Ukrainian and German kin. Not after "the"
#: ("the last year of peace").
_RELATIVE: Final = regex(
    rf"(?<![\w-])(?:(?P<month>{_MONTH_RE})\s+(?:of\s+)?)?(?P<rel>last|this)\s+"
    rf"(?:(?P<year>year)|(?P<season>spring|summer|autumn|fall|winter)|(?P<named>{_MONTH_RE}))"
    r"(?![\w-])"
    r"|(?<!\w)(?P<ru>в|за)\s+(?P<ru_rel>прошлом|этом|текущем)\s+году(?!\w)"
    # Ukrainian: "у минулому році", "торік", "цього року"
    r"|(?<!\w)(?P<uk>у|в|за)\s+(?P<uk_rel>минулому|цьому|поточному)\s+році(?!\w)"
    r"|(?<!\w)(?P<uk_word>торік|минулого\s+року|цього\s+року|поточного\s+року)(?!\w)"
    # German: "im vergangenen Jahr", "voriges Jahr", "in diesem Jahr", Austrian "heuer"
    # (not "im Vorjahr": the year before the one its sentence names, as often as not)
    r"|(?<!\w)(?P<de>(?:im\s+)?(?:vergangenen|vorigen|letzten)\s+Jahr|(?:vergangenes|voriges|"
    r"letztes)\s+Jahr|(?:in\s+)?diesem\s+Jahr|dieses\s+Jahr|heuer)(?!\w)",
    re.IGNORECASE,
)
_THE_BEFORE: Final = regex(r"\bthe\s+\Z", re.IGNORECASE)
#: A word after which a point in time needs no "in" of its own: "since last year", "the
#: end of last May", "between January and the middle of this year".
_LINKED_BEFORE: Final = regex(
    r"\b(?:in|during|throughout|over|for|by|of|since|until|till|through|to|and|at|as|"
    r"from|before|after|between)\s+\Z",
    re.IGNORECASE,
)

_TODAY: ContextVar[date | None] = ContextVar("desertcheck_draft_date", default=None)


def draft_date(text: str) -> date | None:
    """The date a draft gives itself in its first :data:`HEAD_LINES` lines (a date line,
    a dateline, front matter), or None; of several, the latest (a title may name the day
    an event began: "# A year since 24 February 2022", then "*Published 3 March 2023*")."""
    head = "\n".join(text.split("\n", HEAD_LINES)[:HEAD_LINES])
    found = [d for m in _DATE.finditer(head) if (d := _date_of(m)) is not None]
    return max(found) if found else None


def _date_of(m: re.Match[str]) -> date | None:
    try:
        if m["y1"]:
            return date(int(m["y1"]), _MONTHS[m["m1"].casefold().rstrip(".")], int(m["d1"]))
        if m["y2"]:
            return date(int(m["y2"]), _MONTHS[m["m2"].casefold().rstrip(".")], int(m["d2"]))
        if m["y3"]:
            return date(int(m["y3"]), int(m["m3"]), int(m["d3"]))
        if m["y4"]:
            month = uk_periods.month(m["m4"]) or ru_month(m["m4"])
            return date(int(m["y4"]), month, int(m["d4"]))
        if m["y5"]:
            return date(int(m["y5"]), _OTHER_MONTHS[m["m5"].casefold()], int(m["d5"]))
        return _in_digits(int(m["a6"]), int(m["b6"]), int(m["y6"]), m["sep6"])
    except (ValueError, KeyError, StopIteration):
        return None


def _in_digits(a: int, b: int, year: int, sep: str) -> date | None:
    """A date written in digits: day first with dots; with slashes, the day the one over 12
    (day and month cannot be told apart otherwise: the US writes the month first)."""
    try:
        if sep == "." or a > 12:
            return date(year, b, a)
        if b > 12:
            return date(year, a, b)
    except ValueError:  # "31.02.2025"
        return None
    return None


def held_date() -> date | None:
    """The draft's date held for the audit under way (:func:`dated`), or None."""
    return _TODAY.get()


@contextmanager
def dated(day: date | None) -> Iterator[None]:
    """Read relative periods against ``day`` (the draft's date) while the block runs."""
    token = _TODAY.set(day)
    try:
        yield
    finally:
        _TODAY.reset(token)


def _point(m: re.Match[str], today: date) -> str | None:
    """The absolute point in time relative words stand for, as the period patterns
    write one ("May 2025", "spring 2024", "2024"), or None."""
    if m["ru"]:
        year = today.year - 1 if m["ru_rel"].casefold() == "прошлом" else today.year
        return f"{m['ru']} {year} году"
    if m["uk"] or m["uk_word"]:
        said = (m["uk_rel"] or m["uk_word"]).casefold()
        year = today.year - 1 if said.startswith(("минул", "торік")) else today.year
        return f"{m['uk'] or 'у'} {year} році"
    if m["de"]:
        this = m["de"].casefold().startswith(("in diesem", "diesem", "dieses", "heuer"))
        return f"im Jahr {today.year if this else today.year - 1}"
    last = m["rel"].casefold() == "last"
    if m["year"]:
        year = today.year - 1 if last else today.year
        return f"{m['month']} {year}" if m["month"] else str(year)
    if m["month"]:  # "May of last spring": not a date
        return None
    if m["season"]:
        season = m["season"].casefold()
        if season == "winter":  # a winter is named by the year it starts in
            if last:
                year = today.year - 1 if today.month >= 3 or today.month == 12 else today.year - 2
                year = today.year - 1 if today.month == 12 else year
            else:
                year = today.year - 1 if today.month <= 2 else today.year
            return f"winter {year}"
        end = _SEASONS[season][1]
        year = today.year - 1 if last and today.month <= end else today.year
        return f"{season} {year}"
    if m["named"] == m["named"].casefold() and m["named"].casefold() == "may":
        return None  # "this may change": a verb
    month = _MONTHS[m["named"].casefold().rstrip(".")]
    year = today.year - 1 if last and month >= today.month else today.year
    return f"{_MONTH_NAMES[month - 1]} {year}"


#: A part of the draft's text written anew: (start, end) in the new text and (start,
#: end) in the draft's.
Piece = tuple[int, int, int, int]


def absolute(text: str) -> tuple[str, list[Piece]] | None:
    """``text`` with its relative periods written as dates, and the pieces written anew;
    None when no draft date is held or ``text`` has no relative period words."""
    today = _TODAY.get()
    if today is None:
        return None
    out: list[str] = []
    pieces: list[Piece] = []
    at = 0  # in text
    length = 0  # of the new text so far
    for m in _RELATIVE.finditer(text):
        if _THE_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            continue
        point = _point(m, today)
        if point is None:
            continue
        if (
            not (m["ru"] or m["uk"] or m["uk_word"] or m["de"])
            and not m["month"]
            and not _LINKED_BEFORE.search(text, max(0, m.start() - 12), m.start())
        ):
            point = "in " + point  # "Last spring the courts…": in spring 2025
        out.append(text[at : m.start()])
        length += m.start() - at
        pieces.append((length, length + len(point), m.start(), m.end()))
        out.append(point)
        length += len(point)
        at = m.end()
    if not pieces:
        return None
    out.append(text[at:])
    return "".join(out), pieces


def to_draft(position: int, pieces: list[Piece], end: bool = False) -> int:
    """A ``position`` in the text :func:`absolute` wrote, in the draft's text: a position
    inside a piece written anew is its start (``end``: its end)."""
    i = bisect.bisect_right(pieces, (position, float("inf"))) - 1
    if i < 0:
        return position
    new_start, new_end, start, finish = pieces[i]
    if end and position == new_start:
        return start
    if position < new_end or (end and position == new_end):
        return finish if end else start
    return finish + (position - new_end)
