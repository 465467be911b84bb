"""A draft's own apparatus, which the quantity parser reads as numbers: no statistics.

* numbering: an alert's or a question's number ("Alert 3", "(alert 1 of 16)", "Q4"),
  an "N of M" counter after one, and the number that opens a link's text, as in a table
  of contents ("[1. Deserters](#1)");
* the length of a text and its reading time: "5 min read", "Reading time: 7 minutes",
  "1,500 words" ("1 240 ord"), "60 characters", "12 pages long";
* a quiz's scoring and the answers it accepts: "(two points)", "16 points:", "anything
  between 35 and 40", a band of scores that opens a list item
  ("- 0-5: …", "0-3 correct");
* a count of the things the text names: "one of three offences", "the least serious of
  the three";
* a page of a bundle of documents: "[AB/88]", "[RB/1-24]";
* the second year of a season or programme year: "2024-25" (the parser keeps "25");
* the titles of other pieces on a "Related:" or "Read more:" line;
* an object's size and a type size: "21 × 14 cm", "30 x 42 cm", "48 pt", "a 12-point
  font", "ext. 4417".

Each rule looks only at the words right around the number (:func:`apparatus`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from desertcheck.compiled import regex

if TYPE_CHECKING:
    from desertcheck.quantity import Quantity

#: The draft's own numbered parts: "Alert 3", "(alert 1 of" … , "Question 4", "Q4".
_NUMBERED_BEFORE = regex(
    r"(?:\b(?:alerts?|notifications?|questions?|q)\.?[ \t]*(?:no\.?[ \t]*)?)\Z"
    r"|\b(?:alerts?|notifications?|questions?|q|items?)\.?[ \t]*\d{1,3}[ \t]+of[ \t]*\Z",
    re.IGNORECASE,
)
#: The number that opens a link's text, followed by its title: "[1. Deserters](#1)".
_LINK_NUMBER_BEFORE = regex(r"\[[ \t]*\Z")
_LINK_NUMBER_AFTER = regex(r"\A[.)][ \t]+\S")
#: A text's length or reading time: "5 min read", "a 10-minute read", "1,500 words", and
#: in Norwegian, Swedish or Danish "1 240 ord".
_LENGTH_AFTER = regex(
    r"\A(?:-|\s+)(?:min(?:ute)?s?\.?(?:['’]s?)?\s+read\b|words?\b|ord\b|characters?\b|chars\b|"
    r"pages?\s+long\b)",
    re.IGNORECASE,
)
_READING_TIME_BEFORE = regex(
    r"\b(?:reading|read|listening|running)[ \t]+time[ \t]*:?[ \t]*\Z", re.IGNORECASE
)
#: A quiz's scoring: "two points", "half a point", "16 points:", "0-3 correct" (not
#: "percentage points").
_POINTS_AFTER = regex(
    r"\A\s+(?:an?\s+)?(?:points?\b(?!\s+(?:higher|lower|up|down))|correct\b)", re.IGNORECASE
)
_PERCENTAGE_BEFORE = regex(r"\bpercentage\s*\Z", re.IGNORECASE)
#: A quiz's tolerance for an answer: "anything between 35 and 40", "any answer from 150 to 250".
_ANY_ANSWER_BEFORE = regex(
    r"\b(?:anything|any\s+(?:answer|figure|number|guess|estimate))\s+\Z", re.IGNORECASE
)
#: A count of the things the text names, after "one of", "the first of", a superlative:
#: "one of three offences", "the least serious of the three", "the lightest of the three
#: charges"; not a share ("one in three") and not "289 of the 1,396".
_ONE_OF_BEFORE = regex(
    r"\b(?:one|each|any|all|both|none|neither|either|first|second|third|last|latest|only|"
    r"[^\W\d_]{2,}est|(?:most|least)\s+[^\W\d_]+)\s+of\s+(?:the\s+|these\s+|those\s+)?\Z",
    re.IGNORECASE,
)
#: A count of the text's own figures before "of": "two of Proekt's wartime figures", "three
#: of the numbers above" (not "two of them", "13,500 of the deserters").
_OF_THE_FIGURES_AFTER = regex(
    r"\A\s+of\s+(?:the|these|those|its|our|their|[^\W\d_]+['’]s?)\s+(?:[^\W\d_-]+\s+){0,2}"
    r"(?:figures|numbers|statistics|stats|facts|claims|mistakes|errors)\b",
    re.IGNORECASE,
)
#: A band of scores that opens a list item and is followed by a colon: "- 0-5: …".
_ITEM_START = regex(r"(?:\A|\n)[ \t]*(?:[-*+•][ \t]+)?\Z")
_COLON_AFTER = regex(r"\A[ \t]*:")
#: A reference to a page of a bundle of documents: "[AB/88]", "[RB/1-24]".
_BUNDLE_BEFORE = regex(r"\[[A-Z]{1,4}/[\d\s,–-]*\Z")
#: "2024-25": the second year of a season, its century cut.
_SEASON_BEFORE = regex(r"(?<!\d)((?:19|20)\d\d)[-–/]\Z")
#: A line of links to other pieces: "Related: 5 things to know …", "Read more: …".
_RELATED_LINE = regex(
    r"[ \t*_>]*(?:related|read\s+more|read\s+next|see\s+also|more\s+on\s+this|"
    r"further\s+reading)\s*:",
    re.IGNORECASE,
)
#: An object's dimensions, "21 × 14 cm" (both numbers), and a type size, "48 pt", "a
#: 12-point font"; a telephone extension, "ext. 4417".
_LENGTH_UNIT = r"(?:mm|cm|inch(?:es)?|ft|px)\b"  # not "m" (million), not "in"
_BY_AFTER = regex(rf"\A\s*[×xX]\s*\d+(?:[.,]\d+)?\s*(?:[×xX]\s*\d+(?:[.,]\d+)?\s*)?{_LENGTH_UNIT}")
_BY_BEFORE = regex(r"\d(?:[.,]\d+)?\s*[×xX]\s*\Z")
_UNIT_AFTER = regex(rf"\A\s*{_LENGTH_UNIT}")
_TYPE_SIZE_AFTER = regex(r"\A(?:\s*pt\b|-?\s*point\s+(?:type|font|text|size)\b)", re.IGNORECASE)
_EXTENSION_BEFORE = regex(r"\b(?:ext\.|extension)[ \t]*\Z", re.IGNORECASE)


def _measure_of_a_thing(before: str, after: str) -> bool:
    """ "21 × 14 cm", "48 pt", "ext. 4417": an object's or a type's size, an extension."""
    return bool(
        _BY_AFTER.match(after)
        or (_BY_BEFORE.search(before) and _UNIT_AFTER.match(after))
        or _TYPE_SIZE_AFTER.match(after)
        or _EXTENSION_BEFORE.search(before)
    )


def apparatus(text: str, q: Quantity) -> bool:
    """Whether the figure ``q`` of the blanked draft ``text`` is the draft's own apparatus
    (numbering, a length or reading time, a quiz's score, a season's second year, the
    title of a related piece), not a statistic."""
    before = text[max(0, q.start - 30) : q.start]
    after = text[q.end : q.end + 30]
    if q.qualifier == "exactly" and (
        _NUMBERED_BEFORE.search(before)
        or (_LINK_NUMBER_BEFORE.search(before) and _LINK_NUMBER_AFTER.match(after))
        or _READING_TIME_BEFORE.search(before)
        or _BUNDLE_BEFORE.search(before)
        or _measure_of_a_thing(before, after)
    ):
        return True
    if q.qualifier in ("exactly", "between") and (
        _LENGTH_AFTER.match(after)
        or (_POINTS_AFTER.match(after) and not _PERCENTAGE_BEFORE.search(before))
    ):
        return True
    if q.qualifier == "exactly" and q.low == q.high <= 10 and _ONE_OF_BEFORE.search(before):
        return True  # "the least serious of the three", "one of three offences"
    if q.qualifier == "exactly" and q.low == q.high <= 10 and _OF_THE_FIGURES_AFTER.match(after):
        return True  # "we got two of Proekt's figures the wrong way round"
    if q.qualifier == "between" and _ANY_ANSWER_BEFORE.search(before):
        return True  # "Half a point for anything between 35 and 40"
    if (
        q.qualifier == "between"
        and q.low == 0
        and _ITEM_START.search(before)
        and _COLON_AFTER.match(after)
    ):
        return True  # "- 0-5: there is always next Saturday"
    season = _SEASON_BEFORE.search(before)
    if season and q.low == q.high and q.text.strip().isdigit() and len(q.text.strip()) == 2:
        return (int(season.group(1)) + 1) % 100 == int(q.low)
    line_start = text.rfind("\n", 0, q.start) + 1
    return bool(_RELATED_LINE.match(text, line_start))


#: A list item that opens with its answer in bold: "5. **38.** Half a point …" (the
#: full stop inside the emphasis, group 1).
_BOLD_ANSWER = regex(r"(?m)^[ \t]*\d{1,3}[.)][ \t]+(?:\*\*|__)[^\s*_]*?\d(\.)(?:\*\*|__)")


def bold_answers(text: str, blanked: str) -> str:
    """``blanked`` with the full stop of a bold answer that opens a list item ("5.
    **38.** Half a point …") made a semicolon: blanked, the number stands at the start of a
    line before a full stop, where the parser reads list numbering and skips it."""
    stops = [m.start(1) for m in _BOLD_ANSWER.finditer(text)]
    if not stops:
        return blanked
    chars = list(blanked)
    for i in stops:
        chars[i] = ";"  # the end of the figure: no unit read after it
    return "".join(chars)
