"""A draft's typography read as its plain equivalent, with a map back to the draft.

Text copied from a web page, a word processor or a CMS carries characters a reader does not
see or reads as plain ones; left as they are, they split or hide a number ("60<soft
hyphen>000", "50&nbsp;000") or join two sentences ("…in Ukraine.<RLM> In April…"). Before
a draft's figures are read, :func:`plain` gives its text with:

* invisible format characters dropped: the soft hyphen, the zero-width space, the word
  joiner, U+FEFF, the directional marks and embeddings (U+200E, U+200F, U+061C,
  U+202A–U+202E, U+2066–U+2069); the zero-width (non-)joiner next to a digit;
* HTML character references decoded, as CommonMark decodes them (``&nbsp;``, ``&ndash;``,
  ``&gt;``, ``&#44;``, ``&#x202F;``), but none that would give a line break;
  a decoded or escaped ``~``, backtick or ``<`` is literal text, as CommonMark has it: it is
  read as a private stand-in (:data:`STAND_INS`) that Markdown's blanking passes by, and
  :func:`literal` gives it back afterwards, so ``\\~\\~18,159\\~\\~``, ``&#96;5,260&#96;`` or
  ``&lt;!-- 5,260 --&gt;`` never strike out, code-span or comment a figure away;
* Markdown's backslash escapes of ASCII punctuation read as the punctuation
  (``2022\\-2023``, ``5\\,260``; ``\\.`` and ``\\)`` are kept, as they keep a line such as
  ``2022\\. In …`` from being a numbered list);
* the figure space, the punctuation space and the hair space (U+2007, U+2008, U+200A) read
  as a thin space, a digit group separator; the hyphens U+2010 and U+2011 as ``-``; an em
  dash or a slash between two years, the second later, as an en dash ("2022—2023",
  "2022/25"), a backslash before a dash between numbers dropped ("2022\\–2023");
* a space between a number and ``K`` or ``M`` dropped ("4.5 K");
* a footnote number flattened onto a year at a sentence's end dropped ("since 2022.1 The
  deserters …", a web page's ``<sup>1</sup>`` copied as text), and one on a per cent sign
  ("almost 10%2 of the troops");
* a grid table (pandoc's, a Word table converted to Markdown: ``+----+----+`` borders,
  ``+====+====+`` under the header) read as a pipe table: its top border blank, every
  other border a row of ``|----|----|``;
* an HTML table's one-line rows (``<tr><td>…</td></tr>``) read as a pipe table's rows
  (:mod:`desertcheck.html_tables`).

The map gives, for each character of the plain text, the offset of the draft's character
it was read from, so figures and columns still point at the draft as written.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from desertcheck.html_tables import html_tables
from desertcheck.offsetmap import OffsetMap

if TYPE_CHECKING:
    from desertcheck.audit.verdicts import AuditItem

__all__ = ["STAND_INS", "Plain", "in_draft", "literal", "plain"]

#: A decoded or escaped Markdown marker read as a private-use stand-in, so that blanking
#: never reads it as markup (strike-out, a code span, a comment or an HTML element).
STAND_INS: Final = {"~": "\ue07e", "`": "\ue060", "<": "\ue03c"}
_LITERAL: Final = str.maketrans({v: k for k, v in STAND_INS.items()})


def literal(text: str) -> str:
    """``text`` with the stand-ins of :data:`STAND_INS` read again as the characters they
    stand for (after Markdown's blanking)."""
    if any(c in text for c in STAND_INS.values()):
        return text.translate(_LITERAL)
    return text


#: Characters read as another one, one for one (the text keeps its length).
_SAME_LENGTH: Final = str.maketrans(
    {"\u2007": "\u2009", "\u2008": "\u2009", "\u200a": "\u2009", "\u2010": "-", "\u2011": "-"}
)
#: An em dash between two years: "2022—2023", "2022—23" (a range, as the en dash is).
_YEARS_EM_DASH: Final = re.compile(r"(?<![\d.,])((?:19|20)\d\d)\u2014(?=(?:19|20)?\d\d(?![\d]))")
#: Two years apart by a slash, the second later: "2022/25", "2022/2025" (a span, as
#: "2022–25" is); not a date ("12/2024") nor a fraction.
_YEARS_SLASH: Final = re.compile(
    r"(?<![\d.,/])((?:19|20)(\d\d))/((?:19|20)?(\d\d))(?![\d/.,]\d|\d)"
)


def _years_slash(m: re.Match[str]) -> str:
    first, second = m.group(1), m.group(3)
    later = int(second) > int(first) if len(second) == 4 else int(m.group(4)) > int(m.group(2))
    return f"{first}\u2013{second}" if later else m.group()


_INVISIBLE: Final = "\u00ad\u200b\u200e\u200f\u2060\ufeff\u061c\u202a-\u202e\u2066-\u2069"
#: What is changed in length: each alternative's match is replaced by :func:`_read`.
_CHANGED: Final = re.compile(
    rf"[{_INVISIBLE}]++"
    r"|(?<=\d)[\u200c\u200d]++|[\u200c\u200d]++(?=\d)"
    r"|&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"
    r"|\\[!-(*-\-/:-@\[-`{-~]|(?<=\d)\\(?=[\u2013\u2014]\d)"
    # not an initial after a number ("In 2024 M. Ivanov"): a letter with a full stop and a
    # capital after it is left apart ("1.2 M. The army" with it: as before this reading)
    r"|(?<=\d)[ \u00a0\u2009\u202f](?=[KM](?![\w])(?![ \t]*+\d)(?!\.[ \t]*+[A-Z]))"
    # a footnote number on a per cent sign: "almost 10%2 of the troops"
    r"|(?<=\d%)\d{1,2}(?=[ \t\u00a0\n]|[,;:.!?](?!\d))"
    # a footnote number on a year: "since 2022.1 The …", "in 2024.12 In 2025 …"
    r"|(?<=(?<![\d.,])(?:19|20)\d\d\.)\d{1,2}(?=[ \t\u00a0]++[\"“‘«(]?[A-Z])"
)
#: A grid table's border: "+-----+-----+", "+=====+=====+", "+:----+----:+".
_GRID_BORDER: Final = re.compile(r"^[ \t]*+\+(?>(?:[-=:]++\+)+)[ \t\r]*+$", re.MULTILINE)
_GRID_CELLS: Final = str.maketrans("+=:", "|--")


def _grid_tables(text: str) -> str:
    """``text`` with its grid tables' borders as a pipe table's (same length)."""

    def border(m: re.Match[str]) -> str:
        line = m.group()
        before = text[text.rfind("\n", 0, max(m.start() - 1, 0)) + 1 : m.start()].lstrip()
        if m.start() == 0 or not before.startswith(("|", "+")):
            return " " * len(line)  # the top border: the header row opens the table
        return line.translate(_GRID_CELLS)

    return _GRID_BORDER.sub(border, text)


#: Whether a text holds anything :func:`plain` changes.
_ANY: Final = re.compile(
    rf"[{_INVISIBLE}\u200c\u200d&\\\u2007\u2008\u200a\u2010\u2011\u2014]"
    r"|\d[ \u00a0\u2009\u202f][KM]|(?:19|20)\d\d[./]\d|\+[-=]|%\d|<[tT][rR]\b"
)


@dataclass(frozen=True, slots=True)
class Plain:
    """A draft's text read plain, and where each of its characters stands in the draft."""

    text: str
    #: for each character of :attr:`text`, its offset in the draft; one more item, the
    #: draft's length
    back: OffsetMap | None  # None: the same offsets
    #: for a character read from several of the draft's ("&#48;", "\\-"), by the draft's
    #: offset of its first, the offset just after its last: a span never ends inside one
    wide: dict[int, int] | None = None

    def start(self, offset: int) -> int:
        """The draft's offset of the character at ``offset`` of :attr:`text`."""
        if self.back is None:
            return offset
        return self.back[min(max(offset, 0), len(self.back) - 1)]

    def end(self, offset: int) -> int:
        """The draft's offset just after the character before ``offset`` of :attr:`text`:
        the end of a span that ends at ``offset``."""
        if self.back is None or offset <= 0:
            return self.start(offset)
        if offset >= len(self.back):
            return self.back[-1]
        last = self.start(offset - 1)
        return self.wide.get(last, last + 1) if self.wide else last + 1


def _read(m: re.Match[str]) -> str:
    s = m.group()
    if s[0] == "&":
        decoded = html.unescape(s)
        if decoded == s or "\n" in decoded or "\r" in decoded:
            return s
    elif s[0] == "\\":
        decoded = s[1:]
    else:
        return ""
    if decoded in STAND_INS:  # literal text, never markup: blanking passes it by
        return STAND_INS[decoded]
    if decoded != ">":
        return decoded
    before = m.string[max(0, m.start() - 4) : m.start()].rsplit("\n", 1)
    if (len(before) == 2 or m.start() <= 4) and not before[-1].strip():
        # opening a line, it would be a quote's marker, which an escape or a reference
        # never is: the full-width sign, which reads as "over" too
        return "\uff1e"
    return decoded


def plain(text: str) -> Plain:
    """``text`` read plain (see the module's docstring), with its map back to ``text``."""
    if _ANY.search(text) is None:
        return Plain(text, None)
    text = _YEARS_EM_DASH.sub("\\1\u2013", text.translate(_SAME_LENGTH))
    if "/" in text:
        text = _YEARS_SLASH.sub(_years_slash, text)
    if "+-" in text or "+=" in text:
        text = _grid_tables(text)
    if "<" in text:
        text = html_tables(text)
    parts: list[str] = []
    back = OffsetMap()
    wide: dict[int, int] = {}
    pos = 0
    for m in _CHANGED.finditer(text):
        start, end = m.span()
        read = _read(m)
        if read == m.group():
            continue
        parts.append(text[pos:start])
        back.extend(range(pos, start))
        parts.append(read)
        back.repeat(start, len(read))
        if read and end - start > 1:
            wide[start] = end
        pos = end
    if not parts:
        return Plain(text, None)
    parts.append(text[pos:])
    back.extend(range(pos, len(text) + 1))
    return Plain("".join(parts), back, wide or None)


def in_draft(items: list[AuditItem], read: Plain, draft: str) -> list[AuditItem]:
    """``items`` audited on ``read.text``, their figures and periods placed in ``draft``
    (the text ``read`` was read from), with its lines and columns."""
    if read.back is None:
        return items
    from dataclasses import replace

    from desertcheck.audit.placing import number_start
    from desertcheck.utf8 import line_starts, placed

    starts = line_starts(draft)
    out = []
    for it in items:
        q = it.figure
        start, end = read.start(q.start), read.end(q.end)
        # at its number when its qualifier ends the line above, as the draft read plain is
        line, column = placed(starts, read.start(number_start(q)))
        period = it.period
        if period is not None:
            period = replace(period, start=read.start(period.start), end=read.end(period.end))
        out.append(
            replace(
                it,
                figure=replace(q, start=start, end=end),
                period=period,
                line=line,
                column=column,
            )
        )
    return out
