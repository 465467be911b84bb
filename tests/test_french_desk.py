"""Found in a French fact-checking desk's trial: French period phrases left unread, so a
wrong year passed as `supported`; French hedges read as "exactly"; "1er janvier" and "cinq
premiers mois" read as figures; a front matter's unknown language ignored without a word.
The sentences are written for these tests; the claims are the shipped registry's."""

from __future__ import annotations

from pathlib import Path

import pytest

from desertcheck.audit.declared import speaking, unknown_note
from desertcheck.audit.draft_notes import note_on
from desertcheck.audit.periods import find_periods
from desertcheck.cli import app

from .conftest import PROJECT, cli_runner
from .test_audit_reading2 import judge

#: 13,500 convictions in 2024, as the EUAA and Novaya Gazeta Europe both state it
CONVICTIONS_2024 = {"euaa-un-desertion-convictions-2024", "nge-un-desertion-convictions-2024"}
NEW_CASES = "isl-mediazona-russia-new-cases-jan-may-2025"  # 4,350, January to May 2025


@pytest.mark.parametrize(
    "period",
    [
        "Au cours de l'année 2023",
        "Au cours de 2023",
        "Sur l'année 2023",
        "Sur l'ensemble de 2023",
        "Courant 2023",
        "Tout au long de 2023",
        "Dans l'année 2023",
        "En l'an 2023",
        "L'année 2023",
        "De 2022 à 2024",
    ],
)
def test_a_french_period_phrase_dates_the_figure(period: str) -> None:
    wrong = f"{period}, 13 500 soldats ont été condamnés pour désertion.\n"
    right = wrong.replace("2023", "2024").replace("De 2022 à 2024", "En 2024")
    for draft, verdict in ((wrong, "period-drift"), (right, "supported")):
        [(text, got, claim)] = judge(draft)
        assert (text, got) == ("13 500", verdict)
        assert claim in CONVICTIONS_2024


@pytest.mark.parametrize(
    ("period", "verdict"),
    [
        ("Sur les cinq premiers mois de 2025", "supported"),
        ("Au cours des cinq premiers mois de 2025", "supported"),
        ("Du 1er janvier au 31 mai 2025", "supported"),
        ("Sur les cinq premiers mois de 2024", "period-drift"),
        ("Du 1er janvier au 31 mai 2024", "period-drift"),
        ("Sur les six premiers mois de 2025", "period-drift"),
    ],
)
def test_the_first_months_of_a_year_and_a_span_of_days(period: str, verdict: str) -> None:
    draft = (
        f"{period}, les tribunaux militaires russes ont enregistré 4 350 nouvelles affaires "
        "de refus de servir.\n"
    )
    # neither "cinq" nor the "1" of "1er" is a figure
    assert judge(draft) == [("4 350", verdict, NEW_CASES)]


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("in den ersten fünf Monaten 2025", ("2025-01-01", "2025-05-31")),
        ("vom 1. Januar bis 31. Mai 2024", ("2024-01-01", "2024-05-31")),
        ("von 2022 bis 2024", ("2022-01-01", "2024-12-31")),
        ("sur les 3 premiers mois de 2024", ("2024-01-01", "2024-03-31")),
    ],
)
def test_german_and_french_spans(text: str, days: tuple[str, str]) -> None:
    [p] = find_periods(text)
    assert (p.a[0].isoformat(), p.b[1].isoformat()) == days


@pytest.mark.parametrize(
    ("hedge", "verdict"),
    [
        # the claim: over 50,000 since 2022
        ("Pas moins de", "supported"),
        ("Au minimum", "supported"),
        ("Au bas mot", "supported"),
        ("À peu près", "supported"),
        ("Approximativement", "supported"),
        ("Autour de", "supported"),
        ("Quasiment", "qualifier-drift"),
        ("Pratiquement", "qualifier-drift"),
        ("Un peu moins de", "qualifier-drift"),
        ("Moins de", "qualifier-drift"),
        ("Pas plus de", "qualifier-drift"),
    ],
)
def test_french_hedges(hedge: str, verdict: str) -> None:
    draft = f"{hedge} 50 000 soldats russes ont déserté depuis 2022, selon l'ONU.\n"
    [(text, got, claim)] = judge(draft)
    assert (text, got) == (f"{hedge} 50 000", verdict)
    assert claim == "euaa-un-desertions-since-2022"


