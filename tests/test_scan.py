"""scan: every figure of the sources, registered, excluded or missing; coverage; stubs."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desertcheck.authoring import yamltext
from desertcheck.authoring.claimfile import ClaimFileError, append, new_file
from desertcheck.authoring.periods import guess
from desertcheck.cli import app
from desertcheck.quantity import parse_quantities

from .conftest import PROJECT, cli_runner


def scan_json(root: Path, *args: str) -> tuple[int, dict]:
    r = cli_runner().invoke(app, ["scan", "--root", str(root), "-f", "json", *args])
    assert r.exit_code in (0, 1), r.stderr
    return r.exit_code, json.loads(r.stdout)


def test_shipped_registry_registers_or_explains_every_figure() -> None:
    code, data = scan_json(PROJECT)
    assert code == 0
    by_source = {s["source"]: s for s in data["sources"]}
    assert set(by_source) == {
        "baghai-deserters-blog-2023",
        "euaa-desertion-punishments",
        "islamabad-report-mediazona-2025",
        "moscow-times-proekt-2024",
        "novaya-gazeta-europe-un-report",
    }
    assert all(s["missing"] == 0 and s["coverage"] == 100.0 for s in by_source.values())
    assert data["summary"]["registered"] == 62 and data["summary"]["excluded"] == 10
    excluded = [f for f in data["figures"] if f["status"] == "excluded"]
    assert all(f["reason"] for f in excluded)
    assert not [f for f in data["findings"] if f["severity"] != "info"]


def test_without_the_exclusions_the_false_figures_are_missing(shipped_copy: Path) -> None:
    (shipped_copy / "desertcheck.toml").unlink()
    code, data = scan_json(shipped_copy, "--missing")
    assert code == 0  # a report: unregistered figures are infos
    missing = [(f["source"], f["text"]) for f in data["figures"]]
    assert ("baghai-deserters-blog-2023", "2") in missing
    assert ("novaya-gazeta-europe-un-report", "over 50,000") in missing
    # the war's age that dates an article ("More than three years after") is no statistic
    # by scan's own rule; the nine others need desertcheck.toml's reasons
    assert ("islamabad-report-mediazona-2025", "More than three") not in missing
    assert len(missing) == 9 and data["summary"]["coverage"] == 87.3
    codes = {f["code"] for f in data["findings"]}
    assert codes == {"unregistered-figure"}


def test_min_coverage_fails_below_and_passes_above(shipped_copy: Path) -> None:
    (shipped_copy / "desertcheck.toml").unlink()
    code, data = scan_json(shipped_copy, "--min-coverage", "90")
    assert code == 1
    assert [f["code"] for f in data["findings"] if f["severity"] == "error"] == [
        "coverage-below-minimum"
    ]
    code, _ = scan_json(shipped_copy, "--min-coverage", "86")
    assert code == 0
    # in the table, the finding of no file is the program's, not "-:"
    r = cli_runner().invoke(app, ["scan", "--root", str(shipped_copy), "--min-coverage", "90"])
    assert "\ndesertcheck: error: coverage is 87.3%, under the --min-coverage of 90%" in r.stdout
    assert "-: error" not in r.stdout


def test_a_stale_exclusion_is_a_warning(shipped_copy: Path) -> None:
    with (shipped_copy / "desertcheck.toml").open("a", encoding="utf-8") as fh:
        fh.write(
            '\n[[scan.exclude]]\nsource = "moscow-times-proekt-2024"\n'
            'quote = "no such words in it"\nreason = "a typo"\n'
        )
    code, data = scan_json(shipped_copy)
    (f,) = [f for f in data["findings"] if f["code"] == "unused-exclusion"]
    assert f["file"] == "desertcheck.toml" and f["line"] > 50
    assert "its quote is not in sources/moscow-times-proekt-2024.md" in f["message"]
    assert code == 0
    assert scan_json(shipped_copy, "--strict")[0] == 1


def test_an_unknown_source_argument_is_a_usage_error() -> None:
    r = cli_runner().invoke(app, ["scan", "--root", str(PROJECT), "moscow-times-proekt"])
    assert r.exit_code == 2
    assert "did you mean 'moscow-times-proekt-2024'" in r.stderr


def test_table_reports_line_column_and_coverage(shipped_copy: Path) -> None:
    r = cli_runner().invoke(
        app, ["scan", "--root", str(shipped_copy), "baghai-deserters-blog-2023"]
    )
    assert r.exit_code == 0
    out = r.stdout
    assert "18:148" in out and "over 100,000" in out and "baghai-war-deaths" in out
    assert "excluded: the blog platform's" in out  # the reason wraps in its column
    assert (
        "baghai-deserters-blog-2023: 5 figures, 4 registered, 1 excluded, 0 not registered "
        "(100% coverage)" in out
    )


def test_stubs_on_the_shipped_figures_verify_but_for_their_todo_fields(
    shipped_copy: Path,
) -> None:
    (shipped_copy / "desertcheck.toml").unlink()
    before = (shipped_copy / "claims" / "moscow-times-proekt-2024.yaml").read_text("utf-8")
    r = cli_runner().invoke(app, ["scan", "--root", str(shipped_copy), "--stubs", "--write"])
    assert r.exit_code == 0, r.stderr
    after = (shipped_copy / "claims" / "moscow-times-proekt-2024.yaml").read_text("utf-8")
    assert after.startswith(before.split("relations:")[0])  # comments and layout kept
    assert after.count("relations:") == 1 and after.index("relations:") > after.index("past two")
    v = cli_runner().invoke(app, ["verify", "--root", str(shipped_copy), "-f", "json"])
    findings = json.loads(v.stdout)["findings"]
    new = {f["claims"][0] for f in findings if f["code"] == "placeholder"}
    assert len(new) == 9  # the war's age ("More than three years after") is drafted no stub
    # the drafted quotes and values are right: only the todo fields are reported
    assert {f["code"] for f in findings if set(f["claims"]) & new} == {"placeholder"}
    # a second scan finds nothing missing, and so writes nothing
    _code, data = scan_json(shipped_copy, "--stubs")
    assert data["summary"]["missing"] == 0 and data["stubs"] == []


def test_stubs_print_yaml_to_paste(shipped_copy: Path) -> None:
    (shipped_copy / "desertcheck.toml").unlink()
    r = cli_runner().invoke(
        app, ["scan", "--root", str(shipped_copy), "--stubs", "novaya-gazeta-europe-un-report"]
    )
    assert r.exit_code == 0
    out = r.stdout
    assert "# claims/novaya-gazeta-europe-un-report.yaml: append under claims:" in out
    # alone in its sentence (the headline): the sentence is the quote
    headline = "UN report finds that over 50,000 Russian soldiers have deserted since 2022"
    assert f'quote: "{headline}"' in out
    # of several figures in a sentence: the words that state it
    assert 'quote: "those 50,000"' in out
    assert "measure: todo  # in use, closest first: desertions" in out
    assert 'note: "todo: the sentence names no period' in out  # the source has no date


# -- periods ----------------------------------------------------------------------------

CUBIC = (
    "Use rose to 412.6 million cubic metres in 2024, up from 398.1 million cubic metres in 2023."
)
PERIODS = [
    ("Buses carried 13.4 million trips in 2023, up from 11.9 million trips in 2022.", 0, "2023"),
    ("Buses carried 13.4 million trips in 2023, up from 11.9 million trips in 2022.", 1, "2022"),
    # a unit of several words: the period after it is nearer than the one before "up from"
    (CUBIC, 1, "2023"),
    (CUBIC, 0, "2024"),
    ("Trams made 21.7 million passenger journeys in 2023; 2.4 million more in 2024.", 0, "2023"),
    ("9 boil-water notices were issued in 2024, against four in 2023.", 0, "2024"),
    ("the fare will rise to 2.30 crowns on 1 July 2024.", 0, "2024-07-01"),
    ("Between January and May 2025, courts received 4,350 new cases.", 0, "2025-01/2025-05"),
    ("As of December 2024, a total of 50 500 cases", 0, "2024-12"),
    ("with 258 cases of torture documented in 2024–25", 0, "2024/2025"),
    ("Since 2022, some 200,000 prisoners have been recruited", 0, "2022/2025-09-15"),
    ("in the first half of 2025, as many as 20-30% of detainees", 0, "2025-01/2025-06"),
    # too far from the figure: no period, the caller falls back on the publication date
    (
        "He credited the 24 new buses, all of them low-floor, that entered service last spring "
        "and a fare that has not changed since 2019.",
        0,
        None,
    ),
]


@pytest.mark.parametrize(("sentence", "index", "period"), PERIODS)
def test_period_is_read_from_the_words_near_the_figure(
    sentence: str, index: int, period: str | None
) -> None:
    figures = parse_quantities(sentence)
    q = figures[index]
    lo = figures[index - 1].end if index else 0
    hi = figures[index + 1].start if index + 1 < len(figures) else len(sentence)
    got = guess(sentence, q.start, q.end, (lo, hi), "2025-09-15")
    assert (got.period if got else None) == period


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet=st.sampled_from("| 0123456789-\nabinoryear,JanMy"), max_size=120)
    | st.text(max_size=120),
    st.integers(0, 120),
    st.integers(0, 40),
)
def test_period_guess_never_raises_and_always_parses(text: str, start: int, size: int) -> None:
    from desertcheck.model import Period

    start = min(start, len(text))
    end = min(len(text), start + size)
    from desertcheck.authoring.table_period import in_table

    for got in (
        guess(text, start, end, (0, len(text)), "2024-02-22", (0, len(text))),
        in_table(text, start, "2024-02-22"),
    ):
        if got is not None:
            Period.parse(got.period)


COUNT = (
    "The council’s housing team counted 1,482 people sleeping rough or in emergency "
    "accommodation on the night of 4 February 2025, up from 1,190 a year earlier."
)
ASSESSED = (
    "In 2024, 3,415 households were assessed as homeless or threatened with homelessness, "
    "an increase of 8.2% on 2023."
)
BUDGET = (
    "The City Council on Monday approved 48.5 million crowns for bus operations\nin 2024, "
    "an increase of 6 per cent on the previous year."
)
TABLE = "Intro.\n\n| Year | Households | with children |\n|---|---|---|\n| 2022 | 612 | 388 |\n"
COLUMNS = "| Region | 2023 | 2024 |\n|---|---|---|\n| North | 12 | 15 |\n"
#: (text, index of the figure, period, whether it is only a guess: a todo note)
STUB_PERIODS = [
    # the date is the first figure's: a comparison ("up from") separates it from the second,
    # whose period is a year earlier; both only guesses in a sentence that compares
    (COUNT, 0, "2025-02-04", True),
    (COUNT, 1, "2024-02-04", True),
    # the year compared with is not the period: the sentence's other year is, a guess
    (ASSESSED, 0, "2024", False),
    (ASSESSED, 1, "2024", True),
    (BUDGET, 0, "2024", False),
    (BUDGET, 1, "2024", True),
    # time words next to the figure, before the comparison: that comparison is the next
    # figure's, and the first figure's period is sure (a user trial: "48.2 million
    # journeys in 2025, up from 45.9 million in 2024" was refused by `add claim`)
    ("There were 1,200 cases in 2024, compared with 900 in 2023.", 0, "2024", False),
    ("There were 1,200 cases in 2024, compared with 900 in 2023.", 1, "2023", True),
    ("It fell to 300 in 2024, down from 350 a year before.", 1, "2023", True),
    ("It fell to 300 in 2024, down from 350 a year before.", 0, "2024", False),
    ("Buses carried 48.2 million trips in 2025, up from 45.9 million in 2024.", 0, "2025", False),
    ("Buses carried 48.2 million trips in 2025, up from 45.9 million in 2024.", 1, "2024", True),
    ("Buses carried 13.4 million trips in 2023.", 0, "2023", False),
    ("Waiting lists reached 9,870 households in January 2025.", 0, "2025-01", False),
    # a table row's period cell gives every figure of the row its period; so does a
    # column's header
    (TABLE, 0, "2022", False),
    (TABLE, 1, "2022", False),
    (COLUMNS, 0, "2023", False),
    (COLUMNS, 1, "2024", False),
]


@pytest.mark.parametrize(("text", "index", "period", "todo"), STUB_PERIODS)
def test_a_stub_states_a_period_only_when_the_reading_is_sure(
    text: str, index: int, period: str, todo: bool
) -> None:
    from desertcheck.authoring.drafting import period_fields, regions
    from desertcheck.authoring.scan import sentence_of

    figures = parse_quantities(text)
    q = figures[index]
    sentence = sentence_of(text, q.start, q.end)
    inside = [(f.start, f.end) for f in figures if sentence[0] <= f.start < sentence[1]]
    region = regions(inside, sentence)[q.start, q.end]
    got, _comment, _cumulative, note = period_fields(text, q, region, "2025-03-14", None, sentence)
    assert (got, note is not None) == (period, todo), note
    assert note is None or note.startswith("todo: the sentence ")


def test_a_guessed_period_is_a_placeholder_for_verify(tmp_path: Path) -> None:
    """The 1,190 "a year earlier" got the 1,482's date and verify passed it."""
    root = Path(shutil.copytree(PROJECT / "tests" / "data" / "newsroom", tmp_path / "reg"))
    r = cli_runner().invoke(app, ["scan", "--root", str(root), "--stubs", "--write"])
    assert r.exit_code == 0, r.stderr
    text = (root / "claims" / "riverton-press-release.yaml").read_text("utf-8")
    stub = text[text.index("value: 1190") :].split("  - id:")[0]
    assert 'period: "2024-02-04"' in stub and 'note: "todo: the sentence compares' in stub
    v = cli_runner().invoke(app, ["verify", "--root", str(root), "-f", "json"])
    notes = [
        f
        for f in json.loads(v.stdout)["findings"]
        if f["code"] == "placeholder" and "(the period is 2024-02-04)" in f["message"]
    ]
    assert len(notes) == 1 and notes[0]["severity"] == "error"


