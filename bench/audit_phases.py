"""Where an audit's processor time goes, phase by phase, on registries of several sizes.

For each registry (built here from ``--sizes`` as ``bench/run.py`` builds them, or given as
folders), in turn and ``--repeat`` times: an audit of a 5,000-word draft with no cache
("cold"), then of a draft it has not seen with the registry's index kept ("new draft").
Each is a whole process, run through the command line's own entry point with a few of its
functions wrapped to time them; the processor time (user and system) of each phase is
printed, the fewest seconds of the runs (the first fills the table of compiled patterns),
and its ratio to the first registry's: a phase whose ratio is well above the ratio of the
registries' sizes grows faster than the registry. Processor time, not wall time, so that
other work on the machine counts less; the cold audit's worker processes are counted apart
(``workers``). ``gc`` is the time the cyclic garbage collector took (its callbacks), and
``collections`` how many it made.

    python bench/audit_phases.py --sizes 10000,50000 [--repeat 2]
    python bench/audit_phases.py /tmp/reg-10k /tmp/reg-50k   # registries built before

A plain script, never a test: timings are measured here and asserted nowhere.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from run import byte_compile
from synthetic import build_draft, build_registry

CACHE = ".desertcheck-cache"
#: (module, attribute, phase): the functions timed in the measured process
WRAPPED = (
    ("desertcheck.cli.run_audit", "load_found", "load"),
    ("desertcheck.audit.run", "_standing", "verify"),
    ("desertcheck.audit.run", "_auditor", "index build"),
    ("desertcheck.cache.auditindex", "IndexCache.put", "index write"),
    ("desertcheck.cache.auditindex", "IndexCache.get", "index read"),
    # the skeletons of the claims' quotes, read when a figure with no claim first asks
    ("desertcheck.cache.auditindex", "IndexCache.echoes", "echoes read"),
    ("desertcheck.audit.run", "each_draft", "drafts"),
    ("desertcheck.cli.run_audit", "finish", "report"),
)
PHASES = ("total", "main", "workers", *(p for _, _, p in WRAPPED), "gc")


def child(out: str, argv: list[str]) -> None:
    """Run ``desertcheck ARGV`` in this process with its phases timed; write them to
    ``out`` as JSON when it leaves."""
    import functools
    import gc
    import importlib

    spent: dict[str, float] = {}
    collections = [0]
    started: list[float] = []

    def on_gc(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            started.append(time.process_time())
        elif started:
            spent["gc"] = spent.get("gc", 0.0) + time.process_time() - started.pop()
            collections[0] += 1

    gc.callbacks.append(on_gc)
    for module, attr, phase in WRAPPED:
        owner: object = importlib.import_module(module)
        *path, name = attr.split(".")
        for part in path:
            owner = getattr(owner, part)
        fn = getattr(owner, name)

        def timed(*a: object, _fn=fn, _phase=phase, **k: object) -> object:
            t0 = time.process_time()
            try:
                return _fn(*a, **k)
            finally:
                spent[_phase] = spent.get(_phase, 0.0) + time.process_time() - t0

        setattr(owner, name, functools.wraps(fn)(timed))
    import desertcheck.launch as launch

    leave = launch.leave

    def record(code: object) -> None:
        own = resource.getrusage(resource.RUSAGE_SELF)
        workers = resource.getrusage(resource.RUSAGE_CHILDREN)
        spent["main"] = own.ru_utime + own.ru_stime
        spent["workers"] = workers.ru_utime + workers.ru_stime
        spent["total"] = spent["main"] + spent["workers"]
        spent["collections"] = collections[0]
        Path(out).write_text(json.dumps(spent), encoding="utf-8")
        leave(code)

    launch.leave = record
    sys.argv = ["desertcheck", *argv]
    launch.entry()


def measure(root: Path, draft: Path, env: dict[str, str]) -> dict[str, float]:
    """One audit of ``draft`` against ``root``, as a process of its own: its phases."""
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as fh:
        out = fh.name
    try:
        subprocess.run(
            [sys.executable, __file__, "--child", out, "--root", str(root), "audit", str(draft)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=env,
            check=False,
        )
        got: dict[str, float] = json.loads(Path(out).read_text(encoding="utf-8"))
        return got
    finally:
        os.unlink(out)


def forget_reports(root: Path) -> None:
    """The stored audit reports of ``root``: a draft then is one audit has not seen."""
    for path in (root / CACHE).glob("report-*.dat"):
        path.unlink()


def run(roots: list[Path], repeat: int, words: int, drafts: Path) -> None:
    # a user cache folder of the bench's own (the cache key, the table of compiled
    # patterns), kept between the runs as a user's is: the first run fills it
    env = dict(os.environ, XDG_CACHE_HOME=str(drafts / "user-cache"))
    best: dict[tuple[str, str], dict[str, float]] = {}
    for rep in range(repeat):
        for root in roots:
            draft = drafts / f"draft-{root.name}.md"
            draft.write_text(build_draft(root, words, random.Random(7)), encoding="utf-8")
            shutil.rmtree(root / CACHE, ignore_errors=True)
            runs = [("cold", measure(root, draft, env))]
            draft.write_text(build_draft(root, words, random.Random(100 + rep)), encoding="utf-8")
            forget_reports(root)
            runs.append(("new draft", measure(root, draft, env)))
            for what, got in runs:
                kept = best.setdefault((what, root.name), {})
                for phase, seconds in got.items():
                    kept[phase] = min(kept.get(phase, seconds), seconds)
            print(f"  {root.name} run {rep + 1}: done", file=sys.stderr, flush=True)
    first = roots[0].name
    for what in ("cold", "new draft"):
        print(f"\n{what} (processor seconds; ratio to {first})")
        print(f"{'phase':<12}" + "".join(f"{r.name:>22}" for r in roots))
        for phase in PHASES:
            cells = []
            for root in roots:
                seconds = best[what, root.name].get(phase, 0.0)
                base = best[what, first].get(phase, 0.0)
                ratio = f" ({seconds / base:5.2f}×)" if base > 0.005 and root.name != first else ""
                cells.append(f"{seconds:8.2f}{ratio:>9}")
            print(f"{phase:<12}" + "".join(f"{c:>22}" for c in cells))
        counts = "  ".join(
            f"{r.name}: {int(best[what, r.name].get('collections', 0))}" for r in roots
        )
        print(f"collections  {counts}")


def main() -> None:
    if len(sys.argv) > 2 and sys.argv[1] == "--child":
        child(sys.argv[2], sys.argv[3:])
        return
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("roots", nargs="*", type=Path, help="registries built before")
    ap.add_argument("--sizes", help="build registries of these sizes, e.g. 10000,50000")
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--words", type=int, default=5000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        roots = [r.resolve() for r in args.roots]
        for n in [int(s) for s in args.sizes.split(",")] if args.sizes else []:
            root = Path(tmp) / f"{n // 1000}k"
            build_registry(root, n, 100, random.Random(n + 100))  # as bench/run.py
            roots.append(root)
        if not roots:
            ap.error("give registries, or --sizes")
        byte_compile()
        run(roots, args.repeat, args.words, Path(tmp))


if __name__ == "__main__":
    main()
