"""Word (.docx) and OpenDocument (.odt) text documents read as their reader reads them.

:func:`read_document` gives a document's text a block a line, in order: a paragraph as it
stands, a heading as ``## Heading`` (its outline level), a list item as ``- item``
(indented by its level), a table a row a line (``| cell | cell |``), the notes after the
body (``[^1]: …``). What the reader does not see as the text is left out: deleted tracked
changes, comments, hidden text, fields (page numbers, cross-references, a table of
contents; a hyperlink's text is kept), headers and footers. A text box's paragraphs
follow the paragraph it stands in.

So the line of a figure is its paragraph's number, counted from the top of the document
(every paragraph, an empty one too, a heading, a list item, a table row, then the notes'
paragraphs), and its column the character in that line (after a heading's ``#``, a list
item's ``-``): ``draft.docx:12:5``.

:func:`as_markdown` reads those lines as Markdown (blocks apart by a blank line, a table's
first row its header), with its map back to them (:class:`desertcheck.typography.Plain`):
what audit reads, and what ``add source`` imports.

The parts are read by the standard library with care (:mod:`.package`): no entities, a cap
on every part, a bound on nesting.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from desertcheck.typography import Plain

__all__ = [
    "DOCUMENT_SUFFIXES",
    "Block",
    "DocumentError",
    "as_markdown",
    "draft_text",
    "is_document",
    "read_document",
]

#: The names of the files read as documents.
DOCUMENT_SUFFIXES: Final = (".docx", ".docm", ".dotx", ".odt", ".ott")
ZIP_MAGIC: Final = b"PK\x03\x04"
#: The most characters a document's text may have (as a draft's: 5 MiB of text).
MAX_TEXT: Final = 5 * 1024 * 1024


class DocumentError(Exception):
    """A document that cannot be read: the message says why."""


@dataclass(slots=True)
class Block:
    """One line of a document's text: ``kind`` is ``p`` (a paragraph), ``h`` (a heading of
    ``level``), ``li`` (a list item of ``level``, from 0), ``row`` (a table row of
    ``cells``), ``note`` (a note's first paragraph, ``label`` its mark)."""

    kind: str
    text: str = ""
    level: int = 0
    cells: tuple[str, ...] = ()
    label: str = ""

    def line(self) -> str:
        text = " ".join(self.text.split("\n"))
        if self.kind == "h":
            return f"{'#' * min(max(self.level, 1), 6)} {text}"
        if self.kind == "li":
            return f"{'  ' * self.level}- {text}"
        if self.kind == "row":
            cells = (" ".join(c.replace("|", "¦").split()) for c in self.cells)
            return "| " + " | ".join(cells) + " |"
        if self.kind == "note":
            return f"[^{self.label}]: {text}"
        return text


def is_document(name: str) -> bool:
    """Whether the file ``name`` is read as a document (by its name)."""
    return name.lower().endswith(DOCUMENT_SUFFIXES)


def draft_text(data: bytes, name: str) -> str:
    """The text of the draft ``name`` of ``data``: a document's (:func:`read_document`);
    :class:`DocumentError` with the message for its editor when it is none (a zip by
    another name, an encrypted document) or cannot be read. A file named as a document
    that is no zip is read as text."""
    if not is_document(name):
        raise DocumentError(
            f"{name}: is a zipped file, not text: audit reads a Word document (.docx), an "
            "OpenDocument text (.odt), Markdown or plain text; give the document its name "
            "(draft.docx), or save it as plain text (UTF-8) and audit that"
        )
    if data.startswith(b"\xd0\xcf\x11\xe0"):  # Word keeps a document with a password so
        raise DocumentError(
            f"{name}: is encrypted (password-protected): save a copy without a password and "
            "audit that"
        )
    try:
        return read_document(data)
    except DocumentError as exc:
        fix = "save a copy without a password" if "encrypted" in str(exc) else "save it again"
        raise DocumentError(
            f"{name}: cannot be read as a document: {exc}; {fix}, or save it as plain text "
            "(UTF-8), and audit that"
        ) from None


def read_document(data: bytes) -> str:
    """The text of the document ``data`` (a zip), a block a line; :class:`DocumentError`
    when it is no Word or OpenDocument text document, or cannot be read."""
    from desertcheck.office.package import Package

    package = Package(data)
    if "word/document.xml" in package or "[Content_Types].xml" in package:
        from desertcheck.office.docx import docx_blocks

        blocks = docx_blocks(package)
    elif "content.xml" in package and "mimetype" in package:
        from desertcheck.office.odt import odt_blocks

        blocks = odt_blocks(package)
    else:
        raise DocumentError("a zip file, not a Word or OpenDocument text document")
    text = "\n".join(b.line() for b in blocks)
    if len(text) > MAX_TEXT:
        raise DocumentError(f"its text is larger than {MAX_TEXT >> 20} MiB; split it")
    return text


def as_markdown(text: str) -> Plain:
    """The lines of :func:`read_document` read as Markdown: a blank line between two
    blocks but a table's rows, a header rule under a table's first row; a literal ``~``,
    backtick or ``<`` read as text (:data:`desertcheck.typography.STAND_INS`), never as
    markup. Each character maps back to the line it was read from."""
    from desertcheck.offsetmap import OffsetMap
    from desertcheck.typography import STAND_INS, Plain

    stand_ins = str.maketrans(STAND_INS)
    parts: list[str] = []
    back = OffsetMap()
    pos = 0
    row_before = False
    for n, line in enumerate(text.split("\n")):
        row = line.startswith("| ")
        if n:
            newline = pos - 1  # the draft's newline before this line
            gap = "\n" if row and row_before else "\n\n"
            parts.append(gap)
            back.extend([newline] * len(gap))
        parts.append(line.translate(stand_ins))
        back.extend(range(pos, pos + len(line)))
        if row and not row_before:
            rule = "\n|" + " --- |" * max(line.count(" | ") + 1, 1)
            parts.append(rule)
            back.extend([pos + len(line)] * len(rule))
        row_before = row
        pos += len(line) + 1
    back.append(len(text))
    return Plain("".join(parts), back)
