"""The cache folder: entries written whole or not at all, read back only when they check out.

An entry is one file: a header line (the format, the tool's stamp, the registry it belongs
to and the SHA-256 of the payload), then the payload, JSON. JSON and not pickle or marshal:
the folder lives in the registry, and a registry may come from anyone, so what is read
back is data that cannot run code. Anything that does not check out — a truncated or
edited file, another version of the tool, another registry's cache — reads as no entry,
and the run computes afresh and writes the entry anew.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import stat
import tempfile
from pathlib import Path
from typing import Any

from desertcheck.cache.stamp import tool_stamp

CACHE_DIR = ".desertcheck-cache"
FORMAT = 1
MAX_ENTRY_BYTES = 512 * 1024 * 1024  # never read more than this back

_README = (
    "This folder is desertcheck's cache of verify results: it is rebuilt when it is missing\n"
    "or does not match the registry. Delete it at will (`desertcheck cache clear`); do not\n"
    "commit it (`desertcheck init` adds it to .gitignore).\n"
)


class Store:
    """The cache folder of the registry at ``root``."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.folder = root / CACHE_DIR
        self.owner = os.path.realpath(root)

    def _header(self, payload: bytes) -> dict[str, Any]:
        return {
            "desertcheck-cache": FORMAT,
            "tool": tool_stamp(),
            "registry": self.owner,
            "sha256": hashlib.sha256(payload).hexdigest(),
        }

    def _folder_ok(self) -> bool:
        """Whether the cache folder is a real folder: a symlink (say, one committed to a
        repository, pointing into the user's home) is neither read nor written through."""
        try:
            return stat.S_ISDIR(os.lstat(self.folder).st_mode)
        except OSError:
            return False

    def read(self, name: str) -> Any:
        """The payload of entry ``name``, or None when it is missing or does not check out."""
        if not self._folder_ok():
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
        head, sep, payload = raw.partition(b"\n")
        if not sep:
            return None
        try:
            header = json.loads(head)
        except ValueError:
            return None
        if header != self._header(payload):
            return None
        from desertcheck.bulk import no_collection

        try:
            with no_collection():
                return json.loads(payload)
        except ValueError:
            return None

    def write(self, name: str, value: Any) -> None:
        """Write entry ``name`` atomically; a cache that cannot be written is no error."""
        payload = json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode()
        head = json.dumps(self._header(payload), separators=(",", ":")).encode()
        with contextlib.suppress(OSError):
            with contextlib.suppress(FileExistsError):
                self.folder.mkdir()
            if not self._folder_ok():
                return
            if not os.path.lexists(self.folder / "README"):
                self._replace("README", _README.encode())
            self._replace(name, head + b"\n" + payload)

    def _replace(self, name: str, data: bytes) -> None:
        """A temporary file renamed over ``name``: whatever was there, a symlink included,
        is replaced, never written through."""
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=self.folder)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            os.replace(tmp, self.folder / name)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise

    def clear(self) -> bool:
        """Remove the cache folder; whether there was one."""
        if not self.folder.is_dir() or self.folder.is_symlink():
            return False
        shutil.rmtree(self.folder)
        return True
