"""Reading editors' drafts: decoding, blanking what is not prose, and sentences.

A draft is Markdown or plain text (a Word or OpenDocument draft is read as such first:
:mod:`desertcheck.office`). Before its figures are parsed, everything that is not
prose is *blanked*: replaced by spaces, newlines kept, so every offset, line and column
still points into the draft as written. Blanked:

* front matter (``---`` … ``---`` or ``+++`` … ``+++`` at the very start);
* fenced code blocks (````` ``` ````` or ``~~~``) and inline code spans (`` `like this` ``);
* HTML comments and tags, autolinks and bare URLs (to a bracket), link targets ``](…)``,
  reference link definitions ``[1]: https://…``; terminal control sequences (``ESC[2J``);
* MediaWiki templates, but for the values a formatting one shows (``{{nowrap|16,000}}``,
  ``{{convert|5|years}}``: :mod:`desertcheck.wikitext`); a wiki link's brackets and, when
  it shows other words, its target (``[[Russian invasion of Ukraine|invasion]]``);
* Org-mode drawers (``:PROPERTIES:`` … ``:END:``), a heading's progress cookie
  (``* TODO Check [3/5]``) and a reStructuredText directive's options (``:widths: 40 20``:
  :mod:`desertcheck.orgmode`);
* (not blanked, but joined:) a word hyphenated across a line's end, as a page proof
  breaks it (``Near-`` over ``ly 22,580``: :mod:`desertcheck.hyphens`);
* (not blanked, but read as pipes:) the carets of a DokuWiki table's header row
  (``^ Figure ^ Period ^``: :mod:`desertcheck.dokuwiki`), so that it heads its table;
* footnote references ``[^1]`` and the labels of footnote definitions ``[^1]:`` (the
  footnote's text is prose and is checked);
* section numbers of headings (``## 3.``, ``### 4.5.1``, ``## 2 Prosecutions``; not a headline's
  figure: ``## 192 desertion trials``) and list numbering (``1.``, ``2)``) at the start
  of a line, after any indentation and ``>`` quote markers;
* a thread's post counters at the start of a line (``(2/11)``, ``[2/11]``, ``2/``), which
  are no share and no count;
* struck-out text (``~~15~~``, ``~15~``): an editor's visible correction, no longer said;
* emphasis markers (``*``, and ``_`` at the edge of a word), so ``_almost 10%_`` keeps its
  qualifier; a forum's BBCode tags around text on one line (``[b]…[/b]``,
  ``[color=red]…[/color]``; ``[s]…[/s]`` is struck out, blanked whole:
  :mod:`desertcheck.bbcode_text`).

Plain text goes through the same rules; they change nothing in ordinary prose. Indented
(four-space) code blocks are not recognised: fence code in drafts.

Every pattern here runs in linear time, whatever the text (possessive quantifiers, no
nested repetition); a draft is at most :data:`MAX_DRAFT_BYTES`.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Collection
from dataclasses import dataclass
from typing import BinaryIO, Final

from desertcheck import utf8
from desertcheck.bbcode_text import blank_bbcode
from desertcheck.dokuwiki import with_header_rows
from desertcheck.headings import SECTION_NUMBER
from desertcheck.wikitext import blank_links, blank_templates
from desertcheck.wrapped_cells import table_runs, wrapped_lines

__all__ = ["MAX_DRAFT_BYTES", "Draft", "DraftError", "blank", "decode", "read", "sentences"]

#: The largest draft read, in bytes (5 MiB): a larger one is refused, and so is an endless
#: one (``/dev/zero``); at most one byte more than this is ever read.
MAX_DRAFT_BYTES: Final = 5 * 1024 * 1024
#: The largest Word or OpenDocument draft read (its pictures make it larger than its text).
MAX_DOCUMENT_BYTES: Final = 50 * 1024 * 1024


class DraftError(Exception):
    """A draft that cannot be read: missing, a folder, too large, or not UTF-8 text."""


@dataclass(frozen=True, slots=True)
class Draft:
    """A draft's name as given (``<stdin>`` for ``-``) and its text."""

    name: str
    text: str


#: What a file that is not text begins with, and what to tell its editor.
_NOT_TEXT: Final = (
    (b"%PDF-", "a PDF file", "copy its text into a .txt or .md file"),
    (b"\xd0\xcf\x11\xe0", "an old Word or other Office file", "save it as plain text"),
    (b"\x7fELF", "a program", "give the draft's text instead"),
)


