"""The context of an atom: a qualifier before it, a unit after it, and
whether a year-like number is a count after all."""

from __future__ import annotations

import re
from typing import Final

from desertcheck.quantity.atoms import Atom
from desertcheck.quantity.patterns import (
    CHANGE_BEFORE_RE,
    HYPHEN_WORD_RE,
    QUAL_LOWER_RE,
    QUAL_RE,
    QUAL_WINDOW,
    WORD_AFTER_RE,
    WORDS_AFTER_RE,
    YEAR_PART_RE,
    YEAR_PREP_RE,
)
from desertcheck.quantity.starts import folded
from desertcheck.quantity.words import (
    COUNTING_QUALIFIERS,
    MODIFIERS,
    QUALIFIER_SYMBOLS,
    QUALIFIER_SYMBOLS_UPTO,
    QUALIFIER_WORDS,
    STOP_WORDS,
    YEAR_FOLLOW,
)

_TO_AFTER_CHANGE = frozenset({"до"})
#: "The five districts add up to 50,590": a sum, not a bound ("up to 50,590").
_ADD_UP_BEFORE_RE: Final = re.compile(r"\b(?:add|adds|added|adding)\s+\Z", re.IGNORECASE)


#: The last words a qualifier (or a verb that links one to its figure) may end with: a
#: figure after any other word has no qualifier, and the window is not searched.
_LAST_WORDS: Final = frozenset(k.split()[-1].rstrip(".") for k in QUALIFIER_WORDS) | {"at"}
_LINK_STEMS: Final = ("total", "reach")


def _table_words(words: str) -> str | None:
    """The qualifier table's key for ``words`` as the case-blind pattern matched them, or
    None. Most are the words in lower case; a letter that Unicode folds onto another ("ſ"
    onto "s", "ı" and "İ" onto "i", the Kelvin sign onto "k") is read as the pattern reads it:
    "leſs than" is "less than", as "ſeveral" is "several" (the slow path, for such text only).
    """
    key = " ".join(words.lower().split())
    if key in QUALIFIER_WORDS or not folded(words):
        return key if key in QUALIFIER_WORDS else None
    said = " ".join(words.split())
    return next((k for k in QUALIFIER_WORDS if re.fullmatch(re.escape(k), said, re.I)), None)


def _is_last_word(word: str) -> bool:
    """Whether a qualifier may end with ``word`` (case-blind, as :func:`_table_words`)."""
    if word.lower() in _LAST_WORDS:
        return True
    return folded(word) and any(re.fullmatch(re.escape(w), word, re.I) for w in _LAST_WORDS)


_QUAL_SYMBOLS: Final = frozenset("~≈><≥≤.")


def _may_have_qualifier(text: str, lo: int, start: int) -> bool:
    """Whether a qualifier may end right before ``start`` (a cheap test before the search)."""
    j = start
    while j > lo and text[j - 1].isspace():
        j -= 1
    if j == lo:
        return False
    if not text[j - 1].isalpha():
        return text[j - 1] in _QUAL_SYMBOLS
    k = j - 1
    while k > lo and text[k - 1].isalpha():
        k -= 1
    word = text[k:j]
    return _is_last_word(word) or word.lower().startswith(_LINK_STEMS)


def qualifier_before(text: str, start: int, floor: int) -> tuple[str, int, str] | None:
    """(qualifier, start of its words, the words) directly before ``start``, or None."""
    lo = max(floor, start - QUAL_WINDOW)
    if not _may_have_qualifier(text, lo, start):
        return None
    return qualifier_search(text, lo, start)


def qualifier_search(
    text: str, lo: int, start: int, lowered: bool = True
) -> tuple[str, int, str] | None:
    """:func:`qualifier_before` by the pattern alone, without the cheap test first (the
    tests hold the two equal). ``lowered``: the pattern of the words in lower case reads the
    window in lower case (as the case-blind one reads it: :mod:`.starts`)."""
    base = lo - 1 if lo > 0 else 0  # the character before the window: the pattern looks at it
    window = text[base:start]
    if lowered and not folded(window):
        m = QUAL_LOWER_RE.search(window.lower(), lo - base)
    else:
        base, m = 0, QUAL_RE.search(text, lo, start)
    if m is None:
        return None
    if m.start("words") >= 0:
        at = base + m.start("words")
        key = _table_words(text[at : base + m.end("words")])
        if key is None:  # a folded letter that matches in the pattern, not in the table
            return None
        if key in _TO_AFTER_CHANGE and CHANGE_BEFORE_RE.search(text, max(0, at - 40), at):
            return None  # "выросла до 12 %": "до" is "to" here, not "up to"
        if key == "up to" and _ADD_UP_BEFORE_RE.search(text[max(0, at - 12) : at]):
            return None  # "they add up to 50,590": a sum
        return QUALIFIER_WORDS[key], at, key
    at = base + m.start("symbol")
    sym = text[at]
    qual = QUALIFIER_SYMBOLS.get(sym) or QUALIFIER_SYMBOLS_UPTO[sym]
    return qual, at, sym


def _words_after(text: str, end: int, limit: int) -> list[str]:
    """The words after ``end`` (at most ``limit``, at most five), each after spaces and one
    line break at most."""
    m = WORDS_AFTER_RE.match(text, end)
    if m is None:
        return []
    return [w for w in m.groups()[:limit] if w is not None]


def words_after_in_turn(text: str, end: int, limit: int) -> list[str]:
    """:func:`_words_after` by :data:`~.patterns.WORD_AFTER_RE` matched in turn (the tests
    hold the two equal)."""
    words: list[str] = []
    pos = end
    while len(words) < limit:
        m = WORD_AFTER_RE.match(text, pos)
        if m is None:
            break
        words.append(m.group("word"))
        pos = m.end()
    return words


def unit_after(text: str, end: int) -> str | None:
    hy = HYPHEN_WORD_RE.match(text, end) if text.startswith("-", end) else None
    if hy is not None:
        w = hy.group("word").lower()
        return None if w in STOP_WORDS else w
    words = _words_after(text, end, 5)
    if words and words[0].lower() == "of":
        words = words[1:]
    if not words:
        return None
    first = words[0]
    if first.lower() in STOP_WORDS:
        return None
    # Skip up to two modifiers or capitalised words ("Russian", "new", "criminal") when a
    # further non-function word follows.
    i = 0
    capital_skipped = False
    while i < 2 and i + 1 < len(words):
        w = words[i]
        if words[i + 1].lower() in STOP_WORDS:
            break
        if w.lower() in MODIFIERS:
            i += 1
        elif w[:1].isupper() and not capital_skipped:
            capital_skipped = True
            i += 1
        else:
            break
    return words[i].lower()


def _counted_noun_after(text: str, end: int) -> bool:
    """A lower-case counted noun right after a year-like number ("3050 cases")."""
    words = _words_after(text, end, 1)
    if not words:
        return False
    w = words[0]
    return w.islower() and w not in STOP_WORDS and w not in YEAR_FOLLOW


def is_count(text: str, atom: Atom, end: int, floor: int) -> bool:
    """Whether a year-like number (or year range ending at ``end``) is a count after all."""
    if atom.pct:
        return True
    q = qualifier_before(text, atom.start, floor)
    if q is not None and q[2] in COUNTING_QUALIFIERS:
        return True
    if YEAR_PREP_RE.search(text, max(floor, atom.start - 12), atom.start):
        return False
    if YEAR_PART_RE.search(text, max(floor, atom.start - 24), atom.start):
        return False
    return _counted_noun_after(text, end)
