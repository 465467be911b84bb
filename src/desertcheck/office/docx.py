"""A Word document's (``.docx``) text, a block a line (:class:`desertcheck.office.Block`).

WordprocessingML keeps the body in ``word/document.xml``: paragraphs (``w:p``) of runs
(``w:r``) of text (``w:t``), tables (``w:tbl``), and the marks of what the reader does not
see as text. Read here:

* a paragraph's style names its heading level (``heading 2``, or an outline level) and a
  numbering makes it a list item (``w:numPr``, in the paragraph or its style);
* a tracked insertion (``w:ins``, ``w:moveTo``) is read, a deletion (``w:del``,
  ``w:moveFrom``, a deleted table row) is not;
* a field's result is read only for a hyperlink; a page number, a cross-reference, a
  sequence number or a table of contents is no figure of the text;
* hidden text (``w:vanish``) and comments are not read; a footnote's or an endnote's
  reference is its mark (``[^1]``), its text a block after the body;
* a text box (``w:txbxContent``) is read after its paragraph, once (its fallback copy for
  older readers is not read again).
"""

from __future__ import annotations

from typing import Final
from xml.etree.ElementTree import Element

from desertcheck.office import Block, DocumentError
from desertcheck.office.package import Package

W: Final = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC: Final = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_REL: Final = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_M: Final = "{http://schemas.openxmlformats.org/officeDocument/2006/math}"
#: Elements whose content is never the text read.
_SKIPPED: Final = frozenset(
    W + t
    for t in (
        "del", "moveFrom", "pPr", "rPr", "sectPr", "tblPr", "tblGrid", "trPr", "tcPr",
        "instrText", "delText", "delInstrText", "commentReference", "footnoteRef",
        "endnoteRef", "annotationRef", "sym", "object", "bookmarkStart", "bookmarkEnd",
    )
)  # fmt: skip
_CHARACTERS: Final = {
    W + "tab": "\t",
    W + "ptab": "\t",
    W + "br": " ",
    W + "cr": " ",
    W + "noBreakHyphen": "\u2011",
    W + "softHyphen": "\u00ad",
}


def _on(el: Element | None) -> bool:
    """Whether a toggle property (``<w:vanish/>``, ``w:val="true"``) is set."""
    return el is not None and el.get(W + "val", "true") not in ("0", "false", "off")


def _val(el: Element | None, name: str = "val") -> str | None:
    return None if el is None else el.get(W + name)


def _targets(package: Package, rels: str, base: str) -> dict[str, str]:
    """A relationships part's targets by the last word of their type (``styles``, ...)."""
    if rels not in package:
        return {}
    out = {}
    for rel in package.xml(rels).iter(_REL):
        kind, target = rel.get("Type", "").rsplit("/", 1)[-1], rel.get("Target", "")
        if target and rel.get("TargetMode") != "External":
            out[kind] = target.lstrip("/") if target.startswith("/") else base + target
    return out


def docx_blocks(package: Package) -> list[Block]:
    """The blocks of the Word document in ``package``."""
    main = _targets(package, "_rels/.rels", "").get("officeDocument", "word/document.xml")
    if main not in package:
        raise DocumentError("a zip file with no Word document in it (word/document.xml)")
    folder, _, name = main.rpartition("/")
    base = folder + "/" if folder else ""
    parts = _targets(package, f"{base}_rels/{name}.rels", base)
    styles = _styles(package.xml(parts["styles"])) if parts.get("styles", "") in package else {}
    notes: dict[str, dict[str, Element]] = {}
    for kind in ("footnotes", "endnotes"):
        if parts.get(kind, "") in package:
            root = package.xml(parts[kind])
            notes[kind] = {n.get(W + "id", ""): n for n in root if n.tag == W + kind[:-1]}
    body = package.xml(main).find(W + "body")
    if body is None:
        raise DocumentError("its document has no body")
    reader = _Reader(styles, notes)
    reader.body(body)
    reader.notes()
    return reader.blocks


def _styles(root: Element) -> dict[str, tuple[int, bool]]:
    """Each paragraph style's heading level (0: none) and whether it numbers a list."""
    own: dict[str, tuple[str, int, bool, str]] = {}
    for style in root.iter(W + "style"):
        sid = style.get(W + "styleId", "")
        name = (_val(style.find(W + "name")) or "").lower()
        level = 0
        if name.startswith("heading ") and name[8:].isdigit():
            level = int(name[8:])
        elif name == "title":
            level = 1
        ppr = style.find(W + "pPr")
        outline = _val(ppr.find(W + "outlineLvl")) if ppr is not None else None
        if not level and outline is not None and outline.isdigit() and int(outline) < 9:
            level = int(outline) + 1
        numbered = ppr is not None and ppr.find(W + "numPr") is not None
        own[sid] = (_val(style.find(W + "basedOn")) or "", level, numbered, name)
    out: dict[str, tuple[int, bool]] = {}
    for sid in own:
        level, numbered, at = 0, False, sid
        for _ in range(20):  # a style inherits what its base has, not a loop of bases
            if at not in own:
                break
            based, lv, nb, _name = own[at]
            level, numbered = level or lv, numbered or nb
            at = based
        out[sid] = (level, numbered)
    return out


