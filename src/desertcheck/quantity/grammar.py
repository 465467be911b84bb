"""From tokens to quantities.

1. Tokens: every number the text writes in digits (with separators, scale, percent and
   currency, :mod:`~desertcheck.quantity.atoms`), in words (English and Russian,
   :mod:`~desertcheck.quantity.numwords`), shares and vague amounts; spans that are never
   figures (dates, references, identifiers) are masked first. Where two tokens overlap the
   longer one stands.
2. Compounds join neighbouring tokens into one figure: a share of a scale (``a quarter of a
   million``, ``четверть миллиона``), ``3 hundred and 21``, ``2 млн 300 тыс.``.
3. Ranges join two figures of one kind with ``to``, ``–``, ``and`` after ``between``,
   ``до`` after ``от``/``с``; a figure after a verb of change (``rose 7% to 1.2 million``,
   ``выросли с 40 до 55 тысяч``) is a new value, not the end of a range; ``above 1000 and
   below 1500`` is one interval.
4. Each figure takes the qualifier before it (``over``, ``около``) or after it (``or
   more``, ``и более``, ``+``), its unit, and a minus sign.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from desertcheck.quantity.atoms import Atom, make_atom
from desertcheck.quantity.bases import with_bases
from desertcheck.quantity.context import is_count, qualifier_before, unit_after
from desertcheck.quantity.figure import Quantity
from desertcheck.quantity.numwords import read_phrase, word_atoms
from desertcheck.quantity.patterns import (
    AND_GAP_RE,
    BETWEEN_RE,
    BOUNDS_GAP_RE,
    CHANGE_BEFORE_RE,
    DASH_GAP_RE,
    DIGITS_RE,
    EXCLUDE_RE,
    FROM_RE,
    HUNDRED_AND_RE,
    MASTER_RE,
    OF_A_RE,
    OR_GAP_RE,
    PLAIN_TO_GAP_RE,
    POST_QUAL_RE,
    PRE_WORD_RE,
    SIGN_RE,
    SPACE_GAP_RE,
    TO_GAP_RE,
)
from desertcheck.quantity.quick import may_be_gap
from desertcheck.quantity.starts import exclude_matches, master_matches, may_say
from desertcheck.quantity.words import POST_QUALIFIERS

_NO_DIGIT_MARKS: Final = ("/", "@", "www", "](", "^{")
_DIGIT_RE: Final = re.compile("[0-9]")


def _mask(text: str, full: bool, digit: bool = False) -> bytearray:
    """Where the spans that are never figures are; ``digit``: the text is known to hold a
    digit (a figure in digits was found in it)."""
    mask = bytearray(len(text))
    if not digit and _DIGIT_RE.search(text) is None and not any(m in text for m in _NO_DIGIT_MARKS):
        return mask  # every span left out holds a digit, but for links and addresses
    for ex in EXCLUDE_RE.finditer(text) if full else exclude_matches(text):
        s, e = ex.span()
        if ex.lastgroup == "hostpath" and not any(c.isalpha() for c in text[s : text.find("/", s)]):
            continue  # "£10.42/hour" is money per hour, not a host and path
        mask[s:e] = b"\x01" * (e - s)
    return mask


def tokens(text: str, full: bool = False) -> list[Atom]:
    """The figures of ``text`` before ranges and qualifiers, in order, not overlapping.

    The big patterns run only where their cheap scans (:mod:`.starts`) say they can match;
    ``full``: over the whole text, as the tests compare."""
    matches = list(MASTER_RE.finditer(text)) if full else master_matches(text)
    if not matches:
        return []
    mask = _mask(text, full, any(m.lastgroup == "num" for m in matches))  # "num": [0-9]
    found: list[Atom] = []
    words_end = 0  # the end of the last number phrase: matches inside it are read already
    for m in matches:
        s, e = m.span()
        if s < words_end or e <= s or 1 in mask[s:e]:
            continue
        kind = m.lastgroup
        if kind == "wordnum" or (kind == "vague" and m.group("ru_plural_scale")):
            phrase = read_phrase(text, s)  # "около тысячи" is a phrase, "тысячи людей" vague
            if phrase is not None and 1 not in mask[phrase.start : phrase.end]:
                found.append(phrase)
                words_end = phrase.end
                continue
            if kind == "wordnum":
                continue
        atom = make_atom(m, text)
        if atom is not None:
            found.append(atom)
        elif kind == "one_in":  # "15 in 30 raids": two counts, not a share
            found.extend(a for d in DIGITS_RE.finditer(text, s, e) if (a := make_atom(d, text)))
            found.extend(word_atoms(text, mask, s, e))
    found.sort(key=lambda a: (_start(a), -a.end, not a.words))
    out: list[Atom] = []
    for a in found:
        if out and _start(a) < out[-1].end:
            continue
        out.append(a)
    return _compounds(text, out)


def _start(a: Atom) -> int:
    return a.sign if a.sign >= 0 else a.start


def _compounds(text: str, atoms: list[Atom]) -> list[Atom]:
    out: list[Atom] = []
    for b in atoms:
        a = out[-1] if out else None
        if a is not None and not a.pct and not b.pct:
            joined = _join(text, a, b)
            if joined is not None:
                out[-1] = joined
                continue
        out.append(b)
    return out


def _join(text: str, a: Atom, b: Atom) -> Atom | None:
    """One figure written as two tokens, or None."""
    gap = text[a.end : b.start]
    if (
        a.kind == "share"
        and b.kind == "num"
        and b.low == b.mult >= 1000
        and b.currency is None
        and (OF_A_RE.fullmatch(gap) or (SPACE_GAP_RE.fullmatch(gap) and b.words))
    ):
        v = a.low * b.mult  # "a quarter of a million", "четверть миллиона"
        return replace(b, start=a.start, low=v, high=v)
    if a.kind != "num" or b.kind != "num" or a.currency or b.sign >= 0:
        return None
    if a.mult == 100 and not a.words and HUNDRED_AND_RE.fullmatch(gap) and b.high < 100:
        v = a.low + b.low  # "4 hundred and 12"
    elif 1 < b.mult < a.mult and b.low < a.mult and SPACE_GAP_RE.fullmatch(gap):
        v = a.low + b.low  # "2 млн 300 тыс.", "1 million 200 thousand"
    else:
        return None
    return replace(b, start=a.start, low=v, high=v, mult=a.mult)


def parse(text: str, full: bool = False) -> list[Quantity]:
    return parse_atoms(text, tokens(text, full))


def parse_atoms(text: str, atoms: list[Atom]) -> list[Quantity]:
    """The figures of ``text`` whose atoms (:func:`tokens`) are ``atoms``."""
    out: list[Quantity] = []
    floor = 0  # end of the previous quantity or atom: qualifiers are not looked for before it
    i = 0
    n = len(atoms)
    while i < n:
        a = atoms[i]
        b = atoms[i + 1] if i + 1 < n else None
        if b is not None and a.kind == b.kind == "share":
            shares = _share_range(text, a, b, floor)
            if shares is not None:  # "between a fifth and three in ten"
                out.append(shares)
                floor = b.end
                i += 2
                continue
        if b is not None and a.kind == "num" and b.kind == "num":
            rng = _try_range(text, a, b, floor)
            if rng is not None:
                out.extend(rng)
                floor = b.end
                i += 2
                continue
        q = _single(text, a, floor)
        if q is not None:
            out.append(q)
        floor = a.end
        i += 1
    return with_bases(text, out) if out and may_say(text, "per") and _PER.search(text) else out


#: A rate's base may follow a figure ("per 1,000 residents", :mod:`.bases`).
_PER: Final = re.compile(r"(?i:per)[ \t\u00a0\u202f]+[1-9ahmotb]")


def _share_range(text: str, a: Atom, b: Atom, floor: int) -> Quantity | None:
    """Two shares that are one range's ends: "between a fifth and three in ten", "from a
    quarter to a third"; None otherwise ("a third and a half" is two)."""
    gap = text[a.end : b.start]
    start = _start(a)
    if AND_GAP_RE.fullmatch(gap):
        pre = BETWEEN_RE.search(text, max(floor, start - 12), start)
    elif TO_GAP_RE.fullmatch(gap):
        pre = FROM_RE.search(text, max(floor, start - 12), start)
    else:
        return None
    if pre is None or not a.low < b.high:
        return None
    at = pre.start("word")
    return Quantity(a.low, b.high, "between", "share", at, b.end, text[at : b.end])


