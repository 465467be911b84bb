"""desertcheck.toml: each problem is reported at its own line, inside the right table."""

from __future__ import annotations

from pathlib import Path

import pytest

from desertcheck.config import load_config
from desertcheck.findings import Severity

from .timebound import within

# (desertcheck.toml, (line, fragment of the message) of each finding)
CASES = [
    ("[verify]\ntolerance = 0.2\n", []),
    (
        "[audit]\nmin-score = 50\n\n[verfy]\ntolerance = 0.2\n",
        [(4, "unknown table [verfy] (did you mean [verify]?)")],
    ),
    (
        "[reports]\nx = 1\n",
        [(1, "unknown table [reports]: use [verify], [claimreview], [audit], [vocabulary] or")],
    ),
    ("[verfy.severity]\ncontradiction = 'error'\n", [(1, "(did you mean [verify]?)")]),
    ("tolerance = 0.2\n[verify]\n", [(1, "tolerance is outside any table: put it under [verify]")]),
    (
        '[claimreview]\nauthor = "x"\ntolerance = 3\n\n[verify]\ntolerance = 2\n',
        [
            (6, "tolerance = 2: write a number between 0 and 1"),
            (3, "unknown key 'tolerance' in [claimreview]: use author, url and author-url"),
        ],
    ),
    (
        '[verify]\nignore = ["contradiction"]\n\n[verify.severity]\nseries-decrese = "error"\n',
        [(5, "unknown code 'series-decrese' in [verify.severity]; did you mean 'series-decrease'")],
    ),
    (
        '[verify]\ntolerance = 0.1\nignore = [\n  "contradiction",\n  "series-decrese",\n]\n',
        [(5, "unknown code 'series-decrese' in ignore; did you mean 'series-decrease'?")],
    ),
    (
        '[verify]\nignore = []\n[verify.severity]\ncontradiction = "fatal"\n',
        [(4, """contradiction = "fatal": write "error", "warning" or "info\"""")],
    ),
    (
        '[verify]\nseverity.contradiction = "fatal"\n',
        [(2, 'contradiction = "fatal"')],
    ),
    (
        '[verify]\nseverity = { contradiction = "fatal" }\n',
        [(2, 'contradiction = "fatal"')],
    ),
    (
        "[audit]\ncontradiction = 1\n[verify]\ntolerence = 0.2\n",
        [
            (4, "unknown key 'tolerence' in [verify] (did you mean 'tolerance'?)"),
            (2, "unknown key 'contradiction' in [audit]: use min-score"),
        ],
    ),
    (
        '[verify]\n[verify.severity]\ncontradiction = "error"\n[audit]\nmin-score = 101\n',
        [(5, "min-score: write a number from 0 to 100")],
    ),
    ('[verify]\nseverity = "error"\n', [(2, "severity: write a table [verify.severity]")]),
    ('[verify]\nignore = "contradiction"\n', [(2, 'ignore: write a list of codes, like ["')]),
    ("[verify]\ntolerance = \n", [(2, "not valid TOML")]),
    # a TOML syntax error says what the line lacks, not only where the parser stopped
    (
        '[claimreview]\nauthor = "Fact Desk"\nurl = "https://example.org/\n',
        [(3, 'not valid TOML: a string opened with " is not closed on this line: end it with "')],
    ),
    ("[claimreview]\nauthor = 'Fact Desk\n", [(2, "a string opened with ' is not closed")]),
    # a multi-line string before it leaves nothing open: the line named is the one that does
    (
        "[claimreview]\nnote = '''\nWritten by the 'desk'\n'''\nauthor = 'Fact Desk\n",
        [(5, "a string opened with ' is not closed")],
    ),
    ('[verify]\nignore = ["series-decrease"\n', [(2, "a list opened with [ is not closed")]),
    ("[claimreview]\nauthor = Fact Desk\n", [(2, 'put text in quotes ("…")')]),
    ("[verify]\n[verify]\n", [(2, "the table [verify] is declared twice")]),
]


