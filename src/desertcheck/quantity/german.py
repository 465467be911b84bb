"""The words around a German source's figures: dates, scale words, per cent, qualifiers,
ranges and units.

The parser reads English words; a source whose ``language`` is German (``de``, ``de-AT``,
…) has its figures read in the European convention (:mod:`.convention`) and then these
German words read around each of them (:func:`read`):

* never figures: dates ("1. Juli 2024", "20. Oktober 2024", "Jänner 2024", "1.7.2024"),
  ordinals before a period word ("im 3. Quartal"), ages ("über 65-Jährigen"), labels
  ("Tabelle 1", "Kapitel 3.1", "§ 12") and years: four plain digits from 1900 to 2099
  not followed by a noun ("Im Jahr 2023 waren", "lag 2023 bei", "Q3 2024");
* scale words after a figure (:data:`~desertcheck.quantity.scales.SCALE_WORDS`, the
  table audit reads: "9,16 Mio.", "1,2 Mrd.", "4,87 Millionen", "28,3 Milliarden",
  "Tausend"; also "Tsd.");
* "Prozent" after a figure: a percentage;
* a qualifier word right before a figure that has none (:data:`QUALIFIERS`);
* ranges: "zwischen 700 und 800", "von 700 bis 800", "700 bis 800";
* the unit: a currency written after the figure ("1,2 Mrd. Euro": EUR, in its span), else
  the first noun (a capitalised word) among the three words after the figure, before any
  preposition or article, lower case ("270.773 Personen arbeitslos": personen; "98.000
  offene Stellen": stellen).
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace
from typing import Final

from desertcheck.compiled import regex
from desertcheck.quantity.figure import Quantity
from desertcheck.quantity.scales import SCALE_WORDS

_MONTHS = (
    "Jänner|Januar|Feber|Februar|März|April|Mai|Juni|Juli|August|September|Oktober"
    "|November|Dezember|Jan\\.|Feb\\.|Mär\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sep\\.|Sept\\.|Okt\\."
    "|Nov\\.|Dez\\."
)
#: Spans that hold no figure: dates, ordinals before a word of time or rank, ages, labels.
_NOT_FIGURES: Final = regex(
    rf"(?<![\w.,])[0-9]{{1,2}}\.[ \t\u00a0]*(?:{_MONTHS})(?:[ \t\u00a0]+[0-9]{{4}})?(?![\w])"
    rf"|(?<![\w.])(?:{_MONTHS})[ \t\u00a0]+[0-9]{{4}}(?![\w])"
    r"|(?<![\w.,])[0-9]{1,2}\.[0-9]{1,2}\.(?:[0-9]{4}|[0-9]{2})?(?![0-9])"
    r"|(?<![\w.,])[0-9]{1,2}\.[ \t\u00a0]+(?=(?:Quartal|Halbjahr|Jahrhundert|Jahrestag|Mal|Platz"
    r"|Rang|Stelle|Stock|Klasse|Woche|Monat|Tag|Runde|Lesung|Bezirk)(?![\w]))"
    r"|(?<![\w.,])[0-9]{1,3}(?:-?[ \t\u00a0]*(?:bis|und|–|-)[ \t\u00a0]*[0-9]{1,3})?"
    r"-?(?i:jährig\w*)"
    # a label's number: "Tabelle 1", "Abb. 2", "Kapitel 3.1", "Artikel 5", "§ 12"
    r"|(?<![\w])(?:Tabelle|Abbildung|Abb\.|Grafik|Kapitel|Abschnitt|Seite|S\.|Artikel|Art\."
    r"|Anhang|Absatz|Abs\.|Nr\.|§)[ \t\u00a0]*[0-9]+(?:\.[0-9]+)*"
)
_YEAR: Final = re.compile(r"(?:19|20)[0-9]{2}")
_NOUN_AFTER: Final = re.compile(r"[ \t\u00a0]+\(?(?P<word>[A-ZÄÖÜ][\w-]*)")
_WORD_AFTER: Final = re.compile(r"[ \t\u00a0]+(?P<word>[^\W\d_][\w-]*\.?)")
#: Words after which the figure's noun is not looked for: prepositions, articles, "und".
_STOP_WORDS = (
    "im in am an auf aus bei für mit nach seit von vor zu zum zur pro je gegenüber als wie "
    "und oder der die das des dem den ein eine einer eines einem einen"
)
_STOP: Final = frozenset(_STOP_WORDS.split())

#: German scale words after a figure (lower case), the shared table's and "Tsd.".
_GERMAN_SCALES: Final = ("tausend", "millionen", "milliarde", "milliarden", "mio.", "mrd.")
_SCALES: Final = {w: SCALE_WORDS[w][0] for w in _GERMAN_SCALES} | {"tsd.": 1e3}
_SCALE_AFTER: Final = regex(
    r"[ \t\u00a0\u202f]+(?P<word>(?i:tausend|tsd\.|millionen|milliarden|milliarde|mio\.|mrd\.))"
    r"(?:(?<=\.)|(?![\w]))"
)
_PERCENT_AFTER: Final = regex(r"[ \t\u00a0\u202f]+(?i:prozent)(?![\w])")

#: (qualifier, German words right before a figure that give it).
QUALIFIERS: Final = (
    ("nearly", r"knapp|fast|beinahe|nahezu|annähernd"),
    ("about", r"rund|etwa|circa|ca\.|zirka|ungefähr|geschätzte[nm]?|schätzungsweise"),
    ("over", r"über|mehr[ \t\u00a0]+als|oberhalb[ \t\u00a0]+von"),
    ("at-least", r"mindestens|wenigstens"),
    ("up-to", r"bis[ \t\u00a0]+zu|höchstens|maximal|unter|weniger[ \t\u00a0]+als"),
)
_QUALIFIER_BEFORE: Final = tuple(
    (name, regex(rf"(?<![\w.])(?i:{words})[ \t\u00a0]+\Z")) for name, words in QUALIFIERS
)
_BETWEEN: Final = regex(r"(?<![\w])(?i:zwischen|von)[ \t\u00a0]+\Z")
_RANGE_GAP: Final = regex(r"[ \t\u00a0]*(?:(?i:und|bis)|[-–—])[ \t\u00a0]*\Z", re.IGNORECASE)


#: Full stops that end no sentence: abbreviations and ordinals ("1,2 Mrd. Euro", "am 1.
#: Juli", "ca. 50", "z. B.").
_NO_STOP: Final = regex(
    r"(?<![\w])(?:Mio|Mrd|Tsd|ca|bzw|bspw|zB|z|B|Nr|Abs|Art|usw|etc|vgl|inkl|exkl|rd|ggf|d|h"
    r"|u|a|S|Jh|Jan|Feb|Mär|Apr|Jun|Jul|Aug|Sep|Sept|Okt|Nov|Dez|Mag|Dr|Prof|St|Str)(?=\.)"
    r"|(?<![\w.,])[0-9]{1,2}(?=\.[ \t\u00a0]+[\wÄÖÜäöü])"
)


@functools.lru_cache(maxsize=4)
def without_false_stops(text: str) -> str:
    """``text`` with the full stops of German abbreviations and ordinals made a ``_``, the
    same length, for finding where a sentence ends (a span of it is a span of ``text``)."""
    if "." not in text:
        return text
    chars = list(text)
    for m in _NO_STOP.finditer(text):
        chars[m.end()] = "_"
    return "".join(chars)


def _overlaps(spans: list[tuple[int, int]], q: Quantity) -> bool:
    return any(a < q.end and q.start < b for a, b in spans)


def _is_year(text: str, q: Quantity) -> bool:
    """Four plain digits, 1900 to 2099, with no noun after them: a year."""
    if q.qualifier != "exactly" or q.is_range or not _YEAR.fullmatch(q.text):
        return False
    return _NOUN_AFTER.match(text, q.end) is None


def _scaled(text: str, q: Quantity) -> Quantity:
    if q.text[-1:].isalpha() or q.unit == "percent":
        return q
    m = _SCALE_AFTER.match(text, q.end)
    if m is None:
        return q
    scale = _SCALES[m["word"].lower()]
    return replace(
        q,
        low=q.low * scale,
        high=q.high * scale,
        unit=None,
        end=m.end(),
        text=text[q.start : m.end()],
    )


def _percent(text: str, q: Quantity) -> Quantity:
    m = _PERCENT_AFTER.match(text, q.end)
    if m is None or q.unit == "percent" or q.text[-1:].isalpha():
        return q
    return replace(q, unit="percent", end=m.end(), text=text[q.start : m.end()])


def _with_currency(text: str, q: Quantity) -> Quantity:
    """``q`` with the currency written right after it ("1,2 Mrd. Euro"), as the parser
    reads one after a number, as its unit and in its span; ``q`` itself when none is."""
    from desertcheck.quantity.grammar import parse

    tail = text[q.end : q.end + 20].split("\n", 1)[0]
    found = parse("1" + tail)
    # the "1" read alone: a tail that goes on with digits ("12,4 000Euro") is no currency
    alone = found and found[0].start == 0 and found[0].low == found[0].high == 1
    unit = found[0].unit if alone else None
    if unit is None or len(unit) != 3 or not unit.isupper():
        return q
    end = q.end + found[0].end - 1
    return replace(q, unit=unit, end=end, text=text[q.start : end])


def _unit(text: str, q: Quantity) -> Quantity:
    """``q`` with its unit: a currency or percent the parser read, a currency after it,
    else the first noun of the three words after it, lower case (None when none is)."""
    if q.unit is not None and (q.unit in ("percent", "share") or q.unit.isupper()):
        return q
    if (money := _with_currency(text, q)) is not q:
        return money
    end = q.end
    for _ in range(3):
        m = _WORD_AFTER.match(text, end)
        if m is None or m["word"].lower() in _STOP:
            break
        if m["word"][0].isupper():
            return replace(q, unit=m["word"].rstrip(".").lower())
        end = m.end()
    return replace(q, unit=None)


def _qualified(text: str, q: Quantity) -> Quantity:
    if q.qualifier != "exactly" or q.is_range:
        return q
    before = text[max(0, q.start - 30) : q.start]
    for name, pattern in _QUALIFIER_BEFORE:
        if m := pattern.search(before):
            start = q.start - len(before) + m.start()
            return replace(q, qualifier=name, start=start, text=text[start : q.end])
    return q


def _ranged(text: str, found: list[Quantity]) -> list[Quantity]:
    """Two figures joined by "und" after "zwischen", or by "bis" or a dash: one range."""
    out: list[Quantity] = []
    for q in found:
        p = out[-1] if out else None
        gap = text[p.end : q.start] if p is not None else ""
        if (
            p is not None
            and not p.is_range
            and not q.is_range
            and p.low < q.low  # "1-0" is a score, "2024-2023" no range
            and p.qualifier == q.qualifier == "exactly"
            and (p.unit is None or p.unit == q.unit or p.unit == "percent" == q.unit)
            and _RANGE_GAP.search(gap)
            and len(gap) <= 8
            and (not gap.strip().lower().startswith("und") or _between(text, p))
        ):
            start = p.start
            if m := _BETWEEN.search(text[max(0, p.start - 12) : p.start]):
                start = p.start - (min(12, p.start) - m.start())
            out[-1] = replace(
                q,
                low=p.low,
                high=q.high,
                qualifier="between",
                start=start,
                text=text[start : q.end],
            )
            continue
        out.append(q)
    return out


def _between(text: str, p: Quantity) -> bool:
    return _BETWEEN.search(text[max(0, p.start - 12) : p.start]) is not None


def read(text: str, found: list[Quantity]) -> list[Quantity]:
    """The figures ``found`` in German ``text`` (read in the European convention), with
    the German words around them read (the module's docstring says which)."""
    skip = [m.span() for m in _NOT_FIGURES.finditer(text)]
    out: list[Quantity] = []
    for q in found:
        if _overlaps(skip, q) or _is_year(text, q):
            continue
        q = _percent(text, _scaled(text, q))
        q = _unit(text, q)
        out.append(_qualified(text, q))
    return _ranged(text, out)
