"""Benchmark for loading and verifying a large registry (a plain script, not a test).

Builds a synthetic registry of N claims (default 10,000) in a temporary folder from the
shipped one — every shipped claim copied N/63 times under new ids, with its source — then
times, best of a few runs in this one process: loading the registry, verifying it, and a
baseline of reading and YAML-parsing the same files with PyYAML's C loader. Ratios to the
baseline compare across machines; absolute times are printed for the record.

    python bench/bench_verify.py [--claims 10000]
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from pathlib import Path

import yaml

from desertcheck.config import Config
from desertcheck.registry import load_registry
from desertcheck.verify import verify

SHIPPED = Path(__file__).resolve().parent.parent


def build(dest: Path, n: int) -> None:
    shutil.copytree(SHIPPED / "sources", dest / "sources")
    (dest / "claims").mkdir()
    base = load_registry(SHIPPED).registry
    claims = [c.model_dump(mode="json", exclude_defaults=True) for c in base.claims]
    copies = max(1, n // len(claims))
    for k in range(copies):
        items = []
        for c in claims:
            item = dict(c)
            item["id"] = f"{c['id']}-{k}"
            item["scope"] = f"{c['scope']}-{k % 50}"  # spread the cross-claim groups
            items.append(item)
        text = yaml.safe_dump({"claims": items}, allow_unicode=True, sort_keys=False)
        (dest / "claims" / f"part-{k:04d}.yaml").write_text(text, encoding="utf-8")


def best(fn, repeat: int = 3) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--claims", type=int, default=10_000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        build(root, args.claims)
        loaded = load_registry(root)
        n = len(loaded.registry.claims)
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

        def baseline() -> None:
            for p in sorted((root / "claims").glob("*.yaml")):
                yaml.load(p.read_text(encoding="utf-8"), Loader=loader)

        t_base = best(baseline)
        t_load = best(lambda: load_registry(root))
        t_verify = best(lambda: verify(loaded, Config()))
        result = verify(loaded, Config())
    print(f"registry: {n:,} claims, {len(result.findings):,} findings")
    rows = [
        ("baseline  yaml C-load of the claims files", t_base),
        ("load      desertcheck load_registry", t_load),
        ("verify    all checks (after load)", t_verify),
    ]
    for label, t in rows:
        print(f"{label:<44} {t * 1000:8.1f} ms   {t / t_base:5.2f}x")
    print(f"{'per claim load+verify':<44} {(t_load + t_verify) / n * 1e6:8.1f} us")


if __name__ == "__main__":
    main()
