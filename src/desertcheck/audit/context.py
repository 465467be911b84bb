"""Context beyond the sentence: what a reader of the draft knows when they reach a figure.

A figure's sentence says most of what it counts, but not all:

* a table row inherits its table's header row and the paragraphs right before and after
  the table (its lead-in and its caption), at :data:`BLOCK_WEIGHT`;
* a list item inherits the paragraph that leads into the list, at :data:`BLOCK_WEIGHT`;
* a row of a table whose cells are prose (a script's VISUAL | AUDIO) is a block of its own,
  read as prose, each cell inheriting the row at :data:`BLOCK_WEIGHT` (:mod:`.prose_tables`);
* a paragraph (or list) right after a paragraph that asks a question answers it, and
  inherits the question at :data:`BLOCK_WEIGHT` (an interview's "Q: How many men have left
  the army?" names the measure its answer gives the figure of);
* every figure inherits the captions of its section (a paragraph labelled "Caption.",
  "Chart:", "Подпись:") at :data:`BLOCK_WEIGHT`, and their period when it has none;
* every figure inherits its section's heading at :data:`HEADING_WEIGHT` and the draft's
  title at :data:`TITLE_WEIGHT`;
* a sentence that refers back ("such cases", "that year", "the same period", "за тот же
  период") inherits the previous sentence's words at :data:`BLOCK_WEIGHT`; any other
  sentence inherits the words of the sentence before it in its paragraph at
  :data:`PARAGRAPH_WEIGHT`.

These words count towards a claim's key words (what it measures, of whom), never towards
the share of the sentence a claim explains, and they name measures for ``mismatch`` as
the sentence's own words do. A figure whose own sentence gives no period
takes the period of its lead-in or caption, or of the sentence it refers back to
(:attr:`Surround.period`), and its item says where the period was read.

The draft is cut into blocks once (:class:`DraftContext`); each figure looks its block up
by line, so the work stays linear in the draft's length.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Final

from desertcheck.audit.comparisons import main_period
from desertcheck.audit.fixed_width import as_table
from desertcheck.audit.period_cells import iso_months, period_cell
from desertcheck.audit.period_points import days_of_point
from desertcheck.audit.periods import DraftPeriod
from desertcheck.audit.prose_tables import one_period, prose_table_lines
from desertcheck.audit.qualifiers import header_qualifier
from desertcheck.audit.relative_months import dated_periods
from desertcheck.audit.repeated import repeated
from desertcheck.audit.replies import corrects, is_reply, repeats
from desertcheck.audit.table_periods import read_on, table_periods
from desertcheck.audit.terms import terms
from desertcheck.audit.window import ELLIPTIC_WORDS, words_said
from desertcheck.compiled import regex
from desertcheck.draft import BULLET

BLOCK_WEIGHT: Final = 0.5
#: The sentence a figure's sentence refers back to ("The correct figure is more than
#: 50,000.", "It is 12 years.", "Of these, 4,373…"): its words say what the figure counts.
REFER_WEIGHT: Final = 0.8
PARAGRAPH_WEIGHT: Final = 0.3
HEADING_WEIGHT: Final = 0.35
TITLE_WEIGHT: Final = 0.2

_HEADING = regex(r"[ \t]{0,3}(#{1,6})[ \t]+(.*)")
_TABLE = regex(r"[ \t]*(?:\||\^[^\n]*[|^][ \t]*\Z)")  # a pipe row, DokuWiki's "^ Figure ^"
#: A table's label at the start of a paragraph: "**Table 1.** Proekt's figures…" labels the
#: table after it, so it is that table's caption, and no caption of the table before it.
_TABLE_LABEL = regex(r"\W*(?:table|таблица)\s+\d", re.IGNORECASE)
#: A table cell that is a year or a span of years and nothing else: the row's period.
_YEAR_CELL = regex(r"\s*((?:19|20)\d\d(?:\s*[-–—]\s*(?:19|20)?\d\d)?)\s*")
#: A column of references, not figures: "Article", "Art.", "No.", "§", "Статья", "Article
#: of the Criminal Code" (not "No. of cases", a count).
_REFERENCE_HEADER = regex(
    r"\s*(?:(?:articles?|art\.?|sections?|paragraphs?|para\.?|clauses?)(?:\s+of\s+[^|]*)?|parts?|"
    r"no\.?|n[or]|#|§|id|code|ref\.?|статья|статьи|ст\.?|№|пункт|часть)\s*",
    re.IGNORECASE,
)
#: A caption's label at the start of a paragraph: "**Caption.** Desertion cases by
#: district…" says what the figures under its heading (a chart's, a table's) count.
_CAPTION_LABEL = regex(r"\W*(?:caption|chart|graphic|подпись)\s*[.:]", re.IGNORECASE)
#: A paragraph that asks a question: it ends with "?" (before closing quotes or brackets).
_QUESTION = regex(r"\?[\s\"'»”)\]]*\Z")
#: A speaker's label at the start of a paragraph: "**HOLT:**", "Q:", "ВОПРОС:".
_SPEAKER = regex(r"\W*(?:[^\W\d]+[ .'’-]*){1,3}:\W*")
#: A question that follows up the one before it, with no subject of its own: "And as a
#: share of the troops?", "What about desertion?", "А в процентах?".
_FOLLOW_UP = regex(r"(?:and|but|so|what\s+about|how\s+about|а|и)\b", re.IGNORECASE)
_LIST = regex(rf"[ \t]*(?:{BULLET}|\d{{1,3}}[.)])[ \t]+")
#: Words that point back to the previous sentence's subject: they count before the
#: sentence's first figure ("Of these, 4,373…"; in "20,662 men…, and 17,721 of them" the
#: antecedent is in the sentence); Danish "af dem", "heraf", Turkish "bunların", Greek "από
#: αυτούς", Hungarian "közülük", Estonian "neist", Bulgarian "от
#: тях" alike.
SUBJECT_ANAPHORA: Final = regex(
    r"\b(?:such\s+(?:cases|figures|convictions|prosecutions|trials)|those\s+cases|"
    r"of\s+(?:them|these|those))\b|из\s+них|(?<!\w)(?:af\s+dem|heraf|bunların|bunlardan"
    r"|από\s+αυτ(?:ούς|ές|ά)|közülük|ezek\s+közül|neist|от\s+тях)(?!\w)"
    # a sentence that is its figure, of the last one's subject: "It is 12 years.", "This
    # was 4,600." (right before its first figure: "It is a lighter offence — …" is not)
    r"|\A\W*(?:it|this|that)(?:\s+(?:is|was|has\s+been|had\s+been|stands\s+at|stood\s+at|"
    r"now\s+stands\s+at)|['’]s)\s+(?:now\s+|actually\s+|in\s+fact\s+)?\Z",
    re.IGNORECASE,
)
#: Words that point back to the previous sentence's figure, anywhere in a sentence: "1.6
#: million: military personnel within that total", "half of that figure".
FIGURE_ANAPHORA: Final = regex(
    r"\b(?:(?:that|the\s+same|the\s+(?:correct|right|true|actual|real|accurate|"
    r"corrected))\s+(?:total|figure|number|count|tally|sum)"
    # "The EU asylum agency puts it at over 16,000": "it" is the last sentence's figure
    r"|(?:puts?|putting|places?|estimates?|estimated|sets?)\s+(?:it|them|that|the\s+"
    r"(?:figure|number|total|count|tally))\s+at)\b",
    re.IGNORECASE,
)
#: Words that point back to the previous sentence's period, anywhere in a sentence.
PERIOD_ANAPHORA: Final = regex(
    r"\b(?:that\s+(?:year|period|month|time)|the\s+same\s+(?:period|year|month|time|"
    r"months|span))\b|за\s+тот\s+же\s+период",
    re.IGNORECASE,
)


@dataclass
class Surround:
    """What a figure inherits from around its sentence."""

    weights: dict[str, float] = field(default_factory=dict)  # stem -> weight
    period: DraftPeriod | None = None
    period_from: str = ""  # where the inherited period was read: "the table's caption"…
    parts: tuple[str, ...] = ()  # what was inherited, for the explanation
    headings: tuple[str, ...] = ()  # its section's heading and the title, the nearer first

    def add(self, text: str, weight: float) -> None:
        for t in terms(text):
            if self.weights.get(t, 0.0) < weight:
                self.weights[t] = weight


@dataclass
class _Block:
    first: int  # line numbers, 0-based, inclusive
    last: int
    kind: str  # heading, table, row (of a prose table), list, paragraph, blank


def _kind(line: str) -> str:
    if not line.strip():
        return "blank"
    if _HEADING.match(line):
        return "heading"
    if _TABLE.match(line):
        return "table"
    if _LIST.match(line):
        return "list"
    return "paragraph"


class DraftContext:
    """A draft cut into blocks (headings, tables, lists, paragraphs), for :meth:`around`."""

    def __init__(self, original: str, blanked: str) -> None:
        self._lines = original.split("\n")
        self._blanked_lines = blanked.split("\n")
        self._starts = [0]
        for line in self._lines[:-1]:
            self._starts.append(self._starts[-1] + len(line) + 1)
        self._blocks: list[_Block] = []
        self._block_of: list[int] = []
        prose = prose_table_lines(self._lines) if "|" in original else frozenset()
        self._fixed = as_table(self._lines, self._blanked_lines, original)
        for n, line in enumerate(self._lines):
            kind = "row" if n in prose else "table" if n in self._fixed else _kind(line)
            # a list item's wrapped lines stay in the list; a paragraph's lines in it
            last = self._blocks[-1] if self._blocks else None
            same = last is not None and last.last == n - 1 and kind != "heading"
            same = same and last is not None and last.kind not in ("heading", "row")
            if (
                same
                and last is not None
                and (last.kind == kind or (last.kind == "list" and kind == "paragraph"))
            ):
                last.last = n
            else:
                self._blocks.append(_Block(n, n, kind))
            self._block_of.append(len(self._blocks) - 1)
        self._headings = [i for i, b in enumerate(self._blocks) if b.kind == "heading"]
        self._table_of: dict[int, int] = {}  # a prose table's row -> its first row's block
        for i, b in enumerate(self._blocks):
            if b.kind == "row":
                self._table_of[i] = self._table_of.get(i - 1, i)
        self._block_number = {id(b): i for i, b in enumerate(self._blocks)}
        # labelled captions, by the heading of their section (-1: before any heading)
        self._captions: dict[int, list[_Block]] = defaultdict(list)
        for i, b in enumerate(self._blocks):
            if b.kind == "paragraph" and _CAPTION_LABEL.match(self._text(b)):
                self._captions[self._section(i)].append(b)
        self._cache: dict[int, Surround] = {}

    def _text(self, block: _Block, blanked: bool = True) -> str:
        lines = self._blanked_lines if blanked else self._lines
        return "\n".join(lines[block.first : block.last + 1])

    def _neighbour(self, i: int, step: int) -> _Block | None:
        """The paragraph next to block ``i`` (step -1: before, +1: after), across a blank line."""
        j = i + step
        if 0 <= j < len(self._blocks) and self._blocks[j].kind == "blank":
            if self._blocks[j].last - self._blocks[j].first > 0:
                return None
            j += step
        if 0 <= j < len(self._blocks) and self._blocks[j].kind == "paragraph":
            return self._blocks[j]
        return None

    def _section(self, i: int) -> int:
        """The block number of the heading of block ``i``'s section (-1: none)."""
        h = bisect.bisect_right(self._headings, i) - 1
        return self._headings[h] if h >= 0 else -1

    def _question(self, i: int) -> _Block | None:
        """The paragraph right before block ``i`` when it asks a question (it ends with a
        question mark): block ``i`` answers it, in an interview or a reader's Q&A."""
        before = self._neighbour(i, -1)
        if before is None or not _QUESTION.search(self._text(before)):
            return None
        return before

    def _followed_up(self, question: _Block) -> _Block | None:
        """The question before ``question`` when ``question`` follows it up ("And as a
        share of the troops?", "What about desertion?"): it says no subject of its own, so
        it asks of the earlier question's; that is two paragraphs before (the earlier
        answer between them)."""
        text = _SPEAKER.sub("", self._text(question), count=1)
        if not _FOLLOW_UP.match(text):
            return None
        q = self._block_number[id(question)]
        answer = self._neighbour(q, -1)
        return None if answer is None else self._question(self._block_number[id(answer)])

    def _caption(self, i: int) -> _Block | None:
        """The paragraph right after table ``i``, unless it labels or leads into the next
        table ("**Table 2.** …" between two tables is the second one's)."""
        after = self._neighbour(i, 1)
        if after is None or _TABLE_LABEL.match(self._text(after)):
            return None
        j = self._blocks.index(after)
        if self._neighbour_table(j):
            return None
        return after

    def _neighbour_table(self, j: int) -> bool:
        """Whether a table follows block ``j``, across one blank line at most."""
        k = j + 1
        if k < len(self._blocks) and self._blocks[k].kind == "blank":
            k += 1
        return k < len(self._blocks) and self._blocks[k].kind == "table"

    def _row(self, offset: int) -> tuple[_Block, str, int] | None:
        """The table row at ``offset``: its table, its text and the column of ``offset``."""
        line = self._line(offset)
        block = self._blocks[self._block_of[line]]
        if block.kind != "table" or line == block.first:
            return None
        row = self._blanked_lines[line]
        return block, row, row.count("|", 0, offset - self._starts[line])

    def inherited(
        self, blanked: str, spans: list[tuple[int, int]], span: tuple[int, int], first: int
    ) -> Surround:
        """What the sentence ``span`` inherits: its block's context; the previous sentence's
        words and period when it refers back to it ("such cases", "that year"), else, when
        that sentence is in the same paragraph, its words at a lower weight."""
        surround = self.around(span[0])
        i = bisect.bisect_left(spans, span) - 1
        if i < 0:
            return surround
        before = blanked[spans[i][0] : spans[i][1]]
        corrected = corrects(blanked, spans[i], span)  # a chat's "*18,159. fat fingers"
        if not corrected and not refers_back(blanked[span[0] : span[1]], first - span[0]):
            # "Another 1,010 concern desertion": more of what the sentence before counted
            # (its words, not its period); "more than 1,040 …" — "Some 1,040, as of the
            # summer": the number of a sentence just before, retorted or corrected
            more = _MORE_OF.match(blanked, span[0], first) is not None
            again = more or repeats(blanked, spans[i], span, first)  # a chat's reply
            echoed = spans[i] if again else repeated(blanked, spans, i, first, span[1])
            if echoed is not None:
                out = Surround(dict(surround.weights), surround.period, surround.period_from)
                out.add(blanked[echoed[0] : echoed[1]], REFER_WEIGHT)
                why = "the sentence it adds to" if more else "the sentence whose number it repeats"
                out.parts = (*surround.parts, why)
                return out
            if not self.same_block(spans[i][0], span[0]):
                return surround
            out = Surround(dict(surround.weights), surround.period, surround.period_from)
            reply = is_reply(blanked, spans[i], span)  # a chat's message: a reply
            short = words_said(blanked[span[0] : span[1]]) <= ELLIPTIC_WORDS  # "Thirty-eight
            weight = BLOCK_WEIGHT if reply else REFER_WEIGHT if short else PARAGRAPH_WEIGHT
            out.add(before, weight)  # a working day, they calculated."
            if reply and i and is_reply(blanked, spans[i - 1], spans[i]):  # of a thread
                out.add(blanked[spans[i - 1][0] : spans[i - 1][1]], BLOCK_WEIGHT)
            out.parts = (*surround.parts, "the message before" if reply else "the sentence before")
            return out
        out = Surround(dict(surround.weights), surround.period, surround.period_from)
        out.add(before, REFER_WEIGHT)
        out.parts = (*surround.parts, "the sentence it refers back to")
        period = main_period(dated_periods(before, spans[i][0]), before, spans[i][0])
        if period is not None:  # its own, not one it compares with ("up from … in 2024")
            out.period, out.period_from = period, "the sentence it refers back to"
        return out

    def cell_period(self, offset: int) -> DraftPeriod | None:
        """The period a table row gives the figure at ``offset``: a cell of its row that is
        a year or a span of years (a "Period" column: "| convictions | 2021 | 527 |"), or
        the header of its own column when that is one ("| Offence | 2023 | 2024 |")."""
        found = self._row(offset)
        if found is None:
            return None
        block, row, column = found
        start = self._starts[self._line(offset)]
        cells = [(m.start(), m.group()) for m in re.finditer(r"[^|]+", row)]
        header = self._blanked_lines[block.first].split("|")
        own = header[column] if column < len(header) else ""
        own_year = None if iso_months(own) else _YEAR_CELL.fullmatch(own)
        if own_year:
            days = days_of_point(own_year.group(1))
            if days:
                at = self._starts[block.first]
                return DraftPeriod("in", days, days, own_year.group(1), at, at + len(own))
        for at, cell in cells:
            m = None if iso_months(cell) else _YEAR_CELL.fullmatch(cell)
            days = days_of_point(m.group(1)) if m else None
            if m and days:
                return DraftPeriod("in", days, days, m.group(1), start + at, start + at + len(cell))
            read = period_cell(cell)
            if read is not None:
                kind, a, b = read
                return DraftPeriod(kind, a, b, cell.strip(), start + at, start + at + len(cell))
        return None

    def _header_of(self, offset: int) -> tuple[str, str] | None:
        """For the figure at ``offset`` in a table row: (the row up to it, the header of its
        column); None when it stands in no table row."""
        found = self._row(offset)
        if found is None:
            return None
        block, row, column = found
        header = self._blanked_lines[block.first].split("|")
        before = row[: offset - self._starts[self._line(offset)]]
        return " | ".join(before.split("|")[:column]), header[column] if column < len(
            header
        ) else ""

    def column_header(self, offset: int) -> str:
        """The header of the table column the figure at ``offset`` stands in ("Soldiers
        convicted"), or "" (no table row, or a header cell that is a year)."""
        found = self._header_of(offset)
        return "" if found is None or _YEAR_CELL.fullmatch(found[1]) else found[1]

    def row_label(self, offset: int) -> str:
        """For the figure at ``offset`` in a table row: the row's cells before it and its
        column's header ("| Convictions a month | 700-800 |": what the cell counts, and
        how often); "" when it stands in no table row."""
        found = self._header_of(offset)
        return "" if found is None else f"{found[0]} | {found[1]}"

    def cell_qualifier(self, start: int, end: int) -> str | None:
        """For the figure at ``start..end`` in a table row: the qualifier its column's
        header gives it ("| District | Cases (approx.) |": about), "" when neither that
        header nor the rest of its row has a qualifier word (a bare cell), None when the
        figure stands in no table row or its row qualifies some other cell."""
        found = self._row(start)
        if found is None:
            return None
        block, row, column = found
        header = self._blanked_lines[block.first].split("|")
        said = header_qualifier(header[column]) if column < len(header) else None
        if said is not None:
            return said
        line_start = self._starts[self._line(start)]
        rest = row[: start - line_start] + " " + row[end - line_start :]
        return "" if header_qualifier(rest) is None else None

    def in_reference_column(self, offset: int) -> bool:
        """Whether the figure at ``offset`` stands in a table column of references
        ("| Article | Offence | Cases |": 337 is an article, not a count)."""
        found = self._row(offset)
        if found is None:
            return False
        block, _, column = found
        header = self._blanked_lines[block.first].split("|")
        return column < len(header) and _REFERENCE_HEADER.fullmatch(header[column]) is not None

    def rows_block(self, offset: int) -> int | None:
        """The list or table the figure at ``offset`` is a row of (its block's number), or
        None: the rows of one list or table count one measure, most often."""
        i = self._block_of[self._line(offset)]
        block = self._blocks[i]
        if block.kind == "list" or (block.kind == "table" and self._line(offset) != block.first):
            return i
        if block.kind == "row":  # a script's rows, as a table's
            return self._table_of[i]
        return None

    def same_block(self, a: int, b: int) -> bool:
        """Whether offsets ``a`` and ``b`` lie in one block (one paragraph, say)."""
        return self._block_of[self._line(a)] == self._block_of[self._line(b)]

    def _line(self, offset: int) -> int:
        return bisect.bisect_right(self._starts, offset) - 1

    def around(self, offset: int) -> Surround:
        """What the figure at ``offset`` inherits from its table, list, section and title."""
        line = bisect.bisect_right(self._starts, offset) - 1
        i = self._block_of[line]
        if i not in self._cache:
            self._cache[i] = self._surround(i)
        return self._cache[i]

    def _surround(self, i: int) -> Surround:
        out = Surround()
        parts: list[str] = []
        block = self._blocks[i]
        periods: list[tuple[str, str, int]] = []  # (text, where, its first line)
        if block.kind in ("table", "list"):
            lead = self._neighbour(i, -1)
            if lead is not None:
                out.add(self._text(lead), BLOCK_WEIGHT)
                parts.append(f"the {block.kind}'s lead-in")
                if block.kind == "list":
                    periods.append((self._text(lead), "the list's lead-in", lead.first))
            if block.kind == "table":
                out.add(self._blanked_lines[block.first], BLOCK_WEIGHT)
                parts.append("the table's header")
                caption = None if block.first in self._fixed else self._caption(i)
                if caption is not None:  # a spreadsheet's next lines are its notes
                    out.add(self._text(caption), BLOCK_WEIGHT)
                    parts.append("the table's caption")
                led = None if lead is None else (self._text(lead), lead.first)
                noted = None if caption is None else (self._text(caption), caption.first)
                labelled = led is not None and bool(_TABLE_LABEL.match(led[0]))
                periods += table_periods(led, noted, labelled)
        if block.kind == "row":  # a script's row: its cells are each other's context
            out.add(self._text(block), REFER_WEIGHT)
            parts.append("its row")
            if one_period(self._text(block)):  # "2021: 527 → wartime: 4,373": of none
                periods.append((self._text(block), "its row", block.first))
        question = self._question(i) if block.kind in ("paragraph", "list") else None
        if question is not None:  # an interview's answer: the question names its measure
            out.add(self._text(question), BLOCK_WEIGHT)
            parts.append("the question it answers")
            periods.append((self._text(question), "the question it answers", question.first))
            earlier = self._followed_up(question)
            if earlier is not None:  # "And as a share of the troops?": of the last one's
                out.add(self._text(earlier), BLOCK_WEIGHT)
                parts.append("the question it follows up")
        captions = [c for c in self._captions.get(self._section(i), ()) if c is not block]
        for caption in captions:  # "**Caption.** …": what its section's figures count
            out.add(self._text(caption), BLOCK_WEIGHT)
            periods.append((self._text(caption), "the section's caption", caption.first))
        if captions:
            parts.append("the section's caption")
        h = bisect.bisect_left(self._headings, i) - 1
        if h >= 0:
            heading = self._blocks[self._headings[h]]
            out.headings = (_heading_text(self._text(heading)),)
            out.add(out.headings[0], HEADING_WEIGHT)
            parts.append("the section heading")
        if self._headings and self._headings[0] != i and h != 0:  # h 0: the title is the
            title = self._blocks[self._headings[0]]  # section heading, said once
            if _HEADING.match(self._lines[title.first]) and title.first < 3:
                out.headings += (_heading_text(self._text(title)),)
                out.add(out.headings[-1], TITLE_WEIGHT)
                parts.append("the title")
        for text, where, first in periods:
            found = dated_periods(text, 0)
            if found:  # "the table's lead-in, line 3": the line the period was read on
                out.period, out.period_from = found[-1], read_on(where, text, first, found[-1])
                break
        out.parts = tuple(parts)
        return out


def _heading_text(text: str) -> str:
    m = _HEADING.match(text)
    return m.group(2) if m else text


_MORE_OF = regex(r"\W*(?:another|a\s+further|ещё|еще)\s+\Z", re.IGNORECASE)


def refers_back(sentence: str, first_figure: int) -> bool:
    """Whether a sentence points back to the one before it: "that year" or "that total"
    anywhere, "such cases" or "of these" before its first figure (at offset
    ``first_figure``)."""
    return (
        PERIOD_ANAPHORA.search(sentence) is not None
        or FIGURE_ANAPHORA.search(sentence) is not None
        or SUBJECT_ANAPHORA.search(sentence, 0, first_figure) is not None
    )
