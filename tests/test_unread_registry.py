"""A registry whose claims files did not load is unread, not empty: verify and audit say
so, and name the files."""

from __future__ import annotations

import json
import shutil
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import pytest

from desertcheck.cli import app

from .conftest import cli_runner
from .test_cli import VALID


def run(*args: str, input: str | None = None) -> tuple[int, str, str]:
    r = cli_runner().invoke(app, list(args), input=input)
    return r.exit_code, r.stdout, r.stderr


def with_alpha(tmp_path: Path, edit: Callable[[bytes], bytes]) -> Path:
    """A copy of the valid fixture registry whose source ``alpha`` is ``edit``-ed."""
    root = tmp_path / "reg"
    shutil.copytree(VALID, root)
    source = root / "sources" / "alpha.md"
    source.write_bytes(edit(source.read_bytes()))
    return root


MISDATED = (b"published: 2025-03-01", b"published: March 20, 2025")
LATIN1 = (b"Alpha Press reports", b"Alpha Pr\xe9ss")


@pytest.fixture
def broken(tmp_path: Path) -> Path:
    """The valid fixture registry with a tab in each of its claims files."""
    root = tmp_path / "reg"
    shutil.copytree(VALID, root)
    for path in (root / "claims").glob("*.yaml"):
        path.write_text(path.read_text("utf-8") + "\tbroken: [\n", encoding="utf-8")
    return root


