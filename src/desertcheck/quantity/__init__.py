"""Find the statistics in a text: numbers with their qualifier, unit and character span.

A pure, dependency-free parser (stdlib ``re`` only) used by ``verify`` on quotes, by
``audit`` on editors' drafts and by ``scan``/``add claim`` on sources.
``parse_quantities(text)`` returns every figure in order of appearance and never raises on
any ``str``. docs/figures.md lists, with examples in English and Russian, everything it
reads and leaves out; in short:

* Tokens (:mod:`.atoms`, :mod:`.numwords`): digits with separators, decimals, scales,
  percent and a currency before or after (its ISO 4217 code is the unit, :mod:`.money`);
  number words in English, Russian and Ukrainian (:mod:`.lexicon`, :mod:`.ukrainian`),
  shares, vague amounts.
* A small grammar (:mod:`.grammar`): compounds (``a quarter of a million``, ``2 млн 300
  тыс.``), ranges only between figures of one kind (``to``, ``–``, ``between … and``,
  ``от … до``; not after a verb of change), qualifiers before (``over``, ``около``) or
  after (``or more``, ``и более``) the figure, mapped onto the registry's set
  (:data:`~desertcheck.vocabulary.QUALIFIERS`), and the unit after the figure.
* Never figures: years in running text, dates, times, references, headings, footnote
  markers, URLs, e-mail addresses, phone numbers, hyphenated digit groups, product codes.

Guarantees: a span is a slice of the original text (``text[q.start:q.end] == q.text``) and
never ends with a sentence's full stop; digits of any script (``５０``, ``٥٠``) are read as
their values with spans of the original; a figure never starts or ends inside a number
(``1,5000`` gives none); no pattern backtracks super-linearly; a text without a digit or a
number word costs one prefilter scan, and the big patterns run only where a cheap scan finds
they can match (:mod:`.starts`); a plain text (digits, grouping, a percent sign among words
no figure starts with) is read without them, by :mod:`.plain`, to the same figures.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import replace
from typing import Final

from desertcheck.quantity.compound import joined
from desertcheck.quantity.figure import Quantity
from desertcheck.quantity.grammar import parse, parse_atoms
from desertcheck.quantity.plain import plain_atoms
from desertcheck.quantity.reading import READING
from desertcheck.quantity.starts import may_hold
from desertcheck.vocabulary import QUALIFIERS

__all__ = ["QUALIFIERS", "Quantity", "parse_quantities"]


class _AsciiForms(dict[int, int]):
    """A :meth:`str.translate` table to the ASCII forms the patterns read: any decimal
    digit (``Nd``) to its ASCII digit, full-width punctuation and Arabic separators to
    ASCII. One character to one, so every span is also a span of the original. Filled on
    first sight; characters left alone are not stored."""

    _OTHERS: Final = {0x066A: ord("%"), 0x066B: ord("."), 0x066C: ord(","), 0x3000: ord(" ")}

    def __missing__(self, cp: int) -> int:
        c = chr(cp)
        if unicodedata.category(c) == "Nd":
            to = ord("0") + unicodedata.digit(c)
        elif 0xFF01 <= cp <= 0xFF5E:  # full-width forms of ASCII
            to = cp - 0xFEE0
        else:
            return self._OTHERS.get(cp, cp)
        self[cp] = to
        return to


_ASCII_FORMS: Final = _AsciiForms()
# The characters that _ASCII_FORMS changes: digits other than ASCII ones, the Arabic percent
# sign and separators, the ideographic space and full-width forms.
_OTHER_FORMS_RE: Final = re.compile(r"(?![0-9])\d|[\u066a-\u066c\u3000\uff01-\uff5e]")


def parse_quantities(text: str, language: str | None = None) -> list[Quantity]:
    """Every figure in ``text``, in order of appearance. Never raises on a ``str``.

    ``language`` is the language tag of the source ``text`` is from (None: the one set by
    :func:`.convention.reading`, else English): a language that writes ``1.234,5`` has its
    numbers read so, and German its words around them (:mod:`.german`)."""
    if language is None and (language := READING.get()) is None:
        return _parse(text)
    european, german = _rules(language)
    if not european and not german:
        return _parse(text)
    # imported here: the package's import compiles the parser's patterns and no others
    from desertcheck.quantity.convention import swapped

    if not isinstance(text, str) or not text:
        return []
    read = swapped(text) if european else text
    found = [replace(q, text=text[q.start : q.end]) for q in _parse_lines(text, read)]
    if german:
        from desertcheck.quantity.german import read as read_german
        from desertcheck.quantity.german_words import shares

        worded = [  # "jeder zehnte", "zwei Drittel": shares in words
            Quantity(v, v, "exactly", "share", a, b, text[a:b])
            for a, b, v in shares(text)
            if not any(q.start < b and a < q.end for q in found)
        ]
        if worded:
            found = sorted([*found, *worded], key=lambda q: q.start)
        found = read_german(text, found)
    return found


_RULES: list[Callable[[str], tuple[bool, bool]]] = []


def _rules(language: str) -> tuple[bool, bool]:
    """:func:`.convention.rules` of ``language``, the module imported once: verify asks for
    every quote and statement."""
    if not _RULES:
        from desertcheck.quantity.convention import rules

        _RULES.append(rules)
    return _RULES[0](language)


#: A line that starts with a decimal comma and a capitalised word ("12,4 Mio. Nächte"):
#: swapped, the parser would take "12.4" for a section number.
_DECIMAL_LINE_START: Final = re.compile(r"(?m)^[ \t]*[0-9]{1,2},[0-9]{1,2}[ \t]+[A-ZÄÖÜ]")


def _parse_lines(text: str, read: str) -> list[Quantity]:
    """The figures of ``read``, the European ``text`` swapped: a line that starts with a
    decimal comma is read as part of the line before it (or after a word, at the start)."""
    starts = [m.start() for m in _DECIMAL_LINE_START.finditer(text)] if "," in text else []
    if not starts:
        return _parse(read)
    chars = list(read)
    for at in starts:
        if at > 0:
            chars[at - 1] = " "  # the line break before it: one length, one span
    found = _parse("a " + "".join(chars))
    return [replace(q, start=q.start - 2, end=q.end - 2) for q in found if q.start >= 2]


def _parse(text: str) -> list[Quantity]:
    return joined(text, _figures(text))  # "8 minutes 52 seconds": one figure (:mod:`.compound`)


def _figures(text: str) -> list[Quantity]:
    if not isinstance(text, str) or not text:
        return []
    atoms = plain_atoms(text)
    if atoms is not None:  # a plain text: its numbers read cheaply (:mod:`.plain`)
        return parse_atoms(text, atoms) if atoms else []
    if not may_hold(text):
        return []
    if text.isascii() or _OTHER_FORMS_RE.search(text) is None:
        return parse(text)
    read = text.translate(_ASCII_FORMS)
    return [replace(q, text=text[q.start : q.end]) for q in parse(read)]
