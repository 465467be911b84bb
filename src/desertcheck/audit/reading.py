"""Reading a draft's figures: which are statistics, and which words around each are its own.

The draft is blanked (:func:`desertcheck.draft.blank`: code, front matter, URLs, list and
heading numbers...) and parsed with the quantity parser. Figures that are not statistics
are dropped: references the parser keeps (``Part 3``), a year used as a word (``the 2022
amendments``) or inside period words (``over 2022 and 2023``), spans of time (``the five
years before 2023``, ``three years of war``, ``three years on``) and ages (``Sergei, 27,``,
``a 41-year-old lawyer``).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from typing import Final

from desertcheck.audit.apparatus import apparatus, bold_answers
from desertcheck.audit.axis_ticks import axis_spans
from desertcheck.audit.bracketed import counts_beside_shares
from desertcheck.audit.changes import changes_split
from desertcheck.audit.circa import circa
from desertcheck.audit.contact_numbers import contact_spans
from desertcheck.audit.continental_periods import VERB_WORDS
from desertcheck.audit.delimited import rows_in
from desertcheck.audit.elapsed import not_elapsed
from desertcheck.audit.over_span import over_a_span
from desertcheck.audit.periods import find_periods
from desertcheck.audit.prose_tables import prose_table_lines, split_at_cells
from desertcheck.audit.ratios import fold_words
from desertcheck.audit.references import a_reference, heading_numbering
from desertcheck.audit.relative import other_language_dates
from desertcheck.authoring.ages import an_age
from desertcheck.authoring.nonfigures import not_a_count
from desertcheck.compiled import regex
from desertcheck.draft import sentence_at, sentences
from desertcheck.quantity import Quantity, parse_quantities
from desertcheck.quantity.context import qualifier_before

#: A label numbering the draft itself, with or without a colon: "Version: 3", "episode 212".
_LABEL_BEFORE = regex(r"\b(?:version|edition|episode|season|revision|rev)\.?:?\s*\Z", re.IGNORECASE)
#: A running time in minutes and seconds: 2'40".
_RUNNING_TIME_AFTER = regex(r"\A\s?['′’]\s?\d\d\s?[\"″”]")
_SECONDS = (regex(r"\d\s?['′’]\s?\Z"), regex(r"\A\s?[\"″”]"))
#: A year used as a word: "the 2022 amendments".
_THE_BEFORE = regex(r"\b(?:the|its|their|this|that|a)\s+\Z", re.IGNORECASE)
#: A year after a possessive is a year used as a word: "Mediazona's 2023 count".
_POSSESSIVE_BEFORE = regex(r"\b[^\W\d_]+['’]s?\s+\Z")
#: A span of time rather than a statistic: "the past two years", "three years of war".
_TIME_BEFORE = regex(
    r"\b(?:the|past|last|previous|next|first|recent|coming|following|those|these|same)\s+\Z",
    re.IGNORECASE,
)
_TIME_AFTER = regex(
    r"\A\s*(?:years?|months?|weeks?|days?)\s+(?:ago|before|after|earlier|later|since|"
    r"of\s+(?:the\s+)?(?:[^\W\d]+\s+)?(?:war|fighting|conflict|invasion|service|trials|"
    r"prosecutions|court\s+data|data|records|reporting)\b|"
    r"on(?=\s*(?:[,.;:!?—–]|from\b|since\b|after\b|into\b))|in(?=[ \t*]*(?:[,.;:!?—–\n]|\Z)))\b",
    re.IGNORECASE,
)

#: "the five preceding years": a span of time named after its number.
_SPAN_AFTER = regex(
    r"\A\s+(?:preceding|previous|prior|past|following|subsequent|next|last|intervening|"
    r"remaining|war|wartime|full-scale\s+war)\s+(?:years?|months?|weeks?|days?)\b",
    re.IGNORECASE,
)
#: The draft's own parts: "a thread of seven posts", "тред из семи постов", "three ways",
#: "seven myths".
_OWN_PARTS_AFTER = regex(
    r"\A\s+(?:posts?|tweets?|toots?|episodes?|instal+ments?|things|ways|reasons|takeaways|"
    r"myths|постов|поста|пост|твитов|"
    r"твита|частей|части|выпусков)\b",
    re.IGNORECASE,
)
#: A listicle's count of parts that could be a statistic elsewhere, opening its heading
#: or line: "## 5 lessons from the war" (not "only 10 lessons of training").
_LISTICLE_AFTER = regex(r"\A\s+(?:lessons|facts|questions|charts)\b", re.I)
_LINE_OPENS = regex(r"(?:\A|\n)[ \t#>*_-]*+\Z")
#: The last of "Photo 4 of 9", "part 2 of 3": the count of the draft's own parts.
_OF_PARTS_BEFORE = regex(
    r"\b(?:photo|photograph|picture|image|plate|frame|part|page|card|slide|panel|episode|"
    r"chapter)\.?\s*\d{1,3}\s+of\s*\Z",
    re.IGNORECASE,
)
#: A few of the draft's own figures or sources: "the two figures do not cover the same
#: period", "from two secondary sources".
_OWN_SOURCES_AFTER = regex(
    r"\A\s+(?:(?:secondary|primary|separate|different|independent|official|main|other)\s+)?"
    r"(?:figures|numbers|sources)\b",
    re.IGNORECASE,
)
#: Post numbering at the start of a line: "**1/7** …" in a thread.
_NUMBERING = regex(r"\d{1,3}\s*/\s*\d{1,3}")


def _a_post_number(text: str, q: Quantity) -> bool:
    """ "1/7" at the start of a line (its emphasis blanked): a thread's post number."""
    line_start = text.rfind("\n", 0, q.start) + 1
    return bool(_NUMBERING.fullmatch(q.text.strip())) and not text[line_start : q.start].strip()


