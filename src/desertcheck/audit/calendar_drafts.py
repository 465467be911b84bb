"""An iCalendar file (``.ics``) read as its reader reads it: its events' words.

A court-watch group sends its hearings as a calendar::

    BEGIN:VEVENT
    UID:cw-hearing-a1f3@courtwatch.example
    DTSTART;TZID=Europe/Moscow:20261104T100000
    SUMMARY:Hearing: absence without leave\\, Rostov garrison court
    DESCRIPTION:Mediazona counted 18\\,159 AWOL cases among over 20\\,000 refusal-to-
     serve cases by the end of June 2025.\\nMaximum sentence for AWOL: 10 years.
    SEQUENCE:2
    END:VEVENT

Read as it stands, every timestamp ("20261104T100000"), the format's version and a
sequence number were figures, a line folded inside a sentence (a line that starts with a
space continues the one before) cut it in two, so "over " and "16\\,000" on the next line
lost their qualifier, and "\\n" ran two sentences together.

:func:`read_calendar` reads only the properties that hold words (:data:`_WORDS`: a
summary, a description, a location, a comment, the calendar's name), each a paragraph of
its own: its folded lines unfolded (a fold after a space kept as a line break within the
paragraph, so a figure whose qualifier ends the line above is placed on its number's
line; a fold inside a word joins it), its escapes read ("\\," a comma, "\\;" a semicolon,
"\\n" a line break, "\\\\" a backslash). Times, dates, identifiers, versions and sequence
numbers are not read, so an event's date is no period of its figures unless its words
name one. Each character read maps back to where the file writes it, so each figure is
placed on its physical line. A draft is a calendar when its name ends in ``.ics`` or
``.ical``, or its text begins ``BEGIN:VCALENDAR`` (:func:`is_calendar`).
"""

from __future__ import annotations

from typing import Final

from desertcheck.audit.json_text import JsonOut
from desertcheck.compiled import regex
from desertcheck.typography import Plain

_SUFFIXES: Final = (".ics", ".ical", ".ifb")
_BEGIN: Final = "BEGIN:VCALENDAR"
#: The properties whose values are words.
_WORDS: Final = frozenset(
    {"SUMMARY", "DESCRIPTION", "LOCATION", "COMMENT", "X-WR-CALNAME", "X-WR-CALDESC"}
)
#: A content line: its property's name, its parameters, the colon before its value.
_PROPERTY: Final = regex(r"([A-Za-z0-9-]++)(?:;(?>(?:[^\"\r\n:]|\"[^\"\r\n]*+\")*))?:")
#: A value's escape.
_ESCAPE: Final = regex(r"\\[\\,;nN]")
_ESCAPED: Final = {",": ",", ";": ";", "n": "\n", "N": "\n", "\\": "\\"}
#: A line break and the space or tab that folds a line onto the next.
_FOLD: Final = regex(r"\r?\n[ \t]")
_LINE_END: Final = regex(r"\r?\n(?![ \t])")


def is_calendar(name: str, text: str) -> bool:
    """Whether the draft ``name`` of ``text`` is an iCalendar file."""
    return name.lower().endswith(_SUFFIXES) or text.lstrip().upper().startswith(_BEGIN)


def read_calendar(text: str) -> Plain | None:
    """``text``, an iCalendar file, read as its words (see the module's docstring), with
    its map back to ``text``; None when it has no such property."""
    out = JsonOut()
    pos, n = 0, len(text)
    found = False
    while pos < n:
        end_m = _LINE_END.search(text, pos)
        end = end_m.start() if end_m else n
        m = _PROPERTY.match(text, pos, end)
        if m is not None and m[1].upper() in _WORDS:
            out.read("\n\n" if found else "", m.end(), m.end())
            _value(out, text, m.end(), end)
            found = True
        pos = end_m.end() if end_m else n
    if not found:
        return None
    out.read("\n", n, n)
    out.back.append(n)
    return Plain(out.text(), out.back, out.wide or None)


def _value(out: JsonOut, text: str, start: int, end: int) -> None:
    """The value ``text[start:end]`` unfolded and unescaped."""
    pos = start
    while pos < end:
        fold = _FOLD.search(text, pos, end)
        stop = fold.start() if fold else end
        for m in _ESCAPE.finditer(text, pos, stop):
            out.copy(text, pos, m.start())
            out.read(_ESCAPED[m[0][1]], m.start(), m.end())
            pos = m.end()
        out.copy(text, pos, stop)
        if fold is not None and text[stop - 1 : stop] in (" ", "\t"):
            out.read("\n", stop, stop)  # folded between two words: a line break, as a mail's
        pos = fold.end() if fold else end
