"""Where ``--jobs`` starts to pay: a cold ``verify`` in one process and on every core.

Builds synthetic registries of several sizes (as ``bench/run.py`` does), then runs
``desertcheck verify --no-cache --format json`` with ``--jobs 1`` and with ``--jobs 0``
(one process per core) in turn, as whole processes, and prints the best time of each and
their ratio. Below ``desertcheck.parallel.PARALLEL_MIN`` claims ``--jobs 0`` stays in one
process; the benchmark drops that limit (``--any-size``, through the environment of the
measured processes) to show what forking would cost or gain there, which is how the limit
was chosen.

    python bench/parallel.py [--sizes 250,500,1000,2000,5000,10000] [--repeat 3]

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
from synthetic import build_registry


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="250,500,1000,2000,5000,10000")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument(
        "--any-size",
        action="store_true",
        help="fork at every size (DESERTCHECK_PARALLEL_MIN=1 in the measured processes)",
    )
    args = ap.parse_args()
    if args.any_size:
        ENV["DESERTCHECK_PARALLEL_MIN"] = "1"
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    print(f"{cores} cores; best of {args.repeat}; verify --no-cache --format json")
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


if __name__ == "__main__":
    main()
