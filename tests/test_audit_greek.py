"""A Greek draft is read as a Turkish one is: its words of the field by the parts its
endings are glued to ("λιποτάκτες", "καταδικάστηκαν", "υποθέσεις"), casefolded and without
accents, its stop words weighing nothing; numbers with a dot for thousands and a decimal
comma; the per cent words after a number ("10 τοις εκατό"); scale words ("2,4
εκατομμύρια"); qualifiers before a number ("σχεδόν", "πάνω από", "τουλάχιστον", "έως"),
number words ("τρία"), shares ("τα δύο τρίτα"), rates ("τον μήνα", "ανά εργάσιμη ημέρα"),
"από αυτούς" pointing back, and periods ("από το 2022", "έως τον Οκτώβριο του 2025", "τα
τέλη Μαΐου 2025"), their years no figures. The drafts are written for these tests; the
claims are the shipped registry's."""

from __future__ import annotations

import pytest

from desertcheck.audit import greek
from desertcheck.audit.language import unread_language
from desertcheck.audit.periods import _find_periods
from desertcheck.audit.terms import terms

from .test_audit_reading2 import judge

#: Sentences before the one under test, so that the draft reads as Greek.
GREEK = (
    "Το κείμενο αυτό είναι μετάφραση από τα αγγλικά και όλοι οι αριθμοί του ελέγχθηκαν από "
    "τη σύνταξη. Ο μεταφραστής λέει ότι οι πηγές αναφέρονται και ότι ό,τι δεν βρέθηκε "
    "σημειώνεται χωριστά.\n"
)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "πάνω από" is over; "50.000" a number with a dot of thousands
        (
            "Σύμφωνα με τον ΟΗΕ, από το 2022 πάνω από 50.000 Ρώσοι στρατιώτες έχουν λιποτακτήσει.",
            [("50.000", "supported", "euaa-un-desertions-since-2022")],
        ),
        # the per cent words after the number; "σχεδόν" is nearly
        (
            "Οι λιποτάκτες είναι σχεδόν 10 τοις εκατό των στρατιωτών που στάλθηκαν στο μέτωπο.",
            [("10 τοις εκατό", "supported", "euaa-un-deserters-share-of-deployed")],
        ),
        # no qualifier: the claim's nearly 10% drifts
        (
            "Οι λιποτάκτες είναι 10 τοις εκατό των στρατιωτών που στάλθηκαν στο μέτωπο.",
            [("10 τοις εκατό", "qualifier-drift", "euaa-un-deserters-share-of-deployed")],
        ),
        # "τουλάχιστον" is at least: the claim's nearly 3,380 drifts
        (
            "Έως τον Δεκέμβριο του 2024 καταγράφηκαν τουλάχιστον 3.380 υποθέσεις λιποταξίας "
            "στην Ανατολική Στρατιωτική Περιφέρεια.",
            [("3.380", "qualifier-drift", "euaa-frontelligence-desertions-eastern-md-dec-2024")],
        ),
        # a range of thousands, a rate after its noun, a period of a month's genitive
        (
            "Στην Ουκρανία ανοίγουν 15.000–20.000 υποθέσεις τον μήνα από τον Δεκέμβριο του 2024.",
            [("15.000–20.000", "supported", "isl-ukraine-new-cases-per-month-since-dec-2024")],
        ),
        (
            "Τον Απρίλιο του 2025 τα δικαστήρια εξέδωσαν 38 αποφάσεις ανά εργάσιμη ημέρα.",
            [("38", "supported", "isl-mediazona-verdicts-per-working-day-april-2025")],
        ),
        # a number word before its unit; "έως" before a number is up to
        (
            "Για ανυπακοή η μέγιστη ποινή είναι τρία χρόνια.",
            [("τρία", "supported", "isl-disobedience-max-sentence")],
        ),
        (
            "Η ποινή για λιποταξία φτάνει έως 15 χρόνια.",
            [("15", "supported", "isl-desertion-max-sentence")],
        ),
        # a decimal comma before the per cent words; a share in words
        (
            "Στο 66,7 τοις εκατό των δικών οι εισαγγελείς ζητούν απαλλαγή του κατηγορουμένου.",
            [("66,7 τοις εκατό", "supported", "isl-ukraine-exemption-requests-share-of-trials")],
        ),
        (
            "Στο δικαστήριο, τα δύο τρίτα των υποθέσεων κλείνουν με απαλλαγή.",
            [("τα δύο τρίτα", "supported", "isl-ukraine-exemption-requests-share-of-trials")],
        ),
        # the raised dot (the Greek semicolon) ends a clause: each figure its own period
        (
            "Από τον Ιανουάριο του 2024 έως τον Ιούνιο του 2025 ασκήθηκαν τουλάχιστον 912 "
            "πολιτικές διώξεις· το πρώτο εξάμηνο του 2025 το 20–30% των προφυλακισμένων ήταν "
            "πολιτικοί κρατούμενοι.",
            [
                ("912", "supported", "nge-un-political-prosecutions-2024-mid-2025"),
                ("20–30%", "supported", "nge-un-political-prisoners-share-h1-2025"),
            ],
        ),
        # words for many; "χωρίς άδεια" (without leave) is AWOL
        (
            "Εκκρεμούν δεκάδες χιλιάδες ποινικές υποθέσεις κατά λιποτακτών και στρατιωτών που "
            "έφυγαν χωρίς άδεια.",
            [("δεκάδες χιλιάδες", "supported", "euaa-lawyer-desertion-awol-criminal-cases")],
        ),
        (
            "Ο Ζελένσκι δήλωσε ότι η Ρωσία στρατολογεί 40.000–45.000 νεοσύλλεκτους τον μήνα.",
            [("40.000–45.000", "supported", "isl-zelensky-russian-recruits-per-month")],
        ),
    ],
)
def test_greek_draft(sentence: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert judge(GREEK + sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        # years after an article or a month are periods, not figures
        ("Το 2024 διώχθηκαν 14 στρατιώτες.", ["14"]),
        ("Έως τα τέλη Μαΐου 2025 καταδικάστηκαν 14 στρατιώτες.", ["14"]),
        ("Από το 2018 έως το 2022 καταδικάστηκαν 14 στρατιώτες.", ["14"]),
        # a day before its month, an article of the law, a page: no figures
        ("Η έκθεση της 2 Ιουλίου 2026 αναφέρει 14 υποθέσεις του άρθρου 337.", ["14"]),
        ("Στη σελ. 12 αναφέρονται 14 υποθέσεις.", ["14"]),
        # "δύο τρίτα" is a share, no "δύο" (two) of its own
        ("Τα δύο τρίτα των υποθέσεων έκλεισαν.", ["Τα δύο τρίτα"]),
    ],
)
def test_greek_figures(sentence: str, figures: list[str]) -> None:
    assert [it[0] for it in judge(GREEK + sentence)] == figures


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("από το 2022 πάνω από 50.000", ("since", "από το 2022")),
        ("από τον Δεκέμβριο του 2024 ανοίγουν", ("since", "από τον Δεκέμβριο του 2024")),
        ("από την εισβολή καταδικάστηκαν", ("since", "από την εισβολή")),
        ("το 2024 διώχθηκαν", ("in", "το 2024")),
        ("Την άνοιξη του 2025 άνοιγαν", ("in", "Την άνοιξη του 2025")),
        ("το πρώτο εξάμηνο του 2025 το", ("in", "το πρώτο εξάμηνο του 2025")),
        ("Μόνο τον Απρίλιο του 2025 εκδόθηκαν", ("in", "Μόνο τον Απρίλιο του 2025")),
        ("έως τον Οκτώβριο του 2025 οι", ("as-of", "έως τον Οκτώβριο του 2025")),
        ("Έως τα τέλη Μαΐου 2025 είχαν", ("as-of", "Έως τα τέλη Μαΐου 2025")),
        (
            "από τον Νοέμβριο του 2024 έως τον Ιούλιο του 2025 σχεδόν",
            ("between", "από τον Νοέμβριο του 2024 έως τον Ιούλιο του 2025"),
        ),
        (
            "Από τον Ιανουάριο έως τον Μάιο του 2025 άνοιξαν",
            ("between", "Από τον Ιανουάριο έως τον Μάιο του 2025"),
        ),
        ("από το 2018 έως το 2022 συνολικά", ("between", "από το 2018 έως το 2022")),
        ("Ιανουαρίου–Ιουνίου 2025 οι", ("between", "Ιανουαρίου–Ιουνίου 2025")),
        # a verb of saying before a date: when the source said it, not the figure's period
        ("ανέφερε τον Σεπτέμβριο του 2025 ότι", None),
        # near misses: an English year, a number that is no year
        ("the 2024 report", None),
        ("έως 15 χρόνια", None),
    ],
)
def test_greek_periods(text: str, period: tuple[str, str] | None) -> None:
    found = [(p.kind, p.text) for p in _find_periods(text, 0)]
    assert found == ([period] if period else [])


