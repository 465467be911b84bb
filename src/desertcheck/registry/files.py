"""Reading the registry's folders and files safely: each one refused becomes a finding.

Only regular files are read: symlinks are not followed, FIFOs, devices and sockets are
refused before they are opened (and a file is opened non-blocking, so one swapped in
cannot hang a run), folders under ``claims/`` are walked without recursion to a bounded
depth, a file over the size cap is not read (and never more than the cap is read), the
registry as a whole has a size cap, names and text must be UTF-8, and a file that looks
like registry content but is not read is reported, so nothing is skipped without a word.
"""

from __future__ import annotations

import os
import stat
from collections import Counter
from pathlib import Path

from desertcheck import utf8
from desertcheck.codes import Code
from desertcheck.findings import Finding

MAX_FILE_BYTES = 2 * 1024 * 1024
MAX_REGISTRY_BYTES = 64 * 1024 * 1024  # all the files read, together
MAX_FOLDER_DEPTH = 8  # folders under claims/
MAX_FINDINGS_PER_FILE = 100

#: The names read in claims/ (any depth) and sources/ (directly).
CLAIM_SUFFIXES = (".yaml", ".yml")
SOURCE_SUFFIX = ".md"
#: Suffixes (compared lowercased) of files that look like registry content but are not
#: read: a claims file saved as JSON or with an upper-case suffix, a source saved as text.
_UNREAD_CLAIMS = (".yaml", ".yml", ".json")
_UNREAD_SOURCES = (".md", ".markdown", ".txt", ".yaml", ".yml")

_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)  # a FIFO opens at once instead of waiting for a writer
    | getattr(os, "O_NOFOLLOW", 0)  # a symlink swapped in after the check is not followed
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)
_KINDS = (
    (stat.S_ISFIFO, "a FIFO"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISDIR, "a folder"),
)


def display_path(rel: str) -> str:
    """``rel`` as valid text: bytes of a name that is not UTF-8 shown as ``\\xff``."""
    return rel.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _kind(mode: int) -> str:
    return next((name for test, name in _KINDS if test(mode)), "not a regular file")


