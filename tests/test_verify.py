"""verify: each check has a fixture registry with a failing and a passing claim, and every
output format reports it."""

from __future__ import annotations

import json
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

from desertcheck.checks import BY_CODE, CHECKS
from desertcheck.cli import app

from .conftest import FIXTURES, cli_runner, one_source
from .timebound import within

VERIFY = FIXTURES / "verify"

# check code -> (claims it must flag, as one finding; claims it must leave alone)
CASES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "quote-not-found": (("broken-quote",), ("desertions",)),
    "value-not-in-quote": (("wrong-value",), ("desertions",)),
    "qualifier-mismatch": (("wrong-qualifier",), ("desertions",)),
    "statement-mismatch": (("share-overstated",), ("share-ok",)),
    "contradiction": (("desertions", "desertions-other"), ("convictions", "convictions-again")),
    "attribution-drift": (
        ("prosecutions-since-2022", "prosecutions-2024"),
        ("convictions-2024",),
    ),
    "series-decrease": (("desertions", "desertions-later"), ("desertions-dec-2024",)),
    "relation-violated": (("total", "north", "south", "east"), ()),
    "relation-qualified": (("total", "north", "south"), ("range",)),
    "placeholder": (("stub-convictions",), ("desertions", "prosecutions")),
    "vocabulary-near-duplicate": (("ministry-area", "independent-area"), ("calls",)),
    "vocabulary-undeclared": (("calls",), ("ministry-area",)),
    "unit-split": (("council-posts", "gazette-jobs"), ("council-posts-2024",)),
    "period-mismatch": (("verdicts-wrong-year",), ("verdicts", "max-penalty", "nine-before")),
    "duplicate-claim": (("convictions-copy", "convictions"), ("paper-convictions",)),
}
# checks of a source: (the source file the finding is about, claims it names, claims left alone)
SOURCE_CASES: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "source-modified": ("sources/report.md", ("desertions",), ("convictions",)),
    "source-unfingerprinted": ("sources/report.md", (), ("desertions", "convictions")),
    "language-unread": ("sources/report.md", (), ("desertions", "convictions")),
    "url-not-web": ("sources/report.md", (), ("desertions", "convictions")),
}
FORMATS = ["table", "json", "github", "sarif", "junit"]


def run(*args: str) -> tuple[int, str]:
    result = cli_runner().invoke(app, ["verify", *args], catch_exceptions=False)
    return result.exit_code, result.stdout


def test_every_check_has_a_fixture() -> None:
    assert {*CASES, *SOURCE_CASES} == set(BY_CODE)
    assert {p.name for p in VERIFY.iterdir()} == set(BY_CODE)


@pytest.mark.parametrize("code", list(SOURCE_CASES))
def test_source_check_flags_the_source_and_its_claims(code: str) -> None:
    file, flagged, clean = SOURCE_CASES[code]
    exit_code, out = run("--root", str(VERIFY / code), "--format", "json")
    data = json.loads(out)
    (mine,) = [f for f in data["findings"] if f["code"] == code]
    assert (mine["file"], tuple(mine["claims"])) == (file, flagged)
    assert mine["severity"] == BY_CODE[code].code.severity.value and mine["line"] > 0
    assert not {c for f in data["findings"] for c in f["claims"]} & set(clean)
    assert exit_code == (1 if BY_CODE[code].code.severity.value == "error" else 0)
    status = {c["id"]: c["status"] for c in data["claims"]}
    assert all(status[cid] == "verified" for cid in clean)
    assert all(status[cid] == "error" for cid in flagged)