# -- units ------------------------------------------------------------------------------

UNITS = [
    ("Use rose to 412.6 million cubic metres in 2024.", "cubic-metres"),
    ("It has 300 square kilometres of forest.", "square-kilometres"),
    ("The utility issued 9 boil-water notices in 2024.", "notices"),
    ("Some 24 low-floor buses entered service.", "buses"),
    ("a hyphenated word at the end: 12 part-time.", "part-time"),
    ("Some 5,000 Russian soldiers deserted.", "soldiers"),
    ("over 2,000 requests for assistance", "requests"),
    ("up to 15 years in prison", "years"),
    ("nearly 10% of the troops", "percent"),
    ("about 17 a day", None),
    # a word in the singular before the noun is no unit: the plural noun after it is
    ("Council opens 120 new emergency beds as homelessness rises", "beds"),
    ("it will open 120 new emergency shelter beds before the end of April", "beds"),
    ("Some 40 rough sleepers were counted.", "sleepers"),
    ("12 police officers", "officers"),
    ("300 police were deployed", "police"),
    ("200 young people a month", "people"),
    ("1,482 people sleeping rough", "people"),
    ("a 10 km road", "km"),
    ("120 emergency in the city", "emergency"),  # no noun follows: the word as it is
    ("1 emergency bed", "emergency"),
]