def decode(data: bytes, name: str) -> Draft:
    """UTF-8 text (a leading BOM dropped), or :class:`DraftError` naming the bad line (or
    the kind of file, for a PDF, an old Word document and the like). A Word document
    (``.docx``) or an OpenDocument text (``.odt``) is read as its reader reads it
    (:mod:`desertcheck.office`)."""
    if data.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0")):  # a zip; an OLE file
        from desertcheck.office import DocumentError, draft_text, is_document

        try:  # a zip, or a document encrypted with a password
            if data[:1] == b"P" or is_document(name):
                return Draft(name, draft_text(data, name))
        except DocumentError as exc:
            raise DraftError(str(exc)) from None
    if data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{\\rtf"):  # checked, kept as written
        from desertcheck.audit.rtf import rtf_text  # DraftError when not well-formed

        return Draft(name, rtf_text(data, name))
    for magic, kind, fix in _NOT_TEXT:
        if data.startswith(magic):
            raise DraftError(
                f"{name}: is {kind}, not text: audit reads a draft as Markdown or plain "
                f"text; {fix} (UTF-8) and audit that"
            )
    why = utf8.not_text(data)  # Word's "Unicode Text", Notepad's "Unicode"; an image
    if why is not None:
        fix = "; save the draft as UTF-8 and audit that" if "UTF-8" in why else ""
        raise DraftError(
            f"{name}: is {why}: audit reads a draft as Markdown or plain text in UTF-8{fix}"
        )
    try:
        text = utf8.decode(data)
    except utf8.NotUtf8 as exc:
        raise DraftError(
            f"{name}:{exc.line}:{exc.column}: not UTF-8 text (byte 0x{exc.byte:02x}); "
            "save the draft as UTF-8"
        ) from None
    return Draft(name, text)


def read(path: str) -> Draft:
    """Read the draft at ``path`` (``-``: standard input), at most :data:`MAX_DRAFT_BYTES`.

    A FIFO is read like standard input; a device is read up to the cap like any file.
    """
    import sys
    from pathlib import Path

    if path == "-":
        return decode(_read_capped(sys.stdin.buffer, "<stdin>"), "<stdin>")
    if not path.strip():  # `audit "$DRAFT"` with the variable unset
        raise DraftError('"": an empty name (an unset variable?): give a file, or - for stdin')
    p = Path(path)
    if not p.exists():
        raise DraftError(f"{path}: no such file")
    if p.is_dir():
        raise DraftError(f"{path}: is a folder, not a draft")
    try:
        with p.open("rb") as f:
            data = _read_capped(f, path)
    except OSError as exc:
        raise DraftError(f"{path}: cannot read: {exc.strerror or exc}") from None
    return decode(data, path)


def _read_capped(stream: BinaryIO, name: str) -> bytes:
    data = stream.read(MAX_DRAFT_BYTES + 1)
    cap = MAX_DRAFT_BYTES
    if len(data) > cap and data.startswith(b"PK\x03\x04"):  # a document, its pictures too
        cap = MAX_DOCUMENT_BYTES
        data += stream.read(cap + 1 - len(data))
    if len(data) > cap:
        raise DraftError(f"{name}: larger than {cap >> 20} MiB; split it")
    return data


# -- blanking --------------------------------------------------------------------------------

_KEEP_NEWLINES = re.compile(r"[^\n]")


def _spaces(s: str) -> str:
    return _KEEP_NEWLINES.sub(" ", s)


#: A draft's front matter, YAML between ``---`` lines or TOML between ``+++`` lines, after a
#: byte-order mark or none, its lines ended as Windows ends them too; ``body``: its fields
FRONT_MATTER = re.compile(
    r"\A\ufeff?(?P<fence>---|\+\+\+)[ \t]*\r?\n(?P<body>.*?)\r?\n(?:(?P=fence)|\.\.\.)[ \t]*"
    r"(?:\r?\n|\Z)",
    re.DOTALL,
)
_FENCE = re.compile(r"^[ \t]{0,3}(`{3,}|~{3,})")
_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.DOTALL)
#: A page's code and styles, which a reader never sees: "<script>var x = 12345;</script>"
_CODE_ELEMENT = re.compile(r"<(script|style)\b[^>]*+>.*?(?:</\1\s*>|\Z)", re.DOTALL | re.I)
#: A blockquote's markers: "> 4,373 soldiers …" quotes a source, it does not say "over"
_QUOTE_MARKS = re.compile(r"^[ \t]{0,3}(?:>[ \t]?)+", re.MULTILINE)
_BACKTICKS = re.compile(r"`+")
# No pattern may scan far from where it starts and fail there, as each start would repeat
# the scan: the classes stop at the character that could start the next attempt.
_EMPHASIS = [
    re.compile(r"\*+"),  # emphasis, bullets
    re.compile(r"(?<![\w])_+|_+(?![\w])"),  # underscore emphasis at the edge of a word
]
#: A subtitle cue's number and timing lines (SubRip's "18" over "00:01:04,100 -->
#: 00:01:07,600"): neither is a figure of the text.
_SUBTITLE_CUE = re.compile(
    r"^[ \t]*+(?:\d{1,5}[ \t]*+\n[ \t]*+)?\d{1,2}:\d\d:\d\d[,.]\d{1,3}[ \t]*+-->[ \t]*+"
    r"\d{1,2}:\d\d:\d\d[,.]\d{1,3}[^\n]*+",
    re.MULTILINE,
)
_PATTERNS = [
    re.compile(r"<(?:https?://|mailto:|www\.)[^<>\s]*+>"),  # autolinks
    re.compile(r"</?[A-Za-z][A-Za-z0-9-]*+(?:\s[^<>]*+)?/?>"),  # HTML tags
    # link targets
    re.compile(r"(?<=\])\((?>(?:[^()\s]++|\([^()\s]*+\))*)(?:\s++\"[^\"\n]*+\")?\)"),
    re.compile(r"^[ ]{0,3}\[(?!\^)[^\]\n]++\]:[ \t]*+\S.*$", re.MULTILINE),  # reference definitions
    re.compile(r"\[\^[^\[\]\s]++\]:?"),  # footnote references and definition labels
    # terminal control sequences (CSI "ESC[2J", OSC "ESC]0;title BEL"): their digits are
    # no figures
    re.compile(r"\x1b(?:\[[0-?]*+[ -/]*+[@-~]?|\][^\x07\x1b\n]*+(?:\x07|\x1b\\)?|[@-_]?)"),
    re.compile(r"\x9b[0-?]*+[ -/]*+[@-~]?"),  # the same CSI in its one-character form
    # bare URLs, to a bracket or a control character ("[link=http://x]4.2 million")
    re.compile(r"\b(?:https?://|ftp://|www\.)[^\s\x00-\x1f<>()\[\]\"']++"),
    _SUBTITLE_CUE,  # a subtitle file's cue number and timing: "18", "00:01:04,100 --> …"
    # struck-out text: "~~15~~" whatever is inside or around it ("said~~(16,000.)~~"),
    # and "~15~" when opened after no letter or digit and closed after one and before
    # none, so the single tildes of "~15 to ~20", "~700–~800" and "~90,000 (~10%" are
    # hedges; each class stops at the next tilde
    re.compile(r"(?<!~)~~(?![~\s])[^~\n]++(?<!\s)~~(?!~)"),
    re.compile(r"(?<![\w~])~(?![~\s])[^~\n]++(?<=[\w%])~(?![\w~])"),
    *_EMPHASIS,
]
_HEADING = re.compile(rf"^([ \t]*(?:>[ \t]*)*#{{1,6}}[ \t]+)({SECTION_NUMBER})", re.MULTILINE)
_LIST_NUMBER = re.compile(r"^([ \t]*(?:>[ \t]*)*)(\d{1,9}[.)])(?=[ \t]|$)", re.MULTILINE)
#: A thread's post counter opening a line: "(2/11) …", "[2/11] …", "2/ …"; not a fraction
#: that a sentence goes on from ("(3/4) of trials").
_POST_COUNTER = re.compile(
    r"^([ \t*_]*(?:>[ \t]*)*)"
    r"((?:\(\d{1,3}/\d{1,3}\)|\[\d{1,3}/\d{1,3}\])(?![ \t*_]++(?:of|in)\b)|\d{1,3}/)"
    r"(?=[ \t*_]|$)",
    re.MULTILINE,
)


