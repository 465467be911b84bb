"""The speed benchmark: every command as a whole process, paired with a parse baseline.

Builds synthetic registries (1k, 10k and 50k claims by default) of unique texts — each
claim its own sentence, with its own figure, in a source of 100 claims; a variant of the
10k registry has one source per 10 claims — then runs each command as a separate process,
best of ``--repeat`` runs at every size (so that the 50k / 10k ratios compare like with
like), next to the baseline measured in the same run: a script that
parses the same claims files with PyYAML's C loader and reads the sources. It prints (and
with ``--write`` saves) the table of issue 16: time, ratio to the baseline, target, and the
peak resident memory of each process.

    python bench/run.py [--sizes 1000,10000,50000] [--repeat 3] [--write bench/RESULTS.md]
    python bench/run.py --start-only       # the start-up rows alone, in a few seconds
    python bench/run.py --sizes 10000 --no-variant --only diff --only edited  # some rows

The code measured is byte-compiled first, as an installed package is: a first run that
compiles every module is not what a user's start-up costs.

Each command and its baseline run in turn, so that both see the same load.

A plain script, never a test: timings are measured here and asserted nowhere.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import build_draft, build_registry  # noqa: E402

CACHE = ".desertcheck-cache"
BASELINE = (
    "import sys, yaml, pathlib\n"
    "root = pathlib.Path(sys.argv[1])\n"
    "loader = getattr(yaml, 'CSafeLoader', yaml.SafeLoader)\n"
    "for p in sorted((root / 'claims').rglob('*.yaml')):\n"
    "    with open(p, encoding='utf-8') as f:\n"
    "        yaml.load(f, Loader=loader)\n"
    "for p in sorted((root / 'sources').rglob('*.md')):\n"
    "    p.read_text(encoding='utf-8')\n"
)
DESERTCHECK = [sys.executable, "-m", "desertcheck"]
ENV = dict(os.environ)  # --code DIR puts DIR/src first on the path of every process
ONLY: list[str] = []  # --only: the rows whose names hold one of these words (all when empty)


@dataclass
class Run:
    seconds: float
    rss_mib: float
    code: int
    cpu: float = 0.0  # processor time (user and system) of the process and its children


def run_once(argv: list[str], cwd: Path | None = None) -> Run:
    """One whole process, its output read from a pipe: wall time and peak RSS."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        argv,
        cwd=cwd,
        env=ENV,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        stdin=subprocess.DEVNULL,
    )
    assert proc.stdout is not None
    while proc.stdout.read(1 << 16):
        pass
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    cpu = usage.ru_utime + usage.ru_stime
    return Run(seconds, usage.ru_maxrss / 1024, proc.returncode, cpu)


def best(argv: list[str], repeat: int, before: object = None, cwd: Path | None = None) -> Run:
    """The fastest of ``repeat`` runs (peak RSS: the largest); ``before`` runs before each."""
    runs = []
    for _ in range(repeat):
        if callable(before):
            before()
        runs.append(run_once(argv, cwd))
    fastest = min(runs, key=lambda r: r.seconds)
    return Run(fastest.seconds, max(r.rss_mib for r in runs), fastest.code, fastest.cpu)


def clear_cache(root: Path, *, patterns: bool = False) -> None:
    """The registry's cache; with ``patterns``, the table of compiled patterns too (kept in
    the bench's own user cache folder, as a user's first run after installing finds it)."""
    shutil.rmtree(root / CACHE, ignore_errors=True)
    if patterns:
        shutil.rmtree(Path(ENV["XDG_CACHE_HOME"], "desertcheck", "compiled"), ignore_errors=True)


def git(root: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=root, check=True, capture_output=True)


def make_repo(root: Path) -> None:
    """A git repository of the registry with one claim changed in its last commit."""
    git(root, "init", "-q")
    git(root, "-c", "user.name=bench", "-c", "user.email=bench@invalid", "add", "-A")
    git(root, "-c", "user.name=bench", "-c", "user.email=bench@invalid", "commit", "-qm", "a")
    path = sorted((root / "claims").glob("*.yaml"))[0]
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("statement: ", "statement: Revised, ", 1), encoding="utf-8")
    git(root, "-c", "user.name=bench", "-c", "user.email=bench@invalid", "commit", "-qam", "b")
    (root / ".gitignore").write_text(CACHE + "/\n", encoding="utf-8")