@pytest.mark.parametrize(("sentence", "unit"), UNITS)
def test_a_stub_takes_the_unit_the_sentence_writes_in_full(sentence: str, unit: str | None) -> None:
    from desertcheck.authoring.drafting import unit_of

    assert unit_of(sentence, parse_quantities(sentence)[0]) == unit


# -- figures that are no statistics ------------------------------------------------------

LABEL = "a label's number (table, figure, section, ...), not a statistic"
AGE = "an age, not a statistic"
NOT_STATISTICS = [
    ("Table 1: Households in temporary accommodation at year end", LABEL),
    ("as Figure 3 shows", LABEL),
    ('"One in four of the people we counted were under 25," she said.', AGE),
    ("people aged 16 to 24", AGE),
    ("children under 5", AGE),
    ("a flat for the over 65s", AGE),
    ("the under 25s", AGE),
    ("They were 17 years old.", AGE),
    # statistics
    ("There were under 25 cases.", None),
    ("spent under 25 minutes", None),
    ("rose by over 20", None),
    ("Table 1 lists 612 households", None),  # the second figure, below
    ("1,482 people were counted", None),
]


@pytest.mark.parametrize(("sentence", "reason"), NOT_STATISTICS)
def test_a_label_or_an_age_is_no_statistic(sentence: str, reason: str | None) -> None:
    from desertcheck.authoring.scan import not_a_statistic

    q = parse_quantities(sentence)[-1]
    assert not_a_statistic(sentence, q) == reason


