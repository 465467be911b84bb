"""A Rich Text (RTF) draft read as a word processor shows it: its words, not its codes.

An RTF file is text in braces and control words::

    {\\rtf1\\ansi\\ansicpg1252{\\fonttbl{\\f0 Calibri;}}{\\*\\generator Riched20}
    \\b Re:\\b0  Numbers \\u8212? what we can say\\par
    Ren\\'e9e said over 50,000\\par
    \\trowd\\cellx3600\\cellx5400
    \\pard\\intbl Southern\\cell 22,580\\cell\\row
    }

:func:`read_rtf` reads it as its text: the font, colour and style tables, the document's
information, pictures and every ``{\\*\\...}`` destination are dropped; ``\\par``,
``\\line``, ``\\sect`` and ``\\page`` end a line, ``\\tab`` is a tab; ``\\'e9`` is a byte in
the document's code page (``\\ansicpg1252``), ``\\u8212?`` a Unicode character (its
fallback, ``\\ucN`` characters long, skipped); ``\\~`` is a no-break space, ``\\_`` a
no-break hyphen, ``\\-`` an optional hyphen (not shown); ``\\rquote``, ``\\ldblquote``,
``\\emdash`` and the like are their characters; other control words (``\\b``, ``\\i``,
``\\fs22``) are dropped. A table's row (``\\trowd ... \\cell ... \\row``) is read a row a
line, ``| cell | cell |``. The lines are then read as a Word document's are
(:func:`desertcheck.office.as_markdown`): a blank line between two paragraphs, a header rule
under a table's first row. Each character read maps back to where the file writes it, so
a figure is placed on its line.

Every group is read once, in one pass (linear in the file's length); groups nest at most
:data:`MAX_DEPTH` deep. A file that is not well-formed RTF (a group never closed, a brace
closing none, nesting too deep) is refused with :class:`RtfError`, naming the line.
"""

from __future__ import annotations

import codecs
from functools import lru_cache
from typing import Final

from desertcheck.audit.json_text import JsonOut
from desertcheck.compiled import regex
from desertcheck.draft import DraftError
from desertcheck.offsetmap import OffsetMap
from desertcheck.typography import Plain

#: The deepest nesting of groups read (Word writes a dozen or so at most).
MAX_DEPTH: Final = 200
#: A token: a control word with its parameter and the one space that ends it, a hex byte,
#: a control symbol, a brace, a line break of the file (no text), or a run of text.
_TOKEN: Final = regex(
    r"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?|\\'([0-9a-fA-F]{2})|\\([^a-zA-Z'])|([{}])|[\r\n]+"
    r"|[^\\{}\r\n]++|\\"
)
#: Destinations whose text a word processor does not show in the document's body.
_HIDDEN: Final = frozenset(
    str.split(
        "fonttbl colortbl stylesheet info pict object objdata listtable listoverridetable "
        "revtbl rsidtbl filetbl xmlnstbl themedata colorschememapping datastore latentstyles "
        "pgdsctbl generator fldinst header headerl headerr headerf footer footerl footerr "
        "footerf footnote bkmkstart bkmkend nonshppict shppict txfieldtext"
    )
)
#: Control words read as text.
_WORDS: Final = {
    "par": "\n",
    "line": "\n",
    "sect": "\n",
    "page": "\n",
    "tab": "\t",
    "rquote": "\u2019",
    "lquote": "\u2018",
    "rdblquote": "\u201d",
    "ldblquote": "\u201c",
    "emdash": "\u2014",
    "endash": "\u2013",
    "emspace": "\u2003",
    "enspace": "\u2002",
    "qmspace": "\u2005",
    "bullet": "\u2022",
}
#: Control symbols read as text (``\\-``, an optional hyphen, is not shown).
_SYMBOLS: Final = {"~": "\u00a0", "_": "\u2011", "\\": "\\", "{": "{", "}": "}", "-": ""}


class RtfError(ValueError):
    """A file that is not well-formed RTF."""

    def __init__(self, where: str, why: str) -> None:
        super().__init__(f"not well-formed RTF: {where}: {why}")


def is_rtf(text: str) -> bool:
    """Whether ``text`` is an RTF document: it opens with ``{\\rtf``."""
    return text.lstrip("\ufeff \t\r\n")[:5] == "{\\rtf"


def code_page(head: str) -> str:
    """The codec of the document's code page named in its ``head`` (``\\ansicpg1251``);
    Windows-1252 when it names none, or one Python does not know."""
    i = head.find("\\ansicpg")
    digits = ""
    if i >= 0:
        j = i + 8
        while j < len(head) and head[j].isdigit() and len(digits) < 5:
            digits += head[j]
            j += 1
    try:
        return codecs.lookup(f"cp{digits}").name if digits else "cp1252"
    except LookupError:
        return "cp1252"


