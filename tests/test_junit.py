"""``verify --format junit``: valid against the Jenkins xunit plugin's JUnit schema, failing
whenever verify fails, one failure a case; ``junit-gitlab`` the same with ``file`` on each
case for GitLab."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from lxml import etree

from desertcheck.cli import app

from .conftest import FIXTURES, cli_runner
from .machine_fixtures import MAKERS

XSD = etree.XMLSchema(etree.parse(str(Path(__file__).parent / "schemas" / "junit-10.xsd")))


def junit(root: Path, *args: str, fmt: str = "junit") -> tuple[int, etree._Element]:
    r = cli_runner().invoke(app, ["verify", "--root", str(root), "-f", fmt, *args])
    assert r.exit_code in (0, 1), r.output
    return r.exit_code, etree.fromstring(r.stdout.encode("utf-8"))


def valid(doc: etree._Element) -> list[str]:
    XSD.validate(doc)
    return [str(e) for e in XSD.error_log]


def test_the_schema_requires_errors_on_a_suite() -> None:
    """The check can fail: the schema turns down a suite without errors=."""
    doc = etree.fromstring(b'<testsuites><testsuite name="a" tests="0" failures="0"/></testsuites>')
    assert valid(doc)


CASES = [*MAKERS, "two-problems", "contradiction"]


def fixture(name: str, tmp_path: Path) -> Path:
    if name in MAKERS:
        return MAKERS[name](tmp_path / name)
    return FIXTURES / ("loader" if name == "two-problems" else "verify") / name


@pytest.mark.parametrize("name", CASES)
@pytest.mark.parametrize("strict", [False, True])
def test_valid_against_the_jenkins_xunit_schema(name: str, strict: bool, tmp_path: Path) -> None:
    code, doc = junit(fixture(name, tmp_path), *(["--strict"] if strict else []))
    assert valid(doc) == []
    failures = int(doc.get("failures"))
    assert (failures > 0) == (code == 1), "the report fails exactly when verify does"
    assert failures == sum(int(s.get("failures")) for s in doc.iter("testsuite"))
    assert int(doc.get("tests")) == sum(1 for _ in doc.iter("testcase"))
    for case in doc.iter("testcase"):
        assert len(case.findall("failure")) <= 1
        assert case.get("time") == "0"


def test_a_registry_with_load_errors_fails(tmp_path: Path) -> None:
    """Two claims that fail to load (unknown fields): two failing cases, named after them."""
    code, doc = junit(MAKERS["load-errors"](tmp_path / "r"))
    assert code == 1
    assert doc.get("failures") == "2"
    (suite,) = [s for s in doc.iter("testsuite") if s.get("name").endswith("claims/broken.yaml")]
    assert [c.get("name") for c in suite.iter("testcase")] == ["broken-one", "broken-two"]
    assert all(c.find("failure").get("type") == "unknown-field" for c in suite.iter("testcase"))


def test_config_and_folder_findings_have_suites_of_their_own(tmp_path: Path) -> None:
    _, doc = junit(MAKERS["config-errors"](tmp_path / "c"))
    (suite,) = [s for s in doc.iter("testsuite") if s.get("name").endswith("desertcheck.toml")]
    (case,) = suite.iter("testcase")
    (failure,) = case.findall("failure")
    assert failure.text.count("[invalid-config]") == 2  # both, in the one failure
    _, doc = junit(MAKERS["no-claims"](tmp_path / "n"))
    names = [s.get("name") for s in doc.iter("testsuite")]
    assert "registry folders" in names and "cross-claim checks" not in names


def test_gitlab_flavour_differs_only_by_file_on_cases(tmp_path: Path) -> None:
    root = MAKERS["odd-names"](tmp_path / "r")
    _, plain = junit(root)
    _, gitlab = junit(root, fmt="junit-gitlab")
    files = [c.get("file") for c in gitlab.iter("testcase")]
    assert files and all(f.endswith((".yaml", ".md")) for f in files)
    _, crossed = junit(FIXTURES / "verify" / "contradiction", fmt="junit-gitlab")
    (suite,) = [s for s in crossed.iter("testsuite") if s.get("name") == "cross-claim checks"]
    assert all(c.get("file", "").endswith("claims/claims.yaml") for c in suite.iter("testcase"))
    for case in gitlab.iter("testcase"):
        del case.attrib["file"]
    assert etree.tostring(gitlab) == etree.tostring(plain)


@pytest.mark.parametrize("cwd", ["repo", "registry"])
def test_paths_are_relative_to_the_repository_root(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cwd: str
) -> None:
    repo = tmp_path / "repo"
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    root = MAKERS["odd-names"](repo / "registry")
    monkeypatch.chdir(repo if cwd == "repo" else root)
    _, doc = junit(root, fmt="junit-gitlab")
    assert "registry/claims/my claims.yaml" in {c.get("file") for c in doc.iter("testcase")}


def test_an_edited_source_of_several_claims_fails_its_own_suite(tmp_path: Path) -> None:
    """source-modified over several claims is a case of the source's suite, not a case
    named after every claim id in the cross-claim suite."""
    import shutil

    root = tmp_path / "reg"
    shutil.copytree(FIXTURES / "verify" / "source-modified", root)
    claims = root / "claims" / "claims.yaml"
    claims.write_text(
        claims.read_text()
        + "\n  - id: desertions-again\n"
        + "    statement: Over 50,000 soldiers deserted.\n"
        + "    value: 50000\n    qualifier: over\n    unit: soldiers\n"
        + "    measure: desertions-b\n    scope: army\n    period: 2022-02-24/2025-09-15\n"
        + "    source: report\n    quote: Over 50,000 soldiers have deserted since 2022\n"
        + "    cumulative: true\n"
    )
    code, doc = junit(root)
    assert code == 1 and valid(doc) == []
    suites = {s.get("name"): s for s in doc.iter("testsuite")}
    source = next(s for name, s in suites.items() if name.endswith("sources/report.md"))
    (case,) = source.findall("testcase")
    assert case.find("failure").get("type") == "source-modified"  # type: ignore[union-attr]
    names = [c.get("name") for s in suites.values() for c in s.iter("testcase")]
    assert not [n for n in names if n and "desertions, desertions-again" in n]
