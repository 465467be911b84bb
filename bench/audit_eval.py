"""Score ``desertcheck audit`` against the labelled sets (a plain script, not a test).

Runs ``python -m desertcheck audit DRAFT --format json`` (and again with ``--strict``, for
its exit code) as a subprocess on every draft of three labelled sets:

* ``tests/data/audit_labelled.yaml``: one sentence per item, each audited on its own as a
  one-sentence draft (fed on standard input); items with ``figures: []`` must get no report.
* ``tests/data/audit_second/``: ``labelled.yaml`` and the drafts it names.
* ``tests/data/audit_third/``: the same format, with ``planted`` errors, ``contested`` figures
  and a ``not_figures`` list.

Each labelled figure is matched to a reported item on the line its anchor names, by the
figure's position on that line (the item's column and value text; failing that, by the
figure's text), and the item's first claim is taken as the claim it was matched to.

Per set it prints: the exact-verdict rate (verdict and claim both right, or any ``alt``; for
``unsourced`` the verdict only); precision and recall per verdict over the labelled figures;
how many planted errors would fail the run (audit exits 1 on a drift or mismatch, and with
``--strict`` on an unsourced figure too) and how many correct figures would; how many
non-figures were reported; and the drafts whose exit code is not what their labels call
for. A ``contested`` figure is a correct one: it fails only with ``--strict``, as it should.

    python bench/audit_eval.py [--json] [--verbose] [--jobs N] [--python PYTHON]

Run it from anywhere: it runs audit from the repository root (``--root`` to change).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parent.parent
TOOL_VERDICTS = (
    "supported",
    "contested",
    "qualifier-drift",
    "period-drift",
    "mismatch",
    "claim-fails-verify",
    "unsourced",
)
VERDICTS = TOOL_VERDICTS
ERRORS = frozenset({"qualifier-drift", "period-drift", "mismatch"})
FAILS = ERRORS  # statuses that make audit exit 1
FAILS_STRICT = ERRORS | {"unsourced", "contested", "claim-fails-verify"}  # with --strict
MISSING = "(not reported)"


@dataclass
class Draft:
    """One audit run: a file, or a sentence fed on standard input."""

    name: str
    lines: list[str]
    path: Path | None = None  # None: the text goes to stdin
    items: list[dict[str, Any]] = field(default_factory=list)
    exit_code: int | None = None
    exit_code_strict: int | None = None
    error: str | None = None


@dataclass
class Label:
    """One labelled figure, located on its draft's line."""

    draft: Draft
    line: int  # 1-based
    start: int  # 0-based offsets on the line
    end: int
    figure: str
    verdict: str
    claims: frozenset[str] | None
    alts: list[tuple[str, frozenset[str] | None]]
    planted: bool
    contested_by: list[str]
    item: dict[str, Any] | None = None

    @property
    def status(self) -> str:
        return str(self.item["status"]) if self.item else MISSING

    @property
    def claim(self) -> str | None:
        if not self.item or not self.item.get("claims"):
            return None
        return str(self.item["claims"][0]["id"])

    def accepted(self) -> list[tuple[str, frozenset[str] | None]]:
        return [(self.verdict, self.claims), *self.alts]

    def exact(self) -> bool:
        """Verdict and claim right (for unsourced, the verdict only), or an alt."""
        for verdict, claims in self.accepted():
            if self.status == verdict and (
                verdict == "unsourced" or (claims is not None and self.claim in claims)
            ):
                return True
        return False

    def gold(self) -> str:
        """The labelled verdict, or the alt verdict audit gave, if it gave one."""
        for verdict, _ in self.alts:
            if self.status == verdict:
                return verdict
        return self.verdict

    def describe(self) -> str:
        got = self.status if self.claim is None else f"{self.status} {self.claim}"
        want = self.verdict
        if self.claims:
            want += " " + "|".join(sorted(self.claims))
        return f"{self.draft.name}:{self.line}: {self.figure!r}: want {want}; got {got}"


@dataclass
class NotFigure:
    """Text on a line that audit must not report (the whole line for a figureless item)."""

    draft: Draft
    line: int
    start: int
    end: int
    text: str
    hit: dict[str, Any] | None = None


