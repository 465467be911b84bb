"""Benchmark for ``desertcheck audit`` (a plain script, not a test).

A 5,000-word draft (the example drafts and the labelled sentences, repeated) is audited
against a synthetic registry of 10,000 claims generated from the shipped ones: values
scaled by a random factor, measures and scopes given one of many variants, periods
shifted. Prints, best of several runs:

* the baseline measured in the same run: ``parse_quantities`` over the draft alone;
* building the :class:`~desertcheck.audit.Auditor` index over 10,000 claims;
* the audit alone (index built), and its ratio to the baseline;
* the index kept and read back, as a warm run reads it (:mod:`desertcheck.cache.auditindex`:
  ``marshal`` and ``ClaimIndex.from_rows``);
* with ``--load``: the claims are written as YAML into a temporary registry and loaded with
  ``load_registry``, and the end-to-end time (load + index + audit) is printed too.

    python bench/bench_audit.py [--claims 10000] [--words 5000] [--load]
"""

from __future__ import annotations

import argparse
import marshal
import random
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from desertcheck.audit import Auditor
from desertcheck.audit.index import ClaimIndex
from desertcheck.bulk import no_collection
from desertcheck.cache.claims import ClaimRows, claim_row
from desertcheck.model import Claim, Where
from desertcheck.quantity import parse_quantities
from desertcheck.registry import load_registry

ROOT = Path(__file__).resolve().parent.parent
VARIANTS = str.split(
    "kaliningrad rostov belgorod kursk bryansk voronezh moscow-oblast tver pskov murmansk "
    "arkhangelsk karelia novgorod smolensk kaluga tula ryazan vladimir yaroslavl kostroma "
    "ivanovo nizhny-novgorod kazan samara saratov volgograd astrakhan krasnodar stavropol "
    "dagestan chechnya ingushetia ossetia kabardino adygea crimea sevastopol perm ufa "
    "orenburg chelyabinsk yekaterinburg tyumen omsk novosibirsk tomsk kemerovo barnaul "
    "krasnoyarsk irkutsk buryatia chita yakutsk khabarovsk vladivostok sakhalin kamchatka "
    "magadan chukotka navy airborne marines rosgvardia wagner storm-z volunteers reservists "
    "mobilised contract conscript officers sergeants privates tank-crews artillery drones "
    "engineers medics signals logistics"
)


def best(fn: Callable[[], object], repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def synthetic_claims(n: int, seed: int = 7) -> list[dict[str, Any]]:
    """``n`` claim records (as YAML would hold them) made from the shipped claims."""
    rng = random.Random(seed)
    shipped = load_registry(ROOT).registry.claims
    out: list[dict[str, Any]] = []
    for k in range(n):
        base = shipped[k % len(shipped)]
        data = base.model_dump(mode="json", exclude_none=True)
        if k >= len(shipped):  # the shipped claims themselves stay as they are
            factor = 10 ** rng.uniform(-1.0, 1.0)
            variant = rng.choice(VARIANTS)
            if isinstance(base.value, tuple):
                low = round(base.value[0] * factor)
                data["value"] = [low, low + max(1, round((base.value[1] - base.value[0]) * factor))]
            elif base.unit in ("percent", "share"):
                data["value"] = round(min(base.high * factor, 99.0), 1)
            else:
                data["value"] = max(1, round(base.high * factor))
            data["id"] = f"{base.id}-{variant}-{k}"
            data["measure"] = f"{base.measure}-{variant}" if rng.random() < 0.7 else base.measure
            data["scope"] = f"{base.scope}-{rng.choice(VARIANTS)}"
            shift = rng.randint(-3, 3)
            start, end = base.period.start, base.period.end
            data["period"] = (
                f"{start.replace(year=start.year + shift)}/{end.replace(year=end.year + shift)}"
                if start != end
                else str(start.replace(year=start.year + shift))
            )
            data["statement"] = f"{base.statement} ({variant.replace('-', ' ')})"
        out.append(data)
    return out


def build_draft(words: int) -> str:
    """About ``words`` words of draft: the example drafts and the labelled sentences, repeated."""
    parts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples/drafts").glob("*.md"))]
    labelled = yaml.safe_load((ROOT / "tests/data/audit_labelled.yaml").read_text("utf-8"))
    parts.append(" ".join(e["sentence"] for e in labelled["items"]))
    paragraphs = [para for part in parts for para in part.split("\n\n")]
    out: list[str] = []
    count = k = 0
    while count < words:
        para = paragraphs[k % len(paragraphs)]
        take = para.split(" ")[: words - count]
        out.append(" ".join(take))
        count += len(" ".join(take).split())
        k += 1
    return "\n\n".join(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=10_000)
    parser.add_argument("--words", type=int, default=5_000)
    parser.add_argument("--load", action="store_true", help="also time loading from YAML")
    args = parser.parse_args()

    records = synthetic_claims(args.claims)
    claims = [Claim.model_validate(r, context={"where": Where("bench.yaml")}) for r in records]
    draft = build_draft(args.words)
    figures = len(parse_quantities(draft))
    print(
        f"draft: {len(draft.split()):,} words, {figures} figures; registry: {len(claims):,} claims"
    )

    baseline = best(lambda: parse_quantities(draft))
    index = best(lambda: Auditor(claims), repeat=3)
    auditor = Auditor(claims)
    rows = ClaimRows()
    items = auditor.audit(draft, "bench.md")
    run = best(lambda: auditor.audit(draft, "bench.md"))
    print(f"baseline parse_quantities(draft)       {baseline * 1000:8.1f} ms")
    print(f"index 10,000 claims (Auditor(...))     {index * 1000:8.1f} ms")
    print(
        f"audit alone                            {run * 1000:8.1f} ms"
        f"  ({run / baseline:.1f}x baseline)"
    )
    print(
        f"index + audit                          {(index + run) * 1000:8.1f} ms  (target < 1000 ms)"
    )
    kept = marshal.dumps(auditor.index.rows(claim_row))

    def read_back_once() -> None:
        with no_collection():  # as the cache reads it
            ClaimIndex.from_rows(marshal.loads(kept), auditor.index.synonyms, rows.claim_of)

    read_back = best(read_back_once, repeat=3)
    print(f"kept index read back ({len(kept) / 2**20:.1f} MiB)     {read_back * 1000:8.1f} ms")
    statuses: dict[str, int] = {}
    for it in items:
        statuses[it.status] = statuses.get(it.status, 0) + 1
    print(f"verdicts: {statuses}")

    if args.load:
        tmp = Path(tempfile.mkdtemp(prefix="desertcheck-bench-"))
        try:
            shutil.copytree(ROOT / "sources", tmp / "sources")
            (tmp / "claims").mkdir()
            for i in range(0, len(records), 1000):
                chunk = {"claims": records[i : i + 1000]}
                (tmp / "claims" / f"part-{i // 1000:02d}.yaml").write_text(
                    yaml.safe_dump(chunk, allow_unicode=True, sort_keys=False), encoding="utf-8"
                )

            def end_to_end() -> None:
                loaded = load_registry(tmp)
                Auditor(loaded.registry.claims).audit(draft, "bench.md")

            load = best(lambda: load_registry(tmp), repeat=2)
            total = best(end_to_end, repeat=2)
            print(f"load_registry (10,000 claims as YAML)  {load * 1000:8.1f} ms")
            print(f"load + index + audit                   {total * 1000:8.1f} ms")
        finally:
            shutil.rmtree(tmp)


if __name__ == "__main__":
    main()
