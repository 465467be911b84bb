"""The figures of a plain text read cheaply: digits, grouped by commas, with decimals and a
percent sign, among words that no figure starts with.

Most quotes and statements of a registry write their figures so ("In October 2021, the
court recorded about 8,283 cases"): for them the parser's two big patterns
(:data:`~.patterns.MASTER_RE`, :data:`~.patterns.EXCLUDE_RE`) find nothing but those digits
and the dates written month first, and each number is read as :func:`.atoms.make_atom`
reads it. :func:`plain_atoms` gives the atoms :func:`.grammar.tokens` gives, or None when the
text is not plain — any doubt is None, and the full parser reads the text:

* a character other than ASCII letters, digits, spaces, ``, . ; : ! ? " ' % -`` and the
  typographic quotes and dashes; a line break or a tab;
* a word a figure in words starts with, a scale or a percent word, a word of a reference
  ("article", "no.", "p."), a link;
* a number that is not plain digits (``1,5000``, ``1.2.3``, ``12,5``), that does not follow a
  space, that a letter, a hyphen, a digit after a space or a colon follows, that starts the
  text (a list number), that a currency stands before or after, or whose next word may
  make a date, a time or a share with it (a month, "am", "in", "of").

The rest of the grammar (ranges, qualifiers, units, signs) is the parser's own
(:func:`.grammar.parse_atoms`). ``tests/test_quantity_plain.py`` holds the atoms and the
figures equal to the full parser's on every text of the shipped registry, the labelled
drafts and generated number-like strings, or the reader declining.
"""

from __future__ import annotations

from typing import Final

from desertcheck.compiled import regex
from desertcheck.quantity.atoms import Atom
from desertcheck.quantity.money import AFTER_RE, BEFORE_RE
from desertcheck.quantity.patterns import MONTH_FIRST, MONTHS_EN, gate_words
from desertcheck.quantity.quick import currency_may_end_at, currency_may_start_at

#: The characters of a plain text: ASCII letters, digits, some punctuation, the typographic
#: quotes and dashes.
_PLAIN_ASCII: Final = b"".join(
    bytes([c]) for c in range(128) if chr(c).isalnum() or chr(c) in " ,.;:!?\"'%-"
)
_NOT_PLAIN: Final = regex("[^A-Za-z0-9 ,.;:!?\"'%\\-\u2018\u2019\u201c\u201d\u2013\u2014]")
#: The text in lower case as bytes to its words: every byte but a letter to a space.
_TO_WORDS: Final = bytes(c if 97 <= c <= 122 else 32 for c in range(256))
#: The words (lower case) that may start or make a figure or a span left out: the words a
#: figure in words starts with, shares, scales and percent words, references.
_DOUBTFUL: Final = frozenset(
    w.encode()
    for w in {w for w in gate_words() if w.isascii() and w not in ("a", "an")}
    | set(
        [
            "halves",
            "thirds",
            "quarters",
            "fourths",
            "fifths",
            "sixths",
            "sevenths",
            "eighths",
            "ninths",
            "tenths",
        ]
    )
    | set(["bn", "mn", "lakh", "lakhs", "crore", "crores", "pct", "percent", "cent", "pc"])
    | set(
        [
            "article",
            "articles",
            "art",
            "arts",
            "paragraph",
            "paragraphs",
            "para",
            "paras",
            "section",
            "sections",
            "sec",
            "chapter",
            "chapters",
            "ch",
            "clause",
            "clauses",
            "footnote",
            "footnotes",
            "fn",
            "resolution",
            "resolutions",
            "protocol",
            "annex",
            "rule",
            "p",
            "pp",
        ]
    )
)
#: The words after a number that may make a span left out or a share with it: a time, a
#: date ("5 of March"), "1 in 5", "2 out of 3".
_DOUBTFUL_AFTER: Final = frozenset({"in", "out", "of", "am", "pm", "a", "p"})
#: A dotted word after a number that begins so may be a time ("5 a.m.th": the full parser
#: reads "5 a.m." as one): such a text is left to it.
_DOUBTFUL_START: Final = tuple(sorted(_DOUBTFUL_AFTER))
#: A run of digits and separators: every number of the text starts one.
_RUN: Final = regex("[0-9][0-9.,]*")
#: A plain number after a space, with a percent sign, before what may follow it, and the
#: word after it. Where a run holds no such number (``1,5000``, ``1.2.3``, ``12,5``,
#: ``USD5``, ``5km``, ``5-year``), the text is not plain: the runs and these are counted.
#: It starts with a digit, which the engine skips to.
_PLAIN: Final = regex(
    "(?P<digits>[0-9](?<= [0-9])(?:[0-9]{0,2}(?:,[0-9]{3})+|[0-9]*)(?:\\.[0-9]+)?)"
    "(?![0-9])(?![.,][0-9])(?>(?P<pct> ?%)?)(?=[ ,.;!?\"'\u2019\u201d]|\\Z)"
    "(?: +(?P<next>[A-Za-z.]*))?"
)
_MONTH_FIRST: Final = regex(MONTH_FIRST)


