"""Reading editors' drafts: decoding, blanking what is not prose, and sentences.

A draft is Markdown or plain text. Before its figures are parsed, everything that is not
prose is *blanked*: replaced by spaces, newlines kept, so every offset, line and column
still points into the draft as written. Blanked:

* front matter (``---`` … ``---`` or ``+++`` … ``+++`` at the very start);
* fenced code blocks (````` ``` ````` or ``~~~``) and inline code spans (`` `like this` ``);
* HTML comments and tags, autolinks and bare URLs, link targets ``](…)``, reference link
  definitions ``[1]: https://…``;
* footnote references ``[^1]`` and the labels of footnote definitions ``[^1]:`` (the
  footnote's text is prose and is checked);
* heading numbers (``## 3.``, ``### 4.5.1``) and list numbering (``1.``, ``2)``) at the start
  of a line, after any indentation and ``>`` quote markers;
* emphasis markers (``*``, and ``_`` at the edge of a word), so ``_almost 10%_`` keeps its
  qualifier.

Plain text goes through the same rules; they change nothing in ordinary prose. Indented
(four-space) code blocks are not recognised: fence code in drafts.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from desertcheck import utf8

__all__ = ["Draft", "DraftError", "blank", "decode", "sentences"]


class DraftError(Exception):
    """A draft that cannot be read: missing, a folder, or not UTF-8 text."""


@dataclass(frozen=True, slots=True)
class Draft:
    """A draft's name as given (``<stdin>`` for ``-``) and its text."""

    name: str
    text: str


def decode(data: bytes, name: str) -> Draft:
    """UTF-8 text (a leading BOM dropped), or :class:`DraftError` naming the bad line."""
    try:
        text = utf8.decode(data)
    except utf8.NotUtf8 as exc:
        raise DraftError(
            f"{name}:{exc.line}:{exc.column}: not UTF-8 text (byte 0x{exc.byte:02x}); "
            "save the draft as UTF-8"
        ) from None
    return Draft(name, text)


def read(path: str) -> Draft:
    """Read the draft at ``path`` (``-``: standard input)."""
    import sys
    from pathlib import Path

    if path == "-":
        return decode(sys.stdin.buffer.read(), "<stdin>")
    p = Path(path)
    if not p.exists():
        raise DraftError(f"{path}: no such file")
    if p.is_dir():
        raise DraftError(f"{path}: is a folder, not a draft")
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise DraftError(f"{path}: cannot read: {exc.strerror or exc}") from None
    return decode(data, path)


# -- blanking --------------------------------------------------------------------------------

_KEEP_NEWLINES = re.compile(r"[^\n]")


def _spaces(s: str) -> str:
    return _KEEP_NEWLINES.sub(" ", s)


_FRONT_MATTER = re.compile(r"\A(---|\+\+\+)[ \t]*\n.*?\n(?:\1|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_FENCE = re.compile(r"^[ \t]{0,3}(`{3,}|~{3,})")
_PATTERNS = [
    re.compile(r"<!--.*?(?:-->|\Z)", re.DOTALL),  # HTML comments
    re.compile(r"(?<!`)(`+)(?!`).+?(?<!`)\1(?!`)", re.DOTALL),  # inline code spans
    re.compile(r"<(?:https?://|mailto:|www\.)[^>\s]*>"),  # autolinks
    re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>"),  # HTML tags
    re.compile(r"(?<=\])\((?:[^()\s]|\([^()\s]*\))*(?:\s+\"[^\"\n]*\")?\)"),  # link targets
    re.compile(r"^[ ]{0,3}\[(?!\^)[^\]\n]+\]:[ \t]*\S+.*$", re.MULTILINE),  # reference definitions
    re.compile(r"\[\^[^\]\s]+\]:?"),  # footnote references and definition labels
    re.compile(r"\b(?:https?://|ftp://|www\.)[^\s<>()\"']+"),  # bare URLs
    re.compile(r"\*+"),  # emphasis, bullets
    re.compile(r"(?<![\w])_+|_+(?![\w])"),  # underscore emphasis at the edge of a word
]
_HEADING = re.compile(r"^([ \t]*(?:>[ \t]*)*#{1,6}[ \t]+)(\d+(?:\.\d+)*\.?)(?=\s|$)", re.MULTILINE)
_LIST_NUMBER = re.compile(r"^([ \t]*(?:>[ \t]*)*)(\d{1,9}[.)])(?=[ \t]|$)", re.MULTILINE)


