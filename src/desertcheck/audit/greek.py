"""Greek drafts: the field's words as English concepts, as Turkish ones are
(:mod:`.turkish`), and the words around a Greek draft's figures (:data:`WRITING`, read by
:mod:`.translations`).

A desk's Greek translation says "λιποταξία", "λιποτάκτες", "διώξεις", "καταδίκες",
"ποινικές υποθέσεις", "στρατιώτες", "άσυλο". Greek inflects its nouns, adjectives and
verbs by their endings, so each word is read by a part of it (:data:`PARTS`: "λιποτακ" in
"λιποτάκτες", "λιποτακτών", "λιποτακτήσει"; "καταδικ" in "καταδικάστηκαν", "καταδίκες") or
whole (:data:`WHOLE`), casefolded (a final "ς" is read as "σ") and its accents and
diaereses dropped (a text typed without them reads alike). Its articles, pronouns,
prepositions and conjunctions weigh nothing in a sentence's score (:data:`STOP`). Greek
is written in its own script: no part is a part of an English word.

Greek numbers ("50.000" with a dot for thousands, "66,7" with a decimal comma) are read
where every language's are (:mod:`.convention`); the per cent words "τοις εκατό" after a
number in :mod:`.foreign_words`, the scale words ("16 χιλιάδες", "1,5 εκατομμύρια") in
:mod:`desertcheck.quantity.scales`. Here: qualifiers before a number ("περίπου",
"σχεδόν", "πάνω από", "περισσότεροι από", "κοντά στις", "τουλάχιστον", "έως"), number
words ("τρία", "εννέα"), words for many ("δεκάδες χιλιάδες", "εκατομμύρια"), shares ("το
μισό", "τα δύο τρίτα"), units ("χρόνια", "μήνες") and rates ("τον μήνα", "την εβδομάδα",
"ανά εργάσιμη ημέρα"); its periods ("από το 2022", "το 2024", "έως τον Οκτώβριο του
2025", "έως τα τέλη Μαΐου 2025") in :mod:`.desk_periods`, its months, in the
accusative and the genitive, in :data:`MONTH_FORMS`.
"""

from __future__ import annotations

import re
from typing import Final, TypeVar

from desertcheck.audit.translations import Writing
from desertcheck.audit.word_parts import concept_reader, plain
from desertcheck.compiled import regex, trie

#: Parts of Greek words (casefolded, accents dropped) and the English concept words they
#: stand for.
PARTS: Final = {
    "λιποτακ": "desertion deserters deserted",
    "λιποταξ": "desertion",
    "διωχ": "prosecution prosecuted",
    "διωξ": "prosecution prosecutions",
    "καταδικ": "convictions convicted",
    "καταδικασ": "convictions convicted",  # not "δικαστηκ" (tried) in "καταδικάστηκαν"
    "στρατιωτ": "soldiers",
    "στρατιωτικ": "military",
    "στρατοδικ": "military courts",
    "δικαστηρ": "courts",
    "δικαστικ": "court",
    "δικαστηκ": "trials tried",
    "υποθεσ": "cases",
    "ποινικ": "criminal",
    "ποιν": "sentence",
    "αυθαιρετ": "unauthorised awol",
    "απουσ": "absence awol",
    "ανυπακο": "disobedience",
    "αρνησ": "refusal",
    "υπηρεσ": "service",
    "μεγιστ": "maximum",
    "περιφερει": "district",
    "νοτι": "southern",
    "κεντρικ": "central",
    "ανατολικ": "eastern",
    "μοσχ": "moscow",
    "λενινγκραντ": "leningrad",
    "ουκραν": "ukraine",
    "ρωσ": "russia",
    "εισηγητ": "rapporteur",
    "ασυλ": "asylum",
    "δικηγορ": "lawyer",
    "αναλυτ": "analysts",
    "πληροφορ": "intelligence",
    "μοναδ": "units",
    "σταλ": "deployed",
    "εγκατελ": "left",
    "αποφασ": "verdicts decisions",
    "εργασιμ": "working",
    "παραπεμφ": "defendants trial",
    "νεοσυλλεκτ": "recruits",
    "στρατολογ": "recruited",
    "διαταγμ": "decree",
    "ενοπλ": "armed",
    "δυναμ": "forces",
    "προσωπικ": "personnel",
    "εισβολ": "invasion",
    "πολεμ": "war",
    "πρακτορ": "agents",
    "ανεπιθυμητ": "undesirable",
    "οργανωσ": "organisations",
    "πολιτικ": "political",
    "κρατουμεν": "prisoners",
    "προφυλακισ": "detainees",
    "βασανιστ": "torture",
    "ψυχιατρ": "psychiatric",
    "αναγκαστικ": "coercive",
    "βετερα": "veterans returning",
    "σκοτωσ": "killed",
    "τραυματισ": "injured",
    "νεκρ": "deaths",
    "εκτοπισ": "displaced",
    "αιτημα": "requests",
    "βοηθει": "assistance",
    "αντιπολεμικ": "anti war",
    "προσποιητ": "malingering",
    "εισαγγελ": "prosecutors",
    "απαλλαγ": "exemption",
    "κατηγορουμεν": "defendant",
    "κατηγορηθ": "charged",
    "καταχωρ": "registered",
    "καταγραφ": "recorded",
    "μετρησ": "counted",
    "ανθρωπ": "people",
    "ανοιγ": "opened",
    "ανοιξ": "opened",
}
#: Greek words read whole (casefolded, accents dropped).
WHOLE: Final = {
    "οηε": "un",
    "εε": "eu",
    "νεεσ": "new",
    "νεα": "new",
    "νεοι": "new",
    "δικη": "trial",
    "μεση": "average",
    "μεσοσ": "average",
    "μαχησ": "fight",
    "ξενοι": "foreign",
    "ατομα": "people",
    "προσωπα": "people",
    "μετωπο": "front",
    "δυναμη": "size forces",
    "αδεια": "permission awol",  # "χωρίς άδεια": without leave
    "πουτιν": "putin",
    "ζελενσκι": "zelensky",
}
#: Greek words that say nothing of what a figure counts (casefolded, accents dropped): the
#: articles, pronouns, prepositions, conjunctions and auxiliaries.
_STOP_WORDS: Final = (
    "ο η το οι τα του τησ των τον την τουσ τισ ενα ενασ μια μιασ και η να σε στο στη στην "
    "στον στα στουσ στισ απο για με οτι που πωσ κατα ωσ εωσ μεχρι αυτο αυτα αυτοι αυτουσ "
    "αυτεσ αυτη αυτον αυτων ειναι ηταν εχει εχουν ειχε ειχαν θα δεν ενω αλλα επισησ μονο "
    "μολισ ιδια ιδιο ιδιοσ ιδιου σε σύμφωνα συμφωνα δηλαδη οποιοσ οποια οποιο οπου οσων "
    "οσοι ηδη πριν μετα ανα"
)
STOP: Final = frozenset(_STOP_WORDS.split())

