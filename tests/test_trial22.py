"""Found by a new maintainer extending and mending the shipped registry at 80 columns: each
test is one friction met, as it would have caught it."""

from __future__ import annotations

import difflib
import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from desertcheck.cli import app

from .conftest import PROJECT, cli_runner


def _shipped_copy(tmp_path: Path) -> Path:
    root = tmp_path / "reg"
    for part in ("claims", "sources"):
        shutil.copytree(PROJECT / part, root / part)
    shutil.copy(PROJECT / "desertcheck.toml", root / "desertcheck.toml")
    return root


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_bytes().decode("utf-8")
    assert old in text, (path, old)
    path.write_bytes(text.replace(old, new, 1).encode("utf-8"))


def test_report_of_a_claim_whose_source_did_not_load(tmp_path: Path) -> None:
    """It stopped with an internal error (KeyError in the charts' colours) where every
    other command said what was wrong: the page is written, with the error, exit 1."""
    pytest.importorskip("jinja2")
    pytest.importorskip("vl_convert")
    root = _shipped_copy(tmp_path)
    claims = root / "claims" / "novaya-gazeta-europe-un-report.yaml"
    _edit(claims, "source: novaya-gazeta-europe-un-report", "source: nge-un-report-2025")
    out = tmp_path / "r.html"
    r = cli_runner().invoke(app, ["report", "--root", str(root), "-o", str(out)])
    assert r.exit_code == 1, r.stderr
    assert "internal error" not in r.stderr
    assert "nge-un-report-2025" in out.read_text(encoding="utf-8")


@pytest.mark.parametrize("damage", ["duplicate key", "utf-16"])
def test_an_unreadable_origins_file_is_told_once(tmp_path: Path, damage: str) -> None:
    """A duplicate key or a UTF-16 origins.yaml came last of 67 errors, after 66
    `unknown-origin` errors saying that origins it holds were not in it."""
    root = _shipped_copy(tmp_path)
    origins = root / "sources" / "origins.yaml"
    if damage == "duplicate key":
        _edit(origins, '  publisher: "Proekt"\n', '  publisher: "Proekt"\n  title: "Again"\n')
    else:
        origins.write_bytes(origins.read_text(encoding="utf-8").encode("utf-16"))
    r = cli_runner().invoke(app, ["verify", "--root", str(root), "--format", "json"])
    assert r.exit_code == 1
    errors = [f for f in json.loads(r.stdout)["findings"] if f["severity"] == "error"]
    assert [f["file"] for f in errors] == ["sources/origins.yaml"], errors


def test_add_claim_keeps_a_windows_claims_file_s_line_ends(tmp_path: Path) -> None:
    """A claims file saved with CRLF line ends came back all LF after one `add claim`: 219
    lines added and 208 removed in git for one claim."""
    root = _shipped_copy(tmp_path)
    path = root / "claims" / "moscow-times-proekt-2024.yaml"
    before = path.read_bytes().replace(b"\n", b"\r\n")
    path.write_bytes(before)
    args = ["add", "claim", "--source", "moscow-times-proekt-2024", "--again", "--id", "mt-crlf"]
    args += ["--quote", "with 4,373 soldiers convicted during wartime", "--measure", "awol"]
    args += ["--scope", "russian-armed-forces", "--period", "2022-02-24/2024-02-22"]
    r = cli_runner().invoke(app, [*args, "--root", str(root)])
    assert r.exit_code == 0, r.stderr
    after = path.read_bytes()
    assert b"mt-crlf" in after and after.count(b"\n") == after.count(b"\r\n")
    old, new = (b.decode().splitlines(keepends=True) for b in (before, after))
    assert not [line for line in difflib.ndiff(old, new) if line.startswith("- ")]


def test_init_keeps_a_windows_gitignore_s_line_ends(tmp_path: Path) -> None:
    """`init` in a folder with a .gitignore adds the cache's line to it: every line came
    back LF when it had CRLF ends, as `add claim` did to a claims file."""
    (tmp_path / ".gitignore").write_bytes(b"*.pyc\r\nbuild/\r\n")
    r = cli_runner().invoke(app, ["init", str(tmp_path)])
    assert r.exit_code == 0, r.stderr
    assert (tmp_path / ".gitignore").read_bytes() == b"*.pyc\r\nbuild/\r\n.desertcheck-cache/\r\n"


