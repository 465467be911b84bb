"""A draft's Markdown as HTML, with every audited figure marked where it stands.

Before rendering, each figure is wrapped in markers: Unicode noncharacters (U+FDD0 opens,
then the figure's number in U+FDE0-U+FDE9 digits; U+FDD1 closes), which Markdown leaves
alone and which no character reference can produce (markdown-it refuses noncharacters in
``&#...;``); any already in the draft are replaced by U+FFFD first. After rendering, each
marked span becomes a ``<mark>`` element; a span crossing an element's edge (``*almost*
10%``) is closed before the tag and opened again after it, so the HTML stays well formed.

markdown-it renders CommonMark with tables and footnotes, raw HTML turned off (a
``<script>`` in a draft is shown as text), images off (the page loads nothing), and
``javascript:``, ``vbscript:``, ``file:`` and ``data:`` links refused by its link
validator.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

OPEN, CLOSE = "\ufdd0", "\ufdd1"
_DIGIT0 = 0xFDE0
_RESERVED = re.compile("[\ufdd0-\ufdef]")
_MARKER = re.compile("\ufdd0([\ufde0-\ufde9]+)|\ufdd1")
_TAG = re.compile(r"(<[^>]*>)")


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int


def _number(n: int) -> str:
    return "".join(chr(_DIGIT0 + int(d)) for d in str(n))


def _read_number(s: str) -> int:
    return int("".join(str(ord(c) - _DIGIT0) for c in s))


def marked_text(text: str, spans: Sequence[Span]) -> str:
    """``text`` with span ``i`` wrapped in the markers of ``i`` (overlapping spans: the
    first is kept)."""
    out = _RESERVED.sub("\ufffd", text)
    kept: list[tuple[int, Span]] = []
    last_end = -1
    for i, s in sorted(enumerate(spans), key=lambda p: (p[1].start, p[0])):
        if 0 <= s.start < s.end <= len(text) and s.start >= last_end:
            kept.append((i, s))
            last_end = s.end
    for i, s in reversed(kept):
        out = out[: s.start] + OPEN + _number(i) + out[s.start : s.end] + CLOSE + out[s.end :]
    return out


def markdown_html(text: str, doc: str = "", *, breaks: bool = False) -> str:
    """``text`` as HTML; ``doc`` keeps its footnotes' ids apart from another draft's on
    the same page (``fn-doc-1``); ``breaks`` keeps each line break (a plain-text script's
    lines), where Markdown joins a paragraph's lines."""
    from markdown_it import MarkdownIt
    from mdit_py_plugins.footnote import footnote_plugin

    options = {"html": False, "breaks": breaks}
    md = MarkdownIt("commonmark", options).enable(["table", "strikethrough"]).disable("image")
    md.use(footnote_plugin)  # "[^1]" and "[^1]: …", as newsroom drafts write notes
    html: str = md.render(text, {"docId": doc} if doc else None)
    return html


def _front_matter_end(text: str) -> int:
    # the draft reader's own rule for front matter (shown as a note, not rendered)
    from desertcheck.draft import FRONT_MATTER

    m = FRONT_MATTER.match(text)
    return m.end() if m else 0


def draft_html(
    text: str,
    spans: Sequence[Span],
    mark: Callable[[int, bool], tuple[str, str]],
    doc: str = "",
    *,
    breaks: bool = False,
) -> str:
    """The draft as HTML; ``mark(i, first)`` gives the opening and closing tags for span
    ``i`` (``first``: its first piece, which may carry an id); ``doc`` names the draft's
    footnotes apart from other drafts' on the page; ``breaks`` keeps its line breaks."""
    from desertcheck.draft import without_comments

    marked = marked_text(without_comments(text), spans)
    skip = _front_matter_end(text)
    if skip:  # the markers are all after it: figures are never read in front matter
        marked = marked[skip:]
    html = markdown_html(marked, doc, breaks=breaks)
    return _wrap_tables(_replace_markers(html, mark))


#: markdown-it's own table tags (raw HTML is off: a draft cannot write one).
_TABLE_OPEN, _TABLE_CLOSE = "<table>", "</table>"


def _wrap_tables(html: str) -> str:
    """Each table of the draft in a box of its own that scrolls sideways: its cells keep
    their words whole ("2024", "district"), where the draft's column would break them
    letter by letter. The box is a Tab stop, so that a keyboard can scroll it."""
    return html.replace(
        _TABLE_OPEN,
        '<div class="tablewrap draft-table" role="region" tabindex="0"'
        ' aria-label="a table of the draft">' + _TABLE_OPEN,
    ).replace(_TABLE_CLOSE, _TABLE_CLOSE + "</div>")


class _Marks:
    """Writes the HTML with each figure's pieces in its tags: a piece opens at the first
    text it holds and closes before any tag, so no element is left empty or crossed."""

    def __init__(self, mark: Callable[[int, bool], tuple[str, str]]) -> None:
        self.mark = mark
        self.out: list[str] = []
        self.figure: int | None = None  # the figure being written
        self.first = False  # its first piece is still to come
        self.piece = False  # a piece is open

    def text(self, s: str) -> None:
        if s and self.figure is not None and not self.piece:
            self.out.append(self.mark(self.figure, self.first)[0])
            self.piece, self.first = True, False
        self.out.append(s)

    def end_piece(self) -> None:
        if self.piece and self.figure is not None:
            self.out.append(self.mark(self.figure, False)[1])
        self.piece = False

    def start(self, figure: int) -> None:
        self.end_piece()
        self.figure, self.first = figure, True

    def end(self) -> None:
        self.end_piece()
        self.figure = None


def _replace_markers(html: str, mark: Callable[[int, bool], tuple[str, str]]) -> str:
    w = _Marks(mark)
    for chunk in _TAG.split(html):
        if chunk.startswith("<"):
            w.end_piece()
            w.out.append(_RESERVED.sub("", chunk))  # never inside a tag; never leaked either
            continue
        pos = 0
        for m in _MARKER.finditer(chunk):
            w.text(chunk[pos : m.start()])
            pos = m.end()
            if m.group(1) is not None:
                w.start(_read_number(m.group(1)))
            else:
                w.end()
        w.text(chunk[pos:])
    w.end()
    return "".join(w.out)
