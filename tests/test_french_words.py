"""French figures in words that a French desk's trial found unread: "un soldat sur dix" (a
share, as English "one in ten" and German "jeder Zehnte" are), "dix pour cent" (read as
"dix" of unit "pour"), "envoyés en Ukraine" (not read as deployed). The sentences are
written for these tests; the claims are the shipped registry's."""

from __future__ import annotations

from pathlib import Path

import pytest

from desertcheck.audit.continental_numbers import fractions

from .test_audit_declared import audit
from .test_audit_reading2 import judge


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("un soldat sur dix", [("un soldat sur dix", 0.1)]),
        ("Une personne sur cinq", [("Une personne sur cinq", 0.2)]),
        ("trois déserteurs sur dix", [("trois déserteurs sur dix", 0.3)]),
        ("un sur trois", [("un sur trois", 1 / 3)]),
        ("un militaire russe sur vingt", [("un militaire russe sur vingt", 0.05)]),
        ("un sur cent", [("un sur cent", 0.01)]),
        # not a share: digits, a count that is not under its whole, a larger number after
        ("1 sur 10", []),
        ("dix sur dix", []),
        ("un sur dix mille", []),
        ("un sur deux sur trois", [("un sur deux", 0.5)]),
        # three words between them: no longer one phrase
        ("un de ces jeunes soldats sur dix", []),
    ],
)
def test_x_sur_y_is_a_share(text: str, found: list[tuple[str, float]]) -> None:
    got = [(text[a:b], round(v, 6)) for a, b, v in fractions(text)]
    assert got == [(t, round(v, 6)) for t, v in found]


@pytest.mark.parametrize(
    ("draft", "expected"),
    [
        (
            "Près d'un soldat sur dix envoyés en Ukraine a déserté depuis 2022, selon l'ONU.",
            ("Près d'un soldat sur dix", "supported"),
        ),
        # the typographic apostrophe, as a French desk's software writes it
        (
            "Près d’un soldat sur dix envoyés en Ukraine a déserté depuis 2022, selon l'ONU.",
            ("Près d’un soldat sur dix", "supported"),
        ),
        # the claim says "nearly": "one in ten" flat drops its hedge
        (
            "Un soldat sur dix envoyés en Ukraine a déserté depuis 2022, selon l'ONU.",
            ("Un soldat sur dix", "qualifier-drift"),
        ),
        (
            "Près de dix pour cent des soldats envoyés en Ukraine ont déserté depuis 2022.",
            ("Près de dix pour cent", "supported"),
        ),
        # "envoyés en Ukraine" is "sent to Ukraine": deployed
        (
            "20 % des soldats envoyés en Ukraine ont déserté depuis 2022, selon l'ONU.",
            ("20 %", "mismatch"),
        ),
    ],
)
def test_a_french_share_in_words_is_checked(draft: str, expected: tuple[str, str]) -> None:
    [(text, status, claim)] = judge(draft + "\n")
    assert (text, status) == expected
    assert claim is not None and claim.endswith("-deserters-share-of-deployed"), claim


@pytest.mark.parametrize(
    ("text", "args", "said"),
    [
        # a short post the guess cannot name: its figures in words are unread, and said so
        (
            "Cinquante mille déserteurs depuis 2022. Seize mille poursuites.\n",
            (),
            "“Cinquante mille” reads as a number in French words, read only in a French "
            "draft: if it is one, audit it with --language fr",
        ),
        # English words that are number words elsewhere ("elf" is eleven in German)
        ("An elf and a dwarf walked in.\n", (), None),
        # a language declared: what it reads is the editor's choice
        ("Cinquante mille déserteurs depuis 2022.\n", ("--language", "en"), None),
    ],
)
def test_a_draft_of_unread_number_words_is_noted(
    tmp_path: Path, text: str, args: tuple[str, ...], said: str | None
) -> None:
    data, stderr, code = audit(tmp_path, text, *args)
    assert data is not None and data["items"] == [] and code == 0, stderr
    [draft] = data["drafts"]
    if said is None:
        assert "no figure read" not in stderr and draft["notes"] == []
    else:
        assert said in " ".join(stderr.split())
        assert any(said in note for note in draft["notes"])


@pytest.mark.parametrize(
    ("draft", "figure", "years"),
    [
        # a German or French duration in two units is one figure, as "5 years and 6 months"
        (
            "Ein Deserteur wurde zu 14 Jahren und 8 Monaten Lagerhaft verurteilt.",
            "14 Jahren und 8 Monaten",
            14.67,
        ),
        (
            "Für Fahnenflucht drohen bis zu 14 Jahre und 11 Monate Haft.",
            "bis zu 14 Jahre und 11 Monate",
            14.92,
        ),
        (
            "Un déserteur a été condamné à 5 ans et 6 mois de colonie pénitentiaire.",
            "5 ans et 6 mois",
            5.5,
        ),
        ("Il a écopé de 3 ans, 2 mois de prison.", "3 ans, 2 mois", 3.17),
    ],
)
def test_a_foreign_duration_in_two_units_is_one_figure(
    draft: str, figure: str, years: float
) -> None:
    from .test_audit import auditor

    [item] = auditor().audit(draft + "\n", "d.md")
    assert (item.figure.text, item.figure.low, item.figure.unit) == (figure, years, "years")


def test_years_then_a_count_are_two_figures() -> None:
    from .test_audit import auditor

    items = auditor().audit("En 2024, 5 ans et 3 000 soldats.\n", "d.md")
    assert [it.figure.text for it in items] == ["5", "3 000"]


@pytest.mark.parametrize("apostrophe", ["'", "’"])
def test_pres_d_is_nearly_as_pres_de_is(apostrophe: str) -> None:
    from .test_audit import auditor

    draft = f"Près d{apostrophe}un soldat sur dix a déserté depuis 2022, selon l'ONU.\n"
    [item] = auditor().audit(draft, "d.md")
    assert item.figure.qualifier == "nearly"
