"""Score desertcheck's quantity parser against the news-style table (a plain script, not a test).

Runs ``parse_quantities`` over every row of ``tests/data/quantity_news.yaml`` and prints how
many rows agree, overall and per ``kind``. A row agrees when the parser returns as many
figures as the row expects and, pairwise in order, each figure has:

* ``low`` and ``high`` equal to the expected ones within 1e-9 relative (``high`` defaults to
  ``low``),
* the same qualifier,
* the same unit, where the row gives one (money as an ISO code, ``percent`` or ``share``;
  counts carry no expected unit, so theirs is not scored).

Spans are scored apart: for every expected figure with a ``text_of`` whose row returned the
right number of figures, the figure's ``text`` must equal ``text_of``. Span agreement is
printed but does not decide a row.

The table is checked as it is read (kinds, qualifiers, units, low <= high, text_of inside the
text); a malformed table exits with status 2. Otherwise the exit status is 0, whatever the
score: this is a measurement, not a gate.

    python bench/quantity_eval.py [--data PATH] [--kind KIND] [--show-failures]
"""

from __future__ import annotations

import argparse
import math
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

from desertcheck.quantity import QUALIFIERS, Quantity, parse_quantities

DEFAULT_DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "quantity_news.yaml"
KINDS = (
    "range",
    "compound",
    "qualifier",
    "currency",
    "percent-share",
    "units-punct",
    "identifier",
    "russian",
    "unicode",
    "plain",
)
UNITS = ("GBP", "USD", "EUR", "RUB", "percent", "share")
REL_TOL = 1e-9


class TableError(ValueError):
    """The table is malformed."""


@dataclass(frozen=True, slots=True)
class Expected:
    """One figure a row expects."""

    low: float
    high: float
    qualifier: str
    unit: str | None
    text_of: str | None

    def show(self) -> str:
        return describe(self.low, self.high, self.qualifier, self.unit, self.text_of)


@dataclass(frozen=True, slots=True)
class Row:
    """One sentence of the table with the figures it states."""

    index: int
    kind: str
    text: str
    expect: tuple[Expected, ...]


@dataclass(frozen=True, slots=True)
class Outcome:
    """How one row fared."""

    row: Row
    found: tuple[Quantity, ...]
    agrees: bool
    spans_checked: int
    spans_agreed: int


def describe(low: float, high: float, qualifier: str, unit: str | None, text: str | None) -> str:
    value = f"{low:.12g}" if low == high else f"{low:.12g}..{high:.12g}"
    parts = [qualifier, value]
    if unit is not None:
        parts.append(unit)
    if text is not None:
        parts.append(repr(text))
    return " ".join(parts)


