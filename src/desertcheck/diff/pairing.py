"""Pairing what a change removed with what it added: a source under a new id (its file
renamed or moved, its text the same or nearly), and a claim under a new id (the same
source and quote, or, across a correction, a quote nearly the same). Such pairs are
shown as renamed, with what changed, never as one thing removed and another added.
"""

from __future__ import annotations

import difflib
from collections import defaultdict
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from desertcheck.diff.results import ClaimRename, FieldChanges

if TYPE_CHECKING:
    from desertcheck.model import Claim, Source

#: How alike (a ratio of characters) two quotes of one source must be for a removed and
#: an added claim to be paired when their quotes differ, and two sources' texts when
#: they do.
QUOTES_ALIKE = 0.9
TEXTS_ALIKE = 0.9
#: The most pairs of quotes, over the whole change, and of sources' texts (each may take
#: a good part of a second), compared for a near pairing: a change that removes and adds
#: more (a claims file rewritten) pairs only what is the same.
MOST_PAIRS = 5_000
MOST_TEXT_PAIRS = 20


def as_json(record: Any) -> dict[str, Any]:
    out: dict[str, Any] = record.model_dump(mode="json")
    return out


def field_changes(
    old: dict[str, Any], new: dict[str, Any], skip: Sequence[str] = ()
) -> FieldChanges:
    """Fields whose value differs between two ``model_dump(mode="json")`` dicts, in the
    model's field order (``1200`` and ``1200.0`` are the same value)."""
    skipped = set(skip)
    names = [*old, *(k for k in new if k not in old)]
    return {
        k: (old.get(k), new.get(k)) for k in names if k not in skipped and old.get(k) != new.get(k)
    }


def without_acceptances(changes: FieldChanges, old: Claim, new: Claim) -> FieldChanges:
    """``changes`` without ``accept`` when the acceptances added and removed say all of its
    change (codes accepted or no longer accepted); kept when an accepted code's reason
    was reworded, which they do not show."""
    if "accept" not in changes:
        return changes
    reasons = {a.code: a.reason for a in old.accept}
    if any(a.code in reasons and reasons[a.code] != a.reason for a in new.accept):
        return changes
    return {k: v for k, v in changes.items() if k != "accept"}


def _rename(old: Claim, new: Claim, alike: int | None = None) -> ClaimRename:
    changes = field_changes(as_json(old), as_json(new), skip=("id",))
    return ClaimRename(old, new, without_acceptances(changes, old, new), alike)


#: The fields that tell two claims of one quote apart (two figures of one sentence): of a
#: removed and an added claim of one quote, the pair differing in the fewest of these
#: (then of all their other fields) is the rename.
TELLING = ("value", "measure", "scope", "unit", "period", "qualifier", "cumulative")


def _unlike(old: Claim, new: Claim, dumps: dict[int, dict[str, Any]]) -> tuple[int, int]:
    """How many of :data:`TELLING`, then of all the fields but id, source and quote, differ
    between two claims (``dumps``: each one's :func:`as_json`, filled as they are made):
    the lower, the likelier one claim renamed."""
    for c in (old, new):
        if id(c) not in dumps:
            dumps[id(c)] = as_json(c)
    changes = field_changes(dumps[id(old)], dumps[id(new)], skip=("id", "source", "quote"))
    return sum(name in changes for name in TELLING), len(changes)


def claim_renames(
    removed: Sequence[Claim], added: Sequence[Claim], sources: Mapping[str, str]
) -> list[ClaimRename]:
    """Renames: a removed and an added claim of the same source (``sources``: the new id
    of each renamed source) with the same quote (after the normalisation verify uses);
    then, of the claims left, a removed and an added claim of the same source whose
    quotes are nearly the same (:data:`QUOTES_ALIKE`): a figure corrected (its quote with
    it) and renamed in one change. Either way each of a pair must be the other's single
    closest, by quote and then by the fields that tell claims apart (:func:`_unlike`):
    of two claims of one quote (two figures of one sentence), the one whose value,
    measure and the rest match; a tie pairs nothing, and both stay removed and added."""
    from desertcheck.text import normalize

    quotes = {id(c): normalize(c.quote).text for c in (*removed, *added)}

    def source_of(c: Claim) -> str:
        return sources.get(c.source, c.source)

    waiting: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for c in removed:
        waiting[source_of(c), quotes[id(c)]].append(c)
    arriving: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for c in added:
        if (c.source, quotes[id(c)]) in waiting:
            arriving[c.source, quotes[id(c)]].append(c)
    renames: list[ClaimRename] = []
    dumps: dict[int, dict[str, Any]] = {}
    for key, news in arriving.items():
        olds = waiting[key]
        scores = [((0.0, *(-n for n in _unlike(o, c, dumps))), o, c) for o in olds for c in news]
        while scores:
            pairs = _mutual(scores)
            if not pairs:
                break  # a tie: which is which is not known
            paired = {id(x) for o, c, _ in pairs for x in (o, c)}
            renames.extend(_rename(o, c) for o, c, _ in pairs)
            scores = [s for s in scores if id(s[1]) not in paired and id(s[2]) not in paired]
    paired = {id(x) for r in renames for x in (r.old, r.new)}
    rest = [c for c in removed if id(c) not in paired]
    left = [c for c in added if id(c) not in paired]
    for old, new, score in _closest(
        rest,
        left,
        lambda c: source_of(c),
        lambda c: c.source,
        quotes,
        QUOTES_ALIKE,
        lambda o, n: tuple(-x for x in _unlike(o, n, dumps)),
    ):
        renames.append(_rename(old, new, min(99, int(score[0] * 100))))
    return renames


