"""Authoring as a new user met it building a registry from scratch: rates drafted as rates
(not running totals), periods the sentence states, the whole sentence as the statement,
and the messages of add claim and scan when something is off."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from desertcheck.cli import app

from .conftest import cli_runner

FRONT = """---
title: Border courts bulletin (invented for a test)
publisher: Test Desk
language: en
published: 2025-06-30
kind: news
---
"""


def _registry(tmp_path: Path, text: str, front: str = FRONT) -> Path:
    root = tmp_path / "reg"
    (root / "sources").mkdir(parents=True)
    (root / "claims").mkdir()
    (root / "sources" / "bulletin.md").write_text(front + text + "\n", "utf-8")
    return root


def _stubs(root: Path) -> list[dict]:
    r = cli_runner().invoke(app, ["scan", "bulletin", "--root", str(root), "--stubs", "--write"])
    assert r.exit_code in (0, 1), r.stdout + r.stderr
    data = yaml.safe_load((root / "claims" / "bulletin.yaml").read_text("utf-8"))
    return data["claims"]


RATES = [
    # (sentence, unit, quote, cumulative)
    (
        "Prosecutors have opened between 3,000 and 4,000 new cases per month since March 2023.",
        "cases per month",
        # alone in its sentence: the sentence is the quote (without its full stop)
        "Prosecutors have opened between 3,000 and 4,000 new cases per month since March 2023",
        None,
    ),
    (
        "The navy enlists around 7,000-8,000 sailors for its fleet every month.",
        "sailors every month",
        "The navy enlists around 7,000-8,000 sailors for its fleet every month",
        None,
    ),
    (
        "The agency has registered 12,400 complaints since March 2023.",
        "complaints",
        "The agency has registered 12,400 complaints since March 2023",
        True,
    ),
    (
        "Hospitals treated 950 patients each week since the storm began in 2024.",
        "patients each week",
        "Hospitals treated 950 patients each week since the storm began in 2024",
        None,
    ),
    (
        "The ferry carried 310 passengers on Monday and 280 on Tuesday, and 40 crew.",
        "passengers",
        "310 passengers",
        None,
    ),
]


@pytest.mark.parametrize(("sentence", "unit", "quote", "cumulative"), RATES)
def test_a_stub_keeps_a_rate_and_a_rate_is_no_running_total(
    tmp_path: Path, sentence: str, unit: str, quote: str, cumulative: bool | None
) -> None:
    (stub, *_) = _stubs(_registry(tmp_path, sentence))
    assert stub["unit"] == unit
    assert stub["quote"] == quote
    assert stub.get("cumulative") is cumulative


def test_a_range_keeps_its_word_of_approximation_in_the_quote(tmp_path: Path) -> None:
    root = _registry(tmp_path, "The navy enlists around 7,000-8,000 sailors every month.")
    (stub,) = _stubs(root)
    assert stub["qualifier"] == "between"
    assert "around 7,000-8,000" in stub["quote"]
    written = (root / "claims" / "bulletin.yaml").read_text("utf-8")
    assert "“around” stays in the quote" in written


LONG = (
    "The inspectors' annual review, which was laid before the regional assembly on Tuesday "
    "by the chair of its standing committee on public order after a delay of several weeks "
    "caused by a dispute over the wording of its final chapter, noted that staffing had "
    "become “the main constraint on every district office in the region”, and that the "
    "4,812 open files represented nearly 30% of the caseload recorded since 2021."
)


@pytest.mark.parametrize("command", ["scan", "add"])
def test_a_long_sentence_is_the_statement_from_its_first_word(tmp_path: Path, command: str) -> None:
    root = _registry(tmp_path, "An opening sentence. " + LONG + " A closing one.")
    if command == "scan":
        statements = [c["statement"] for c in _stubs(root)]
    else:
        args = ["add", "claim", "--root", str(root), "--source", "bulletin", "--value", "4812"]
        args += ["--quote", "the 4,812 open files", "--measure", "open-files"]
        args += ["--scope", "region", "--period", "2021/2025"]
        r = cli_runner().invoke(app, args)
        assert r.exit_code == 0, r.stdout + r.stderr
        data = yaml.safe_load((root / "claims" / "bulletin.yaml").read_text("utf-8"))
        statements = [c["statement"] for c in data["claims"]]
    assert statements
    assert all(s == LONG for s in statements), statements


STATED = [
    # (sentence, period, words of its comment)
    (
        "In total, by the end of March 2024, the regional tribunals had opened disciplinary "
        "files against 8,310 officers.",
        "2024-03-31",
        "by the end of March 2024",
    ),
    (
        "In early 2023, the parliament voted to raise the ceiling on the standing reserve "
        "force to roughly 180,000.",
        "2023",
        "In early 2023",
    ),
    (
        "On 3 October 2024 the ministry announced that some 4,100 officers and clerks of the "
        "northern command had quit their posts in the period between February 2023 and "
        "August 2024.",
        "2023-02/2024-08",
        "between February 2023 and August 2024",
    ),
    (  # time words next to the figure stand as they were read
        "The tribunals opened 912 files in 2023, by the end of which the backlog had grown.",
        "2023",
        "2023",
    ),
]


@pytest.mark.parametrize(("sentence", "period", "words"), STATED)
def test_a_period_the_sentence_states_is_read_not_the_publication_date(
    tmp_path: Path, sentence: str, period: str, words: str
) -> None:
    root = _registry(tmp_path, sentence)
    (stub,) = _stubs(root)
    assert str(stub["period"]) == period
    assert f"from “{words}”" in (root / "claims" / "bulletin.yaml").read_text("utf-8")


def test_add_claim_takes_the_range_the_quote_states_in_a_pipe(tmp_path: Path) -> None:
    root = _registry(tmp_path, STATED[2][0])
    args = ["add", "claim", "--root", str(root), "--source", "bulletin", "--quote"]
    args += ["some 4,100 officers and clerks of the northern command had quit their posts"]
    args += ["--measure", "resignations", "--scope", "northern-command"]
    r = cli_runner().invoke(app, args, input="")
    assert r.exit_code == 0, r.stdout + r.stderr
    text = (root / "claims" / "bulletin.yaml").read_text("utf-8")
    assert 'period: "2023-02/2024-08"' in text


UNDATED = """---
title: Reserve force memo (invented for a test)
publisher: Test Desk
language: en
kind: report
---
"""
SINCE_EVENT = (
    "More than 7,300 reservists have left the service since the start of the border "
    "emergency in 2021, the memo says."
)
TWO = "The memo says the 7,300 leavers were nearly 12% of the reservists called up since 2021."


def _add(root: Path, *args: str) -> tuple[int, str]:
    base = ["add", "claim", "--root", str(root), "--source", "bulletin"]
    base += ["--measure", "leavers", "--scope", "reserve"]
    r = cli_runner().invoke(app, [*base, *args], input="")
    return r.exit_code, r.stdout + r.stderr


def test_an_undated_source_s_since_an_event_is_named_in_the_period_error(
    tmp_path: Path,
) -> None:
    root = _registry(tmp_path, SINCE_EVENT, front=UNDATED)
    code, out = _add(root, "--quote", "More than 7,300 reservists have left the service")
    assert code != 0
    assert "the sentence gives “since the start of the border emergency in 2021”" in out
    assert "names none" not in out
    assert "2021/END" not in out
    assert "--period 2021/YYYY-MM-DD" in out


def test_each_figure_of_a_sentence_gets_the_same_period_reason(tmp_path: Path) -> None:
    root = _registry(tmp_path, TWO, front=UNDATED)
    outs = [_add(root, "--quote", TWO, "--value", v) for v in ("7300", "12")]
    assert all(code != 0 for code, _ in outs)
    assert all("the sentence gives “since 2021”" in out for _, out in outs), outs


@pytest.mark.parametrize(
    ("front", "period", "cumulative"),
    [
        (UNDATED, "2021/2024-06-30", True),  # runs from the "since": still a running total
        (FRONT, "2021/2025-03", True),
        (FRONT, "2023", None),  # another period altogether
    ],
)
def test_a_period_given_for_a_running_total_keeps_cumulative_when_it_starts_there(
    tmp_path: Path, front: str, period: str, cumulative: bool | None
) -> None:
    root = _registry(tmp_path, SINCE_EVENT, front=front)
    quote = "More than 7,300 reservists have left the service"
    code, out = _add(root, "--quote", quote, "--period", period)
    assert code == 0, out
    (claim,) = yaml.safe_load((root / "claims" / "bulletin.yaml").read_text("utf-8"))["claims"]
    assert claim.get("cumulative") is cumulative


def test_a_dated_source_s_since_an_event_is_a_running_total_to_its_date(tmp_path: Path) -> None:
    (stub,) = _stubs(_registry(tmp_path, SINCE_EVENT))
    assert stub["period"] == "2021/2025-06-30"
    assert stub["cumulative"] is True


ORIGINS = """harbour-authority-2024:
  title: "Annual traffic review 2024"
  publisher: "Harbour Authority of Kestrel Bay"
