"""scan's figures that count nothing (a number word of a compound adjective, telephone
numbers) and the period of a table from its caption."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desertcheck.authoring.scan import not_a_statistic
from desertcheck.authoring.table_period import in_table
from desertcheck.cli import app
from desertcheck.quantity import parse_quantities

from .conftest import cli_runner


def reasons(text: str) -> dict[str, str | None]:
    return {" ".join(q.text.split()): not_a_statistic(text, q) for q in parse_quantities(text)}


@pytest.mark.parametrize(
    ("text", "figure", "excluded"),
    [
        # a number word joined to a noun before another noun: a kind, not a count
        ("Average rent for a two-bedroom home was £1,085 a month.", "two", True),
        ("The council set out a three-year plan.", "three", True),
        ("Most were four-storey blocks of flats.", "four", True),
        ("A five-year-old boy was hurt.", "five", True),  # an age, said by the age rule
        # counts
        ("Two homes were sold.", "Two", False),
        ("It has two-thirds of the seats.", "two-thirds", False),
        ("There were two, both of them new.", "two", False),
        ("The plan ran for three years.", "three", False),
        ("Some twenty-odd soldiers fled.", "Some twenty", False),  # a figure said roughly
        ("Forty-ish cases were heard.", "Forty", False),
        ("It was a thirty-fold rise.", "thirty", False),  # a ratio
        # telephone numbers
        ("The force answered 92% of 999 calls within 10 seconds.", "999", True),
        ("The force answered 92% of 999 calls within 10 seconds.", "10", False),
        ("The force answered 92% of 999 calls within 10 seconds.", "92%", False),
        ("Residents should dial 999 in an emergency.", "999", True),
        ("Call NHS 111 for advice.", "111", True),
        ("Ring 101 to report it.", "101", True),
        ("A 911 call is free.", "911", True),
        ("Call 0800 123 4567 for help.", "0800", True),
        ("Call 0800 123 4567 for help.", "4567", True),
        ("Phone +44 20 7946 0958 to book.", "7946", True),
        # the same numbers as counts
        ("The centre took 999 calls in May.", "999", False),
        ("Complaints rose by 112 in 2024.", "112", False),
        ("The town had 101 shops.", "101", False),
        ("The population was 8,900,000 in 2024.", "8,900,000", False),
    ],
)
def test_what_counts_nothing(text: str, figure: str, excluded: bool) -> None:
    assert (reasons(text)[figure] is not None) == excluded


def test_the_reasons_say_what_the_number_is() -> None:
    assert reasons("a two-bedroom home")["two"] == (
        "a number word in a compound adjective (“two-bedroom home”): a kind, not a count"
    )
    assert reasons("92% of 999 calls")["999"] == (
        "the telephone number 999 (an emergency or service line), not a count"
    )


CAPTIONED = """Recorded offences by district, 2024

| District | Offences |
|---|---|
| Northgate | 7,210 |
"""


@pytest.mark.parametrize(
    ("text", "period"),
    [
        (CAPTIONED, "2024"),
        (CAPTIONED.replace("\n\n", "\n", 1), "2024"),  # no blank line
        (CAPTIONED.replace(", 2024", " in 2023 and 2024"), None),  # two periods: none sure
        (CAPTIONED.replace(", 2024", ""), None),  # no period: none
        ("## Offences, 2024\n\nText between.\n\n" + CAPTIONED.split("\n", 2)[2], None),
        # a header cell still wins
        (CAPTIONED.replace("| District | Offences |", "| District | 2023 |"), "2023"),
    ],
)
def test_a_table_takes_its_caption_s_period(text: str, period: str | None) -> None:
    at = text.index("7,210")
    found = in_table(text, at, "2025-03-14")
    assert (found.period if found else None) == period


SOURCE = """---
title: "Annual report 2024"
publisher: "Eastmoor Police Service"
language: "en"
published: "2025-03-14"
---
The force answered 92% of 999 calls within 10 seconds.

Average rent for a two-bedroom home was £1,085 a month.

Recorded offences by district, 2024

| District | Offences |
|---|---|
| Northgate | 7,210 |
"""


def test_scan_excludes_them_and_dates_the_table(tmp_path: Path) -> None:
    (tmp_path / "sources").mkdir()
    (tmp_path / "claims").mkdir()
    (tmp_path / "sources/report.md").write_text(SOURCE, "utf-8")
    runner = cli_runner()
    r = runner.invoke(app, ["scan", "report", "--format", "json", "--root", str(tmp_path)])
    figures = {f["text"]: f for f in json.loads(r.stdout)["figures"]}
    assert figures["999"]["status"] == "excluded"
    assert figures["two"]["status"] == "excluded"
    assert figures["92%"]["status"] == "missing"
    r = runner.invoke(app, ["scan", "report", "--stubs", "--root", str(tmp_path)])
    assert 'period: "2024"  # from the table\'s “Recorded offences by district, 2024”' in r.stdout
