"""The words around the figures of a Dutch or Portuguese draft, read as the English ones are.

A desk's translation keeps its language's way of writing a figure: a year after a word of
time ("sinds 2022", "desde 2022", "tot eind juni 2025") is a period, not a figure; a
qualifier before it ("ruim 50.000", "bijna 10 procent", "cerca de 16 mil"); a range
("700 à 800", "15.000 tot 20.000", "tussen 20 en 30", "15 a 20 mil", "entre 20 e 30%");
a unit of time ("15 jaar", "15 anos"); a small number in words before a unit ("twee jaar",
"dez anos", "nove"); a word for many ("tienduizenden", "dezenas de milhares": a vague
range, as "tens of thousands" is); a rate after it ("per maand", "por mês"). Each
language gives its own words as a :class:`Writing` (:data:`desertcheck.audit.dutch.WRITING`,
:data:`desertcheck.audit.portuguese.WRITING`); :func:`read_figures` reads them all. The
numbers themselves ("50.000", "66,7%"), the shared qualifiers ("mais de", "quase") and the
scale words ("2,4 milhões", "16 mil") are read where every language's are
(:mod:`.convention`, :mod:`.foreign_words`, :mod:`.scales`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Final

from desertcheck.compiled import regex

if TYPE_CHECKING:
    from desertcheck.quantity import Quantity


@dataclass(frozen=True)
class Writing:
    """How a language writes the words around its figures."""

    language: str
    #: the words of time right before a year that make it a period ("sinds", "desde")
    year_before: re.Pattern[str]
    #: (qualifier, the words right before a figure that give it), those the shared table of
    #: :mod:`.foreign_words` leaves out
    qualifiers: tuple[tuple[str, re.Pattern[str]], ...]
    #: the words between a range's ends ("à", "tot", "a")
    to: re.Pattern[str]
    #: the "and" between a range's ends, read after :attr:`between` only ("tussen 20 en 30")
    and_: re.Pattern[str]
    between: re.Pattern[str]
    #: units of time after a figure, as the English unit a claim writes
    units: Mapping[str, str]
    #: small numbers in words ("twee", "dez"), read as figures before a word
    numbers: Mapping[str, int]
    #: a rate after a figure; its group 1 a key of :attr:`rate_spans`
    rate: re.Pattern[str]
    rate_spans: Mapping[str, str]
    #: the articles right before a number word that make it no count ("de vijf jaren")
    articles: re.Pattern[str]
    #: words for many of a magnitude ("tienduizenden", "dezenas de milhares"), as the
    #: English "tens of thousands" is read: a vague range
    vague: Mapping[str, tuple[float, float]]
    #: whether a scale word that is another word in English ("mil") is read anywhere in a
    #: draft of the language, not only in a part written in the European convention
    scales: bool = False
    #: the word for a thousand glued to a number word ("femtiotusen", "vijftigduizend"),
    #: empty when the language writes it apart
    thousand: str = ""
    #: the words for a thousand written apart after a number word ("viiekümne tuhande",
    #: "kuusteist tuhat"), empty when the language glues it
    thousands: tuple[str, ...] = ()
    #: the words right before a number that make it no figure: a clock time, an article
    #: of a law ("kl. 08.15", "artikel 338")
    not_after: re.Pattern[str] | None = None
    #: the words glued after a number that make it no figure: an age ("34-årig")
    not_before: re.Pattern[str] | None = None
    #: a rate adverb in the words right before a figure ("měsíčně naverbuje 40 000"); its
    #: group 1 a key of :attr:`rate_spans`
    rate_before: re.Pattern[str] | None = None
    #: the word between a number and the noun it counts ("16.000 de dosare"), empty when
    #: the language writes none
    linking: str = ""
    #: the words of time right after a year that make it a period, for a language that
    #: puts them after ("2024 yılında", "2022'den bu yana")
    year_after: re.Pattern[str] | None = None
    #: (qualifier, the words right after a figure that give it): "50.000'in üzerinde"
    qualifiers_after: tuple[tuple[str, re.Pattern[str]], ...] = ()
    #: the per cent sign or word right before a number ("%10", "yüzde 20-30")
    percent_before: re.Pattern[str] | None = None
    #: words for a share ("halvdelen", "to tredjedele"), as the English "half" and "two
    #: thirds" are read
    shares: Mapping[str, float] = field(default_factory=dict)
    #: an ending glued to a number by a hyphen ("13 500-at"): the noun after it is what the
    #: number counts
    glued: re.Pattern[str] | None = None

    def number(self, word: str) -> int | None:
        """The value of a number word (lower case): a small one ("tio"), or one glued to
        the word for a thousand ("femtiotusen": 50,000), else None."""
        if word in self.numbers:
            return self.numbers[word]
        head = word[: -len(self.thousand)] if self.thousand else ""
        if head and word.endswith(self.thousand) and head in self.numbers:
            return self.numbers[head] * 1000
        return None


_YEAR: Final = regex(r"(?:19|20)[0-9]{2}")


def is_period_year(
    q: Quantity,
    blanked: str,
    year_before: re.Pattern[str],
    year_after: re.Pattern[str] | None = None,
) -> bool:
    """Whether ``q`` is a bare year right after a word of time ``year_before`` matches at
    the end of the 30 characters before it ("nel 2024", "sinds 2022"), or right before one
    ``year_after`` matches ("2024 yılında"): a period."""
    return (
        q.qualifier == "exactly"
        and not q.is_range
        and _YEAR.fullmatch(q.text) is not None
        and (
            year_before.search(blanked[max(0, q.start - 30) : q.start]) is not None
            or (year_after is not None and year_after.match(blanked, q.end) is not None)
        )
    )


#: A clock time glued to its hour ("16h20"), right after the hour's digits.
_CLOCK_AFTER: Final = regex(r"h[0-5][0-9](?![\w])")
#: Two years joined by a dash: "2018–2022", a period after a word of time.
_YEARS: Final = regex(r"(?:19|20)[0-9]{2}[–-](?:19|20)?[0-9]{2}")
#: A number and an ending glued to it by an apostrophe, right before a word: "2024'ten".
_GLUED: Final = regex(r"[0-9]['’]\Z")
#: A year with a word of time the quantity parser took for an English qualifier: Swedish
#: "under 2024" (during 2024) is no figure "under 2024".
_WORD_YEAR: Final = regex(r"([^\W\d_]+[ \t\u00a0]+)(?:19|20)[0-9]{2}")
_SCALE_END: Final = regex(r"[ \t\u00a0\u202f]+([^\W\d_]+\.?)\Z")
_NUMBER_WORD: Final = regex(r"(?<![\w-])([^\W\d_]+)(?![\w-])")
#: The noun a word of many counts, past "de" or "van": "dezenas de milhares de processos".
_NOUN_AFTER: Final = regex(r"[ \t\u00a0]+(?:(?:de|van|aan)[ \t\u00a0]+)?([^\W\d_][\w-]*)")
_NEXT_WORD: Final = regex(r"[ \t\u00a0]+([^\W\d_][\w-]*)")


def _scale(q: Quantity) -> float:
    """The scale of a figure whose scale word was read after it ("20 mil": 1,000), else 1."""
    from desertcheck.quantity.scales import SCALE_WORDS

    m = _SCALE_END.search(q.text)
    if m is None or m[1].lower() not in SCALE_WORDS:
        return 1.0
    return SCALE_WORDS[m[1].lower()][0]


def _ranged(p: Quantity, q: Quantity, blanked: str, writing: Writing) -> Quantity | None:
    """``p`` and ``q`` as one range when the words between them join them, else None."""
    if p.is_range or q.is_range or p.qualifier != "exactly" or q.qualifier != "exactly":
        return None
    gap = blanked[p.end : q.start]
    between = writing.between.search(blanked, max(0, p.start - 12), p.start)
    if not (writing.to.match(gap) or (between and writing.and_.match(gap))):
        return None
    scale = _scale(q) if _scale(p) == 1.0 else 1.0  # "15 a 20 mil": 15,000 to 20,000
    low = p.low * scale
    if not low < q.low:
        return None
    if p.unit not in (None, q.unit) and p.unit.lower() not in gap.lower().split():
        return None  # "700 zaken tot 800": two figures
    start = between.start() if between else p.start
    return replace(q, low=low, qualifier="between", start=start, text=blanked[start : q.end])


def _qualified_after(q: Quantity, blanked: str, writing: Writing) -> Quantity:
    """``q`` with the qualifier of ``writing``'s words right after it ("50.000'in
    üzerinde") or alone in the table cell after its own ("| 3.050 | knap |"), else ``q``."""
    from desertcheck.audit.qualifier_cells import next_cell

    for name, pattern in writing.qualifiers_after:
        if pattern.match(blanked, q.end):
            return replace(q, qualifier=name)
    cell = next_cell(q, blanked)
    if cell is not None:
        for name, pattern in writing.qualifiers:
            if pattern.fullmatch(cell + " "):
                return replace(q, qualifier=name)
    return q


