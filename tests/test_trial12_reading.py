"""audit as an editor met it on social copy and explainers: a thread's post counters, struck
out text and a listicle's heading are no figures; a figure in bold is shown once, as
written, in every format."""

from __future__ import annotations

import json

import pytest

from desertcheck.cli import app
from desertcheck.draft import blank

from .conftest import PROJECT, cli_runner
from .test_audit import auditor


def figures(text: str) -> list[str]:
    return [" ".join(it.figure.text.split()) for it in auditor().audit(text, "d.md")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a thread's post counters: "(2/11)" is no share, "2/" no count
        ("(2/11) That is nearly 10% of troops deployed to Ukraine.", ["nearly 10%"]),
        ("[2/11] That is nearly 10% of troops deployed to Ukraine.", ["nearly 10%"]),
        ("2/ That is nearly 10% of troops deployed to Ukraine.", ["nearly 10%"]),
        ("**2/** That is nearly 10% of troops deployed to Ukraine.", ["nearly 10%"]),
        ("> (3/11) Over 50,000 soldiers have deserted since 2022.", ["Over 50,000"]),
        # not at a line's start, or a share of its own: read as before
        ("Over 50,000 soldiers deserted (1/11 of the force).", ["Over 50,000", "1/11"]),
        # struck-out text is a visible correction, no longer said
        ("Desertion: up to ~15~ **10** years in prison.", ["up to 10"]),
        ("Desertion: up to ~~15~~ 10 years in prison.", ["up to 10"]),
        # a tilde as "about" is kept, two of them too
        ("Courts hear ~700 to ~800 cases a month.", ["~700", "~800"]),
        ("About ~16,000 soldiers were prosecuted since 2022.", ["~16,000"]),
        # a listicle's count of its own parts, opening its heading or line
        ("## 5 things to know about Russian desertion", []),
        ("Three reasons soldiers desert, and 50,000 who did.", ["50,000"]),
        # found in review: tildes as "about" on one line are no struck-out text ...
        (
            "Since 2022, ~90,000 Russian soldiers (~10% of those deployed) have deserted.",
            ["~90,000", "~10%"],
        ),
        ("Courts hear ~700–~800 cases a month.", ["~700", "~800"]),
        ("Courts hear **~700** to **~800** cases a month.", ["~700", "~800"]),
        ("Courts hear ~15~20 cases a day.", ["~15", "~20"]),
        # ... a fraction a sentence goes on from is no post counter ...
        ("* (3/4) of trials end in a conviction.", ["3/4"]),
        # ... a word of a listicle's that may be a count counts inside a sentence ...
        ("Recruits got only 10 lessons of training.", ["10"]),
        ("## 5 lessons from the courts", []),
        # ... and a one-character control sequence is blanked as ESC[ is
        ("\u009b2J Over 50,000 soldiers deserted since 2022.", ["Over 50,000"]),
    ],
)
def test_what_an_editor_reads_as_a_figure(text: str, expected: list[str]) -> None:
    assert figures(text) == expected


def test_blanking_keeps_every_offset() -> None:
    text = "(2/11) up to ~15~ **10** years\n2/ over ~~5~~ 6\n"
    assert len(blank(text)) == len(text)
    assert blank(text).count("\n") == text.count("\n")


DRAFT = (
    "Desertion is punishable by up to **15** years.\n\n"
    "Courts convicted over **13,500** soldiers in 2024.\n"
)


def run(tmp_path, *args: str) -> str:  # type: ignore[no-untyped-def]
    path = tmp_path / "bold.md"
    path.write_text(DRAFT, "utf-8")
    result = cli_runner().invoke(app, ["audit", "--root", str(PROJECT), str(path), *args])
    return result.stdout


def test_a_figure_in_bold_is_shown_once_in_the_table(tmp_path) -> None:  # type: ignore[no-untyped-def]
    out = run(tmp_path)
    assert "punishable by up to 15 years." in out
    assert "over 13,500 soldiers in 2024." in out
    assert "1515" not in out and "13,50000" not in out


@pytest.mark.parametrize("fmt", ["json", "markdown", "github"])
def test_a_figure_in_bold_reads_as_written_in_machine_formats(tmp_path, fmt: str) -> None:  # type: ignore[no-untyped-def]
    out = run(tmp_path, "--format", fmt)
    assert "up to   15" not in out and "over   13,500" not in out
    if fmt == "json":
        texts = [it["value"]["text"] for it in json.loads(out)["items"]]
        assert texts == ["up to 15", "over 13,500"]


@pytest.mark.parametrize(
    ("after", "years", "expected"),
    [
        (" years since 2023.", 10, True),  # would end in 2033: a penalty since 2023
        (" years since December 2023", 10, True),
        (" years since 9 December 2023", 12, True),
        (" years since December 9, 2023", 12, True),
        (" years since Dec. 2023", 12, True),
        (" years since 12/2023", 12, True),
        (" years since May", 12, False),
        (" years since 2025", 15, True),
        (" years since 2022", 3, False),  # "it has been three years since 2022"
        (" years since 2016", 10, False),  # ten years have gone by
        (" years since the 2022 amendments", 10, False),  # no year right after "since"
        (" years ago", 10, False),
    ],
)
def test_a_span_since_a_year_that_cannot_have_elapsed(
    after: str, years: int, expected: bool
) -> None:
    import datetime

    from desertcheck.audit.elapsed import not_elapsed
    from desertcheck.quantity import Quantity

    q = Quantity(years, years, "exactly", "years", 0, 2, str(years))
    assert not_elapsed(after, q, datetime.date(2026, 12, 1)) is expected


def test_a_penalty_since_a_year_is_a_figure_and_a_span_is_not() -> None:
    # the fifteen years would end in 2040: a penalty in force since 2025, checked
    assert figures("For desertion, 15 years since 2025.") == ["15"]
    assert figures("It has been three years since 2022.") == []


def test_a_share_read_as_a_count_names_the_share_claim_with_its_value() -> None:
    # the claim keeps two thirds as 0.667; the draft's "66.7 defendants" has its value
    (item,) = auditor().audit(
        "Prosecutors sought exemption from liability for 66.7 defendants in Ukrainian trials.",
        "d.md",
    )
    assert item.status == "unsourced"
    assert "isl-ukraine-exemption-requests-share-of-trials has that value (66.7%)" in (item.message)


def test_a_saved_audit_is_not_replayed_in_another_year() -> None:
    """Found in review: whether "5 years since 2022" is a figure depends on the year, so a
    report saved in one year must not answer in the next."""
    import datetime

    from desertcheck.cli.run_audit import _key

    key = _key("table", [], [], None, False, False, False)
    assert key[-1] == datetime.date.today().year