def _without_full_stop(q: Quantity) -> Quantity:
    """``q`` without a sentence's full stop (the parser keeps it after ``2.4 million.``)."""
    n = len(q.text) - len(q.text.rstrip(". "))
    return replace(q, text=q.text[: len(q.text) - n], end=q.end - n) if n else q


#: An age: "Sergei, 27, a contract soldier", "a 41-year-old lawyer".
_AGE_AFTER = regex(r"\A(?:-|\s+)years?-old\b|\A,", re.IGNORECASE)
_NAME_BEFORE = regex(r"\b[A-Z][a-z]+(?:\s+[A-Z]\.)?,\s*(?:now\s+|aged\s+)?\Z")
_AGED_BEFORE = regex(
    # "aged 27"; "boys of nineteen and twenty", "men of forty"
    r"\baged\s+\Z|\b(?:boys|girls|men|women|lads|youths|teenagers|children|kids)\s+of\s+"
    r"(?:(?:only|just|barely)\s+)?(?:[\w-]+\s+(?:and|or|to)\s+)?\Z",
    re.IGNORECASE,
)
_AGES_BEFORE = regex(r"\b(?:ages|aged)\s+(?:from\s+|between\s+)?\Z", re.IGNORECASE)
_AGE_WORD_AFTER = regex(r"\A(?:-|\s+)years?-old\b", re.IGNORECASE)
_YEAR = regex(r"(?:19|20)\d\d")


def _an_age(text: str, q: Quantity) -> bool:
    """ "41-year-old", or a number between commas right after a name ("Sergei, 27,")."""
    if q.high >= 120 or q.low != int(q.low) or q.high != int(q.high):
        return False
    after = text[q.end : q.end + 12]
    before = text[max(0, q.start - 30) : q.start]
    if _AGES_BEFORE.search(before):  # a range of ages: "for ages 9 to 12"
        return True
    if q.low != q.high:
        return False
    if _AGE_WORD_AFTER.match(after) or _AGED_BEFORE.search(before):
        return True
    return bool(_AGE_AFTER.match(after) and _NAME_BEFORE.search(before) and not q.unit)


