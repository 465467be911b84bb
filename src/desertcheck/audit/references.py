"""A reference number: a designation after a reference word, told from a statistic there.

"Part 3", "page 12", "brigade 155", "case 12", "Seminar room 3.14" name a thing by a small
number; the same words stand before a statistic as often ("In the Russian army 60,000
soldiers have deserted", "In the Southern military district 25,000 cases were reported").
A designation is a bare number written as a label is written: no qualifier, no thousands
grouping, no scale word, and no noun after it that names what a count counts (people,
cases, verdicts). A figure with any of these is a statistic, whatever word stands before
it. The reference word must be on the figure's own line: a heading "BY DISTRICT" is no
label of a figure on the line below.

A heading's own numbering needs no reference word when it is a number word that ends the
heading ("## The story, draft two", "Notes, take three" over a line of `===`): bare and
small and right after a word, it numbers the piece; a headline's figure is read ("## 192
desertion trials", "## Deserters: more than ten thousand", "## Deserted in 2024: twelve").
"""

from __future__ import annotations

import re
from typing import Final

from desertcheck.audit.terms import terms
from desertcheck.compiled import regex
from desertcheck.labels import LABEL_WORDS
from desertcheck.quantity import Quantity

#: A reference word right before the number, on its line: "Part 3", "page 12", "brigade
#: 155", a course's "Week 9", "Exercise 3.1", "Seminar room 3.14", "(see 4.5)".
_REFERENCE_BEFORE: Final = regex(
    rf"(?:\b(?:{LABEL_WORDS}|part|parts|clause|item|items|point|points|line|lines|pages|"
    r"volume|vol|issue|brigade|"
    r"graphic|card|slide|panel|cam|camera|episode|version|edition|"
    r"photo|photograph|picture|image|plate|caption|scene|sidebar|"
    r"regiment|division|battalion|army|corps|district|case|file|exercise|lesson|room|"
    r"module|lecture|seminar|session|task|activity|appendix|annex|draft|section|sections|"
    r"paragraph|paragraphs|para|paras|"
    # a week's number, not "last week 31" (last week's count)
    r"(?<!last\s)(?<!this\s)(?<!next\s)(?<!per\s)(?<!a\s)(?<!each\s)(?<!every\s)week"
    # a cross-reference in brackets: "(see 4.5)", "(cf. 12)", "(see also 3)"
    r"|(?<=\()(?:see(?:[^\S\n]+also)?|cf))"
    r"\.?[^\S\n]*)\Z",
    re.IGNORECASE,
)
#: Reference words that are verbs too: "courts issue 848 verdicts", "they file 20 cases".
_A_VERB_TOO: Final = regex(r"(?:issue|file)\s*\Z", re.IGNORECASE)
#: Units of a file's size, as the parser reads them.
_DATA_SIZES: Final = frozenset({"b", "kb", "mb", "gb", "kib", "mib", "gib", "bytes"})
#: Digits grouped in thousands (a comma, a space of any width, an apostrophe), as no
#: label is written: "60,000", "25 000", "18'159".
_GROUPED: Final = regex(r"\d[,'’\s\u00a0\u2007-\u200a\u202f]\d{3}(?!\d)")
#: A scale word or suffix: "2 million", "60k", "1.5m", "sixty thousand".
_SCALE: Final = regex(
    r"\d\s?[kKmM]\b|\b(?:thousand|million|billion|mln|mn|bn|тысяч\w*|миллион\w*|тисяч\w*|"
    r"мільйон\w*)\b",
    re.IGNORECASE,
)
#: The first word after the figure.
_NEXT_WORD: Final = regex(r"\A[\s*_\"“”'’]*([^\W\d_]+(?:-[^\W\d_]+)?)")
#: What a count counts, as the lexicon reads words (stems and synonyms): "soldiers",
#: "men", "deserters", "cases", "convictions", "verdicts", "people", "prisoners".
_COUNTED: Final = frozenset(
    terms(
        "soldiers prisoners people persons deserters cases convictions verdicts deaths "
        "injured displaced requests refusals combatants"
    )
)


def a_statistic_all_the_same(q: Quantity, after: str) -> bool:
    """Whether ``q``, right after a reference word, is a statistic all the same: hedged,
    grouped in thousands, with a scale word, or followed by what a count counts."""
    if q.qualifier != "exactly" or _GROUPED.search(q.text) or _SCALE.search(q.text):
        return True
    m = _NEXT_WORD.match(after)
    return m is not None and not _COUNTED.isdisjoint(terms(m.group(1)))


def a_reference(before: str, after: str, q: Quantity) -> bool:
    """Whether ``q`` is a designation: a reference word right before it on its line
    ("Army 58", "Issue 12"), and nothing that makes it a statistic. ``before`` and
    ``after`` are the draft's text on either side of the figure."""
    ref = _REFERENCE_BEFORE.search(before)
    if not ref or a_statistic_all_the_same(q, after):
        return False
    # not "courts issue 848 verdicts"; "file 388 KB" is a file's size
    return not (_A_VERB_TOO.match(ref.group()) and q.unit and q.unit not in _DATA_SIZES)


#: An ATX heading's opening, and a setext heading's underline on the next line.
_ATX: Final = regex(r"[ \t]{0,3}#{1,6}[ \t]")
_SETEXT_BELOW: Final = regex(r"\n[ \t]{0,3}(?:=+|-+)[ \t]*(?:\n|\Z)")
#: A word right before the number, as a numbering follows its noun ("take three").
_AFTER_A_WORD: Final = regex(r"[^\W\d_][ \t]+\Z")
#: Nothing but closing marks and spaces to the end of the line.
_LINE_ENDS: Final = regex(r"[ \t*_.:!?)\"”’]*(?:\n|\Z)")


def heading_numbering(text: str, q: Quantity) -> bool:
    """Whether ``q`` is a number word that ends a heading of ``text``, bare and small: the
    heading's numbering ("## The story, draft two"), not a statistic."""
    if q.qualifier != "exactly" or q.unit or any(c.isdigit() for c in q.text):
        return False
    if q.high != q.low or q.high >= 100 or not _LINE_ENDS.match(text, q.end):
        return False
    if not _AFTER_A_WORD.search(text, 0, q.start):
        return False  # a headline's figure after a colon or dash: "## Deserted in 2024: twelve"
    line_start = text.rfind("\n", 0, q.start) + 1
    line_end = text.find("\n", q.end)
    return bool(_ATX.match(text, line_start)) or (
        line_end >= 0 and bool(_SETEXT_BELOW.match(text, line_end))
    )
