"""The unit a drafted claim is given: the parser's word, read further where it is one word
of several ("9 boil-water notices": notices; "398.1 million cubic metres": cubic-metres),
the plural noun of a table column's header for a figure alone in a cell, and a rate
written right after the figure or its unit ("£1,085 a month", "700 Menschen pro Woche").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desertcheck.quantity import Quantity


def unit_word(text: str, unit: str, start: int, end: int) -> re.Match[str] | None:
    """The figure's unit word, as a whole word, in ``text[start:end]`` (the parser's word:
    "boil" of "boil-water")."""
    return _word(unit).search(text, start, end)


def _word(unit: str) -> re.Pattern[str]:
    """``unit`` as a whole word, in any case."""
    return re.compile(rf"(?i)(?<![^\W\d_]){re.escape(unit)}(?![^\W\d_])")


_PERIOD_NOUN = r"(?i:hour|day|week|fortnight|month|quarter|year)(?![^\W\d_])"

#: A rate right after a figure or its unit: "£1,085 a month", "1,150 homes a year",
#: "15,000 new cases per month since December 2024" (a rate since then, not a total)
#: After "a month", "a year": when, not how often ("a year earlier", "a month ago", "a
#: month on"; "a month on average" is how often)
_WHEN_AFTER = (
    r"(?![ \t]+(?i:earlier|before|ago|later|on(?![ \t]+average)|after|previously|since|back)\b)"
)
_RATE = re.compile(
    rf"[ \t]+(?P<rate>(?i:per|each|every)[ \t]+{_PERIOD_NOUN}"
    rf"|(?i:a|an)[ \t]+{_PERIOD_NOUN}{_WHEN_AFTER})"
)

#: A rate a few words after the unit, in the same clause: "40,000 men for its military
#: every month" (only "per", "each", "every": "a day" further on may say when)
_RATE_FURTHER = re.compile(
    r"(?:[ \t]+[^\W\d_]+(?:['’][^\W\d_]+)?){1,4}?"
    rf"[ \t]+(?P<rate>(?i:per|each|every)[ \t]+{_PERIOD_NOUN})"
)


#: The same in German: "142,50 € pro Nacht", "700 Menschen pro Woche"
_RATE_DE = re.compile(
    r"[ \t\u00a0]+(?P<rate>(?i:pro|je)[ \t\u00a0]+(?i:Stunde|Tag|Woche|Monat|Quartal|Jahr"
    r"|Nacht))(?![^\W\d_])"
)


def rate_after(
    text: str, q: Quantity, unit: str | None, end: int, language: str | None = None
) -> re.Match[str] | None:
    """The rate ("a month", "per year"; in German "pro Woche") written right after figure
    ``q`` or after its unit word, before ``end``; None when there is none."""
    from desertcheck.quantity.convention import primary

    if unit in (None, "percent", "share"):
        return None
    rate = _RATE_DE if primary(language) == "de" else _RATE
    if m := rate.match(text, q.end, end):
        return m
    word = unit_word(text, unit.rsplit("-", 1)[-1], q.end, min(end, q.end + 80))
    return rate.match(text, word.end(), end) if word is not None else None


def rate_further(
    text: str, q: Quantity, unit: str | None, end: int, language: str | None = None
) -> re.Match[str] | None:
    """A rate ("every month", "per year") a few words after figure ``q``'s unit word, in
    the same clause, before ``end``: "around 40,000-45,000 men for its military every
    month". English only; None when there is none, or when a rate follows right after
    (:func:`rate_after` reads that one)."""
    if unit in (None, "percent", "share") or not _english(language):
        return None
    word = unit_word(text, unit.rsplit("-", 1)[-1], q.end, min(end, q.end + 80))
    if word is None:
        return None
    m = _RATE_FURTHER.match(text, word.end(), end)
    if m is None:
        return None
    between = text[word.end() : m.start("rate")].split()
    if any(w.lower() in _NOT_BEFORE_RATE for w in between):
        return None  # "1,000 men who served in May every month": another clause
    return m


#: Words that start a new clause or a time phrase between a unit and a rate further on
_NOT_BEFORE_RATE = frozenset(
    {"and", "or", "but", "who", "which", "that", "while", "whereas", "than", "in", "since"}
)


def _english(language: str | None) -> bool:
    from desertcheck.quantity.convention import primary

    return primary(language) in ("en", "")


def rate_text(rate: re.Match[str], language: str | None) -> str:
    """The rate's words, one space apart: lowercased in English ("a day"), as written in
    another language, whose nouns keep their capitals ("pro Tag")."""
    words = " ".join(rate["rate"].split())
    return words.lower() if _english(language) else words


def as_written(
    text: str, q: Quantity, unit: str | None, end: int, language: str | None = None
) -> str | None:
    """``unit`` as the source writes it after figure ``q`` in a language other than
    English ("Liter", "Kubikmeter": the parser's word is lowercased). English units are
    the registry's lowercase words ("litres"), kept as they are; no unit is translated."""
    if unit in (None, "percent", "share") or _english(language):
        return unit
    word = unit_word(text, unit, q.end, min(end, q.end + 80))
    return word.group() if word is not None else unit


def carried_rate_note(
    text: str, q: Quantity, unit: str, start: int, language: str | None = None
) -> str | None:
    """A ``todo:`` comment for figure ``q``, with no rate of its own, when an earlier figure
    of its sentence (from ``start``) gives the same unit word with a rate ("131 litres a
    day, from 149 litres"; "128 Liter pro Tag, gegenüber 136 Liter"): the rate may be
    carried over, or not; a person says (no stub takes it on a guess)."""
    rate = _RATE if _english(language) else _RATE_DE
    for at in _word(unit).finditer(text, start, q.start):
        if m := rate.match(text, at.end(), q.start):
            said = f"{at.group()} {rate_text(m, language)}"
            return (
                f"todo: a figure before it is in “{said}”: if this one is too, write unit: " + said
            )
    return None


#: First words of units written in two words: "cubic metres", "square kilometres".
_FIRST_OF_TWO = frozenset({"cubic", "square", "metric", "nautical", "light"})
_HYPHENATED = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)+")
_NEXT_WORD = re.compile(r"[ \t]+(?P<word>[^\W\d_]+)")