def _read(figures: list[Quantity], blanked: str, writing: Writing) -> list[Quantity]:
    from desertcheck.audit.scales import scaled

    out: list[Quantity] = []
    for q in figures:
        if writing.scales:
            q = scaled(q, blanked, [(0, len(blanked))])  # "50 mil": 50,000
        if (
            is_period_year(q, blanked, writing.year_before, writing.year_after)
            or (
                _YEARS.fullmatch(q.text)
                and (
                    writing.year_before.search(blanked, max(0, q.start - 30), q.start)
                    or (writing.year_after and writing.year_after.match(blanked, q.end))
                )
            )
            or ((m := _WORD_YEAR.fullmatch(q.text)) and writing.year_before.search(m[1]))
        ):
            continue  # "sinds 2022", "em 2024", "de vijf jaren 2018–2022": a period
        if len(q.text) <= 2 and _CLOCK_AFTER.match(blanked, q.end):
            continue  # "às 16h20": a time
        if q.text[:1].isalpha() and _GLUED.search(blanked, max(0, q.start - 2), q.start):
            continue  # "2024'ten": an ending glued to a number, not the word "ten"
        if (
            writing.not_after and writing.not_after.search(blanked, max(0, q.start - 12), q.start)
        ) or (writing.not_before and writing.not_before.match(blanked, q.end)):
            continue  # "kl. 08.15", "artikel 338", "en 34-årig soldat"
        if out and (joined := _ranged(out[-1], q, blanked, writing)) is not None:
            out[-1] = joined
            continue
        out.append(q)
    read: list[Quantity] = []
    for q in out:
        if writing.percent_before and q.unit is None and not q.text[:1].isalpha():
            sign = writing.percent_before.search(blanked, max(0, q.start - 8), q.start)
            if sign:  # "%10", "yüzde 20-30"
                q = replace(
                    q, unit="percent", start=sign.start(), text=blanked[sign.start() : q.end]
                )
        if q.qualifier == "exactly" and not q.is_range:
            before = blanked[max(0, q.start - 30) : q.start]
            for name, pattern in writing.qualifiers:
                if pattern.search(before):
                    q = replace(q, qualifier=name)
                    break
            else:
                q = _qualified_after(q, blanked, writing)
        if q.unit is not None and q.unit.lower() in writing.units:
            q = replace(q, unit=writing.units[q.unit.lower()])
        elif writing.linking and q.unit == writing.linking:
            noun = _NOUN_AFTER.match(blanked, q.end)  # "16.000 de dosare": dosare
            q = replace(q, unit=noun[1].casefold() if noun else None)
        elif writing.glued and q.unit != "percent" and (end := writing.glued.match(blanked, q.end)):
            noun = _NOUN_AFTER.match(blanked, end.end())  # "13 500-at": no unit "at"
            q = replace(q, unit=noun[1].casefold() if noun else None)
        read.append(q)
    return read


