"""What a new user meets first: a reused claim id, a claims file that does not load, the
order of a claim's findings, stubs counted as coverage, sorting by value."""

from __future__ import annotations

import json
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from desertcheck.cli import app
from desertcheck.findings import Severity
from desertcheck.registry import load_registry

from .conftest import FIXTURES, cli_runner

DUPLICATE = FIXTURES / "loader" / "duplicate-id"
ORIGINAL = "alpha-desertions-2024"  # claims/alpha.yaml:2; reused at claims/second.yaml:2
FIRST_USE = FIXTURES / "first-use"  # claims with several findings each, a reused id


def invoke(*args: str, width: int = 200) -> tuple[int, str, str]:
    r = cli_runner().invoke(app, list(args), env={"COLUMNS": str(width), "GITHUB_ACTIONS": ""})
    return r.exit_code, r.stdout, r.stderr


# -- a reused claim id ----------------------------------------------------------------------


def test_a_reused_id_is_found_at_the_reuse_and_names_the_first_use() -> None:
    findings = load_registry(DUPLICATE).findings
    (dup,) = [f for f in findings if f.code == "duplicate-id"]
    assert (dup.file, dup.line) == ("claims/second.yaml", 2)
    assert "already used at claims/alpha.yaml:2" in dup.message
    assert dup.claims == ()  # the entry that did not load is not the claim of that id


@pytest.mark.parametrize("width", [80, 200])
def test_verify_table_shows_the_reuse_and_not_the_original_as_failing(width: int) -> None:
    code, out, _ = invoke("verify", "--root", str(DUPLICATE), width=width)
    assert code == 1
    row = next(line for line in out.splitlines() if ORIGINAL in line and "soldiers" in line)
    assert "✓" in row and "✗" not in row
    assert "claims/second.yaml:2:5" in out
    assert "already used at claims/alpha.yaml:2" in " ".join(out.split())


@pytest.mark.parametrize("fmt", ["json", "junit", "sarif"])
def test_machine_formats_do_not_blame_the_original(fmt: str) -> None:
    code, out, _ = invoke("verify", "--root", str(DUPLICATE), "-f", fmt)
    assert code == 1
    if fmt == "json":
        data = json.loads(out)
        assert {c["id"]: c["status"] for c in data["claims"]} == {ORIGINAL: "verified"}
        (dup,) = [f for f in data["findings"] if f["code"] == "duplicate-id"]
        assert (dup["file"], dup["line"], dup["claims"]) == ("claims/second.yaml", 2, [])
    elif fmt == "junit":  # the failure is the file's, not the original claim's test case
        cases = {
            (c.get("classname"), c.get("name")): c for c in ET.fromstring(out).iter("testcase")
        }
        (original,) = [c for (_, name), c in cases.items() if name == ORIGINAL]
        assert len(original) == 0  # passes
        (reuse,) = [c for (file, _), c in cases.items() if file.endswith("second.yaml")]
        assert "[duplicate-id]" in ET.tostring(reuse, encoding="unicode")
    else:
        (dup,) = [r for r in json.loads(out)["runs"][0]["results"] if r["ruleId"] == "duplicate-id"]
        assert "properties" not in dup


def test_audit_does_not_call_the_original_failing_for_a_reuse(tmp_path: Path) -> None:
    root = tmp_path / "r"
    shutil.copytree(DUPLICATE, root)
    (root / "draft.md").write_text("Reports say more than 1,200 soldiers deserted in 2024.\n")
    _, out, _ = invoke("audit", str(root / "draft.md"), "--root", str(root), "-f", "json")
    (item,) = json.loads(out)["items"]
    assert item["status"] == "supported", item["message"]


