"""``desertcheck diff``'s whole job: read both sides, verify each, compare.

Two revisions are read through git, by their blob ids, into a temporary folder (the
working tree and the index are never touched, nor read); a bare diff compares HEAD with
the working tree; ``--dirs`` compares two registry folders. With the cache on, each
claim's per-claim results are keyed by the blob ids of its claims file and source
(:mod:`desertcheck.cache.checks`), so the claims a change leaves alone are checked once,
by whichever run — verify or diff, of either side — met them first.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from desertcheck import diff as core

if TYPE_CHECKING:
    from desertcheck.cache.checks import CheckCache, Digests
    from desertcheck.cache.claims import ClaimFileCache
    from desertcheck.cache.store import Store
    from desertcheck.diff import RegistryDiff, Repo, Side
    from desertcheck.registry import LoadResult


@dataclass(frozen=True, slots=True)
class Blobs:
    """A revision's files by path, with their blob ids: the digests the cache keys by."""

    entries: dict[str, str]

    def digest(self, rel: str) -> str:
        return self.entries.get(rel, "")


class _Caches:
    """The cache as both sides of one diff use it: each entry read once, the objects of a
    claims file both revisions hold built once and shared, and each blob written once."""

    def __init__(self, store: Store | None) -> None:
        self.store = store
        self.files: ClaimFileCache | None = None
        self.checks: CheckCache | None = None
        self.written: dict[str, Path] = {}  # blob id: a file already holding it

    def claims_for(self, digests: Digests) -> ClaimFileCache | None:
        if self.store is None:
            return None
        if self.files is None:
            from desertcheck.cache.claims import ClaimFileCache

            self.files = ClaimFileCache(self.store, digests, merge=True)
        self.files.side(digests)
        return self.files

    def checks_for(self, digests: Digests) -> CheckCache | None:
        if self.store is None:
            return None
        if self.checks is None:
            from desertcheck.cache.checks import CheckCache

            self.checks = CheckCache(self.store, digests, merge=True)
        self.checks.side(digests)
        return self.checks


def diff_folders(old: Path, new: Path) -> RegistryDiff:
    """Compare two registry folders; raises :class:`~desertcheck.diff.DiffError`."""
    from desertcheck.registry import load_registry

    for path in (old, new):
        if not path.is_dir():
            raise core.DiffError(f"--dirs {path}: no such folder")
        if not (path / "claims").is_dir():
            raise core.DiffError(
                f"--dirs {path}: no claims/ folder there (a registry holds claims/ and sources/)"
            )
    base = core.verified(str(old), load_registry(old))
    head = core.verified(str(new), load_registry(new))
    return core.compare(base, head)


def diff_revisions(
    root: Path,
    base: str | None,
    head: str | None,
    working: Callable[[], LoadResult],
    store: Store | None = None,
) -> tuple[RegistryDiff, str]:
    """Compare ``base`` (default HEAD) with ``head`` (default the working tree).

    ``root`` is the registry in the working tree, read only when ``head`` is not given
    (by ``working`` when there is no cache); ``store``, when given, is the cache the
    sides' results are kept in. Returns the comparison and the registry's path inside
    the repository.
    Raises :class:`~desertcheck.diff.DiffError` when a revision cannot be read.
    """
    repo = core.find_repo(root)
    base_rev = base if base is not None else "HEAD"
    if ".." in base_rev:
        base_rev, head, base_commit = _range(repo, base_rev, head)
    else:
        base_commit = core.resolve_revision(repo, base_rev)
    head_commit = core.resolve_revision(repo, head) if head is not None else None
    caches = _Caches(store)
    with tempfile.TemporaryDirectory(prefix="desertcheck-diff-") as tmp:
        base_side = _revision(repo, base_rev, base_commit, Path(tmp, "base"), caches)
        if head is None or head_commit is None:
            head_side = _working_tree(root, working, caches)
        else:
            head_side = _revision(repo, head, head_commit, Path(tmp, "head"), caches)
    return core.compare(base_side, head_side), repo.prefix


def _range(repo: Repo, given: str, head: str | None) -> tuple[str, str, str]:
    """(base's label, head, base's commit) of ``A...B`` (from the merge base of A and B to
    B, as ``git diff A...B`` reads it: what a branch changed since it left A) or ``A..B``
    (from A to B); an empty side is HEAD."""
    from desertcheck.diff.git import merge_base

    dots = "..." if "..." in given else ".."
    a, _, b = given.partition(dots)
    if head is not None or ".." in b:
        raise core.DiffError(
            f"{given!r} is a range: give it alone (desertcheck diff {given}), or two "
            f"revisions (desertcheck diff $(git merge-base {a or 'HEAD'} {b or 'HEAD'}) "
            f"{b or 'HEAD'})"
        )
    a, b = a or "HEAD", b or "HEAD"
    if dots == "..":
        return a, b, core.resolve_revision(repo, a)
    commit = merge_base(repo, a, b)
    return f"{commit[:12]} (merge base of {a} and {b})", b, commit


def _working_tree(root: Path, working: Callable[[], LoadResult], caches: _Caches) -> Side:
    """The working tree's registry, loaded (from the cache, when there is one) and verified."""
    if caches.store is None:
        return core.verified(core.WORKING_TREE, working())
    from desertcheck.cache.manifest import Manifest
    from desertcheck.registry import load_registry

    manifest = Manifest(root)
    loaded = load_registry(root, cache=caches.claims_for(manifest))
    return core.verified(core.WORKING_TREE, loaded, cache=caches.checks_for(manifest))


def _revision(repo: Repo, rev: str, commit: str, dest: Path, caches: _Caches) -> Side:
    """The registry at ``commit``, written to ``dest``, loaded and verified."""
    from desertcheck.registry import load_registry

    dest.mkdir()
    ids: dict[str, str] = {}
    listing: list[tuple[str, str, str, str, int]] = []
    extra = core.checkout(repo, commit, dest, ids, caches.written, listing)
    blobs = Blobs(ids)
    loaded = load_registry(dest, cache=caches.claims_for(blobs))
    side = core.verified(rev, loaded, extra, caches.checks_for(blobs))
    if caches.store is not None and not extra and not loaded.findings:
        from desertcheck.cache.sides import SideCache, side_key

        # read cleanly: a later diff meeting these files again (diff.fast) takes its findings
        SideCache(caches.store).put(side_key(repo.prefix, listing), side.findings)
    return side