_PHRASES: dict[tuple[str, str], re.Pattern[str]] = {}


def _phrases(writing: Writing, kind: str, table: Mapping[str, object]) -> re.Pattern[str]:
    """The pattern of ``writing``'s phrases of a ``kind`` (its words for many, its words
    for a share: the keys of ``table``), built once a language."""
    if (writing.language, kind) not in _PHRASES:
        words = sorted(table, key=len, reverse=True)
        alternatives = "|".join(re.escape(w).replace(r"\ ", r"[ \t\u00a0]+") for w in words)
        pattern = rf"(?<![\w])(?i:{alternatives})(?![\w])" if words else r"(?!)"
        _PHRASES[writing.language, kind] = regex(pattern)
    return _PHRASES[writing.language, kind]


def _free_span(
    m: re.Match[str], spans: list[tuple[int, int]], found: list[Quantity]
) -> tuple[int, int] | None:
    """The sentence of ``spans`` a phrase ``m`` is in, None when it is in none or inside a
    figure ``found``."""
    if any(q.start < m.end() and m.start() < q.end for q in found):
        return None
    return next(((a, b) for a, b in spans if a <= m.start() < b), None)


def _words(
    blanked: str, writing: Writing, spans: list[tuple[int, int]], found: list[Quantity]
) -> list[tuple[tuple[int, int], Quantity]]:
    """The small numbers in words of a draft ("twee jaar", "nove"), with their sentences;
    none inside a figure found."""
    from desertcheck.audit.foreign_words import read as read_foreign
    from desertcheck.quantity import Quantity

    out = []
    for m in _phrases(writing, "shares", writing.shares).finditer(blanked):
        share = writing.shares[" ".join(m[0].casefold().split())]
        if (span := _free_span(m, spans, found)) is None:
            continue
        out.append((span, Quantity(share, share, "exactly", "share", m.start(), m.end(), m[0])))
    found = [*found, *(q for _, q in out)]  # "to tredjedele": no "to" (two) of its own
    for m in _phrases(writing, "vague", writing.vague).finditer(blanked):
        low, high = writing.vague[" ".join(m[0].casefold().split())]
        if (span := _free_span(m, spans, found)) is None:
            continue
        after = _NOUN_AFTER.match(blanked, m.end())
        unit = after[1].casefold() if after else None
        q = Quantity(low, high, "between", unit, m.start(), m.end(), m[0], vague=True)
        out.append((span, q))
    for m in _NUMBER_WORD.finditer(blanked):
        value = writing.number(m[1].casefold())
        if value is None or any(q.start < m.end() and m.start() < q.end for q in found):
            continue
        if writing.articles.search(blanked, max(0, m.start() - 8), m.start()):
            continue  # "in de vijf jaren 2018–2022": the years named, not a count
        span = next(((a, b) for a, b in spans if a <= m.start() < b), None)
        if span is None:
            continue
        after = _NEXT_WORD.match(blanked, m.end())
        end = m.end()
        if after and value < 1000 and after[1].casefold() in writing.thousands:
            value, end = value * 1000, after.end()  # "viiekümne tuhande": 50,000
            after = _NEXT_WORD.match(blanked, end)
        unit = after[1].casefold() if after else None
        text = blanked[m.start() : end]
        q = Quantity(float(value), float(value), "exactly", unit, m.start(), end, text)
        out.append((span, read_foreign(q, blanked)))
        found.append(q)  # its thousand is no number of its own
    return out


