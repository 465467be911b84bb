"""What the user gives (numeric options, a draft that is an HTML page), answered in the
tool's words."""

from __future__ import annotations

import re

import pytest

from .test_cli import invoke


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["verify", "--jobs", "x"], "'x' is not a whole number: give 0 or more"),
        (["verify", "-j", "1.5"], "'1.5' is not a whole number: give 0 or more"),
        (["verify", "--jobs", "-1"], "-1 is out of range: give 0 or more"),
        (["audit", "-", "--min-score", "101"], "101 is out of range: give one from 0 to 100"),
        (["audit", "-", "--min-score", "many"], "'many' is not a number: give one from 0 to 100"),
        (["scan", "x.md", "--min-coverage", "nan"], "'nan' is not a number: give one from 0 to"),
        (["scan", "x.md", "--min-coverage", "-5"], "-5 is out of range: give one from 0 to 100"),
    ],
)
def test_a_bad_number_is_named_in_our_words(args: list[str], said: str) -> None:
    r = invoke(*args)
    assert r.exit_code == 2
    flat = " ".join(re.sub("[│╭╮╰╯─]", " ", r.stderr).split())  # typer's box may wrap it
    assert said in flat
    assert "pydantic" not in flat and "Input should be" not in flat


@pytest.mark.parametrize("jobs", ["0", "1", "2"])
def test_a_good_number_passes(jobs: str) -> None:
    r = invoke("verify", "--quiet", "--jobs", jobs)
    assert r.exit_code == 0, r.output


@pytest.mark.parametrize(
    ("text", "noted"),
    [
        ("<!DOCTYPE html>\n<html><body><p>Over 50,000 deserted.</p></body></html>\n", True),
        ("\ufeff  <html lang='en'><p>Over 50,000 soldiers deserted.</p></html>", True),
        ("Over 50,000 soldiers deserted. <b>Really.</b>\n", False),  # Markdown with a tag
        ("# The <html> element\n\nOver 50,000 soldiers deserted.\n", False),
    ],
)
def test_an_html_page_as_draft_gets_a_note(tmp_path, text: str, noted: bool) -> None:
    draft = tmp_path / "draft.html"
    draft.write_text(text, encoding="utf-8")
    r = invoke("audit", str(draft), "--quiet", "--no-cache")
    assert r.exit_code == 0, r.output
    assert ("is an HTML page: audit reads a draft as Markdown" in r.stderr) is noted
