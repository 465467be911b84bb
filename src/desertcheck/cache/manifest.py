"""What a registry's files are now: each file's size and time, and its digest when asked.

The manifest covers every entry under ``claims/`` and ``sources/`` (files of any name,
folders and symlinks, none followed) and ``desertcheck.toml``: a file added, removed,
renamed or changed anywhere there changes it. Comparing with a stored manifest stats every
entry and reads only the files whose size or times differ — or whose time was too close to
the moment the stored manifest was taken to be trusted (a file written again in the same
tick keeps its time) — and compares their digests.

The times are the modification time and the inode's change time (``st_ctime``), as git's
index keeps both: a same-size edit whose modification time was set back (``cp -p``,
``rsync -a``, ``tar -x``, ``touch -r``) still changes the file's change time, which no
program can set, so it is read. It costs nothing more: the one ``lstat`` gives both.
"""

from __future__ import annotations

import hashlib
import os
import stat
import time
from pathlib import Path
from typing import Any

FOLDERS = ("claims", "sources")
FILES = ("desertcheck.toml",)
RACY_NS = 2_000_000_000  # a time this close to the snapshot is not trusted
MAX_ENTRIES = 200_000


def _digest_file(path: str, size: int) -> str:
    """The file's git blob id: the digest git gives the same content, so that results
    keyed by it are shared with ``diff``, which reads revisions by their blob ids."""
    h = hashlib.sha1(b"blob %d\0" % size, usedforsecurity=False)
    read = 0
    try:
        with open(path, "rb") as fh:
            while chunk := fh.read(1 << 20):
                h.update(chunk)
                read += len(chunk)
    except OSError as exc:
        return f"unreadable:{exc.errno}"
    if read != size:  # changed while read: a digest that matches nothing
        return f"changing:{read}"
    return h.hexdigest()


def _entry(path: str) -> tuple[str, int, int, int] | None:
    """(kind, size, mtime_ns, ctime_ns) of the entry at ``path``, not following a link;
    None when it is not there."""
    try:
        st = os.lstat(path)
    except OSError:
        return None
    kind = "d" if stat.S_ISDIR(st.st_mode) else "l" if stat.S_ISLNK(st.st_mode) else "f"
    if kind == "f" and not stat.S_ISREG(st.st_mode):
        kind = "x"  # a FIFO, a device: never read here
    return (kind, st.st_size, st.st_mtime_ns, st.st_ctime_ns)


class Manifest:
    """The entries of the registry at ``root`` as they are now."""

    def __init__(self, root: Path) -> None:
        self.root = str(root)
        self.taken_ns = time.time_ns()
        # rel: (kind, size, mtime_ns, ctime_ns)
        self.entries: dict[str, tuple[str, int, int, int]] = {}
        self._digests: dict[str, str] = {}
        self.complete = self._scan()

    def _add(self, rel: str) -> None:
        found = _entry(os.path.join(self.root, rel))
        if found is not None:
            self.entries[rel] = found

    def _scan(self) -> bool:
        for name in FILES:
            self._add(name)
        for top in FOLDERS:
            self._add(top)
            for folder, dirs, files in os.walk(os.path.join(self.root, top)):
                dirs.sort()
                base = os.path.relpath(folder, self.root).replace(os.sep, "/")
                for name in (*dirs, *sorted(files)):
                    self._add(f"{base}/{name}")
                if len(self.entries) > MAX_ENTRIES:
                    return False  # too many to be worth caching
        return True

    def digest(self, rel: str) -> str:
        """The digest of entry ``rel`` ('' for a folder or an entry that is not there)."""
        found = self._digests.get(rel)
        if found is not None:
            return found
        kind, size = self.entries.get(rel, ("", 0, 0, 0))[:2]
        path = os.path.join(self.root, rel)
        if kind == "f":
            found = _digest_file(path, size)
        elif kind == "l":
            try:
                found = "link:" + os.readlink(path)
            except OSError:
                found = "link?"
        else:
            found = kind
        self._digests[rel] = found
        return found

    def still(self) -> bool:
        """Whether every entry is as it was when listed (kind, size and time): a file
        saved while a command ran would otherwise have what was read of it kept under the
        digest of what it was before (:func:`unchanged`)."""
        for rel, was in self.entries.items():
            path = os.path.join(self.root, rel)
            if _entry(path) != was:
                return False
            # a time too close to the listing to tell a save of the same size apart
            digest = self._digests.get(rel)
            racy = was[0] == "f" and digest and self.taken_ns - max(was[2:]) <= RACY_NS
            if racy and _digest_file(path, was[1]) != digest:
                return False
        return True

    def to_json(self) -> dict[str, Any]:
        """The manifest to store: every entry with its digest and whether its times are
        trusted (neither within :data:`RACY_NS` of the moment the files were listed)."""
        return {
            rel: [
                kind,
                size,
                mtime,
                ctime,
                self.digest(rel),
                self.taken_ns - max(mtime, ctime) > RACY_NS,
            ]
            for rel, (kind, size, mtime, ctime) in self.entries.items()
        }

    def matches(self, stored: Any) -> bool:
        """Whether the files are what ``stored`` (from :meth:`to_json`) says they were.

        Either way, the digest of each file whose size and trusted time are as stored is
        taken from ``stored``: after an edit, only the edited files are read to be digested
        (the stored entries keyed by the others' digests are still theirs)."""
        if not isinstance(stored, dict):
            return False
        same = stored.keys() == self.entries.keys()
        for rel, (kind, size, mtime, ctime) in self.entries.items():
            old = stored.get(rel)
            if not (type(old) is list and len(old) == 6 and old[0] == kind):
                same = False
            elif old[1] == size and old[2] == mtime and old[3] == ctime and old[5] is True:
                if type(old[4]) is str:
                    self._digests.setdefault(rel, old[4])
            elif same and self.digest(rel) != old[4]:
                same = False
        return same


def unchanged(files: object) -> bool:
    """Whether the files a run read may have what was read of them kept under their
    digests: a working tree's :class:`Manifest` when no entry changed since it was listed
    (:meth:`Manifest.still`); a revision's tree, which cannot change, always."""
    still = getattr(files, "still", None)
    return still is None or bool(still())
