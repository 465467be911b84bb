"""``diff BASE HEAD`` from the cache: only the claims files that differ are read.

Two revisions met before — both sides kept by an earlier diff (:mod:`desertcheck.cache.sides`,
keyed by each revision's file listing) — are compared without writing either revision out,
loading a registry or verifying anything: ``git ls-tree`` lists both sides' files with
their blob ids; when the files that differ are all claims files, and each side read
cleanly (the only sides kept), the comparison needs just the claims and relations of
those files (from ``claims.dat``, by path and blob id) and each side's findings (kept
with the side).

Why that is the whole comparison: every claim of a file both sides hold in the same blob
is the same claim on both sides, and a side that read cleanly has no id used twice — so
a claim added, removed, changed, moved or renamed is in a file that differs, and no
claim of those files has an id a file left alone also holds. No source differs, so no
source is added, removed or changed. Findings are compared whole, as always.

Anything else — a side not kept, a changed source, ``desertcheck.toml`` or anything but a
claims file, a file not in ``claims.dat`` — is None here, and the command computes the
diff in full, as it always did; so does any error, which the full run then reports.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence

    from desertcheck.cache.claims import ClaimFileCache
    from desertcheck.diff.results import RegistryDiff
    from desertcheck.findings import Finding
    from desertcheck.model import Claim, Relation
    from desertcheck.registry import Registry

_FILE_MODES = ("100644", "100755")


@dataclass(frozen=True, slots=True)
class _Part:
    """A side as :func:`~desertcheck.diff.compare` reads it: the claims of the files that
    differ, and every finding of the side."""

    label: str
    registry: Registry
    findings: Sequence[Finding]


def diff_from_cache(root: Path, base: str, head: str) -> tuple[RegistryDiff, str] | None:
    """The comparison of revisions ``base`` and ``head`` and the registry's path in the
    repository, when both sides are kept and only claims files differ; else None."""
    from desertcheck.cache.sides import SideCache, side_key
    from desertcheck.cache.store import Store
    from desertcheck.diff.git import find_repo, resolve_revision, tree_entries, tree_listing
    from desertcheck.registry.files import CLAIM_SUFFIXES

    repo = find_repo(root)
    old = tree_entries(repo, resolve_revision(repo, base))
    new = tree_entries(repo, resolve_revision(repo, head))
    store = Store(root)
    sides = SideCache(store)
    old_found = sides.get(side_key(repo.prefix, tree_listing(old)))
    new_found = sides.get(side_key(repo.prefix, tree_listing(new))) if old_found else None
    if old_found is None or new_found is None:
        return None
    old_by = {e.path: e for e in old}
    new_by = {e.path: e for e in new}
    changed = [p for p in old_by.keys() | new_by.keys() if old_by.get(p) != new_by.get(p)]
    for path in changed:
        if not (path.startswith("claims/") and path.endswith(CLAIM_SUFFIXES)):
            return None  # a source, desertcheck.toml, anything else: the full diff
        if any(
            e is not None and (e.kind != "blob" or e.mode not in _FILE_MODES)
            for e in (old_by.get(path), new_by.get(path))
        ):
            return None
    # and the files where head's findings across claims stand: the comparison places such
    # a finding at the claim the change edited (at_edited_claim), as a full diff does, so
    # it needs the claim it stands at too (the same on both sides, its file unchanged)
    changed += {
        f.file
        for f in new_found
        if len(f.claims) > 1 and f.file in new_by and f.file.endswith(CLAIM_SUFFIXES)
    }.difference(changed)
    changed.sort(key=PurePosixPath)  # the loader's order of claims files
    from desertcheck.cache.claims import ClaimFileCache
    from desertcheck.diff.run import Blobs

    files = ClaimFileCache(store, Blobs({e.path: e.oid for e in old}))
    before = _claims(files, changed)
    files.side(Blobs({e.path: e.oid for e in new}))
    after = _claims(files, changed) if before is not None else None
    if before is None or after is None:
        return None
    from desertcheck.diff.comparison import compare

    result = compare(
        _Part(base, _partial(root, before), old_found),
        _Part(head, _partial(root, after), new_found),
    )
    return result, repo.prefix


def _claims(files: ClaimFileCache, paths: Sequence[str]) -> list[Claim | Relation] | None:
    """The claims and relations of the claims files at ``paths`` that this side holds, in
    order; None when one of them is not in the cache."""
    objects: list[Claim | Relation] = []
    for rel in paths:
        if rel not in files.files.entries:
            continue  # not on this side
        objs = files.get(rel)
        if objs is None:
            return None
        objects += objs
    return objects


def _partial(root: Path, objects: list[Claim | Relation]) -> Registry:
    from desertcheck.model import Claim, Relation
    from desertcheck.registry.result import Registry

    claims = tuple(o for o in objects if isinstance(o, Claim))
    return Registry(
        root=root,
        sources={},
        origins={},
        claims=claims,
        relations=tuple(o for o in objects if isinstance(o, Relation)),
        claim_files=(),
        _by_id={c.id: c for c in claims},
    )
