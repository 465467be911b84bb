"""Time the quantity parser per text, this tree against another revision, in one run (a plain
script, not a test).

The texts: every line of the shipped sources (``sources/*.md``) and of the seed documents
(``../shared/seeds``, when present), every sentence of ``tests/data/quantity_news.yaml``,
and every claim quote of ``claims/``. Lines without a digit or number word are kept: they
are most of what verify and audit hand the parser. Apart: the quote and statement of each
claim of a synthetic registry (``bench/synthetic.py``, ``--synthetic N`` claims, unique
texts), what a cold ``verify`` of a large registry parses.

The other revision (``--old``, default ``main``) is taken with ``git archive`` into a
temporary folder and imported under another package name, so both parsers run in this one
process, in turn on the same texts (a busy machine slows both alike); each takes the best
of several repeats (processor time, so other work on the machine counts less), printed
as microseconds per text. The ratio old / new (above 1:
this tree is faster) is printed last, overall and for the texts with and without a digit.

    python bench/quantity_speed.py [--old REV] [--repeat 7] [--synthetic 2000]
"""

from __future__ import annotations

import argparse
import importlib
import random
import re
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Callable
from io import BytesIO
from pathlib import Path

import yaml

from desertcheck.quantity import parse_quantities

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "seeds"


def corpus() -> list[str]:
    texts: list[str] = []
    for path in sorted((ROOT / "sources").glob("*.md")):
        texts += path.read_text(encoding="utf-8").splitlines()
    if SEEDS.is_dir():
        for path in sorted(SEEDS.iterdir()):
            texts += path.read_text(encoding="utf-8", errors="replace").splitlines()
    table = yaml.safe_load((ROOT / "tests" / "data" / "quantity_news.yaml").read_text("utf-8"))
    texts += [row["text"] for row in table["rows"]]
    for path in sorted((ROOT / "claims").glob("*.yaml")):
        doc = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for claim in doc.get("claims", []) if isinstance(doc, dict) else []:
            if isinstance(claim, dict) and isinstance(claim.get("quote"), str):
                texts.append(claim["quote"])
    return [t for t in texts if t.strip()]


def synthetic_texts(n: int, into: Path) -> list[str]:
    """The quote and the statement of each claim of a synthetic registry of ``n`` claims."""
    sys.path.insert(0, str(ROOT / "bench"))
    from synthetic import build_registry

    build_registry(into, n, 100, random.Random(1))
    texts: list[str] = []
    for path in sorted((into / "claims").glob("*.yaml")):
        for claim in yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)["claims"]:
            texts += [claim["quote"], claim["statement"]]
    return texts


def old_parser(rev: str, into: Path) -> Callable[[str], object]:
    """``parse_quantities`` of ``rev``, unpacked into ``into`` and renamed to the package
    ``desertcheck_old`` so that both parsers live in this process."""
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", rev, "src/desertcheck"],
        capture_output=True,
        check=True,
    ).stdout
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    old = into / "desertcheck_old"
    (into / "src" / "desertcheck").rename(old)
    for path in old.rglob("*.py"):
        code = path.read_text(encoding="utf-8")
        path.write_text(re.sub(r"\bdesertcheck\.", "desertcheck_old.", code), encoding="utf-8")
    sys.path.insert(0, str(into))
    module = importlib.import_module("desertcheck_old.quantity")
    parse: Callable[[str], object] = module.parse_quantities
    return parse


def per_text(parse: Callable[[str], object], texts: list[str]) -> float:
    t0 = time.process_time()
    for t in texts:
        parse(t)
    return (time.process_time() - t0) / max(1, len(texts)) * 1e6


def main() -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--old", default="main", help="the revision to compare with")
    ap.add_argument("--repeat", type=int, default=7)
    ap.add_argument("--synthetic", type=int, default=2000, help="claims of a synthetic registry")
    args = ap.parse_args()
    texts = corpus()
    groups = {
        "all": texts,
        "digits": [t for t in texts if any(c.isdigit() for c in t)],
        "plain": [t for t in texts if not any(c.isdigit() for c in t)],
    }
    best: dict[tuple[str, str], float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        if args.synthetic:
            groups["synthetic"] = synthetic_texts(args.synthetic, Path(tmp) / "registry")
        sides = {"old": old_parser(args.old, Path(tmp)), "new": parse_quantities}
        for side in sides.values():  # warm up: compile patterns, fill caches
            per_text(side, texts)
        for _ in range(args.repeat):  # old and new in turn, so load on the machine hits both
            for key, group in groups.items():
                for name, side in sides.items():
                    t = per_text(side, group)
                    best[name, key] = min(best.get((name, key), t), t)
    old = {k: best["old", k] for k in groups}
    new = {k: best["new", k] for k in groups}
    n_digits = sum(any(c.isdigit() for c in t) for t in texts)
    print(f"{len(texts)} texts ({n_digits} with a digit); microseconds per text, best of")
    print(f"{args.repeat} runs; synthetic: {len(groups.get('synthetic', []))} claim texts")
    print(f"{'texts':10} {args.old:>10} {'this tree':>10} {'old/new':>8}")
    for key in groups:
        print(f"{key:10} {old[key]:10.1f} {new[key]:10.1f} {old[key] / new[key]:8.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