NEWSROOM = PROJECT / "tests" / "data" / "newsroom"


@pytest.fixture
def newsroom(tmp_path: Path) -> Path:
    """A registry of two invented Riverton sources and no claims."""
    return Path(shutil.copytree(NEWSROOM, tmp_path / "newsroom"))


def test_labels_and_ages_are_excluded_with_their_reason_and_get_no_stub(newsroom: Path) -> None:
    _code, data = scan_json(newsroom, "--stubs")
    excluded = {f["text"]: f["reason"] for f in data["figures"] if f["status"] == "excluded"}
    assert excluded == {"under 25": AGE, "1": LABEL}
    drafted = [s["where"] for s in data["stubs"]]
    assert len(drafted) == data["summary"]["missing"] == len(data["figures"]) - 2


# -- YAML written as text ----------------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80))
def test_any_text_reads_back_as_itself(value: str) -> None:
    from desertcheck import yamlload

    data, _ = yamlload.load(f"key: {yamltext.scalar(value)}{yamltext.comment(value)}\n")
    assert data == {"key": value}


@settings(max_examples=200, deadline=None)
@given(st.floats(min_value=-1e15, max_value=1e15, allow_nan=False))
def test_numbers_read_back_at_their_written_precision(value: float) -> None:
    from desertcheck import yamlload
    from desertcheck.figures import same_value

    data, _ = yamlload.load(f"v: {yamltext.number(value)}\n")
    assert same_value(data["v"], value) or abs(data["v"] - value) <= 1e-9 * max(1, abs(value))