def plain_atoms(text: str) -> list[Atom] | None:
    """The atoms of ``text`` as :func:`.grammar.tokens` reads them, or None when ``text`` is
    not plain (read it with the full parser)."""
    if text.isascii():
        lowered = text.lower().encode()
        if lowered.translate(None, _PLAIN_ASCII):
            return None
    elif _NOT_PLAIN.search(text) is not None:
        return None
    else:
        lowered = text.lower().encode()
    words = lowered.translate(_TO_WORDS).split()
    if not _DOUBTFUL.isdisjoint(words) or b"no." in lowered or b"nos." in lowered:
        return None
    if b"www." in lowered:
        return None
    found = list(_PLAIN.finditer(text))
    if not found:
        return [] if _RUN.search(text) is None else None
    if len(found) != len(_RUN.findall(text)) or text.lstrip(" -")[:1].isdigit():
        return None  # a number not plain; a list number at the start of the line
    atoms: list[Atom] = []
    date_end = -1  # the end of a date written month first ("October 2021", "March 5, 2022")
    for m in found:
        start, end = m.span("digits")
        pct = m.start("pct") >= 0
        word = m.group("next")
        if word is not None:
            if not word and text[m.end() : m.end() + 1].isdigit():
                return None  # "12 345": one number
            letters = word.lower().replace(".", "")
            if not pct and (
                letters in _DOUBTFUL_AFTER
                or word.startswith(MONTHS_EN)
                or ("." in word and letters.startswith(_DOUBTFUL_START))
            ):
                return None  # "5 pm", "5 a.m.", "5 a.m.th", "5 March", "1 in 5"
        if pct:
            end = m.end("pct")
        if currency_may_end_at(text, start) and BEFORE_RE.search(text, max(0, start - 5), start):
            return None
        if not pct and currency_may_start_at(text, end) and AFTER_RE.match(text, end):
            return None
        if start < date_end:
            continue  # the year of "March 5, 2022"
        date_end = _date_end(text, start)
        if date_end >= 0:
            continue
        atoms.append(_atom(m.group("digits"), start, end, pct))
    return atoms


def _date_end(text: str, start: int) -> int:
    """The end of the date written month first (:data:`~.patterns.MONTH_FIRST`) that the
    number at ``start`` is the first of, or -1. Such a date is a month, a full stop, spaces
    and a number: the first number within it is one after a month's name, and no date
    left out can start within another (each starts with a capital that none holds after its
    first letter), so a date is found where ``finditer`` finds it."""
    j = start - 1
    while j > 0 and text[j - 1] == " ":
        j -= 1
    if text[j - 1 : j] == ".":
        j -= 1
    head = text[max(0, j - 9) : j]
    if not head.endswith(MONTHS_EN):
        return -1
    month = next(m for m in MONTHS_EN if head.endswith(m))
    date = _MONTH_FIRST.match(text, j - len(month))
    return -1 if date is None else date.end()


def _atom(digits: str, start: int, end: int, pct: bool) -> Atom:
    """The atom of a plain number, as :func:`.atoms.make_atom` makes it."""
    value = float(digits.replace(",", ""))
    bare = not pct and "," not in digits and "." not in digits
    atom = Atom(start, end, value, value, "num", pct=pct)
    atom.bare = bare
    atom.yearlike = bare and len(digits) == 4 and 1900 <= value <= 2100
    atom.twodigit = bare and len(digits) == 2
    return atom
