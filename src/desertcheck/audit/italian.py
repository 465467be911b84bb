"""Italian drafts: the field's words as English concepts, as German and French ones are
(:mod:`.continental`).

A desk's Italian translation says "disertori", "procedimenti penali", "condanne",
"assenza ingiustificata"; the claims are written in English. Each Italian word listed
here (accents dropped) stands for the English concept words the claims use, by a part of
it (:data:`PARTS`: "condann" in "condanne", "condannati") or whole (:data:`WHOLE`: short
words such as "casi", "pena"); its articles, prepositions and auxiliaries weigh nothing
in a sentence's score (:data:`STOP`), and a word after an elision ("dell'invasione",
"l'assenza") is read as the word. No part is a part of an English word ("processi", a
part of "processing", is read whole).
Italian numbers ("50.000", "66,7%"), qualifiers ("oltre", "quasi", "circa") and scale
words ("2,4 milioni") are read where every other language's are
(:mod:`.convention`, :mod:`.foreign_words`, :mod:`.scales`), its periods with the German
and French ones (:mod:`.continental_periods`); in an Italian draft a year after a word of
time ("nel 2024", "dal 2022", "fra il 2018 e il 2022", "giugno 2025") is a period, not a
figure (:func:`without_years`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from desertcheck.audit.translations import is_period_year
from desertcheck.audit.word_parts import after_elision, concept_reader
from desertcheck.compiled import regex

if TYPE_CHECKING:
    from desertcheck.quantity import Quantity

#: Parts of Italian words (accents dropped) and the English concept words they stand for.
PARTS: Final = {
    "disert": "desertion",
    "diserzion": "desertion",
    "soldat": "soldiers",
    "militar": "military",
    "condann": "convictions",
    "sentenz": "verdicts",
    "procediment": "cases prosecution",
    "perseguit": "prosecution",
    "fascicol": "cases",
    "imputat": "defendants cases",
    "tribunal": "courts",
    "ingiustificat": "awol absence",
    "assenza": "absence",
    "abbandon": "awol absence",
    "disobbedien": "disobedience",
    "rifiut": "refusal",
    "servizio": "service",
    "servire": "service",
    "reclusion": "sentence prison",
    "schierat": "deployed",
    "mensil": "month",
    "settiman": "week",
    "giornalier": "day",
    "lavorativ": "working",
    "reclut": "recruited",
    "arruolat": "recruited",
    "detenut": "prisoners",
    "distrett": "district",
    "meridional": "southern",
    "centrale": "central",
    "orientale": "eastern",
    "occidentale": "western",
    "leningrado": "leningrad",
    "ucrain": "ukraine",
    "uccis": "killed deaths",
    "ferit": "injured",
    "esenzion": "exemption",
    "responsabilit": "liability",
    "relatore": "rapporteur",
    "stranier": "foreign",
    "indesiderabil": "undesirable",
    "indesiderat": "undesirable",
    "organizzazion": "organisations",
    "psichiatri": "psychiatric",
    "simulazion": "malingering",
    "guerra": "war",
    "combatter": "fight",
    "decreto": "decree russia",
    "aperti": "opened",
    "nuovi": "new opened",
    "nuove": "new opened",
    "richiest": "requests",
}
#: Short Italian words read whole (accents dropped).
WHOLE: Final = {
    "casi": "cases",
    "caso": "cases",
    "pena": "sentence",
    "pene": "sentence",
    "anni": "",
    "mese": "",
    "onu": "un",
    "aula": "courts",
    "persone": "people",
    "uomini": "people soldiers",
    "medio": "average",
    "mosca": "moscow",
    "forze": "forces",
    "armate": "armed military",
    "punito": "sentence maximum",
    "puniti": "sentence maximum",
    "massima": "maximum",
    "processi": "cases",
    "processo": "cases",
    "russi": "russia",
    "russa": "russia",
    "russe": "russia",
    "russo": "russia",
    "politici": "political",
    "politico": "political",
    "politiche": "political",
    "tortura": "torture",
    "reduci": "veterans",
    "carcere": "sentence prison",
    "carceri": "prisoners",
}
#: Italian words that say nothing of what a figure counts, read as English stop words are.
#: None is an English word ("come", "per", "ne", "a" are not here), nor a qualifier.
_STOP_WORDS: Final = (
    "il lo la gli le uno una di del della dello dei delle degli dal dalla dallo dai "
    "dalle da nel nella nello nei nelle negli con tra fra sul sulla sui sulle che "
    "non sono stato stati stata state hanno anche ma questo questa questi queste "
    "loro suo sua suoi invece sempre secondo ancora essere sia cui di quello "
    "quella quelli quelle degli alla alle agli allo ai stesso stessa stessi stesse"
)
STOP: Final = frozenset(_STOP_WORDS.split())
_ELISION: Final = regex(r"(?:dell|dall|nell|sull|all|quell|l|un|d)'(?=[^\W\d_]{2})")


def elided(word: str) -> str | None:
    """The word after an Italian elision ("dell'invasione": "invasione"), None without."""
    return after_elision(_ELISION, word)


#: The English concept words an Italian word (lower case) stands for
#: (:func:`.word_parts.concepts_of`).
concepts: Final = concept_reader(WHOLE, PARTS)


#: The words of time right before a year that make it a period.
_YEAR_BEFORE: Final = regex(
    r"(?<![\w])(?i:nel|nell['’]|dal|dall['’]|del|al|a|ad|da|tra|fra|il|entro|prima\s+del"
    r"|dopo\s+il|fine|inizio|met[àa]|anno|gennaio|febbraio|marzo|aprile|maggio|giugno|luglio"
    r"|agosto|settembre|ottobre|novembre|dicembre|primavera|estate|autunno|inverno|semestre"
    r"|(?:19|20)[0-9]{2}[ \t\u00a0]+e)[ \t\u00a0]*\Z"
)


def without_years(
    by_sentence: dict[tuple[int, int], list[Quantity]], blanked: str
) -> dict[tuple[int, int], list[Quantity]]:
    """The figures of an Italian draft's sentences without the years its words of time
    make periods ("nel 2024", "tra novembre 2024 e luglio 2025")."""

    return {
        span: [q for q in figures if not is_period_year(q, blanked, _YEAR_BEFORE)]
        for span, figures in by_sentence.items()
    }