class _Reader:
    """Reads a body's blocks, and the notes its references name."""

    def __init__(
        self, styles: dict[str, tuple[int, bool]], notes: dict[str, dict[str, Element]]
    ) -> None:
        self.styles = styles
        self.blocks: list[Block] = []
        self._notes = notes
        self._cited: list[tuple[Element, str]] = []  # each note referred to, its mark
        self._counts = {"footnotes": 0, "endnotes": 0}
        self._fields: list[list[object]] = []  # open complex fields: [instruction, separated]

    def body(self, el: Element) -> None:
        for child in el:
            tag = child.tag
            if tag == W + "p":
                self.paragraph(child)
            elif tag == W + "tbl":
                self.table(child)
            elif tag in _SKIPPED:
                continue
            elif tag == _MC + "AlternateContent":
                self.body(_chosen(child))
            else:  # a content control, custom XML, a tracked insertion of a block
                self.body(child)

    def paragraph(self, p: Element) -> None:
        text: list[str] = []
        boxes: list[Element] = []
        self.inline(p, text, boxes)
        ppr = p.find(W + "pPr")
        level, numbered = self.styles.get(_val(_find(ppr, "pStyle")) or "", (0, False))
        outline = _val(_find(ppr, "outlineLvl"))
        if outline is not None and outline.isdigit() and int(outline) < 9:
            level = int(outline) + 1
        numpr = _find(ppr, "numPr")
        if numpr is not None:
            numbered = _val(numpr.find(W + "numId")) not in (None, "0")
        joined = "".join(text)
        if level:
            self.blocks.append(Block("h", joined, level))
        elif numbered:
            ilvl = _val(numpr.find(W + "ilvl")) if numpr is not None else None
            depth = int(ilvl) if ilvl is not None and ilvl.isdigit() and int(ilvl) < 9 else 0
            self.blocks.append(Block("li", joined, depth))
        else:
            self.blocks.append(Block("p", joined))
        for box in boxes:
            self.body(box)

    def table(self, tbl: Element) -> None:
        for tr in tbl.findall(W + "tr"):
            trpr = tr.find(W + "trPr")
            if trpr is not None and trpr.find(W + "del") is not None:
                continue  # a deleted row
            cells: list[str] = []
            for tc in tr.findall(W + "tc"):  # a nested table is read in its cell's text
                saved, self.blocks = self.blocks, []
                self.body(tc)
                cells.append(" ".join(b.line() if b.kind == "row" else b.text for b in self.blocks))
                self.blocks = saved
                span = _val(_find(tc.find(W + "tcPr"), "gridSpan"))
                if span is not None and span.isdigit():
                    cells.extend([""] * min(int(span) - 1, 63))
            if cells:
                self.blocks.append(Block("row", cells=tuple(cells)))

    def inline(self, el: Element, out: list[str], boxes: list[Element]) -> None:
        for child in el:
            tag = child.tag
            if tag == W + "t" or tag == _M + "t":
                if self._shown() and child.text:
                    out.append(child.text)
            elif tag in _CHARACTERS:
                if self._shown():
                    out.append(_CHARACTERS[tag])
            elif tag in _SKIPPED:
                if tag == W + "instrText" and self._fields and child.text:
                    self._fields[-1][0] = str(self._fields[-1][0]) + child.text
            elif tag == W + "r":
                if not _on(_find(child.find(W + "rPr"), "vanish")):
                    self.inline(child, out, boxes)
            elif tag == W + "fldChar":
                self._field(child.get(W + "fldCharType", ""))
            elif tag == W + "fldSimple":
                if child.get(W + "instr", "").strip().upper().startswith("HYPERLINK"):
                    self.inline(child, out, boxes)
            elif tag in (W + "footnoteReference", W + "endnoteReference"):
                out.append(self._cite(child))
            elif tag == W + "txbxContent":
                boxes.append(child)
            elif tag == _MC + "AlternateContent":
                self.inline(_chosen(child), out, boxes)
            else:  # a tracked insertion, a hyperlink, a content control, a drawing, maths
                self.inline(child, out, boxes)

    def _field(self, kind: str) -> None:
        if kind == "begin":
            self._fields.append(["", False])
        elif kind == "separate" and self._fields:
            self._fields[-1][1] = True
        elif kind == "end" and self._fields:
            self._fields.pop()

    def _shown(self) -> bool:
        """Whether text here is read: outside every field but a hyperlink's result."""
        return all(
            sep and str(instr).strip().upper().startswith("HYPERLINK")
            for instr, sep in self._fields
        )

    def _cite(self, ref: Element) -> str:
        kind = "footnotes" if ref.tag == W + "footnoteReference" else "endnotes"
        note = self._notes.get(kind, {}).get(ref.get(W + "id", ""))
        if note is None:
            return ""
        self._counts[kind] += 1
        n = self._counts[kind]
        mark = str(n) if kind == "footnotes" else _roman(n)
        self._cited.append((note, mark))
        return f"[^{mark}]"

    def notes(self) -> None:
        """The notes referred to, in order, each a block (its first paragraph marked) and
        its other paragraphs after."""
        for note, mark in self._cited:
            saved, self.blocks = self.blocks, []
            self._fields = []
            self.body(note)
            own, self.blocks = self.blocks, saved
            first = own[0].line() if own else ""
            self.blocks.append(Block("note", first, label=mark))
            self.blocks.extend(own[1:])


def _find(el: Element | None, name: str) -> Element | None:
    return None if el is None else el.find(W + name)


def _chosen(alternate: Element) -> Element:
    """Markup compatibility's first choice (its fallback repeats it for older readers)."""
    for child in alternate:
        if child.tag == _MC + "Choice":
            return child
    fallback = alternate.find(_MC + "Fallback")
    return fallback if fallback is not None else Element("none")


def _roman(n: int) -> str:
    """``n`` in lower-case roman numerals, as Word marks endnotes (i, ii, iii, ...)."""
    out = ""
    for value, letters in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"),
                           (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"),
                           (4, "iv"), (1, "i")):  # fmt: skip
        count, n = divmod(n, value)
        out += letters * count
    return out
