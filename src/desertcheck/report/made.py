"""What a page says of how it was made: when (in UTC), from which registry (its folder's
name, and its git revision when it is in a repository) and by which desertcheck. The
audit page and the registry report say it alike, so a page forwarded days later tells its
reader whether it is stale and which registry judged it."""

from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Made:
    registry: str  # the registry folder's name
    revision: str | None  # its git commit, short, "+ uncommitted changes" when edited
    checked: str  # "1 December 2026, 05:40 UTC"


def made(root: Path, when: datetime | None = None) -> Made:
    return Made(root.resolve().name, revision(root), checked_at(when))


def checked_at(when: datetime | None = None) -> str:
    """When the check ran, in UTC, as the page says it: "1 December 2026, 05:40 UTC".
    ``SOURCE_DATE_EPOCH``, when set, stands for now (the reproducible-builds convention):
    a page built twice from one registry is then byte for byte the same."""
    if when is None:
        epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
        when = datetime.fromtimestamp(int(epoch), UTC) if epoch.isdigit() else datetime.now(UTC)
    when = when.astimezone(UTC)
    return f"{when.day} {when:%B %Y, %H:%M} UTC"


def revision(root: Path) -> str | None:
    """The commit the registry folder is at ("985f1c0"), with "+ uncommitted changes"
    when its claims, sources or config differ from it (or are new); None outside a git
    repository or without git."""
    env = {**os.environ, "GIT_TERMINAL_PROMPT": "0", "GIT_OPTIONAL_LOCKS": "0"}

    def git(*args: str) -> str | None:
        try:
            proc = subprocess.run(
                ["git", "-C", str(root), *args], capture_output=True, env=env, check=False
            )
        except OSError:
            return None
        return proc.stdout.decode("utf-8", "replace").strip() if proc.returncode == 0 else None

    head = git("rev-parse", "--short", "HEAD")
    if not head:
        return None
    changed = git("status", "--porcelain", "--", "claims", "sources", "desertcheck.toml")
    return f"{head} + uncommitted changes" if changed else head


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
