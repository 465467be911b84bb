"""The command line as a user meets it: list, show, errors, exit codes, safe output."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from desertcheck import __version__
from desertcheck.cli import app

from .conftest import FIXTURES, PROJECT, cli_runner

VALID = str(FIXTURES / "loader" / "valid")


def invoke(*args: str, env: dict[str, str] | None = None):
    return cli_runner().invoke(app, list(args), env=env, catch_exceptions=False)


def test_version() -> None:
    r = invoke("--version")
    assert r.exit_code == 0 and r.stdout.strip() == f"desertcheck {__version__}"


def test_python_dash_m() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "desertcheck", "--version"], capture_output=True, text=True
    )
    assert out.returncode == 0 and __version__ in out.stdout


def test_every_command_has_help() -> None:
    for command in ("list", "show", "verify", "diff", "export", "audit"):
        r = invoke(command, "--help")
        assert r.exit_code == 0, command
        assert "--root" in r.stdout, command


def test_list_plain_in_a_pipe() -> None:
    r = invoke("list", "--root", VALID)
    assert r.exit_code == 0
    lines = r.stdout.splitlines()
    assert lines[0] == "id\tfigure\tmeasure\tscope\tperiod\tsource"
    assert lines[1] == "alpha-desertions-2024\tover 1,200 soldiers\tdesertions\tarmy\t2024\talpha"
    assert len(lines) == 3


def test_list_filters_sort_and_formats() -> None:
    r = invoke("list", "--root", VALID, "--measure", "cases", "--format", "json")
    data = json.loads(r.stdout)
    assert [c["id"] for c in data["claims"]] == ["alpha-cases"]
    assert data["claims"][0]["file"] == "claims/second.yaml"
    r = invoke("list", "--root", VALID, "--search", "DESERTED", "--format", "csv")
    rows = list(csv.reader(io.StringIO(r.stdout)))
    assert rows[0][0] == "id" and [row[0] for row in rows[1:]] == ["alpha-desertions-2024"]
    r = invoke("list", "--root", VALID, "--sort", "value")
    assert [ln.split("\t")[0] for ln in r.stdout.splitlines()[1:]] == [
        "alpha-cases",
        "alpha-desertions-2024",
    ]
    r = invoke("list", "--root", VALID, "--source", "nope")
    assert r.stdout.splitlines() == ["id\tfigure\tmeasure\tscope\tperiod\tsource"]


@pytest.mark.parametrize("command", ["list", "export"])
@pytest.mark.parametrize(
    ("given", "said"),
    [
        ("valeu", "'valeu' is not a sort key; did you mean 'value'?"),
        ("bogus", "'bogus' is not a sort key (use file, id, value, measure, scope, period or"),
    ],
)
def test_a_wrong_sort_key_is_named_in_the_tools_words(command: str, given: str, said: str) -> None:
    r = invoke(command, "--root", VALID, "--sort", given)
    assert r.exit_code == 2
    message = " ".join(re.sub("[│╭╮╰╯─]", " ", r.stderr).split())  # typer's box may wrap it
    assert said in message and "Value error" not in message


def test_list_reports_loader_findings_and_exits_1() -> None:
    r = invoke("list", "--root", str(FIXTURES / "loader" / "unknown-field"))
    assert r.exit_code == 1
    assert "alpha-desertions-2024" in r.stdout  # what loaded is still listed
    assert (
        "claims/second.yaml:6:5: error: claim 'alpha-cases': unknown field 'sorce' "
        "(did you mean 'source'?) [unknown-field]"
    ) in r.stderr


def test_no_registry_is_one_line_and_exit_2(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("DESERTCHECK_ROOT", raising=False)
    r = invoke("list")
    assert r.exit_code == 2
    assert r.stderr.count("\n") == 1
    assert "no claims/ folder in" in r.stderr and "--root" in r.stderr


def test_root_from_environment_and_from_parent(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    r = invoke("list", env={"DESERTCHECK_ROOT": VALID})
    assert r.exit_code == 0 and "alpha-cases" in r.stdout
    monkeypatch.delenv("DESERTCHECK_ROOT", raising=False)
    monkeypatch.chdir(Path(VALID) / "claims")
    assert "alpha-cases" in invoke("list").stdout
    assert "alpha-cases" in invoke("--root", VALID, "list").stdout


def test_show_claim_in_context(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(VALID)  # files are named from where the command runs
    r = invoke("show", "alpha-desertions-2024")
    assert r.exit_code == 0
    out = r.stdout
    assert "over 1,200 soldiers" in out
    assert "Alpha Press reports that »over 1,200 soldiers deserted in 2024«." in out
    assert "quote at sources/alpha.md:9:26" in out
    assert "alpha-origin — The primary alpha study (Alpha Institute, 2025-02)" in out
    assert "defined in  claims/alpha.yaml:2" in out
    assert "status      ✓ verified" in out
    assert not any(line != line.rstrip() for line in out.splitlines())  # no padding in a pipe


def test_show_relations(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(FIXTURES / "verify" / "relation-violated")
    r = invoke("show", "south")
    assert "districts-sum (sum)  claims/claims.yaml:" in r.stdout
    assert "    whole  total\n    parts  north\n           south  (this claim)\n" in r.stdout
    # what verify says of the claim, and the exit code that goes with it
    # at the relation, where its parts and whole are named (a user trial)
    assert "warning relation-violated  claims/claims.yaml:44:5" in r.stdout
    assert r.exit_code == 0


@pytest.mark.parametrize("columns", ["60", "80", "200"])
def test_show_in_a_pipe_never_cuts_the_quote_in_context(columns: str) -> None:
    # the context is longer than any of these widths: it was cut at the width, quote and all
    r = invoke("show", "euaa-frontelligence-desertions-total-dec-2024", env={"COLUMNS": columns})
    assert r.exit_code == 0, r.stderr
    assert "(nearly 22 580 cases »out of a total of 50 500«), followed by the Central" in r.stdout
    flat = " ".join(r.stdout.split())  # a finding's message is laid out at the width
    assert "relation frontelligence-district-sum holds only thanks to the qualifiers: " in flat


@pytest.mark.parametrize("columns", [None, "80"])
def test_show_in_a_pipe_lays_out_findings_at_the_width(columns: str | None) -> None:
    """Found in a user trial: `show ID | cat` printed a finding's message as one line of 844
    characters, though a pipe's output is laid out for 200 columns (or COLUMNS), quotes and
    urls apart."""
    width = int(columns or 200)
    r = invoke("show", "euaa-un-desertion-prosecutions-2024", env={"COLUMNS": columns or ""})
    assert r.exit_code == 0, r.stderr
    findings = r.stdout.split("\nfindings\n", 1)[1]
    assert "attribution-drift" in findings
    assert all(len(line) <= width for line in findings.splitlines()), findings
    assert len(findings.splitlines()) > 2  # the message, longer than 200, is on lines
    assert "novaya-gazeta-europe-un-report)" in findings


def test_show_never_breaks_a_url_in_a_terminal() -> None:
    """Found in a user trial: at 80 columns show folded the source's url at a hyphen."""
    r = invoke("show", "mt-proekt-awol-convictions-2021", env={"FORCE_COLOR": "1", "COLUMNS": "80"})
    assert r.exit_code == 0, r.stderr
    plain = re.sub(r"\x1b\[[0-9;]*m", "", r.stdout)
    url = (
        "https://www.themoscowtimes.com/2024/02/22/"
        "over-45k-russian-soldiers-convicted-of-desertion-since-invasion-proekt-a84212"
    )
    assert re.search(r"^  url {8}" + re.escape(url) + "$", plain, re.M), plain
    assert re.search(r"^  kind {7}news$", plain, re.M)  # the fields still in one column
    assert all(
        len(line) <= 80 for line in plain.splitlines() if url not in line and "»" not in line
    )