@pytest.mark.parametrize(
    ("period", "running"),
    [
        ("2022/2025-09-15", True),
        # found in the trial: the invasion's day, as the shipped registry writes it, lost it
        ("2022-02-24/2025-09-15", True),
        ("2022-02/2025-09-15", True),
        ("2023-01-01/2025-09-15", False),  # another start: no longer "since 2022"
        ("2024", False),
    ],
)
def test_add_claim_keeps_a_running_total_from_a_day_of_its_year(
    tmp_path: Path, period: str, running: bool
) -> None:
    """`--period 2022-02-24/…` for a quote "since … in 2022" dropped `cumulative: true`
    without a word, which `--period 2022/…` kept."""
    root = _shipped_copy(tmp_path)
    quote = (
        "Over 50,000 soldiers have deserted the Russian army since the start of the "
        "country’s full-scale invasion of Ukraine in 2022"
    )
    args = ["add", "claim", "--source", "novaya-gazeta-europe-un-report", "--again"]
    args += ["--id", "nge-again", "--quote", quote, "--measure", "desertions"]
    args += ["--scope", "russian-armed-forces", "--period", period, "--root", str(root)]
    r = cli_runner().invoke(app, args)
    assert r.exit_code in (0, 1), r.stderr
    text = (root / "claims" / "novaya-gazeta-europe-un-report.yaml").read_text(encoding="utf-8")
    added = text.split("id: nge-again", 1)[1].split("\n  - id:", 1)[0]
    assert ("cumulative: true" in added) is running, added


def test_scan_says_a_claims_file_did_not_load_before_its_tables(tmp_path: Path) -> None:
    """A tab in a claims file: scan listed its 14 figures as not registered, and the error
    that explains it came after all of them."""
    root = _shipped_copy(tmp_path)
    path = root / "claims" / "moscow-times-proekt-2024.yaml"
    _edit(path, "\n    value: 4373", "\n\tvalue: 4373")
    r = cli_runner().invoke(app, ["scan", "--missing", "--root", str(root)])
    assert r.exit_code == 1
    assert "claims/moscow-times-proekt-2024.yaml:" in r.stderr
    assert "did not load are not counted" in r.stderr
    # in a terminal both streams interleave: the error must come before the first table
    assert "not registered" in r.stdout


def test_a_utf16_desertcheck_toml_is_named_for_what_it_is(tmp_path: Path) -> None:
    """A claims file or source saved as UTF-16 is named so, with the fix; desertcheck.toml
    got only "not UTF-8 text"."""
    root = _shipped_copy(tmp_path)
    config = root / "desertcheck.toml"
    config.write_bytes(config.read_text(encoding="utf-8").encode("utf-16"))
    r = cli_runner().invoke(app, ["verify", "--root", str(root), "--format", "json"])
    said = [f for f in json.loads(r.stdout)["findings"] if f["code"] == "invalid-config"]
    assert [f["message"].split(" (until")[0] for f in said] == [
        "the file is UTF-16 text, not UTF-8 (its byte-order mark ff fe opens it); save it as UTF-8"
    ]


def test_a_statement_left_with_a_corrected_figure_is_one_finding(tmp_path: Path) -> None:
    """After a correction (18,159 made 18,169 in the source, the quote and the value), a
    statement still giving 18,159 got two `statement-mismatch` lines for the one stale
    figure: "also states '18,159'…" and "does not give the value 18,169"."""
    root = _shipped_copy(tmp_path)
    _edit(root / "sources" / "islamabad-report-mediazona-2025.md", "18,159 cases", "18,169 cases")
    claims = root / "claims" / "islamabad-report-mediazona-2025.yaml"
    _edit(claims, "a total of 18,159 cases, fall", "a total of 18,169 cases, fall")
    _edit(claims, "value: 18159", "value: 18169")
    r = cli_runner().invoke(app, ["verify", "--root", str(root), "--format", "json"])
    said = [
        f["message"]
        for f in json.loads(r.stdout)["findings"]
        if f["code"] == "statement-mismatch" and f["claims"] == ["isl-mediazona-awol-cases"]
    ]
    assert len(said) == 1, said
    assert "states '18,159', not the value 18,169 cases" in said[0]