def _number(value: object, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TableError(f"{where}: expected a number, got {value!r}")
    return float(value)


def _expected(raw: object, text: str, where: str) -> Expected:
    if not isinstance(raw, dict):
        raise TableError(f"{where}: a figure must be a mapping, got {raw!r}")
    unknown = set(raw) - {"low", "high", "qualifier", "unit", "text_of"}
    if unknown:
        raise TableError(f"{where}: unknown keys {sorted(unknown)}")
    if "low" not in raw or "qualifier" not in raw:
        raise TableError(f"{where}: a figure needs low and qualifier")
    low = _number(raw["low"], f"{where}.low")
    high = _number(raw.get("high", raw["low"]), f"{where}.high")
    if high < low:
        raise TableError(f"{where}: high {high:g} is below low {low:g}")
    qualifier = raw["qualifier"]
    if qualifier not in QUALIFIERS:
        raise TableError(f"{where}: unknown qualifier {qualifier!r}")
    unit = raw.get("unit")
    if unit is not None and unit not in UNITS:
        raise TableError(f"{where}: unit must be one of {UNITS} or omitted, got {unit!r}")
    text_of = raw.get("text_of")
    if text_of is not None and (not isinstance(text_of, str) or text_of not in text):
        raise TableError(f"{where}: text_of {text_of!r} is not in the text")
    return Expected(low, high, str(qualifier), unit, text_of)


def load_rows(path: Path) -> list[Row]:
    """Read and check the table."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or not isinstance(data.get("rows"), list):
        raise TableError(f"{path}: expected a mapping with a `rows:` list")
    rows: list[Row] = []
    for i, raw in enumerate(data["rows"], start=1):
        where = f"row {i}"
        if not isinstance(raw, dict):
            raise TableError(f"{where}: a row must be a mapping")
        unknown = set(raw) - {"kind", "text", "expect"}
        if unknown:
            raise TableError(f"{where}: unknown keys {sorted(unknown)}")
        kind, text, expect = raw.get("kind"), raw.get("text"), raw.get("expect")
        if kind not in KINDS:
            raise TableError(f"{where}: unknown kind {kind!r}")
        if not isinstance(text, str) or not text:
            raise TableError(f"{where}: text must be a non-empty string")
        if not isinstance(expect, list):
            raise TableError(f"{where}: expect must be a list ([] for no figure)")
        figures = tuple(_expected(e, text, f"{where}.expect[{j}]") for j, e in enumerate(expect))
        rows.append(Row(i, str(kind), text, figures))
    return rows


def close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=REL_TOL, abs_tol=1e-12)


def figure_agrees(found: Quantity, want: Expected) -> bool:
    return (
        close(found.low, want.low)
        and close(found.high, want.high)
        and found.qualifier == want.qualifier
        and (want.unit is None or found.unit == want.unit)
    )


def score_row(row: Row) -> Outcome:
    found = tuple(parse_quantities(row.text))
    same_count = len(found) == len(row.expect)
    agrees = same_count and all(figure_agrees(f, w) for f, w in zip(found, row.expect, strict=True))
    checked = agreed = 0
    for i, want in enumerate(row.expect):
        if want.text_of is None:
            continue
        checked += 1
        if same_count and found[i].text == want.text_of:
            agreed += 1
    return Outcome(row, found, agrees, checked, agreed)


def percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f}%" if whole else "    -"


def report(outcomes: Sequence[Outcome], show_failures: bool) -> None:
    total: Counter[str] = Counter()
    agreed: Counter[str] = Counter()
    for o in outcomes:
        total[o.row.kind] += 1
        agreed[o.row.kind] += o.agrees
    n, ok = len(outcomes), sum(o.agrees for o in outcomes)
    spans = sum(o.spans_checked for o in outcomes)
    spans_ok = sum(o.spans_agreed for o in outcomes)

    print(f"{'kind':15} {'rows':>5} {'agree':>6} {'share':>7}")
    for kind in KINDS:
        if total[kind]:
            print(
                f"{kind:15} {total[kind]:5d} {agreed[kind]:6d} {percent(agreed[kind], total[kind])}"
            )
    print(f"{'overall':15} {n:5d} {ok:6d} {percent(ok, n)}")
    print(f"spans (text_of): {spans_ok}/{spans} agree {percent(spans_ok, spans).strip()}")

    if show_failures:
        for o in outcomes:
            if o.agrees and o.spans_agreed == o.spans_checked:
                continue
            label = "FAIL" if not o.agrees else "SPAN"
            print(f"\n[{label}] row {o.row.index} ({o.row.kind}): {o.row.text!r}")
            want = "; ".join(e.show() for e in o.row.expect) or "(no figure)"
            got = "; ".join(describe(q.low, q.high, q.qualifier, q.unit, q.text) for q in o.found)
            print(f"  expected: {want}")
            print(f"  found:    {got or '(no figure)'}")


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the table (YAML)")
    ap.add_argument("--kind", choices=KINDS, help="score only the rows of this kind")
    ap.add_argument("--show-failures", action="store_true", help="list the rows that disagree")
    args = ap.parse_args(argv)

    try:
        rows = load_rows(args.data)
    except (OSError, yaml.YAMLError, TableError) as exc:
        print(f"quantity_eval: {exc}", file=sys.stderr)
        return 2
    if args.kind:
        rows = [r for r in rows if r.kind == args.kind]
    report([score_row(r) for r in rows], args.show_failures)
    return 0


if __name__ == "__main__":
    sys.exit(main())
