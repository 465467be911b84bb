"""desertcheck.toml: each problem is reported at its own line, inside the right table."""

from __future__ import annotations

from pathlib import Path

import pytest

from desertcheck.config import load_config
from desertcheck.findings import Severity

# (desertcheck.toml, (line, fragment of the message) of each finding)
CASES = [
    ("[verify]\ntolerance = 0.2\n", []),
    (
        "[audit]\nmin-score = 50\n\n[verfy]\ntolerance = 0.2\n",
        [(4, "unknown table [verfy] (did you mean [verify]?)")],
    ),
    (
        "[reports]\nx = 1\n",
        [(1, "unknown table [reports]: use [verify], [claimreview], [audit] or [vocabulary]")],
    ),
    ("[verfy.severity]\ncontradiction = 'error'\n", [(1, "(did you mean [verify]?)")]),
    ("tolerance = 0.2\n[verify]\n", [(1, "tolerance is outside any table: put it under [verify]")]),
    (
        '[claimreview]\nauthor = "x"\ntolerance = 3\n\n[verify]\ntolerance = 2\n',
        [
            (6, "tolerance = 2: write a number between 0 and 1"),
            (3, "unknown key 'tolerance' in [claimreview]: use author and url"),
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
        [(4, """contradiction = 'fatal': write "error", "warning" or "info\"""")],
    ),
    (
        '[verify]\nseverity.contradiction = "fatal"\n',
        [(2, "contradiction = 'fatal'")],
    ),
    (
        '[verify]\nseverity = { contradiction = "fatal" }\n',
        [(2, "contradiction = 'fatal'")],
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
    assert (config.claimreview_author, config.claimreview_url) == ("Desk", "https://x")
    assert config.audit_min_score == 80


def test_no_config_file_gives_the_defaults(tmp_path: Path) -> None:
    from desertcheck.config import Config

    assert load_config(tmp_path) == (Config(), [])