def read_figures(
    by_sentence: dict[tuple[int, int], list[Quantity]],
    blanked: str,
    writing: Writing,
    spans: list[tuple[int, int]] | None = None,
) -> dict[tuple[int, int], list[Quantity]]:
    """The figures of each sentence of a draft in ``writing``'s language read with its
    words around them, its small numbers in words among them when its sentences ``spans``
    are given."""
    out = {span: list(figures) for span, figures in by_sentence.items()}
    if spans:
        found = [q for figures in by_sentence.values() for q in figures]
        for span, q in _words(blanked, writing, spans, found):
            out.setdefault(span, []).append(q)
    return {
        span: _read(sorted(figures, key=lambda q: q.start), blanked, writing)
        for span, figures in out.items()
    }


def rate_span(writing: Writing, after: str, before: str = "") -> str | None:
    """The span of a rate in a figure's words ``after`` it ("per maand": ``month``) or,
    for a language that puts a rate adverb first, ``before`` it ("týdně odsoudily zhruba"),
    None when they say none."""
    m = writing.rate.match(after)
    word = m.group(1) if m else None
    if word is None and writing.rate_before is not None:
        m = writing.rate_before.search(before[-60:])
        word = m[m.lastindex] if m and m.lastindex else None  # its one group that matched
    return writing.rate_spans.get(" ".join(word.lower().split())) if word else None