@pytest.mark.parametrize(("toml", "expected"), CASES)
def test_config_findings(tmp_path: Path, toml: str, expected: list[tuple[int, str]]) -> None:
    (tmp_path / "desertcheck.toml").write_text(toml, encoding="utf-8")
    _, findings = load_config(tmp_path)
    got = [(f.line, f.message) for f in findings]
    assert len(got) == len(expected), got
    for (line, message), (want_line, fragment) in zip(got, expected, strict=True):
        assert line == want_line, got
        assert fragment in message, got
    assert all(f.code == "invalid-config" and f.file == "desertcheck.toml" for f in findings)


def test_valid_config_is_read(tmp_path: Path) -> None:
    (tmp_path / "desertcheck.toml").write_text(
        '[verify]\ntolerance = 0.2\nignore = ["contradiction"]\n\n[verify.severity]\n'
        'qualifier-mismatch = "error"\n\n[claimreview]\nauthor = "Desk"\nurl = "https://x"\n\n'
        "[audit]\nmin-score = 80\n"
    )
    config, findings = load_config(tmp_path)
    assert findings == []
    assert config.tolerance == 0.2
    assert config.ignore == {"contradiction"}
    assert config.severity == {"qualifier-mismatch": Severity.ERROR}
    assert (config.claimreview_author, config.claimreview_url) == ("Desk", "https://x/")
    assert config.audit_min_score == 80


def test_no_config_file_gives_the_defaults(tmp_path: Path) -> None:
    from desertcheck.config import Config

    assert load_config(tmp_path) == (Config(), [])


def _findings(tmp_path: Path, toml: str) -> list[tuple[int, str]]:
    (tmp_path / "desertcheck.toml").write_text(toml, encoding="utf-8")
    _, findings = load_config(tmp_path)
    assert all(f.code == "invalid-config" and f.file == "desertcheck.toml" for f in findings)
    return [(f.line, f.message) for f in findings]


DEEP = 100_000


@pytest.mark.parametrize(
    ("toml", "line", "fragment"),
    [
        ("a = " + "[" * DEEP + "]" * DEEP + "\n", 1, "nested more than 32 levels deep"),
        ("a = " + "{b=" * DEEP + "1" + "}" * DEEP + "\n", 1, "nested more than 32 levels deep"),
        # brackets in strings and comments do not count
        (
            '[verify]\nx = "[[[[{{{{"\n# [[[[[[[[\ny = """\n[[[[\n"""\nz = '
            + "[" * DEEP
            + "]" * DEEP
            + "\n",
            7,
            "nested more than 32 levels deep",
        ),
        # a table made by a dotted key thousands deep
        ("[verify]\n\ntolerance." + "a." * 3000 + "b = 1\n", 3, "tolerance = {'a': {'a':"),
        ("[verify.severity]\ncontradiction." + "a." * 3000 + "b = 1\n", 2, "contradiction = {"),
        # more digits than Python reads into an int
        ("[verify]\ntolerance = " + "1" * 5000 + "\n", 2, "a number of more than"),
        ("[verify]\ntolerance = 0.1\n\n[audit]\nmin-score = 1_" + "0" * 5000 + "\n", 5, "a number"),
    ],
)
def test_a_config_too_deep_or_too_long_is_a_finding(
    tmp_path: Path, toml: str, line: int, fragment: str
) -> None:
    ((got_line, message),) = _findings(tmp_path, toml)
    assert got_line == line
    assert fragment in message
    assert len(message) < 200


def test_a_key_made_a_table_by_a_dotted_key_is_found_at_its_line(tmp_path: Path) -> None:
    assert _findings(tmp_path, "[verify]\n\ntolerance.x = 1\n") == [
        (3, "tolerance = {'x': 1}: write a number between 0 and 1, like 0.1")
    ]


