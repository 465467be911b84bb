"""The cache folder: entries written whole or not at all, read back only when they check out.

An entry is one file: a header line (JSON: the format, the tool's stamp, the registry it
belongs to and an HMAC-SHA256 of the payload), then the payload, in :mod:`marshal`'s
format — the fastest that Python reads back, several times faster than JSON for the
thousands of small values a registry's results are.

marshal is not made to read data from anyone: the folder lives in the registry, and a
registry may come from anyone (a cache committed or copied by someone else). So the
payload is read only when its HMAC checks out under a key kept outside the registry, in
the user's cache directory (``$XDG_CACHE_HOME/desertcheck/cache-key``, by default
``~/.cache/desertcheck``), made on first use and readable by the user alone: only this
user's runs of the tool can have written an entry that reads. Anything that does not check
out — a truncated or edited file, another version of the tool, another registry's or
another user's cache — reads as no entry, and the run computes afresh and writes the
entry anew. Where no key can be kept (no writable home), there is no cache.
"""

from __future__ import annotations

import contextlib
import errno
import functools
import hashlib
import hmac
import json
import marshal
import os
import stat
from pathlib import Path
from typing import Any, NamedTuple

from desertcheck.cache.stamp import tool_stamp

CACHE_DIR = ".desertcheck-cache"
#: A folder to keep every registry's cache in, outside the registries (a read-only
#: checkout, a registry on a shared drive): each registry gets a folder of its own there.
CACHE_DIR_ENV = "DESERTCHECK_CACHE_DIR"
FORMAT = 2
KEY_ENV = "XDG_CACHE_HOME"
KEY_BYTES = 32
MAX_ENTRY_BYTES = 512 * 1024 * 1024  # never read more than this back

_README = (
    "This folder is desertcheck's cache of verify results: it is rebuilt when it is missing\n"
    "or does not match the registry. Delete it at will (`desertcheck cache clear`); do not\n"
    "commit it (its own .gitignore keeps it out of git).\n"
)
#: Written into the folder, as pytest and ruff do with theirs: git then ignores the cache
#: in any repository, made by `desertcheck init` or not.
GITIGNORE = "# written by desertcheck: the cache is never committed\n*\n"


def cache_folder(root: Path) -> Path:
    """Where the cache of the registry at ``root`` is kept: ``.desertcheck-cache`` in it,
    or, when ``$DESERTCHECK_CACHE_DIR`` is set, a folder there named after the registry's
    folder and a digest of its real path (two registries never share one)."""
    base = os.environ.get(CACHE_DIR_ENV)
    if not base:
        return root / CACHE_DIR
    real = os.path.realpath(root)
    digest = hashlib.sha256(os.fsencode(real)).hexdigest()[:16]
    name = "".join(c if c.isalnum() or c in "-_." else "-" for c in os.path.basename(real))
    return Path(os.path.abspath(os.path.expanduser(base)), f"{name or 'registry'}-{digest}")


def key_path() -> Path:
    """Where this user's cache key is kept: outside every registry."""
    base = os.environ.get(KEY_ENV) or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base, "desertcheck", "cache-key")


@functools.cache
def _key(path: Path) -> bytes | None:
    """The key at ``path``, made there when there is none; None when none can be had."""
    for _ in range(2):
        try:
            fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
        except FileNotFoundError:
            _make_key(path)
            continue
        except OSError:
            return None
        with os.fdopen(fd, "rb") as fh:
            st = os.fstat(fh.fileno())
            key = fh.read(KEY_BYTES + 1)
        loose = os.name != "nt" and st.st_mode & 0o077  # (Windows: the profile's own rights)
        if not stat.S_ISREG(st.st_mode) or loose or len(key) != KEY_BYTES:
            return None  # not a key only this user can read: no cache rather than a weak one
        return key
    return None


