"""A source's fingerprint: the SHA-256 of its body as published, and writing it down.

A source file is a front-matter block (``---``, YAML, ``---``) and then the body, the
document as published. :func:`fingerprint` is the SHA-256 of the body after one
normalisation, of line endings only: CRLF and a lone CR become LF, so a checkout that
converts line endings keeps the fingerprint. Nothing else is normalised — a changed
space, letter, Unicode form or final newline changes the fingerprint.

The value is written in the front matter as ``sha256: <64 lowercase hex digits>``;
``verify`` reports ``source-modified`` when the body no longer matches it. Commands that
import a document (``add source``) call :func:`fingerprint` on the body they write;
``desertcheck fingerprint`` (:func:`fingerprint_sources`) writes or updates the field of
stored sources deliberately, changing nothing else in the file.

This module imports nothing heavy at the top: the functions above the command's core use
only the standard library.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Collection

    from desertcheck.registry import LoadResult

#: The front-matter field that holds the fingerprint.
FIELD = "sha256"
#: What a fingerprint looks like.
PATTERN = r"^[0-9a-f]{64}$"

#: A source file's front-matter block; the body starts where the match ends.
FRONT_MATTER = re.compile(
    r"\A---[ \t]*\r?\n(?P<yaml>.*?)^(?:---|\.\.\.)[ \t]*\r?(?:\n|\Z)", re.DOTALL | re.MULTILINE
)
_FIELD_LINE = re.compile(rf"^{FIELD}[ \t]*:[^\r\n]*", re.MULTILINE)


def normalise(body: str) -> str:
    """``body`` with CRLF and lone CR line endings written as LF; nothing else changes."""
    return body.replace("\r\n", "\n").replace("\r", "\n")


def fingerprint(body: str) -> str:
    """The fingerprint of a source's body (the text after its front matter): the SHA-256,
    in lowercase hex, of the UTF-8 bytes of :func:`normalise` (body)."""
    return hashlib.sha256(normalise(body).encode("utf-8")).hexdigest()


def body_of(text: str) -> str | None:
    """The body of a source file's text, or None when it has no front-matter block."""
    m = FRONT_MATTER.match(text)
    return text[m.end() :] if m else None


def with_fingerprint(text: str, digest: str) -> str:
    """``text`` (a whole source file) with ``sha256: digest`` in its front matter.

    An existing ``sha256:`` line is replaced; otherwise the field is added as the last line
    of the block, with the file's own line ending. Nothing else changes. Raises ValueError
    when the file has no front-matter block.
    """
    m = FRONT_MATTER.match(text)
    if m is None:
        raise ValueError("no front-matter block")
    start, end = m.span("yaml")
    block = text[start:end]
    line = f"{FIELD}: {digest}"
    if _FIELD_LINE.search(block):
        block = _FIELD_LINE.sub(line, block, count=1)
    else:
        newline = "\r\n" if text[: m.start("yaml")].endswith("\r\n") else "\n"
        block = block + line + newline
    return text[:start] + block + text[end:]


# -- desertcheck fingerprint -------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Stamp:
    """One source's fingerprint: as it was (None: none), as it is now, or why not."""

    id: str
    file: str
    old: str | None
    new: str | None
    problem: str | None = None

    @property
    def changed(self) -> bool:
        return self.problem is None and self.old != self.new

    def to_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "file": self.file,
            "old": self.old,
            "new": self.new,
            "changed": self.changed,
            "problem": self.problem,
        }


@dataclass(frozen=True, slots=True)
class FingerprintResult:
    stamps: tuple[Stamp, ...]

    def exit_code(self, *, strict: bool = False) -> int:
        """1 when a source could not be fingerprinted."""
        from desertcheck.findings import EXIT_FINDINGS, EXIT_OK

        return EXIT_FINDINGS if any(s.problem for s in self.stamps) else EXIT_OK

    def to_dict(self) -> dict[str, object]:
        return {"sources": [s.to_dict() for s in self.stamps]}


def source_ids(root: Path) -> list[str]:
    """The ids of the source files in ``root/sources`` (loaded or not)."""
    folder = root / "sources"
    return sorted(p.stem for p in folder.glob("*.md")) if folder.is_dir() else []


