"""German and French drafts: the field's words as English concepts, and the words around a
German or French draft's figures (qualifiers, ranges, years, rates).

The claims are written in English; a German or French sentence meets one through the
concept words its words stand for, as a Russian or Ukrainian one does (:mod:`.lexicon`).
One table serves both languages (:data:`PARTS`): a Latin word stands for the concepts of
every part of it listed there (German compounds: ``Befehlsverweigerung`` is
``disobedience`` and ``refusal``, ``Militärgerichte`` ``military`` and ``courts``), read
with its accents dropped (``déserteurs``, ``Fälle``). Parts are long enough that no English
word holds them; short words are read whole (:data:`WHOLE`), and a French elision
(``l'armée``, ``d'absence``) is read as the word after it.

A draft guessed German or French (:func:`desertcheck.audit.language.unread_language`) has
its figures read as such a draft writes them (:func:`read_figures`): German with the
source reader's words (:mod:`desertcheck.quantity.german`: "fast", "rund", "knapp",
"mehr als", "bis zu", "700 bis 800", a bare year); French with its qualifiers ("un peu
plus de") and ranges ("de 700 à 800", "entre 15 000 et 20 000", "40 000 à 45 000").
A rate after a figure ("pro Monat", "im Monat", "monatlich", "par mois", "mensuelles",
"par jour ouvré") is read by :func:`rate_span`.
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace
from typing import TYPE_CHECKING, Final

from desertcheck.audit.french_figures import french
from desertcheck.audit.word_parts import after_elision, concepts_of
from desertcheck.compiled import regex

if TYPE_CHECKING:
    from desertcheck.quantity import Quantity

#: Parts of German and French words (accents dropped) and the English concept words they
#: stand for. A word stands for the concepts of every listed part it holds.
PARTS: Final = {
    # German
    "desert": "desertion",
    "fahnenflucht": "desertion",
    "soldat": "soldiers",
    "truppe": "soldiers",
    "militar": "military",
    "streitkrafte": "military forces",
    "armee": "military",
    "verurteil": "convictions",
    "urteil": "verdicts",
    "verfahren": "cases prosecution",
    "strafverfolg": "cases prosecution",
    "strafrechtlich": "prosecution",
    "verfolgt": "cases prosecution",
    "ermittl": "cases prosecution",
    "ermittel": "cases prosecution",
    "angeklagt": "cases",
    "anklage": "cases prosecution",
    "gericht": "courts",
    "abwesenheit": "awol absence",
    "unerlaubt": "awol absence",
    "befehlsverweiger": "disobedience",
    "gehorsam": "disobedience",
    "verweiger": "refusal",
    "dienst": "service",
    "haftstrafe": "sentence prison",
    "gefangnis": "sentence prison",
    "freiheitsstrafe": "sentence prison",
    "bestraft": "sentence punishment",
    "hochststrafe": "sentence maximum punishment",
    "eingesetzt": "deployed",
    "geschickt": "deployed",  # "an die Front geschickt", "in den Krieg geschickt"
    "maximal": "maximum",  # "la peine maximale", "die maximale Strafe"
    "entsandt": "deployed",
    "monatlich": "month",
    "wochentlich": "week",
    "taglich": "day",
    "arbeitstag": "working day",
    "rekrutier": "recruited",
    "haftling": "prisoners",
    "gefangene": "prisoners",
    "menschenleben": "deaths",
    "getotet": "deaths",
    "verletzt": "injured",
    "vertrieb": "displaced",
    "fluchtling": "displaced",
    "hilfe": "assistance",
    "anfrage": "requests",
    "bezirk": "district",
    "sudlich": "southern",
    "zentral": "central",
    "moskau": "moscow",
    "ostlich": "eastern",
    "westlich": "western",
    "russisch": "russia",
    "russland": "russia",
    "ukrain": "ukraine",
    "eingegangen": "received opened",
    "eingeleitet": "opened",
    "eroffnet": "opened",
    "erhielt": "received opened",
    "durchschnitt": "average",
    "berichterstatter": "rapporteur",
    "politisch": "political",
    "folter": "torture",
    "auslandisch": "foreign",
    "unerwunscht": "undesirable",
    "psychiatr": "psychiatric",
    "antikrieg": "anti-war",
    "kriegs": "war",
    "kampf": "fight",
    "dekret": "decree russia",
    "angehorige": "military forces",
    "sollstarke": "size",
    # French
    "deserteur": "desertion",
    "troupes": "soldiers",
    "militaire": "military soldiers",
    "condamn": "convictions",
    "jugement": "verdicts",
    "poursui": "cases prosecution",
    "affaire": "cases",
    "dossiers": "cases",
    "tribuna": "courts",
    "desobeiss": "disobedience",
    "obeir": "disobedience",  # "refus d'obéir": disobedience, as "Befehlsverweigerung"
    "deploy": "deployed",
    "mensuel": "month",
    "hebdomadaire": "week",
    "recrut": "recruited",
    "detenu": "prisoners detainees",
    "prisonnier": "prisoners",
    "deplace": "displaced",
    "refugie": "displaced",
    "moscou": "moscow",
    "russie": "russia",
    "nouvelle": "new opened",
    "nouveaux": "new opened",
    "ouvert": "opened",
    "pourcentage": "share",
    "rapporteu": "rapporteur",
    "personnes": "people",
    "politique": "political",
    "etranger": "foreign",
    "indesirable": "undesirable",
    "psychiatri": "psychiatric",
    "guerre": "war",
    "emprisonnement": "sentence prison",
    "passible": "sentence maximum",
    "decret": "decree russia",
    "effectif": "size soldiers",
}
#: Short German and French words read whole (accents dropped).
WHOLE: Final = {
    # "les soldats envoyés en Ukraine", as "sent to Ukraine"; the plural only: "notre
    # envoyé spécial" is a reporter
    "envoyes": "deployed",
    "envoyees": "deployed",
    "haft": "sentence prison",
    "fall": "",
    "falle": "cases",
    "fallen": "cases",
    "strafe": "sentence punishment",
    "prozess": "cases",
    "prozesse": "cases",
    "prozessen": "cases",
    "toten": "deaths",
    "neue": "new opened",
    "neuen": "new opened",
    "menschen": "people",
    "krieg": "war",
    "asyl": "asylum",
    "armee": "military",
    "armees": "military",
    "soldats": "soldiers",
    "proces": "cases",
    "juge": "cases",
    "juges": "cases",
    "jugee": "cases",
    "jugees": "cases",
    "accuse": "cases",
    "peine": "sentence",
    "peines": "sentence",
    "morts": "deaths",
    "sud": "southern",
    "russe": "russia",
    "russes": "russia",
    "recu": "received opened",
    "recus": "received opened",
    "moyenne": "average",
    "asile": "asylum",
    "forcee": "coercive",
    "refus": "refusal",
    "servir": "service",
    "onu": "un",
    "schnitt": "average",
    "combattre": "fight",
    "puni": "sentence maximum",
    "punie": "sentence maximum",
    "punis": "sentence maximum",
    "blesse": "injured",
    "blesses": "injured",
    "blessee": "injured",
    "blessees": "injured",
    "tue": "deaths",  # "tué(e)s ou blessé(e)s"
    "cas": "cases",  # "2 580 cas de torture ont été documentés"
    "documente": "documented",
    "documentes": "documented",
    "documentee": "documented",
    "documentees": "documented",
    "tues": "deaths",
    "tuee": "deaths",
    "tuees": "deaths",
    "demande": "requests",
    "demandes": "requests",
}
_PARTS: Final = tuple(sorted(PARTS, key=len, reverse=True))
#: German and French words that say nothing of what a figure counts (articles, pronouns,
#: prepositions, conjunctions, auxiliaries and the verbs of "stands at"), read as English
#: stop words are, so that they weigh nothing in a sentence's score. None is an English
#: word of the field ("war", "un", "plus", "pro", "fast" are not here), nor a qualifier
#: ("bis zu" is read as "up to" is).
_STOP_WORDS: Final = (
    "der die das den dem des ein eine einer einem einen eines und oder aber nicht mit "
    "von vom zum zur für auf im am ist sind waren wurde wurden wird werden hat haben "
    "hatte gab es sich seit wegen bei aus nach als auch noch nur wie über gegen "
    "liegt lag liegen heute bereits inzwischen sei seien nun dass diese dieser dieses "
    "sowie ihnen ihre ihren ihrer sie er wir um ab je damit beträgt betrug betragen "
    "steht stehen seitdem nunmehr "
    "le la les et du une est dans pour sur que qui au aux ont été sont ne pas selon "
    "depuis par avec ce cette ces leur leurs se sa ses il ils elle elles ou où mais donc "
    "déjà entre vers chez sans sous ainsi soit de désormais actuellement aujourd hui"
)
STOP: Final = frozenset(_STOP_WORDS.split())
#: A French elision before a word: "l'armée", "d'absence", "qu'un".
_ELISION: Final = regex(r"(?:l|d|qu|j|n|s|c)'(?=[^\W\d_]{2})")


def elided(word: str) -> str | None:
    """The word after a French elision (``d'absence``: ``absence``), None without one."""
    return after_elision(_ELISION, word)


@functools.lru_cache(maxsize=65536)
def concepts(word: str) -> tuple[str, ...]:
    """The English concept words a German or French ``word`` (lower case) stands for
    (:func:`.word_parts.concepts_of`: none for most words, and for every English word)."""
    return concepts_of(word, WHOLE, PARTS, _PARTS)


#: The languages whose drafts have their figures read here.
LANGUAGES: Final = frozenset({"German", "French"})

_FIRST_BEFORE: Final = regex(r"(?<!\w)(?i:ersten|letzten|vergangenen)[ \t\u00a0]+\Z")
_SPAN_AFTER: Final = regex(r"[ \t\u00a0]+(?i:Monate|Monaten|Jahre|Jahren|Wochen|Tage|Tagen)(?!\w)")


_ABOUT_FR: Final = {
    "dizaine": 10, "douzaine": 12, "vingtaine": 20, "trentaine": 30, "cinquantaine": 50,
    "centaine": 100, "millier": 1000,
}  # fmt: skip
_ABOUT_FR_RE: Final = regex(rf"(?<![\w])(?i:une?)[ \t\u00a0]+({'|'.join(_ABOUT_FR)})(?!\w)")
_NEXT_WORD: Final = regex(r"[ \t\u00a0]+(?:d['’]|de[ \t\u00a0]+)?([^\W\d_][\w-]*)")
_POUR_CENT: Final = regex(r"[ \t\u00a0]+(?i:pour)[ \t\u00a0-]?(?i:cent)(?![\w-])")


def _words_as_figures(
    blanked: str, language: str, spans: list[tuple[int, int]], found: list[Quantity]
) -> list[tuple[tuple[int, int], Quantity]]:
    """The number words of a German or French draft as figures, with their sentences: "bis
    zu zehn Jahren", "dix ans", "une centaine" (about 100); none inside a figure found."""
    from desertcheck.audit.continental_numbers import fractions, number_words
    from desertcheck.audit.foreign_words import read as read_foreign
    from desertcheck.quantity import Quantity

    shares = [(a, b, value, "exactly") for a, b, value in fractions(blanked)]
    hits = [
        (a, b, value, "exactly")
        for a, b, value in number_words(blanked, language)
        if not any(s < b and a < e for s, e, _, _ in shares)  # "drei" of "drei von zehn"
    ]
    if language == "French":
        for m in _ABOUT_FR_RE.finditer(blanked):
            hits.append((m.start(), m.end(), float(_ABOUT_FR[m[1].casefold()]), "about"))
    out = []
    for start, end, value, qualifier in hits + shares:
        if any(q.start < end and start < q.end for q in found):
            continue
        if _FIRST_BEFORE.search(blanked, max(0, start - 12), start) and _SPAN_AFTER.match(
            blanked, end
        ):
            continue  # "in den ersten fünf Monaten 2025": a period's count
        span = next(((a, b) for a, b in spans if a <= start < b), None)
        if span is None:
            continue
        after = _NEXT_WORD.match(blanked, end)
        unit = after[1].casefold() if after else None
        per_cent = _POUR_CENT.match(blanked, end)
        if unit in ("prozent", "pourcent") and after is not None:  # "knapp zehn Prozent"
            unit, end = "percent", after.end()
        elif per_cent is not None:  # "près de dix pour cent"
            unit, end = "percent", per_cent.end()
        if value < 1:  # "zwei Drittel", "les deux tiers": a share
            unit = "share"
        q = Quantity(value, value, qualifier, unit, start, end, blanked[start:end])
        if language == "French":  # "plus de cinquante mille"
            q = read_foreign(q, blanked)
        out.append((span, q))
    return out


def read_figures(
    by_sentence: dict[tuple[int, int], list[Quantity]],
    blanked: str,
    language: str | None,
    spans: list[tuple[int, int]] | None = None,
) -> dict[tuple[int, int], list[Quantity]]:
    """The figures of each sentence of a draft in ``language`` read with that language's
    words around them, its number words among them when its sentences ``spans`` are
    given (German and French; others as they are)."""
    if language not in LANGUAGES:
        return _parts_read(by_sentence, blanked, spans)
    out = {span: list(figures) for span, figures in by_sentence.items()}
    if spans:
        found = [q for figures in by_sentence.values() for q in figures]
        for span, q in _words_as_figures(blanked, language, spans, found):
            out.setdefault(span, []).append(q)
        out = {span: sorted(figures, key=lambda q: q.start) for span, figures in out.items()}
    if language == "German":
        from desertcheck.quantity.german import read

        return {span: _in_english(read(blanked, figures), blanked) for span, figures in out.items()}
    return {span: _in_english(french(blanked, figures), blanked) for span, figures in out.items()}


def _parts_read(
    by_sentence: dict[tuple[int, int], list[Quantity]],
    blanked: str,
    spans: list[tuple[int, int]] | None,
) -> dict[tuple[int, int], list[Quantity]]:
    """The figures of a draft not German or French as a whole, those of its German and
    French sentences and quotes (:func:`.continental_sentences.continental_parts`) read as
    such a draft's, their number words among them."""
    from desertcheck.audit.continental_sentences import continental_parts

    parts = continental_parts(blanked)
    if not parts:
        return by_sentence

    def part(q: Quantity) -> str | None:
        return next((lang for a, b, lang in parts if a <= q.start < b), None)

    out = {span: list(figures) for span, figures in by_sentence.items()}
    if spans:
        found = [q for figures in by_sentence.values() for q in figures]
        for language in {lang for _, _, lang in parts}:
            for span, q in _words_as_figures(blanked, language, spans, found):
                if part(q) == language:
                    out.setdefault(span, []).append(q)
    read_out = {}
    for span, figures in out.items():
        figures.sort(key=lambda q: q.start)
        kept = [q for q in figures if part(q) is None]
        for language in ("German", "French"):
            mine = [q for q in figures if part(q) == language]
            if mine:
                kept += _read_as(language, blanked, mine)
        read_out[span] = sorted(kept, key=lambda q: q.start)
    return read_out


def _read_as(language: str, blanked: str, figures: list[Quantity]) -> list[Quantity]:
    if language == "German":
        from desertcheck.quantity.german import read

        return _in_english(read(blanked, figures), blanked)
    return _in_english(french(blanked, figures), blanked)


#: German and French words of time after a figure, in every case and number, as the
#: English unit a claim writes: "20 Jahren Haft", "bei 20 Jahren", "dix ans", "six mois".
TIME_UNITS: Final = {
    "jahr": "years", "jahre": "years", "jahren": "years", "jahres": "years",
    "monat": "months", "monate": "months", "monaten": "months", "monats": "months",
    "woche": "weeks", "wochen": "weeks", "tag": "days", "tage": "days", "tagen": "days",
    "an": "years", "ans": "years", "année": "years", "années": "years", "mois": "months",
    "semaine": "weeks", "semaines": "weeks", "jour": "days", "jours": "days",
}  # fmt: skip


def _in_english(figures: list[Quantity], blanked: str) -> list[Quantity]:
    """``figures`` with a German or French unit of time as the English one, and a duration
    in two units as one ("14 Jahren und 8 Monaten": 14.67 years, :mod:`~desertcheck.
    quantity.compound`)."""
    from desertcheck.quantity.compound import joined

    english = [replace(q, unit=TIME_UNITS[q.unit]) if q.unit in TIME_UNITS else q for q in figures]
    return joined(blanked, english, TIME_UNITS)


#: A German or French rate after a figure, a few words on: "pro Monat", "im Monat", "je
#: Woche", "monatlich", "par mois", "par jour ouvré", "mensuelles", "hebdomadaires".
_RATE_AFTER: Final = regex(
    r"\A[^.;:!?\d]{0,40}?(?<!\w)(?:(?:pro|im|je|par|chaque)\s+(?:(?:jour|semaine)\s+)?"
    r"(?:arbeits|werk)?(monat|woche|tag|stunde|mois|semaine|jour)|(monatlich|wöchentlich|täglich|mensuel"
    r"|hebdomadaire|quotidien))\w*",
    re.IGNORECASE,
)
_SPANS: Final = {
    "monat": "month",
    "woche": "week",
    "tag": "day",
    "mois": "month",
    "semaine": "week",
    "jour": "day",
    "monatlich": "month",
    "wöchentlich": "week",
    "täglich": "day",
    "mensuel": "month",
    "hebdomadaire": "week",
    "quotidien": "day",
    "mensuellement": "month",
    "hebdomadairement": "week",
    "quotidiennement": "day",
}


#: A German or French rate right before a figure, a qualifier's words or two between:
#: "pro Monat rund 1.000", "monatlich 15.000", "chaque mois, environ 1 000".
_RATE_BEFORE: Final = regex(
    r"(?<!\w)(?:(?:pro|je|par|chaque)\s+(?:(?:jour|semaine)\s+)?(monat|woche|tag|mois|semaine|jour)"
    r"|(monatlich|wöchentlich|täglich|mensuellement|hebdomadairement|quotidiennement))"
    r"(?:\s+ouvr[ée]s?)?[\s,]*(?:[^\W\d_]+\s+){0,2}\Z",
    re.IGNORECASE,
)


def rate_span(after: str, before: str = "") -> str | None:
    """The span of a German or French rate in a figure's words ``after`` it, or right
    ``before`` it (``month``, ``week``, ``day``), None when they say none."""
    m = _RATE_AFTER.match(after) or _RATE_BEFORE.search(before[-60:])
    if m is None:
        return None
    return _SPANS.get((m.group(1) or m.group(2)).lower())


#: A day said of a rate in German or French, and the days a court sits, for
#: :mod:`.working_days` ("38 Urteile pro Tag", "täglich", "par jour", "chaque jour";
#: "pro Arbeitstag", "par jour ouvré").
A_DAY: Final = (
    r"(?<!\w)(?:pro|je|am|par|chaque)\s+(?:Tag|jour)(?!\w)|(?<!\w)(?:täglich|quotidien\w*)"
    r"|(?<!\w)tous\s+les\s+jours(?!\w)"
)
WORKING: Final = r"arbeitstag|werktag|sitzungstag|jours?\s+ouvr[ée]s?|ouvrables?"
