"""From atoms to quantities: ranges ("between 5 and 10", "5-10"), years left out,
qualifiers, units, currencies and signs."""

from __future__ import annotations

from typing import Final

from desertcheck.quantity.atoms import Atom, make_atom
from desertcheck.quantity.context import currency_before, is_count, qualifier_before, unit_after
from desertcheck.quantity.figure import Quantity
from desertcheck.quantity.patterns import (
    AND_GAP_RE,
    BETWEEN_RE,
    CURRENCY_SCALE_RE,
    DASH_GAP_RE,
    EXCLUDE_RE,
    FROM_RE,
    MASTER_RE,
    PLAIN_TO_GAP_RE,
    SIGN_RE,
    TO_GAP_RE,
)
from desertcheck.quantity.words import CURRENCY_SCALES


def parse(text: str) -> list[Quantity]:
    mask = bytearray(len(text))
    for ex in EXCLUDE_RE.finditer(text):
        s, e = ex.span()
        mask[s:e] = b"\x01" * (e - s)

    atoms: list[Atom] = []
    for m in MASTER_RE.finditer(text):
        s, e = m.span()
        if e <= s or 1 in mask[s:e]:
            continue
        atom = make_atom(m, text)
        if atom is not None:
            atoms.append(atom)

    out: list[Quantity] = []
    floor = 0  # end of the previous quantity or atom: qualifiers are not looked for before it
    i = 0
    n = len(atoms)
    while i < n:
        a = atoms[i]
        b = atoms[i + 1] if i + 1 < n else None
        if b is not None and a.kind == "num" and b.kind == "num":
            rng = _try_range(text, a, b, floor)
            if rng is not None:
                if rng is not _YEARS:
                    assert isinstance(rng, Quantity)
                    out.append(rng)
                floor = b.end
                i += 2
                continue
        q = _single(text, a, floor)
        if q is not None:
            out.append(q)
        floor = a.end
        i += 1
    return out


_YEARS: Final = Quantity(0.0, 0.0, "exactly", None, 0, 0, "")  # sentinel: a year range


def _with_currency(text: str, q: Quantity, cur: tuple[str, int] | None) -> Quantity:
    """``q`` with the currency sign in its span, its unit, and a "$38m"-style scale."""
    if cur is None:
        return q
    unit, sign = cur
    low, high, end = q.low, q.high, q.end
    scale = CURRENCY_SCALE_RE.match(text, end)
    if scale is not None and q.unit in CURRENCY_SCALES:
        factor = CURRENCY_SCALES[scale.group("scale")]
        low, high, end = low * factor, high * factor, scale.end()
    if q.unit is None or q.unit in CURRENCY_SCALES:
        q_unit: str | None = unit
    else:
        q_unit = q.unit
    start = min(q.start, sign)
    return Quantity(low, high, q.qualifier, q_unit, start, end, text[start:end], q.vague)


def _try_range(text: str, a: Atom, b: Atom, floor: int) -> Quantity | None:
    gap = text[a.end : b.start]
    start = a.start
    pre = None
    if AND_GAP_RE.fullmatch(gap):
        pre = BETWEEN_RE.search(text, max(floor, a.start - 12), a.start)
        if pre is None:
            if a.yearlike and b.yearlike and not is_count(text, a, b.end, floor):
                return _YEARS  # "2024 and 2025"
            return None
    elif TO_GAP_RE.fullmatch(gap):
        pre = FROM_RE.search(text, max(floor, a.start - 12), a.start)
        if pre is None and not PLAIN_TO_GAP_RE.fullmatch(gap):
            return None
    elif not DASH_GAP_RE.fullmatch(gap):
        return None
    if a.is_one and not pre:
        return None
    if (
        a.yearlike
        and (b.yearlike or (b.twodigit and pre is None))
        and not b.pct
        and not is_count(text, a, b.end, floor)
    ):
        return _YEARS
    low, high = a.low, b.high
    if a.mult == 1.0 and b.mult > 1.0 and low * b.mult <= high:
        low *= b.mult
    if low > high:
        return None
    pct = a.pct or b.pct
    if pre is not None:
        start = pre.start("word")
    unit = "percent" if pct else (b.unit or unit_after(text, b.end))
    cur = currency_before(text, a.start, floor) if pre is None else None
    return _with_currency(
        text, Quantity(low, high, "between", unit, start, b.end, text[start : b.end]), cur
    )


def _signed(text: str, q: Quantity, floor: int) -> Quantity:
    """``q`` negated when a minus sign stands right before it (and no qualifier does)."""
    m = SIGN_RE.search(text, max(floor, q.start - 6), q.start)
    if m is None or q.qualifier != "exactly":
        return q
    start = m.start()
    return Quantity(
        -q.high, -q.low, q.qualifier, q.unit, start, q.end, text[start : q.end], q.vague
    )


def _single(text: str, a: Atom, floor: int) -> Quantity | None:
    cur = currency_before(text, a.start, floor) if a.kind == "num" else None
    q = qualifier_before(text, cur[1] if cur else a.start, floor)
    if a.kind == "num":
        if a.is_one:
            return None
        if a.yearlike and not is_count(text, a, a.end, floor):
            return None
    start = a.start
    qualifier = "between" if a.kind == "vague" else "exactly"
    if q is not None:
        qualifier, start = q[0], q[1]
    if a.kind == "share":
        unit: str | None = "share"
    elif a.pct:
        unit = "percent"
    else:
        unit = a.unit or unit_after(text, a.end)
    q_ = _with_currency(
        text,
        Quantity(
            a.low, a.high, qualifier, unit, start, a.end, text[start : a.end], a.kind == "vague"
        ),
        cur,
    )
    return _signed(text, q_, floor) if a.kind == "num" else q_
