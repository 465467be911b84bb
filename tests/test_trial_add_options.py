"""``add claim`` and ``add source`` refuse a bad option before writing anything: exit 2, a
message naming the option, what is wrong and how to write it, every file unchanged."""

from __future__ import annotations

from pathlib import Path

import pytest

from desertcheck.cli import app

from .conftest import cli_runner, one_source

SOURCE = """---
title: "Eastmoor Council approves its 2025/26 budget"
publisher: "Eastmoor Borough Council"
language: "en"
published: "2025-02-27"
---
Council tax will rise by 4.99%, the maximum allowed without a referendum.

The council will spend £14.6 million on children's homes in 2025/26.
"""

CLAIMS = """# kept as written
claims:
  - id: tax-rise
    statement: "Council tax will rise by 4.99%."
    value: 4.99
    unit: percent
    measure: council-tax-rise
    scope: eastmoor
    period: "2025-04/2026-03"
    source: budget
    quote: "Council tax will rise by 4.99%"
"""

ORIGINS = """council-budget-book:
  title: "Budget book 2025/26"
"""


def run(*args: str) -> tuple[int, str, str]:
    r = cli_runner().invoke(app, list(args))
    return r.exit_code, r.stdout, r.stderr


@pytest.fixture
def root(tmp_path: Path) -> Path:
    one_source(tmp_path, SOURCE)
    (tmp_path / "sources/origins.yaml").write_text(ORIGINS, "utf-8")
    (tmp_path / "claims/budget.yaml").write_text(CLAIMS, "utf-8")
    return tmp_path


def snapshot(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in root.rglob("*") if p.is_file()}


GOOD = {
    "--quote": "spend £14.6 million on children's homes",
    "--measure": "childrens-homes-spending",
    "--scope": "eastmoor",
    "--period": "2025-04/2026-03",
}


def claim_args(root: Path, **changed: str) -> list[str]:
    options = {**GOOD, **{"--" + k.replace("_", "-"): v for k, v in changed.items()}}
    args = ["add", "claim", "--source", "budget", "--root", str(root)]
    for name, value in options.items():
        args += [name, value]
    return args


@pytest.mark.parametrize(
    ("option", "value", "said"),
    [
        ("period", "2025/26", "--period '2025/26' is not written as a date or span"),
        ("period", "2025/26", "2025-04/2026-03 for a UK financial year (April to March)"),
        ("period", "FY2025-26", "2025-04/2026-03 (the UK financial year, April to March)"),
        ("period", "2025-13", "--period '2025-13' is not a real date"),
        ("period", "2026/2025", "--period '2026/2025' ends before it starts"),
        ("period", "spring 2025", "--period 'spring 2025' is not a date: write YYYY"),
        ("id", "Tax_Rise", "--id 'Tax_Rise' is not an id: use lowercase letters"),
        ("id", "todo", "--id 'todo' is not an id"),
        ("measure", "Children's homes", "like --measure children-s-homes"),
        ("scope", "", "--scope '' is not an id"),
        ("qualifier", "roughly", "--qualifier 'roughly': use one of exactly, about"),
        ("qualifier", "between", "qualifier between needs a range: value: [low, high]"),
        ("unit", " ", "--unit: give some text; it must not be empty"),
        ("statement", "", "--statement: give some text"),
        ("value", "nan", "--value nan: give the figure as a number"),
        ("origin", "council-budget-bok", "did you mean 'council-budget-book'?"),
        ("origin", "Budget Book", "--origin 'Budget Book' is not an id"),
        ("tag", "Social Care", "--tag 'Social Care' is not an id"),
        ("file", "elsewhere/x.yaml", "--file elsewhere/x.yaml: give a file under claims/"),
        ("file", "claims/x.yml", "a claims file ends with .yaml"),
    ],
)
def test_a_refused_option_writes_nothing(root: Path, option: str, value: str, said: str) -> None:
    before = snapshot(root)
    code, out, err = run(*claim_args(root, **{option: value}))
    assert code == 2, out + err
    assert said in " ".join(err.split()), err
    assert "nothing was written" in err or "--file" in err
    assert snapshot(root) == before


def test_all_bad_options_are_said_at_once(root: Path) -> None:
    code, _, err = run(*claim_args(root, period="2025/26", qualifier="roughly", tag="A B"))
    assert code == 2
    assert "--period" in err and "--qualifier" in err and "--tag" in err


def test_a_retry_after_a_refused_period_leaves_a_registry_that_verifies(root: Path) -> None:
    assert run(*claim_args(root, period="2025/26"))[0] == 2
    code, out, err = run(*claim_args(root, period="2025-04/2026-03"))
    assert code == 0, out + err
    code, out, err = run("verify", "--root", str(root))
    assert code == 0, out + err
    assert "2 claims" in out


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["--published", "2025/26"], "--published '2025/26' is not a date"),
        (["--published", "27/02/2025"], "did you mean 2025-02-27?"),
        (["--id", "Budget_2025"], "--id 'Budget_2025' is not an id"),
        (["--title", " "], "--title: give some text"),
        (["--author", ""], "--author: give some text"),
        (["--url", " "], "--url: give some text"),
        (["--cites", "Budget Book"], "--cites 'Budget Book' is not an id"),
    ],
)
def test_add_source_refuses_a_bad_option_first(
    root: Path, tmp_path: Path, args: list[str], said: str
) -> None:
    doc = tmp_path / "release.txt"
    doc.write_text("Council tax will rise by 4.99%.\n", "utf-8")
    before = snapshot(root)
    code, _, err = run(
        "add", "source", str(doc), "--publisher", "P", "--language", "en", "--title", "T",
        *args, "--root", str(root),
    )  # fmt: skip
    assert code == 2
    assert said in err
    assert snapshot(root) == before