@pytest.mark.parametrize("code", list(CASES))
def test_check_flags_the_failing_claim_only(code: str) -> None:
    flagged, clean = CASES[code]
    exit_code, out = run("--root", str(VERIFY / code), "--format", "json")
    data = json.loads(out)
    mine = [f for f in data["findings"] if f["code"] == code]
    assert [tuple(f["claims"]) for f in mine] == [flagged]
    assert mine[0]["severity"] == BY_CODE[code].code.severity.value
    assert mine[0]["line"] > 0 and mine[0]["file"] == "claims/claims.yaml"
    named = {c for f in data["findings"] for c in f["claims"]}
    assert not named & set(clean)
    assert exit_code == (1 if BY_CODE[code].code.severity.value == "error" else 0)
    status = {c["id"]: c["status"] for c in data["claims"]}
    for cid in clean:
        assert status[cid] == "verified"


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("code", list(CASES))
def test_every_format_reports_the_finding(code: str, fmt: str) -> None:
    flagged, _ = CASES[code]
    exit_code, out = run("--root", str(VERIFY / code), "--format", fmt)
    assert exit_code == (1 if BY_CODE[code].code.severity.value == "error" else 0)
    if fmt == "table":
        assert code in out
        assert all(cid in out for cid in flagged)
        assert "claims in 2 sources" in out.splitlines()[-1]
    elif fmt == "json":
        assert code in {f["code"] for f in json.loads(out)["findings"]}
    elif fmt == "github":
        level = {"error": "error", "warning": "warning", "info": "notice"}[
            BY_CODE[code].code.severity.value
        ]
        lines = [ln for ln in out.splitlines() if f"title=desertcheck {code}" in ln]
        assert len(lines) == 1
        assert lines[0].startswith(f"::{level} file=")
        assert ",line=" in lines[0]
    elif fmt == "sarif":
        doc = json.loads(out)
        assert doc["version"] == "2.1.0"
        driver = doc["runs"][0]["tool"]["driver"]
        assert driver["name"] == "desertcheck"
        results = [r for r in doc["runs"][0]["results"] if r["ruleId"] == code]
        assert len(results) == 1
        r = results[0]
        assert r["level"] in ("error", "warning", "note")
        assert driver["rules"][r["ruleIndex"]]["id"] == code
        loc = r["locations"][0]["physicalLocation"]
        assert loc["artifactLocation"]["uri"].endswith("claims/claims.yaml")
        assert loc["region"]["startLine"] >= 1
    else:
        root = ET.fromstring(out)
        assert root.tag == "testsuites"
        text = ET.tostring(root, encoding="unicode")
        assert code in text
        failures = int(root.get("failures", "0"))
        assert failures == (1 if BY_CODE[code].code.severity.value == "error" else 0)


def test_quote_not_found_gives_closest_passage_and_diff() -> None:
    _, out = run("--root", str(VERIFY / "quote-not-found"), "--format", "json")
    (finding,) = [f for f in json.loads(out)["findings"] if f["code"] == "quote-not-found"]
    msg = finding["message"]
    assert "closest passage at sources/report.md:10" in msg
    assert "% similar" in msg
    # which side is which, said once (found in a user trial)
    assert "diff, [-quote-]{+source+}: " in msg and "[-charged-]{+prosecuted+}" in msg


@pytest.mark.parametrize(
    ("quote", "told"),
    [
        ("Some 16,000 ... since 2022", True),
        ("Some 16,000 … since 2022", True),
        ("Some 16,000 [. . .] since 2022", True),
        ("Some 16,000 have been charged since 2022", False),
    ],
)
def test_a_quote_with_an_ellipsis_is_told_a_quote_is_unbroken(
    tmp_path: Path, quote: str, told: bool
) -> None:
    root = tmp_path / "r"
    shutil.copytree(VERIFY / "quote-not-found", root)
    claims = next((root / "claims").glob("*.yaml"))
    text = claims.read_text(encoding="utf-8")
    claims.write_text(text.replace("Some 16,000 have been charged since 2022", quote), "utf-8")
    _, out = run("--root", str(root), "--format", "json")
    (finding,) = [f for f in json.loads(out)["findings"] if f["code"] == "quote-not-found"]
    assert ("cannot leave words out with an ellipsis" in finding["message"]) is told


