"""Org-mode and reStructuredText apparatus in a draft: drawers, progress cookies and a
directive's options, which hold numbers that are no figures (:func:`blank_org`, called by
:func:`desertcheck.draft.blank`).

A reporter's notes in Org mode carry the outliner's own bookkeeping: a heading's progress
cookie ("* CHECK Headline figures [3/5]": three of five items done) and drawers
(``:PROPERTIES:`` … ``:END:`` with an ``:ID:`` such as
``7f3a2c9e-41b8-…``; ``:LOGBOOK:`` … ``:END:`` with clock lines). Read as text, "3/5" was
a share and the ID's first digit a count. A drawer, from its opening line to its ``:END:``
line, is blanked; so is a progress cookie (``[3/5]``, ``[60%]``) on a heading line (stars,
then a space). A drawer with no ``:END:`` is left as it is: it is no drawer.
A reStructuredText directive's options, the indented ``:name: value`` lines right after
its ``.. name::`` line (``:widths: 40 20 40``, ``:header-rows: 1``), are blanked too, and
so are the attribute entries of an AsciiDoc document's header (its ``= Title`` line at the
top, up to the first blank line): ``:revnumber: 2.3``, ``:revdate: 2026-09-03``, the
document's metadata.
"""

from __future__ import annotations

import re
from typing import Final

_DRAWER_START: Final = re.compile(r"[ \t]*+:(?:PROPERTIES|LOGBOOK):[ \t]*+\Z")
_DRAWER_END: Final = re.compile(r"[ \t]*+:END:[ \t]*+\Z")
_HEADING: Final = re.compile(r"^\*++[ \t][^\n]*+", re.MULTILINE)
_COOKIE: Final = re.compile(r"\[(?:\d{1,4}/\d{1,4}|\d{1,3}%)\]")
_NOT_NEWLINE: Final = re.compile(r"[^\n]")
#: A reStructuredText directive's line, and the options indented under it.
_DIRECTIVE: Final = re.compile(r"^\.\.[ \t]++[\w-]++::(?:[ \t][^\n]*+)?$", re.MULTILINE)
_OPTIONS: Final = re.compile(r"(?>(?:\n[ \t]++:[\w-]++:(?:[ \t][^\n]*+)?(?=\n|\Z))+)")
#: An AsciiDoc document's header: its title at the top, the lines up to a blank one.
_ASCIIDOC_HEADER: Final = re.compile(r"\A=[ \t][^\n]*+(?>(?:\n[ \t]*+\S[^\n]*+)*)")
_ATTRIBUTE: Final = re.compile(r"^:!?[\w][\w-]*+!?:(?:[ \t][^\n]*+)?$", re.MULTILINE)


def _spaces(s: str) -> str:
    return _NOT_NEWLINE.sub(" ", s)


def blank_org(text: str) -> str:
    """``text`` with its Org drawers, headings' progress cookies, reST directives' options
    and AsciiDoc header attributes blanked (same length, same lines)."""
    if ":END:" in text:
        lines = text.split("\n")
        start: int | None = None
        for i, line in enumerate(lines):
            if start is None and _DRAWER_START.match(line):
                start = i
            elif start is not None and _DRAWER_END.match(line):
                lines[start : i + 1] = [_spaces(x) for x in lines[start : i + 1]]
                start = None
        text = "\n".join(lines)
    if ".. " in text:
        spans = [
            o.span() for d in _DIRECTIVE.finditer(text) if (o := _OPTIONS.match(text, d.end()))
        ]
        for start, end in spans:
            text = text[:start] + _spaces(text[start:end]) + text[end:]
    header = _ASCIIDOC_HEADER.match(text) if text[:2] == "= " else None
    if header:
        attributes = _ATTRIBUTE.sub(lambda a: _spaces(a[0]), header[0])
        text = attributes + text[header.end() :]
    if "[" in text:
        text = _HEADING.sub(lambda m: _COOKIE.sub(lambda c: _spaces(c[0]), m[0]), text)
    return text
