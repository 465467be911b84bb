"""Stub periods as a CI maintainer met them drafting a city's transport and health figures:
a quarter of a year is its three months, and "from" a month after the publication date is
when a change takes effect, not the start of a running total (whose stub did not load)."""

from __future__ import annotations

from pathlib import Path

import pytest

from .test_trial18_authoring import _registry, _stubs, run


@pytest.mark.parametrize(
    ("sentence", "period", "noted"),
    [
        (
            "Departments recorded 31,400 attendances in the third quarter of 2025.",
            "2025-07/2025-09",
            False,
        ),
        ("Departments recorded 31,400 attendances in Q1 2024.", "2024-01/2024-03", False),
        (
            "Departments recorded 31,400 attendances in the fourth quarter of 2023.",
            "2023-10/2023-12",
            False,
        ),
        (
            "Departments recorded 31,400 attendances in the 2nd quarter of 2024.",
            "2024-04/2024-06",
            False,
        ),
        # near misses: a share of a year's total is no quarter of the year
        ("A quarter of 2024's 31,400 attendances were at night.", "2024", False),
    ],
)
def test_a_quarter_of_a_year_is_its_three_months(
    tmp_path: Path, sentence: str, period: str, noted: bool
) -> None:
    [stub] = [c for c in _stubs(_registry(tmp_path, sentence)) if c["value"] == 31400]
    assert (stub["period"], "note" in stub) == (period, noted)


@pytest.mark.parametrize(
    ("sentence", "period", "cumulative"),
    [
        # after the publication date (2025-12-01): when a change takes effect, with a note
        ("Single fares will rise to £2.10 from January 2026.", "2026-01", False),
        ("Fares rise to £2.10 from 2026.", "2026", False),
        # before it: a running total, as before
        ("Fares have risen by 35p since January 2024.", "2024-01/2025-12-01", True),
        ("Some 1,200 drivers have been hired since 2022.", "2022/2025-12-01", True),
    ],
)
def test_from_a_month_after_publication_is_no_running_total(
    tmp_path: Path, sentence: str, period: str, cumulative: bool
) -> None:
    root = _registry(tmp_path, sentence, published="2025-12-01")
    [stub] = _stubs(root)
    assert (stub["period"], stub.get("cumulative", False)) == (period, cumulative)
    if not cumulative:
        assert "starts after the publication date (2025-12-01)" in stub["note"]
    _code, out, _ = run("verify", "--root", str(root), "--quiet")
    assert "invalid-period" not in out and "not loaded" not in out, out


def test_a_corrected_file_imported_with_force_keeps_what_it_does_not_say(
    tmp_path: Path,
) -> None:
    """Re-importing a publisher's corrected file (`add source FILE --id ID --force`) asked
    for the title, publisher and language again: what neither the options, the file's own
    front matter nor its metadata say is kept from the source it replaces."""
    root = _registry(tmp_path, "Buses carried 48.2 million journeys in 2025.")
    first = tmp_path / "first.txt"
    first.write_text("Buses carried 48.2 million journeys in 2025.\n", "utf-8")
    corrected = tmp_path / "corrected.txt"
    corrected.write_text("Buses carried 48.3 million journeys in 2025.\n", "utf-8")
    base = ["add", "source", "--root", str(root), "--id", "ridership"]
    code, _, err = run(
        *base,
        str(first),
        "--title",
        "Ridership 2025",
        "--publisher",
        "HTA",
        "--language",
        "en",
        "--published",
        "2026-01-15",
        "--kind",
        "report",
    )
    assert code == 0, err
    code, _, err = run(*base, str(corrected), "--force", "--title", "Ridership 2025 (corrected)")
    assert code == 0, err
    assert "kept from the source it replaces: publisher, language, published, kind" in err
    text = (root / "sources" / "ridership.md").read_text("utf-8")
    assert 'title: "Ridership 2025 (corrected)"' in text and 'publisher: "HTA"' in text
    assert 'published: "2026-01-15"' in text and "48.3 million" in text
    # a file's own front matter wins over the source it replaces
    own = tmp_path / "own.md"
    own.write_text("---\npublisher: Transit Office\n---\nBuses carried 48.3 million.\n", "utf-8")
    code, _, err = run(*base, str(own), "--force")
    assert code == 0, err
    text = (root / "sources" / "ridership.md").read_text("utf-8")
    assert 'publisher: "Transit Office"' in text and 'title: "Ridership 2025 (corrected)"' in text
    # without --force nothing is replaced, and nothing kept
    code, _, err = run(*base, str(first))
    assert code == 2 and "exists: pass --force" in err
