"""Writing files so that nothing the user had is lost: whole or not at all."""

from __future__ import annotations

import contextlib
import errno
import os
import stat

#: The folders of a registry whose files verify reads (a report written there replaces them)
REGISTRY_FOLDERS = ("claims", "sources")


def registry_part(path: str | os.PathLike[str]) -> str | None:
    """The part of a registry that ``path`` is ("claims/", "sources/", "desertcheck.toml")
    when a report written there would replace or add a file the registry reads; else None.
    A registry is a folder with both ``claims/`` and ``sources/``; symlinks are followed."""
    real = os.path.realpath(os.fspath(path))
    parent = os.path.dirname(real)
    if os.path.basename(real) == "desertcheck.toml" and _is_registry(parent):
        return "desertcheck.toml"
    while True:
        up = os.path.dirname(parent)
        if os.path.basename(parent) in REGISTRY_FOLDERS and _is_registry(up):
            return os.path.basename(parent) + "/"
        if up == parent:
            return None
        parent = up


def _is_registry(folder: str) -> bool:
    return all(os.path.isdir(os.path.join(folder, name)) for name in REGISTRY_FOLDERS)


#: How a new temporary file is opened: created here or not at all, never through a link.
_NEW = (
    os.O_RDWR
    | os.O_CREAT
    | os.O_EXCL
    | getattr(os, "O_NOFOLLOW", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)


def make_temp(
    folder: str | os.PathLike[str], prefix: str = "", suffix: str = ""
) -> tuple[int, str]:
    """A new file in ``folder`` that only the user can read and write, as
    ``tempfile.mkstemp`` makes it: (its descriptor, open for writing; its absolute path).
    Without :mod:`tempfile`, whose import (shutil, random, the compression modules) costs a
    short run some milliseconds."""
    for _ in range(100):
        name = os.path.join(folder, f"{prefix}{os.urandom(8).hex()}{suffix}")
        try:
            return os.open(name, _NEW, 0o600), os.path.abspath(name)
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no unused temporary name", os.fspath(folder))


def write_atomic(path: str | os.PathLike[str], data: str | bytes) -> None:
    """Write ``data`` to ``path`` whole or not at all.

    A regular file (or none yet) gets the data in a temporary file in the same folder,
    flushed to disk and then renamed over it: an interrupted write never leaves a
    half-written file, and an existing file is replaced whole or kept as it was. A symlink
    is followed, so the file it points to is replaced and the link kept. Anything else that
    exists — a device such as ``/dev/null`` or ``/dev/stdout``, a FIFO, a socket — is
    written to directly, never renamed over: replacing it would destroy it.
    """
    given = os.fspath(path)
    raw = data.encode("utf-8") if isinstance(data, str) else data
    try:
        mode = os.stat(given).st_mode  # follows symlinks: what the path really is
    except FileNotFoundError:
        mode = None
    if mode is not None and stat.S_ISDIR(mode):
        raise IsADirectoryError(21, "is a folder", given)
    if mode is not None and not stat.S_ISREG(mode):
        with open(given, "wb") as fh:  # /dev/stdout -> /proc/self/fd/1 opens as it is
            fh.write(raw)
        return
    try:
        _replace(os.path.realpath(given), raw, mode)
    except OSError as exc:  # the file not written, not the temporary one beside it
        exc.filename, exc.filename2 = given, None
        raise


def _replace(target: str, raw: bytes, mode: int | None) -> None:
    fd, tmp = make_temp(os.path.dirname(target), prefix=".desertcheck-", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(raw)
            fh.flush()
            os.fsync(fh.fileno())
        if mode is not None:
            os.chmod(tmp, mode & 0o7777)
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def read_for_edit(path: str | os.PathLike[str], errors: str = "strict") -> tuple[str, str]:
    """A UTF-8 text file to edit: its text with ``\\n`` ending every line (as Python reads
    text), and the line end to write it back with, ``\\r\\n`` when most of its lines end
    so (a file saved on Windows): :func:`as_written` puts them back, so an edit of one
    line does not rewrite every other."""
    with open(path, "rb") as fh:
        raw = fh.read()
    text = raw.decode("utf-8", errors).replace("\r\n", "\n").replace("\r", "\n")
    return text, "\r\n" if raw.count(b"\r\n") * 2 > raw.count(b"\n") else "\n"


def as_written(text: str, line_end: str) -> str:
    """``text`` (lines ending ``\\n``) with the line end :func:`read_for_edit` found."""
    return text if line_end == "\n" else text.replace("\n", line_end)