BLOCK = yamltext.block([("id", "new-claim", None), ("value", 5, "a comment")])


@pytest.mark.parametrize(
    "text",
    [
        new_file("A header."),
        "# top comment\nclaims: []  # none yet\n",
        "claims:\n- id: a\n  value: 1\n",  # items not indented
        "claims:\n  - id: a\n    value: 1\n\n# relations below\nrelations:\n  - id: r\n",
        "# only a comment\nclaims:\n    - id: a\n      value: 1",  # deeper indent, no newline
    ],
)
def test_append_keeps_the_file_and_adds_the_claim(text: str) -> None:
    from desertcheck import yamlload

    result = append(text, [BLOCK], "claims/x.yaml", ["new-claim"])
    data, _ = yamlload.load(result.text)
    assert data["claims"][-1]["id"] == "new-claim"
    kept = [
        line
        for line in text.splitlines()
        if line.strip() and line.strip() != "claims: []  # none yet"
    ]
    assert all(line in result.text.splitlines() for line in kept)
    assert result.text.splitlines()[result.lines[0] - 1].lstrip().startswith("- id: new-claim")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("relations: []\n", "no top-level 'claims:' list"),
        ("claims: [{id: a}]\n", "written inline"),
    ],
)
def test_append_refuses_what_it_cannot_extend(text: str, message: str) -> None:
    with pytest.raises(ClaimFileError, match=message):
        append(text, [BLOCK], "claims/x.yaml", ["new-claim"])


def test_scan_copes_with_a_registry_without_sources(tmp_path: Path) -> None:
    shutil.copytree(PROJECT / "claims", tmp_path / "claims")
    (tmp_path / "sources").mkdir()
    r = cli_runner().invoke(app, ["scan", "--root", str(tmp_path)])
    assert r.exit_code == 1  # the claims name sources that do not exist: loader errors
    assert "total (0 sources): 0 figures" in r.stdout


