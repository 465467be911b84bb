"""docs/ci.md's GitHub code scanning and GitLab snippets, run as written: the command each
shows writes the file its upload step names, and that file is what the consumer expects
(SARIF valid against the OASIS schema with located results; JUnit valid against the Jenkins
schema with GitLab's attributes)."""

from __future__ import annotations

import json
import re
import shlex
from pathlib import Path
from typing import Any

import pytest
import yaml
from lxml import etree

from desertcheck.cli import app

from .conftest import PROJECT, cli_runner
from .machine_fixtures import load_errors
from .test_junit import XSD
from .test_sarif import VALIDATOR

DOC = (PROJECT / "docs" / "ci.md").read_text(encoding="utf-8")
BLOCKS = [yaml.safe_load(b) for b in re.findall(r"```yaml\n(.*?)```", DOC, flags=re.S)]


def steps_with(key: str) -> list[Any]:
    """Every mapping in the doc's YAML blocks that has ``key``."""
    found = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if key in node:
                found.append(node)
            for v in node.values():
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)

    for block in BLOCKS:
        walk(block)
    return found


def run_verify(line: str, root: Path, cwd: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """``desertcheck verify ... > FILE || ...`` as the doc writes it, on ``root``."""
    words = shlex.split(line.split("||")[0])
    target = words[words.index(">") + 1]
    args = words[1 : words.index(">")]
    monkeypatch.chdir(cwd)
    r = cli_runner().invoke(app, [*args, "--root", str(root)], env={"GITHUB_ACTIONS": ""})
    assert r.exit_code == 1, r.output  # the fixture has load errors
    (cwd / target).write_text(r.stdout, encoding="utf-8")
    return cwd / target


def test_github_code_scanning_snippet(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (upload,) = [s for s in steps_with("uses") if "upload-sarif" in s["uses"]]
    (step,) = [s for s in steps_with("run") if "--format sarif" in str(s["run"])]
    path = run_verify(step["run"], load_errors(tmp_path / "r"), tmp_path, monkeypatch)
    assert path.name == upload["with"]["sarif_file"]
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert list(VALIDATOR.iter_errors(doc)) == []
    assert all(r["locations"] for r in doc["runs"][0]["results"])


def test_gitlab_junit_snippet(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (job,) = [s for s in steps_with("artifacts") if "reports" in s["artifacts"]]
    (line,) = [ln for ln in job["script"] if ln.startswith("desertcheck verify")]
    path = run_verify(line, load_errors(tmp_path / "r"), tmp_path, monkeypatch)
    assert path.name == job["artifacts"]["reports"]["junit"]
    assert job["artifacts"]["when"] == "always"
    doc = etree.parse(str(path)).getroot()
    cases = list(doc.iter("testcase"))
    assert doc.get("failures") == "2"
    assert all(c.get("file") and c.get("classname") and c.get("name") for c in cases)
    for case in cases:
        del case.attrib["file"]
    assert XSD.validate(doc), XSD.error_log


def test_ci_docs_say_how_to_ignore_the_cache() -> None:
    """Found in a user trial: a repository not made by `init` showed .desertcheck-cache/
    as untracked, and the CI docs did not say to ignore it."""
    from desertcheck.cache import CACHE_DIR

    doc = (PROJECT / "docs" / "ci.md").read_text(encoding="utf-8")
    assert "holds\nits own `.gitignore`" in doc
    assert f"git rm -r --cached {CACHE_DIR}" in doc
