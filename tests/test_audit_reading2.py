"""audit's second round: paraphrase, context beyond the sentence, qualifiers by meaning,
periods by clause, not-figures, and the explanation of a verdict (one case a rule)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desertcheck.audit import Auditor
from desertcheck.audit.periods import find_periods
from desertcheck.config import load_config

from .test_audit import auditor


def judge(text: str) -> list[tuple[str, str, str | None]]:
    return [
        (it.figure.text, it.status, it.claim.id if it.claim else None)
        for it in auditor().audit(text, "d.md")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # paraphrase: "sent to Ukraine" is "deployed", "fled" is "deserted"
        (
            "Almost one in ten of the troops sent to Ukraine have fled since the invasion.",
            [("Almost one in ten", "supported", "nge-un-deserters-share-of-deployed")],
        ),
        # a share and a percentage on one scale: "a tenth" is 10%
        (
            "Nearly a tenth of the soldiers deployed to Ukraine have deserted since 2022.",
            [("Nearly a tenth", "supported", "euaa-un-deserters-share-of-deployed")],
        ),
        # qualifiers by meaning: "a maximum of three years" is "up to three"
        (
            "Disobeying an order carries a maximum of three years in prison.",
            [("a maximum of three", "supported", "isl-disobedience-max-sentence")],
        ),
        # "up to ten" for a claim that states a maximum of ten
        (
            "Going absent without leave is punishable by up to ten years in prison.",
            [("up to ten", "supported", "isl-awol-max-sentence")],
        ),
        # the parser reads 708 hundred; audit reads the range it says
        (
            "By spring 2025 judges were convicting between seven hundred and eight hundred "
            "soldiers a month.",
            [
                (
                    "between seven hundred and eight hundred",
                    "supported",
                    "isl-mediazona-convictions-per-month-spring-2025",
                )
            ],
        ),
        # a weaker bound the claim implies: "more than 4,500" for "more than 4,600"
        (
            "Since the invasion more than 4,500 soldiers have been convicted of refusing to "
            "serve, Proekt found.",
            [
                (
                    "more than 4,500",
                    "supported",
                    "mt-proekt-refusal-to-serve-convictions-headline",
                )
            ],
        ),
    ],
)
def test_paraphrase_and_qualifiers(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert judge(text) == expected


def test_a_table_row_inherits_its_header_and_caption() -> None:
    text = (
        "Frontelligence Insight broke the cases down by district:\n\n"
        "| District | Cases |\n|---|---|\n"
        "| Southern | nearly 22,580 |\n| Moscow | nearly 8,780 |\n\n"
        "*Desertion and AWOL cases by military district, as of December 2024.*\n"
    )
    got = judge(text)
    assert got[0] == (
        "nearly 22,580",
        "supported",
        "euaa-frontelligence-desertions-southern-md-dec-2024",
    )
    # the wrong district figure is a mismatch, not "no claim speaks of this"
    assert got[1] == (
        "nearly 8,780",
        "mismatch",
        "euaa-frontelligence-desertions-moscow-md-dec-2024",
    )
    item = auditor().audit(text, "d.md")[0]
    assert item.explanation is not None
    assert item.explanation.period_from == "the table's caption, line 8"
    assert "the table's header" in item.explanation.context


def test_a_sentence_referring_back_takes_the_previous_period() -> None:
    text = (
        "Proekt counted more than 4,600 convictions for refusing to serve since the invasion. "
        "Of these, 4,373 were for going AWOL, against 527 in 2021."
    )
    assert judge(text)[1:] == [
        ("4,373", "supported", "mt-proekt-awol-convictions-wartime"),
        ("527", "supported", "mt-proekt-awol-convictions-2021"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine's military intelligence said in October 2025 that over 25,000 soldiers of the "
        "Central military district had left their units.",
        "In October 2025, Ukraine's military intelligence said that over 25,000 soldiers of the "
        "Central military district had left their units.",
    ],
)
def test_the_date_of_a_report_is_not_the_figures_period(text: str) -> None:
    ((_, status, claim),) = judge(text)
    assert (status, claim) == (
        "supported",
        "euaa-ukraine-intel-central-md-left-units-nov-2024-jul-2025",
    )


def test_two_years_joined_by_and_are_one_period() -> None:
    (period,) = find_periods("opened 5,260 AWOL cases over 2022 and 2023")
    assert period.kind == "between"
    assert (period.a[0].year, period.b[1].year) == (2022, 2023)


@pytest.mark.parametrize(
    "text",
    [
        "Sergei, 27, a contract soldier, fled his unit.",
        "A 41-year-old lawyer takes AWOL cases.",
        "Three years on, the toll falls on civilians.",
        "Investigators opened cases over 2022 and 2023.",
    ],
)
def test_not_figures(text: str) -> None:
    assert judge(text) == []


def test_a_rate_word_belongs_to_the_figure_it_follows() -> None:
    text = "In April 2025 alone they handed down 848 verdicts, roughly 38 for every working day."
    assert [s for _, s, _ in judge(text)] == ["supported", "supported"]


# -- a registry's own synonyms ----------------------------------------------------------


def test_a_registrys_synonyms_count_as_the_words_they_stand_for() -> None:
    plain = auditor()
    claims = [e.claim for e in plain.index.entries]
    own = Auditor(claims, standing=plain.standing, synonyms={"samovolka": ["awol"]})
    text = "Mediazona logged 18,159 samovolka prosecutions."
    (before,) = plain.audit(text)
    (after,) = own.audit(text)
    assert after.candidates[0].claim.id == "isl-mediazona-awol-cases"
    assert after.candidates[0].score > before.candidates[0].score + 20


@pytest.mark.parametrize(
    ("toml", "synonyms", "problems"),
    [
        ('[audit.synonyms]\ndeployed = ["sent", "posted"]\n', {"deployed": ("sent", "posted")}, 0),
        ('[audit.synonyms]\nawol = "samovolka"\n', {"awol": ("samovolka",)}, 0),
        ('[audit.synonyms]\nawol = 3\nfled = ["ran away"]\nok = ["fine"]\n', {"ok": ("fine",)}, 2),
        ("[audit]\nsynonyms = 5\n", {}, 1),
    ],
)
def test_synonyms_in_the_config(
    tmp_path: Path, toml: str, synonyms: dict[str, tuple[str, ...]], problems: int
) -> None:
    (tmp_path / "desertcheck.toml").write_text(toml, encoding="utf-8")
    config, findings = load_config(tmp_path)
    assert config.audit_synonyms == synonyms
    assert len(findings) == problems
    assert all(f.code == "invalid-config" and f.line > 0 for f in findings)


@pytest.mark.parametrize(
    ("text", "kind", "first", "last"),
    [
        ("В апреле 2025 года суды вынесли 848 приговоров", "in", (2025, 4, 1), (2025, 4, 30)),
        ("к концу мая 2025 года военные суды получили", "as-of", (2025, 5, 1), (2025, 5, 31)),
        ("С января по май 2025 года суды получили", "between", (2025, 1, 1), (2025, 5, 31)),
        ("С начала вторжения суды осудили", "since", (2022, 2, 24), (2022, 2, 24)),
        ("в довоенном 2021 году таких было 527", "in", (2021, 1, 1), (2021, 12, 31)),
    ],
)
def test_russian_period_words(
    text: str, kind: str, first: tuple[int, int, int], last: tuple[int, int, int]
) -> None:
    (period,) = find_periods(text)
    assert period.kind == kind
    assert (period.a[0].timetuple()[:3], period.b[1].timetuple()[:3]) == (first, last)


def test_a_russian_date_of_saying_is_not_a_period() -> None:
    assert find_periods("Кацарова заявила в сентябре 2025 года, что") == []


def test_of_several_period_words_the_one_that_agrees_is_used() -> None:
    # "since 2022" is nearest, but not in the figure's clause; "In 2024" agrees
    text = "In 2024 — three years after the first cases since 2022 — 13,500 were convicted."
    (item,) = auditor().audit(text, "d.md")
    # supported by the 2024 claim (the EUAA's "over 13,500" retells it: no dispute)
    assert item.status == "supported"
    assert item.period is not None and item.period.text == "In 2024"
    assert item.explanation is not None
    assert "the one that agrees" in item.explanation.period_from


_PIECES = [
    "# Title 2024\n",
    "## 1. Head\n",
    "| a | b |\n",
    "|---|---|\n",
    "| Moscow | nearly 8,780 |\n",
    "- item 1,010 cases\n",
    "\n",
    "In 2024 alone, 848 verdicts.",
    " Of these, 38 a day.",
    " that year 1,500 cases.",
    "Sergei, 27, fled.",
    " over 2022 and 2023 ",
    "в апреле 2025 года 848 приговоров. ",
    "*Table 1. as of December 2024.*\n",
    "50,000-plus",
    "thirteen and a half thousand",
    "said in October 2025 that over 25,000",
    "|",
    "#",
]


@given(st.lists(st.sampled_from(_PIECES), max_size=20))
@settings(max_examples=200, deadline=None)
def test_any_arrangement_of_tables_lists_and_headings_is_audited(parts: list[str]) -> None:
    for it in auditor().audit("".join(parts), "d.md"):
        assert it.explanation is not None
        assert it.explanation.line()
        assert it.to_dict()["explanation"] is not None


def test_a_table_row_reads_its_period_cell_and_its_labelled_caption() -> None:
    # a "Period" column gives each row its period; "Table 2." between two tables labels
    # the second, so it is no caption of the first; an "Article" column holds no figures
    text = (
        "**Table 1.** Proekt's court figures, February 2022 to February 2024 unless stated\n\n"
        "| Offence | What is counted | Period | Soldiers |\n|---|---|---|---|\n"
        "| Absence without leave | convictions | 2021 | 527 |\n"
        "| Absence without leave | criminal cases opened | 2022–2023 | 5,260 |\n\n"
        "**Table 2.** Mediazona's running count of cases, by article, as of June 2025\n\n"
        "| Article | Offence | Cases |\n|---|---|---|\n"
        "| 337 | absence without leave | 18,159 |\n\n"
        "Our own tally found 212 sentences in the first half of 2025.\n"
    )
    got = judge(text)
    assert got[:3] == [
        ("527", "supported", "mt-proekt-awol-convictions-2021"),
        ("5,260", "supported", "mt-proekt-awol-cases-opened-2022-2023"),
        ("18,159", "supported", "isl-mediazona-awol-cases"),
    ]
    items = auditor().audit(text, "d.md")
    assert items[0].explanation is not None
    assert items[0].explanation.period_from == "its table row"
    assert items[2].explanation is not None
    assert items[2].explanation.period_from == "the table's lead-in, line 8"


def test_a_year_column_header_is_the_period_of_its_cells() -> None:
    text = (
        "Convictions for going AWOL, by year:\n\n"
        "| Offence | 2021 |\n|---|---|\n| Absence without leave | 527 |\n"
    )
    assert judge(text) == [("527", "supported", "mt-proekt-awol-convictions-2021")]
    item = auditor().audit(text, "d.md")[0]
    assert item.period is not None and item.period.text == "2021"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Russian rate adverb a word or two before the figure
        (
            "Весной 2025 года в суды ежемесячно поступало около тысячи новых дел.",
            [("около тысячи", "supported", "isl-mediazona-new-cases-per-month-spring-2025")],
        ),
        # a dash before the figure says "is": its subject stands before the dash; and a
        # bare number after a duration is a duration whose unit is left out
        (
            "За дезертирство грозит до 15 лет, за самовольное оставление части — до десяти "
            "лет, за неисполнение приказа — до трёх.",
            [
                ("до 15", "supported", "isl-desertion-max-sentence"),
                ("до десяти", "supported", "isl-awol-max-sentence"),
                ("до трёх", "supported", "isl-disobedience-max-sentence"),
            ],
        ),
        # Russian words of the field: killed, injured, returning; lives; leaving homes
        (
            "«Верстка» насчитала более 750 человек, убитых или тяжело раненных вернувшимися "
            "с войны.",
            [("более 750", "supported", "nge-verstka-killed-injured-by-returning-combatants")],
        ),
        (
            "Война унесла более 100 тысяч жизней.",
            [("более 100 тысяч", "supported", "baghai-war-deaths")],
        ),
    ],
)
def test_russian_words_of_the_field(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert judge(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "**1/7** Тред о дезертирстве.",
        "*Тред из семи постов.*",
        "A thread in five posts about desertion.",
        "Only nine were convicted in the five preceding years put together.",
        # found in a user trial: the span a headline or an attribution covers
        "# Russia's military courts: two years of desertion trials in numbers",
        "According to Proekt's figures for the two war years, courts convicted more than 4,600.",
        "Three years of court data show the trend.",
    ],
)
def test_post_numbers_and_spans_are_no_figures(text: str) -> None:
    got = [f for f, _, _ in judge(text)]
    assert all(f not in ("1/7", "семи", "five", "two", "Three") for f in got), got


def test_a_term_of_years_is_still_a_figure() -> None:
    # a sentence's length is a statistic, however the span words around it read
    got = judge(
        "Before the law was changed in the autumn of 2022, a deserter faced at most five years."
    )
    assert got == [("at most five", "supported", "baghai-desertion-max-sentence-before-law")]


def test_a_wrong_rate_of_a_named_measure_is_a_mismatch() -> None:
    # a rate is rarer than a count: with its period agreeing, fewer words make it clear
    text = "In April 2025 alone they handed down 848 verdicts, more than 60 for every working day."
    assert judge(text)[1] == (
        "more than 60",
        "mismatch",
        "isl-mediazona-verdicts-per-working-day-april-2025",
    )


def test_period_words_after_an_earlier_figure_are_that_figures() -> None:
    # "since 2022" follows the 200,000 and is no period of the 1.5 million two figures on
    text = (
        "Exactly 200,000 prisoners have been recruited since 2022, and a decree signed in "
        "late 2024 grows the armed forces to about 2.4 million, 1.5 million of them military "
        "personnel."
    )
    got = judge(text)
    assert got[2] == ("1.5 million", "supported", "isl-putin-decree-military-personnel")


def test_a_state_of_one_day_holds_since_an_earlier_date() -> None:
    # the maximum of 2025 is a state: "since 2022 carries up to ten years" agrees with it
    text = "Absence without leave, which since 2022 carries up to ten years in prison."
    assert judge(text) == [("up to ten", "supported", "isl-awol-max-sentence")]