def without_comments(text: str) -> str:
    """``text`` with its HTML comments blanked (newlines kept), as a reader of the rendered
    Markdown sees it: an audit's acceptance (``<!-- desertcheck: accept … -->``) and an
    editor's notes are not shown."""
    return _COMMENT.sub(lambda m: _spaces(m.group()), text) if "<!--" in text else text


def as_read(figure: str) -> str:
    """A figure's text (read from the blanked draft) as a reader sees it: the blanks left
    where marks were ("up to **15**" is "up to   15") and line breaks folded to one space."""
    return " ".join(figure.split())


def without_emphasis(text: str) -> str:
    """``text`` without Markdown's emphasis markers (``**``, ``_`` at a word's edge), for
    showing a draft's sentence as a reader sees it: the markers :func:`blank` blanks."""
    for pattern in _EMPHASIS:
        text = pattern.sub("", text)
    return text


def blank(text: str) -> str:
    """``text`` with everything that is not prose replaced by spaces (same length, same lines)."""
    out = blank_bbcode(text)  # "[b]More than 60,000[/b]"
    out = with_header_rows(out)  # a DokuWiki table's "^ Figure ^ Period ^"
    m = FRONT_MATTER.match(out)
    if m:
        out = _spaces(m.group()) + out[m.end() :]
    out = _blank_fences(out)
    out = without_comments(out)
    if "{{" in out:  # "{{nowrap|16,000}}", "{{cite news |…}}"
        out = blank_templates(out)
    out = blank_links(out)  # "[[Russian invasion of Ukraine|full-scale invasion]]"
    if "-\n" in out:  # "Near-\nly 22,580": a page proof's broken word
        from desertcheck.hyphens import joined

        out = joined(out)
    if ":END:" in out or "/" in out or "%]" in out or ".. " in out or out[:2] == "= ":
        from desertcheck.orgmode import blank_org

        out = blank_org(out)
    if "<" in out:
        out = _CODE_ELEMENT.sub(lambda m: _spaces(m.group()), out)
    out = _blank_code_spans(out)
    for pattern in _PATTERNS:
        out = pattern.sub(lambda m: _spaces(m.group()), out)
    for pattern in (_HEADING, _LIST_NUMBER, _POST_COUNTER):
        out = pattern.sub(_unnumbered, out)
    return _QUOTE_MARKS.sub(lambda m: _spaces(m.group()), out) if ">" in out else out