def _in_period_words(text: str, q: Quantity) -> bool:
    """A year the parser read as a figure inside period words ("over 2022 and 2023"), or a
    figure in words there ("в первой половине 2025 года": a half of the year)."""
    if any(c.isdigit() for c in q.text):  # a year, unitless
        if not _YEAR.fullmatch(q.text.split()[-1]) or (q.unit and q.unit not in VERB_WORDS):
            return False  # a unit, but no German verb ("2024 wurden": a year, then its verb)
    elif q.unit not in (None, "share"):  # in words: "half", "половине"
        return False
    start = max(0, q.start - 40)
    return any(
        p.start <= q.start and q.end <= p.end for p in find_periods(text[start : q.end + 40], start)
    )


_TENS: Final = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_UNITS: Final = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TEENS: Final = (
    "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
    "eighteen", "nineteen",
)  # fmt: skip
_WORDS: Final = {
    **{w: 10 + i for i, w in enumerate(_TEENS)},
    **{w: 20 + 10 * i for i, w in enumerate(_TENS)},
    **{w: 1 + i for i, w in enumerate(_UNITS)},
}
_UNITS_RE = "|".join(_UNITS)
#: The number words under a hundred, their values, and their parts (:mod:`.speech`).
NUMBER_WORDS, TEENS, TENS, UNITS = _WORDS, _TEENS, _TENS, _UNITS
#: A year in words: "twenty twenty-two", "nineteen ninety-one", "twenty oh five".
_YEAR_IN_WORDS: Final = regex(
    rf"\b(?P<century>nineteen|twenty)[\s-]+(?:(?P<teen>{'|'.join(_TEENS)})|"
    rf"(?P<tens>{'|'.join(_TENS)})(?:-(?P<unit>{_UNITS_RE}))?|oh[\s-](?P<oh>{_UNITS_RE}))\b",
    re.IGNORECASE,
)
_HOUR_RE = rf"(?:{_UNITS_RE}|ten|eleven|twelve|noon|midnight)\b"
#: The minutes of a time of day in words: "ten", "twenty", "twenty-five".
_MINUTES_RE = r"(?:five|ten|twenty|twenty-five|twenty\s+five|a\s+quarter|quarter|half)"
#: A time of day in words: "seven minutes past seven", "half past six", "eight o'clock".
_TIME_IN_WORDS: Final = regex(
    rf"\b(?:\w+(?:-\w+)?\s+minutes?|half|(?:a\s+)?quarter)\s+(?:past|to)\s+"
    rf"(?:{_UNITS_RE}|ten|eleven|twelve|noon|midnight)\b"
    rf"|\b(?:{_UNITS_RE}|ten|eleven|twelve)\s+o['’]clock\b"
    # "ten past seven", "twenty-five past six"; "ten to eight" only after "at", "by"...
    # ("five to ten years" is a range)
    rf"|\b(?:(?:at|by|until|till|before|after|around|about)\s+)?(?:{_MINUTES_RE})\s+past\s+{_HOUR_RE}"
    rf"|\b(?:at|by|until|till|before|after|around|about)\s+(?:{_MINUTES_RE})\s+to\s+{_HOUR_RE}"
    rf"(?!\s*(?:years?|months?|weeks?|days?|hours?|minutes?|per\b|%))"
    # "just after nine.", "shortly before ten, …", "at nine in the evening"
    rf"|\b(?:(?:just|shortly|soon|well|a\s+little)\s+(?:after|before)|at)\s+{_HOUR_RE}"
    r"(?=\s*(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night|tonight)\b)"
    rf"|\b(?:just|shortly|soon|well|a\s+little)\s+(?:after|before)\s+{_HOUR_RE}(?=\s*(?:[,.;!?]|\Z))",
    re.IGNORECASE,
)


def years_in_digits(text: str) -> str:
    """``text`` with each year in words written in digits, padded with spaces to its length
    ("twenty twenty-two" is "2022" and 13 spaces): the parser then skips it as a year and
    the period words read it ("in twenty twenty-four alone" is "in 2024 alone")."""

    def digits(m: re.Match[str]) -> str:
        century = 19 if m["century"].casefold() == "nineteen" else 20
        if m["teen"]:
            rest = _WORDS[m["teen"].casefold()]
        elif m["tens"]:
            rest = _WORDS[m["tens"].casefold()] + (_WORDS[m["unit"].casefold()] if m["unit"] else 0)
        else:
            rest = _WORDS[m["oh"].casefold()]
        year = f"{century}{rest:02d}"
        return year + " " * (len(m.group()) - len(year))

    return _YEAR_IN_WORDS.sub(digits, text)