class Editor:
    """Edits one claims file a little differently each time (a real change for a cache)."""

    def __init__(self, root: Path) -> None:
        self.path = sorted((root / "claims").glob("*.yaml"))[-1]
        self.original = self.path.read_text(encoding="utf-8")
        self.n = 0

    def edit(self) -> None:
        self.n += 1
        text = self.original.replace("statement: ", f"statement: Edit {self.n} of ", 1)
        self.path.write_text(text, encoding="utf-8")

    def restore(self) -> None:
        self.path.write_text(self.original, encoding="utf-8")


def in_turn(
    argv: list[str], base_argv: list[str], repeat: int, before: object = None
) -> tuple[Run, Run]:
    """The command and its baseline run in turn, so that both see the same load: the fastest
    of each (the command's peak RSS: the largest of its runs)."""
    runs, bases = [], []
    for _ in range(repeat):
        runs.append(best(argv, 1, before))
        bases.append(best(base_argv, 1))
    run = min(runs, key=lambda r: r.seconds)
    base = min(bases, key=lambda r: r.seconds)
    return Run(run.seconds, max(r.rss_mib for r in runs), run.code, run.cpu), base


def measure_size(root: Path, repeat: int, label: str) -> dict[str, tuple[Run, Run | None]]:
    """Each command on the registry at ``root``: (its run, the paired baseline run)."""
    base_argv = [sys.executable, "-c", BASELINE, str(root)]
    rows: dict[str, tuple[Run, Run | None]] = {}

    def pair(name: str, argv: list[str], before: object = None, warm: bool = False) -> None:
        if ONLY and not any(word in name for word in ONLY):
            return
        full = [*DESERTCHECK, "--root", str(root), *argv]
        if warm:  # the run that fills the cache for exactly these options
            run_once(full)
        run, base = in_turn(full, base_argv, repeat, before)
        rows[name] = (run, base)
        print(f"  {label:>6} {name:<34} {run.seconds:7.2f} s  {run.rss_mib:6.0f} MiB", flush=True)

    def cold() -> None:
        clear_cache(root)

    def warm_then(action: object) -> object:
        def go() -> None:
            run_once([*DESERTCHECK, "--root", str(root), "verify", "--format", "json"])
            if callable(action):
                action()

        return go

    pair("verify --format json, cold", ["verify", "--format", "json"], cold)
    pair("verify (table, in a pipe), cold", ["verify"], cold)
    pair("verify --format json, cold, again", ["verify", "--format", "json"], cold)
    pair("verify --format json, warm", ["verify", "--format", "json"], warm=True)
    pair("verify (table, in a pipe), warm", ["verify"], warm=True)
    editor = Editor(root)
    pair(
        "verify json, one claims file edited",
        ["verify", "--format", "json"],
        warm_then(editor.edit),
    )
    editor.restore()
    pair("export --format json", ["export", "--format", "json"], warm=True)
    pair("export --format csv", ["export", "--format", "csv"], warm=True)
    pair("list", ["list"], warm=True)
    # the pair met before (as a re-run of CI on the same commits meets it)
    pair("diff HEAD~1 HEAD, one claim changed", ["diff", "HEAD~1", "HEAD"], warm=True)

    def forget_sides() -> None:  # the pair's sides not kept: the diff as a first one does it
        (root / CACHE / "sides.dat").unlink(missing_ok=True)

    pair("diff HEAD~1 HEAD, the pair's first diff", ["diff", "HEAD~1", "HEAD"], forget_sides)
    draft = root.parent / f"draft-{label}.md"
    draft.write_text(build_draft(root, 5000, random.Random(7)), encoding="utf-8")
    pair("audit, 5,000-word draft, cold", ["audit", str(draft)], cold)
    pair("audit, same draft again", ["audit", str(draft)], warm=True)
    seeds = iter(range(100, 10_000))

    def new_draft() -> None:  # a draft audit has not seen: no stored report to replay
        draft.write_text(build_draft(root, 5000, random.Random(next(seeds))), encoding="utf-8")

    pair("audit, new 5,000-word draft, registry warm", ["audit", str(draft)], warm_then(new_draft))
    return rows


FIRST_RUN = "verify, shipped registry (63 claims), first run after installing"


