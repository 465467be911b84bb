"""Numeric options answer a bad value in the tool's words, whatever typer's version."""

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