def _mutual(scores: Sequence[tuple[Any, Any, Any]]) -> list[tuple[Any, Any, Any]]:
    """(old, new, score) of the (score, old, new) whose old and new are each the other's
    single best: a tie pairs nothing."""
    best_old: dict[int, list[Any]] = defaultdict(list)
    best_new: dict[int, list[Any]] = defaultdict(list)
    for score, o, n in scores:
        best_old[id(o)].append(score)
        best_new[id(n)].append(score)
    pairs = []
    for score, o, n in scores:
        for seen in (best_old[id(o)], best_new[id(n)]):
            if max(seen) != score or seen.count(score) > 1:
                break
        else:
            pairs.append((o, n, score))
    return pairs


def _closest(
    olds: Sequence[Any],
    news: Sequence[Any],
    old_group: Any,
    new_group: Any,
    texts: Mapping[int, str],
    least: float,
    then: Any,
) -> list[tuple[Any, Any, tuple[float, ...]]]:
    """Pairs of an old and a new item of the same group whose texts are at least
    ``least`` alike, each the other's single closest (by likeness, then by ``then(old,
    new)``, a tuple, the higher the closer): a tie pairs nothing. At most
    :data:`MOST_PAIRS` pairs are compared in all, the groups with the fewest first: a
    group that does not fit in what is left is not compared, its items left unpaired."""
    by_group: dict[str, list[Any]] = defaultdict(list)
    for n in news:
        by_group[new_group(n)].append(n)
    olds_of: dict[str, list[Any]] = defaultdict(list)
    for o in olds:
        if old_group(o) in by_group:
            olds_of[old_group(o)].append(o)
    sizes = {g: len(os_) * len(by_group.get(g, ())) for g, os_ in olds_of.items()}
    budget = MOST_PAIRS
    scores: list[tuple[tuple[float, ...], Any, Any]] = []
    for group in sorted(sizes, key=lambda g: (sizes[g], g)):
        if not sizes[group] or sizes[group] > budget:
            continue
        budget -= sizes[group]
        for o in olds_of[group]:
            for n in by_group[group]:
                ratio = _alike(texts[id(o)], texts[id(n)], least)
                if ratio >= least:
                    scores.append(((ratio, *then(o, n)), o, n))
    return _mutual(scores)


def _alike(a: str, b: str, least: float) -> float:
    """The share of characters two texts have in common (difflib's ratio), or 0 when it
    is surely below ``least``."""
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    if matcher.real_quick_ratio() < least or matcher.quick_ratio() < least:
        return 0.0
    return matcher.ratio()


def source_renames(
    removed: Sequence[Source], added: Sequence[Source]
) -> list[tuple[Source, Source]]:
    """(old, new): a removed and an added source whose texts are the same, or nearly
    (:data:`TEXTS_ALIKE` of their lines' characters in common), each the other's single
    closest: a source file renamed or moved."""
    from desertcheck.diff.lines import line_opcodes

    pairs: list[tuple[Source, Source]] = []
    by_text: dict[str, list[Source]] = defaultdict(list)
    for s in removed:
        by_text[s.text].append(s)
    left: list[Source] = []
    for s in added:
        same = by_text.get(s.text)
        if same:
            pairs.append((same.pop(0), s))
        else:
            left.append(s)
    paired = {id(old) for old, _ in pairs}
    rest = [s for s in removed if id(s) not in paired]
    if not rest or not left or len(rest) * len(left) > MOST_TEXT_PAIRS:
        return pairs

    def alike(a: str, b: str) -> float:
        if not a and not b:
            return 1.0
        x, y = a.splitlines(keepends=True), b.splitlines(keepends=True)
        shared = sum(
            sum(len(line) for line in x[i1:i2])
            for tag, i1, i2, _, _ in line_opcodes(x, y)
            if tag == "equal"
        )
        return 2 * shared / (len(a) + len(b))

    scores = []
    for o in rest:
        for n in left:
            short, long_ = sorted((len(o.text), len(n.text)))
            if long_ and short / long_ < TEXTS_ALIKE:
                continue
            ratio = alike(o.text, n.text)
            if ratio >= TEXTS_ALIKE:
                scores.append((ratio, o, n))
    for ratio, o, n in scores:
        rivals = [r for r, a, b in scores if (a is o) != (b is n) and (a is o or b is n)]
        if all(r < ratio for r in rivals):
            pairs.append((o, n))
    return pairs