def _unnumbered(m: re.Match[str]) -> str:
    """A heading's or list item's number blanked, but a number alone on its line right
    after a line of text: an empty list item cannot interrupt a paragraph (CommonMark), so
    "Compare that with all of 2021:\n527." ends its sentence with a figure."""
    text, end = m.string, m.end()
    line_end = text.find("\n", end)
    rest = text[end : line_end if line_end >= 0 else len(text)]
    if not rest.strip() and m.group(2)[-1:] in ".)":
        before = text[: m.start()].rstrip(" \t")
        if before.endswith("\n") and before[:-1].rsplit("\n", 1)[-1].strip():
            return m.group()
    return m.group(1) + _spaces(m.group(2))


def _blank_code_spans(text: str) -> str:
    """``text`` with its inline code spans blanked: a run of backticks up to the next run of
    the same length (a run with none is text). Linear, where a regular expression searched
    to the end of the text for each unclosed run."""
    runs = [m.span() for m in _BACKTICKS.finditer(text)]
    closing: list[int | None] = [None] * len(runs)
    last: dict[int, int] = {}
    for i in range(len(runs) - 1, -1, -1):
        length = runs[i][1] - runs[i][0]
        closing[i] = last.get(length)
        last[length] = i
    parts: list[str] = []
    pos = i = 0
    while i < len(runs):
        j = closing[i]
        if j is None:
            i += 1
            continue
        start, end = runs[i][0], runs[j][1]
        parts += [text[pos:start], _spaces(text[start:end])]
        pos, i = end, j + 1
    parts.append(text[pos:])
    return "".join(parts)


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

