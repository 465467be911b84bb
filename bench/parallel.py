"""Where ``--jobs`` starts to pay: a cold ``verify`` in one process and on every core.

Builds synthetic registries of several sizes (as ``bench/run.py`` does), then runs
``desertcheck verify --no-cache --format json`` with ``--jobs 1`` and with ``--jobs 0``
(one process per core) in turn, as whole processes, and prints the best time of each and
their ratio. Below ``desertcheck.parallel.PARALLEL_MIN`` claims ``--jobs 0`` stays in one
process; the benchmark drops that limit (``--any-size``, through the environment of the
measured processes) to show what forking would cost or gain there, which is how the limit
was chosen.

    python bench/parallel.py [--sizes 250,500,1000,2000,5000,10000] [--repeat 3]

With ``--audit``, it measures ``audit``'s drafts instead, in this one process: a registry
of 10,000 claims loaded and indexed once, then sets of drafts of growing size audited
with ``jobs=1`` and ``jobs=0`` in turn (only the drafts' work: the index is built once).

A plain script, never a test: timings are measured here and asserted nowhere.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from run import DESERTCHECK, ENV, best
from synthetic import build_draft, build_registry


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="250,500,1000,2000,5000,10000")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument(
        "--any-size",
        action="store_true",
        help="fork at every size (DESERTCHECK_PARALLEL_MIN=1 in the measured processes)",
    )
    ap.add_argument("--audit", action="store_true", help="measure audit's drafts instead")
    args = ap.parse_args()
    if args.audit:
        audit_crossover(args.repeat)
        return
    if args.any_size:
        ENV["DESERTCHECK_PARALLEL_MIN"] = "1"
    print(f"{available()} cores; best of {args.repeat}; verify --no-cache --format json")
    print("| claims | --jobs 1 | --jobs 0 | ratio |\n|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        for n in (int(s) for s in args.sizes.split(",")):
            root = Path(tmp) / str(n)
            root.mkdir()
            build_registry(root, n, 100, random.Random(n))
            base = [*DESERTCHECK, "--root", str(root), "verify", "--no-cache", "--format", "json"]
            one, many = [], []
            for _ in range(args.repeat):  # in turn: both see the same load
                one.append(best([*base, "--jobs", "1"], 1).seconds)
                many.append(best([*base, "--jobs", "0"], 1).seconds)
            a, b = min(one), min(many)
            print(f"| {n:,} | {a:.2f} s | {b:.2f} s | {b / a:.2f}× |", flush=True)


def audit_crossover(repeat: int) -> None:
    import time

    from desertcheck.audit.run import each_draft, prepare
    from desertcheck.draft import Draft
    from desertcheck.registry import load_registry

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        build_registry(root, 10_000, 100, random.Random(7))
        auditor, _ = prepare(load_registry(root), jobs=0)
        print(f"{available()} cores; best of {repeat}; audit's drafts, 10,000 claims")
        print("| drafts | characters | jobs=1 | jobs=0 | ratio |\n|---|---|---|---|---|")
        for count, words in ((1, 5000), (2, 1000), (2, 2500), (4, 2500), (4, 5000)):
            drafts = [
                Draft(f"d{i}.md", build_draft(root, words, random.Random(i))) for i in range(count)
            ]
            chars = sum(len(d.text) for d in drafts)
            times: dict[int, list[float]] = {1: [], 0: []}
            for _ in range(repeat):  # in turn: both see the same load
                for jobs in (1, 0):
                    start = time.perf_counter()
                    each_draft(auditor, drafts, jobs)
                    times[jobs].append(time.perf_counter() - start)
            a, b = min(times[1]), min(times[0])
            print(f"| {count} | {chars:,} | {a:.2f} s | {b:.2f} s | {b / a:.2f}× |", flush=True)


def available() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


if __name__ == "__main__":
    main()