_read_concepts: Final = concept_reader(WHOLE, PARTS)
_GREEK: Final = regex(r"[\u0370-\u03ff\u1f00-\u1fff]")


def is_greek(word: str) -> bool:
    """Whether ``word`` is written in Greek letters."""
    return _GREEK.search(word) is not None


def plain_word(word: str) -> str:
    """A Greek word as its tables hold it: casefolded (a final "ς" as "σ"), its accents
    and diaereses dropped."""
    return plain(word.casefold())


def concepts(word: str) -> tuple[str, ...]:
    """The English concept words a Greek word stands for (:func:`.word_parts.concepts_of`)."""
    return _read_concepts(plain_word(word))


def _forms(table: dict[str, int]) -> dict[str, int]:
    """``table`` with each form also casefolded (a final "σ") and without its accents."""
    return {
        **table,
        **{form.casefold(): n for form, n in table.items()},
        **{plain(form.casefold()): n for form, n in table.items()},
    }


#: A Greek month, in the nominative, the accusative ("τον Οκτώβριο") and the genitive
#: ("του Οκτωβρίου", "τέλη Μαΐου"), lower case.
MONTH_FORMS: Final = _forms(
    {
        "ιανουάριος": 1, "ιανουάριο": 1, "ιανουαρίου": 1,
        "φεβρουάριος": 2, "φεβρουάριο": 2, "φεβρουαρίου": 2,
        "μάρτιος": 3, "μάρτιο": 3, "μαρτίου": 3,
        "απρίλιος": 4, "απρίλιο": 4, "απριλίου": 4,
        "μάιος": 5, "μάιο": 5, "μαΐου": 5, "μαίου": 5,
        "ιούνιος": 6, "ιούνιο": 6, "ιουνίου": 6,
        "ιούλιος": 7, "ιούλιο": 7, "ιουλίου": 7,
        "αύγουστος": 8, "αύγουστο": 8, "αυγούστου": 8,
        "σεπτέμβριος": 9, "σεπτέμβριο": 9, "σεπτεμβρίου": 9,
        "οκτώβριος": 10, "οκτώβριο": 10, "οκτωβρίου": 10,
        "νοέμβριος": 11, "νοέμβριο": 11, "νοεμβρίου": 11,
        "δεκέμβριος": 12, "δεκέμβριο": 12, "δεκεμβρίου": 12,
    }
)  # fmt: skip
_MONTHS: Final = trie(MONTH_FORMS)
_GAP: Final = r"[ \t\u00a0]+"
#: Units of time after a figure, as the English unit a claim writes ("15 χρόνια").
_UNITS: Final = {
    "χρόνια": "years", "χρόνων": "years", "χρόνο": "years", "έτη": "years", "ετών": "years",
    "μήνες": "months", "μηνών": "months", "μήνα": "months", "εβδομάδες": "weeks",
    "ημέρες": "days", "μέρες": "days",
}  # fmt: skip
#: Small numbers in words, in their genders ("ένα", also the article, is not read).
_NUMBERS: Final = {
    "δύο": 2, "τρία": 3, "τρεις": 3, "τέσσερα": 4, "τέσσερις": 4, "πέντε": 5, "έξι": 6,
    "επτά": 7, "εφτά": 7, "οκτώ": 8, "οχτώ": 8, "εννέα": 9, "εννιά": 9, "δέκα": 10,
    "είκοσι": 20, "τριάντα": 30, "σαράντα": 40, "πενήντα": 50,
}  # fmt: skip
#: The spans of a rate after a figure's noun ("τον μήνα", "ανά εργάσιμη ημέρα").
_RATE_SPANS: Final = {
    "μήνα": "month", "εβδομάδα": "week", "ημέρα": "day", "μέρα": "day",
}  # fmt: skip
#: A qualifier word's phrase right before a figure.
_BEFORE: Final = r"[ \t\u00a0]+\Z"
_TO: Final = r"(?:έως|ως|μέχρι)"
_T = TypeVar("_T")


