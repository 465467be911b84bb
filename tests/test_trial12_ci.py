"""Found in a user trial: docs/ci.md's pre-publication script audited every changed `*.md`,
so where the drafts live in the registry's own repository it audited the registry's
source documents as drafts and failed on their figures; and the doc gave no GitHub Actions
job for the drafts. The script and the job, run as written on a repository that holds
both: only the drafts' folder is audited (a renamed draft too), and a wrong figure in a
draft fails."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from .conftest import PROJECT, isolated_git
from .test_trial_ci_workflow import CLAIM, SOURCE

DOC = (PROJECT / "docs" / "ci.md").read_text(encoding="utf-8")
SECTION = DOC[DOC.index("## Auditing drafts before publication") :]
BIN = Path(sys.executable).parent
pytestmark = pytest.mark.skipif(
    not (shutil.which("git") and shutil.which("bash") and shutil.which("desertcheck", path=BIN)),
    reason="needs git, bash and the desertcheck script",
)
RIGHT = "Council tax will rise by 4.99% in 2025.\n"
WRONG = "Council tax will rise by 4.9% in 2025.\n"


def script() -> str:
    (block,) = re.findall(r"```bash\n(.*?)```", SECTION, flags=re.S)
    return block


def workflow() -> dict[Any, Any]:
    (block,) = re.findall(r"```yaml\n(.*?)```", SECTION, flags=re.S)
    return dict(yaml.safe_load(block))


def git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True)


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A registry and its drafts in one repository, main as origin/main, and a pull
    request that edits a source (a figure no claim registers: it fails `audit --strict`
    if the source is audited as a draft) and adds correct drafts, one in a subfolder and
    one with a space in its name."""
    isolated_git(monkeypatch, tmp_path)
    path = tmp_path / "repo"
    for folder in ("sources", "claims", "drafts"):
        (path / folder).mkdir(parents=True)
    (path / "sources/budget.md").write_text(SOURCE, "utf-8")
    claim = CLAIM.format(id="tax-rise", statement="Council tax will rise by 4.99%.")
    (path / "claims/budget.yaml").write_text(claim, "utf-8")
    (path / "drafts/old.md").write_text(WRONG, "utf-8")  # published long ago, unchanged
    git(path, "init", "-q", "-b", "main")
    git(path, "add", "-A")
    git(path, "commit", "-q", "-m", "registry and drafts")
    git(path, "update-ref", "refs/remotes/origin/main", "HEAD")
    git(path, "checkout", "-q", "-b", "pull-request")
    (path / "sources/budget.md").write_text(SOURCE + "\nRents rose by 7.4%.\n", "utf-8")
    (path / "drafts/sub").mkdir()
    (path / "drafts/sub/news.md").write_text(RIGHT, "utf-8")
    (path / "drafts/my thread.txt").write_text(RIGHT, "utf-8")
    return path


def commit(repo: Path) -> None:
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "the pull request")


def run(text: str, repo: Path, **env: str) -> subprocess.CompletedProcess[str]:
    full = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ['PATH']}", **env}
    bash = ["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", text]
    return subprocess.run(bash, cwd=repo, env=full, capture_output=True, text=True, timeout=120)


def run_script(repo: Path) -> tuple[int, list[str]]:
    text = script().replace("/srv/fact-registry", str(repo))
    r = run(text, repo)
    report = json.loads((repo / "audit.json").read_text(encoding="utf-8"))
    return r.returncode, sorted({it["file"] for it in report["items"]})


def test_the_script_audits_the_drafts_folder_only(repo: Path) -> None:
    assert re.search(r"^DRAFTS=drafts ", script(), flags=re.M), "one variable names the folder"
    commit(repo)
    assert run_script(repo) == (0, ["drafts/my thread.txt", "drafts/sub/news.md"])


def test_the_script_fails_on_a_wrong_figure_in_a_draft_renamed_too(repo: Path) -> None:
    git(repo, "mv", "drafts/old.md", "drafts/renamed.md")  # a rename alone is a new draft
    commit(repo)
    code, files = run_script(repo)
    assert code == 1 and files == [
        "drafts/my thread.txt",
        "drafts/renamed.md",
        "drafts/sub/news.md",
    ]


def job() -> dict[str, Any]:
    flow = workflow()
    on = flow.get("on", flow.get(True))  # YAML 1.1 reads a bare `on` as true
    assert flow["permissions"] == {"contents": "read"}
    (only,) = flow["jobs"].values()
    folder = only["env"]["DRAFTS"]
    assert on["pull_request"]["paths"] == [f"{folder}/**"]
    (checkout,) = [
        s for s in only["steps"] if str(s.get("uses", "")).startswith("actions/checkout")
    ]
    assert checkout["with"]["fetch-depth"] == 0
    return dict(only)


def run_job(repo: Path, tmp_path: Path) -> tuple[int, str, str]:
    (step,) = [s for s in job()["steps"] if "desertcheck audit" in str(s.get("run", ""))]
    assert step["shell"] == "bash" and step["env"] == {"BASE_REF": "${{ github.base_ref }}"}
    summary = tmp_path / "summary.md"
    summary.write_text("", "utf-8")
    env = {
        **job()["env"],
        "BASE_REF": "main",
        "GITHUB_ACTIONS": "true",
        "GITHUB_STEP_SUMMARY": str(summary),
        "RUNNER_TEMP": str(tmp_path),
    }
    r = run(step["run"], repo, **env)
    return r.returncode, r.stdout, summary.read_text(encoding="utf-8")


def test_the_workflow_job_annotates_the_drafts_only(repo: Path, tmp_path: Path) -> None:
    commit(repo)
    code, out, summary = run_job(repo, tmp_path)
    assert code == 0, out
    assert "sources/" not in out + summary
    assert "| drafts/sub/news.md:1:26 | 4\\.99% | ✓ supported |" in summary
    assert "| drafts/my thread.txt:1:26 |" in summary


def test_the_workflow_job_fails_on_a_wrong_figure(repo: Path, tmp_path: Path) -> None:
    (repo / "drafts/sub/news.md").write_text(WRONG, "utf-8")
    commit(repo)
    code, out, _ = run_job(repo, tmp_path)
    assert code == 1
    assert "::error file=drafts/sub/news.md,line=1,col=26," in out


def test_a_misnamed_drafts_folder_fails_rather_than_audit_nothing(
    repo: Path, tmp_path: Path
) -> None:
    """Found in a user trial: DRAFTS=Drafts (the folder is drafts/) audited nothing and
    passed."""
    commit(repo)
    text = (
        script().replace("/srv/fact-registry", str(repo)).replace("DRAFTS=drafts", "DRAFTS=Drafts")
    )
    r = run(text, repo)
    assert r.returncode == 2 and f"DRAFTS=Drafts: no such folder in {repo}" in r.stderr
    (step,) = [s for s in job()["steps"] if "desertcheck audit" in str(s.get("run", ""))]
    r = run(step["run"], repo, DRAFTS="Drafts", BASE_REF="main", RUNNER_TEMP=str(tmp_path))
    assert r.returncode == 2 and "::error::DRAFTS=Drafts: no such folder" in r.stdout