def _same_kind(a: Atom, b: Atom) -> bool:
    """Whether two figures may be the ends of one range: a percent with a percent (or a
    bare low end, "20-30%"), money in one currency (or a bare low end, "$40-45 million")."""
    if a.pct and not b.pct:
        return False
    return a.currency is None or b.currency is None or a.currency == b.currency


def _try_range(text: str, a: Atom, b: Atom, floor: int) -> list[Quantity] | None:
    """The range ``a``..``b`` (or the two values of a change), or None when they are not
    joined."""
    b_start = b.sign if b.sign >= 0 else b.start
    gap = text[a.end : b_start]
    if not may_be_gap(gap):
        return None
    start = _start(a)
    pre = None
    if AND_GAP_RE.fullmatch(gap):
        pre = BETWEEN_RE.search(text, max(floor, start - 12), start)
        if pre is None:
            if a.yearlike and b.yearlike and not is_count(text, a, b.end, floor):
                return []  # "2024 and 2025"
            return None
    elif BOUNDS_GAP_RE.fullmatch(gap):
        q = qualifier_before(text, start, floor)
        if q is None or q[0] not in ("over", "at-least"):
            return None
        pre_start = q[1]  # "above 1000 and below 1500"
        return [_range(text, a, b, pre_start)]
    elif TO_GAP_RE.fullmatch(gap):
        pre = FROM_RE.search(text, max(floor, start - 12), start)
        if pre is None and not PLAIN_TO_GAP_RE.fullmatch(gap):
            return None
    elif OR_GAP_RE.fullmatch(gap):
        # only a bare low end of the high end's scale: "seven or eight hundred" is 700-800,
        # "five or ten years" and "2023 or 2024" are two figures
        scale = _or_scale(a, b)
        if scale is None:
            return None
        a = replace(a, low=a.low * scale, high=a.high * scale, mult=scale)
    elif not DASH_GAP_RE.fullmatch(gap):
        return None
    if a.is_one and not pre and not TO_GAP_RE.fullmatch(gap):
        return None
    if (
        a.yearlike
        and (b.yearlike or (b.twodigit and pre is None))
        and not b.pct
        # "the 2025-26 financial year": one span, whatever word follows
        and (_next_year(text, a, b, gap) or not is_count(text, a, b.end, floor))
    ):
        return []
    if not _same_kind(a, b):
        return None
    if TO_GAP_RE.fullmatch(gap) and _after_change(text, a, pre) and not _by_range(text, a, b):
        return _change(text, a, b, floor, b_start)
    low, high = _ends(a, b)
    if low > high:
        return None
    return [_range(text, a, b, pre.start("word") if pre is not None else start)]