#: A compound adjective of a span: "a ten-year sentence" states a term, which a claim may give.
_SPAN_COMPOUND: Final = regex(r"-(?:years?|months?|weeks?|days?|hours?)\b", re.IGNORECASE)


def _not_a_statistic(text: str, q: Quantity) -> bool:
    """Figures the quantity parser keeps that are not statistics in a draft."""
    if _an_age(text, q) or an_age(text, q):  # "41-year-old"; "16- to 24-year-olds", as scan
        return True
    if _in_period_words(text, q) or _a_post_number(text, q):
        return True
    if apparatus(text, q):
        return True  # "Alert 3", "5 min read", "1,500 words", "(two points)", "2024-25"
    if not_a_count(text, q) and not _SPAN_COMPOUND.match(text, q.end):
        return True  # "a two-bedroom flat", "dial 999", as scan says; "a ten-year term" counts
    if _APOSTROPHE_YEAR.match(text, max(0, q.start - 2)) and len(q.text) == 2:
        return True  # a year with its century cut: "Apr '25", "(spring '25)"
    before = text[max(0, q.start - 40) : q.start]
    after = text[q.end : q.end + 40]
    if q.qualifier == "exactly" and (
        (_THE_BEFORE.search(before) and _SPAN_AFTER.match(after)) or _OWN_PARTS_AFTER.match(after)
    ):
        return True  # "the five preceding years"; "a thread of seven posts"
    if q.qualifier == "exactly" and (
        _OF_PARTS_BEFORE.search(before)
        or (q.high <= 10 and _OWN_SOURCES_AFTER.match(after))
        or (_LISTICLE_AFTER.match(after) and _LINE_OPENS.search(before) and q.high <= 25)
    ):
        return True  # "Photo 4 of 9"; "the two figures do not cover the same period"
    if a_reference(before, after, q) or heading_numbering(text, q):
        return True  # "Issue 12", "brigade 155"; not "In the army 60,000 soldiers"
    if q.qualifier == "exactly" and (
        _LABEL_BEFORE.search(before)
        or _RUNNING_TIME_AFTER.match(after)
        or (_SECONDS[0].search(before) and _SECONDS[1].match(after))
    ):
        return True  # "Version: 3", "a package that runs 2'40\""
    digits = q.text.strip()
    if re.fullmatch(r"(?:19|20)\d\d", digits) and (
        _THE_BEFORE.search(before) or _POSSESSIVE_BEFORE.search(before)
    ):
        return True  # the 2022 amendments; Mediazona's 2023 count
    unit = (q.unit or "").lower()
    if unit in ("year", "years", "month", "months", "week", "weeks", "day", "days"):
        if _TIME_AFTER.match(after) and q.qualifier != "up-to" and not not_elapsed(after, q):
            return True  # "up to ten years since the 2022 amendments" is a penalty
        if _TIME_BEFORE.search(before) and q.qualifier == "exactly":
            return True
        return over_a_span(text, q)  # "nine convicted … over five years": during them
    return False


_SMALL = {w: _WORDS[w] for w in (*_UNITS, "ten")}
_SMALL_RE = rf"(?:{'|'.join(_SMALL)}|\d{{1,2}})"
#: A share with a noun inside it, which the parser reads as two counts: "one soldier in
#: ten", "two deserters in every three" (the parser reads "one in ten" itself).
_ONE_NOUN_IN_TEN: Final = regex(
    rf"\b(?P<n>{_SMALL_RE})\s+(?:[^\W\d]+\s+){{1,2}}?in\s+(?:every\s+)?(?P<d>{_SMALL_RE})\b"
    # what follows the share is no noun of its own ("in two districts" is a place)
    r"(?=\s*(?:[,.;:!?)—–]|\s-\s|\Z|(?:of|who|that|among|across|has|have|had|is|are|was|"
    r"were|will|would|sent|deployed|serving)\b))",
    re.IGNORECASE,
)


