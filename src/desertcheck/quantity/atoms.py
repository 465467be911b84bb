"""Atoms: single figures, read from one match of the master pattern, before qualifiers,
ranges and years are worked out."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

from desertcheck.quantity import ukrainian
from desertcheck.quantity.lexicon import NUMBER_WORDS, fold
from desertcheck.quantity.money import (
    AFTER_RE,
    BEFORE_RE,
    CENTS_RE,
    CODE_SCALES_T,
    GLUED_SCALE_RE,
    GLUED_SCALES,
    SCALE_AFTER_CODE_RE,
    code_after,
    code_before,
)
from desertcheck.quantity.patterns import (
    HYPHEN_WORD_RE,
    LETTERS_RE,
    NUMBER_GOES_ON_RE,
    PRE_WORD_RE,
)
from desertcheck.quantity.quick import (
    currency_may_end_at,
    currency_may_start_at,
    number_may_go_on,
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
    words: bool = False  # read from number words
    currency: str | None = None  # ISO 4217 code of a currency before or after the number
    sign: int = -1  # start of a currency written before the number


def _small_value(words: str) -> float:
    total = 0.0
    for part in re.split(r"[-\s]+", words.lower()):
        total += SMALL_WORDS.get(part, 0)
    return total


def _num_or_words(s: str) -> float:
    if s.isdigit():
        return float(s)
    ru = NUMBER_WORDS.get(fold(s))
    return ru[1] if ru is not None else _small_value(s)


_VULGAR: Final = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3, "⅕": 0.2, "⅛": 0.125}


def _slash_atom(m: re.Match[str], text: str) -> Atom | None:
    """ "3/4", "1/3": a share when the numerator is below the denominator; "24/7", "1/0"
    are no figure."""
    num, den = float(m.group("slash_num")), float(m.group("slash_den"))
    if not 0 < num < den or den > 100:
        return None
    return Atom(*m.span(), num / den, num / den, "share")


def _vulgar_atom(m: re.Match[str], text: str) -> Atom | None:
    v = _VULGAR[m.group()]
    return Atom(*m.span(), v, v, "share")


def _num_atom(m: re.Match[str], text: str) -> Atom | None:
    """Digits, with separators, decimals, a scale, a percent sign and a currency."""
    start, end = m.span()
    int_s, dec, vfrac, suffix, scale_word, percent, separator = m.group(
        "integer", "decimals", "vfrac", "suffix", "scale_word", "percent", "separator"
    )
    dec = dec or ""
    before = (
        BEFORE_RE.search(text, max(0, start - 5), start)
        if currency_may_end_at(text, start)
        else None
    )
    if not dec and before is not None:
        cents = _COMMA_CENTS_RE.match(text, end)  # "€30,40"
        if cents is not None:
            dec, end = cents.group(), cents.end()
    try:
        value = float(int_s.translate(_SEP_CHARS) + dec.replace(",", "."))
    except ValueError:  # pragma: no cover - the pattern only admits digits
        return None
    value += _VULGAR.get(vfrac or "", 0.0)
    mult = 1.0
    sfx = suffix or scale_word
    if sfx:
        mult = SCALE_WORDS.get(sfx.lower(), 1.0)
    pct = percent is not None
    bare = not (separator or dec or sfx or pct or vfrac)
    if not (sfx or pct) and number_may_go_on(text, end) and NUMBER_GOES_ON_RE.match(text, end):
        return None  # "12,34,567", "1,5000": no figure rather than a part of one
    atom = Atom(start, end, value * mult, value * mult, "num", mult=mult, pct=pct)
    if before is not None and not pct:
        atom.currency, atom.sign = code_before(before), before.start()
        bare = False
        _glued_scale(atom, text, sfx)
    atom.bare = bare
    atom.yearlike = bare and len(int_s) == 4 and 1900 <= value <= 2100
    atom.twodigit = bare and len(int_s) == 2
    if not pct and currency_after(atom, text):
        atom.bare = atom.yearlike = atom.twodigit = False
        return atom
    end = atom.end
    if not sfx and not pct and end < len(text) and text[end].isalpha():
        glued = LETTERS_RE.match(text, end)
        letters = glued.group() if glued else ""
        if letters.lower() in ORDINAL_SUFFIXES or (atom.yearlike and letters in "sг"):
            return None
        atom.unit = letters.lower()
        if letters in GLUED_SCALES and AFTER_RE.match(text, end + len(letters)):
            _glued_scale(atom, text, None)  # "10m pounds", "5bn roubles"
            atom.unit = None
            currency_after(atom, text)
    elif not sfx and not pct and text.startswith("-", end):
        glued = HYPHEN_WORD_RE.match(text, end)
        word = glued.group("word").lower() if glued else ""
        if word in ORDINAL_SUFFIXES and not _english_suffix_misfits(word, text[:end]):
            return None
    return atom


#: The last digit an English ordinal suffix goes with ("21st", "22nd", "23rd"; the others
#: and the teens "th").
_ENGLISH_ORDINALS: Final = {"1": "st", "2": "nd", "3": "rd"}


def _english_suffix_misfits(word: str, number: str) -> bool:
    """Whether an English ordinal suffix after a hyphen does not fit the end of
    ``number`` (the text up to the suffix), so is another language's case ending:
    "22 580-st" (Estonian: from 22,580) is no ordinal, "21-st" and "13-th" are."""
    fits = "th" if number[-2:-1] == "1" else _ENGLISH_ORDINALS.get(number[-1:], "th")
    return word in ("st", "nd", "rd", "th") and word != fits


_COMMA_CENTS_RE: Final = re.compile(r",[0-9]{2}(?![0-9])")


def _glued_scale(atom: Atom, text: str, sfx: str | None) -> None:
    """After a currency, a glued m / bn / tn / k is a scale: "$38m", "£2.7tn", "£450k"."""
    scale = None if sfx else GLUED_SCALE_RE.match(text, atom.end)
    if scale is not None:
        factor = GLUED_SCALES[scale.group("scale")]
        atom.low *= factor
        atom.high *= factor
        atom.mult, atom.end = factor, scale.end()


def currency_after(atom: Atom, text: str) -> bool:
    """Take a currency written after the number into the atom ("10 €", "20 млн руб.",
    "75 USD million", "124 451 рубль 50 копеек"); whether there was one."""
    after = AFTER_RE.match(text, atom.end) if currency_may_start_at(text, atom.end) else None
    if after is None or (atom.currency is not None and after.group("word") is None):
        return False
    atom.currency = atom.currency or code_after(after)
    atom.end = after.end()
    if after.group("code"):
        scale = SCALE_AFTER_CODE_RE.match(text, atom.end)
        if scale is not None and atom.mult == 1.0:
            factor = CODE_SCALES_T[scale.group("scale").lower()]
            atom.low, atom.high, atom.mult = atom.low * factor, atom.high * factor, factor
            atom.end = scale.end()
    elif after.group("word") and atom.low == int(atom.low) and atom.mult == 1.0:
        cents = CENTS_RE.match(text, atom.end)
        if cents is not None:
            atom.low = atom.high = atom.low + int(cents.group("cents")) / 100
            atom.end = cents.end()
    return True


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
    if den <= 0 or num >= den:
        return None
    return Atom(*m.span(), num / den, num / den, "share")


#: After a fraction, the rest of a range of shares: "and three in ten", "to a third".
_SHARE_RANGE_AFTER: Final = re.compile(
    r"\s+(?:and|to)\s+(?:an?|one|two|three|four|five|six|seven|eight|nine|\d{1,2})"
    r"(?:[- ](?:thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|"
    r"tenths?|half)\b|\s+(?:\w+\s+)?in\s+(?:every\s+)?\w+\b)",
    re.IGNORECASE,
)


#: Before a fraction, a change by it or a hedge on it: "fell by a third", "rose more than a
#: third", "by nearly a fifth" ...
_CHANGE_BY_A_SHARE: Final = re.compile(
    r"\b(?:by|(?:more|less|fewer)\s+than|nearly|almost|roughly|around|about|over|under|"
    r"some|at\s+least|at\s+most|well\s+over|just\s+over|just\s+under)\s+\Z",
    re.IGNORECASE,
)
#: ... when a period, a comparison or the clause's end follows it ("by a third since
#: 2019", "by a quarter in 2024"), not a noun: "by a third party" is an ordinal.
_CHANGE_BY_A_SHARE_AFTER: Final = re.compile(
    r"\s+(?:since|in|from|over|between|compared|on|during|after|before|last|this|"
    r"year|and|while|than|to|within|until)\b",
    re.IGNORECASE,
)


def _fraction_atom(m: re.Match[str], text: str) -> Atom | None:
    """ "two-thirds", "a quarter of"; "a third country" is an ordinal."""
    end = m.end()
    numerator = m.group("numerator").lower()
    denominator = m.group("denominator").lower()
    singular = not denominator.endswith("s") or denominator == "halves"
    if numerator in ("a", "an", "one"):
        # "a fifth of", "a fifth.", "“a fifth”", and the low end of a range of shares:
        # "between a fifth and three in ten", "from a quarter to a third" ("a third
        # country" is an ordinal)
        if not (
            re.match(r"\s+of\b|\s*[.,;:!?)\]\"”’»]|\s*$", text[end : end + 8])
            or _SHARE_RANGE_AFTER.match(text, end, end + 40)
            or (
                _CHANGE_BY_A_SHARE.search(text, max(0, m.start() - 24), m.start())
                and _CHANGE_BY_A_SHARE_AFTER.match(text, end, end + 12)
            )
        ):
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
    "slash": _slash_atom,
    "vulgar": _vulgar_atom,
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
    try:
        return make(m, text) if make is not None else None
    except KeyError:  # a letter the pattern reads case-blind and the tables do not: "ſix"
        return None


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
        **ukrainian.VAGUE_PLURALS,
    }.get(v, (20.0, 99.0))