def measure_start(repeat: int) -> dict[str, tuple[Run, Run]]:
    """--help, --version and verify on the shipped registry, against bare imports."""
    typer_only = [sys.executable, "-c", "import typer"]
    typer_yaml = [sys.executable, "-c", "import typer, yaml"]
    shipped = Path(__file__).resolve().parent.parent
    out: dict[str, tuple[Run, Run]] = {}
    out["--help"] = in_turn([*DESERTCHECK, "--help"], typer_only, repeat)
    out["--version"] = in_turn([*DESERTCHECK, "--version"], typer_only, repeat)
    tmp = Path(tempfile.mkdtemp())
    reg = tmp / "shipped"
    shutil.copytree(shipped / "claims", reg / "claims")
    shutil.copytree(shipped / "sources", reg / "sources")
    shutil.copy(shipped / "desertcheck.toml", reg / "desertcheck.toml")
    argv = [*DESERTCHECK, "--root", str(reg), "verify"]
    out[FIRST_RUN] = in_turn(argv, typer_yaml, repeat, lambda: clear_cache(reg, patterns=True))
    out["verify, shipped registry (63 claims), cold"] = in_turn(
        argv, typer_yaml, repeat, lambda: clear_cache(reg)
    )
    run_once(argv)
    out["verify, shipped registry (63 claims), warm"] = in_turn(argv, typer_yaml, repeat)
    shutil.rmtree(tmp, ignore_errors=True)
    for name, (run, base) in out.items():
        print(f"  {name:<42} {run.seconds * 1000:7.0f} ms  base {base.seconds * 1000:5.0f} ms")
    return out


def ratio(run: Run, base: Run | None) -> float:
    return run.seconds / base.seconds if base else float("nan")


TARGETS = [  # (row of the table, size, measured run, bound on the ratio, or absolute seconds)
    ("`verify --format json`, cold", "10k", "verify --format json, cold", 1.0),
    ("`verify` (table; in a pipe), cold", "10k", "verify (table, in a pipe), cold", 1.2),
    ("`verify`, second run, nothing changed", "10k", "verify --format json, warm", 0.25),
    ("`verify` after editing one claims file", "10k", "verify json, one claims file edited", 0.35),
    ("`diff HEAD~1 HEAD`, one claim changed", "10k", "diff HEAD~1 HEAD, one claim changed", 0.5),
    ("`export --format json`", "10k", "export --format json", 1.2),
    ("`export --format csv`", "10k", "export --format csv", 1.2),
    ("`list` (warm)", "10k", "list", 0.5),
]
AUDIT_TARGETS = [  # (measured run, bound in seconds for the whole process)
    ("audit, 5,000-word draft, cold", 1.5),
    ("audit, new 5,000-word draft, registry warm", 0.5),
    ("audit, same draft again", 0.5),
]


def package_dir() -> str:
    """The folder of the desertcheck that the measured processes import."""
    return subprocess.run(
        [
            sys.executable,
            "-c",
            "import desertcheck, os; print(os.path.dirname(desertcheck.__file__))",
        ],
        env=ENV,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()


def measured_code() -> str:
    """Which desertcheck the processes run: its folder and, in a git checkout, its commit."""
    out = package_dir()
    rev = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=out, capture_output=True, text=True
    ).stdout.strip()
    return f"{out} ({'commit ' + rev if rev else 'not a git checkout'})"


def byte_compile() -> None:
    """Compile the measured package as installing it does (PYTHONDONTWRITEBYTECODE aside)."""
    subprocess.run([sys.executable, "-m", "compileall", "-q", package_dir()], env=ENV, check=True)


