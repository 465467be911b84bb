"""An XML draft read as a person reads it: the text of its elements, not its markup.

A subtitle file in TTML or DFXP (``<tt>``), an SVG graphic (``<svg>``) or XML of another
vocabulary was read as it stands, its tags blanked: a TTML file's ``<head>`` gave its
frame rate and "10% 80%" as figures, its cues ran into one paragraph, and an SVG's labels
into one sentence ("Frontelligence Insight counted 50,500 … Southern 22,580 Central"). Read
here (:func:`read_xml`), from the tree :mod:`.xml_tree` parses with care:

* the text of elements and their tails, in order; no attribute is read (a cue's
  ``begin``, a bar's ``x``, ``width`` or ``fill``, a ``viewBox``, a ``transform``);
* a ``<head>``, ``<metadata>``, ``<styling>``, ``<layout>``, ``<style>``, ``<script>``,
  ``<defs>`` and the like are not read: no reader sees them;
* ``<br/>`` is a line's end; an element of running text (``<span>``, ``<tspan>``, ``<b>``,
  ``<a>`` …) runs on in its line; any other element is a paragraph of its own, but one
  that opens with a small letter or a dash goes on with the line before (a wrapped line);
* a timed cue (an element with a ``begin`` or an ``end``: TTML's ``<p>``) is a paragraph
  as a subtitle file's cue is (:mod:`.subtitles`): one that leaves its sentence open
  ("That is nearly") runs on into the next on a line of its own, unless most cues do
  (captions with no punctuation);
* SVG (:mod:`.svg_lines`): ``<text>`` elements written on one baseline are one line (a
  bar's label and its value), a ``<tspan>`` placed on a row of its own (``y``, ``dy``) a
  line of its own.

Each character read maps back to where the draft writes it, so a figure is placed on its
line. A feed (RSS, Atom) is read by :mod:`.feed_drafts`, an XHTML page as it stands (its
HTML tags blanked), as before. A draft that is not well-formed, or of which no text is
read, is refused in words (:func:`checked`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from desertcheck.audit.subtitles import is_open, punctuated
from desertcheck.audit.svg_lines import row_break
from desertcheck.audit.xml_tree import Element, Run, XmlError, parse
from desertcheck.compiled import regex
from desertcheck.offsetmap import OffsetMap
from desertcheck.typography import Plain

if TYPE_CHECKING:
    from desertcheck.draft import Draft

_SUFFIXES: Final = (".xml", ".ttml", ".dfxp", ".svg")
#: The root element of XML read as it stands (its HTML blanked as a page's is).
_AS_IT_STANDS: Final = frozenset({"rss", "feed", "html", "rdf"})
ROOT: Final = regex(r"<(?![?!])([^\s/>]{1,200})")
#: Elements no reader sees.
_HIDDEN: Final = frozenset(
    {
        "head",
        "metadata",
        "styling",
        "layout",
        "style",
        "script",
        "defs",
        "clipPath",
        "mask",
        "pattern",
        "marker",
        "symbol",
        "linearGradient",
        "radialGradient",
        "filter",
    }
)
#: Elements of running text: they go on in their line.
_INLINE: Final = frozenset(
    [
        "span",
        "tspan",
        "a",
        "b",
        "i",
        "u",
        "s",
        "em",
        "strong",
        "sub",
        "sup",
        "small",
        "big",
        "q",
        "abbr",
        "cite",
        "code",
        "font",
        "mark",
        "textPath",
        "tref",
        "ruby",
        "rb",
        "rt",
    ]
)
#: What opens a line that goes on with the line before (with a small letter too).
_GOES_ON: Final = ("-", "–", "—")
_BREAKS: Final = ("", " ", "\n", "\n\n")  # from the weakest: none, a space, a line, a paragraph


def is_xml(name: str, text: str) -> bool:
    """Whether the draft ``name`` of ``text`` is XML read by :func:`read_xml`: named so
    (``.xml``, ``.ttml``, ``.dfxp``, ``.svg``) or opening with an XML declaration, and not
    a feed or an XHTML page."""
    head = text.lstrip("\ufeff \t\r\n")
    if not (name.lower().endswith(_SUFFIXES) or head.startswith("<?xml")):
        return False
    root = ROOT.search(head, 0, 4096)
    if root is None:  # no element: refused as not well-formed
        return True
    return root.group(1).rsplit(":", 1)[-1].lower() not in _AS_IT_STANDS


def checked(draft: Draft) -> Draft:
    """``draft`` as it is; :class:`desertcheck.draft.DraftError` when it is XML
    (:func:`is_xml`) that is not well-formed or of which no text is read."""
    from desertcheck.draft import DraftError

    if not draft.text.strip() or not is_xml(draft.name, draft.text):
        return draft  # an empty draft is said to be so as any other
    try:
        read = read_xml(draft.text)
    except XmlError as exc:
        raise DraftError(f"{draft.name}: {exc}") from None
    if not read.text.strip():
        raise DraftError(
            f"{draft.name}: no text is read from this XML: its elements hold none outside "
            "its head and metadata (audit reads no attribute)"
        )
    return draft


def read_xml(text: str) -> Plain:
    """``text``, an XML draft, read as its reader reads it (see the module's docstring),
    with its map back to ``text``; :class:`XmlError` when it is not well-formed."""
    root = parse(text)
    cues = [cue.text().strip() for cue in _timed(root)]
    out = Out(join=punctuated(cues))
    walk(root, out)
    return out.plain(len(text))


class Out:
    """The text read, its map back to the draft and the break owed before the next text."""

    def __init__(self, join: bool) -> None:
        self.join = join  # whether an open cue runs on into the next
        self.parts: list[str] = []
        self.back = OffsetMap()
        self.owed = 0  # the index in _BREAKS of the break owed
        self.at = 0  # the draft's offset just after the last text read
        self.line = ""  # the last line's text so far
        self.cue = False  # whether the break owed ends a timed cue

    def brk(self, kind: str, only: bool = False, cue: bool = False) -> None:
        """Owe the break ``kind`` before the next text, or a stronger one owed already;
        ``only``: that break and no other; ``cue``: a timed cue's end, as it is."""
        if not self.parts:
            return
        owed = _BREAKS.index(kind)
        if only or owed > self.owed:
            self.owed, self.cue = owed, cue
        elif cue:
            self.cue = True

    def run(self, run: Run) -> None:
        s = run.text.replace("\r", " ").replace("\n", " ").replace("\t", " ")
        start = run.start
        if self.owed or not self.parts:
            lead = len(s) - len(s.lstrip())
            s, start = s[lead:], start + lead
            if not s:
                return
        if self.owed:
            goes_on = s[0].islower() or s.startswith(_GOES_ON)
            # a wrapped line, or a cue that goes on after a comma ("… in 2022 and 2023,")
            if self.owed == 3 and goes_on and (self.join or not self.cue) and self.open_line():
                self.owed = 2  # a line's end
            gap = _BREAKS[self.owed]
            self.parts.append(gap)
            self.back.repeat(self.at, len(gap))
            self.line = "" if "\n" in gap else self.line + gap
            self.owed = 0
        self.parts.append(s)
        if run.exact:
            self.back.extend(range(start, start + len(s)))
            self.at = start + len(s)
        else:  # an entity, a line end normalised: each character at the run's start
            self.back.repeat(start, len(s))
            self.at = start
        self.line += s

    def open_line(self) -> bool:
        """Whether the last line leaves its sentence open (no stop ends it)."""
        return not self.line.rstrip().endswith((".", "!", "?", ":", ";"))

    def plain(self, length: int) -> Plain:
        self.back.append(length)
        return Plain("".join(self.parts), self.back)


def _timed(root: Element) -> list[Element]:
    """The timed cues under ``root`` (elements with a ``begin`` or an ``end``), in order."""
    out: list[Element] = []
    stack = [root]
    while stack:
        node = stack.pop()
        if node.name in _HIDDEN:
            continue
        if "begin" in node.attrs or "end" in node.attrs:
            out.append(node)
            continue
        stack.extend(c for c in reversed(node.children) if isinstance(c, Element))
    return out


def walk(node: Element, out: Out, lead: str = "", in_cue: bool = False) -> None:
    """Read ``node`` into ``out`` (its depth is bounded by the parser); ``lead``: the
    break before it, if not its own; ``in_cue``: inside a timed cue (whose own timed
    words are no cues)."""
    if node.name in _HIDDEN:
        return
    if node.name == "br":
        out.brk("\n")
        return
    timed = not in_cue and ("begin" in node.attrs or "end" in node.attrs)
    inline = node.name in _INLINE
    if lead:
        out.brk(lead, only=not inline)
    elif not inline and not timed:  # the cue before a cue owes its own break (below)
        out.brk("\n\n")
    before: Element | None = None
    for child in node.children:
        if isinstance(child, Run):
            out.run(child)
            continue
        walk(child, out, row_break(before, child), in_cue or timed)
        if child.children and child.name not in _HIDDEN:  # not a bar, a line, a picture
            before = child
    if timed:
        cue = node.text().strip()
        out.brk("\n" if out.join and cue and is_open(cue) else "\n\n", cue=True)
    elif not inline:
        out.brk("\n\n")