class WriteError(Exception):
    """A source's file could not be written: the message names it and says why."""


def fingerprint_sources(
    loaded: LoadResult, ids: Collection[str] | None = None, *, write: bool = True
) -> FingerprintResult:
    """Write the fingerprint of each source in ``ids`` (default: every source file) into its
    front matter, atomically, where it is missing or differs; a source whose file cannot
    be read safely or has no front-matter block gets a problem instead."""
    from desertcheck.files import write_atomic
    from desertcheck.registry.files import MAX_FILE_BYTES, MAX_REGISTRY_BYTES, RegistryFiles

    root = loaded.registry.root
    reader = RegistryFiles(root, MAX_FILE_BYTES, MAX_REGISTRY_BYTES)
    stamps: list[Stamp] = []
    for sid in ids if ids is not None else source_ids(root):
        rel = f"sources/{sid}.md"
        count = len(reader.findings)
        text = reader.read_text(root / rel)
        if text is None:
            problem = "; ".join(f.message for f in reader.findings[count:]) or "cannot read it"
            stamps.append(Stamp(sid, rel, None, None, problem))
            continue
        body = body_of(text)
        if body is None:
            problem = "it has no front-matter block ('---', YAML, '---'): add one first"
            stamps.append(Stamp(sid, rel, None, None, problem))
            continue
        source = loaded.registry.sources.get(sid)
        old = source.meta.sha256 if source is not None else _written(text)
        new = fingerprint(body)
        updated = with_fingerprint(text, new)
        if old != new and not _holds(updated, new):
            problem = (
                f"cannot add the field to this front matter: write '{FIELD}: {new}' in it "
                "as a line of its own"
            )
            stamps.append(Stamp(sid, rel, old, None, problem))
            continue
        if old != new and write:
            raw = (root / rel).read_bytes()
            bom = "\ufeff" if raw.startswith(b"\xef\xbb\xbf") else ""
            try:
                write_atomic(root / rel, bom + updated)
            except OSError as exc:  # a read-only registry: the source named, not a temp file
                raise WriteError(f"cannot write {rel}: {exc.strerror or exc}") from None
        stamps.append(Stamp(sid, rel, old, new))
    return FingerprintResult(tuple(stamps))


def stale_quotes(loaded: LoadResult, result: FingerprintResult) -> list[str]:
    """A note for each source whose fingerprint changed while claims quote words no longer
    in its text: the new fingerprint records the revision, the claims still need mending."""
    from desertcheck.text import find_quote, normalize

    notes = []
    for stamp in result.stamps:
        source = loaded.registry.sources.get(stamp.id)
        if not stamp.changed or stamp.old is None or source is None:
            continue
        text = normalize(source.text)
        lost = [
            c.id
            for c in loaded.registry.claims
            if c.source == stamp.id and find_quote(c.quote, text) is None
        ]
        if lost:
            shown = ", ".join(lost[:5]) + (f" and {len(lost) - 5} more" if len(lost) > 5 else "")
            notes.append(
                f"{stamp.file}: {len(lost)} claim{'s quote' if len(lost) != 1 else ' quotes'} "
                f"words no longer in its text ({shown}): run desertcheck verify and mend the quotes"
            )
    return notes


def _holds(text: str, digest: str) -> bool:
    """Whether ``text``'s front matter reads as a mapping whose fingerprint is ``digest``."""
    from desertcheck import yamlload

    m = FRONT_MATTER.match(text)
    try:
        data, _ = yamlload.load(m["yaml"]) if m else (None, None)
    except yamlload.YamlError:
        return False
    return isinstance(data, dict) and data.get(FIELD) == digest


def _written(text: str) -> str | None:
    """The value of the ``sha256:`` line of a source that did not load, as written."""
    m = FRONT_MATTER.match(text)
    found = _FIELD_LINE.search(m["yaml"]) if m else None
    if found is None:
        return None
    value = found.group().split(":", 1)[1].split("#", 1)[0].strip().strip("'\"")
    return value or None