#: A line that starts a block: a heading, a list item, a quote, a table row, or a line that
#: opens with a bracketed time (a chat export's "[21/10/2025, 09:02] Name: …", a log's "[09:02]
#: …"): each message its own sentence, however it ends.
TIMED_LINE = r"[*_]{0,2}\[[^\]\n]{0,24}\b\d{1,2}:\d\d(?::\d\d)?(?:[ \t]*[AaPp][Mm])?\]"
#: The bullets of a list typed or pasted as plain text (a word processor's "•", a slide's
#: "▪" or "🔹"), besides Markdown's ``-``, ``+`` and ``*``: each one opens a list item.
TYPED_BULLET = "[•◦▪▫‣●○■□►▸▹➤➢✓✔·🔹🔸🔷🔶👉➡✅🟥🟧🟨🟩🟦🟪🟫⬛⬜🔴🟠🟡🟢🔵🟣🟤⚫⚪]\ufe0f?"
BULLET = f"(?:[-+*]|{TYPED_BULLET})"
#: An item of a list typed as plain text: a bullet that is not Markdown's.
_TYPED_ITEM = re.compile(rf"[ \t]*(?:>[ \t]*)*{TYPED_BULLET}[ \t]")
#: A line that opens with a bare time and a dash: a chapter list's or a log's "02:14 — …",
#: "1:02:33 - …" (each line its own entry, though none ends in a full stop); or with a time
#: to the second: a rundown's lower thirds, "19:03:30 EUAA: 13.5K+ CONVICTED IN 2024".
_TIME_MARK = r"(?:(?:\d{1,2}:)?\d{1,2}:\d\d[ \t]+[—–-][ \t]|\d{1,2}:\d\d:\d\d[ \t]+(?=\S))"
#: A message's header in a chat digest: a time (after a day's name or a date), a dot or a
#: bar, the sender and a colon: "**Mon 09:26 · @lev**: …", "Tue 14:02 | Anna: …" (each
#: message its own sentence, though most end in an emoji, not a stop).
_CHAT_HEADER = (
    r"[*_]{0,2}(?:[^\W\d]{2,9}\.?,?[ \t]+|\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?,?[ \t]+)?"
    r"\d{1,2}:\d\d(?::\d\d)?(?:[ \t]*[AaPp][Mm])?[ \t]*[·•|][ \t]*[^\s:*_][^\n:*]{0,40}[*_]{0,2}:"
)
#: A gap between two columns of a table typed in fixed width (a spreadsheet pasted as text):
#: two spaces or more, or a tab, after a cell that does not end a sentence.
_COLUMN_GAP = re.compile(r"[^\s.!?:;,](?=(?: {2,}|\t)[ \t]*\S)")
_BLOCK_START = re.compile(
    rf"^[ \t]*(?:>[ \t]*)*(?:#{{1,6}}[ \t]|{BULLET}[ \t]|\d{{1,9}}[.)][ \t]|\||{TIMED_LINE}"
    rf"|{_TIME_MARK}|{_CHAT_HEADER})"
)
#: A stop: the lookbehind makes a run of stops one attempt, not one per stop. Citation
#: markers after it are the sentence's own ("… as of December 2024.[2] The largest …",
#: "….[note 1] Ukraine's …", a word processor's footnote "… in Ukraine.¹ In April …"):
#: the next sentence starts after them.
_END = re.compile(r"(?<![.!?])[.!?]++[\"'”’»)\]]*+(?>(?:\[[^\[\]\n]{1,12}\]|[¹²³⁰⁴-⁹]++)*)\s+")
_OPENERS = '"“‘«„(['
_OPENERS_OR_MARKUP = _OPENERS + "' "  # and MediaWiki's italics and bold, a link blanked
_ABBREVIATIONS = frozenset(
    str.split(
        "mr mrs ms dr st no nos art arts para paras p pp e.g i.e vs cf etc approx est ch sec "
        "gen col lt maj sgt jan feb mar apr jun jul aug sep sept oct nov dec u.s u.n fig figs rn "
        "ст тыс млн млрд руб гг др см т.е т.д т.п т.к mio mrd tsd mln bzw usw vgl"
    )
)
_LONGEST_ABBREVIATION = max(map(len, _ABBREVIATIONS))
#: Abbreviations that stop no sentence right before a number, as written: Polish "ok.",
#: Hungarian "kb." (about) and "ca."; "It was OK. 16 more came." is two sentences.
_BEFORE_A_NUMBER = frozenset({"ok", "ca", "Ca", "kb"})