def _next_year(text: str, a: Atom, b: Atom, gap: str) -> bool:
    """Whether ``b`` is the year after ``a`` in its last two digits, after a hyphen or a
    dash ("2025-26", "2025–26": a financial or a school year, as "2025/26" is); "pages
    25-26" or "2025-27" are no such span."""
    return (
        gap.strip() in ("-", "–", "—") and text[b.start : b.end] == f"{(int(a.low) + 1) % 100:02d}"
    )


def _or_scale(a: Atom, b: Atom) -> float | None:
    """The scale a bare ``a`` takes from ``b`` in "a or b" ("seven or eight hundred": 100,
    "two or three thousand": 1,000), or None when the two are not one range's ends."""
    if a.mult != 1.0 or a.low != a.high or a.pct or b.pct:
        return None
    scale = b.mult
    if scale == 1.0 and b.words and b.low == b.high and b.low >= 100:
        scale = 10.0 ** (len(str(int(b.low))) - 1)  # "eight hundred": 8 x 100
        if b.low % scale:
            return None
    if scale == 1.0 or not (0 < a.low * scale < b.low):
        return None
    return scale


def _after_change(text: str, a: Atom, pre: object) -> bool:
    """Whether a verb of change stands before the figure (or its "from"/"с")."""
    at = pre.start("word") if pre is not None else _start(a)  # type: ignore[attr-defined]
    return CHANGE_BEFORE_RE.search(text, max(0, at - 40), at) is not None


