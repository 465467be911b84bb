"""``scan --stubs`` takes the period its sentence states, however far from the figure,
when the sentence holds one figure ("more than an hour" is a qualifier, not a
comparison), and a CSV or Markdown table's header unit in brackets ("mean (minutes)")."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from desertcheck.cli import app

from .conftest import cli_runner, one_source
from .test_compound_durations import HEAD


def _stubs(root: Path, body: str) -> list[dict[str, object]]:
    return stubs_of(root, HEAD + body, "amb")


def stubs_of(root: Path, text: str, source: str) -> list[dict[str, object]]:
    """The claims `scan --stubs` drafts from one source of ``text``."""
    one_source(root, text, source)
    r = cli_runner().invoke(app, ["scan", "--stubs", "--root", str(root)])
    assert r.exit_code == 0, r.stderr
    yaml_text = r.stdout.split("append under claims:", 1)[1].rsplit("\n# ", 1)[0]
    found: list[dict[str, object]] = yaml.safe_load(yaml_text)
    return found


@pytest.mark.parametrize(
    ("sentence", "period"),
    [
        (
            "Around 12% of patients waited more than an hour outside hospital emergency "
            "departments before handover in October 2025.",
            "2025-10",
        ),
        (
            "Some 4,210 patients were treated at home by crews who reached them well within "
            "the hour during the summer of 2025.",
            "2025-06/2025-08",
        ),
        # the year is the period compared with: still the publication date
        ("Calls were 5% higher than in 2023.", "2025-11-13"),
    ],
)
def test_the_sentence_s_period(tmp_path: Path, sentence: str, period: str) -> None:
    (stub, *_) = _stubs(tmp_path, sentence + "\n")
    assert stub["period"] == period


@pytest.mark.parametrize(
    ("header", "unit"),
    [
        ("Category 1 mean (minutes)", "minutes"),
        ("Median wait (hours)", "hours"),
        ("Journeys (millions)", "todo"),
        ("Sales (£m)", "todo"),
        ("Average (figures)", "todo"),
    ],
)
def test_a_header_s_unit_in_brackets(tmp_path: Path, header: str, unit: str) -> None:
    table = f"| District | {header} |\n|---|---|\n| Eastfield | 9.4 |\n"
    assert [s["unit"] for s in _stubs(tmp_path, table) if s["value"] == 9.4] == [unit]
