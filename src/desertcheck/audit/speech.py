"""Figures as people say them: a verbatim transcript's disfluencies and spoken numbers.

A transcript keeps what was said: "about, uh, sixteen thousand", "thirteen sixty-nine"
for 1,369, "ten forty" for 1,040, "eighteen thousand... one fifty-nine" for 18,159,
"seven, eight hundred" for 700 to 800. The quantity parser (shared with ``verify``) reads
written numbers; audit reads a copy of the draft in which these are written as the parser
reads them, every span kept the length it was (:func:`as_spoken`), as it does for years in
words (:func:`.reading.years_in_digits`):

* a filler ("uh", "um", "er", "erm", "ah", in lower case) right before a number, or right
  after a word that leads into what follows (a preposition, a qualifier), set off by
  commas or an ellipsis, is blanked with the commas around it: "about, uh, sixteen
  thousand" is "about sixteen thousand", "since, uh, December" is "since December" (a
  filler between other words is left: "Desertion, that's, uh, up to three years" keeps
  its clauses);
* two number words said as pairs of digits, the second a multiple of ten or a
  compound ("thirteen sixty-nine", "ten forty", "one fifty-nine"), are one number of
  hundreds: 1,369, 1,040, 159. Not after "at" or before "am", "pm" or "o'clock" (a time
  of day), nor before a hyphen ("two thirty-year-olds"); a year in words is read before
  (:func:`.reading.years_in_digits`);
* thousands, a pause, and the rest ("eighteen thousand... one fifty-nine") are one
  number: 18,159;
* two number words a comma or "or" apart before "hundred" or "thousand", the first the
  smaller ("seven, eight hundred", "two or three thousand"), are a range (700-800).

The item quotes the figure as it was said (:func:`as_said`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING, Final

from desertcheck.audit.reading import NUMBER_WORDS as _VALUE
from desertcheck.audit.reading import TEENS as _TEENS
from desertcheck.audit.reading import TENS as _TENS
from desertcheck.audit.reading import UNITS as _UNITS
from desertcheck.compiled import regex

if TYPE_CHECKING:
    from desertcheck.audit.verdicts import AuditItem

_TENS_WORD = rf"(?:{'|'.join(_TENS)})(?:-(?:{'|'.join(_UNITS)}))?"
#: A number under a hundred in one word (or a hyphenated compound).
_SMALL = rf"(?:{'|'.join(_TEENS)}|{_TENS_WORD}|{'|'.join(_UNITS)})"
#: A number said as two pairs of digits: "thirteen sixty-nine", "one fifty-nine".
_PAIR = rf"(?P<hi>{_SMALL})[ \t]+(?P<lo>{_TENS_WORD})"
_SPOKEN: Final = regex(
    # thousands, a pause, the rest: "eighteen thousand... one fifty-nine"
    rf"(?<![\w-])(?:(?P<th>{_SMALL})[ \t]+thousand(?:[ \t]*(?:\.\.\.|…|,))?[ \t]+)?"
    rf"{_PAIR}(?![\w-])(?!\s*(?:a\.?m\.?|p\.?m\.?|o['’]clock)(?!\w))"
    # "seven, eight hundred": a range of hundreds or thousands, the scale said once
    rf"|(?<![\w-])(?P<a>{_SMALL})(?:,|[ \t]+or)[ \t]+(?P<b>{_SMALL})[ \t]+"
    rf"(?P<scale>hundred|thousand)(?![\w-])",
    re.IGNORECASE,
)
#: Words every spoken number of :data:`_SPOKEN` holds, and how far from one it may reach.
_KEY: Final = regex(rf"(?i:{'|'.join(_TENS)}|hundred|thousand)")
_REACH: Final = 80
#: A filler anywhere (the cheap test before :data:`_FILLER` and :data:`_FILLER_AFTER`).
_ANY_FILLER: Final = regex(r"\b(?:uh|um|uhm|umm|er|erm|ah)\b")
_AT_BEFORE: Final = regex(r"\bat[ \t]+\Z", re.IGNORECASE)
#: A filler set off by commas, an ellipsis or a dash: blanked with the commas around it.
_FILLER: Final = regex(
    r"(?:,[ \t]*|(?<=[ \t]))(?:uh|um|uhm|umm|er|erm|ah)(?:[ \t]*(?:,|\.\.\.|…))?"
    rf"(?=[ \t]+(?:[0-9]|(?i:{_SMALL}|a[ \t]+(?:hundred|thousand))(?![\w])))"
)
#: A filler right after a word that leads into what follows: "since, uh, December".
_FILLER_AFTER: Final = regex(
    r"\b(?P<lead>(?i:about|around|roughly|some|nearly|almost|over|under|since|in|from|to|"
    r"until|by|of|than|at|least|most|just|only))"
    r"(?P<filler>,[ \t]*(?:uh|um|uhm|umm|er|erm|ah)[ \t]*(?:,|\.\.\.|…))(?=[ \t]+\w)"
)


def _value(words: str) -> int:
    head, _, tail = words.casefold().partition("-")
    return _VALUE[head] + (_VALUE[tail] if tail else 0)


def _digits(n: int) -> str:
    """``n`` with a space between its thousands, which the parser reads in either number
    convention ("18 159")."""
    return f"{n:,}".replace(",", " ")


#: (start, end) of a spoken number read in digits, as the draft says it.
Said = tuple[int, int]


def as_spoken(text: str) -> tuple[str, list[Said]]:
    """``text`` with its fillers blanked and its spoken numbers in digits, each padded with
    spaces to the length of what it replaces; and where each number replaced is."""
    if _ANY_FILLER.search(text):
        text = _FILLER.sub(lambda m: " " * len(m.group()), text)
        text = _FILLER_AFTER.sub(lambda m: m["lead"] + " " * len(m["filler"]), text)
    spans: list[Said] = []
    parts: list[str] = []
    last = 0
    for m in _spoken(text):
        digits = _number(m, text)
        if digits is None or len(digits) > len(m.group()):
            continue
        parts += [text[last : m.start()], digits + " " * (len(m.group()) - len(digits))]
        spans.append((m.start(), m.end()))
        last = m.end()
    return "".join(parts) + text[last:], spans


def _spoken(text: str) -> Iterator[re.Match[str]]:
    """The spoken numbers of ``text``, in order: looked for only around the words every one
    of them holds (a multiple of ten, "hundred", "thousand"), so that a draft is read in
    time linear in the few places it says them."""
    windows: list[tuple[int, int]] = []
    for m in _KEY.finditer(text):
        a, b = max(0, m.start() - _REACH), min(len(text), m.end() + _REACH)
        if windows and a <= windows[-1][1]:
            windows[-1] = (windows[-1][0], b)
        else:
            windows.append((a, b))
    last = 0
    for a, b in windows:
        for m in _SPOKEN.finditer(text, max(a, last), b):
            last = m.end()
            yield m


def _number(m: re.Match[str], text: str) -> str | None:
    """The digits of the spoken number ``m`` matched, or None when it is not one."""
    if m["scale"]:
        a, b = _value(m["a"]), _value(m["b"])
        if not a < b <= 2 * a:
            return None
        scale = 100 if m["scale"].casefold() == "hundred" else 1000
        return f"{_digits(a * scale)}-{_digits(b * scale)}"
    if _AT_BEFORE.search(text, max(0, m.start() - 10), m.start()):
        return None  # "at ten forty": a time of day
    n = _value(m["hi"]) * 100 + _value(m["lo"])
    if m["th"]:
        n += _value(m["th"]) * 1000
    return _digits(n)


def as_said(item: AuditItem, written: str, spans: list[Said]) -> AuditItem:
    """``item`` quoting its figure as the draft says it, where audit read it in digits."""
    q = item.figure
    for start, words_end in spans:
        if q.start <= start < q.end:
            end = words_end if q.end <= words_end else q.end
            said = written[q.start : end]
            message = item.message.replace(f"“{q.text}”", f"“{said}”")
            return replace(item, figure=replace(q, text=said, end=end), message=message)
    return item
