"""``desertcheck diff``'s whole job: read both sides, verify each, compare.

Two revisions are read through git into a temporary folder (the working tree and the
index are never touched); a bare diff compares HEAD with the working tree; ``--dirs``
compares two registry folders.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from desertcheck import diff as core

if TYPE_CHECKING:
    from desertcheck.diff import RegistryDiff, Repo, Side
    from desertcheck.registry import LoadResult


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
    loaded: LoadResult, base: str | None, head: str | None
) -> tuple[RegistryDiff, str]:
    """Compare ``base`` (default HEAD) with ``head`` (default the working tree).

    Returns the comparison and the registry's path inside the repository. Raises
    :class:`~desertcheck.diff.DiffError` when a revision cannot be read.
    """
    repo = core.find_repo(loaded.registry.root)
    base_rev = base if base is not None else "HEAD"
    base_commit = core.resolve_revision(repo, base_rev)
    head_commit = core.resolve_revision(repo, head) if head is not None else None
    with tempfile.TemporaryDirectory(prefix="desertcheck-diff-") as tmp:
        base_side = _revision(repo, base_rev, base_commit, Path(tmp, "base"))
        if head is None or head_commit is None:
            head_side = core.verified(core.WORKING_TREE, loaded)
        else:
            head_side = _revision(repo, head, head_commit, Path(tmp, "head"))
    return core.compare(base_side, head_side), repo.prefix


def _revision(repo: Repo, rev: str, commit: str, dest: Path) -> Side:
    """The registry at ``commit``, written to ``dest``, loaded and verified."""
    from desertcheck.registry import load_registry

    dest.mkdir()
    extra = core.checkout(repo, commit, dest)
    return core.verified(rev, load_registry(dest), extra)