def _make_key(path: Path) -> None:
    """A new random key at ``path``, whole or not at all: made apart, then linked in (a run
    at the same time that linked its own first wins, and both read the winner's)."""
    with contextlib.suppress(OSError):
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        from desertcheck.files import make_temp

        fd, tmp = make_temp(path.parent, prefix=".tmp-key-")
        try:
            with os.fdopen(fd, "wb") as fh:  # make_temp: readable by the user alone
                fh.write(os.urandom(KEY_BYTES))
            with contextlib.suppress(FileExistsError):
                os.link(tmp, path)
        finally:
            os.unlink(tmp)


class Store:
    """The cache folder of the registry at ``root`` (or another folder ``folder`` there,
    described by ``readme``)."""

    def __init__(self, root: Path, folder: str = CACHE_DIR, readme: str = _README) -> None:
        self.root = root
        self.folder = cache_folder(root) if folder == CACHE_DIR else root / folder
        self.owner = os.path.realpath(root)
        self.readme = readme

    def _header(self, key: bytes, payload: bytes | memoryview) -> dict[str, Any]:
        head = {"desertcheck-cache": FORMAT, "tool": tool_stamp(), "registry": self.owner}
        mac = hmac.new(key, json.dumps(head, sort_keys=True).encode(), hashlib.sha256)
        mac.update(payload)  # not joined to the header first: a copy of tens of megabytes
        return {**head, "mac": mac.hexdigest()}

    def _folder_ok(self) -> bool:
        """Whether the cache folder is a real folder: a symlink (say, one committed to a
        repository, pointing into the user's home) is neither read nor written through."""
        try:
            return stat.S_ISDIR(os.lstat(self.folder).st_mode)
        except OSError:
            return False

    def read(self, name: str) -> Any:
        """The payload of entry ``name``, or None when it is missing or does not check out."""
        key = _key(key_path())
        if key is None or not self._folder_ok():
            return None
        flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
        try:
            fd = os.open(self.folder / name, flags | getattr(os, "O_CLOEXEC", 0))
        except OSError:
            return None
        try:
            with os.fdopen(fd, "rb") as fh:
                if not stat.S_ISREG(os.fstat(fh.fileno()).st_mode):
                    return None  # a FIFO, a device: never read
                raw = fh.read(MAX_ENTRY_BYTES + 1)
        except OSError:
            return None
        if len(raw) > MAX_ENTRY_BYTES:
            return None
        end = raw.find(b"\n")
        if end < 0:
            return None
        head, payload = raw[:end], memoryview(raw)[end + 1 :]  # the payload is not copied
        try:
            header = json.loads(head)
        except ValueError:
            return None
        expected = self._header(key, payload)
        if not (
            isinstance(header, dict)
            and isinstance(header.get("mac"), str)
            and hmac.compare_digest(header["mac"], expected["mac"])
            and header == expected
        ):
            return None
        from desertcheck.bulk import no_collection

        try:
            with no_collection():
                return marshal.loads(payload)
        except (ValueError, EOFError, TypeError):
            return None

    def write(self, name: str, value: Any) -> None:
        """Write entry ``name`` atomically; a cache that cannot be written is no error."""
        key = _key(key_path())
        if key is None:
            from desertcheck.cache import blocked

            blocked.say(
                blocked.why_no_key(key_path()),
                fix=f"set {KEY_ENV} to a folder of your own that can be written",
            )
            return
        try:
            payload = marshal.dumps(value)
        except ValueError:  # a value marshal cannot keep: a bug, but never the run's failure
            return
        head = json.dumps(self._header(key, payload), separators=(",", ":")).encode()
        try:
            with contextlib.suppress(FileExistsError):
                if self.folder.parent != self.root:  # $DESERTCHECK_CACHE_DIR's, made as needed
                    self.folder.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
                self.folder.mkdir()
            if not self._folder_ok():
                from desertcheck.cache import blocked

                problem = blocked.why_not_folder(self.folder) or f"{self.folder} is no folder"
                blocked.say(problem, fix="move it away, or delete it")
                return
            if not os.path.lexists(self.folder / "README"):
                self._replace("README", self.readme.encode())
            if not os.path.lexists(self.folder / ".gitignore"):
                self._replace(".gitignore", GITIGNORE.encode())
            self._replace(name, head + b"\n", payload)
        except OSError as exc:
            from desertcheck.cache import blocked

            blocked.said_write_error(self.folder, exc)

    def names(self, prefix: str) -> list[str]:
        """The entries whose names begin with ``prefix``, the latest written first (none
        through a folder that is a symlink)."""
        if not self._folder_ok():
            return []
        try:
            found = [e for e in os.scandir(self.folder) if e.name.startswith(prefix)]
            dated = [(e.stat(follow_symlinks=False).st_mtime_ns, e.name) for e in found]
        except OSError:
            return []
        return [name for _, name in sorted(dated, reverse=True)]

    def prune(self, prefix: str, keep: int, *, kept: str = "") -> None:
        """Delete the entries named ``prefix…`` but the latest ``keep`` (``kept`` among
        them, the one just written, whatever the clock says): a cache that cannot be
        written is no error, nor is an entry another run deleted first."""
        names = self.names(prefix)
        if kept in names:
            names.remove(kept)
            keep -= 1
        for name in names[max(keep, 0) :]:
            with contextlib.suppress(OSError):
                os.unlink(self.folder / name)

    def _replace(self, name: str, *data: bytes) -> None:
        """A temporary file renamed over ``name``: whatever was there, a symlink included,
        is replaced, never written through."""
        from desertcheck.files import make_temp

        fd, tmp = make_temp(self.folder, prefix=".tmp-")
        try:
            with os.fdopen(fd, "wb") as fh:
                for chunk in data:
                    fh.write(chunk)
            os.replace(tmp, self.folder / name)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise

    def clear(self) -> Cleared:
        """Delete what this tool writes in the cache folder — its entries (by their header),
        its README and .gitignore, its temporary files — and the folder once nothing else is
        left in it: a file of the user's own there is kept, and named. A folder that is a
        symlink or a plain file is left as it is (:attr:`Cleared.blocked` says which)."""
        from desertcheck.cache.blocked import why_not_folder

        problem = why_not_folder(self.folder)
        if problem or not os.path.lexists(self.folder):
            return Cleared(False, 0, [], problem)
        deleted, kept = 0, []
        for entry in sorted(os.scandir(self.folder), key=lambda e: e.name):
            if _written_here(entry):
                with contextlib.suppress(FileNotFoundError):  # deleted meanwhile
                    os.unlink(entry.path)
                deleted += 1
            else:
                kept.append(entry.name)
        if not kept:
            try:
                os.rmdir(self.folder)
            except OSError as exc:  # a run wrote an entry meanwhile: it is a new one
                if exc.errno not in (errno.ENOTEMPTY, errno.EEXIST):
                    raise
        return Cleared(True, deleted, kept, "")