def test_or_more_after_the_figure_and_its_noun() -> None:
    draft = "Selon l'ONU, 50 000 soldats et plus ont déserté depuis 2022.\n"
    assert judge(draft) == [
        ("50 000 soldats et plus", "supported", "euaa-un-desertions-since-2022")
    ]
    # "et plus de …" opens another figure
    [first, _] = judge("Selon l'ONU, 50 000 soldats et plus de 2 000 officiers ont déserté.\n")
    assert first[0] == "50 000"


@pytest.mark.parametrize("adverb", ["particulièrement des officiers", "encore", "souvent"])
def test_et_plus_before_an_adverb_is_no_lower_bound(adverb: str) -> None:
    from .test_audit import auditor

    draft = f"En 2024, 16 000 militaires et plus {adverb} ont été poursuivis.\n"
    [item] = auditor().audit(draft, "d.md")
    assert (item.figure.text, item.figure.qualifier) == ("16 000", "exactly")


def test_a_maximum_sentence_in_french() -> None:
    draft = "Le 1er janvier 2025, la peine maximale pour désertion était de 15 ans.\n"
    assert judge(draft) == [("15", "supported", "isl-desertion-max-sentence")]


def test_the_note_says_when_a_language_was_declared() -> None:
    text = (
        "Selon le rapport de l'ONU, plus de 50 000 soldats russes ont déserté depuis 2022. "
        "Les tribunaux militaires sont saturés et les peines pour désertion sont lourdes; "
        "les avocats des soldats qui ont fui dénoncent une répression qui ne faiblit pas.\n"
    )
    assert (note_on("d.md", text) or "").startswith("d.md reads as French:")
    with speaking("fr"):
        assert (note_on("d.md", text) or "").startswith("d.md is declared French:")


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("---\nlang: français\n---\nTexte.\n", True),
        ("---\nlang: fr\n---\nTexte.\n", False),
        ("---\nlang: auto\n---\nTexte.\n", False),
        ("Texte.\n", False),
    ],
)
def test_an_unknown_front_matter_language_is_said(text: str, said: bool) -> None:
    note = unknown_note("d.md", text)
    assert (note is not None) is said
    if note:
        assert "'français' is not a language tag audit knows" in note


def test_the_command_says_it_too(tmp_path: Path) -> None:
    draft = tmp_path / "post.md"
    draft.write_text("---\nlang: français\n---\nPlus de 50 000 déserteurs depuis 2022.\n")
    r = cli_runner().invoke(app, ["audit", str(draft), "--root", str(PROJECT)])
    assert "post.md: its front matter's language 'français' is not a language tag" in r.stderr


def test_the_count_of_a_german_span_is_no_figure() -> None:
    draft = (
        "In den ersten fünf Monaten 2025 verzeichneten die Militärgerichte 4.350 neue Fälle "
        "wegen Dienstverweigerung.\n"
    )
    assert judge(draft) == [("4.350", "supported", NEW_CASES)]


def test_a_change_from_one_figure_to_another_is_no_range() -> None:
    # "passée de 5 à 10 ans": the maximum went from five years to ten, two figures
    draft = "La peine maximale pour désertion était alors passée de 5 à 10 ans.\n"
    assert [text for text, _, _ in judge(draft)] == ["5", "10"]
    draft = "Au printemps 2025, les tribunaux prononçaient de 700 à 800 condamnations par mois.\n"
    assert judge(draft) == [
        ("de 700 à 800", "supported", "isl-mediazona-convictions-per-month-spring-2025")
    ]


def test_killed_or_injured_in_french() -> None:
    draft = "Plus de 750 personnes ont été tuées ou blessées par des soldats revenus du front.\n"
    assert judge(draft) == [
        ("Plus de 750", "supported", "nge-verstka-killed-injured-by-returning-combatants")
    ]


def test_a_credit_to_another_origin_reaches_ci_as_a_notice(tmp_path: Path) -> None:
    # supported, but the sentence names another origin than the claim's: the table said so,
    # the GitHub annotations did not
    draft = tmp_path / "credit.md"
    draft.write_text(
        "Selon Mediazona, plus de 50 000 soldats russes ont déserté depuis 2022.\n"
        "Selon l'ONU, 13 500 soldats ont été condamnés pour désertion en 2024.\n",
        encoding="utf-8",
    )
    r = cli_runner().invoke(app, ["audit", str(draft), "--root", str(PROJECT), "-f", "github"])
    notices = [line for line in r.stdout.splitlines() if line.startswith("::")]
    assert len(notices) == 1, r.stdout
    assert notices[0].startswith("::notice ") and ",line=1," in notices[0]
    assert "note: the sentence credits mediazona" in notices[0]
    assert r.exit_code == 0