def _renamed_diff(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, settings: Callable[[str], str]
) -> Any:
    """`diff HEAD~1 HEAD --strict --format json` of a commit to the shipped registry that
    renames a source (its file and every claim's `source:`) and edits desertcheck.toml with
    ``settings`` (given the old and the new id's text)."""
    import subprocess

    from .conftest import isolated_git, shipped_in_git

    isolated_git(monkeypatch, tmp_path)
    root = shipped_in_git(tmp_path)
    (root / "sources" / f"{OLD_ID}.md").rename(root / "sources" / f"{NEW_ID}.md")
    for path in (root / "claims").glob("*.yaml"):
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace(f"source: {OLD_ID}", f"source: {NEW_ID}"), encoding="utf-8")
    config = root / "desertcheck.toml"
    config.write_text(settings(config.read_text(encoding="utf-8")), encoding="utf-8")
    for args in (("add", "-A"), ("commit", "-qm", "rename")):
        subprocess.run(["git", "-C", str(root), *args], capture_output=True, check=True)
    return cli_runner().invoke(
        app, ["diff", "HEAD~1", "HEAD", "--strict", "--format", "json", "--root", str(root)]
    )


OLD_ID, NEW_ID = "moscow-times-proekt-2024", "mt-proekt-2024"


def test_a_source_renamed_as_the_docs_say_passes_diff_strict(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A rename done as docs/maintaining.md says (the file, every claim's `source:`, the
    exclusions' `source =`) listed the base's exclusions as "silenced by desertcheck.toml"
    warnings, telling the maintainer to do what was done, and failed `diff --strict`."""
    r = _renamed_diff(
        tmp_path,
        monkeypatch,
        lambda text: text.replace(f'source = "{OLD_ID}"', f'source = "{NEW_ID}"'),
    )
    assert r.exit_code == 0, r.stdout + r.stderr
    assert json.loads(r.stdout)["findings"]["silenced"] == []


def test_diff_of_one_exclusion_removed_names_that_one() -> None:
    """Removing one [[scan.exclude]] printed the whole list, old and new: 3,000 characters
    on one line for one entry gone."""
    from desertcheck.diff.settings import SettingChange
    from desertcheck.reporters.diff_notes import setting_words

    kept = [{"source": f"s{i}", "quote": f"q{i}", "reason": "r"} for i in range(9)]
    gone = {"source": "mt", "quote": "over the past two years", "reason": "a span"}
    what, where = setting_words(SettingChange("scan.exclude", [*kept, gone], kept, 28))
    assert what == (
        'scan.exclude: − {source = "mt", quote = "over the past two years", '
        'reason = "a span"} (9 kept)'
    )
    assert where == "desertcheck.toml:28"
    what, _ = setting_words(SettingChange("verify.ignore", ["a"], ["a", "b"], 3))
    assert what == 'verify.ignore: + "b" (1 kept)'


def test_a_footnote_reference_after_a_full_stop_ends_the_sentence(tmp_path: Path) -> None:
    """`add claim` of the EUAA's "over 25 000 soldiers" noted that its statement "also
    states 'nearly 13 800', 'nearly 7 780'…": figures of the sentence before, which ends
    ".^{[960](#)}", read as one sentence with it."""
    root = _shipped_copy(tmp_path)
    quote = "Ukraine’s military intelligence service reported that over 25 000 soldiers"
    args = ["add", "claim", "--source", "euaa-desertion-punishments", "--again", "--id", "x"]
    args += ["--quote", quote, "--measure", "desertions", "--scope", "russian-central-md"]
    args += ["--period", "2024-11/2025-07", "--root", str(root)]
    r = cli_runner().invoke(app, args)
    assert r.exit_code in (0, 1), r.stderr
    assert "13 800" not in r.stderr and "13 800" not in r.stdout


def test_a_claim_that_did_not_load_is_not_said_unregistered(tmp_path: Path) -> None:
    """`period: "2024–2025"` (an en dash) got its error, and three `unused-exclusion`
    warnings too, saying the claim the exclusions name "is not registered" (it is there)
    and suggesting another claim's id."""
    root = _shipped_copy(tmp_path)
    claims = root / "claims" / "novaya-gazeta-europe-un-report.yaml"
    _edit(claims, 'period: "2022-02-24/2025-09-15"', 'period: "2024–2025"')
    r = cli_runner().invoke(app, ["verify", "--root", str(root), "--format", "json"])
    codes = [f["code"] for f in json.loads(r.stdout)["findings"]]
    assert "invalid-period" in codes and "unused-exclusion" not in codes, codes


def _period_findings(root: Path) -> dict[str, str]:
    r = cli_runner().invoke(app, ["verify", "--root", str(root), "--format", "json"])
    return {
        f["claims"][0]: f["message"]
        for f in json.loads(r.stdout)["findings"]
        if f["code"] == "period-mismatch"
    }


def _set_period(root: Path, file: str, claim: str, period: str) -> None:
    path = root / "claims" / file
    text = path.read_text(encoding="utf-8")
    at = text.index(f"id: {claim}\n")
    start = text.index("period:", at)
    end = text.index("\n", start)
    path.write_text(text[:start] + f'period: "{period}"' + text[end:], encoding="utf-8")


@pytest.mark.parametrize(
    ("file", "claim", "period", "said"),
    [
        # found in the trial: a period wider than the quote's passed as verified
        (
            "islamabad-report-mediazona-2025.yaml",
            "isl-mediazona-verdicts-april-2025",
            "2025",
            "the period 2025 is wider than the one its quote gives the figure: 'April 2025' "
            "is 2025-04; set period: 2025-04",
        ),
        (
            "novaya-gazeta-europe-un-report.yaml",
            "nge-un-desertion-convictions-2024",
            "2022/2025",
            "the period 2022/2025 is wider than the one its quote gives the figure: '2024'",
        ),
        (
            "novaya-gazeta-europe-un-report.yaml",
            "nge-un-desertion-convictions-2024",
            "2024-03",
            "the period 2024-03 is narrower than the one its quote gives the figure: '2024'",
        ),
        # as the registry has them: the quote's period
        ("islamabad-report-mediazona-2025.yaml", "isl-mediazona-verdicts-april-2025", "", None),
        ("novaya-gazeta-europe-un-report.yaml", "nge-un-desertion-convictions-2024", "", None),
    ],
)
def test_a_period_wider_or_narrower_than_the_quote_s(
    tmp_path: Path, file: str, claim: str, period: str, said: str | None
) -> None:
    root = _shipped_copy(tmp_path)
    if period:
        _set_period(root, file, claim, period)
    found = _period_findings(root)
    if said is None:
        assert found == {}
    else:
        assert list(found) == [claim] and found[claim].startswith(said), found


def test_a_span_the_reading_takes_in_part_is_no_period_mismatch() -> None:
    """ "Between 2024 and mid-2025" is read as "2024" by the period reader: one end of a
    span, not a date of the whole figure, so the claim's 2024-01/2025-06 stands."""
    from desertcheck.checks.period_mismatch import _dated_in, _where

    def dated_in(quote: str, words: str) -> bool:
        return _dated_in(quote, _where(quote, words))

    quote = "Between 2024 and mid-2025, at least 912 people faced prosecution"
    assert not dated_in(quote, "2024")
    assert dated_in("In April 2025 alone, courts issued 848 verdicts", "April 2025")
    assert dated_in("convicted in 2024 alone", "2024")
    assert not dated_in("the report of 2024", "2024")
    assert not dated_in("the report of 2024", "April 2025")


def test_an_exclusion_left_stale_and_ignored_is_still_silenced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The other side of the rename above: a change that renames a source, leaves the
    exclusions naming the old id, and adds `ignore = ["unused-exclusion"]` hides what the
    base's settings still report: listed as silenced, it fails `--strict`."""
    r = _renamed_diff(
        tmp_path, monkeypatch, lambda text: '[verify]\nignore = ["unused-exclusion"]\n\n' + text
    )
    silenced = json.loads(r.stdout)["findings"]["silenced"]
    assert r.exit_code == 1 and {f["code"] for f in silenced} == {"unused-exclusion"}