def test_verify_names_the_files_that_did_not_load_instead_of_an_empty_registry(
    broken: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    far = broken.parent / "far" / "away"  # not a sibling's child: named in full, wherever
    far.mkdir(parents=True)  # the suite runs from (a clone in /tmp is one up from it)
    monkeypatch.chdir(far)
    code, out, _ = run("verify", "--root", str(broken))
    assert code == 1
    assert "The registry is empty" not in out and "desertcheck add source" not in out
    said = " ".join(out.split())
    at = broken.resolve().as_posix()
    assert (
        f"No claim was loaded: 2 claims files did not load ({at}/claims/alpha.yaml, "
        f"{at}/claims/second.yaml). Mend the errors above and run again." in said
    )


def test_verify_of_a_registry_with_no_claims_files_still_says_how_to_start(
    tmp_path: Path,
) -> None:
    root = tmp_path / "reg"
    shutil.copytree(VALID, root)
    for path in (root / "claims").glob("*.yaml"):
        path.unlink()
    (root / "claims" / "empty.yaml").write_text("claims: []\n", encoding="utf-8")
    code, out, _ = run("verify", "--root", str(root))
    assert "The registry is empty" in out and "No claim was loaded" not in out
    assert code == 0


def test_audit_says_under_its_summary_that_the_registry_did_not_load_fully(
    broken: Path,
) -> None:
    code, out, err = run("audit", "--root", str(broken), "-", input="Over 1,200 deserted.\n")
    assert code == 1  # the loader's errors fail the run
    said = " ".join(out.split())
    assert "1 figure in 1 draft: 1 unsourced" in said
    assert (
        "The registry did not load fully (claims/alpha.yaml, claims/second.yaml: see the errors "
        "below); a figure stated only by the claims there is reported as unsourced." in said
    )
    assert "claims/alpha.yaml" in err and "[yaml-syntax]" in err


def test_audit_says_nothing_of_loading_when_the_registry_loaded() -> None:
    code, out, _ = run("audit", "--root", VALID, "-", input="Over 1,200 soldiers deserted.\n")
    assert code == 0 and "did not load" not in out


def test_audit_summary_writes_its_counts_as_it_writes_its_totals() -> None:
    draft = "".join(f"Some {n + 2} cats were seen.\n" for n in range(1000))
    _, out, _ = run("audit", "--root", VALID, "-", input=draft)
    assert "1,000 figures in 1 draft: 1,000 unsourced" in out


def test_audit_json_carries_the_loaders_findings(broken: Path) -> None:
    import json

    code, out, _ = run("audit", "--root", str(broken), "-f", "json", "-", input="Over 1,200.\n")
    data = json.loads(out)
    assert code == 1
    assert {(f["file"], f["code"]) for f in data["findings"]} == {
        ("claims/alpha.yaml", "yaml-syntax"),
        ("claims/second.yaml", "yaml-syntax"),
    }


def test_a_source_that_does_not_load_is_one_error_naming_its_claims(tmp_path: Path) -> None:
    """A source that does not load leaves its claims' quotes unchecked: one error says why
    and names the claims (a user trial got one more error per claim, 10 and 15 of them,
    and a warning that an exclusion named "no source" for the file that was there)."""
    root = with_alpha(tmp_path, lambda b: b.replace(*MISDATED))
    (root / "desertcheck.toml").write_text(
        '[[scan.exclude]]\nsource = "alpha"\nquote = "A further 300 cases"\nreason = "a count"\n',
        "utf-8",
    )
    code, out, _ = run("verify", "--root", str(root), "--quiet")
    assert code == 1
    [error] = [line for line in out.splitlines() if ": error: " in line]
    assert "sources/alpha.md:5:12: error: front matter: published:" in error
    assert "2 claims quote it (alpha-desertions-2024, alpha-cases)" in error
    assert "could not be checked" not in out and "no source" not in out
    assert "1 error, 0 warnings" in out
    code, out, _ = run("verify", "--root", str(root), "--format", "json")
    data = json.loads(out)
    assert code == 1 and [f["code"] for f in data["findings"]] == ["invalid-field"]
    assert sorted(data["findings"][0]["claims"]) == ["alpha-cases", "alpha-desertions-2024"]
    assert {c["status"] for c in data["claims"]} == {"error"}  # never verified unchecked


def test_scan_does_not_say_no_source_of_a_source_that_did_not_load(tmp_path: Path) -> None:
    """scan reported the same exclusion as naming "no source 'alpha' in sources/" while
    the file was there and only its front matter was wrong (the loader's error says so)."""
    root = with_alpha(tmp_path, lambda b: b.replace(*MISDATED))
    (root / "desertcheck.toml").write_text(
        '[[scan.exclude]]\nsource = "alpha"\nquote = "A further 300 cases"\nreason = "a count"\n'
        '[[scan.exclude]]\nsource = "gone"\nquote = "A further 300 cases"\nreason = "a count"\n',
        "utf-8",
    )
    code, out, err = run("scan", "--root", str(root))
    said = out + err
    assert code == 1  # the loader's error fails scan as it fails verify
    assert "sources/alpha.md:5:12: error: front matter: published:" in said
    assert "no source 'alpha'" not in said
    assert "no source 'gone' in sources/" in said  # a source that is not there still is named


@pytest.mark.parametrize(
    ("tail", "where"),
    [
        (b"And a \x00 here.\n", ":12:7:"),  # the first NUL, by line and column
        (b"\x00\x01binary\n", ":12:1:"),
    ],
)
def test_a_source_holding_a_nul_byte_is_not_read(tmp_path: Path, tail: bytes, where: str) -> None:
    """A source with NUL bytes (a binary or damaged file, valid UTF-8 all the same) passed
    verify: its claims' quotes were sought in it, and found."""
    root = with_alpha(tmp_path, lambda b: b + b"Some text.\n" + tail)
    code, out, _ = run("verify", "--root", str(root), "--quiet")
    assert code == 1
    [error] = [line for line in out.splitlines() if ": error: " in line]
    assert f"reg/sources/alpha.md{where} error: the file holds a NUL byte" in error
    assert error.endswith(
        "2 claims quote it (alpha-desertions-2024, alpha-cases), "
        "not checked until it loads [not-utf8]"
    )
    assert out.splitlines()[-1].startswith(
        "FAILED: 2 claims in 0 sources (1 more did not load): 1 error,"
    )


def test_the_summary_says_nothing_of_sources_when_all_loaded() -> None:
    code, out, _ = run("verify", "--root", str(VALID), "--quiet")
    assert code == 0 and "did not load" not in out and " in 1 source: " in out


def test_a_latin1_source_is_one_error_too(tmp_path: Path) -> None:
    root = with_alpha(tmp_path, lambda b: b.replace(*LATIN1))
    code, out, _ = run("verify", "--root", str(root), "--quiet")
    assert code == 1
    [error] = [line for line in out.splitlines() if ": error: " in line]
    assert "[not-utf8]" in error and "2 claims quote it" in error


# A user trial: a German source saved as Latin-1 did not load, and its claims were then read
# as English, told "set value: 51.3" for 51,300 households ("51.300") and "set qualifier:
# exactly" for "knapp 128" — advice that would have corrupted the registry.
GERMAN_CLAIMS = """claims:
  - id: haushalte
    statement: 51,300 households in 2025.
    value: 51300
    unit: households
    measure: households
    scope: city
    period: "2025"
    source: amt
    quote: "Im Jahr 2025 gab es 51.300 Haushalte"
  - id: verbrauch
    statement: Consumption fell to nearly 128 litres in 2025.
    value: 128
    qualifier: nearly
    unit: litres
    measure: consumption
    scope: city
    period: "2025"
    source: amt
    quote: "sank 2025 auf knapp 128 Liter"
"""
GERMAN_SOURCE = (
    "---\ntitle: Bericht\npublisher: Amt (fiktiv)\nlanguage: de\n---\n"
    "Im Jahr 2025 gab es 51.300 Haushalte mit Gründach.\n"
    "Der Verbrauch sank 2025 auf knapp 128 Liter.\n"
)


@pytest.mark.parametrize(("encoding", "codes"), [("utf-8", set()), ("latin-1", set())])
def test_claims_of_a_source_that_did_not_load_are_not_read_in_another_language(
    tmp_path: Path, encoding: str, codes: set[str]
) -> None:
    (tmp_path / "claims").mkdir()
    (tmp_path / "sources").mkdir()
    (tmp_path / "claims" / "amt.yaml").write_text(GERMAN_CLAIMS, encoding="utf-8")
    (tmp_path / "sources" / "amt.md").write_bytes(GERMAN_SOURCE.encode(encoding))
    _code, out, _err = run("verify", "--root", str(tmp_path), "--quiet", "--no-cache")
    found = {line.rsplit("[", 1)[-1].rstrip("]") for line in out.splitlines() if "claims/" in line}
    assert found == codes, out  # latin-1: the source's one error names the claims
    assert ("2 claims quote it (haushalte, verbrauch)" in out) is (encoding == "latin-1")
    assert "set value" not in out and "set qualifier" not in out


def test_the_claims_of_a_source_that_did_not_load_fail_in_audit_and_junit(
    tmp_path: Path,
) -> None:
    """The one error of a source that did not load holds its claims: audit takes none of
    them as evidence, and each is a failing case of JUnit, as when each had its own."""
    root = with_alpha(tmp_path, lambda b: b.replace(*LATIN1))
    code, out, _ = run(
        "audit", "-", "--root", str(root), input="Over 1,200 soldiers deserted in 2024.\n"
    )
    assert code == 1 and "claim-fails-verify" in out and "not-utf8" in out
    _, out, _ = run("verify", "--root", str(root), "-f", "junit")
    cases = {c.get("name"): c for c in ET.fromstring(out).iter("testcase")}
    for claim in ("alpha-desertions-2024", "alpha-cases"):
        failure = cases[claim].find("failure")
        assert failure is not None and failure.get("type") == "not-utf8", claim
