"""Reading the registry's folders and files safely: each one refused becomes a finding.

Symlinks are not followed, folders under ``claims/`` are walked without recursion to a
bounded depth, files over a size cap are not read, and text must be UTF-8.
"""

from __future__ import annotations

import os
from pathlib import Path

from desertcheck import utf8
from desertcheck.codes import Code
from desertcheck.findings import Finding
from desertcheck.registry.result import finding

MAX_FILE_BYTES = 2 * 1024 * 1024
MAX_FOLDER_DEPTH = 8  # folders under claims/


class RegistryFiles:
    """The files under ``root``, and the findings about them (and, in subclasses, more)."""

    def __init__(self, root: Path, max_bytes: int) -> None:
        self.root = root
        self.max_bytes = max_bytes
        self.findings: list[Finding] = []

    def add(
        self,
        code: Code,
        message: str,
        file: str | None,
        line: int = 0,
        column: int = 0,
        claims: tuple[str, ...] = (),
    ) -> None:
        self.findings.append(finding(code, message, file, line, column, claims))

    def rel(self, path: Path) -> str:
        try:
            return path.relative_to(self.root).as_posix()
        except ValueError:
            return path.as_posix()

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
        if not path.is_symlink() and not _inside(path, folder):
            self.add(Code.UNSAFE_PATH, f"the file resolves outside {folder.name}/", self.rel(path))
            return True
        return False

    def markdown_files(self, folder: Path) -> list[Path]:
        """The ``*.md`` files (and symlinks, to be refused) directly in ``folder``."""
        return sorted(p for p in folder.glob("*.md") if p.is_symlink() or p.is_file())

    def yaml_files(self, folder: Path) -> list[Path]:
        """The ``*.yaml`` files under ``folder``, walked without recursion or symlinked
        folders; folders nested deeper than MAX_FOLDER_DEPTH are reported, not walked."""
        found: list[Path] = []
        pending = [(folder, 0)]
        while pending:
            current, depth = pending.pop()
            try:
                entries = list(os.scandir(current))
            except OSError as exc:
                self.add(
                    Code.UNSAFE_PATH,
                    f"cannot read folder: {exc.strerror or exc}",
                    self.rel(current),
                )
                continue
            for entry in entries:
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
                elif entry.name.endswith(".yaml") and (
                    entry.is_symlink() or entry.is_file(follow_symlinks=False)
                ):
                    found.append(path)
        return sorted(found)

    def read_text(self, path: Path) -> str | None:
        """The file's text, or None after adding the finding that says why not."""
        rel = self.rel(path)
        if path.is_symlink():
            self.add(Code.UNSAFE_PATH, "symlinks are not followed; put the file itself here", rel)
            return None
        try:
            size = path.stat().st_size
            if size > self.max_bytes:
                self.add(
                    Code.FILE_TOO_LARGE,
                    f"file is {size:,} bytes, over the cap of {self.max_bytes:,}; split it",
                    rel,
                )
                return None
            data = path.read_bytes()
        except OSError as exc:
            self.add(Code.UNSAFE_PATH, f"cannot read file: {exc.strerror or exc}", rel)
            return None
        try:
            return utf8.decode(data)
        except utf8.NotUtf8 as exc:
            self.add(
                Code.NOT_UTF8,
                f"byte 0x{exc.byte:02x} is not UTF-8; save the file as UTF-8",
                rel,
                exc.line,
                exc.column,
            )
            return None


def _inside(path: Path, folder: Path) -> bool:
    try:
        path.resolve().relative_to(folder.resolve())
    except (ValueError, OSError):
        return False
    return True