def test_show_of_the_original_does_not_report_the_reuse_as_its_own(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(DUPLICATE)  # files named from here: the fixture's own name is not in them
    _, out, _ = invoke("show", ORIGINAL)
    assert "duplicate-id" not in out


# an entry that fails to load, before or after a valid claim of the same id
BROKEN_ENTRY = """  - id: alpha-desertions-2024
    statement: 300 cases were opened.
    value: [300]
    unit: cases
    measure: cases
    scope: army
    period: "2024"
    source: nowhere
    quote: A further 300 cases were opened.
"""


@pytest.mark.parametrize("file_name", ["second.yaml", "aaa.yaml"])  # read after, read before
def test_an_entry_that_fails_to_load_is_not_the_valid_claim_of_its_id(
    tmp_path: Path, file_name: str
) -> None:
    root = tmp_path / "r"
    shutil.copytree(DUPLICATE, root)
    (root / "claims" / "second.yaml").unlink()
    (root / "claims" / file_name).write_text("claims:\n" + BROKEN_ENTRY)
    result = load_registry(root)
    codes = {f.code for f in result.findings if f.file == f"claims/{file_name}"}
    assert {"invalid-field", "unknown-source"} <= codes
    assert all(f.claims == () for f in result.findings), result.findings
    assert [c.id for c in result.registry.claims] == [ORIGINAL]


# -- the order of a claim's findings in verify's table ---------------------------------------


@pytest.mark.parametrize("width", [60, 80, 200])
def test_a_claims_row_lists_every_finding_the_most_severe_first(width: int) -> None:
    code, out, _ = invoke("verify", "--root", str(FIRST_USE), width=width)
    assert code == 1
    assert "more)" not in out and "Other findings" not in out  # nothing sent elsewhere
    flat = " ".join(out.split())
    ghost = flat.split("ghost-claim", 1)[1].split("FAILED", 1)[0]
    order = ["unknown-source:", "statement-mismatch:"]  # the error first
    assert "quote-not-found:" not in ghost  # unknown-source says it: no second error
    assert [ghost.index(c) for c in order] == sorted(ghost.index(c) for c in order)
    stub = flat.split("bus-report-12-1-million", 1)[1].split("claims/manual.yaml", 1)[0]
    assert stub.count("placeholder:") == 3
    # the reused id: in its file's section, at its own place, naming the first use
    manual = flat.split("claims/manual.yaml", 1)[1]
    reuse = "claims/manual.yaml:12:5: error: claim id 'bus-report-nearly-10' is already used at"
    assert f"{reuse} claims/bus-report.yaml:13" in manual


W, E, INFO = Severity.WARNING, Severity.ERROR, Severity.INFO
# (findings as (code, severity, accepted), the order a row lists them)
ORDER_CASES = [
    ([("statement-mismatch", W, False), ("unknown-source", E, False)], [1, 0]),
    ([("quote-not-found", E, False), ("unknown-source", E, False)], [1, 0]),  # loader first
    ([("quote-not-found", E, True), ("statement-mismatch", W, False)], [1, 0]),  # accepted last
    ([("relation-qualified", INFO, False), ("contradiction", W, False)], [1, 0]),
    ([("placeholder", E, False), ("placeholder", E, False)], [0, 1]),  # file order kept
]


@pytest.mark.parametrize(("given", "order"), ORDER_CASES)
def test_worst_first(given: list[tuple[str, Severity, bool]], order: list[int]) -> None:
    from desertcheck.codes import lookup
    from desertcheck.findings import Accepted, Finding
    from desertcheck.reporters.verify_table import worst_first

    findings = [
        Finding(
            lookup(c),
            sev,
            f"m{i}",
            "claims/a.yaml",
            2,
            5,
            ("a",),
            Accepted("a", "ok") if acc else None,
        )
        for i, (c, sev, acc) in enumerate(given)
    ]
    assert worst_first(findings) == [findings[i] for i in order]


# -- a claims file that does not load, seen from the per-claim commands -----------------------

BAD_INDENT = """claims:
  - id: broken-claim
    statement: About 250 buses now run.
    value: 250
     qualifier: about
    unit: buses
    measure: fleet-size
    scope: city-buses
    period: "2024"
    source: ridership
    quote: "About 250 buses now run"
"""
WHY = "claims/broken.yaml:5:15: error:"
FINE = "bus-report-13-4-million-journeys"  # a claim of the registry with no finding


@pytest.fixture
def with_broken_file(tmp_path: Path) -> Path:
    root = tmp_path / "r"
    shutil.copytree(FIRST_USE, root)
    (root / "claims" / "broken.yaml").write_text(BAD_INDENT)
    return root


# (arguments, exit code, what stderr says); every command here names the file that failed
BROKEN_CASES = [
    (["show", "broken-claim"], 2, ["claims/broken.yaml:2 names it", WHY, "[yaml-syntax]"]),
    (["verify", "--claim", "broken-claim"], 2, ["claims/broken.yaml:2 names it", WHY]),
    (["show", "no-such-claim"], 2, ["claims/broken.yaml has an error", WHY]),
    (["show", FINE], 1, [WHY]),  # docs/exit-codes.md: show exits 1 on loader errors
    (["vocab"], 1, [WHY]),
    (["vocab", "-f", "json"], 1, [WHY]),
    (["scan"], 1, [WHY]),  # on stderr in the table format, as list and export do
    (["list"], 1, [WHY]),
    (["export", "-f", "json"], 1, [WHY]),
]


@pytest.mark.parametrize(("args", "code", "said"), BROKEN_CASES, ids=lambda v: str(v))
def test_commands_name_the_claims_file_that_did_not_load(
    with_broken_file: Path, args: list[str], code: int, said: list[str]
) -> None:
    got, out, err = invoke(*args, "--root", str(with_broken_file))
    assert got == code, err
    for text in said:
        assert text in err
    assert WHY not in out


def test_a_claim_whose_entry_did_not_load_is_named_with_its_problems(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    root = FIXTURES / "loader" / "two-problems"
    monkeypatch.chdir(root)
    code, _, err = invoke("show", "alpha-cases")
    assert code == 2
    assert "claim 'alpha-cases' did not load: claims/second.yaml:8:13: error:" in err
    assert "did you mean" not in err.splitlines()[0]  # it is no typo


@pytest.mark.parametrize("args", [["show", ORIGINAL], ["vocab"], ["scan"]])
def test_a_registry_that_loads_leaves_stderr_empty_and_exits_0(args: list[str]) -> None:
    code, _, err = invoke(*args, "--root", str(FIXTURES / "loader" / "valid"))
    assert (code, err) == (0, "")


# -- scan: stubs are not registered until filled ---------------------------------------------

FILLED = "    measure: bus-trips\n    scope: city-buses\n    period: '2023'\n"
STUB = (
    "    measure: todo\n    scope: todo\n    period: '2024-04-02'\n"
    '    note: "todo: the period is a guess"\n'
)
# (the fields of a claim that quotes "more than 13 million journeys", its figure's status)
STUB_CASES = [
    (STUB, "stub"),  # as scan --stubs writes it
    (
        STUB.replace("measure: todo", "measure: bus-trips").replace("scope: todo", "scope: c"),
        "stub",
    ),
    (FILLED + '    note: "todo: check the period"\n', "stub"),
    (FILLED.replace("bus-trips", "todo"), "stub"),
    (FILLED + "    statement: todo\n", "stub"),
    (FILLED, "registered"),
    (FILLED + '    note: "the transit office\'s count"\n', "registered"),
]


def _journeys_claim(fields: str, cid: str = "journeys") -> str:
    body = {
        "id": cid,
        "value": 13000000,
        "qualifier": "over",
        "unit": "journeys",
        "source": "ridership",
        "quote": "more than 13 million journeys",
    }
    lines = "".join(f"    {k}: {json.dumps(v)}\n" for k, v in body.items())
    if "statement:" not in fields:
        lines += "    statement: The buses carried more than 13 million journeys.\n"
    return "  - " + lines[4:] + fields


def _scan_registry(tmp_path: Path, *claims: str) -> dict[str, object]:
    root = tmp_path / "r"
    (root / "claims").mkdir(parents=True)
    (root / "sources").mkdir()
    shutil.copy(FIRST_USE / "sources" / "ridership.md", root / "sources")
    (root / "claims" / "c.yaml").write_text("claims:\n" + "".join(claims))
    code, out, err = invoke("scan", "-f", "json", "--root", str(root))
    assert code == 0, err
    data: dict[str, object] = json.loads(out)
    return data


@pytest.mark.parametrize(("fields", "status"), STUB_CASES)
def test_a_stub_registers_no_figure_until_filled(tmp_path: Path, fields: str, status: str) -> None:
    data = _scan_registry(tmp_path, _journeys_claim(fields))
    figures = {f["text"]: f for f in data["figures"]}  # type: ignore[attr-defined]
    assert figures["more than 13 million"]["status"] == status
    summary = data["summary"]
    assert summary["registered"] == (status == "registered")  # type: ignore[index]
    assert summary["stubs"] == (status == "stub")  # type: ignore[index]
    assert summary["coverage"] == (20.0 if status == "registered" else 0.0)  # type: ignore[index]


def test_a_figure_with_a_filled_claim_and_a_stub_is_registered(tmp_path: Path) -> None:
    data = _scan_registry(
        tmp_path, _journeys_claim(STUB, "stub-of-it"), _journeys_claim(FILLED, "filled")
    )
    (fig,) = [f for f in data["figures"] if f["text"] == "more than 13 million"]  # type: ignore[attr-defined]
    assert fig["status"] == "registered"


@pytest.mark.parametrize("width", [80, 200])
def test_scan_right_after_writing_stubs_counts_them_apart(tmp_path: Path, width: int) -> None:
    root = tmp_path / "r"
    (root / "claims").mkdir(parents=True)
    (root / "sources").mkdir()
    shutil.copy(FIRST_USE / "sources" / "ridership.md", root / "sources")
    assert invoke("scan", "--stubs", "--write", "--root", str(root))[0] == 0
    code, out, _ = invoke("scan", "--root", str(root), width=width)
    assert code == 0
    total = "total (1 source): 5 figures, 0 registered, 5 stubs to fill, 0 not registered"
    assert f"{total} (0% coverage)" in " ".join(out.split())  # folded at 80 columns
    assert out.count("stub to fill:") == 5
    code, out, _ = invoke("scan", "--min-coverage", "50", "--root", str(root))
    assert code == 1
    assert "fill the todo fields of the 5 stubs" in out
    assert "register the 0 missing" not in out


# -- the required fields a claim lacks: one finding names them all ----------------------------

LONELY = "  - id: lonely\n    source: alpha\n"
SEVEN = "'statement', 'value', 'unit', 'measure', 'scope', 'period', 'quote'"
# (the entry appended to claims/second.yaml of the valid fixture, the findings at it)
MISSING_CASES = [
    (LONELY, [("missing-field", f"claim 'lonely': missing required fields {SEVEN}")]),
    (
        LONELY.replace("source: alpha", "source: alpha\n    measure: m\n    quote: q"),
        [
            (
                "missing-field",
                "claim 'lonely': missing required fields 'statement', 'value', 'unit', "
                "'scope', 'period'",
            )
        ],
    ),
    (
        "  - id: lonely\n    statement: s\n    value: 1\n    unit: u\n    measure: m\n"
        "    scope: s\n    period: '2024'\n    source: alpha\n",
        [("missing-field", "claim 'lonely': missing required field 'quote'")],
    ),
    (  # a misspelt field is named with the one it was meant to be
        LONELY + "    quot: q\n",
        [
            ("missing-field", f"claim 'lonely': missing required fields {SEVEN}"),
            ("unknown-field", "claim 'lonely': unknown field 'quot' (did you mean 'quote'?)"),
        ],
    ),
]


@pytest.mark.parametrize(("entry", "expected"), MISSING_CASES)
def test_missing_fields_are_one_finding(
    tmp_path: Path, entry: str, expected: list[tuple[str, str]]
) -> None:
    root = tmp_path / "r"
    shutil.copytree(FIXTURES / "loader" / "valid", root)
    with (root / "claims" / "second.yaml").open("a") as fh:
        fh.write(entry)
    found = sorted((f.code.value, f.message) for f in load_registry(root).findings)
    assert found == expected


def test_diff_and_verify_give_one_line_for_the_missing_fields(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    root = tmp_path / "r"
    shutil.copytree(FIXTURES / "loader" / "valid", root)
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(tmp_path / "no-gitconfig"))
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    monkeypatch.delenv("DESERTCHECK_ROOT", raising=False)
    monkeypatch.chdir(root)
    who = ["-c", "user.name=T", "-c", "user.email=t@example.org"]
    for args in (["init", "-q"], ["add", "-A"], [*who, "commit", "-q", "-m", "registry"]):
        subprocess.run(["git", *args], cwd=root, check=True, capture_output=True)
    with (root / "claims" / "second.yaml").open("a") as fh:
        fh.write(LONELY)
    for args in (["diff"], ["verify", "--quiet"], ["verify"]):
        code, out, _ = invoke(*args)
        assert code == 1
        lines = [line for line in out.splitlines() if "missing required" in line]
        assert len(lines) == 1, out
        assert "claims/second.yaml:11:5" in lines[0] and SEVEN in lines[0]


# -- list --sort value: by unit, then by the value as shown --------------------------------------

# (id, value, unit): the order list --sort value gives them in
SORTED = [
    ("cases-few", 40, "cases"),
    ("cases-many", 1200, "cases"),
    ("pct-5", 5, "percent"),
    ("share-half", 0.5, "share"),  # shown as "half": 50 percent
    ("share-two-thirds", 0.667, "share"),  # shown as 66.7%
    ("pct-91", 91.2, "percent"),
    ("share-range", [0.2, 0.3], "share"),  # a range of shares is shown as it is stored
    ("soldiers-some", 3, "soldiers"),
]


def test_list_sorts_values_by_unit_then_as_shown(tmp_path: Path) -> None:
    root = tmp_path / "r"
    shutil.copytree(FIXTURES / "loader" / "valid", root)
    (root / "claims" / "second.yaml").unlink()
    entries = "".join(
        f"  - id: {cid}\n    statement: s\n    value: {json.dumps(value)}\n"
        f"    qualifier: {'between' if isinstance(value, list) else 'exactly'}\n"
        f"    unit: {unit}\n    measure: m-{cid}\n    scope: s\n    period: '2024'\n"
        "    source: alpha\n    quote: over 1,200 soldiers deserted in 2024\n"
        for cid, value, unit in reversed(SORTED)
    )
    (root / "claims" / "alpha.yaml").write_text("claims:\n" + entries)
    code, out, err = invoke("list", "--sort", "value", "-f", "json", "--root", str(root))
    assert code == 0, err
    assert [c["id"] for c in json.loads(out)["claims"]] == [cid for cid, _, _ in SORTED]
    code, out, _ = invoke("list", "--help", width=120)
    assert "by unit" in " ".join(out.split())


def test_show_lists_a_claims_findings_the_most_severe_first() -> None:
    code, out, _ = invoke("show", "ghost-claim", "--root", str(FIRST_USE))
    assert code == 1
    part = out.split("findings", 1)[1]
    order = ["error unknown-source", "warning statement-mismatch"]
    assert [part.index(c) for c in order] == sorted(part.index(c) for c in order)
    assert "quote-not-found" not in part
