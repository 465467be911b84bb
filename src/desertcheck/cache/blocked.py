"""A cache that cannot be kept, said once a run.

A run whose cache cannot be written (a read-only checkout, ``.desertcheck-cache`` a plain
file or a symlink, a full disk, no key to sign entries with) is still right: it computes
everything afresh. But it does so every time, so the first entry that cannot be kept is
said once, as a ``note:`` on stderr — never on stdout, never in a report (a stored report
replays the lines its command gave, and this one is written apart from them), never
changing the exit code — with what blocks the cache, where, and how to lift it or silence
it. Standard library only: a store's writes come at the end of the lightest runs.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

NO_CACHE_HINT = "or give --no-cache (or DESERTCHECK_NO_CACHE=1) to silence this"
_said = False


def why_not_folder(folder: Path) -> str:
    """Why ``folder`` is no cache folder ('' when it is one, or there is none yet)."""
    try:
        mode = os.lstat(folder).st_mode
    except OSError:
        return ""
    if stat.S_ISDIR(mode):
        return ""
    if stat.S_ISLNK(mode):
        return f"{folder} is a symlink, which the cache never follows"
    return f"{folder} is a file, not a folder"


def why_no_key(path: Path) -> str:
    """Why no key to sign entries with can be had at ``path``."""
    parent = path.parent
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        try:
            parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        except OSError as exc:
            return f"cannot make {parent}: {exc.strerror or exc}"
        if not os.access(parent, os.W_OK):
            return f"cannot write in {parent}"
        return f"cannot make the key {path}"
    except OSError as exc:
        return f"cannot read the key {path}: {exc.strerror or exc}"
    if not stat.S_ISREG(st.st_mode):
        return f"the key {path} is not a plain file"
    if os.name != "nt" and st.st_mode & 0o077:
        return f"the key {path} can be read by others (chmod 600 it)"
    return f"the key {path} is damaged (delete it: a new one is made)"


def say(problem: str, *, fix: str) -> None:
    """``desertcheck: note: the cache is not kept …`` on stderr, the first time in this
    process; a stderr that cannot be written is no error."""
    global _said
    if _said:
        return
    _said = True
    line = (
        f"desertcheck: note: the cache is not kept, so every run computes everything afresh: "
        f"{problem}; {fix}, {NO_CACHE_HINT}"
    )
    try:
        from desertcheck import stderr

        stderr.write(["".join(c if c.isprintable() else "?" for c in line)])
    except (OSError, ValueError, AttributeError):
        pass


def said_write_error(where: Path, exc: OSError) -> None:
    """An entry that could not be written to ``where``: said once (:func:`say`)."""
    if isinstance(exc, FileNotFoundError):
        return  # the folder deleted meanwhile (`cache clear` during a run): the next run writes
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        fix = "free some space there"
    else:
        fix = "make it a folder you can write, or set DESERTCHECK_CACHE_DIR to one"
    say(f"cannot write {where}: {exc.strerror or exc}", fix=fix)


def reset() -> None:
    """Say it again (the tests run many commands in one process)."""
    global _said
    _said = False