def sentences(
    blanked: str, original: str | None = None, rows: Collection[int] = frozenset()
) -> list[tuple[int, int]]:
    """(start, end) of each sentence of a blanked draft, in order, stripped of white space.

    ``original`` is the draft before blanking (the same length), whose list numbers and
    heading marks tell where blocks start; ``rows``, the numbers of other lines that are a
    table's rows (rows of delimited values in a fence), each a block of its own as a row
    of a table typed in fixed width is.

    Blocks end at blank lines, and a heading, list item, quote or table row starts a new
    block; within a block a sentence ends at ``.``, ``!`` or ``?`` (and the citation
    markers after it: "[2]", "[note 1]") followed by white space and an upper-case letter
    of any script, a digit or an opening quote (or a wiki's ``''[[``), unless the word
    before the stop is a known abbreviation (``Art.``, ``No.``, ``e.g.``, ``Dec.``,
    ``ст.``...) or an initial.
    """
    spans: list[tuple[int, int]] = []
    pos = 0
    block_start: int | None = None
    typed = False  # the line before is an item of a list typed as plain text ("• …")
    marks = (original if original is not None else blanked).split("\n")
    table = fixed_width_rows(marks) if "  " in blanked or "\t" in blanked else frozenset()
    table = table | frozenset(rows) if rows else table
    for n, (line, mark) in enumerate(zip(blanked.split("\n"), marks, strict=True)):
        end = pos + len(line)
        # plain text has no lazy continuation: the line after a typed item is its own
        starts = _BLOCK_START.match(mark)
        row = n in table
        if not line.strip() or starts or row or typed:
            if block_start is not None:
                _split_block(blanked, block_start, pos - 1, spans)
            block_start = pos if line.strip() else None
        elif block_start is None:
            block_start = pos
        typed = row or (starts is not None and _TYPED_ITEM.match(mark) is not None)
        pos = end + 1
    if block_start is not None:
        _split_block(blanked, block_start, len(blanked), spans)
    return spans


def fixed_width_rows(lines: list[str]) -> frozenset[int]:
    """The numbers of the lines that are rows of a table typed in fixed width (a
    spreadsheet pasted as text): runs of two lines or more, each of three cells or more
    apart by two spaces or a tab ("AWOL convictions      2021      527"). Each row is a
    sentence of its own, as a Markdown table's is: its period and words are not the next
    row's."""
    rows = {n for n, line in enumerate(lines) if len(_COLUMN_GAP.findall(line.strip())) >= 2}
    return table_runs(rows, wrapped_lines(lines, rows))  # a rundown's notes wrapped


def _split_block(text: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    begin = start
    for m in _END.finditer(text, start, end):
        after = m.end()
        if after < end and not _starts_sentence(text, after):
            continue
        written = _word_before(text, begin, m.start())
        w = written.lower().rstrip(".")
        if w in _ABBREVIATIONS or (len(w) == 1 and w.isalpha()):
            continue
        if written in _BEFORE_A_NUMBER and after < end and "0" <= text[after] <= "9":
            continue  # "ok. 16 tys.", "ca. 2,400": the figure's qualifier, not a stop
        _add(text, begin, m.end(), out)
        begin = m.end()
    _add(text, begin, end, out)


def _starts_sentence(text: str, i: int) -> bool:
    """Whether ``text[i:]`` can begin a sentence: an upper-case letter or a digit, after an
    opening quote or bracket if any, or a wiki's markup of up to eight, blanked or not
    ("''[[Verstka]]''")."""
    end = min(len(text) - 1, i + 8)
    while i < end and text[i] in _OPENERS_OR_MARKUP:
        i += 1
    c = text[i]
    return c.isupper() or c.istitle() or "0" <= c <= "9"


def _word_before(text: str, begin: int, stop: int) -> str:
    """The word (letters, digits, ``_`` and ``.``) ending at ``stop``, not before ``begin``;
    empty when it is longer than any abbreviation (so, looked at in bounded time)."""
    lo = max(begin, stop - _LONGEST_ABBREVIATION - 1)
    i = stop
    while i > lo and (text[i - 1].isalnum() or text[i - 1] in "._"):
        i -= 1
    if i == lo and lo > begin and (text[lo - 1].isalnum() or text[lo - 1] in "._"):
        return ""
    return text[i:stop]


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