def unit_of(text: str, q: Quantity, language: str | None = None) -> str | None:
    """The unit a claim for ``q`` is given: the parser's word, read a little further where
    it is one word of several. A hyphenated modifier stands before its noun ("9 boil-water
    notices": notices), and a unit written in two words keeps both ("398.1 million cubic
    metres": cubic-metres). A German figure's unit is its noun, which the parser read
    (:mod:`desertcheck.quantity.german`)."""
    from desertcheck.quantity.convention import primary

    if q.unit in (None, "percent", "share") or primary(language) == "de":
        return q.unit
    from desertcheck.quantity.words import STOP_WORDS

    at = unit_word(text, q.unit, q.end, q.end + 80)
    if at is None:
        return q.unit
    hyphenated = _HYPHENATED.match(text, at.start())
    end = hyphenated.end() if hyphenated else at.end()
    after = _NEXT_WORD.match(text, end)
    noun = after.group("word") if after else ""
    following = bool(noun) and noun.islower() and noun not in STOP_WORDS
    if hyphenated:
        if not following:
            return hyphenated.group().lower()
        # "163 full-time equivalent staff": a word in the singular after the modifier is
        # another modifier when a plural noun follows it closely
        return noun if _plural(noun) else _plural_after(text, end) or noun
    if q.unit.lower() in _FIRST_OF_TWO and following:
        return f"{q.unit.lower()}-{noun}"
    if q.low != 1 and _modifier(q.unit):
        return _plural_after(text, at.end()) or q.unit
    return q.unit


#: Plural words a column's header names that are no unit of its cells: what they measure
#: ("Sales", "Rates"), or a word of the header's layout ("Totals", "Figures")
_NOT_UNITS = frozenset(
    {
        "amounts",
        "averages",
        "changes",
        "costs",
        "counts",
        "data",
        "earnings",
        "estimates",
        "fees",
        "figures",
        "levels",
        "means",
        "medians",
        "numbers",
        "percentages",
        "prices",
        "ratios",
        "rates",
        "rents",
        "results",
        "sales",
        "savings",
        "shares",
        "statistics",
        "sums",
        "totals",
        "values",
        "wages",
    }
)
#: A plain word in brackets that ends a header, its cells' unit: "Mean (minutes)"; not
#: a sign, a scale or a base ("Sales (£m)", "Rate (per 1,000)").
_SCALES = frozenset({"hundreds", "thousands", "millions", "billions", "trillions"})
_BRACKETED = re.compile(r"\(([^\W\d_]+)\)\Z")
_HEAD_WORDS = 4  # words of a column's header, besides its period, read for a unit