def blank(text: str) -> str:
    """``text`` with everything that is not prose replaced by spaces (same length, same lines)."""
    out = text
    m = _FRONT_MATTER.match(out)
    if m:
        out = _spaces(m.group()) + out[m.end() :]
    out = _blank_fences(out)
    for pattern in _PATTERNS:
        out = pattern.sub(lambda m: _spaces(m.group()), out)
    for pattern in (_HEADING, _LIST_NUMBER):
        out = pattern.sub(lambda m: m.group(1) + _spaces(m.group(2)), out)
    return out


def _blank_fences(text: str) -> str:
    lines = text.split("\n")
    fence: str | None = None
    for i, line in enumerate(lines):
        m = _FENCE.match(line)
        if fence is None:
            if m:
                fence = m.group(1)
                lines[i] = _spaces(line)
        else:
            lines[i] = _spaces(line)
            closing = m and m.group(1)[0] == fence[0] and len(m.group(1)) >= len(fence)
            if m and closing and not line[m.end() :].strip():
                fence = None
    return "\n".join(lines)


# -- sentences -------------------------------------------------------------------------------

_BLOCK_START = re.compile(r"^[ \t]*(?:>[ \t]*)*(?:#{1,6}[ \t]|[-+*][ \t]|\d{1,9}[.)][ \t]|\|)")
_END = re.compile(r"[.!?]+[\"'”’)\]]*\s+")
_ABBREVIATIONS = frozenset(
    str.split(
        "mr mrs ms dr st no nos art arts para paras p pp e.g i.e vs cf etc approx est ch sec "
        "gen col lt maj sgt jan feb mar apr jun jul aug sep sept oct nov dec u.s u.n fig figs"
    )
)
_WORD_BEFORE = re.compile(r"([\w.]+)$")


def sentences(blanked: str, original: str | None = None) -> list[tuple[int, int]]:
    """(start, end) of each sentence of a blanked draft, in order, stripped of white space.

    ``original`` is the draft before blanking (the same length), whose list numbers and
    heading marks tell where blocks start.

    Blocks end at blank lines, and a heading, list item, quote or table row starts a new
    block; within a block a sentence ends at ``.``, ``!`` or ``?`` followed by white space
    and a capital letter, a digit or an opening quote, unless the word before the stop is
    a known abbreviation (``Art.``, ``No.``, ``e.g.``, ``Dec.``...) or an initial.
    """
    spans: list[tuple[int, int]] = []
    pos = 0
    block_start: int | None = None
    marks = (original if original is not None else blanked).split("\n")
    for line, mark in zip(blanked.split("\n"), marks, strict=True):
        end = pos + len(line)
        if not line.strip() or _BLOCK_START.match(mark):
            if block_start is not None:
                _split_block(blanked, block_start, pos - 1, spans)
            block_start = pos if line.strip() else None
        elif block_start is None:
            block_start = pos
        pos = end + 1
    if block_start is not None:
        _split_block(blanked, block_start, len(blanked), spans)
    return spans


def _split_block(text: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    begin = start
    for m in _END.finditer(text, start, end):
        after = m.end()
        if after < end and not re.match(r"[\"“‘(\[]?[A-Z0-9]", text[after : after + 2]):
            continue
        word = _WORD_BEFORE.search(text, begin, m.start())
        if word:
            w = word.group(1).lower().rstrip(".")
            if w in _ABBREVIATIONS or (len(w) == 1 and w.isalpha()):
                continue
        _add(text, begin, m.end(), out)
        begin = m.end()
    _add(text, begin, end, out)


def _add(text: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append((start, end))


def sentence_at(spans: list[tuple[int, int]], offset: int) -> tuple[int, int]:
    """The sentence span holding ``offset`` (``spans`` from :func:`sentences`)."""
    i = bisect.bisect_right(spans, (offset, float("inf"))) - 1
    if i >= 0 and spans[i][0] <= offset < spans[i][1]:
        return spans[i]
    return (offset, offset)
