"""Two versions of the code in one run: the row "verify json, one claims file edited" of
bench/run.py, each repetition running the old code, the new code and the parse baseline
in turn on the same 10,000-claim registry, so that load on the machine falls on all three.

    python bench/edited_pair.py OLD_CHECKOUT NEW_CHECKOUT [REPEAT]

Each code starts from its own warm cache of the unedited registry (a copy restored before
each run; caches of two versions of the code do not mix), then the last claims file is
edited, as run.py's Editor does, and the run is timed. Prints best times, ratios to the
baseline, every run and peak RSS, and checks that both codes wrote the same report (after
the same edit), and the new one what a run without the cache writes. Wall time and
processor time (of the process and its workers) are printed: on a machine shared with
other work the processor time, paired run by run, is the one to read. A plain script:
timings are measured here and asserted nowhere.
"""

from __future__ import annotations

import random
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import run as bench
from synthetic import build_registry


def main() -> None:
    codes = {"before": Path(sys.argv[1]).resolve(), "after": Path(sys.argv[2]).resolve()}
    repeat = int(sys.argv[3]) if len(sys.argv) > 3 else 5
    bench.ENV["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="bench-user-cache-")
    for code in codes.values():  # compiled as an installed package is
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(code / "src")], check=True)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "10k"
        build_registry(root, 10_000, 100, random.Random(10_100))
        bench.make_repo(root)
        cache = root / bench.CACHE
        argv = [*bench.DESERTCHECK, "--root", str(root), "verify", "--format", "json"]
        base_argv = [sys.executable, "-c", bench.BASELINE, str(root)]
        editor = bench.Editor(root)
        for name, code in codes.items():  # each code's warm cache of the unedited registry
            bench.ENV["PYTHONPATH"] = str(code / "src")
            bench.clear_cache(root)
            bench.run_once(argv)
            bench.run_once(argv)
            shutil.copytree(cache, Path(tmp) / f"cache-{name}")

        def edited(name: str) -> None:
            bench.ENV["PYTHONPATH"] = str(codes[name] / "src")
            shutil.rmtree(cache)
            shutil.copytree(Path(tmp) / f"cache-{name}", cache)
            editor.edit()

        runs: dict[str, list[bench.Run]] = {"before": [], "after": [], "baseline": []}
        for _ in range(repeat):
            for name in codes:
                edited(name)
                runs[name].append(bench.run_once(argv))
            runs["baseline"].append(bench.run_once(base_argv))
        out = {}
        last = editor.n
        for name in codes:  # the same edit for both, so that their reports may be compared
            editor.n = last
            edited(name)
            out[name] = subprocess.run(argv, env=bench.ENV, capture_output=True).stdout
        no_cache = {**bench.ENV, "DESERTCHECK_NO_CACHE": "1"}
        fresh = subprocess.run(argv, env=no_cache, capture_output=True).stdout
        editor.restore()
    print(
        f"same report: before and after {out['before'] == out['after']}, "
        f"after and --no-cache {out['after'] == fresh}"
    )
    base = min(r.seconds for r in runs["baseline"])
    base_cpu = statistics.median(r.cpu for r in runs["baseline"])
    for name, timed in runs.items():
        best = min(r.seconds for r in timed)
        every = " ".join(f"{r.seconds:.3f}" for r in timed)
        rss = max(r.rss_mib for r in timed)
        print(f"{name:9} {best:.3f} s  {best / base:.2f}x  ({every})  peak {rss:.0f} MiB")
    # processor time, less disturbed by other work on the machine than wall time
    for name, timed in runs.items():
        cpu = statistics.median(r.cpu for r in timed)
        every = " ".join(f"{r.cpu:.3f}" for r in timed)
        print(f"{name:9} processor time, median {cpu:.3f} s  {cpu / base_cpu:.2f}x  ({every})")
    if len(runs["before"]) == len(runs["after"]):  # paired: each repetition ran both in turn
        diffs = sorted(a.cpu - b.cpu for a, b in zip(runs["after"], runs["before"], strict=True))
        wins = sum(d < 0 for d in diffs)
        print(
            f"after - before, processor time: median {statistics.median(diffs) * 1000:+.1f} ms, "
            f"after faster in {wins} of {len(diffs)} pairs"
        )


if __name__ == "__main__":
    main()