def report(
    sizes: dict[str, dict[str, tuple[Run, Run | None]]], start: dict[str, tuple[Run, Run]]
) -> str:
    lines = [
        "# Speed benchmark results",
        "",
        f"`python bench/run.py` on {platform.machine()}, {os.cpu_count()} cores, Python "
        f"{platform.python_version()}, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}. "
        "Whole processes, output read from a pipe; best of the runs; the baseline parses the "
        "same claims files with PyYAML's C loader and reads the sources, in the same run.",
        "",
        f"Code measured: `{measured_code()}`.",
        "",
        "## Targets (issue 16)",
        "",
        "| run | measured | ratio | target | holds |",
        "|---|---|---|---|---|",
    ]
    for title, size, key, bound in TARGETS:
        if size in sizes and key in sizes[size]:
            run, base = sizes[size][key]
            r = ratio(run, base)
            lines.append(
                f"| {title} ({size}) | {run.seconds:.2f} s | {r:.2f}× | ≤ {bound}× | "
                f"{'yes' if r <= bound else 'no'} |"
            )
    for key, bound in AUDIT_TARGETS:
        if "10k" in sizes and key in sizes["10k"]:
            run = sizes["10k"][key][0]
            ok = "yes" if run.seconds <= bound else "no"
            lines.append(f"| `{key}` (10k) | {run.seconds:.2f} s | — | ≤ {bound} s | {ok} |")
    if "10k" in sizes and "50k" in sizes:
        worst = max(
            (
                sizes["50k"][k][0].seconds / sizes["10k"][k][0].seconds
                for k in sizes["50k"]
                if k in sizes["10k"]
            ),
            default=float("nan"),
        )
        lines.append(
            f"| 50k / 10k, worst command | — | {worst:.2f}× | ≤ 5.2× | {'yes' if worst <= 5.2 else 'no'} |"
        )
        for key, name in (
            ("verify --format json, cold", "json"),
            ("verify (table, in a pipe), cold", "table"),
        ):
            if key not in sizes["50k"]:
                continue
            rss = sizes["50k"][key][0].rss_mib
            lines.append(
                f"| peak RSS at 50k, verify ({name}) | {rss:.0f} MiB | — | ≤ 300 MiB | {'yes' if rss <= 300 else 'no'} |"
            )
    for name, (run, base) in start.items():
        if name == FIRST_RUN:  # not a target: what the first run after installing costs
            lines.append(
                f"| `{name}` | {run.seconds * 1000:.0f} ms | {ratio(run, base):.2f}× | — | — |"
            )
            continue
        bound = 1.1 if name.startswith("--") else (1.5 if name.endswith("cold") else 1.2)
        r = ratio(run, base)
        lines.append(
            f"| `{name}` | {run.seconds * 1000:.0f} ms | {r:.2f}× | ≤ {bound}× | {'yes' if r <= bound else 'no'} |"
        )
    lines += [
        "",
        "Baselines of the start-up rows: a script that only imports typer (`--help`, "
        "`--version`), and typer and yaml (the shipped registry). Every process runs with a "
        "user cache folder of the bench's own, where the cache key and the table of compiled "
        "patterns are kept between runs, as a user's are after the first run; "
        f"`{FIRST_RUN}` runs without them (no target).",
        "",
    ]
    for size, rows in sizes.items():
        lines += [
            f"## {size}",
            "",
            "| command | time | baseline | ratio | peak RSS |",
            "|---|---|---|---|---|",
        ]
        for name, (run, base) in rows.items():
            b = f"{base.seconds:.2f} s" if base else "—"
            lines.append(
                f"| {name} | {run.seconds:.2f} s | {b} | {ratio(run, base):.2f}× | {run.rss_mib:.0f} MiB |"
            )
        lines.append("")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1000,10000,50000")
    ap.add_argument(
        "--repeat",
        type=int,
        default=3,
        help="runs of each row, at every size: the best is kept (start-up rows: twice as many)",
    )
    ap.add_argument(
        "--variant",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="also the 10k registry with one source per 10 claims",
    )
    ap.add_argument("--write", type=Path, help="save the Markdown report here")
    ap.add_argument("--code", type=Path, help="measure the desertcheck of this checkout")
    ap.add_argument(
        "--start-only",
        action="store_true",
        help="only the start-up rows (--help, --version, the shipped registry)",
    )
    ap.add_argument(
        "--only",
        action="append",
        default=[],
        metavar="WORDS",
        help="only the rows whose name holds these words (repeatable), e.g. --only diff",
    )
    args = ap.parse_args()
    ONLY.extend(args.only)
    if args.code is not None:
        ENV["PYTHONPATH"] = str(args.code.resolve() / "src")
    # every process runs with a user cache folder of the bench's own: the cache key and the
    # table of compiled patterns live there, kept between runs as a user's are after the
    # first run; the row FIRST_RUN measures a run without them
    ENV["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="bench-user-cache-")
    byte_compile()
    sizes: dict[str, dict[str, tuple[Run, Run | None]]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        plan = [] if args.start_only else [(int(s), 100) for s in args.sizes.split(",")]
        if args.variant and any(n == 10_000 for n, _ in plan):
            plan.append((10_000, 10))
        for n, per_source in plan:
            label = f"{n // 1000}k" + ("" if per_source == 100 else f", {per_source} per source")
            root = Path(tmp) / label.replace(", ", "-").replace(" ", "-")
            build_registry(root, n, per_source, random.Random(n + per_source))
            make_repo(root)
            print(f"{label}: built {n:,} claims in {root}", flush=True)
            sizes[label] = measure_size(root, args.repeat, label)
        start = measure_start(args.repeat * 2) if not ONLY or args.start_only else {}
    text = report(sizes, start)
    print(text)
    if args.write:
        args.write.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