@pytest.mark.parametrize("columns", ["40", "60", "80"])
def test_show_in_a_pipe_never_cuts_a_relation(columns: str) -> None:
    # the relation's id, kind and file were one text of a group, cut at the width
    r = invoke("show", "nge-un-desertions-since-2022", env={"COLUMNS": columns})
    assert r.exit_code == 0, r.stderr
    assert re.search(
        r"^  nge-un-prosecuted-of-deserters \(part-of\)  "
        r"claims/novaya-gazeta-europe-un-report\.yaml:[0-9]+$",
        r.stdout,
        re.MULTILINE,
    ), r.stdout


def test_show_unknown_id_suggests() -> None:
    r = invoke("show", "alpha-case", "--root", VALID)
    assert r.exit_code == 2
    assert "did you mean 'alpha-cases'" in r.stderr


def test_show_highlights_quote_and_figure_in_a_terminal() -> None:
    r = invoke("show", "alpha-desertions-2024", "--root", VALID, env={"FORCE_COLOR": "1"})
    assert "\x1b[" in r.stdout  # styled
    assert "»" not in r.stdout


def test_registry_text_is_never_markup_or_control(tmp_path: Path) -> None:
    import shutil

    root = tmp_path / "r"
    shutil.copytree(VALID, root)
    p = root / "claims" / "second.yaml"
    p.write_text(
        p.read_text().replace(
            "statement: 300 cases were opened.",
            'statement: "[red]300[/red] cases \\e[2J\\u202e were opened."',
        )
    )
    for env in ({}, {"FORCE_COLOR": "1"}):
        r = invoke("show", "alpha-cases", "--root", str(root), env=env)
        assert "[red]300[/red]" in r.stdout
        assert "\x1b[2J" not in r.stdout and "\u202e" not in r.stdout
        r = invoke("list", "--root", str(root), "--search", "opened", env=env)
        assert "\x1b[2J" not in r.stdout