def _small(word: str) -> int:
    word = word.casefold()
    return int(word) if word.isdigit() else _SMALL[word]


def _shares_with_a_noun(blanked: str, quantities: list[Quantity]) -> list[Quantity]:
    """``quantities`` with "one soldier in ten" read as the share it is (0.1), in place of
    the counts the parser found in it."""
    shares = []
    for m in _ONE_NOUN_IN_TEN.finditer(blanked):
        n, d = _small(m["n"]), _small(m["d"])
        if 0 < n < d:
            # its hedge, as the parser reads one: "Roughly one soldier in ten" is about 10%
            hedge = qualifier_before(blanked, m.start(), max(0, m.start() - 40))
            qualifier, start = (hedge[0], hedge[1]) if hedge else ("exactly", m.start())
            text = blanked[start : m.end()]
            shares.append(Quantity(n / d, n / d, qualifier, "share", start, m.end(), text))
    if not shares:
        return quantities
    kept = [q for q in quantities if not any(s.start <= q.start < s.end for s in shares)]
    kept = [q for q in kept if not any(q.start <= s.start < q.end for s in shares)]
    return sorted(kept + shares, key=lambda q: q.start)


def figures_by_sentence(
    blanked: str, text: str
) -> tuple[list[tuple[int, int]], dict[tuple[int, int], list[Quantity]]]:
    """The sentences (start, end) of the draft ``text`` (``blanked`` its blanked copy), and
    its statistics grouped by the sentence they stand in."""
    spans = sentences(blanked, text, rows_in(text))  # a CSV row in a fence: a sentence
    if "|" in text:  # a script's two columns: each cell a passage of its own
        spans = split_at_cells(spans, blanked, prose_table_lines(text.split("\n")))
    skip = [m.span() for m in _TIME_IN_WORDS.finditer(blanked)]
    skip += other_language_dates(blanked)  # "15 de septiembre de 2025": a date
    skip += contact_spans(blanked)  # "+31 30 555 0192", "Postbus 4471": no statistics
    skip += axis_spans(blanked)  # "y-axis: 0 · 5,000 · 10,000": a chart's ticks
    parsed = parse_quantities(bold_answers(text, blanked))  # "5. **38.** Half a point"
    parsed = sorted(parsed + fold_words(blanked, parsed), key=lambda q: q.start)  # "ninefold"
    parsed = changes_split(blanked, parsed)  # "went from five to 10 years": two penalties
    parsed = sorted(parsed + counts_beside_shares(blanked, parsed), key=lambda q: q.start)
    parsed = _within_sentences(blanked, parsed, spans)  # a row's last cell, "… 501  2024"
    quantities = [
        circa(blanked, _without_full_stop(q))  # "c. 16,000": about 16,000
        for q in _shares_with_a_noun(blanked, parsed)
        if not _not_a_statistic(blanked, q)
        and not any(a <= q.start and q.end <= b for a, b in skip)
    ]
    by_sentence: dict[tuple[int, int], list[Quantity]] = defaultdict(list)
    for q in quantities:
        by_sentence[sentence_at(spans, q.start)].append(q)
    return spans, by_sentence


def _within_sentences(
    blanked: str, quantities: list[Quantity], spans: list[tuple[int, int]]
) -> list[Quantity]:
    """``quantities``, each figure that ends its sentence at a line break, with a unit
    (read from beyond the break), read again within its sentence: a table's row is a
    sentence of its own, and the year that ends one ("desertion cases  501  2024") took
    the first word of the next row as its unit ("2024 awol"), a count instead of a year."""
    out: list[Quantity] = []
    for q in quantities:
        start, end = sentence_at(spans, q.start)
        after = end + len(blanked[end : end + 80]) - len(blanked[end : end + 80].lstrip(" \t"))
        if (
            q.unit is None
            or not start <= q.start < q.end <= end
            or blanked[q.end : end].strip()
            or not blanked.startswith("\n", after)
        ):
            out.append(q)
            continue
        out += [
            replace(r, start=r.start + q.start, end=r.end + q.start)
            for r in parse_quantities(blanked[q.start : end])
        ]
    return out