def test_json_claims_carry_status_and_quote_line() -> None:
    _, out = run("--root", str(VERIFY / "quote-not-found"), "--format", "json")
    data = json.loads(out)
    assert set(data) == {"schema", "summary", "findings", "claims"}
    assert set(data["summary"]) == {
        "claims",
        "claims_files_not_loaded",
        "sources",
        "errors",
        "warnings",
        "infos",
        "accepted",
    }
    claims = {c["id"]: c for c in data["claims"]}
    assert claims["desertions"] == {"id": "desertions", "status": "verified", "quote_line": 8}
    assert claims["broken-quote"] == {"id": "broken-quote", "status": "error", "quote_line": None}

    for f in data["findings"]:
        assert set(f) == {
            *("code", "severity", "message", "file", "line", "column", "claims"),
            *("status", "accepted"),
        }


def test_quote_line_is_the_file_line_of_the_quote_after_other_line_breaks(tmp_path: Path) -> None:
    # "\r\n", a line separator and a form feed before the quote: a line is what ends at
    # "\n", for the quote's line as for every other line the report gives
    body = "Intro.\r\nA line\u2028on.\x0c\nMore text.\n\nIn 2024, courts heard 7,012 cases.\n"
    root = one_source(
        tmp_path / "r", f"---\ntitle: T\npublisher: P\nlanguage: en\n---\n{body}", "src"
    )
    (root / "claims" / "c.yaml").write_text(
        "claims:\n"
        "- id: heard\n"
        "  statement: Courts heard 7,012 cases in 2024.\n"
        "  value: 7012\n"
        "  unit: cases\n"
        "  measure: cases\n"
        "  scope: all\n"
        "  period: 2024\n"
        "  source: src\n"
        "  quote: In 2024, courts heard 7,012 cases.\n",
        "utf-8",
    )
    _, out = run("--root", str(root), "--format", "json", "--jobs", "1")
    (claim,) = json.loads(out)["claims"]
    text = (root / "sources" / "src.md").read_bytes().decode()
    assert claim["quote_line"] == text[: text.index("In 2024")].count("\n") + 1 == 10


def test_strict_fails_on_warnings() -> None:
    root = str(VERIFY / "contradiction")
    assert run("--root", root)[0] == 0
    assert run("--root", root, "--strict")[0] == 1


def test_select_and_ignore() -> None:
    root = str(VERIFY / "value-not-in-quote")
    assert run("--root", root, "--ignore", "value-not-in-quote")[0] == 0
    code, out = run("--root", root, "--select", "qualifier-mismatch,contradiction", "-f", "json")
    assert code == 0 and json.loads(out)["findings"] == []
    code, out = run("--root", root, "--select", "no-such-check")
    assert code == 2


def test_claim_selection_is_still_checked_against_the_rest() -> None:
    root = str(VERIFY / "contradiction")
    _, out = run("--root", root, "--claim", "desertions-other", "-f", "json")
    data = json.loads(out)
    assert [c["id"] for c in data["claims"]] == ["desertions-other"]
    assert [f["code"] for f in data["findings"]] == ["contradiction"]
    _, out = run("--root", root, "--claim", "convictions", "-f", "json")
    assert json.loads(out)["findings"] == []


def test_unknown_claim_is_a_usage_error() -> None:
    result = cli_runner().invoke(
        app, ["verify", "--root", str(VERIFY / "contradiction"), "--claim", "desertion"]
    )
    assert result.exit_code == 2
    assert "did you mean 'desertions'" in result.stderr


def test_config_changes_severity_tolerance_and_ignores(tmp_path: Path) -> None:
    root = tmp_path / "r"
    shutil.copytree(VERIFY / "contradiction", root)
    (root / "desertcheck.toml").write_text('[verify.severity]\ncontradiction = "error"\n')
    assert run("--root", str(root))[0] == 1
    (root / "desertcheck.toml").write_text('[verify]\nignore = ["contradiction"]\n')
    assert run("--root", str(root))[0] == 0
    (root / "desertcheck.toml").write_text("[verify]\ntolerance = 2\n")
    code, out = run("--root", str(root), "-f", "json")
    (bad,) = [f for f in json.loads(out)["findings"] if f["code"] == "invalid-config"]
    assert (bad["file"], bad["line"]) == ("desertcheck.toml", 2)
    assert code == 1


