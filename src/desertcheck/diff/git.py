"""Reading a registry as it is at a git revision, into a temporary folder.

A revision is read with ``git ls-tree`` and ``git cat-file --batch`` (the raw blobs: no
``export-ignore``/``export-subst`` rewriting as ``git archive`` would do, no tar to
unpack), never touching the working tree or the index. Every path from the tree is
checked before it is written (no absolute paths, no ``..``, nothing outside the temporary
folder, never through a link); a symlink in the tree is written as a dangling link to a
fixed name, so the loader reports it exactly as it does in a working tree
(``unsafe-path``), and its target is never read.

Sizes are read first (``git ls-tree -l``): a file over the loader's per-file cap is never
read (a ``file-too-large`` finding when the loader would read it), and a revision whose
files come to more than :data:`MAX_REVISION_BYTES` is refused. Blobs are then read one at
a time and written out as they come, so no more than one file is held in memory.
"""

from __future__ import annotations

import contextlib
import os
import re
import shlex
import subprocess
from collections.abc import Iterable, Iterator, Sequence
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
#: The most bytes read from one revision: the registry's files under the per-file cap, put
#: together. A revision holding more is refused (exit 2) before any file is read.
MAX_REVISION_BYTES = 256 * 1024 * 1024
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
    try:
        proc = subprocess.run(
            ["git", "-C", str(cwd), *args],
            input=stdin,
            capture_output=True,
            env=_git_env(),
            check=False,
        )
    except OSError as exc:
        raise _cannot_run(exc) from None
    if proc.returncode != 0:
        raise _failed(args[0], proc.returncode, proc.stderr)
    return proc.stdout


def _git_env() -> dict[str, str]:
    return {**os.environ, "GIT_LITERAL_PATHSPECS": "1", "GIT_TERMINAL_PROMPT": "0"}


def _cannot_run(exc: OSError) -> DiffError:
    if isinstance(exc, FileNotFoundError):
        return DiffError(
            "git is not installed (or not on PATH); install git, or compare two registry "
            "folders with --dirs OLD NEW"
        )
    return DiffError(f"cannot run git: {exc.strerror or exc}")


def _failed(command: str, returncode: int, stderr: bytes) -> DiffError:
    lines = [ln.strip() for ln in stderr.decode("utf-8", "replace").splitlines()]
    detail = " ".join(ln.removeprefix("fatal: ") for ln in lines if ln)
    return DiffError(f"git {command} failed: {detail or f'exit {returncode}'}")


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
        # a branch name may hold ; $( ) and the like: the command is quoted to be pasted.
        # The refspec names where the branch lands: a plain `git fetch origin BRANCH` only
        # sets FETCH_HEAD (in a clone of one branch, CI's), so the same error came back
        branch = rev.removeprefix("origin/")
        target = f"refs/remotes/origin/{branch}" if branch != rev else branch
        fetch = f"git fetch origin {shlex.quote(f'{branch}:{target}')}"
        twin = _remote_twin(repo, rev)
        if twin is not None:
            raise DiffError(
                f"revision {rev!r} does not exist in {repo.top} as a local branch, but "
                f"{twin} does (the remote's branch, as a CI checkout has it): use {twin}, "
                f"e.g. desertcheck diff {shlex.quote(twin)} HEAD"
            ) from None
        shallow = _is_shallow(repo)
        if _RELATIVE.search(rev) and shallow:
            back = _steps_back(rev)
            deepen = f"git fetch --deepen={back}" if back else "git fetch --unshallow"
            raise DiffError(
                f"revision {rev!r} is not in this shallow clone of {repo.top}: its history "
                f"stops before that commit; fetch more of it ({deepen}, or git fetch "
                "--unshallow for all), or check out with actions/checkout and "
                "'fetch-depth: 0'"
            ) from None
        if shallow:
            raise DiffError(
                f"revision {rev!r} is not in this shallow clone of {repo.top}, or its name "
                "is wrong (git branch -a lists branches): check out with actions/checkout "
                f"and 'fetch-depth: 0', or fetch the branch, then run this again: {fetch}"
            ) from None
        if _RELATIVE.search(rev):
            raise DiffError(
                f"revision {rev!r} does not exist in {repo.top}: the history does not go back "
                "that far, or the name before ~ or ^ is wrong (git log --oneline lists the "
                "commits)"
            ) from None
        if "origin" not in _remotes(repo):
            raise DiffError(
                f"revision {rev!r} does not exist in {repo.top}: check its name (git branch "
                "-a lists branches, git log --oneline commits)"
            ) from None
        raise DiffError(
            f"revision {rev!r} does not exist in {repo.top}: check its name (git branch -a "
            "lists branches); if it is a branch not fetched yet, fetch it, then run this "
            f"again: {fetch}"
        ) from None
    return out.decode("ascii").strip()