def test_a_bad_exclusion_is_a_config_error_at_its_line(tmp_path: Path) -> None:
    from desertcheck.config import load_config

    (tmp_path / "desertcheck.toml").write_text(
        '[[scan.exclude]]\nsource = "a"\nquote = "x"\nreason = "fine"\n\n'
        '[[scan.exclude]]\nsource = "Not_An_Id"\nquote = "x"\nreasn = "typo"\n',
        encoding="utf-8",
    )
    config, findings = load_config(tmp_path)
    assert [e.source for e in config.scan_exclusions] == ["a"]
    got = sorted((f.line, f.message) for f in findings)
    assert [line for line, _ in got] == [6, 6, 6]
    messages = " | ".join(m for _, m in got)
    assert "unknown key 'reasn' (did you mean 'reason'?)" in messages
    assert "reason is missing: write why the figure is not a statistic" in messages
    assert "source 'Not_An_Id' is not an id" in messages


# -- PDF line ends, and quotes drafted for any figure ------------------------------------


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab-\n .,AB1", max_size=60))
def test_dehyphenate_only_drops_line_end_hyphens_and_moves_breaks(text: str) -> None:
    from desertcheck.authoring.extract import dehyphenate

    out = dehyphenate(text)

    def bare(s: str) -> str:
        return "".join(c for c in s if c not in "-\n \t")

    assert bare(out) == bare(text)
    assert out.count("\n") == text.count("\n")


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_a_drafted_quote_is_found_where_the_figure_is_and_states_it(data: st.DataObject) -> None:
    from desertcheck.authoring.drafting import _states, quote_span
    from desertcheck.authoring.scan import one_line
    from desertcheck.registry import load_registry
    from desertcheck.text import context, find_quote, normalize

    registry = load_registry(PROJECT).registry
    source = registry.sources[data.draw(st.sampled_from(sorted(registry.sources)))]
    figures = parse_quantities(source.text)
    q = data.draw(st.sampled_from(figures))
    sentence = context(source.text, q.start, q.end, 300)
    a, b = quote_span(source.text, normalize(source.text), q, sentence)
    assert a <= q.start and q.end <= b
    quote = one_line(source.text[a:b])
    loc = find_quote(quote, normalize(source.text))
    assert loc is not None and loc.start == a
    assert _states(quote, q) or (a, b) == sentence


def test_source_text_never_reaches_the_terminal_as_control_codes(tmp_path: Path) -> None:
    root = tmp_path / "reg"
    (root / "claims").mkdir(parents=True)
    (root / "sources").mkdir()
    (root / "claims" / "a.yaml").write_text("claims: []\n", encoding="utf-8")
    (root / "sources" / "evil.md").write_text(
        "---\ntitle: t\npublisher: p\nlanguage: en\n---\n"
        "Over 5,000 \x1b[31msoldiers\x1b[0m \u202edeserted\u202c in 2024.\n",
        encoding="utf-8",
    )
    for args in (["scan"], ["scan", "--stubs"]):
        r = cli_runner().invoke(app, [*args, "--root", str(root)], env={"FORCE_COLOR": "1"})
        assert r.exit_code == 0, r.stderr
        assert "\x1b[31msoldiers" not in r.stdout and "\u202e" not in r.stdout
    r = cli_runner().invoke(app, ["scan", "--stubs", "--write", "--root", str(root)])
    text = (root / "claims" / "evil.yaml").read_text("utf-8")
    assert "\x1b" not in text and "\\u001b" in text  # escaped in YAML, exact when read back


def test_writing_the_first_stubs_does_not_say_there_are_no_claims(tmp_path: Path) -> None:
    """ "claims/ holds no claims" is the loader's word before the stubs were written: after
    `scan --stubs --write` it is false, and it is not printed (`scan` alone still says it)."""
    root = tmp_path / "reg"
    (root / "claims").mkdir(parents=True)
    (root / "sources").mkdir()
    (root / "sources" / "report.md").write_text(
        "---\ntitle: t\npublisher: p\nlanguage: en\n---\nOver 5,000 soldiers deserted in 2024.\n",
        encoding="utf-8",
    )
    before = cli_runner().invoke(app, ["scan", "--root", str(root)])
    assert "no-claims" in before.stderr
    r = cli_runner().invoke(app, ["scan", "--stubs", "--write", "--root", str(root)])
    assert r.exit_code == 0, r.stderr
    assert list((root / "claims").glob("*.yaml")) and "no-claims" not in r.stderr