def _by_range(text: str, a: Atom, b: Atom) -> bool:
    """Whether "by a to b" after a verb of change is the change's range, not a change then a
    level: "rose by 5 to 10 per cent" (a bare low end, a percent high end) is 5-10%, where
    "rose by 5% to 10%" and "went up by £101 to £2,134" are a change and its new level."""
    if a.pct or a.currency is not None or a.mult != 1.0 or not b.pct:
        return False
    pre = PRE_WORD_RE.search(text, max(0, _start(a) - 12), _start(a))
    return pre is not None and pre.group("word").lower() == "by"


def _ends(a: Atom, b: Atom) -> tuple[float, float]:
    low, high = a.low, b.high
    if a.mult == 1.0 and b.mult > 1.0 and low * b.mult <= high:
        low *= b.mult
    return low, high


def _change(text: str, a: Atom, b: Atom, floor: int, b_start: int) -> list[Quantity]:
    """Two values of a change ("rose from 40 to 55 тысяч рублей", "from 5 to 10 per cent"):
    the scale, currency and per cent of the second carry to a bare first; the "to" ("до")
    between them is no qualifier."""
    low, _ = _ends(a, b)
    first = a
    if low != a.low or (a.currency is None and b.currency is not None):
        first = replace(a, low=low, high=low, mult=b.mult, currency=a.currency or b.currency)
    if b.pct and not a.pct and a.currency is None and a.mult == 1.0:
        first = replace(first, pct=True)
    out = [q for q in (_single(text, first, floor), _single(text, b, b_start)) if q is not None]
    return out


def _range(text: str, a: Atom, b: Atom, start: int) -> Quantity:
    low, high = _ends(a, b)
    if a.pct or b.pct:
        unit: str | None = "percent"
    else:
        unit = a.currency or b.currency or b.unit or unit_after(text, b.end)
    return Quantity(low, high, "between", unit, start, b.end, text[start : b.end])


_SIGN_CHARS: Final = frozenset("-\u2212mM")


def _signed(text: str, q: Quantity, floor: int) -> Quantity:
    """``q`` negated when a minus sign stands right before it (and no qualifier does)."""
    lo = max(floor, q.start - 6)
    if q.qualifier != "exactly" or _SIGN_CHARS.isdisjoint(text[lo : q.start]):
        return q  # no "-", "−" or "minus" (its "m" in any case) before it
    m = SIGN_RE.search(text, lo, q.start)
    if m is None:
        return q
    start = m.start()
    return Quantity(
        -q.high, -q.low, q.qualifier, q.unit, start, q.end, text[start : q.end], q.vague
    )


#: Units of time: "over" between a figure and one of them names a period.
_SPANS: Final = frozenset(
    ["year", "years", "month", "months", "week", "weeks", "day", "days", "decade", "decades"]
)


def _right_after_figure(text: str, q: tuple[str, int, str], floor: int) -> bool:
    """Whether the qualifier's words follow a figure with only spaces between."""
    return 0 < floor <= q[1] and not text[floor : q[1]].strip()


def _single(text: str, a: Atom, floor: int) -> Quantity | None:
    if a.kind == "num":
        if a.is_one:
            return None
        if a.yearlike and not is_count(text, a, a.end, floor):
            return None
    start = _start(a)
    q = qualifier_before(text, start, floor)
    qualifier = "between" if a.kind == "vague" else "exactly"
    if q is not None:
        qualifier, start = q[0], q[1]
    end = a.end
    post = POST_QUAL_RE.match(text, end) if a.kind == "num" else None
    if post is not None:
        key = " ".join((post.group("post") or post.group("plus")).lower().split())
        qualifier, end = POST_QUALIFIERS[key], post.end()
    if a.kind == "share":
        unit: str | None = "share"
    elif a.pct:
        unit = "percent"
    elif a.currency is not None:
        unit = a.currency
    else:
        unit = a.unit or unit_after(text, end)
    if q is not None and q[2] == "over" and unit in _SPANS and _right_after_figure(text, q, floor):
        qualifier, start = "exactly", a.start  # "£1.5bn over five years": a period
    q_ = Quantity(a.low, a.high, qualifier, unit, start, end, text[start:end], a.kind == "vague")
    return _signed(text, q_, floor) if a.kind == "num" else q_
