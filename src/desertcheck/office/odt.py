"""An OpenDocument text's (``.odt``) text, a block a line (:class:`desertcheck.office.Block`).

The body is ``content.xml``'s ``office:text``: headings (``text:h``, with their outline
level), paragraphs (``text:p``), lists (``text:list``), tables (``table:table``). Read
here: a tracked insertion is in the body and read; a deletion is kept apart
(``text:tracked-changes``) and not read; comments (``office:annotation``), hidden text,
fields (a page number, a date, a sequence number, a cross-reference) and a table of
contents are not read; a note's citation is its mark (``[^1]``), its body a block after
the text; a text box's paragraphs follow their paragraph. A document encrypted with a
password is refused (its manifest says so), as is an OpenDocument file that is not text.
"""

from __future__ import annotations

from typing import Final
from xml.etree.ElementTree import Element

from desertcheck.office import Block, DocumentError
from desertcheck.office.package import Package

_TEXT: Final = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_TABLE: Final = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_OFFICE: Final = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_DRAW: Final = "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}"
_MANIFEST: Final = "{urn:oasis:names:tc:opendocument:xmlns:manifest:1.0}"
_SVG: Final = "{urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0}"
_MIMETYPE: Final = b"application/vnd.oasis.opendocument.text"
#: Elements whose content is never the text read: changes kept apart, comments, hidden
#: text, fields, indexes, declarations, a picture's data and its description.
_SKIPPED: Final = frozenset(
    [_OFFICE + "annotation", _OFFICE + "forms", _OFFICE + "binary-data"]
    + [_SVG + "title", _SVG + "desc"]
    + [
        _TEXT + t
        for t in (
            "tracked-changes", "hidden-text", "hidden-paragraph", "table-of-content",
            "illustration-index", "table-index", "alphabetical-index", "bibliography",
            "user-index", "object-index", "sequence-decls", "variable-decls",
            "user-field-decls", "page-number", "page-count", "page-continuation", "date",
            "time", "sequence", "sequence-ref", "reference-ref", "bookmark-ref", "note-ref",
            "chapter", "word-count", "character-count", "paragraph-count", "table-count",
            "image-count", "object-count", "file-name", "template-name", "note-citation",
        )
    ]
)  # fmt: skip
_REPEAT_CAP: Final = 64  # a cell or row repeated more is a spreadsheet's padding


def odt_blocks(package: Package) -> list[Block]:
    """The blocks of the OpenDocument text in ``package``."""
    if not package.read("mimetype").strip().startswith(_MIMETYPE):
        raise DocumentError("an OpenDocument file but no text document (a spreadsheet?)")
    if "META-INF/manifest.xml" in package:
        manifest = package.xml("META-INF/manifest.xml")
        if manifest.find(f".//{_MANIFEST}encryption-data") is not None:
            raise DocumentError("encrypted (password-protected)")
    text = package.xml("content.xml").find(f"{_OFFICE}body/{_OFFICE}text")
    if text is None:
        raise DocumentError("its content has no text body")
    reader = _Reader()
    reader.body(text)
    reader.notes()
    return reader.blocks


class _Reader:
    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self._notes: list[tuple[Element, str]] = []
        self._count = 0

    def body(self, el: Element, depth: int = -1) -> None:
        """The blocks of ``el``'s children; ``depth``: the list level they stand in."""
        for child in el:
            tag = child.tag
            if tag in _SKIPPED:
                continue
            if tag in (_TEXT + "p", _TEXT + "h"):
                self.paragraph(child, depth)
            elif tag == _TEXT + "list":
                for item in child:
                    if item.tag in (_TEXT + "list-item", _TEXT + "list-header"):
                        self.body(item, depth + 1)
            elif tag == _TABLE + "table":
                self.table(child)
            else:  # a section, a change's region
                self.body(child, depth)

    def paragraph(self, p: Element, depth: int) -> None:
        out: list[str] = []
        boxes: list[Element] = []
        self.inline(p, out, boxes)
        text = "".join(out)
        if p.tag == _TEXT + "h":
            level = p.get(_TEXT + "outline-level", "1")
            self.blocks.append(Block("h", text, int(level) if level.isdigit() else 1))
        elif depth >= 0:
            self.blocks.append(Block("li", text, min(depth, 8)))
        else:
            self.blocks.append(Block("p", text))
        for box in boxes:
            self.body(box)

    def inline(self, el: Element, out: list[str], boxes: list[Element]) -> None:
        if el.text:
            out.append(el.text)
        for child in el:
            tag = child.tag
            if tag == _TEXT + "s":
                count = child.get(_TEXT + "c", "1")
                out.append(" " * min(int(count) if count.isdigit() else 1, 64))
            elif tag == _TEXT + "tab":
                out.append("\t")
            elif tag == _TEXT + "line-break":
                out.append(" ")
            elif tag == _TEXT + "note":
                out.append(self._cite(child))
            elif tag == _DRAW + "text-box":
                boxes.append(child)
            elif tag not in _SKIPPED:  # a span, a link, a frame
                self.inline(child, out, boxes)
            if child.tail:
                out.append(child.tail)

    def table(self, table: Element) -> None:
        for row, repeat in self._rows(table):
            cells: list[str] = []
            for cell in row:
                if cell.tag not in (_TABLE + "table-cell", _TABLE + "covered-table-cell"):
                    continue
                saved, self.blocks = self.blocks, []
                self.body(cell)
                text = " ".join(b.line() if b.kind == "row" else b.text for b in self.blocks)
                self.blocks = saved
                times = cell.get(_TABLE + "number-columns-repeated", "1")
                n = int(times) if times.isdigit() else 1
                cells.extend([text] * (min(n, _REPEAT_CAP) if text else min(n, 1)))
            if cells and (repeat == 1 or any(cells)):
                self.blocks.extend(Block("row", cells=tuple(cells)) for _ in range(repeat))

    def _rows(self, el: Element) -> list[tuple[Element, int]]:
        out = []
        for child in el:
            if child.tag == _TABLE + "table-row":
                times = child.get(_TABLE + "number-rows-repeated", "1")
                out.append((child, min(int(times) if times.isdigit() else 1, _REPEAT_CAP)))
            elif child.tag in (_TABLE + "table-header-rows", _TABLE + "table-rows",
                               _TABLE + "table-row-group"):  # fmt: skip
                out.extend(self._rows(child))
        return out

    def _cite(self, note: Element) -> str:
        body = note.find(_TEXT + "note-body")
        if body is None:
            return ""
        self._count += 1
        mark = str(self._count)
        self._notes.append((body, mark))
        return f"[^{mark}]"

    def notes(self) -> None:
        for body, mark in self._notes:
            saved, self.blocks = self.blocks, []
            self.body(body)
            own, self.blocks = self.blocks, saved
            self.blocks.append(Block("note", own[0].line() if own else "", label=mark))
            self.blocks.extend(own[1:])
