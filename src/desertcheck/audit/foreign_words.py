"""Qualifier and percent words of the other languages a translated draft keeps: "ok. 16
tys.", "blisko 22 580", "66,7 proc.", "más de 25 mil", "etwa 16.000".

A desk that translates from Spanish, Portuguese, Italian, French, German or Polish (the
languages whose scale words audit reads, :mod:`.scales`) often keeps the qualifier before a
number and the word for per cent after it. The quantity parser (shared with ``verify``)
reads English and Russian qualifier words only, so "ok. 16 tys." was a bare 16,000 (a
``qualifier-drift`` of "about 16,000") and "66,7 proc." a number with the unit "proc".

Only words that say one qualifier and nothing else in English are read
(:data:`QUALIFIER_WORDS`, documented in docs/audit.md's qualifier table): "casi", "prawie",
"environ", "etwa", "gut" (a good 3,050), "dépasse les" (exceeds) are; "fast" (German
*almost*, English *quick*), "do" (Polish *up to*), "cerca de" (Spanish *nearly* and
*about*) and "rund" are not. Polish "ok." is read in lower
case only, right before the number: "OK. 16 people" is English. A figure keeps a
qualifier the parser or audit already read ("over 25 tys." stays "over").
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Final

from desertcheck.audit import continental, italian
from desertcheck.audit.bulgarian import WRITING as BULGARIAN
from desertcheck.audit.czech import WRITING as CZECH
from desertcheck.audit.danish import WRITING as DANISH
from desertcheck.audit.dutch import WRITING as DUTCH
from desertcheck.audit.estonian import WRITING as ESTONIAN
from desertcheck.audit.finnish import WRITING as FINNISH
from desertcheck.audit.greek import WRITING as GREEK
from desertcheck.audit.hungarian import WRITING as HUNGARIAN
from desertcheck.audit.language import unread_language
from desertcheck.audit.norwegian import WRITING as NORWEGIAN
from desertcheck.audit.portuguese import WRITING as PORTUGUESE
from desertcheck.audit.qualifier_cells import cell_qualified
from desertcheck.audit.romanian import WRITING as ROMANIAN
from desertcheck.audit.shorthand import read_shorthand
from desertcheck.audit.swedish import WRITING as SWEDISH
from desertcheck.audit.translations import read_figures as read_translated
from desertcheck.audit.turkish import WRITING as TURKISH
from desertcheck.compiled import regex

if TYPE_CHECKING:
    from desertcheck.quantity import Quantity

#: (qualifier, the words of another language right before a figure that give it). Each
#: alternative is one language's (es, pt, it, fr, de, pl), lower case.
QUALIFIER_WORDS: Final = (
    (
        "about",
        r"alrededor\s+de|aproximadamente|unos|unas|"  # es
        r"por\s+volta\s+de|"  # pt (and "aproximadamente")
        r"circa(?:\s+il)?|all['’]incirca|"  # it ("circa il 10%")
        r"environ|quelque|à\s+peu\s+près|a\s+peu\s+pres|approximativement|grosso\s+modo|"  # fr
        r"etwa|ungefähr|zirka|"  # de
        r"około",  # pl; "ok." below, in lower case only
    ),
    (
        "nearly",
        r"casi|"  # es
        r"quase|"  # pt
        r"quasi(?:\s+il)?|"  # it
        r"presque|près\s+de|pres\s+de|quasiment|pratiquement|un\s+peu\s+moins\s+de|"  # fr
        r"beinahe|nahezu|knapp|"  # de
        r"prawie|blisko|niemal|niemal\s+że",  # pl
    ),
    (
        "over",
        r"más\s+de|"  # es
        r"mais\s+de|"  # pt
        r"più\s+di|oltre(?:\s+il)?|"  # it
        r"(?<!pas\s)plus\s+de|d[ée]pass(?:e|ent|ait|aient|é)\s+(?:les|la|le)|"  # fr
        r"mehr\s+als|über|[üu]bersteig(?:t|en)|gut|gute|"  # de ("gut 3.050": a good 3,050)
        r"ponad|przeszło|powyżej",  # pl
    ),
    (
        "at-least",
        r"al\s+menos|por\s+lo\s+menos|"  # es
        r"pelo\s+menos|no\s+mínimo|"  # pt
        r"almeno|"  # it
        r"au\s+moins|pas\s+moins\s+de|au\s+minimum|au\s+bas\s+mot|"  # fr
        r"mindestens|wenigstens|"  # de
        r"co\s+najmniej|przynajmniej",  # pl
    ),
    (
        "up-to",
        r"hasta|"  # es
        r"até|"  # pt
        r"fino\s+a|"  # it
        r"jusqu['’]à|moins\s+de|pas\s+plus\s+de|au\s+maximum|tout\s+au\s+plus|"  # fr
        r"bis\s+zu|"  # de
        r"maksymalnie",  # pl
    ),
)
#: The qualifier words right before a figure (white space between them), in any case but
#: Polish "ok." (lower case only).
_BEFORE: Final = (
    *(
        (qualifier, regex(rf"(?<![\w.])(?i:{words})[ \t\u00a0]+\Z"))
        for qualifier, words in QUALIFIER_WORDS
    ),
    ("about", regex(r"(?<![\w.])ok\.[ \t\u00a0]+\Z")),
)
#: The languages whose drafts' figures :mod:`.translations` reads.
TRANSLATED: Final = {
    "Dutch": DUTCH,
    "Portuguese": PORTUGUESE,
    "Swedish": SWEDISH,
    "Norwegian": NORWEGIAN,
    "Danish": DANISH,
    "Czech": CZECH,
    "Finnish": FINNISH,
    "Romanian": ROMANIAN,
    "Turkish": TURKISH,
    "Greek": GREEK,
    "Hungarian": HUNGARIAN,
    "Estonian": ESTONIAN,
    "Bulgarian": BULGARIAN,
}
#: The word for per cent after a figure: Polish "proc." and "procent", Czech "procent" and
#: "procenta", Spanish and
#: Portuguese "por ciento"/"por cento", Italian "per cento", French "pour cent", German
#: "Prozent", Norwegian and Danish "prosent", Estonian "protsenti", Greek "τοις εκατό".
_PERCENT: Final = regex(
    r"[ \t\u00a0\u202f]+(?i:proc\.|procent(?:y|ów|a)?|por\s+cien?to|per\s+cento|pour\s+cent|"
    r"prozent|prosent|protsent(?:i|ini)?|τοις[ \t\u00a0]+εκατό)(?!\w)"
)


def read(q: Quantity, blanked: str) -> Quantity:
    """``q`` with the per cent word of another language after it read as its unit, and, when
    ``q`` is ``exactly``, the qualifier word of another language before it as its
    qualifier."""
    m = _PERCENT.match(blanked, q.end)
    # a number in digits, or one in words whose noun is the per cent word ("kümme protsenti")
    worded = m is not None and q.text[-1:].isalpha() and q.unit == m[0].strip().casefold()
    if m is not None and (not q.text[-1:].isalpha() or worded) and q.unit != "percent":
        q = replace(q, unit="percent", end=m.end(), text=blanked[q.start : m.end()])
    if q.qualifier != "exactly" or q.is_range:
        return q
    before = blanked[max(0, q.start - 30) : q.start]
    for qualifier, pattern in _BEFORE:
        if m := pattern.search(before):  # in the figure's span, as an English qualifier is
            start = q.start - len(before) + m.start()
            return replace(q, qualifier=qualifier, start=start, text=blanked[start : q.end])
    return q


def with_foreign_words(
    by_sentence: dict[tuple[int, int], list[Quantity]],
    blanked: str,
    spans: list[tuple[int, int]] | None = None,
) -> dict[tuple[int, int], list[Quantity]]:
    """The figures of each sentence with the qualifier and per cent words of other
    languages read (:func:`read`: a few characters around each figure), a note's arrows and
    ">=" (:func:`.shorthand.read_shorthand`) and a qualifier in the table cell after a
    figure's (:func:`.qualifier_cells.cell_qualified`), and those of a
    German or French draft as such a draft writes them, its number words among them
    (:mod:`.continental`; ``spans``: the draft's sentences)."""
    read_words = {
        span: [cell_qualified(read_shorthand(read(q, blanked), blanked), blanked) for q in figures]
        for span, figures in by_sentence.items()
    }
    language = unread_language(blanked)
    if language == "Italian":  # "nel 2024": a period
        return italian.without_years(read_words, blanked)
    if language in TRANSLATED:  # "ruim 50.000", "15 a 20 mil"
        return read_translated(read_words, blanked, TRANSLATED[language], spans)
    return continental.read_figures(read_words, blanked, language, spans)
