"""A figure its claim supports by its number, whose own words say what tells a neighbour
of that claim on the source's page from it (the same source, period, scope and kind),
is that neighbour's ``mismatch`` even when the words name too few of the neighbour's
measure for the sentence to name it ("17,721 defendants", where the source's 17,721 are
convictions and its 20,662 the defendants); a table row's label is said of its cells.
The words after the whole of a part ("6,450 of the 18,120 … were vehicles") are the
part's. The registry and drafts are written for these tests."""

from __future__ import annotations

import pytest

from .authored import Authored

SOURCE = (
    "# Harbour report\n\n"
    "In 2025 the harbour crossing carried 18,120 passengers and 6,450 vehicles.\n"
)
PASSENGERS = "passengers"
VEHICLES = "vehicles"

ROWS = [
    ("An earlier version said 18,120 vehicles were carried in 2025.", "mismatch", VEHICLES),
    ("An earlier version said 6,450 passengers were carried in 2025.", "mismatch", PASSENGERS),
    ("In 2025 it carried 18,120 passengers.", "supported", PASSENGERS),
    ("In 2025 it carried 6,450 vehicles.", "supported", VEHICLES),
    # a table row's label is said of its cells
    ("| Carried in 2025 | |\n|---|---|\n| Vehicles | 18,120 |", "mismatch", VEHICLES),
    ("| Carried in 2025 | |\n|---|---|\n| Passengers | 18,120 |", "supported", PASSENGERS),
]


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> Authored:
    reg = Authored(tmp_path_factory.mktemp("beside"), SOURCE)
    reg.claim("carried 18,120 passengers", "harbour-crossing-passengers", "--unit", "passengers")
    reg.claim("6,450 vehicles", "harbour-crossing-vehicles", "--unit", "vehicles")
    return reg


@pytest.mark.parametrize(("sentence", "status", "measure"), ROWS)
def test_a_neighbour_s_words_said_of_the_figure(
    registry: Authored, sentence: str, status: str, measure: str
) -> None:
    _, items = registry.audit(sentence + "\n")
    [item] = items
    assert item["status"] == status, item["message"]
    assert measure in item["claims"][0]["id"], item["message"]


def test_the_words_after_a_whole_are_said_of_its_part(registry: Authored) -> None:
    _, items = registry.audit("In 2025, 6,450 of the 18,120 carried were vehicles.\n")
    whole = next(it for it in items if it["value"]["text"] == "18,120")
    assert whole["status"] != "mismatch", whole["message"]