# 100 KB files that the line finder used to take minutes over (backtracking patterns, and
# a scan of every line for every finding): (file, (line, start of message) of the first
# finding, number of findings, number of lines they are at)
BIG = 100_000
PATHOLOGICAL = [
    ('x = """\n[' + " " * BIG + '\n"""\n', (1, "x is outside any table"), 1, 1),
    ('x = """\n' + ("[" + " " * 400 + "\n") * (BIG // 402) + '"""\n', (1, "x is outside"), 1, 1),
    ('x = """\na' + " " * BIG + 'x\n"""\n', (1, "x is outside any table"), 1, 1),
    (
        "[verify]\n" + "".join(f"k{i} = 1\n" for i in range(BIG // 10)),
        (2, "unknown key 'k0' in [verify]"),
        BIG // 10,
        BIG // 10,
    ),
    (
        "[verify]\nignore = [\n" + "".join(f'  "c{i}",\n' for i in range(BIG // 10)) + "]\n",
        (3, "unknown code 'c0' in ignore"),
        BIG // 10,
        BIG // 10,
    ),
    (
        "[verify]\nseverity = { " + ", ".join(f'c{i} = "error"' for i in range(BIG // 16)) + " }\n",
        (2, "unknown code 'c0' in [verify.severity]"),
        BIG // 16,
        1,
    ),
    ("".join(f"[t{i}]\n" for i in range(BIG // 8)), (1, "unknown table [t0]"), BIG // 8, BIG // 8),
]


@pytest.mark.parametrize(("toml", "first", "count", "lines"), PATHOLOGICAL)
def test_a_big_config_is_read_in_linear_time(
    tmp_path: Path, toml: str, first: tuple[int, str], count: int, lines: int
) -> None:
    with within(10):
        got = _findings(tmp_path, toml)
    assert (got[0][0], got[0][1][: len(first[1])]) == first
    assert len(got) == count
    assert len({line for line, _ in got}) == lines


# a key or a table set twice: what is named, and the line given (the one to fix)
TWICE = [
    (
        '[vocabulary.measures]\ndesertions = "a"\nother = "b"\ndesertions = "c"\n',
        4,
        "'desertions' is set twice in [vocabulary.measures] (lines 2 and 4): keep one",
    ),
    (
        '[verify.severity]\ncontradiction = "error"\ncontradiction = "info"\n',
        3,
        "'contradiction' is set twice in [verify.severity] (lines 2 and 3)",
    ),
    ("tolerance = 1\ntolerance = 2\n", 2, "'tolerance' is set twice (lines 1 and 2)"),
    (
        '[[scan.exclude]]\nsource = "a"\n[[scan.exclude]]\nsource = "b"\nsource = "c"\n',
        5,
        "'source' is set twice in [[scan.exclude]] (lines 4 and 5)",
    ),
    # [table] written for [[table]]: named at its own line, whichever comes first
    (
        '# exclusions\n[scan.exclude]\nsource = "a"\n\n[[scan.exclude]]\nsource = "b"\n',
        2,
        "[scan.exclude] at line 2 is one table, but [[scan.exclude]] at line 5 makes a list",
    ),
    (
        '[[scan.exclude]]\nsource = "a"\n\n[scan.exclude]\nsource = "b"\n',
        4,
        "[scan.exclude] at line 4 is one table, but [[scan.exclude]] at line 1 makes a list",
    ),
    # what cannot be told keeps the general words
    ('[verify]\nseverity = "x"\n[verify.severity]\na = "b"\n', 3, "a key is set twice"),
]


@pytest.mark.parametrize(("toml", "line", "fragment"), TWICE)
def test_what_is_set_twice_is_named_at_the_line_to_fix(
    tmp_path: Path, toml: str, line: int, fragment: str
) -> None:
    ((got_line, message),) = _findings(tmp_path, toml)
    assert (got_line, fragment in message) == (line, True), message


@pytest.mark.parametrize(
    ("toml", "line", "fragment"),
    [
        (
            "[verify]\ntolerance = 0,05\n",
            2,
            "not valid TOML: write a decimal point, not a comma: tolerance = 0.05",
        ),
        (
            "[audit]\nmin-score = 47,5  # the desk's bar\n",
            2,
            "write a decimal point, not a comma: min-score = 47.5",
        ),
        ("[verify]\ntolerance = 0.05 0.1\n", 2, "a value ends its line"),
        ("[verify] tolerance = 0.1\n", 1, "a table's header ends its line"),
    ],
)
def test_a_value_with_more_after_it_is_explained(
    tmp_path: Path, toml: str, line: int, fragment: str
) -> None:
    ((got_line, message),) = _findings(tmp_path, toml)
    assert (got_line, fragment in message) == (line, True), message
    assert "column" not in message
