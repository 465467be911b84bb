"""A gettext translation file (``.po``) read as its strings: an interactive's text in its
source language and in the translation, each message a paragraph.

A newsroom's interactive keeps its words in a catalogue::

    #: src/cards.js:42
    #, c-format
    msgctxt "card.deserted"
    msgid ""
    "Over 50,000 soldiers have deserted "
    "since 2022"
    msgstr "Über 50.000 Soldaten sind seit 2022 desertiert"

Read as it stands, every number was a figure (a source reference's line, the header's
dates and version, a plural rule's ``n != 1``) and a message split over two quoted lines
two sentences. :func:`read_po` reads each ``msgid``, ``msgid_plural`` and ``msgstr`` as a
paragraph of its own, its quoted pieces joined and their escapes read; comments
(references, flags, a translator's notes, obsolete ``#~`` messages), ``msgctxt`` and the
header (the message whose ``msgid`` is empty) are not read, and a printf placeholder
(``%d``, ``%1$s``) or a ``{name}`` one is no figure. Each character read maps back to where
the file writes it, so a figure is placed on its line. A draft is a gettext file when its
name ends in ``.po`` or ``.pot``.

A catalogue holds two languages, and often two number conventions: an English ``msgid``
writes "13,800", its German ``msgstr`` "13.800". Read as one draft, the English evidence
made the whole file English and "13.800" read as 13.8. Each message is read with its own
convention (:func:`catalogue_parts`): where the header's ``Language:`` field names a
language that groups thousands with a dot (German, Greek, Hungarian...), every message
whose numbers say the European convention alone is read in it, a single "13.800" enough;
without that field, a message that reads as German or French
(:func:`.continental_sentences.reads_as`) is. A draft of one language is read as before.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Final

from desertcheck.audit.json_text import JsonOut
from desertcheck.compiled import regex
from desertcheck.typography import Plain

_SUFFIXES: Final = (".po", ".pot")
#: A message's keyword and its first quoted piece; a quoted piece continuing it.
_KEYWORD: Final = regex(r'[ \t]*+(msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?)[ \t]++(?=")')
_PIECE: Final = regex(r'[ \t]*+("(?>(?:[^"\\\n]|\\.)*)")[ \t]*+(?:\n|\Z)')
#: In a piece: an escape, or a placeholder that is no figure (``%d``, ``%1$s``, ``%.1f``,
#: ``{count}``); ``%%`` is a per cent sign.
_SPECIAL: Final = regex(
    r"\\(.)|%%|%(?:\d+\$)?[-+ 0#]*+\d*+(?:\.\d++)?[hlLqjzt]*+[diouxXeEfFgGcspn]"
    r"|\{[A-Za-z_]\w*+\}"
)
_ESCAPES: Final = {"n": "\n", "t": "\t", "r": "\n", "a": "", "b": "", "f": "", "v": ""}
#: The header's Language field, as the file writes it: "Language: de\n", "Language: pt_BR".
_LANGUAGE_FIELD: Final = regex(r'^"Language:[ \t]*+([A-Za-z]{2,3})(?![A-Za-z])', re.MULTILINE)
#: The languages (ISO 639 codes) that write a decimal comma, and a dot or a space between
#: thousands: a translation's "13.800" is thirteen thousand eight hundred.
_EUROPEAN_CODES: Final = (
    "de fr es it pt nl pl ru uk cs sk sl hr sr bs bg ro hu el tr da nb nn no sv fi et lv lt "
    "is id ca gl eu"
)
EUROPEAN_LANGUAGES: Final = frozenset(_EUROPEAN_CODES.split())
#: The language of the catalogue being audited (its header's), "" when it names none,
#: None when the draft is no catalogue.
_CATALOGUE: ContextVar[str | None] = ContextVar("desertcheck_po_language", default=None)
#: A paragraph's end: a blank line (each message is a paragraph of its own).
_PARAGRAPH: Final = regex(r"\n[ \t]*\n")


def is_po(name: str) -> bool:
    """Whether the draft ``name`` is a gettext translation file."""
    return name.lower().endswith(_SUFFIXES)


def read_po(text: str) -> Plain | None:
    """``text``, a gettext file, read as its messages (see the module's docstring), with
    its map back to ``text``; None when it holds no message."""
    out = JsonOut()
    messages = 0
    header = True  # until a msgid with text: the header's msgstr is not read
    pos, n = 0, len(text)
    while pos < n:
        end = text.find("\n", pos)
        end = n if end < 0 else end + 1
        m = _KEYWORD.match(text, pos, end)
        if m is None:
            pos = end
            continue
        keyword = m.group(1)
        pieces = []
        at = m.end()
        while (piece := _PIECE.match(text, at)) is not None:
            pieces.append(piece.span(1))
            at = piece.end()
        if not pieces:
            pos = end
            continue
        pos = at
        empty = all(b - a == 2 for a, b in pieces)
        if keyword == "msgid":
            messages += 1
            header = empty  # msgid "": the header's
        if keyword == "msgctxt" or header or empty:
            continue  # an untranslated message's msgstr "" neither
        out.read("\n\n", pieces[0][0], pieces[0][0])  # a paragraph of its own
        for a, b in pieces:
            _read_piece(out, text, a + 1, b - 1)
    if not messages:
        return None
    out.read("\n", n, n)
    out.back.append(n)
    return Plain(out.text(), out.back, out.wide or None)


def _read_piece(out: JsonOut, text: str, start: int, end: int) -> None:
    """A quoted piece's ``text[start:end]`` read into ``out``: its escapes as their
    characters, its placeholders dropped."""
    pos = start
    for m in _SPECIAL.finditer(text, start, end):
        out.copy(text, pos, m.start())
        if m.group(1) is not None:
            ch = m.group(1)
            out.read(_ESCAPES.get(ch, ch), m.start(), m.end())
        elif m.group() == "%%":
            out.read("%", m.start(), m.end())
        pos = m.end()
    out.copy(text, pos, end)


def catalogue_language(text: str) -> str | None:
    """The language code (lower case) the header of the gettext file ``text`` names in its
    ``Language:`` field, or None."""
    m = _LANGUAGE_FIELD.search(text)
    return m[1].lower() if m else None


@contextmanager
def catalogue(file: str, text: str) -> Iterator[None]:
    """While a draft ``file`` of ``text`` is audited: its catalogue's language, when it is a
    gettext file (:func:`catalogue_parts`)."""
    token = _CATALOGUE.set((catalogue_language(text) or "") if is_po(file) else None)
    try:
        yield
    finally:
        _CATALOGUE.reset(token)


def catalogue_parts(text: str) -> list[tuple[int, int]]:
    """The paragraphs of ``text`` (a catalogue's messages, as read) to read in the European
    convention when their own numbers say it alone: all of them in a catalogue whose header
    names a language that writes it, else those that read as German or French; none when
    no catalogue is being audited, or its language writes the English convention."""
    from desertcheck.audit.continental_sentences import reads_as

    language = _CATALOGUE.get()
    if language is None:
        return []
    bounds = [0, *(m.end() for m in _PARAGRAPH.finditer(text)), len(text)]
    return [
        (a, b)
        for a, b in itertools.pairwise(bounds)
        if text[a:b].strip()
        and (language in EUROPEAN_LANGUAGES or (not language and reads_as(text[a:b])))
    ]