"""

CREDITS = [
    # (sentence, body named, origin suggested)
    (
        "According to the Harbour Authority of Kestrel Bay, 1,240 vessels docked in 2024.",
        "Harbour Authority of Kestrel Bay",
        "harbour-authority-2024",
    ),
    (
        "A new United Nations report says 3,100 boats were seized in 2024.",
        "United Nations",
        None,
    ),
    ("Tidewatch counted 412 groundings in 2024.", "Tidewatch", None),
    # a kind of body before its name (a user trial: "according to the union Unite" was
    # taken for no credit, "according to the Transport Workers Union" for one)
    ("Some 1,240 dockers work there, according to the union Unite.", "Unite", None),
    ("Some 412 boats sank in 2024, according to the charity Sea Watch.", "Sea Watch", None),
    ("Some 412 boats sank in 2024, according to the union.", None, None),  # no name
    ("The port recorded 1,240 vessels in 2024.", None, None),
    ("In 2024, 1,240 vessels docked at the port.", None, None),
]


@pytest.mark.parametrize(("sentence", "body", "origin"), CREDITS)
def test_a_figure_credited_to_another_body_asks_for_its_origin(
    tmp_path: Path, sentence: str, body: str | None, origin: str | None
) -> None:
    root = _registry(tmp_path, sentence)
    (root / "sources" / "origins.yaml").write_text(ORIGINS, "utf-8")
    _stubs(root)
    written = (root / "claims" / "bulletin.yaml").read_text("utf-8")
    if body is None:
        assert "credits" not in written
        return
    assert f"the sentence credits “{body}”" in written
    if origin is not None:
        assert f"write origin: {origin}" in written
    else:
        assert "add it to sources/origins.yaml" in written


def test_add_claim_says_to_pass_origin_and_is_quiet_once_it_is_given(tmp_path: Path) -> None:
    root = _registry(tmp_path, CREDITS[0][0])
    (root / "sources" / "origins.yaml").write_text(ORIGINS, "utf-8")
    args = ["add", "claim", "--root", str(root), "--source", "bulletin", "--quote"]
    args += ["1,240 vessels docked in 2024", "--measure", "dockings", "--scope", "kestrel-bay"]
    r = cli_runner().invoke(app, [*args, "--id", "a"])
    assert r.exit_code == 0, r.stdout + r.stderr
    assert "pass --origin harbour-authority-2024" in r.stdout + r.stderr
    r = cli_runner().invoke(
        app, [*args, "--id", "b", "--again", "--origin", "harbour-authority-2024"]
    )
    assert r.exit_code == 0, r.stdout + r.stderr
    assert "credits" not in r.stdout + r.stderr
    claims = yaml.safe_load((root / "claims" / "bulletin.yaml").read_text("utf-8"))["claims"]
    assert claims[1]["origin"] == "harbour-authority-2024"
    text = (root / "claims" / "bulletin.yaml").read_text("utf-8")
    assert text.count("credits") == 1


def test_the_source_s_own_publisher_is_no_other_body(tmp_path: Path) -> None:
    root = _registry(tmp_path, "Test Desk counted 412 groundings in 2024.")
    _stubs(root)
    assert "credits" not in (root / "claims" / "bulletin.yaml").read_text("utf-8")


def test_stubs_say_to_exclude_a_figure_that_is_no_statistic(tmp_path: Path) -> None:
    root = _registry(tmp_path, "The court convicted 412 people in 2024.")
    for extra in ([], ["--write"]):
        r = cli_runner().invoke(app, ["scan", "--root", str(root), "--stubs", *extra])
        said = " ".join(r.stdout.split())
        assert "add a [[scan.exclude]] to desertcheck.toml" in said, said


@pytest.mark.parametrize(
    ("raised", "code", "said"),
    [
        (EOFError, 2, "no answer for publisher (end of input): nothing written; pass --publisher"),
        (KeyboardInterrupt, 130, "interrupted: nothing written"),
    ],
)
def test_an_unanswered_question_says_nothing_is_written_and_its_exit_code(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    raised: type[BaseException],
    code: int,
    said: str,
) -> None:
    import typer

    from desertcheck.cli import add

    def prompt(*_: object, **__: object) -> str:
        try:
            raise raised
        except raised:  # as click's prompt does
            raise typer.Abort() from None

    monkeypatch.setattr(add.sys.stdin, "isatty", lambda: True, raising=False)
    monkeypatch.setattr(typer, "prompt", prompt)
    ask = add.ask_on_terminal()
    assert callable(ask)
    with pytest.raises(typer.Exit) as exit_:
        ask("publisher", "Publisher?", ())
    assert exit_.value.exit_code == code
    err = capsys.readouterr().err
    assert said in " ".join(err.split())
    assert "Aborted" not in err


@pytest.mark.parametrize(
    ("value", "picked"),
    [("6100", 6100), ("6,100", 6100), ("over 6 100", 6100), ("12%", 12), ("nearly 12 %", 12)],
)
def test_value_takes_the_figure_as_the_source_writes_it(
    tmp_path: Path, value: str, picked: float
) -> None:
    root = _registry(tmp_path, "Over 6,100 reservists, nearly 12% of those called, left in 2024.")
    code, out = _add(root, "--quote", "Over 6,100 reservists, nearly 12% of those called")
    assert code == 2 and "choose one with --value" in out
    quote = ["--quote", "Over 6,100 reservists, nearly 12% of those called"]
    code, out = _add(root, *quote, "--value", value, "--period", "2024")
    assert code in (0, 1), out
    (claim,) = yaml.safe_load((root / "claims" / "bulletin.yaml").read_text("utf-8"))["claims"]
    assert claim["value"] == picked


@pytest.mark.parametrize("value", ["many", "6,100 or 12%"])
def test_value_that_gives_no_one_figure_is_refused_with_the_forms_to_write(
    tmp_path: Path, value: str
) -> None:
    root = _registry(tmp_path, "Over 6,100 reservists, nearly 12% of those called, left in 2024.")
    code, out = _add(root, "--quote", "Over 6,100 reservists", "--value", value)
    assert code == 2
    assert "unable to parse" not in out
    assert "as a number (50000) or as the source writes it" in out


def test_time_words_nearer_another_figure_are_a_guess_not_none(tmp_path: Path) -> None:
    root = _registry(tmp_path, "Over 6,100 reservists, nearly 12% of those called, left in 2024.")
    code, out = _add(root, "--quote", "Over 6,100 reservists", "--value", "6100")
    assert code == 2
    said = " ".join(out.split())
    assert "names none" not in said
    assert "2024 is only a guess: the sentence holds several figures" in said


def test_a_claims_file_broken_by_hand_is_blamed_not_the_new_claim(tmp_path: Path) -> None:
    root = _registry(tmp_path, "The court convicted 412 people in 2024.")
    broken = "claims:\n  - id: a\n    value: 1\n   unit: people\n"
    (root / "claims" / "bulletin.yaml").write_text(broken, "utf-8")
    code, out = _add(root, "--quote", "412 people", "--period", "2024")
    assert code == 2
    said = " ".join(out.split())
    assert "the file does not load as it is, before any claim is added" in said
    assert "after the new claims are added" not in said
    assert (root / "claims" / "bulletin.yaml").read_text("utf-8") == broken


def test_a_control_character_in_a_source_s_title_does_not_break_a_new_claims_file(
    tmp_path: Path,
) -> None:
    front = FRONT.replace(  # YAML's escapes: the title holds ESC and BEL
        "title: Border courts bulletin (invented for a test)",
        'title: "Border \\x1b[31mcourts\\x07 bulletin"',
    )
    root = _registry(tmp_path, "The court convicted 412 people in 2024.", front=front)
    code, out = _add(root, "--quote", "412 people", "--period", "2024")
    assert code == 0, out
    text = (root / "claims" / "bulletin.yaml").read_text("utf-8")
    assert "\x1b" not in text.split("claims:")[0]
    assert "Border [31mcourts bulletin" in text


NOT_STATISTICS = [
    # (sentence, figure, excluded)
    ("Nearly four years after the flood, the town rebuilt 310 homes.", "Nearly four", True),
    ("Two years into the programme, 310 homes were rebuilt.", "Two", True),
    ("Arson is punishable by up to 12 years in prison; 310 cases were opened.", "up to 12", True),
    ("The law raised the maximum penalty to eight years; 310 were charged.", "eight", True),
    ("A court sentenced him to six years in prison; 310 were charged.", "six", False),
    ("The survey ran for three years and found 310 homes empty.", "three", False),
]


@pytest.mark.parametrize(("sentence", "figure", "excluded"), NOT_STATISTICS)
def test_a_legal_maximum_or_a_dating_span_of_years_is_no_statistic(
    tmp_path: Path, sentence: str, figure: str, excluded: bool
) -> None:
    import json

    root = _registry(tmp_path, sentence)
    r = cli_runner().invoke(app, ["scan", "bulletin", "--root", str(root), "--format", "json"])
    status = {f["text"]: f["status"] for f in json.loads(r.stdout)["figures"]}
    assert status["310"] == "missing"
    assert (status[figure] == "excluded") is excluded, status