class RegistryFiles:
    """The files under ``root``, and the findings about them (and, in subclasses, more)."""

    def __init__(self, root: Path, max_bytes: int, max_total_bytes: int) -> None:
        self.root = root
        self.max_bytes = max_bytes
        self.max_total_bytes = max_total_bytes
        self.total_bytes = 0  # of the files read so far
        self.over_total: list[str] = []  # files not read: the registry was over its cap
        self.findings: list[Finding] = []
        self.per_file: Counter[str] = Counter()  # findings kept, by file
        self.hidden: Counter[str] = Counter()  # findings over MAX_FINDINGS_PER_FILE
        self._resolved: dict[Path, Path | None] = {}  # folders, resolved once a load
        top = str(root)
        #: the root's path with a separator, for the names of its files without pathlib
        #: (on a system whose separator is "/"; '' elsewhere: pathlib's relative_to)
        self._prefix = top + "/" if os.sep == "/" and top not in ("", ".", "/") else ""

    def add(
        self,
        code: Code,
        message: str,
        file: str | None,
        line: int = 0,
        column: int = 0,
        claims: tuple[str, ...] = (),
    ) -> None:
        if self.capped(file):
            self.hidden[file or ""] += 1
            return
        self.add_finding(Finding.of(code, message, file, line, column, claims))

    def add_finding(self, found: Finding) -> None:
        """Keep ``found``, unless its file already has MAX_FINDINGS_PER_FILE findings."""
        if self.capped(found.file):
            self.hidden[found.file or ""] += 1
            return
        if found.file:
            self.per_file[found.file] += 1
        self.findings.append(found)

    def capped(self, file: str | None) -> bool:
        """Whether ``file`` has all the findings it may show: count the others only."""
        return bool(file) and self.per_file[file or ""] >= MAX_FINDINGS_PER_FILE

    def summarise(self) -> None:
        """One finding per file with findings over the cap, and one for the files that
        the registry's size cap left unread."""
        for file, more in sorted(self.hidden.items()):
            self.findings.append(
                Finding.of(
                    Code.TOO_MANY_FINDINGS,
                    f"{more:,} more finding{'s' if more != 1 else ''} in this file "
                    f"{'are' if more != 1 else 'is'} not shown (at most "
                    f"{MAX_FINDINGS_PER_FILE} a file); fix these and run again",
                    file,
                )
            )
        if self.over_total:
            first, rest = self.over_total[0], len(self.over_total) - 1
            unread = (
                f"this file and {rest:,} more file{'s' if rest != 1 else ''} were not read"
                if rest
                else "this file was not read"
            )
            self.findings.append(
                Finding.of(
                    Code.REGISTRY_TOO_LARGE,
                    f"the registry's files add up to more than its cap of "
                    f"{self.max_total_bytes:,} bytes: {unread}",
                    first,
                )
            )

    def _below(self, path: Path) -> str | None:
        """``path`` relative to the root, as ``relative_to`` gives it, when it is plainly
        below it (its text begins with the root's): a few hundred files a run."""
        text = str(path)
        prefix = self._prefix
        return text[len(prefix) :] if prefix and text.startswith(prefix) else None

    def rel(self, path: Path) -> str:
        """``path`` relative to the root, as valid text (see :func:`display_path`)."""
        below = self._below(path)
        if below is not None:
            return display_path(below)
        try:
            rel = path.relative_to(self.root).as_posix()
        except ValueError:
            rel = path.as_posix()
        return display_path(rel)

    def utf8_name(self, path: Path) -> bool:
        """True when ``path``'s name below the root is UTF-8; else False, with a finding."""
        try:
            below = self._below(path)
            os.fsencode(path.relative_to(self.root) if below is None else below).decode("utf-8")
        except UnicodeDecodeError:
            self.add(
                Code.NOT_UTF8,
                "the file name is not UTF-8 (its bytes are shown as \\xNN); rename it",
                self.rel(path),
            )
            return False
        except ValueError:  # not under the root: not a name of the registry's
            pass
        return True

    def registry_folder(self, name: str) -> Path | None:
        """``root/name`` when it is a real folder; a symlinked one is refused."""
        folder = self.root / name
        if folder.is_symlink():
            self.add(Code.UNSAFE_PATH, f"{name}/ is a symlink; symlinks are not followed", name)
            return None
        return folder if folder.is_dir() else None

    def outside(self, path: Path, folder: Path) -> bool:
        """True, after adding a finding, when ``path`` (not a symlink) resolves outside
        ``folder``; a symlink is refused later, by :meth:`read_text`."""
        if not path.is_symlink() and not self._inside(path, folder):
            self.add(Code.UNSAFE_PATH, f"the file resolves outside {folder.name}/", self.rel(path))
            return True
        return False

    def _inside(self, path: Path, folder: Path) -> bool:
        """Whether ``path``, itself no symlink, resolves inside ``folder``: it resolves
        where its own folder does (resolved once for all the files it holds)."""
        parent, top = self._resolve(path.parent), self._resolve(folder)
        return parent is not None and top is not None and parent.is_relative_to(top)

    def _resolve(self, folder: Path) -> Path | None:
        if folder not in self._resolved:
            try:
                self._resolved[folder] = folder.resolve()
            except (OSError, RuntimeError):  # a loop of links
                self._resolved[folder] = None
        return self._resolved[folder]

    def unread(self, path: Path, read_as: str) -> None:
        """Report ``path``, which looks like registry content but is not read."""
        self.add(
            Code.UNREAD_FILE,
            f"{path.name!r} is not read: desertcheck reads {read_as}",
            self.rel(path),
        )

    def entries(self, folder: Path) -> list[os.DirEntry[str]]:
        """What ``folder`` holds; nothing, after a finding, when it cannot be read."""
        try:
            with os.scandir(folder) as entries:
                return list(entries)
        except OSError as exc:
            self.add(
                Code.UNSAFE_PATH, f"cannot read folder: {exc.strerror or exc}", self.rel(folder)
            )
            return []

    def markdown_files(self, folder: Path) -> list[Path]:
        """The ``*.md`` entries directly in ``folder`` that are not folders; other files
        that look like sources (``*.txt``, ``*.markdown``, ``*.MD``, ...) are reported."""
        found: list[Path] = []
        for entry in self.entries(folder):
            if entry.is_dir(follow_symlinks=False):
                continue
            path = Path(entry.path)
            if entry.name.endswith(SOURCE_SUFFIX):
                found.append(path)
            elif entry.name != "origins.yaml" and entry.name.lower().endswith(_UNREAD_SOURCES):
                self.unread(path, "sources from <id>.md files and origins from origins.yaml")
        return sorted(found)

    def yaml_files(self, folder: Path) -> list[Path]:
        """The ``*.yaml`` and ``*.yml`` entries under ``folder`` that are not folders,
        walked without recursion or symlinked folders; folders nested deeper than
        MAX_FOLDER_DEPTH are reported, not walked, and so are files that look like claims
        but are not read (``*.json``, ``*.YAML``, ...)."""
        found: list[Path] = []
        pending = [(folder, 0)]
        while pending:
            current, depth = pending.pop()
            for entry in self.entries(current):
                path = Path(entry.path)
                if entry.is_dir(follow_symlinks=False):
                    if depth + 1 > MAX_FOLDER_DEPTH:
                        self.add(
                            Code.UNSAFE_PATH,
                            f"folders nested more than {MAX_FOLDER_DEPTH} deep are not read",
                            self.rel(path),
                        )
                    else:
                        pending.append((path, depth + 1))
                elif entry.name.endswith(CLAIM_SUFFIXES):
                    found.append(path)
                elif entry.name.lower().endswith(_UNREAD_CLAIMS):
                    self.unread(path, "claims from *.yaml and *.yml files (lowercase)")
        return sorted(found)

    def read_text(self, path: Path) -> str | None:
        """The file's text, or None after adding the finding that says why not."""
        data = self.read_bytes(path)
        if data is None:
            return None
        if utf8.wide_text(data) is None:
            try:
                return utf8.decode(data)
            except utf8.NotUtf8:
                pass
        message, line, column = utf8.why_not(data)
        self.add(Code.NOT_UTF8, message, self.rel(path), line, column)
        return None

    def read_bytes(self, path: Path) -> bytes | None:
        """The bytes of ``path`` when it is a regular file within the caps, or None after
        adding the finding that says why not. At most the cap plus one byte is read."""
        rel = self.rel(path)
        try:
            info = os.lstat(path)
        except OSError as exc:
            self.add(Code.UNSAFE_PATH, f"cannot read file: {exc.strerror or exc}", rel)
            return None
        if stat.S_ISLNK(info.st_mode):
            self.add(Code.UNSAFE_PATH, "symlinks are not followed; put the file itself here", rel)
            return None
        if not stat.S_ISREG(info.st_mode):
            self.add(
                Code.UNSAFE_PATH,
                f"not a regular file ({_kind(info.st_mode)}); only regular files are read",
                rel,
            )
            return None
        if info.st_size > self.max_bytes:
            self.too_large(rel, f"{info.st_size:,} bytes")
            return None
        if self.total_bytes + info.st_size > self.max_total_bytes:
            self.over_total.append(rel)
            return None
        try:
            data = _read_regular(path, info, self.max_bytes + 1)
        except OSError as exc:
            self.add(Code.UNSAFE_PATH, f"cannot read file: {exc.strerror or exc}", rel)
            return None
        if data is None:
            self.add(Code.UNSAFE_PATH, "the file changed while it was read; run again", rel)
            return None
        if len(data) > self.max_bytes:
            self.too_large(rel, f"over {self.max_bytes:,} bytes")
            return None
        self.total_bytes += len(data)
        return data

    def counted(self, path: Path) -> bool:
        """Whether ``path`` is a regular file within the caps, counted as :meth:`read_bytes`
        counts it, without reading it: a file whose content the cache knows (by its digest,
        taken before the registry was read)."""
        try:
            info = os.lstat(path)
        except OSError:
            return self.read_bytes(path) is not None  # says why, as a read says it
        if not stat.S_ISREG(info.st_mode) or info.st_size > self.max_bytes:
            return self.read_bytes(path) is not None
        if self.total_bytes + info.st_size > self.max_total_bytes:
            self.over_total.append(self.rel(path))
            return False
        self.total_bytes += info.st_size
        return True

    def too_large(self, rel: str, size: str) -> None:
        self.add(
            Code.FILE_TOO_LARGE,
            f"file is {size}, over the cap of {self.max_bytes:,}; split it",
            rel,
        )


def _read_regular(path: Path, expected: os.stat_result, limit: int) -> bytes | None:
    """At most ``limit`` bytes of ``path``; None when what was opened is not the regular
    file ``expected`` (it was replaced after the check)."""
    fd = os.open(path, _OPEN_FLAGS)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or (info.st_dev, info.st_ino) != (
            expected.st_dev,
            expected.st_ino,
        ):
            return None
        chunks: list[bytes] = []
        left = limit
        while left > 0:
            chunk = os.read(fd, min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)