def _remote_twin(repo: Repo, rev: str) -> str | None:
    """``origin/REV`` when ``rev`` is no revision here but that remote branch is (a CI
    checkout has the pull request's commit and origin's branches, no local ``main``)."""
    if rev.startswith("origin/") or not re.fullmatch(r"[\w./-]+", rev):
        return None
    twin = f"origin/{rev}"
    try:
        _git(repo.top, "rev-parse", "--verify", "--quiet", f"{twin}^{{commit}}")
    except DiffError:
        return None
    return twin


def _steps_back(rev: str) -> int:
    """How many commits back ``HEAD~3`` or ``main^^`` goes (0 when it cannot be told)."""
    m = re.fullmatch(r"[^~^@]+((?:~\d*|\^)+)", rev)
    if m is None:
        return 0
    return sum(int(p[1:] or 1) if p[0] == "~" else 1 for p in re.findall(r"~\d*|\^", m[1]))


def merge_base(repo: Repo, a: str, b: str) -> str:
    """The commit ``git diff A...B`` compares from: the best common ancestor of A and B."""
    first, second = resolve_revision(repo, a), resolve_revision(repo, b)
    try:
        out = _git(repo.top, "merge-base", first, second)
    except DiffError:
        raise DiffError(
            f"{a} and {b} have no commit in common (in a shallow clone, fetch more history: "
            "git fetch --unshallow)"
        ) from None
    return out.decode("ascii").strip()


#: A revision counted back from another ("HEAD~5", "main^2", "HEAD@{1}").
_RELATIVE = re.compile(r"[~^]|@\{")


def _remotes(repo: Repo) -> list[str]:
    try:
        return _git(repo.top, "remote").decode("utf-8", "replace").split()
    except DiffError:
        return []


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
class TreeEntry:
    mode: str
    kind: str
    oid: str
    size: int  # bytes of a blob (0 for anything else)
    path: str  # relative to the registry root


def tree_entries(repo: Repo, commit: str) -> list[TreeEntry]:
    """The entries of the registry's parts at ``commit``, paths relative to the registry."""
    specs = [repo.prefix + part for part in REGISTRY_PARTS]
    out = _git(repo.top, "ls-tree", "-r", "-l", "-z", "--full-tree", commit, "--", *specs)
    entries = []
    for record in out.split(b"\0"):
        if not record:
            continue
        meta, _, raw_path = record.partition(b"\t")
        mode, kind, oid, size = meta.decode("ascii").split()
        path = raw_path.decode("utf-8", "surrogateescape")
        if not path.startswith(repo.prefix):
            continue
        entries.append(
            TreeEntry(mode, kind, oid, int(size) if size.isdigit() else 0, path[len(repo.prefix) :])
        )
    return entries


def tree_listing(entries: Iterable[TreeEntry]) -> list[tuple[str, str, str, str, int]]:
    """Each entry as (path, mode, kind, blob id, size): what keys a side in the cache."""
    return [(e.path, e.mode, e.kind, e.oid, e.size) for e in entries]


