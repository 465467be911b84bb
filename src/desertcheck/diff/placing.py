"""Where ``desertcheck diff`` tells a finding, and which findings a change's own settings
keep from being told.

A finding across claims that stands at a claim the change left alone is told at the claim
the change edited (:func:`at_edited_claim`), and an id a new claim took from an untouched
one is blamed on the new claim (:func:`at_reusing_claim`): a pull request's annotations
land on its own lines. A change to ``desertcheck.toml`` is checked against the base's
settings (:func:`silenced`): what it alone hides is never "resolved".
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from desertcheck.config import CONFIG_FILE
from desertcheck.diff.found import finding_key, findings_compared, sort_by_severity

if TYPE_CHECKING:
    from desertcheck.diff.comparison import Verified
    from desertcheck.diff.results import ClaimMove, FileRename, RelationChange
    from desertcheck.findings import Finding
    from desertcheck.model import Claim
    from desertcheck.registry import Registry


def settings_of(side: Verified) -> str | None:
    return getattr(side, "settings", None)


def silenced(
    base: Verified,
    head: Verified,
    introduced: Sequence[Finding],
    resolved: Sequence[Finding],
    names: tuple[dict[str, str], Mapping[str, str], Mapping[str, str]],
) -> tuple[list[Finding], list[Finding]]:
    """(hidden, unfixed): what head's ``desertcheck.toml`` alone keeps from being reported,
    when it differs from base's. Head is verified again under base's settings: *hidden*,
    the findings that run introduces and head's does not (or at a lower severity), as the
    base's settings report them; *unfixed*, the findings of base that head resolved and
    that run still has (so ``ignore`` or a wider tolerance took them away, not a fix).
    ``names``: the renames of claims, of files and of sources, as :func:`findings_compared`
    takes them."""
    config, loaded = getattr(base, "config", None), getattr(head, "loaded", None)
    if config is None or loaded is None or settings_of(base) == settings_of(head):
        return [], []
    from desertcheck.verify import verify

    gate = verify(loaded, config, extra=getattr(head, "extra", ())).findings
    would, fixed, _ = findings_compared(base.findings, gate, *names)
    pool: dict[tuple[object, ...], list[Finding]] = {}
    for f in introduced:
        pool.setdefault(finding_key(f), []).append(f)
    hidden: list[Finding] = []
    edited = _edited_exclusions(config, getattr(head, "config", None))
    for g in would:
        if g.accepted is not None or (g.file == CONFIG_FILE and g.line in edited):
            # of an exclusion of base's that the change edited or removed (one naming a
            # source by the id it had before a rename): head's own are checked as they are
            continue
        told = pool.get(finding_key(g), [])
        hit = next((f for f in told if f.severity.rank <= g.severity.rank), None)
        if hit is None:
            hidden.append(g)
        else:
            told.remove(hit)
    unfixed = [f for f in resolved if all(f is not g for g in fixed)]
    return hidden, unfixed


def _edited_exclusions(base: object, head: object) -> set[int]:
    """The lines of base's ``[[scan.exclude]]`` entries that head's settings no longer hold
    as they were (edited or removed): what is said of them is said of base's settings."""
    kept = {(e.source, e.quote, e.claim) for e in getattr(head, "scan_exclusions", ())}
    return {
        e.line
        for e in getattr(base, "scan_exclusions", ())
        if (e.source, e.quote, e.claim) not in kept
    }


def at_edited_claim(f: Finding, edited: set[str], claims: dict[str, Claim]) -> Finding:
    """``f`` placed at the first of its claims the change edited, when it stands at one the
    change left alone: a finding across claims is reported at its first claim (at one of
    its fields), and a reviewer sees a pull request's annotations on the lines it changed."""
    first = claims.get(f.claims[0]) if len(f.claims) > 1 else None
    if first is None or first.id in edited or f.file != first.file:
        return f
    where = first.where
    spots = {(where.line, where.column): "", **{(ln, col): n for n, ln, col in where.fields}}
    field = spots.get((f.line, f.column))
    if field is None:
        return f  # placed elsewhere (a relation, a source)
    for cid in f.claims[1:]:
        claim = claims.get(cid)
        if cid in edited and claim is not None:
            line, column = claim.where.of(field) if field else (claim.line, claim.where.column)
            return _told_of(replace(f, file=claim.file, line=line, column=column), first, claim)
    return f