def test_internal_error_is_one_line_without_traceback() -> None:
    env = {**os.environ, "PYTHONPATH": str(PROJECT / "src")}
    code = (
        "import desertcheck.registry as r\n"
        "def boom(*a, **k): raise RuntimeError('kaboom')\n"
        "r.load_registry = boom\n"
        "import sys; sys.argv = ['desertcheck', 'list', '--root', sys.argv[1]]\n"
        "from desertcheck.cli import main; main()\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, VALID], capture_output=True, text=True, env=env
    )
    assert out.returncode == 3
    assert "Traceback" not in out.stderr
    assert "internal error: RuntimeError: kaboom" in out.stderr
    out = subprocess.run(
        [sys.executable, "-c", code.replace("'list'", "'--debug', 'list'"), VALID],
        capture_output=True,
        text=True,
        env=env,
    )
    assert "Traceback" in out.stderr


@pytest.mark.parametrize("command", ["list", "verify"])
def test_startup_does_not_import_heavy_modules(command: str) -> None:
    code = (
        "import sys\n"
        "from desertcheck import cli\n"
        "print(','.join(m for m in ('pydantic', 'rapidfuzz', 'desertcheck.quantity') "
        "if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0
    assert out.stdout.strip() == ""


def test_csv_to_a_terminal_carries_no_control_characters(tmp_path: Path) -> None:
    # found in a user trial: list -f csv sent a statement's ESC and BEL to the terminal
    import shutil

    root = tmp_path / "r"
    shutil.copytree(VALID, root)
    p = root / "claims" / "second.yaml"
    p.write_text(p.read_text().replace("300 cases were opened.", '"300 \\e[2J cases\\a"'))
    piped = invoke("list", "--root", str(root), "-f", "csv")
    assert "\x1b[2J" in piped.stdout  # a pipe gets the data exactly
    tty = invoke("list", "--root", str(root), "-f", "csv", env={"FORCE_COLOR": "1"})
    assert "\x1b" not in tty.stdout and "\a" not in tty.stdout


def test_show_a_claim_whose_source_did_not_load(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # found in a user trial: show said "see the findings below", showed none, and exited 0
    import shutil

    root = tmp_path / "r"
    shutil.copytree(VALID, root)
    (root / "sources" / "alpha.md").write_bytes("caf\xe9".encode("latin-1"))
    monkeypatch.chdir(root)
    r = invoke("show", "alpha-cases")
    assert r.exit_code == 1
    assert "status      ✗ error" in r.stdout
    assert "not loaded: its quote could not be checked" in r.stdout
    assert "error not-utf8  sources/alpha.md:1:4" in r.stdout
    assert "1 claim quotes it (alpha-cases), not checked until it loads" in r.stdout


def test_a_filter_that_matches_nothing_is_noted() -> None:
    # found in a user trial: an unused slug gave an empty list and no word why
    r = invoke("list", "--root", VALID, "--measure", "war-deaths", "--source", "alpha")
    assert r.exit_code == 0
    assert r.stdout.splitlines() == ["id\tfigure\tmeasure\tscope\tperiod\tsource"]
    assert "note: no claim has measure 'war-deaths'" in r.stderr
    assert "source" not in r.stderr


@pytest.mark.parametrize("command", ["list", "export"])
def test_a_mistyped_filter_is_an_error(command: str) -> None:
    # found in a user trial: "--measure desertionz" printed an empty table (an empty CSV in
    # a script) and exit 0, with only a note on stderr
    r = invoke(command, "--root", VALID, "--measure", "desertion", "-f", "csv")
    assert r.exit_code == 2
    assert r.stdout == ""
    assert "error: no claim has measure 'desertion'; did you mean 'desertions'?" in r.stderr


def test_a_closed_stdout_is_one_line() -> None:
    # found in a review: a closed stdout or a full disk ended in "internal error"
    code = "import sys; sys.stdout = None; sys.argv = ['desertcheck', '--version']\n"
    code += "from desertcheck.cli import main; main()\n"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 2
    assert "standard output is closed" in out.stderr and "Traceback" not in out.stderr


def test_a_full_disk_is_one_line() -> None:
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full on this system")
    with open("/dev/full", "w") as full:
        out = subprocess.run(
            [sys.executable, "-m", "desertcheck", "verify", "--root", VALID, "-f", "json"],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
        )
    assert out.returncode == 2
    assert "No space left on device" in out.stderr and "Traceback" not in out.stderr


@pytest.mark.parametrize(
    ("command", "usage"),
    [
        (["init"], "[DIR]"),
        (["schema"], "[KIND]"),
        (["scan"], "[SOURCE]..."),
        (["fingerprint"], "[SOURCE]..."),
        (["diff"], "[BASE] [HEAD]"),
    ],
)
def test_an_optional_arguments_usage_is_bracketed_once(command: list[str], usage: str) -> None:
    """Typer from 0.29 brackets an optional argument's name itself; before, as given."""
    r = invoke(*command, "-h")
    line = next(ln for ln in r.stdout.splitlines() if "Usage:" in ln)
    assert line.split()[-len(usage.split()) :] == usage.split()
    assert "[[" not in line and "]]" not in line


@pytest.mark.parametrize(
    ("line", "columns", "expected"),
    [
        ("short line", 80, "short line"),
        ("a " * 50, None, "a " * 50),  # not a terminal: one line
        ("aaa bbb ccc", 20, "aaa bbb ccc"),
        ("word " * 10 + "x" * 30, 20,
         "word word word word\n  word word word\n  word word word\n  " + "x" * 30),
        # a path or url is never cut, nor broken at a hyphen
        ("see https://example.org/a-b-c-d-e-f-g-h-i-j-k-l-m-n now", 20,
         "see\n  https://example.org/a-b-c-d-e-f-g-h-i-j-k-l-m-n\n  now"),
    ],
)  # fmt: skip
def test_stderr_lines_fold_at_spaces(line: str, columns: int | None, expected: str) -> None:
    from desertcheck.stderr import fold

    assert fold(line, columns) == expected


def test_loader_errors_fit_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """Found in a user trial: on an 80-column terminal a loader error was one line of 273
    characters on stderr."""
    import desertcheck.stderr

    root = str(FIXTURES / "loader" / "unknown-field")
    wide = invoke("list", "--root", root)
    assert wide.exit_code == 1 and any(len(line) > 80 for line in wide.stderr.splitlines())
    monkeypatch.setattr(desertcheck.stderr, "width", lambda: 80)
    r = invoke("list", "--root", root)
    assert r.exit_code == 1
    assert all(len(line) <= 80 for line in r.stderr.splitlines()), r.stderr
    assert " ".join(r.stderr.split()) == " ".join(wide.stderr.split())  # the same words


@pytest.mark.parametrize("width", ["60", "72", "80"])
def test_list_in_a_narrow_terminal_never_ends_a_line_with_a_separator(width: str) -> None:
    """Found in a user trial: at 80 columns a claim's line ended in "·", its item below."""
    r = invoke("list", env={"FORCE_COLOR": "1", "COLUMNS": width})
    assert r.exit_code == 0, r.stderr
    plain = re.sub(r"\x1b\[[0-9;]*m", "", r.stdout)
    lines = plain.splitlines()
    assert len(lines) > 63 * 2  # one claim to a few lines: the narrow layout
    assert not [line for line in lines if line.rstrip().endswith("·")]
    assert "\u00a0" not in plain
