"""Number words, English and Russian: a tokenizer and a small grammar.

The master pattern (``wordnum``, :data:`~desertcheck.quantity.patterns.START_RE`) finds
where a number phrase may start: a number word, or ``a``/``an`` before ``hundred`` or a
scale; :func:`read_phrase` then reads words one by one and keeps them while the grammar
allows:

* small numbers add up: ``twenty`` ``one``; ``пятьсот`` ``двадцать`` ``пять``;
* ``hundred`` multiplies what stands before it (``seventy two hundred`` = 7,200);
* a scale closes a group: ``two million three hundred thousand`` = 2,300,000; a scale must
  be smaller than the one before it, so ``five thousand and ten thousand`` is two figures;
* ``and`` joins only after ``hundred`` or a scale (``a million and one``); ``and a half``
  and ``с половиной`` add a half (``two and a half million``, ``a million and a half``);
* ``полтора``/``полторы`` is 1.5; Russian scales stand alone (``миллион`` = 1,000,000), but
  the plural-looking ``тысячи``/``миллионы`` only after a word that asks for the genitive
  (``около тысячи``); English ``hundred``/``million`` need a number or ``a`` before them.

A phrase followed by an ordinal (``twenty-first``) is not a figure.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from typing import Final

from desertcheck.quantity import ukrainian
from desertcheck.quantity.atoms import Atom, currency_after
from desertcheck.quantity.lexicon import (
    NUMBER_WORDS,
    RU_AMBIGUOUS_SCALES,
    fold,
)
from desertcheck.quantity.patterns import ENGLISH_BARE, ORDINAL_WORDS_RE, PERCENT_AFTER_RE, START_RE

# The next word of a phrase: after spaces (one line break at most) or a hyphen.
# A Ukrainian word keeps its apostrophe ("п'ять", "дев’ятсот").
_NEXT_RE: Final = re.compile(
    r"(?:[ \t\u00a0]*-[ \t\u00a0]*|[^\S\n]*\n?[^\S\n]*)"
    r"([^\W\d_]+(?:(?<=[а-яіїєґА-ЯІЇЄҐ])['’](?=[а-яіїєґА-ЯІЇЄҐ])[^\W\d_]+)*)"
)
# Words that ask for the genitive: "около тысячи" is one thousand, "тысячи людей" thousands.
_GENITIVE_BEFORE_RE: Final = re.compile(
    r"(?<![\w-])(?i:около|более|свыше|больше|менее|меньше|порядка|почти|до|от|из|с|"
    + ukrainian.GENITIVE_BEFORE
    + r")\s+$"
)
_SMALL: Final = frozenset({"unit", "teen", "ten"})
_AFTER: Final[dict[str, frozenset[str | None]]] = {  # which kinds may follow which
    "unit": frozenset({None, "ten", "hundred", "hundreds", "scale", "and"}),
    "teen": frozenset({None, "hundred", "hundreds", "scale", "and"}),
    "ten": frozenset({None, "hundred", "hundreds", "scale", "and"}),
    "hundreds": frozenset({None, "scale"}),
    "sesqui": frozenset({None}),
}


@dataclass(slots=True)
class _State:
    total: float = 0.0
    group: float = 0.0  # the value below the last scale
    last_scale: float = math.inf
    prev: str | None = None
    end: int = 0
    mult: float = 1.0  # the last scale read (carried to the low end of a range)
    words: int = 0
    english: bool = False


def _word_at(text: str, pos: int) -> tuple[str, int, int] | None:
    m = _NEXT_RE.match(text, pos)
    return (fold(m.group(1)), m.start(1), m.end(1)) if m else None


def _half_after(text: str, pos: int) -> int | None:
    """The end of "and a half" / "с половиной" starting at ``pos``, or None."""
    words = []
    at = pos
    for _ in range(3):
        w = _word_at(text, at)
        if w is None:
            break
        words.append(w[0])
        at = w[2]
        if words in (["and", "a", "half"], ["с", "половиной"]):
            return at
    return None


#: A comma and the word after it.
_COMMA_RE: Final = re.compile(
    r",[ \t\u00a0]*((?i:one|two|three|four|five|six|seven|eight|nine))[ \t\u00a0]+hundred\b"
)


def _decimals(text: str, pos: int) -> tuple[float, int] | None:
    """The digits in words after "point" ("four", "oh five") as a fraction, and where they
    end; None when no digit word follows."""
    digits = ""
    while True:
        w = _word_at(text, pos)
        if w is None:
            break
        entry = NUMBER_WORDS.get(w[0])
        if w[0] in ("oh", "o", "nought"):
            digits += "0"
        elif entry is not None and entry[0] == "unit":
            digits += str(int(entry[1]))
        else:
            break
        pos = w[2]
    if not digits:
        return None
    return float("0." + digits), pos


def _step(s: _State, kind: str, value: float, word: str) -> bool:
    """Apply one number word to the state; False when the grammar does not allow it."""
    if kind in _AFTER:
        if s.prev not in _AFTER[kind]:
            return False
        s.group += value
    elif kind == "hundred":
        if s.prev not in ("unit", "teen", "ten", "a") or s.group >= 100:
            return False
        s.group = max(s.group, 1.0) * 100
    else:  # scale
        if value >= s.last_scale or s.prev == "and":
            return False
        if s.prev is None and word in ENGLISH_BARE:
            return False
        s.total += max(s.group, 1.0) * value
        s.group, s.last_scale, s.mult = 0.0, value, value
    s.prev = kind
    return True


def _read(text: str, start: int) -> _State | None:
    s = _State(end=start)
    pos = start
    checkpoint: tuple[_State, int] | None = None
    while True:
        comma = _COMMA_RE.match(text, pos) if s.prev == "scale" else None
        if comma is not None:
            # "seventeen thousand, seven hundred and twenty-one": a comma after a scale
            # before "N hundred", as a reader says it, joins the groups that follow
            checkpoint = (replace(s), pos)
            s.prev, pos = "and", comma.start(1)
        w = _word_at(text, pos)
        if w is None:
            break
        word, _, w_end = w
        if s.prev is None and word in ("a", "an"):
            s.prev, s.english, pos = "a", True, w_end
            continue
        if s.prev in ("unit", "teen", "ten", "hundred", "scale", "sesqui"):
            half = _half_after(text, pos)
            if half is not None:
                if s.prev == "scale":
                    s.total += 0.5 * s.last_scale
                    s.end = half
                    break
                s.group += 0.5
                s.prev, s.end, pos = "half", half, half
                continue
        if word == "and" and s.prev in ("hundred", "scale"):
            checkpoint = (replace(s), pos)
            s.prev, pos = "and", w_end
            continue
        if word == "point" and s.prev in _SMALL and s.total == 0:
            decimals = _decimals(text, w_end)
            if decimals is None:
                break
            fraction, pos = decimals
            s.group += fraction
            s.prev, s.end = "hundreds", pos  # only a scale may follow: "two point four million"
            continue
        entry = NUMBER_WORDS.get(word)
        if s.prev == "half" and entry is not None and entry[0] != "scale":
            break
        if entry is None or not _step(s, entry[0], entry[1], word):
            if checkpoint is not None and entry is not None and entry[0] == "scale":
                s, pos = checkpoint[0], checkpoint[1]  # "five thousand and ten thousand"
            break
        s.words += 1
        s.end = pos = w_end
    if s.prev == "a" or s.words == 0:
        return None
    return s


def read_phrase(text: str, start: int) -> Atom | None:
    """The number phrase starting at ``start`` (a match of :data:`START_RE`), or None."""
    s = _read(text, start)
    if s is None:
        return None
    end = s.end
    phrase = text[start:end]
    first = fold(phrase.split()[0].split("-")[0])
    genitive = _GENITIVE_BEFORE_RE.search(text, max(0, start - 10), start)
    if s.words == 1 and first in RU_AMBIGUOUS_SCALES and genitive is None:
        return None
    if ORDINAL_WORDS_RE.match(text, end):
        return None
    value = s.total + s.group
    atom = Atom(start, end, value, value, "num", mult=s.mult)
    pct = PERCENT_AFTER_RE.match(text, end)
    if pct is not None:
        atom.end, atom.pct = pct.end(), True
    else:
        currency_after(atom, text)
    atom.is_one = s.words == 1 and value == 1.0 and NUMBER_WORDS.get(first, ("", 0.0))[0] == "unit"
    atom.words = True
    return atom


def word_atoms(text: str, mask: bytearray, start: int, end: int) -> list[Atom]:
    """Every number phrase of ``text[start:end]`` outside the masked spans."""
    atoms: list[Atom] = []
    pos = start
    while True:
        m = START_RE.search(text, pos, end)
        if m is None:
            break
        atom = read_phrase(text, m.start())
        if atom is None or 1 in mask[atom.start : atom.end]:
            pos = m.end()
            continue
        atoms.append(atom)
        pos = atom.end
    return atoms