@dataclass
class LabelledSet:
    name: str
    drafts: list[Draft]
    labels: list[Label]
    not_figures: list[NotFigure]
    problems: list[str]  # labels that could not be placed (the data's fault, not audit's)


def fold(text: str) -> str:
    """Compare figure texts loosely: NFKC, spaces of any kind collapsed, lower case."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip().casefold()


def find(line: str, text: str) -> list[int]:
    """Offsets of text on the line, not inside a longer word or number (a superscript
    digit, a footnote's or an affiliation's marker, stands glued to its word)."""
    head = r"(?<!\w)" if _word_char(text[:1]) else ""
    tail = r"(?!\w)" if _word_char(text[-1:]) else ""
    return [m.start() for m in re.finditer(head + re.escape(text) + tail, line)]


def _word_char(ch: str) -> bool:
    return ch.isalnum() and unicodedata.category(ch) != "No"


def contains(text: str, part: str) -> bool:
    """Whether part occurs in text as a whole figure (folded), not inside a longer one."""
    return bool(part) and bool(find(fold(text), fold(part)))


def as_claims(value: object) -> frozenset[str] | None:
    if value is None:
        return None
    if isinstance(value, str):
        return frozenset({value})
    if isinstance(value, Iterable):
        return frozenset(str(v) for v in value)
    return frozenset({str(value)})


def load_yaml(path: Path) -> dict[str, Any]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise SystemExit(f"{path}: not a mapping")
    return data


def load_sentences(path: Path) -> LabelledSet:
    """The first set: sentences audited one by one."""
    data = load_yaml(path)
    out = LabelledSet(path.name, [], [], [], [])
    for n, entry in enumerate(data.get("items") or [], 1):
        sentence = str(entry["sentence"])
        draft = Draft(f"sentence {n}", [sentence])
        out.drafts.append(draft)
        figures = entry.get("figures") or []
        if not figures:
            out.not_figures.append(NotFigure(draft, 1, 0, len(sentence), sentence))
        taken: Counter[str] = Counter()
        for fig in figures:
            text = str(fig["figure"])
            spots = find(sentence, text)
            if len(spots) <= taken[text]:
                out.problems.append(f"{draft.name}: figure {text!r} not in the sentence")
                continue
            start = spots[taken[text]]
            taken[text] += 1
            verdict = str(fig["status"])
            out.labels.append(
                Label(
                    draft,
                    1,
                    start,
                    start + len(text),
                    text,
                    verdict,
                    as_claims(fig.get("claim")),
                    [],
                    verdict in ERRORS,
                    [],
                )
            )
    return out


def load_drafts(directory: Path) -> LabelledSet:
    """A set of Markdown drafts with labelled.yaml beside them."""
    data = load_yaml(directory / "labelled.yaml")
    out = LabelledSet(directory.name, [], [], [], [])
    drafts: dict[str, Draft] = {}
    rows = data.get("figures") or []
    has_planted = any("planted" in row for row in rows)

    def place(row: dict[str, Any], text: str) -> tuple[Draft, int, int] | None:
        name = str(row["file"])
        if name not in drafts:
            path = directory / name
            if not path.is_file():
                out.problems.append(f"{name}: no such draft")
                return None
            lines = path.read_text(encoding="utf-8").splitlines()
            drafts[name] = Draft(name, lines, path)
            out.drafts.append(drafts[name])
        draft = drafts[name]
        anchor = str(row["anchor"])
        hits = [i for i, line in enumerate(draft.lines) if anchor in line]
        if len(hits) != 1:
            out.problems.append(f"{name}: anchor {anchor!r} is on {len(hits)} lines")
            return None
        spots = find(draft.lines[hits[0]], text)
        if not spots:
            out.problems.append(f"{name}:{hits[0] + 1}: {text!r} is not on the line")
            return None
        return draft, hits[0] + 1, spots[0]  # the first occurrence, as the sets' headers say

    for row in rows:
        text = str(row["figure"])
        spot = place(row, text)
        if spot is None:
            continue
        draft, line, start = spot
        verdict = str(row["verdict"])
        alts = [(str(a["verdict"]), as_claims(a.get("claims"))) for a in row.get("alt") or []]
        planted = bool(row.get("planted")) if has_planted else verdict in ERRORS
        out.labels.append(
            Label(
                draft,
                line,
                start,
                start + len(text),
                text,
                verdict,
                as_claims(row.get("claims")),
                alts,
                planted,
                [str(c) for c in row.get("contested_by") or []],
            )
        )
    for row in data.get("not_figures") or []:
        text = str(row["text"])
        spot = place(row, text)
        if spot is not None:
            draft, line, start = spot
            out.not_figures.append(NotFigure(draft, line, start, start + len(text), text))
    return out


def check_claim_ids(labelled: LabelledSet, root: Path) -> None:
    """Note labels naming a claim id the registry does not have (a typo in the data)."""
    known: set[str] = set()
    for path in sorted((root / "claims").glob("*.yaml")):
        known.update(str(c["id"]) for c in load_yaml(path).get("claims") or [])
    for label in labelled.labels:
        named = set(label.claims or ()) | set(label.contested_by)
        for _, claims in label.alts:
            named |= set(claims or ())
        for claim in sorted(named - known):
            labelled.problems.append(f"{label.draft.name}:{label.line}: unknown claim {claim}")


def run_audit(draft: Draft, python: str, root: Path) -> None:
    """Audit one draft, as JSON and again with --strict for the exit code."""
    target = str(draft.path) if draft.path else "-"
    stdin = None if draft.path else "\n".join(draft.lines) + "\n"
    base = [python, "-m", "desertcheck", "audit", target, "--format", "json"]
    try:
        plain = subprocess.run(
            base, cwd=root, input=stdin, capture_output=True, text=True, check=False
        )
        strict = subprocess.run(
            [*base, "--strict"], cwd=root, input=stdin, capture_output=True, text=True, check=False
        )
    except OSError as exc:
        draft.error = str(exc)
        return
    draft.exit_code, draft.exit_code_strict = plain.returncode, strict.returncode
    try:
        draft.items = list(json.loads(plain.stdout)["items"])
    except (ValueError, KeyError, TypeError):
        tail = (plain.stderr or plain.stdout).strip().splitlines()[-1:]
        draft.error = f"exit {plain.returncode}: {' '.join(tail) or 'no JSON'}"


def item_span(item: dict[str, Any]) -> tuple[int, int]:
    start = int(item.get("column") or 1) - 1
    return start, start + len(str(item["value"]["text"]))


def match(labelled: LabelledSet) -> list[tuple[Draft, dict[str, Any]]]:
    """Pair each label with a reported item; return the items no label or non-figure took."""
    unclaimed: list[tuple[Draft, dict[str, Any]]] = []
    by_line: dict[tuple[int, int], list[Label]] = {}
    for label in labelled.labels:
        by_line.setdefault((id(label.draft), label.line), []).append(label)
    nf_by_line: dict[tuple[int, int], list[NotFigure]] = {}
    for nf in labelled.not_figures:
        nf_by_line.setdefault((id(nf.draft), nf.line), []).append(nf)
    for draft in labelled.drafts:
        for item in draft.items:
            key = (id(draft), int(item["line"]))
            start, end = item_span(item)
            shown = str(item["value"]["text"])
            free = [x for x in by_line.get(key, []) if x.item is None]
            overlap = [x for x in free if x.start < end and start < x.end]
            loose = [x for x in free if contains(shown, x.figure) or contains(x.figure, shown)]
            pick = overlap or loose
            if pick:
                best = max(pick, key=lambda x: min(end, x.end) - max(start, x.start))
                best.item = item
                continue
            wrong = [
                nf
                for nf in nf_by_line.get(key, [])
                if (nf.start < end and start < nf.end) or contains(shown, nf.text)
            ]
            for nf in wrong:
                nf.hit = nf.hit or item
            if not wrong:
                unclaimed.append((draft, item))
    return unclaimed


def ratio(a: int, b: int) -> float | None:
    return round(a / b, 3) if b else None


def _fails_strict(label: Label) -> bool:
    """Whether a correct figure fails the run with --strict though it should not (a
    contested figure should)."""
    return label.status in FAILS_STRICT and not (
        label.status == "contested" and label.verdict == "contested"
    )


def score(
    labelled: LabelledSet, unclaimed: Sequence[tuple[Draft, dict[str, Any]]]
) -> dict[str, Any]:
    labels = labelled.labels
    exact = [x for x in labels if x.exact()]
    per_verdict: dict[str, dict[str, Any]] = {}
    for verdict in VERDICTS:
        gold = [x for x in labels if x.gold() == verdict]
        said = [x for x in labels if x.status == verdict]
        hit = [x for x in gold if x.status == verdict]
        if gold or said:
            per_verdict[verdict] = {
                "labelled": len(gold),
                "reported": len(said),
                "correct": len(hit),
                "precision": ratio(len(hit), len(said)),
                "recall": ratio(len(hit), len(gold)),
            }
    known = [v for v in TOOL_VERDICTS if v in per_verdict]
    precisions = [p for v in known if (p := per_verdict[v]["precision"]) is not None]
    recalls = [r for v in known if (r := per_verdict[v]["recall"]) is not None]
    planted = [x for x in labels if x.planted]
    clean = [x for x in labels if not x.planted and x.verdict in ("supported", "contested")]
    unsourced = [x for x in labels if not x.planted and x.verdict == "unsourced"]
    runs = []
    for draft in labelled.drafts:
        mine = [x for x in labels if x.draft is draft]
        want = int(any(x.planted for x in mine))
        want_strict = int(want or any(x.verdict in ("unsourced", "contested") for x in mine))
        if draft.exit_code != want or draft.exit_code_strict != want_strict:
            runs.append(
                {
                    "draft": draft.name,
                    "exit": draft.exit_code,
                    "expected": want,
                    "exit_strict": draft.exit_code_strict,
                    "expected_strict": want_strict,
                }
            )
    return {
        "set": labelled.name,
        "drafts": len(labelled.drafts),
        "figures": len(labels),
        "exact": len(exact),
        "exact_rate": ratio(len(exact), len(labels)),
        "verdict_rate": ratio(sum(x.status == x.gold() for x in labels), len(labels)),
        "not_reported": sum(x.item is None for x in labels),
        "per_verdict": per_verdict,
        "macro_precision": round(sum(precisions) / len(precisions), 3) if precisions else None,
        "macro_recall": round(sum(recalls) / len(recalls), 3) if recalls else None,
        "planted": {
            "total": len(planted),
            "by_kind": dict(Counter(x.verdict for x in planted)),
            "fail_run": sum(x.status in FAILS for x in planted),
            "fail_run_strict": sum(x.status in FAILS_STRICT for x in planted),
            "right_verdict": sum(x.status == x.gold() for x in planted),
            "missed": [x.describe() for x in planted if x.status not in FAILS],
        },
        "correct_figures": {
            "total": len(clean),
            "fail_run": sum(x.status in FAILS for x in clean),
            "fail_run_strict": sum(_fails_strict(x) for x in clean),
            "failing": [x.describe() for x in clean if _fails_strict(x)],
        },
        "unsourced_figures": {
            "total": len(unsourced),
            "fail_run": sum(x.status in FAILS for x in unsourced),
        },
        "not_figures": {
            "total": len(labelled.not_figures),
            "reported": sum(nf.hit is not None for nf in labelled.not_figures),
            "list": [
                f"{nf.draft.name}:{nf.line}: {nf.text!r} reported as "
                f"{nf.hit['value']['text']!r} ({nf.hit['status']})"
                for nf in labelled.not_figures
                if nf.hit is not None
            ],
        },
        "unlabelled_reports": [
            f"{d.name}:{it['line']}:{it.get('column')}: {it['value']['text']!r} ({it['status']})"
            for d, it in unclaimed
        ],
        "unknown_verdict": [x.describe() for x in labels if x.verdict not in TOOL_VERDICTS],
        "wrong": [x.describe() for x in labels if not x.exact()],
        "exit_codes_off": runs,
        "label_problems": labelled.problems,
        "audit_errors": [f"{d.name}: {d.error}" for d in labelled.drafts if d.error],
    }


def pct(value: float | None) -> str:
    return "  -  " if value is None else f"{value:5.3f}"


def report(result: dict[str, Any], verbose: bool) -> Iterable[str]:
    yield f"== {result['set']}: {result['figures']} figures in {result['drafts']} drafts"
    yield (
        f"exact (verdict and claim): {result['exact']}/{result['figures']} = "
        f"{pct(result['exact_rate'])}   verdict only: {pct(result['verdict_rate'])}   "
        f"not reported: {result['not_reported']}"
    )
    yield f"  {'verdict':<16}{'labelled':>9}{'reported':>9}{'correct':>8}{'prec':>7}{'recall':>7}"
    for verdict, row in result["per_verdict"].items():
        yield (
            f"  {verdict:<16}{row['labelled']:>9}{row['reported']:>9}{row['correct']:>8}"
            f" {pct(row['precision'])} {pct(row['recall'])}"
        )
    yield (
        f"  macro over audit's verdicts: precision {pct(result['macro_precision'])}, "
        f"recall {pct(result['macro_recall'])}"
    )
    planted, clean = result["planted"], result["correct_figures"]
    kinds = ", ".join(f"{n} {k}" for k, n in sorted(planted["by_kind"].items()))
    yield (
        f"planted errors: {planted['total']} ({kinds}); fail the run: {planted['fail_run']} "
        f"(--strict: {planted['fail_run_strict']}); with the right verdict: "
        f"{planted['right_verdict']}"
    )
    yield (
        f"correct figures (supported/contested): {clean['total']}; fail the run: "
        f"{clean['fail_run']} (--strict: {clean['fail_run_strict']}); unsourced figures "
        f"failing a plain run: {result['unsourced_figures']['fail_run']}/"
        f"{result['unsourced_figures']['total']}"
    )
    nf = result["not_figures"]
    yield f"non-figures reported: {nf['reported']}/{nf['total']}"
    yield f"unlabelled reports: {len(result['unlabelled_reports'])}"
    yield f"drafts with an unexpected exit code: {len(result['exit_codes_off'])}"
    sections: list[tuple[str, list[str]]] = [
        ("label problems", result["label_problems"]),
        ("audit errors", result["audit_errors"]),
        ("labels with a verdict audit does not give (scored wrong)", result["unknown_verdict"]),
        ("planted errors that pass the run", planted["missed"]),
        ("correct figures that fail the run (or --strict)", clean["failing"]),
        ("non-figures reported", nf["list"]),
    ]
    if verbose:
        sections += [
            ("all wrong labels", result["wrong"]),
            ("unlabelled reports", result["unlabelled_reports"]),
            ("unexpected exit codes", [json.dumps(r) for r in result["exit_codes_off"]]),
        ]
    for title, lines in sections:
        if lines:
            yield f"  {title}:"
            yield from (f"    {line}" for line in lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every wrong label")
    parser.add_argument("--root", type=Path, default=REPO, help="repository root")
    parser.add_argument("--python", default=sys.executable, help="interpreter to run audit")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 4, help="parallel runs")
    args = parser.parse_args(argv)
    data = args.root / "tests" / "data"
    # every folder of labelled drafts: audit_second, audit_third, and any later set
    folders = sorted(p for p in data.glob("audit_*") if (p / "labelled.yaml").is_file())
    sets = [load_sentences(data / "audit_labelled.yaml"), *(load_drafts(f) for f in folders)]
    for labelled in sets:
        check_claim_ids(labelled, args.root)
    drafts = [d for s in sets for d in s.drafts]
    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        list(pool.map(lambda d: run_audit(d, args.python, args.root), drafts))
    results = [score(s, match(s)) for s in sets]
    if args.json:
        json.dump({"sets": results}, sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        for n, result in enumerate(results):
            if n:
                print()
            for line in report(result, args.verbose):
                print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
