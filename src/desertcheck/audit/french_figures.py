"""The words around a French draft's figures, as such a draft writes them: qualifiers the
shared table leaves out (:mod:`.foreign_words`: "un peu plus de", "autour de"), "au plus"
and "et plus" after one ("trois ans au plus", "50 000 soldats et plus"), ranges ("de 700 à
800", "entre 15 000 et 20 000"), "2,4 millions" read whole, years that are periods ("en
2024", "depuis 2022") and the count of a period ("les six premiers mois de 2025") no
figures (:func:`french`, called by :func:`desertcheck.audit.continental.read_figures`)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Final

from desertcheck.compiled import regex

if TYPE_CHECKING:
    from desertcheck.quantity import Quantity

#: French qualifiers before a figure the shared table leaves out (:mod:`.foreign_words`).
_FRENCH_BEFORE: Final = (
    ("over", regex(r"(?<![\w])(?i:un\s+peu\s+plus\s+de|au-delà\s+de)[ \t\u00a0]+\Z")),
    ("about", regex(r"(?<![\w])(?i:autour\s+de|quelque|environ)[ \t\u00a0]*\Z")),
    # "près d'un millier", "près d’un soldat sur dix": nearly, as "près de" is
    ("nearly", regex(r"(?<![\w])(?i:près\s+d['’])[ \t\u00a0]*\Z")),
    ("up-to", regex(r"(?<![\w])(?i:jusqu['’]à|au\s+plus)[ \t\u00a0]+\Z")),
)
#: The words between a French range's ends, and the word before its start.
_FRENCH_GAP: Final = regex(r"\A[ \t\u00a0]*(?:à|et|-|–)[ \t\u00a0]*\Z")
_FRENCH_START: Final = regex(r"(?<![\w])(?i:de|d'|entre)[ \t\u00a0]*\Z")
_AT_MOST_AFTER: Final = regex(
    r"[ \t\u00a0]+(?:ans|mois|années)[ \t\u00a0]+au[ \t\u00a0]+plus(?!\w)"
)
_FIRST_MONTHS_AFTER: Final = regex(
    r"[ \t\u00a0]+(?i:premi[eè]re?s|derni[eè]re?s)[ \t\u00a0]+(?i:mois|années|semaines|jours)(?!\w)"
)
#: "et plus" after a figure or its noun: "or more" ("et plus de …" starts another figure).
_OR_MORE_AFTER: Final = regex(
    r"(?:[ \t\u00a0]+[^\W\d_]+)?[ \t\u00a0]+et[ \t\u00a0]+plus(?![\w'’]|[ \t\u00a0]+(?:de|d['’]))"
    # "et plus particulièrement", "et plus encore": an adverb's "plus", not "or more"
    r"(?![ \t\u00a0]+(?:[^\W\d_]+ment|encore|tard|tôt|loin|souvent|rien|jamais|guère)(?![\w'’]))"
)
_FRENCH_YEAR: Final = regex(r"(?:19|20)[0-9]{2}")
_FRENCH_YEAR_BEFORE: Final = regex(
    r"(?<![\w])(?i:en|depuis|de|d'|avant|après|fin|début|mi|année|l'année|janvier|février|mars"
    r"|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|printemps|été|automne"
    r"|hiver|semestre|(?:19|20)[0-9]{2}[ \t\u00a0]+et)[ \t\u00a0]*\Z"  # "en 2024 et 2025"
)


#: A verb of change before "de X à Y": a change from X to Y, two figures, not a range
#: ("la peine est passée de 5 à 10 ans", "portée de 10 à 15 ans").
_CHANGED: Final = regex(
    r"(?<!\w)(?i:pass[ée]e?s?|passer|passait|passent|port[ée]e?s?|augment[ée]e?s?"
    r"|relev[ée]e?s?|doubl[ée]e?s?|grimp[ée]e?s?|bondi|chut[ée]e?s?|baiss[ée]e?s?"
    r"|tomb[ée]e?s?|recul[ée]e?s?)[ \t\u00a0]+(?i:de|d['’])[ \t\u00a0]*\Z"
)
_SCALES: Final = {"million": 1e6, "millions": 1e6, "milliard": 1e9, "milliards": 1e9}


def french(blanked: str, figures: list[Quantity]) -> list[Quantity]:
    out: list[Quantity] = []
    for q in figures:
        before = blanked[max(0, q.start - 30) : q.start]
        if (
            q.qualifier == "exactly"
            and not q.is_range
            and _FRENCH_YEAR.fullmatch(q.text)
            and _FRENCH_YEAR_BEFORE.search(before)
        ):
            continue  # "en 2024", "depuis 2022", "mai 2025": a period
        if _FIRST_MONTHS_AFTER.match(blanked, q.end):
            continue  # "les six premiers mois de 2025": a period's count
        if q.qualifier == "exactly" and not q.is_range and _AT_MOST_AFTER.match(blanked, q.end):
            q = replace(q, qualifier="up-to")  # "trois ans au plus"
        more = _OR_MORE_AFTER.match(blanked, q.end)  # "50 000 soldats et plus"
        if q.qualifier == "exactly" and not q.is_range and more:
            q = replace(q, qualifier="at-least", end=more.end(), text=blanked[q.start : more.end()])
        if q.qualifier == "exactly" and not q.is_range:
            for name, pattern in _FRENCH_BEFORE:
                if m := pattern.search(before):  # in the figure's span, as in English
                    start = q.start - len(before) + m.start()
                    q = replace(q, qualifier=name, start=start, text=blanked[start : q.end])
                    break
        p = out[-1] if out else None
        if p is not None and q.vague and p.unit == q.text.lower() in _SCALES:
            scale = _SCALES[q.text.lower()]  # "2,4 millions": the parser read "millions" apart
            out[-1] = replace(
                p, low=p.low * scale, high=p.high * scale, unit=None, end=q.end,
                text=blanked[p.start : q.end],
            )  # fmt: skip
            continue
        if (
            p is not None
            and not p.is_range
            and not q.is_range
            and p.low < q.low
            and p.qualifier == q.qualifier == "exactly"
            and _FRENCH_GAP.match(blanked[p.end : q.start])
            and (p.unit in (None, q.unit, "à", "et") or _FRENCH_START.search(blanked[: p.start]))
            and not _CHANGED.search(blanked, max(0, p.start - 40), p.start)
        ):
            start = p.start
            if m := _FRENCH_START.search(blanked[max(0, p.start - 8) : p.start]):
                start = p.start - (min(8, p.start) - m.start())
            out[-1] = replace(
                q, low=p.low, qualifier="between", start=start, text=blanked[start : q.end]
            )
            continue
        out.append(q)
    return out


#: French words for about so many ("une centaine": about 100), with their article.