def _blobs(repo: Repo, oids: Sequence[str], max_bytes: int) -> Iterator[tuple[str, bytes]]:
    """Each of blobs ``oids`` with its contents, read one at a time from one
    ``git cat-file --batch``; a blob over ``max_bytes`` stops the reading unread."""
    if not oids:
        return
    try:
        proc = subprocess.Popen(
            ["git", "-C", str(repo.top), "cat-file", "--batch"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=_git_env(),
        )
    except OSError as exc:
        raise _cannot_run(exc) from None
    assert proc.stdin is not None and proc.stdout is not None and proc.stderr is not None
    try:
        for oid in oids:
            try:
                proc.stdin.write(oid.encode("ascii") + b"\n")
                proc.stdin.flush()
                header = proc.stdout.readline().decode("ascii", "replace").split()
            except OSError:  # git has gone: its message says why
                header = []
            if not header:
                proc.kill()
                raise _failed("cat-file", proc.wait(), proc.stderr.read())
            if len(header) != 3 or header[1] != "blob" or not header[2].isdigit():
                raise DiffError(f"git cat-file: unexpected answer for {oid}: {' '.join(header)}")
            size = int(header[2])
            if size > max_bytes:
                raise DiffError(f"git cat-file: {oid} is {size:,} bytes, over {max_bytes:,}")
            data = proc.stdout.read(size)
            if len(data) != size or proc.stdout.read(1) != b"\n":
                raise DiffError(f"git cat-file: the contents of {oid} were cut short")
            yield oid, data
    finally:
        proc.kill()
        with contextlib.suppress(OSError):
            proc.stdin.close()
        proc.stdout.close()
        proc.stderr.close()
        proc.wait()


def _safe_target(dest: Path, rel: str, inside: dict[Path, bool] | None = None) -> Path | None:
    """Where ``rel`` goes under ``dest``, or None when it would reach outside it.
    ``inside``: what is known of each folder, whether it resolves inside ``dest``."""
    parts = PurePosixPath(rel).parts
    if (
        not parts
        or rel.startswith("/")
        or any(p in ("", ".", "..") or "\\" in p or "\0" in p for p in parts)
    ):
        return None
    target = dest.joinpath(*parts)
    known = inside.get(target.parent) if inside is not None else None
    if known is None:
        try:
            target.parent.resolve().relative_to(dest.resolve())
            known = True
        except (ValueError, OSError):
            known = False
        if inside is not None and target.parent.is_dir():  # a folder made: it stays as it is
            inside[target.parent] = known
    return target if known else None


def checkout(
    repo: Repo,
    commit: str,
    dest: Path,
    ids: dict[str, str] | None = None,
    written: dict[str, Path] | None = None,
    listing: list[tuple[str, str, str, str, int]] | None = None,
) -> list[Finding]:
    """Write the registry as it is at ``commit`` into the empty folder ``dest``.

    Only the registry's parts are written (claims/, sources/, desertcheck.toml), and none
    of their files over the loader's size cap. Returns findings for tree entries that
    could not be written safely and for files too large to read; raises
    :class:`DiffError` when the files to read come to more than
    :data:`MAX_REVISION_BYTES`. The working tree, the index and the repository are only
    read. ``ids``, when given, gets the blob id of each file written, by path.

    ``written``, when given, holds a file already written with each blob id's content (by
    an earlier checkout of another revision): those blobs are linked from there, not read
    from git again, and the blobs written here are added to it. ``listing``, when given,
    gets every entry of the revision's registry (:func:`tree_listing`).
    """
    from desertcheck.registry import MAX_FILE_BYTES

    findings: list[Finding] = []
    targets: dict[str, list[tuple[str, Path]]] = {}  # blob -> (path, where it goes)
    sizes: dict[str, int] = {}
    inside: dict[Path, bool] = {}
    entries = tree_entries(repo, commit)
    if listing is not None:
        listing += tree_listing(entries)
    for e in entries:
        target = _safe_target(dest, e.path, inside)
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
        if e.mode != _SYMLINK_MODE and e.size > MAX_FILE_BYTES:
            if _loader_reads(e.path):
                findings.append(_too_large(e.path, e.size, MAX_FILE_BYTES))
            continue
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            if e.mode == _SYMLINK_MODE:
                os.symlink(_DANGLING, target)
            else:
                targets.setdefault(e.oid, []).append((e.path, target))
                sizes[e.oid] = e.size
                if ids is not None:
                    ids[e.path] = e.oid
        except OSError as exc:
            findings.append(_cannot_write(e.path, exc))
    total = sum(sizes.values())
    if total > MAX_REVISION_BYTES:
        raise DiffError(
            f"revision {commit[:12]}: the registry's files come to {total:,} bytes, over "
            f"the {MAX_REVISION_BYTES:,} bytes diff reads from one revision; check out "
            "both revisions and compare the folders with --dirs OLD NEW"
        )
    have = written if written is not None else {}
    unread = [oid for oid in targets if not _linked(have.get(oid), targets[oid], findings)]
    for oid, data in _blobs(repo, unread, MAX_FILE_BYTES):
        for path, target in targets[oid]:
            try:
                fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _O_NOFOLLOW, 0o644)
                with os.fdopen(fd, "wb") as fh:
                    fh.write(data)
                have.setdefault(oid, target)
            except OSError as exc:
                findings.append(_cannot_write(path, exc))
    return findings


def _linked(source: Path | None, targets: list[tuple[str, Path]], findings: list[Finding]) -> bool:
    """Whether the blob's ``targets`` were linked to ``source``, a file holding it; False
    (nothing linked yet) when there is none or it cannot be linked: read it from git."""
    if source is None:
        return False
    for i, (path, target) in enumerate(targets):
        try:
            os.link(source, target, follow_symlinks=False)
        except OSError as exc:
            if i == 0:
                return False
            findings.append(_cannot_write(path, exc))
    return True


def _loader_reads(path: str) -> bool:
    """Whether loading or verifying the registry reads the file at ``path``: sources/*.md,
    sources/origins.yaml, claims/**/*.yaml and desertcheck.toml. Other files are never
    read, so one too large to write is left out without a finding."""
    folder, _, rest = path.partition("/")
    if folder == "sources":
        return "/" not in rest and (rest.endswith(".md") or rest == "origins.yaml")
    if folder == "claims":
        return rest.endswith(".yaml")
    return path == "desertcheck.toml"


def _too_large(path: str, size: int, cap: int) -> Finding:
    # worded as the loader words it for a file on disk, so both sides' findings pair up
    message = f"file is {size:,} bytes, over the cap of {cap:,}; split it"
    return Finding.of(Code.FILE_TOO_LARGE, message, path)


def _cannot_write(path: str, exc: OSError) -> Finding:
    return _unsafe_path(path, f"cannot write {path!r} from the revision: {exc.strerror or exc}")


def _unsafe_path(path: str, message: str) -> Finding:
    return Finding.of(Code.UNSAFE_PATH, message, path)