class _Reader:
    """One pass over the file's tokens, each group's state on a stack."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.out = JsonOut()
        self.codec = code_page(text[:4096])
        # per open group: (hidden, the fallback's length after a "\uN")
        self.stack: list[tuple[bool, int]] = []
        self.hidden = False
        self.uc = 1
        self.first = False  # the next token is the group's first
        self.in_table = False  # the paragraph is in a table ("\intbl")
        self.row_open = False
        self.cell_open = False
        self.opened: list[int] = []  # where each open group starts

    def emit(self, s: str, start: int, end: int) -> None:
        if self.hidden or not s:
            return
        if self.in_table:  # a cell's text, on its row's line
            if not self.row_open:
                self.out.read("| ", start, start)
                self.row_open = self.cell_open = True
            elif not self.cell_open:
                self.out.read(" ", start, start)
                self.cell_open = True
            if s in ("\t", "\n"):
                s = " "
        if s == self.text[start:end]:
            self.out.copy(self.text, start, end)  # text as written, a character each
        else:
            self.out.read(s, start, end)

    def read(self) -> Plain:
        text, n = self.text, len(self.text)
        pos = 0
        while pos < n:
            m = _TOKEN.match(text, pos)
            assert m is not None  # the pattern matches any character
            start, pos = m.start(), m.end()
            first, self.first = self.first, False
            word, param, hexbyte, symbol, brace = m.groups()
            if brace is not None:
                self.brace(brace, start)
            elif word is not None:
                pos = self.word(word, param, first, start, pos)
            elif hexbyte is not None:
                pos = self.hex_run(start)
            elif symbol is not None:
                if symbol == "*" and first:
                    self.hidden = True
                elif symbol in _SYMBOLS:
                    self.emit(_SYMBOLS[symbol], start, pos)
            elif text[start] not in "\r\n\\":
                self.emit(m.group(), start, pos)
        if self.opened:
            raise RtfError(_line(text, self.opened[-1]), "a group opened here is never closed")
        self.out.back.append(n)
        return Plain(self.out.text(), self.out.back, self.out.wide or None)

    def brace(self, brace: str, start: int) -> None:
        if brace == "{":
            if len(self.stack) >= MAX_DEPTH:
                raise RtfError(_line(self.text, start), f"groups nested over {MAX_DEPTH} deep")
            self.stack.append((self.hidden, self.uc))
            self.opened.append(start)
            self.first = True
        else:
            if not self.stack:
                raise RtfError(_line(self.text, start), "a closing brace that closes no group")
            self.hidden, self.uc = self.stack.pop()
            self.opened.pop()

    def word(self, word: str, param: str | None, first: bool, start: int, end: int) -> int:
        if first and word in _HIDDEN:
            self.hidden = True
        elif word == "u" and param is not None:
            return self.unicode(int(param), start, end)
        elif word == "uc" and param is not None:
            self.uc = min(int(param), 8)
        elif word == "bin" and param is not None:
            return min(end + max(int(param), 0), len(self.text))  # binary data: no text
        elif word == "intbl":
            self.in_table = True
        elif word == "pard":
            self.in_table = False
        elif word == "cell":
            if not self.row_open:
                self.emit(" ", start, start)  # an empty first cell opens its row
            if not self.hidden:
                self.out.read(" |", start, end)
            self.cell_open = False
        elif word == "row":
            if self.row_open and not self.hidden:
                self.out.read("\n", start, end)
            self.row_open = self.cell_open = False
        elif word == "par" and self.in_table:
            self.emit(" ", start, end)  # a line break within a cell
        elif word in _WORDS:
            self.emit(_WORDS[word], start, end)
        return end

    def unicode(self, code: int, start: int, end: int) -> int:
        """A ``\\uN`` character, its fallback skipped; a surrogate pair read as one."""
        end = self.skip_fallback(end)
        code %= 0x10000
        if 0xD800 <= code < 0xDC00:
            m = _TOKEN.match(self.text, end)
            if m is not None and m.group(1) == "u" and m.group(2) is not None:
                low = int(m.group(2)) % 0x10000
                if 0xDC00 <= low < 0xE000:
                    after = self.skip_fallback(m.end())
                    char = chr(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00))
                    self.emit(char, start, after)
                    return after
        if 0xD800 <= code < 0xE000:
            code = 0xFFFD  # half a pair
        self.emit(chr(code), start, end)
        return end

    def skip_fallback(self, pos: int) -> int:
        """The end of the ``\\ucN`` characters after a ``\\uN`` (a byte, a character)."""
        text = self.text
        for _ in range(self.uc):
            if text.startswith("\\'", pos):
                pos += 4
            elif pos < len(text) and text[pos] not in "\\{}\r\n":
                pos += 1
            else:
                break
        return min(pos, len(text))

    def hex_run(self, start: int) -> int:
        """A run of ``\\'hh`` bytes, read together in the code page (a character may take
        two bytes)."""
        text, pos = self.text, start
        data = bytearray()
        while text.startswith("\\'", pos) and len(data) < 4096:
            try:
                data.append(int(text[pos + 2 : pos + 4], 16))
            except ValueError:
                break
            pos += 4
        if pos == start:
            return start + 2
        self.emit(data.decode(self.codec, errors="replace"), start, pos)
        return pos


def _line(text: str, offset: int) -> str:
    return f"line {text.count(chr(10), 0, offset) + 1}"


@lru_cache(maxsize=2)
def _read(text: str) -> Plain:
    """The RTF document ``text`` read (:class:`RtfError` when it is not well-formed), kept
    for the draft just checked (:func:`rtf_text`) to be read again (:func:`read_rtf`)."""
    return _Reader(text).read()


def rtf_text(data: bytes, name: str) -> str:
    """The RTF file ``name``'s ``data`` as text, each byte a character where it is not
    UTF-8 (a raw byte of its code page), checked well-formed: a
    :class:`desertcheck.draft.DraftError` naming the line when it is not."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode(code_page(data[:4096].decode("latin-1")), errors="replace")
    try:
        _read(text)
    except RtfError as exc:
        raise DraftError(f"{name}: {exc}") from None
    return text


def read_rtf(text: str) -> Plain:
    """``text``, an RTF document, read as a word processor shows it (see the module's
    docstring), with its map back to ``text``. :class:`RtfError` when it is not
    well-formed."""
    from desertcheck.office import as_markdown

    lines = _read(text)
    md = as_markdown(lines.text)
    assert md.back is not None
    back = OffsetMap(lines.start(md.back[i]) for i in range(len(md.back) - 1))
    back.append(len(text))
    return Plain(md.text, back, lines.wide)