def _told_of(f: Finding, first: Claim, claim: Claim) -> Finding:
    """A ``duplicate-claim`` moved from ``first`` to ``claim``, the one the change edited,
    told of ``claim``: its message names ``claim`` first and points at ``first``'s place,
    never at the place it stands."""
    from desertcheck.codes import Code

    lead, there = f"claim {first.id} ", f"{claim.id} ({claim.file}:{claim.line})"
    if f.code != Code.DUPLICATE_CLAIM or not f.message.startswith(lead) or there not in f.message:
        return f
    rest = f.message[len(lead) :].replace(there, f"{first.id} ({first.file}:{first.line})", 1)
    ids = (claim.id, *(c for c in f.claims if c != claim.id))
    return replace(f, message=f"claim {claim.id} {rest}", claims=ids)


def at_reusing_claim(
    introduced: list[Finding],
    shadowed: set[str],
    old_ids: Mapping[str, Claim],
    new_ids: Mapping[str, Claim],
) -> tuple[list[Finding], list[Finding]]:
    """(introduced, reuses): each ``duplicate-id`` the loader gave a claim the change left
    where it was, because a claim the change added in a file read first took its id, told
    at the added claim instead (the reuse is the change's); and those findings again, each
    naming the id, whose old claim is not checked now (a finding of it that went away was
    not fixed)."""
    from desertcheck.codes import Code

    out: list[Finding] = []
    reuses: list[Finding] = []
    for f in introduced:
        cid = next(
            (c for c in shadowed if f.code == Code.DUPLICATE_ID and _names(f, c, old_ids[c])),
            None,
        )
        if cid is None or cid not in new_ids:
            out.append(f)
            continue
        claim = new_ids[cid]
        place = f"{f.file}:{f.line}"  # the untouched claim, where head has it now
        moved = replace(
            f,
            message=(
                f"claim id {cid!r} is already used at {place}, by a claim this change "
                "left as it was; claim ids are unique across the registry: give this "
                f"claim another id (until then the claim at {place} is not checked)"
            ),
            file=claim.file,
            line=claim.line,
            column=claim.where.column,
        )
        out.append(moved)
        reuses.append(replace(moved, claims=(cid,)))
    return sort_by_severity(out), reuses


def reused_ids(
    old_ids: Mapping[str, Claim], new_ids: Mapping[str, Claim], findings: Iterable[Finding]
) -> set[str]:
    """Ids that a claim in another file took over: the base's entry is still where it was,
    flagged as the reuse (the loader keeps the entry of the file read first). Its id is not
    a claim moved and changed, but a claim added with an id already in use."""
    from desertcheck.codes import Code

    reused = [f for f in findings if f.code == Code.DUPLICATE_ID]
    return {
        cid
        for cid, was in old_ids.items()
        if cid in new_ids
        and new_ids[cid].file != was.file
        and any(_names(f, cid, was) for f in reused)
    }


def _names(f: Finding, cid: str, was: Claim) -> bool:
    """Whether the loader's ``duplicate-id`` ``f`` stands at the base's claim ``was`` (id
    ``cid``) in head: in its file, and about its id. Not by its line: an edit above it in
    its file moves it down, and another claim may stand at its old line now."""
    return f.file == was.file and f.message.startswith(f"claim id {cid!r} is already used at ")


def renamed_source_named(f: Finding, renamed: Mapping[str, str]) -> Finding:
    """An ``unknown-source`` or ``unused-exclusion`` of a source the change renamed, told
    the new id the change gave it: the loader's closest id is only the most alike."""
    from desertcheck.codes import Code

    for old, new in renamed.items():
        if f.code == Code.UNKNOWN_SOURCE and f"names source {old!r}, but" in f.message:
            said = f.message.split(" (did you mean ", 1)[0]
            return replace(f, message=f"{said} (did you mean {new!r}? the change renamed it)")
        now = "write the source's id as it is now"
        if f.code == Code.UNUSED_EXCLUSION and f"no source {old!r} in" in f.message:
            return replace(
                f, message=f.message.replace(now, f"{now} ({new!r}: the change renamed it)", 1)
            )
    return f


def renamed_files(
    old: Registry, new: Registry, moved: Sequence[ClaimMove], relations: Sequence[RelationChange]
) -> tuple[FileRename, ...]:
    """The claims files renamed whole: every claim of a file base had, and head has not,
    moved to one file that head has and base had not."""
    from collections import Counter

    from desertcheck.diff.results import FileRename

    before = {c.file for c in old.claims} | {r.file for r in old.relations}
    after = {c.file for c in new.claims} | {r.file for r in new.relations}
    pairs = Counter((m.old.file, m.new.file) for m in moved)
    counts = Counter(c.file for c in old.claims)
    out = []
    for (a, b), n in sorted(pairs.items()):
        if a in after or b in before or counts[a] != n:
            continue
        rels = sum(1 for r in relations if r.old_file == a and r.relation.file == b)
        out.append(FileRename(a, b, n, rels))
    return tuple(out)