@pytest.mark.parametrize(
    ("word", "concepts"),
    [
        ("λιποτάκτες", ("desertion", "deserters", "deserted")),
        ("λιποτακτών", ("desertion", "deserters", "deserted")),
        ("ΛΙΠΟΤΆΚΤΕΣ", ("desertion", "deserters", "deserted")),
        ("λιποταξία", ("desertion",)),
        ("καταδικάστηκαν", ("convictions", "convicted")),
        ("καταδικασμενους", ("convictions", "convicted")),
        ("στρατιώτες", ("soldiers",)),
        ("στρατιωτική", ("military",)),
        ("υποθέσεις", ("cases",)),
        ("διώξεις", ("prosecution", "prosecutions")),
        ("ΟΗΕ", ("un",)),
        # a final sigma, as casefolding writes it
        ("μάχης", ("fight",)),
    ],
)
def test_greek_concepts(word: str, concepts: tuple[str, ...]) -> None:
    assert greek.concepts(word) == concepts


def test_greek_words_meet_english_ones() -> None:
    # the stop words weigh nothing; the words of the field stand for the English concepts
    # (by their English stems: desertion, deserters and deserted are one)
    assert terms("οι λιποτάκτες και τα στρατοδικεία") == [
        "λιποτακτεσ",
        "desert",
        "στρατοδικεια",
        "military",
        "court",
    ]


def test_stop_words_are_no_concepts() -> None:
    assert not [w for w in greek.STOP if greek.concepts(w)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (GREEK, "Greek"),
        ("Ο ΟΗΕ.", None),  # too little to tell
    ],
)
def test_greek_named(text: str, language: str | None) -> None:
    assert unread_language(text) == language
