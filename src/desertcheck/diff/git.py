"""Reading a registry as it is at a git revision, into a temporary folder.

A revision is read with ``git ls-tree`` and ``git cat-file --batch`` (the raw blobs: no
``export-ignore``/``export-subst`` rewriting as ``git archive`` would do, no tar to
unpack), never touching the working tree or the index. Every path from the tree is
checked before it is written (no absolute paths, no ``..``, nothing outside the temporary
folder, never through a link); a symlink in the tree is written as a dangling link to a
fixed name, so the loader reports it exactly as it does in a working tree
(``unsafe-path``), and its target is never read.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from desertcheck.codes import Code
from desertcheck.findings import Finding

#: What a registry is made of: the only paths read from a revision.
REGISTRY_PARTS = ("claims", "sources", "desertcheck.toml")
#: Where a symlink from a revision points once written out: a name that never exists.
_DANGLING = ".desertcheck-link-not-followed"
#: A git tree entry's mode for a symlink.
_SYMLINK_MODE = "120000"
_O_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


class DiffError(Exception):
    """A side cannot be read (no git, not a repository, no such revision).

    The message is written for the user and says what to do.
    """


@dataclass(frozen=True, slots=True)
class Repo:
    """The git repository holding a registry: its top folder and the registry's path in it
    (``""`` when the registry is the repository's top, else ``"sub/dir/"``)."""

    top: Path
    prefix: str


def _git(cwd: Path, *args: str, stdin: bytes | None = None) -> bytes:
    """Run ``git -C cwd args...`` (never through a shell) and return its stdout.

    Pathspecs are literal (a registry folder named ``*`` is a name, not a pattern), and
    git never prompts. A failure raises :class:`DiffError` with git's own message.
    """
    env = {**os.environ, "GIT_LITERAL_PATHSPECS": "1", "GIT_TERMINAL_PROMPT": "0"}
    try:
        proc = subprocess.run(
            ["git", "-C", str(cwd), *args],
            input=stdin,
            capture_output=True,
            env=env,
            check=False,
        )
    except FileNotFoundError:
        raise DiffError(
            "git is not installed (or not on PATH); install git, or compare two registry "
            "folders with --dirs OLD NEW"
        ) from None
    except OSError as exc:
        raise DiffError(f"cannot run git: {exc.strerror or exc}") from None
    if proc.returncode != 0:
        lines = [ln.strip() for ln in proc.stderr.decode("utf-8", "replace").splitlines()]
        detail = " ".join(ln.removeprefix("fatal: ") for ln in lines if ln)
        detail = detail or f"exit {proc.returncode}"
        raise DiffError(f"git {args[0]} failed: {detail}")
    return proc.stdout


def find_repo(root: Path) -> Repo:
    """The repository that holds ``root``, or :class:`DiffError` saying it is none."""
    try:
        out = _git(root, "rev-parse", "--show-toplevel", "--show-prefix")
    except DiffError as exc:
        if "not a git repository" in str(exc):
            raise DiffError(
                f"{root} is not in a git repository, so there are no revisions to compare; "
                "commit the registry to git, or compare two registry folders with "
                "--dirs OLD NEW"
            ) from None
        raise
    lines = out.decode("utf-8", "surrogateescape").split("\n")
    if len(lines) < 2 or not lines[0]:
        raise DiffError(f"{root}: git did not say where the repository is (bare repository?)")
    return Repo(Path(lines[0]), lines[1])


def resolve_revision(repo: Repo, rev: str) -> str:
    """The commit id ``rev`` names, or :class:`DiffError` saying how to fetch it."""
    if not rev or rev.startswith("-"):
        raise DiffError(f"{rev!r} is not a revision (a branch, tag or commit)")
    try:
        out = _git(repo.top, "rev-parse", "--verify", "--quiet", f"{rev}^{{commit}}")
    except DiffError:
        if rev == "HEAD" and not _has_commits(repo):
            raise DiffError(
                "the repository has no commits yet, so there is no HEAD to compare with; "
                "commit the registry first, or compare two folders with --dirs OLD NEW"
            ) from None
        branch = rev.removeprefix("origin/")
        if _is_shallow(repo):
            raise DiffError(
                f"revision {rev!r} is not in this shallow clone of {repo.top}: check out "
                "with actions/checkout and 'fetch-depth: 0', or fetch the base first: "
                f"git fetch origin {branch}"
            ) from None
        raise DiffError(
            f"revision {rev!r} does not exist in {repo.top}: check its name (git branch -a "
            f"lists branches); if it is a branch not fetched yet: git fetch origin {branch}"
        ) from None
    return out.decode("ascii").strip()


def _is_shallow(repo: Repo) -> bool:
    try:
        out = _git(repo.top, "rev-parse", "--is-shallow-repository")
    except DiffError:
        return False
    return out.strip() == b"true"


def _has_commits(repo: Repo) -> bool:
    try:
        _git(repo.top, "rev-parse", "--verify", "--quiet", "HEAD")
    except DiffError:
        return False
    return True


@dataclass(frozen=True, slots=True)
class _TreeEntry:
    mode: str
    kind: str
    oid: str
    path: str  # relative to the registry root


def _tree_entries(repo: Repo, commit: str) -> list[_TreeEntry]:
    specs = [repo.prefix + part for part in REGISTRY_PARTS]
    out = _git(repo.top, "ls-tree", "-r", "-z", "--full-tree", commit, "--", *specs)
    entries = []
    for record in out.split(b"\0"):
        if not record:
            continue
        meta, _, raw_path = record.partition(b"\t")
        mode, kind, oid = meta.decode("ascii").split(" ")
        path = raw_path.decode("utf-8", "surrogateescape")
        if not path.startswith(repo.prefix):
            continue
        entries.append(_TreeEntry(mode, kind, oid, path[len(repo.prefix) :]))
    return entries


def _blobs(repo: Repo, oids: Sequence[str]) -> dict[str, bytes]:
    """The contents of blobs ``oids``, read in one ``git cat-file --batch``."""
    if not oids:
        return {}
    unique = list(dict.fromkeys(oids))
    out = _git(repo.top, "cat-file", "--batch", stdin=("\n".join(unique) + "\n").encode())
    blobs: dict[str, bytes] = {}
    pos = 0
    for oid in unique:
        end = out.index(b"\n", pos)
        header = out[pos:end].decode("ascii", "replace").split(" ")
        if len(header) != 3 or header[1] != "blob":
            raise DiffError(f"git cat-file: unexpected answer for {oid}: {' '.join(header)}")
        size = int(header[2])
        blobs[oid] = out[end + 1 : end + 1 + size]
        pos = end + 1 + size + 1
    return blobs


def _safe_target(dest: Path, rel: str) -> Path | None:
    """Where ``rel`` goes under ``dest``, or None when it would reach outside it."""
    parts = PurePosixPath(rel).parts
    if (
        not parts
        or rel.startswith("/")
        or any(p in ("", ".", "..") or "\\" in p or "\0" in p for p in parts)
    ):
        return None
    target = dest.joinpath(*parts)
    try:
        target.parent.resolve().relative_to(dest.resolve())
    except (ValueError, OSError):
        return None
    return target


def checkout(repo: Repo, commit: str, dest: Path) -> list[Finding]:
    """Write the registry as it is at ``commit`` into the empty folder ``dest``.

    Only the registry's parts are written (claims/, sources/, desertcheck.toml). Returns
    findings for tree entries that could not be written safely; the working tree, the
    index and the repository are only read.
    """
    findings: list[Finding] = []
    entries = _tree_entries(repo, commit)
    files = [e for e in entries if e.kind == "blob" and e.mode != _SYMLINK_MODE]
    blobs = _blobs(repo, [e.oid for e in files])
    for e in entries:
        target = _safe_target(dest, e.path)
        if target is None:
            findings.append(
                _unsafe_path(
                    e.path,
                    f"the revision holds a path that would reach outside the registry: {e.path!r}",
                )
            )
            continue
        if e.kind != "blob":
            continue  # a submodule: nothing a registry reads
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            if e.mode == _SYMLINK_MODE:
                os.symlink(_DANGLING, target)
            else:
                fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _O_NOFOLLOW, 0o644)
                with os.fdopen(fd, "wb") as fh:
                    fh.write(blobs[e.oid])
        except OSError as exc:
            findings.append(
                _unsafe_path(
                    e.path, f"cannot write {e.path!r} from the revision: {exc.strerror or exc}"
                )
            )
    return findings


def _unsafe_path(path: str, message: str) -> Finding:
    return Finding(Code.UNSAFE_PATH, Code.UNSAFE_PATH.severity, message, path)
