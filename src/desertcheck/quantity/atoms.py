"""Atoms: single figures, read from one match of the master pattern, before qualifiers,
ranges and years are worked out."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

from desertcheck.quantity.patterns import (
    HYPHEN_WORD_RE,
    LETTERS_RE,
    NUMBER_GOES_ON_RE,
    ORDINAL_WORDS_RE,
    PRE_WORD_RE,
)
from desertcheck.quantity.words import (
    DENOMINATORS,
    ORDINAL_SUFFIXES,
    RU_SCALE,
    SCALE_WORDS,
    SMALL_WORDS,
)

_SEP_CHARS: Final = str.maketrans("", "", ", \u00a0\u202f\u2009")


@dataclass(slots=True)
class Atom:
    start: int
    end: int
    low: float
    high: float
    kind: str  # "num", "share", "vague"
    mult: float = 1.0  # scale applied (for carrying "million" to the low end of a range)
    pct: bool = False
    unit: str | None = None  # glued unit ("10km") if any
    yearlike: bool = False
    twodigit: bool = False
    bare: bool = False  # plain digits without separator, decimal, scale or percent
    is_one: bool = False  # the bare word "one"


def _small_value(words: str) -> float:
    total = 0.0
    for part in re.split(r"[-\s]+", words.lower()):
        total += SMALL_WORDS.get(part, 0)
    return total


def _words_value(phrase: str) -> float:
    total = 0.0
    current = 0.0
    for part in re.split(r"[-\s]+", phrase.lower()):
        if part in ("a", "and", ""):
            if part == "a":
                current = 1.0
            continue
        if part == "hundred":
            current = max(current, 1.0) * 100
        elif part in SCALE_WORDS:
            total += max(current, 1.0) * SCALE_WORDS[part]
            current = 0.0
        else:
            current += SMALL_WORDS.get(part, 0)
    return total + current


def _num_or_words(s: str) -> float:
    return float(s) if s.isdigit() else _small_value(s)


def _num_atom(m: re.Match[str], text: str) -> Atom | None:
    """Digits, with separators, decimals, a scale and a percent sign."""
    start, end = m.span()
    int_s = m.group("integer")
    dec = m.group("decimals") or ""
    try:
        value = float(int_s.translate(_SEP_CHARS) + dec.replace(",", "."))
    except ValueError:  # pragma: no cover - the pattern only admits digits
        return None
    mult = 1.0
    sfx = m.group("suffix") or m.group("scale_word")
    if sfx:
        mult = SCALE_WORDS.get(sfx.lower(), 1.0)
    pct = m.group("percent") is not None
    bare = not (m.group("separator") or dec or sfx or pct)
    if not (sfx or pct) and NUMBER_GOES_ON_RE.match(text, end):
        return None  # "12,34,567", "1,5000": no figure rather than a part of one
    atom = Atom(start, end, value * mult, value * mult, "num", mult=mult, pct=pct)
    atom.bare = bare
    atom.yearlike = bare and len(int_s) == 4 and 1900 <= value <= 2100
    atom.twodigit = bare and len(int_s) == 2
    if not sfx and not pct and end < len(text) and text[end].isalpha():
        glued = LETTERS_RE.match(text, end)
        letters = glued.group() if glued else ""
        if letters.lower() in ORDINAL_SUFFIXES or (atom.yearlike and letters in "sг"):
            return None
        atom.unit = letters.lower()
    elif not sfx and not pct and text.startswith("-", end):
        glued = HYPHEN_WORD_RE.match(text, end)
        if glued and glued.group("word").lower() in ORDINAL_SUFFIXES:
            return None
    return atom


def _words_atom(m: re.Match[str], text: str) -> Atom | None:
    """Number words: "twenty-one", "a hundred", "two million"."""
    start, end = m.span()
    phrase = m.group()
    if ORDINAL_WORDS_RE.match(text, end):
        return None
    value = _words_value(phrase)
    mult = SCALE_WORDS.get((m.group("words_scale") or m.group("a_scale") or "").lower(), 1.0)
    atom = Atom(start, end, value, value, "num", mult=mult)
    atom.is_one = phrase.lower() == "one"
    return atom


def _dozen_atom(m: re.Match[str], text: str) -> Atom | None:
    n = m.group("dozens").lower()
    value = 12.0 * (1 if n in ("a", "one") else SMALL_WORDS[n])
    return Atom(*m.span(), value, value, "num")


def _half_a_atom(m: re.Match[str], text: str) -> Atom | None:
    scale = m.group("half_a_scale").lower()
    value = 0.5 * (12.0 if scale == "dozen" else SCALE_WORDS[scale])
    return Atom(*m.span(), value, value, "num")


def _and_a_half_atom(m: re.Match[str], text: str) -> Atom | None:
    value = _num_or_words(m.group("and_a_half_whole")) + 0.5
    return Atom(*m.span(), value, value, "num")


def _one_in_atom(m: re.Match[str], text: str) -> Atom | None:
    den = _num_or_words(m.group("one_in_denominator"))
    num = _num_or_words(m.group("one_in_numerator"))
    if den <= 0 or num > den:
        return None
    return Atom(*m.span(), num / den, num / den, "share")


def _fraction_atom(m: re.Match[str], text: str) -> Atom | None:
    """ "two-thirds", "a quarter of"; "a third country" is an ordinal."""
    end = m.end()
    numerator = m.group("numerator").lower()
    denominator = m.group("denominator").lower()
    singular = not denominator.endswith("s") or denominator == "halves"
    if numerator in ("a", "an", "one"):
        if not re.match(r"\s+of\b|\s*[.,;:!?)\]]|\s*$", text[end : end + 8]):
            return None
        num = 1.0
    else:
        num = float(SMALL_WORDS[numerator])
        if singular and denominator != "half":
            return None
    den = DENOMINATORS[denominator.rstrip("s") if denominator != "halves" else "half"]
    return Atom(*m.span(), num / den, num / den, "share")


def _half_atom(m: re.Match[str], text: str) -> Atom | None:
    start = m.start()
    pre = PRE_WORD_RE.search(text, max(0, start - 12), start)
    if pre and pre.group("word").lower() in ("first", "second", "latter", "former", "other"):
        return None
    return Atom(*m.span(), 0.5, 0.5, "share")


def _ru_fraction_atom(m: re.Match[str], text: str) -> Atom | None:
    denominator = m.group("ru_denominator").lower()
    den = 2.0 if denominator.startswith("полов") else 3.0 if denominator.startswith("трет") else 4.0
    num = {"две": 2.0, "три": 3.0}.get((m.group("ru_numerator") or "").lower(), 1.0)
    return Atom(*m.span(), num / den, num / den, "share")


def _vague_atom(m: re.Match[str], text: str) -> Atom | None:
    low, high = _vague_bounds(m)
    return Atom(*m.span(), low, high, "vague")


#: The atom maker for each kind of match (the name of its group in
#: :data:`~desertcheck.quantity.patterns.MASTER_RE`).
_ATOM_MAKERS: Final[dict[str, Callable[[re.Match[str], str], Atom | None]]] = {
    "num": _num_atom,
    "words": _words_atom,
    "dozen": _dozen_atom,
    "half_a": _half_a_atom,
    "and_a_half": _and_a_half_atom,
    "one_in": _one_in_atom,
    "fraction": _fraction_atom,
    "half": _half_atom,
    "ru_fraction": _ru_fraction_atom,
    "vague": _vague_atom,
}


def make_atom(m: re.Match[str], text: str) -> Atom | None:
    make = _ATOM_MAKERS.get(m.lastgroup or "")
    return make(m, text) if make is not None else None


def _vague_bounds(m: re.Match[str]) -> tuple[float, float]:
    if m.group("tens_of"):
        s = SCALE_WORDS[m.group("tens_of_scale").lower().rstrip("s")]
        lead = m.group("tens_of").lower()
        if lead == "hundreds":
            return 100 * s, 1000 * s - 1
        return (24 * s if lead == "dozens" else 10 * s), 100 * s - 1
    if m.group("few_scale"):
        f = m.group("few_scale").lower()
        n = 12.0 if f == "dozen" else SCALE_WORDS[f]
        if m.group("few_scale_2"):
            n *= SCALE_WORDS[m.group("few_scale_2").lower()]
        return 2 * n, 9 * n
    if m.group("plural_scale"):
        v = m.group("plural_scale").lower()
        if v == "dozens":
            return 24.0, 99.0
        s = SCALE_WORDS[v.rstrip("s")]
        return s, 10 * s - 1
    if m.group("ru_tens_of"):
        s = RU_SCALE[m.group("ru_tens_of_scale").lower()]
        if m.group("ru_tens_of").lower().startswith("сот"):
            return 100 * s, 1000 * s - 1
        return 10 * s, 100 * s - 1
    if m.group("ru_few_scale"):
        n = RU_SCALE[m.group("ru_few_scale").lower()]
        return 2 * n, 9 * n
    v = (m.group("ru_plural_scale") or "").lower()
    return {
        "сотни": (100.0, 999.0),
        "тысячи": (1e3, 9999.0),
        "миллионы": (1e6, 1e7 - 1),
    }.get(v, (20.0, 99.0))
