"""Checking that every id a claim, source or relation names exists in the registry.

A reference to an id that has a file or an entry is good even when that file or entry
failed to load: its own finding says what is wrong, and one problem is told once. So is
every origin when sources/origins.yaml could not be read at all.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping

from desertcheck.codes import Code
from desertcheck.findings import Finding
from desertcheck.model import Claim, Relation, Source
from desertcheck.registry.explain import did_you_mean

#: (file, claim id, field, raw value, line, column) of the source or origin named by a
#: claim that failed validation, so a typo there shows alongside the other problem.
RawRef = tuple[str, str | None, str, str, int, int]
Ids = tuple[str, ...]


def check_references(
    *,
    raw_refs: Iterable[RawRef],
    claims: Iterable[Claim],
    sources: Mapping[str, Source],
    relations: Iterable[Relation],
    source_files: set[str],
    origin_ids: set[str] | None,
    claim_ids: set[str],
) -> Iterator[Finding]:
    """A finding for each id named but not there.

    ``source_files``, ``origin_ids`` and ``claim_ids`` are all the ids that exist, valid
    or not (``origin_ids`` None: origins.yaml could not be read, so none is checked);
    ``sources`` are the sources that loaded.
    """
    raw_refs, claims = list(raw_refs), list(claims)
    named = {c.source for c in claims} | {
        raw for _, _, name, raw, _, _ in raw_refs if name == "source"
    }
    yield from _raw_refs(raw_refs, sources, source_files, origin_ids, named)
    yield from _claim_refs(claims, sources, source_files, origin_ids, named)
    if origin_ids is not None:
        yield from _cites(sources.values(), origin_ids)
    yield from _relation_refs(relations, claim_ids)


def _raw_refs(
    raw_refs: Iterable[RawRef],
    sources: Mapping[str, Source],
    source_files: set[str],
    origin_ids: set[str] | None,
    named: set[str],
) -> Iterator[Finding]:
    for rel, cid, name, raw, line, column in raw_refs:
        ids = (cid,) if cid else ()
        what = f"claim {cid!r}" if cid else "a claim"
        if name == "source" and raw not in sources and raw not in source_files:
            yield _unknown_source(what, raw, (source_files, named), rel, line, column, ids)
        elif name == "origin" and origin_ids is not None and raw not in origin_ids:
            yield _unknown_origin(what, raw, origin_ids, rel, line, column, ids)


def _claim_refs(
    claims: Iterable[Claim],
    sources: Mapping[str, Source],
    source_files: set[str],
    origin_ids: set[str] | None,
    named: set[str],
) -> Iterator[Finding]:
    for claim in claims:  # every claim of a run: what a finding says is made only for one
        if claim.source not in sources and claim.source not in source_files:
            what, w, ids = f"claim {claim.id!r}", claim.where, (claim.id,)
            known = (source_files, named)
            yield _unknown_source(what, claim.source, known, w.file, *w.of("source"), ids)
        if claim.origin is not None and origin_ids is not None and claim.origin not in origin_ids:
            what, w, ids = f"claim {claim.id!r}", claim.where, (claim.id,)
            yield _unknown_origin(what, claim.origin, origin_ids, w.file, *w.of("origin"), ids)


def _unknown_source(
    what: str,
    sid: str,
    known: tuple[set[str], set[str]],
    file: str,
    line: int,
    column: int,
    ids: Ids,
) -> Finding:
    """``known``: the source files there are, and the sources claims name."""
    from desertcheck.suggest import missing_source_hint

    return Finding.of(
        Code.UNKNOWN_SOURCE,
        f"{what} names source {sid!r}, but there is no sources/{sid}.md"
        f"{missing_source_hint(sid, *known)}",
        file,
        line,
        column,
        ids,
    )


def _unknown_origin(
    what: str, oid: str, origin_ids: set[str], file: str, line: int, column: int, ids: Ids
) -> Finding:
    return Finding.of(
        Code.UNKNOWN_ORIGIN,
        f"{what} names origin {oid!r}, which is not in sources/origins.yaml"
        f"{did_you_mean(oid, origin_ids)}",
        file,
        line,
        column,
        ids,
    )


def _cites(sources: Iterable[Source], origin_ids: set[str]) -> Iterator[Finding]:
    for source in sources:
        for cited in source.meta.cites:
            if cited not in origin_ids:
                yield Finding.of(
                    Code.UNKNOWN_ORIGIN,
                    f"cites {cited!r}, which is not in sources/origins.yaml"
                    f"{did_you_mean(cited, origin_ids)}",
                    source.file,
                    *source.meta.where.of("cites"),
                )


def _relation_refs(relations: Iterable[Relation], claim_ids: set[str]) -> Iterator[Finding]:
    from desertcheck.suggest import missing_claim_hint

    relations = list(relations)
    named = {cid for r in relations for cid in (*r.parts, r.whole)}
    for relation in relations:
        names = (*relation.parts, relation.whole)
        for cid in dict.fromkeys(names):
            if cid not in claim_ids:
                yield Finding.of(
                    Code.UNKNOWN_CLAIM,
                    f"relation {relation.id!r} names claim {cid!r}, which does not exist"
                    f"{missing_claim_hint(cid, claim_ids, named, names, cid == relation.whole)}",
                    relation.file,
                    *_naming(relation, cid),
                    (cid,),
                )


def _naming(relation: Relation, cid: str) -> tuple[int, int]:
    """(line, column) of the item of ``relation`` that names ``cid``: its whole, or its
    own item of ``parts`` (else the ``parts`` field)."""
    if cid == relation.whole:
        return relation.where.of("whole")
    where = relation.where
    item = where.of(f"parts.{relation.parts.index(cid)}")
    return item if item != (where.line, where.column) else where.of("parts")
