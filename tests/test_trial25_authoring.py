"""Found by a data desk building its own registry from scratch: a stub dropped "a month on
average" from its unit, so a monthly figure verified as a year's total; a stub's quote was
the figure alone ("7.1%"), which says nothing in a fact sheet; an age in the sentence
("aged 16 to 64") counted as another figure, so add claim would not read the period. The
source sentences are written for these tests (an invented office)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from desertcheck.cli import app

from .conftest import cli_runner
from .test_trial15_authoring import _registry, _stubs


@pytest.mark.parametrize(
    ("sentence", "unit", "quote"),
    [
        # "a month on average" is how often; "a month on" alone says when
        (
            "Emergency departments saw 9,800 attendances a month on average in 2025.",
            "attendances a month",
            "Emergency departments saw 9,800 attendances a month on average in 2025",
        ),
        (
            "A month on, the office counted 310 complaints.",
            "complaints",
            "A month on, the office counted 310 complaints",
        ),
        # alone in its sentence: the sentence is the quote, and says what is counted
        (
            "The vacancy rate for hospital nursing posts was 7.1% in October 2025.",
            "percent",
            "The vacancy rate for hospital nursing posts was 7.1% in October 2025",
        ),
        # an age is no other figure: the sentence is still the figure's own
        (
            "Over 12,000 people aged 16 to 64 have left economic inactivity since 2020.",
            "people",
            "Over 12,000 people aged 16 to 64 have left economic inactivity since 2020",
        ),
        # a Markdown line's marker is no word of the quote
        (
            "- 310 men deserted in the first week of May 2025.",
            "men",
            "310 men deserted in the first week of May 2025",
        ),
        # of two figures: the words that state it, as before
        (
            "The ferry carried 310 passengers on Monday and 280 on Tuesday.",
            "passengers",
            "310 passengers",
        ),
        # markup in the sentence: not a quote to show, the words that state it instead
        (
            "The office counted 4,100 complaints in 2024 ([table 2](t2.md)).",
            "complaints",
            "4,100 complaints",
        ),
    ],
)
def test_a_stub_keeps_its_rate_and_quotes_its_sentence(
    tmp_path: Path, sentence: str, unit: str, quote: str
) -> None:
    (stub, *_) = _stubs(_registry(tmp_path, sentence))
    assert (stub["unit"], stub["quote"]) == (unit, quote)


def test_an_age_is_not_another_figure_of_the_sentence(tmp_path: Path) -> None:
    sentence = "Over 12,000 people aged 16 to 64 have left economic inactivity since 2020."
    root = _registry(tmp_path, sentence)
    args = ["add", "claim", "--source", "bulletin", "--quote", sentence.rstrip(".")]
    more = ["--measure", "people-leaving-inactivity", "--scope", "northshire"]
    r = cli_runner().invoke(app, [*args, *more, "--root", str(root)])
    assert r.exit_code == 0, r.stdout + r.stderr
    assert "only a guess" not in r.stdout + r.stderr
    [claim] = yaml.safe_load((root / "claims" / "bulletin.yaml").read_text("utf-8"))["claims"]
    assert claim["period"] == "2020/2025-06-30"
    assert claim.get("cumulative") is True
    written = (root / "claims" / "bulletin.yaml").read_text("utf-8")
    assert "also states" not in written


@pytest.mark.parametrize(
    ("named", "files", "said"),
    [
        # its file deleted: not the other source whose name starts alike
        (
            "nso-housing-starts-2024",
            {"nso-hospital-waits-oct-2025"},
            ": import it with desertcheck add source (or, if it was deleted, git checkout -- "
            "sources/nso-housing-starts-2024.md), or name a source that sources/ holds",
        ),
        # a typo of a source other claims name: a character apart
        (
            "nso-hospital-wait-oct-2025",
            {"nso-hospital-waits-oct-2025"},
            " (did you mean 'nso-hospital-waits-oct-2025'?)",
        ),
        # a renamed file: a close source no claim names any more
        (
            "nso-housing-starts-2024",
            {"nso-hospital-waits-oct-2025", "nso-housing-starts-2024-25"},
            " (did you mean 'nso-housing-starts-2024-25'?)",
        ),
    ],
)
def test_a_missing_source_is_named_only_when_it_is_close(
    named: str, files: set[str], said: str
) -> None:
    from desertcheck.suggest import missing_source_hint

    claimed = {"nso-hospital-waits-oct-2025", named}
    assert missing_source_hint(named, files, claimed) == said


@pytest.mark.parametrize(
    ("quote", "said"),
    [
        ("The count rose by 310 per month", "with the quote's rate: people per month, say"),
        ("The count rose by 310", "(what one counts: people, cases, homes, percent, GBP...)"),
        # "a year earlier", "a month on" are when, not how often
        ("The count rose by 310, against 290 a year earlier", "(what one counts: people"),
        ("A month on, the count rose by 310", "(what one counts: people"),
    ],
)
def test_a_unit_not_read_is_asked_for_with_the_rate_of_the_quote(
    tmp_path: Path, quote: str, said: str
) -> None:
    root = _registry(tmp_path, quote + ".")
    args = ["add", "claim", "--source", "bulletin", "--quote", quote, "--value", "310"]
    more = ["--measure", "m", "--scope", "s", "--period", "2025", "--root", str(root)]
    r = cli_runner().invoke(app, [*args, *more])
    assert r.exit_code == 2, r.stdout + r.stderr
    message = " ".join(r.stderr.split())
    assert "cannot infer the unit from the quote: pass --unit UNIT" in message
    assert said in message


def test_the_diff_summary_counts_what_fails_the_run() -> None:
    from dataclasses import replace

    from desertcheck.codes import Code
    from desertcheck.diff.results import RegistryDiff
    from desertcheck.findings import Accepted, Finding

    error = Finding.of(Code.UNKNOWN_SOURCE, "x", "claims/a.yaml", 1, 1, ("a",))
    accepted = Finding.of(Code.UNKNOWN_SOURCE, "y", "claims/a.yaml", 2, 1, ("a",))
    accepted = replace(accepted, accepted=Accepted("a", "both"))
    diff = RegistryDiff(base="b", head="h", introduced=(error, accepted))
    summary = diff.to_dict()["summary"]
    assert summary["findings"]["introduced"] == 2
    # an accepted finding fails nothing: the summary agrees with the exit code
    assert (summary["errors"], summary["warnings"], diff.exit_code(strict=True)) == (1, 0, 1)