class Cleared(NamedTuple):
    """What :meth:`Store.clear` did: whether there was a cache folder, how many of its
    files it deleted, the names it kept (not written by this tool), what blocked it."""

    found: bool
    deleted: int
    kept: list[str]
    blocked: str


#: How an entry's header begins (:meth:`Store.write`): by this a file is known as one.
ENTRY_HEAD = b'{"desertcheck-cache":'
_OURS = {"README": _README.split("\n", 1)[0].encode(), ".gitignore": GITIGNORE.encode()}


def _written_here(entry: os.DirEntry[str]) -> bool:
    """Whether the file ``entry`` is one the cache writes: an entry (``*.dat`` with an
    entry's header), a temporary file of one (``.tmp-`` and 16 hex digits), its README or
    its .gitignore; never a folder or a symlink."""
    if not entry.is_file(follow_symlinks=False):
        return False
    name = entry.name
    if name.startswith(".tmp-"):
        tail = name[len(".tmp-") :]
        return len(tail) == 16 and all(c in "0123456789abcdef" for c in tail)
    head = _OURS.get(name, ENTRY_HEAD if name.endswith(".dat") else None)
    if head is None:
        return False
    try:
        with open(entry.path, "rb") as fh:
            return fh.read(len(head)) == head
    except OSError:
        return False