def test_wider_tolerance_resolves_a_near_contradiction(tmp_path: Path) -> None:
    # "about 50,000" and 56,000 for the same quantity and period: apart at t=0.1 (the
    # default), together with tolerance = 0.2 in desertcheck.toml
    claims = "".join(
        CLAIM.format(statement=st, value=v, qualifier=q, unit="soldiers", quote=qt).replace(
            "id: c", f"id: {cid}"
        )
        for cid, v, q, st, qt in (
            ("a", 50000, "about", "About 50,000 deserted.", "about 50,000 soldiers deserted"),
            ("b", 56000, "exactly", "56,000 deserted.", "56,000 soldiers deserted"),
        )
    )
    root = _one_claim_registry(
        tmp_path, "In all, about 50,000 soldiers deserted; later, 56,000 soldiers deserted.", claims
    )

    def contradictions() -> list[list[str]]:
        _, out = run("--root", str(root), "-f", "json")
        return [f["claims"] for f in json.loads(out)["findings"] if f["code"] == "contradiction"]

    assert contradictions() == [["a", "b"]]
    (root / "desertcheck.toml").write_text("[verify]\ntolerance = 0.2\n")
    assert contradictions() == []


def test_github_format_is_default_under_actions(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    _, out = run("--root", str(VERIFY / "contradiction"))
    assert out.startswith("::warning file=")


HOSTILE = "::error::pwned\n\x1b[31m[bold]red[/bold]%0A\u202e"


def test_registry_text_cannot_inject(tmp_path: Path) -> None:
    root = tmp_path / "r"
    shutil.copytree(VERIFY / "value-not-in-quote", root)
    path = root / "claims" / "claims.yaml"
    path.write_text(
        path.read_text().replace(
            "unit: soldiers\n    measure: desertions-b",
            f"unit: {json.dumps(HOSTILE)}\n    measure: desertions-b",
        )
    )
    for fmt in FORMATS:
        _, out = run("--root", str(root), "--format", fmt)
        assert "\x1b" not in out and "\u202e" not in out
        if fmt == "github":
            # workflow commands are read only at the start of a line: every such line is
            # one of ours, and the registry's newline never starts a new one
            for line in out.splitlines():
                assert not line.startswith("::") or "title=desertcheck " in line
            assert not any(ln.startswith("::error::pwned") for ln in out.splitlines())
            assert "%250A" in out  # a literal %0A in the text cannot become a newline
        if fmt == "table":
            assert "[bold]" in out  # shown literally, never interpreted as markup
        if fmt == "junit":
            ET.fromstring(out)


def test_checks_document_themselves() -> None:
    for check in CHECKS:
        assert check.code.doc.strip(), check.code
        assert check.kind in ("claim", "registry")


def test_claims_of_a_source_that_did_not_load_are_never_verified(tmp_path: Path) -> None:
    # found in a user trial: a source saved as Latin-1 left its claims "verified"
    root = tmp_path / "r"
    shutil.copytree(VERIFY / "contradiction", root)
    report = root / "sources" / "report.md"
    report.write_bytes(report.read_text().replace("study found", "étude found").encode("latin-1"))
    code, out = run("--root", str(root), "-f", "json")
    data = json.loads(out)
    status = {c["id"]: c["status"] for c in data["claims"]}
    assert status["desertions"] == "error"
    assert status["desertions-other"] != "error"  # its source, other.md, loaded
    # one finding, the loader's on the source, names the claims it leaves unchecked
    (f,) = [f for f in data["findings"] if f["file"] == "sources/report.md"]
    assert f["code"] == "not-utf8" and "desertions" in f["claims"]
    assert "not checked until it loads" in f["message"]
    assert not [f for f in data["findings"] if f["code"] == "quote-not-found"]
    assert code == 1


def test_strict_says_failed_in_summary_and_junit() -> None:
    root = str(VERIFY / "contradiction")
    code, out = run("--root", root, "--strict", "--quiet")
    assert code == 1
    assert out.splitlines()[-1].startswith("FAILED (--strict): ")
    _, out = run("--root", root, "--strict", "-f", "junit")
    assert ET.fromstring(out).get("failures") == "1"
    _, out = run("--root", root, "-f", "junit")
    assert ET.fromstring(out).get("failures") == "0"


def test_part_of_message_says_the_part_exceeds_the_whole(tmp_path: Path) -> None:
    # found in a user trial: the message said the part "must exceed" the whole
    root = tmp_path / "r"
    shutil.copytree(VERIFY / "relation-violated", root)
    with (root / "claims" / "claims.yaml").open("a") as fh:
        fh.write("  - id: east-in-total\n    kind: part-of\n    parts: [east]\n    whole: total\n")
    _, out = run("--root", str(root), "-f", "json")
    (f,) = [f for f in json.loads(out)["findings"] if f["claims"] == ["total", "east"]]
    assert f["code"] == "relation-violated"
    assert "the part 9,000 cases (east) exceeds the whole 5,000 cases (total)" in f["message"]


def test_cross_claim_finding_shows_in_the_claims_row() -> None:
    _, out = run("--root", str(VERIFY / "contradiction"))
    row = next(ln for ln in out.splitlines() if " desertions-other " in ln)
    assert "contradiction:" in row


def _one_claim_registry(tmp_path: Path, body: str, claim: str) -> Path:
    root = tmp_path / "r"
    (root / "sources").mkdir(parents=True)
    (root / "claims").mkdir()
    (root / "sources" / "s.md").write_text(
        f"---\ntitle: t\npublisher: p\nlanguage: en\n---\n{body}\n", encoding="utf-8"
    )
    (root / "claims" / "c.yaml").write_text("claims:\n" + claim, encoding="utf-8")
    return root


CLAIM = """  - id: c
    statement: "{statement}"
    value: {value}
    qualifier: {qualifier}
    unit: {unit}
    measure: m
    scope: s
    period: "2024"
    source: s
    quote: "{quote}"
"""


@pytest.mark.parametrize(
    ("body", "value", "qualifier", "unit", "statement", "codes"),
    [
        # a negative figure can be verified; 5 is not stated by "-5"
        (
            "Temperatures fell to -5 degrees.",
            -5,
            "exactly",
            "degrees",
            "It fell to -5 degrees.",
            [],
        ),
        (
            "Prices fell −5% in May.",
            5,
            "exactly",
            "percent",
            "Prices rose 5%.",
            ["value-not-in-quote"],
        ),
        # a percentage is only stated by a percentage
        (
            "We counted 10 soldiers and 5% of officers.",
            10,
            "exactly",
            "percent",
            "10% of them.",
            ["value-not-in-quote"],
        ),
        # the same figure twice: the one with the claim's qualifier counts
        (
            "Over 10% of soldiers deserted in May, and nearly 10% of officers in June.",
            10,
            "nearly",
            "percent",
            "Nearly 10% of officers deserted.",
            [],
        ),
    ],
)
def test_figures_found_by_review(
    tmp_path: Path,
    body: str,
    value: float,
    qualifier: str,
    unit: str,
    statement: str,
    codes: list[str],
) -> None:
    quote = body.rstrip(".")
    root = _one_claim_registry(
        tmp_path,
        body,
        CLAIM.format(statement=statement, value=value, qualifier=qualifier, unit=unit, quote=quote),
    )
    _, out = run("--root", str(root), "-f", "json")
    got = [f["code"] for f in json.loads(out)["findings"] if f["severity"] == "error"]
    assert got == codes


def test_relation_of_ranges_is_not_called_qualified(tmp_path: Path) -> None:
    claims = "".join(
        CLAIM.format(statement=f"{v} cases", value=v, qualifier=q, unit="cases", quote=qt)
        .replace("id: c", f"id: {cid}")
        .replace("scope: s", f"scope: {cid}")
        for cid, v, q, qt in (
            ("a", "[10, 20]", "between", "between 10 and 20 cases"),
            ("b", "[10, 20]", "between", "between 10 and 20 cases"),
            ("w", 25, "exactly", "25 cases"),
        )
    )
    claims += "relations:\n  - {id: r, kind: sum, parts: [a, b], whole: w}\n"
    root = _one_claim_registry(tmp_path, "There were between 10 and 20 cases of 25 cases.", claims)
    _, out = run("--root", str(root), "-f", "json")
    assert "relation-qualified" not in {f["code"] for f in json.loads(out)["findings"]}


def test_a_very_long_missing_quote_is_reported_without_alignment(tmp_path: Path) -> None:
    long_quote = "word " * 600
    root = _one_claim_registry(
        tmp_path,
        "Short source with 5 cases.",
        CLAIM.format(
            statement="5 cases",
            value=5,
            qualifier="exactly",
            unit="cases",
            quote=long_quote + "5 cases",
        ),
    )
    _, out = run("--root", str(root), "-f", "json")
    (f,) = [f for f in json.loads(out)["findings"] if f["code"] == "quote-not-found"]
    assert "is not searched for a closest passage" in f["message"]
    assert len(f["message"]) < 300


@pytest.mark.parametrize("fmt", ["table", "junit", "github", "sarif"])
def test_a_claim_that_did_not_load_is_in_every_report(fmt: str) -> None:
    """Found in review: JUnit said failures="0" (and the table said nothing) for a registry
    whose claim failed to load, because its finding names a claim that is not there."""
    code, out = run("--root", str(FIXTURES / "loader" / "unknown-field"), "--format", fmt)
    assert code == 1
    assert "unknown field 'sorce'" in out
    if fmt == "junit":
        assert ET.fromstring(out).get("failures") == "1"


TOKENS_BODY = (
    "In total 11,500 soldiers deserted in 2023. The state paid over 50,000,000 rubles. "
    "Only 2.5% of 1,000 units were inspected."
)


@pytest.mark.parametrize(
    ("quote", "value", "qualifier", "unit", "closest"),
    [
        ("1,500 soldiers deserted in 2023", 1500, "exactly", "soldiers", "11,500 soldiers"),
        ("over 50,000", 50000, "over", "rubles", "over 50,000,000"),
        ("5% of 1,000 units", 5, "exactly", "percent", "2.5% of 1,000 units"),
    ],
)
def test_a_quote_inside_a_number_is_not_verified(
    tmp_path: Path, quote: str, value: float, qualifier: str, unit: str, closest: str
) -> None:
    statement = quote[0].upper() + quote[1:]
    root = _one_claim_registry(
        tmp_path,
        TOKENS_BODY,
        CLAIM.format(statement=statement, value=value, qualifier=qualifier, unit=unit, quote=quote),
    )
    code, out = run("--root", str(root), "-f", "json")
    (f,) = [f for f in json.loads(out)["findings"] if f["severity"] == "error"]
    assert f["code"] == "quote-not-found"
    assert "closest passage at sources/s.md:6" in f["message"]
    assert closest in f["message"]
    assert code == 1


@pytest.mark.parametrize(
    ("body", "value", "qualifier"),
    [
        ("Over ５０,０００ soldiers deserted", 50000, "over"),  # full-width digits
        ("بلغ عدد الفارين ٥٠٬٠٠٠ جندي", 50000, "exactly"),  # Arabic-Indic, Arabic separator
        ("بلغ عدد الفارين ٥٠,٠٠٠ جندي", 50000, "exactly"),
        ("कुल ५०,००० सैनिक", 50000, "exactly"),  # Devanagari
    ],
)
def test_a_quote_in_other_digits_states_its_figure(
    tmp_path: Path, body: str, value: float, qualifier: str
) -> None:
    words = {"exactly": "", "over": "Over "}[qualifier]
    root = _one_claim_registry(
        tmp_path,
        body + ".",
        CLAIM.format(
            statement=f"{words}50,000 soldiers deserted.",
            value=value,
            qualifier=qualifier,
            unit="soldiers",
            quote=body,
        ),
    )
    code, out = run("--root", str(root), "-f", "json")
    assert [f for f in json.loads(out)["findings"] if f["severity"] != "info"] == []
    assert code == 0


@pytest.mark.parametrize(
    "toml",
    [
        "[verify]\ntolerance = " + "[" * 100_000 + "]" * 100_000 + "\n",
        "[verify]\ntolerance = " + "{a=" * 30_000 + "1" + "}" * 30_000 + "\n",
        "[verify]\ntolerance = " + "9" * 5_000 + "\n",
    ],
)
def test_a_config_too_deep_or_too_long_is_an_invalid_config_finding(
    tmp_path: Path, toml: str
) -> None:
    root = tmp_path / "r"
    shutil.copytree(VERIFY / "contradiction", root)
    (root / "desertcheck.toml").write_text(toml)
    code, out = run("--root", str(root), "-f", "json")
    (bad,) = [f for f in json.loads(out)["findings"] if f["code"] == "invalid-config"]
    assert (bad["file"], bad["line"]) == ("desertcheck.toml", 2)
    assert code == 1


def test_a_100_kb_quote_is_verified_in_bounded_time(tmp_path: Path) -> None:
    # the figure parser backtracked over runs like a-a-a-...: this took over a minute
    quote = "a-" * 50_000 + "b 50 soldiers"
    root = _one_claim_registry(
        tmp_path,
        "In total 50 soldiers deserted.",
        CLAIM.format(
            statement="50 soldiers deserted.",
            value=50,
            qualifier="exactly",
            unit="soldiers",
            quote=quote,
        ),
    )
    with within(10):
        _, out = run("--root", str(root), "-f", "json")
    codes = [f["code"] for f in json.loads(out)["findings"] if f["severity"] != "info"]
    assert codes == ["quote-not-found"]


def _edited_findings(tmp_path: Path, old: str, new: str) -> list[dict[str, Any]]:
    """verify's JSON findings on the value-not-in-quote fixture with ``old`` made ``new``
    (once) in its claims file."""
    root = tmp_path / "reg"
    shutil.copytree(VERIFY / "value-not-in-quote", root)
    claims = root / "claims" / "claims.yaml"
    claims.write_text(claims.read_text().replace(old, new, 1))
    _, out = run("--root", str(root), "-f", "json")
    findings: list[dict[str, Any]] = json.loads(out)["findings"]
    return findings


def test_a_wrong_figure_in_a_quote_points_at_the_quote_not_the_value(tmp_path: Path) -> None:
    """A quote edited to a figure its source does not give: both findings say the quote is
    the suspect, not the claim's value; a value the source's quote does not give is not
    blamed on the quote."""
    findings = _edited_findings(
        tmp_path,
        'quote: "Over 50,000 soldiers have deserted since 2022"\n    cumulative',
        'quote: "Over 14,000 soldiers have deserted since 2022"\n    cumulative',
    )
    by_claim = {
        (f["claims"][0], f["code"]): f["message"] for f in findings if len(f["claims"]) == 1
    }
    edited = by_claim[("desertions", "value-not-in-quote")]
    assert edited.endswith("(the quote is not in its source either: fix the quote first)")
    assert ("desertions", "quote-not-found") in by_claim
    assert "fix the quote first" not in by_claim[("wrong-value", "value-not-in-quote")]


def test_a_statement_that_drops_the_qualifier_reads_well_without_the_quotes_figure(
    tmp_path: Path,
) -> None:
    findings = _edited_findings(
        tmp_path,
        'statement: "More than 60,000 soldiers have deserted."',
        'statement: "60,000 soldiers have deserted."',
    )
    (message,) = [
        f["message"]
        for f in findings
        if f["code"] == "statement-mismatch" and f["claims"] == ["wrong-value"]
    ]
    assert message == (
        "the statement says '60,000' (no qualifier), which drops the qualifier of the quote "
        "('over')"
    )