def header_unit(text: str, q: Quantity, language: str | None = None) -> tuple[str, str] | None:
    """(unit, the header's words) for a figure alone in a Markdown table's cell, from its
    column's header when the header names a count in an English plural ("Passengers 2025":
    passengers; "Cancelled sailings": sailings, the noun as in "120 new emergency beds");
    None when the header names no plural noun, or names money, a share or a rate."""
    from desertcheck.authoring.table_period import column_header
    from desertcheck.quantity.convention import primary
    from desertcheck.quantity.words import STOP_WORDS

    if q.unit is not None or primary(language) not in ("en", ""):
        return None
    cell = column_header(text, q.start)
    lo = text.rfind("|", 0, q.start) + 1
    hi = text.find("|", q.end)
    if cell is None or text[lo:hi].strip() != text[q.start : q.end].strip():
        return None  # the cell holds more than the figure
    head = " ".join(text[cell[0] : cell[1]].split())
    bracket = _BRACKETED.search(head)
    if bracket and _plural(bracket[1]) and bracket[1].lower() not in _NOT_UNITS | _SCALES:
        return bracket[1].lower(), head  # "Category 1 mean (minutes)": the cells' unit
    words = re.sub(r"(?:19|20)[0-9]{2}(?:[-–/][0-9]{2,4})?", " ", head).split()
    if not words or len(words) > _HEAD_WORDS:
        return None
    if not all(re.fullmatch(r"[^\W\d_]+(?:-[^\W\d_]+)*", w) for w in words):
        return None  # a sign, a figure or a bracket: "Sales (£m)", "Share %", "per 1,000"
    if any(w.lower() in STOP_WORDS | {"per", "rate", "share"} for w in words[1:]):
        return None  # "Households on the list", "Deaths per week"
    nouns = [w.lower() for w in words if _plural(w) and w.lower() not in _NOT_UNITS]
    return (nouns[-1], head) if nouns else None


#: Plurals without an -s, and nouns that count a group's members ("163 staff").
_PLURALS = frozenset({"people", "children", "men", "women", "cattle", "staff", "personnel"})
_ATTRIBUTIVE = 2  # words that may stand between a unit word in the singular and its noun


def _plural(word: str) -> bool:
    low = word.lower()
    return low in _PLURALS or (low.endswith("s") and not low.endswith(("ss", "us", "is")))


def _modifier(unit: str) -> bool:
    """Whether the parser's unit word may be a word before the noun ("emergency" of "120
    emergency beds"): a lower-case word in the singular; an abbreviation (km, kg) is not."""
    return len(unit) > 3 and unit.isalpha() and unit.islower() and not _plural(unit)


def _plural_after(text: str, end: int) -> str | None:
    """The plural noun that words in the singular before it modify: "120 new emergency
    (shelter) beds" counts beds, not emergency. None when none follows closely."""
    from desertcheck.quantity.words import STOP_WORDS

    for _ in range(_ATTRIBUTIVE):
        after = _NEXT_WORD.match(text, end)
        if after is None:
            return None
        word = after.group("word")
        if not word.isalpha() or not word.islower() or word in STOP_WORDS:
            return None
        if _plural(word):
            return word
        end = after.end()
    return None


#: Words that set a figure against another of its kind just before it in the sentence:
#: "163 staff, down from 171 a year earlier", "£2.1m, compared with 1.8m".
_COMPARED = re.compile(
    r"(?:\b(?:down|up|rising|falling|rose|fell|increased|decreased|dropped|grew)[ \t]+)?"
    r"\bfrom|\bcompared[ \t]+(?:with|to)|\bagainst|\bversus|\bvs\.?",
    re.IGNORECASE,
)


def compared_unit(
    text: str, q: Quantity, sentence: tuple[int, int], language: str | None = None
) -> tuple[str, str] | None:
    """(unit, the figure's words) for a figure with no unit of its own that a comparison
    sets against an earlier figure of the sentence ("163 full-time equivalent staff, down
    from 171 a year earlier": 171 staff), from that figure; None otherwise (English
    sources only: the comparison's words are English)."""
    from desertcheck.quantity import parse_quantities
    from desertcheck.quantity.convention import primary

    if q.unit is not None or primary(language) not in ("en", ""):
        return None
    head = text[sentence[0] : q.start]
    said = [m for m in _COMPARED.finditer(head) if not head[m.end() :].strip()]
    if not said:
        return None  # no comparison's word right before the figure
    before = [p for p in parse_quantities(head[: said[-1].start()], language) if p.unit]
    if not before:
        return None
    other = before[-1]
    unit = unit_of(head, other, language)
    if unit is None or unit in ("percent", "share"):
        return None  # a share's comparison is read by the parser ("from 12%")
    at = head.find(unit, other.end, other.end + 80)
    end = at + len(unit) if at >= 0 else other.end  # "163 full-time equivalent staff"
    return unit, " ".join(head[other.start : end].split())


#: A rate in a quote's words: "310 per month", "a month", "each week".
_A_RATE = re.compile(rf"(?i:\b(?:per|a|an|each|every)[ \t]+(?P<span>{_PERIOD_NOUN})){_WHEN_AFTER}")


def unit_hint(quote: str) -> str:
    """What ``--unit`` takes, for a quote whose unit was not read: what one counts, with
    the rate the quote gives ("310 per month": ``people per month``, say)."""
    m = _A_RATE.search(quote)
    if m is None:
        return " (what one counts: people, cases, homes, percent, GBP...)"
    return f" (what one counts, with the quote's rate: people per {m['span'].lower()}, say)"
