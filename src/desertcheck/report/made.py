"""What a page says of how it was made: when (in UTC), from which registry (its folder's
name, and its git revision when it is in a repository) and by which desertcheck. The
audit page and the registry report say it alike, so a page forwarded days later tells its
reader whether it is stale and which registry judged it."""

from __future__ import annotations

import hashlib
import os
import subprocess
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from desertcheck.cache.manifest import FILES, FOLDERS
from desertcheck.cache.manifest import _digest_file as blob_id


@dataclass(frozen=True, slots=True)
class Made:
    registry: str  # the registry folder's name
    revision: str | None  # its git commit, short, "+ uncommitted changes" when edited
    checked: str  # "1 December 2026, 05:40 UTC"


def made(root: Path, when: datetime | None = None) -> Made:
    return Made(root.resolve().name, revision(root), checked_at(when))


def checked_at(when: datetime | None = None) -> str:
    """When the check ran, in UTC, as the page says it: "1 December 2026, 05:40 UTC".
    ``SOURCE_DATE_EPOCH``, when set to whole seconds a date can hold, stands for now (the
    reproducible-builds convention): a page built twice from one registry is then byte
    for byte the same; any other value is ignored."""
    if when is None:
        when = _epoch() or datetime.now(UTC)
    when = when.astimezone(UTC)
    return f"{when.day} {when:%B %Y, %H:%M} UTC"


def _epoch() -> datetime | None:
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not (epoch.isascii() and epoch.isdigit()):  # "²" is a digit to str.isdigit
        return None
    try:
        return datetime.fromtimestamp(int(epoch), UTC)
    except (OverflowError, OSError, ValueError):  # beyond the years a date holds
        return None


def revision(root: Path) -> str | None:
    """The commit the registry folder is at ("985f1c0"), with "+ uncommitted changes"
    when its claims, sources or config differ from what that commit holds (or are new);
    None outside a git repository, without git, or when the commit holds none of the
    registry's files (a registry another repository ignores).

    Only ``rev-parse`` and ``ls-tree`` run, which read objects: nothing a registry's own
    ``.git/config`` names (an fsmonitor hook, a clean filter) is run, as ``git status``
    would. The working files are compared with the commit by their blob ids."""
    env = {
        **os.environ,
        "GIT_TERMINAL_PROMPT": "0",
        "GIT_OPTIONAL_LOCKS": "0",
        "GIT_LITERAL_PATHSPECS": "1",
    }

    def git(*args: str) -> str | None:
        try:
            proc = subprocess.run(
                ["git", "-C", str(root), "-c", "core.fsmonitor=false", *args],
                capture_output=True,
                env=env,
                check=False,
            )
        except OSError:
            return None
        return proc.stdout.decode("utf-8", "surrogateescape") if proc.returncode == 0 else None

    head = (git("rev-parse", "--short", "HEAD") or "").strip()
    listed = git("ls-tree", "-r", "-z", "HEAD", "--", *FOLDERS, *FILES) if head else None
    if not listed:
        return None
    committed = {}
    for row in filter(None, listed.split("\0")):
        meta, _, name = row.partition("\t")
        committed[name] = meta.split()[-1]
    return f"{head} + uncommitted changes" if _working(root) != committed else head


def _working(root: Path) -> dict[str, str]:
    """The blob id of each file of the registry's claims, sources and config as they are
    in the folder, by path from ``root`` (dot-files left out, as git's own ignore files)."""
    found = {}
    paths = [root / name for name in FILES if (root / name).is_file()]
    for folder in FOLDERS:
        paths += [p for p in (root / folder).rglob("*") if p.is_file() or p.is_symlink()]
    for path in paths:
        rel = path.relative_to(root)
        if any(part.startswith(".") for part in rel.parts):
            continue
        if path.is_symlink():
            target = os.fsencode(os.readlink(path))
            digest = hashlib.sha1(b"blob %d\0%s" % (len(target), target), usedforsecurity=False)
            found[rel.as_posix()] = digest.hexdigest()
        else:
            found[rel.as_posix()] = blob_id(str(path), path.stat().st_size)
    return found


def shown_path(name: str, cwd: Path | None = None) -> str:
    """A draft's path as the page shows it: as given when relative ("drafts/a.md"),
    relative to the current folder when it lies under it, else its file name alone; never
    a workstation's absolute path ("/home/anna/…") in a page meant to be shared."""
    path = Path(name)
    if not path.is_absolute():
        return name
    try:
        return str(path.relative_to((cwd or Path.cwd()).resolve()))
    except ValueError:
        return path.name or name
