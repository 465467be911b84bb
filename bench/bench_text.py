"""Benchmark for desertcheck.text (a plain script, not a test).

Builds a ~50 KB text from the shipped sources repeated, times normalize, find_quote and
closest_passage with timeit (several repeats, best of), and prints each time both as is
and as a ratio to a baseline measured in the same run (plain ``str.find`` over the
text, whole-text ``unicodedata.normalize``), so the figures compare across machines.

    python bench/bench_text.py [--sources DIR] [--kb 50]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import timeit
import unicodedata
from pathlib import Path

from desertcheck.text import closest_passage, find_quote, normalize

DEFAULT_SOURCES = Path(__file__).resolve().parent.parent / "sources"
FALLBACK = (
    "Over 50,000 soldiers have deserted the Russian army since the start of the country\u2019s "
    "full-scale invasion of Ukraine in 2022, a new United Nations report has revealed.\n"
    "Russia recruits around 40,000\u201345,000 men for its military every month.\n"
)


def best(stmt: object, number: int, repeat: int = 7) -> float:
    """Best time per call, in seconds."""
    times = timeit.repeat(stmt, number=number, repeat=repeat)  # type: ignore[arg-type]
    return min(times) / number


def build_text(sources: Path, kb: int) -> str:
    parts = [p.read_text(encoding="utf-8") for p in sorted(sources.glob("*.md"))]
    base = "\n\n".join(parts) if parts else FALLBACK
    text = base
    while len(text.encode("utf-8")) < kb * 1024:
        text += "\n\n" + base
    return text[: kb * 1024]  # ~kb KB (characters; the sources are nearly all ASCII)


def import_time() -> tuple[float, float]:
    """Best-of-5 wall time of `python -c pass` and of importing desertcheck.text."""

    def run(code: str) -> float:
        t = timeit.default_timer()
        subprocess.run([sys.executable, "-c", code], check=True)
        return timeit.default_timer() - t

    bare = min(run("pass") for _ in range(5))
    mod = min(run("import desertcheck.text") for _ in range(5))
    return bare, mod


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sources", type=Path, default=DEFAULT_SOURCES)
    ap.add_argument("--kb", type=int, default=50)
    args = ap.parse_args()

    text = build_text(args.sources, args.kb)
    kb = len(text.encode("utf-8")) / 1024
    src = normalize(text)
    present = (
        "Over 50,000 soldiers have deserted the Russian army since the start of the "
        "country's full-scale invasion"
    )
    # one number and one word changed: absent, so every search scans the whole text
    near_miss = (
        "Over 5,000 soldiers have deserted the Russian military since the start of the "
        "country's full-scale invasion"
    )
    absent_hyphen = "soldiers and well-known officers who deserted"  # exercises the fallback

    base_find = best(lambda: text.find(near_miss), 2000)
    base_nfkc = best(lambda: unicodedata.normalize("NFKC", text), 50)

    t_norm = best(lambda: normalize(text), 5)
    t_find_hit = best(lambda: find_quote(present, src), 2000)
    t_find_miss = best(lambda: find_quote(near_miss, src), 2000)
    t_find_hyph = best(lambda: find_quote(absent_hyphen, src), 500)
    closest_passage(near_miss, src)  # warm the lazy import
    t_close = best(lambda: closest_passage(near_miss, src), 50)
    p = closest_passage(near_miss, src)

    us = 1e6
    print(f"text: {len(text):,} chars, {kb:.1f} KB (UTF-8); normalised {len(src.text):,} chars")
    print(f"baseline str.find (absent, full scan) {base_find * us:10.1f} us")
    print(f"baseline unicodedata NFKC whole text  {base_nfkc * us:10.1f} us")
    print()
    print(f"{'operation':38} {'time':>12} {'ratio':>24}")
    rows = [
        ("normalize (whole text)", t_norm, f"{t_norm / base_nfkc:8.1f}x NFKC"),
        ("normalize per KB", t_norm / kb, f"{t_norm / kb / base_find:8.1f}x str.find"),
        ("find_quote, found near start", t_find_hit, f"{t_find_hit / base_find:8.2f}x str.find"),
        (
            "find_quote, absent (full scan)",
            t_find_miss,
            f"{t_find_miss / base_find:8.2f}x str.find",
        ),
        (
            "find_quote, absent, hyphen fallback",
            t_find_hyph,
            f"{t_find_hyph / base_find:8.2f}x str.find",
        ),
        ("closest_passage (near miss)", t_close, f"{t_close / base_find:8.1f}x str.find"),
    ]
    for name, t, ratio in rows:
        print(f"{name:38} {t * us:9.1f} us {ratio:>24}")
    if p is not None:
        print(f"\nclosest passage: line {p.line}, column {p.column}, similarity {p.similarity:.1f}")
    bare, mod = import_time()
    print(
        f"import desertcheck.text: {(mod - bare) * 1000:.1f} ms over bare interpreter "
        f"({mod / bare:.2f}x `python -c pass`); rapidfuzz not imported"
    )


if __name__ == "__main__":
    main()