def _casefolded(table: dict[str, _T]) -> dict[str, _T]:
    """``table`` keyed as :mod:`.translations` looks its phrases up (casefolded)."""
    return {key.casefold(): value for key, value in table.items()}


#: How a Greek draft writes the words around its figures.
WRITING: Final = Writing(
    language="Greek",
    # "από το 2022", "το 2024", "έως τον Οκτώβριο του 2025", "τέλη Μαΐου 2025"
    year_before=regex(
        rf"(?<![\w])(?i:{_MONTHS}|το|τον|την|του|στο|από|απ[όο]|έως|μέχρι|τέλη|(?:19|20)"
        r"[0-9]{2}[–-])[ \t\u00a0]*\Z"
    ),
    qualifiers=(
        (
            "nearly",
            regex(rf"(?<![\w])(?i:σχεδόν|κοντά{_GAP}σ(?:τ(?:ις|ους|α|ο|ον|ην|η))?){_BEFORE}"),
        ),
        ("about", regex(rf"(?<![\w])(?i:περίπου|γύρω{_GAP}στ(?:ις|ους|α|ο|ον|ην|η)){_BEFORE}")),
        (
            "over",
            regex(
                rf"(?<![\w])(?i:(?:πάνω|περισσότερ(?:οι|ες|α|ους))(?:{_GAP}από)|άνω{_GAP}των)"
                + _BEFORE
            ),
        ),
        ("at-least", regex(rf"(?<![\w])(?i:τουλάχιστον){_BEFORE}")),
        ("up-to", regex(rf"(?<![\w])(?i:{_TO}){_BEFORE}")),
    ),
    to=regex(rf"\A(?:[ \t\u00a0]*[-–][ \t\u00a0]*|{_GAP}{_TO}{_GAP})\Z"),
    and_=regex(r"\A[ \t\u00a0]+και[ \t\u00a0]+\Z"),
    between=regex(r"(?<![\w])(?i:μεταξύ)[ \t\u00a0]+(?:των[ \t\u00a0]+)?\Z"),
    units=_UNITS,
    numbers=_casefolded(_NUMBERS),  # "τέσσερις" read as "τέσσερισ"
    # "1.000 νέες υποθέσεις τον μήνα", "38 ανά εργάσιμη ημέρα"
    rate=regex(
        r"\A[^.;:!?\d]{0,40}?(?<!\w)(?:τον|την|ανά|κάθε)[ \t\u00a0]+(?:εργάσιμη[ \t\u00a0]+)?"
        r"(μήνα|εβδομάδα|ημέρα|μέρα)(?!\w)",
        re.IGNORECASE,
    ),
    rate_spans=_RATE_SPANS,
    # "τα δύο τρίτα" is a share; "οι τρεις", "τις τρεις": the ones named, not a count
    articles=regex(r"(?<![\w])(?i:οι|τα|τις|τους|αυτά|αυτές|αυτούς)[ \t\u00a0]+\Z"),
    vague=_casefolded(
        {
            "εκατοντάδες": (100.0, 999.0),
            "χιλιάδες": (1e3, 9999.0),
            "δεκάδες χιλιάδες": (1e4, 99999.0),
            "εκατοντάδες χιλιάδες": (1e5, 999999.0),
            "εκατομμύρια": (1e6, 9999999.0),
        }
    ),
    shares=_casefolded(
        {
            "το μισό": 0.5,
            "τα δύο τρίτα": 2 / 3,
            "το ένα τρίτο": 1 / 3,
            "το ένα τέταρτο": 0.25,
            "τα τρία τέταρτα": 0.75,
        }
    ),
    scales=True,
    not_after=regex(
        r"(?<![\w])(?i:άρθρο|άρθρου|σελ\.|σελίδα|έκδοση|τηλ\.|τηλέφωνο|ώρα)[ \t\u00a0]*\Z"
    ),
    # a day before its month ("2 Ιουλίου 2026")
    not_before=regex(rf"[ \t\u00a0]+(?i:{_MONTHS})(?!\w)"),
)