def own_words(
    blanked: str, w_start: int, w_end: int, figures: list[Quantity], i: int
) -> tuple[int, int]:
    """The part of the window ``w_start..w_end`` of a sentence that speaks of
    ``figures[i]`` (the sentence's figures): its clause, less the words that belong to the
    figures before and after it."""
    q = figures[i]
    start, end = _clause_around(blanked, w_start, w_end, q)
    if i:
        start = max(start, _split_gap(blanked, figures[i - 1], q)[1])
    if i + 1 < len(figures):
        end = min(end, _split_gap(blanked, q, figures[i + 1])[0])
    return start, end


#: (an arrow too: "2021: 527 → wartime: 4,373" is two clauses; and the Greek semicolon, a
#: raised dot right after a word: "912 πολιτικές διώξεις· το πρώτο εξάμηνο")
_CLAUSE_BREAK = regex(r"[;:()\[\]—→\u0387]|\s[–-]\s|\s->\s|(?<=\w)\u00b7(?=\s)")


#: A dash that says "is": an em dash, or a spaced en dash ("за заповед – три години"); "only".
_IS_DASH, _ONLY = regex(r"—|(?<=\s)–\s"), regex(r"\s*(?i:only|just|само|едва|vaid|ainult)?\s*\Z")


def _clause_around(text: str, w_start: int, w_end: int, q: Quantity) -> tuple[int, int]:
    """The clause around ``q`` within ``w_start..w_end``: between ``;``, ``:``, dashes,
    brackets; a dash or colon right before the figure joins it to the words before it, and
    a colon right after it to the words after."""
    starts = [w_start]
    closing = -1  # the end of a bracketed aside closed before the figure: no break
    for m in _CLAUSE_BREAK.finditer(text, w_start, q.start):
        if m.start() < closing:
            continue
        if m.group() == "(":
            shut = text.find(")", m.end(), q.start)
            if shut >= 0 and "(" not in text[m.end() : shut]:
                # "disobeying an order (Article 332), by up to five years": an aside in
                # brackets, closed before the figure, leaves its clause whole
                closing = shut + 1
                continue
        starts.append(m.end())
    start = starts[-1]
    said = len(starts) > 1 and (_IS_DASH.search(text, start - 2, start) or text[start - 1] == ":")
    paired = said and "—" in text[starts[-2] - 2 : starts[-2]]
    if said and _ONLY.match(text, start, q.start) and not paired:
        # a dash or colon right before the figure says "is": "за самовольное оставление
        # части — до десяти лет", "the Central district — over 13,800", "New cases each
        # month: around 1,000": its subject is its own (a dash closing a pair of dashes
        # closes an aside, and is no "is")
        start = starts[-2]
    after = _CLAUSE_BREAK.search(text, q.end, w_end)
    if after is not None and after.group() == ":" and not text[q.end : after.start()].strip():
        # a colon right after it: "5,593: soldiers who faced trial in 2023" labels it
        after = _CLAUSE_BREAK.search(text, after.end(), w_end)
    if after is not None and after.group() == "(":
        # a bracket in its clause glosses it: "1,396 under Article 332 (disobedience)"
        close = text.find(")", after.end(), w_end)
        if close != -1 and not any(c.isdigit() for c in text[after.end() : close]):
            after = _CLAUSE_BREAK.search(text, close + 1, w_end)
    return start, (after.start() if after else w_end)


_BETWEEN_FIGURES = regex(
    r"\b(?:and|while|whereas|but|against|compared\s+(?:to|with)|versus|vs\.?)\b|[,;]",
    re.IGNORECASE,
)


def _split_gap(text: str, a: Quantity, b: Quantity) -> tuple[int, int]:
    """Where ``a``'s words end and ``b``'s begin, in the gap between two figures.

    "the Moscow district logged nearly 9,900 and the Leningrad district over 3,050": the
    words right after a figure are its own, and the subject before the next figure belongs
    to that one, so the gap splits at its first conjunction or comma. Without one, the
    whole gap is shared by both.
    """
    m = _CLAUSE_JOIN.search(text, a.end, b.start) or _BETWEEN_FIGURES.search(text, a.end, b.start)
    if m is None and _FROM_BEFORE.search(text, max(0, a.start - 12), a.start):
        # "rose from 527 in 2021 to 4,373 in the war's first two years": each end of a
        # change has its own words, its own period among them
        m = _TO.search(text, a.end, b.start)
    return (m.start(), m.start()) if m else (b.start, a.end)


_FROM_BEFORE = regex(r"\bfrom\s+\Z", re.IGNORECASE)
_TO = regex(r"\bto\b", re.IGNORECASE)


#: A join of two clauses, stronger than a bare "and" or a comma: "13,800 conscripts and
#: contract soldiers convicted in 2024, while lawyers say there are now tens of thousands".
_CLAUSE_JOIN = regex(r";|,\s*(?:and|while|whereas|but)\b|\b(?:while|whereas)\b", re.IGNORECASE)
#: Words that give a clause a verb (or a time) of its own: "and 245 organisations have been
#: banned", "while lawyers say there are now tens of thousands", "and a lawyer speaks of
#: tens of thousands" (a verb of saying).
_OWN_VERB = regex(
    r"\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|must|do|"
    r"does|did|say|says|said|remain|remains|now|currently|today|speaks?|spoke|talks?|"
    r"talked|tells?|told|writes?|wrote|puts?|estimates?|estimated|claims?|claimed)\b"
    # a participle after the figure's noun: "…, and some 51 people subjected to …"
    r"|\b(?:people|soldiers|men|persons|individuals)\s+[a-z]+ed\b",
    re.IGNORECASE,
)


def clause_of_its_own(text: str, own: tuple[int, int]) -> bool | None:
    """How a figure's words ``own`` join the figure before it: True when they
    open with a join of clauses (``, and``, ``while``, ``;``) and have a verb or a time of
    their own ("…, and 245 organisations have been banned"): a period of the other clause is
    not theirs; False when they have none of those words ("…, and 501 for desertion",
    "…, while the Moscow district logged nearly 9,900"): a clause parallel to the one
    before, which carries its period; None when the figure's words open with no such
    join."""
    join = _CLAUSE_JOIN.match(text, own[0])
    if join is None:
        return None
    return bool(_OWN_VERB.search(text, join.end(), own[1]))


def without_passages(
    by_sentence: dict[tuple[int, int], list[Quantity]], text: str, passages: Sequence[str]
) -> dict[tuple[int, int], list[Quantity]]:
    """``by_sentence`` without the figures that stand in one of the ``passages`` (a
    registry's exclusions: "were under 25" is an age threshold, not a statistic) where
    the draft repeats it (case and spacing aside, whole words). A passage with no word
    (a table row of numbers, "| 2022 | 612 |") is data, not a phrase that says why its
    number is none: it silences nothing."""
    covered: list[tuple[int, int]] = []
    for passage in passages:
        if not _A_WORD.search(passage):
            continue
        pattern = r"\s+".join(map(re.escape, passage.split()))
        found = re.finditer(rf"(?<!\w){pattern}(?!\w)", text, re.IGNORECASE)
        covered += [(m.start(), m.end()) for m in found]
    if not covered:
        return by_sentence
    return {
        span: [q for q in figures if not any(a <= q.start < b for a, b in covered)]
        for span, figures in by_sentence.items()
    }


_A_WORD = regex(r"[^\W\d_]{2,}")
#: A year of two digits after an apostrophe ("'25"), the character before it (if any) not
#: a letter or digit: "Apr '25", "spring '25", "Jan–May '25".
_APOSTROPHE_YEAR = regex(r"(?:\A|[^\w'’])['’]\d\d(?![\d,.]\d|\w)")
