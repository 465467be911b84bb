"""``-o FILE`` never replaces a file of the registry: a user trial's ``export --format csv -o
claims/hand.yaml`` replaced a hand-written claims file with CSV, and ``audit … -o
sources/….md`` a fingerprinted source with the audit table (exit 0 both times)."""

from __future__ import annotations

from pathlib import Path

import pytest

from desertcheck.cli import app
from desertcheck.files import registry_part

from .conftest import cli_runner

CLAIMS = "claims/baghai-deserters-blog-2023.yaml"
SOURCE = "sources/baghai-deserters-blog-2023.md"

# (the command's arguments before -o, where -o points, the part named)
REFUSED = [
    (["export", "--format", "csv"], CLAIMS, "claims/"),
    (["export", "--format", "json"], "claims/new.yaml", "claims/"),
    (["export", "--format", "markdown"], SOURCE, "sources/"),
    (["export", "--format", "claimreview"], "sources/origins.yaml", "sources/"),
    (["audit", "DRAFT"], SOURCE, "sources/"),
    (["audit", "DRAFT", "--format", "json"], "desertcheck.toml", "desertcheck.toml"),
    (["export", "--format", "json"], "claims/deeper/x.json", "claims/"),
]


@pytest.mark.parametrize(("args", "target", "part"), REFUSED)
def test_o_into_the_registry_is_refused_and_nothing_is_written(
    shipped_copy: Path, tmp_path: Path, args: list[str], target: str, part: str
) -> None:
    draft = tmp_path / "draft.md"
    draft.write_text("Some 16,000 soldiers were prosecuted since 2022.\n", encoding="utf-8")
    (shipped_copy / "claims" / "deeper").mkdir()
    path = shipped_copy / target
    before = path.read_bytes() if path.exists() else None
    args = [str(draft) if a == "DRAFT" else a for a in args]
    r = cli_runner().invoke(app, [*args, "-o", str(path), "--root", str(shipped_copy)])
    assert r.exit_code == 2, r.stdout + r.stderr
    said = "is the registry's" if part == "desertcheck.toml" else "is in the registry's"
    assert f"{said} {part}," in r.stderr and "Traceback" not in r.stderr
    assert "outside claims/ and sources/, under another name than desertcheck.toml" in r.stderr
    assert (path.read_bytes() if path.exists() else None) == before


def test_a_schema_into_the_registry_is_refused(shipped_copy: Path) -> None:
    path = shipped_copy / CLAIMS
    before = path.read_bytes()
    r = cli_runner().invoke(app, ["schema", "claims", "-o", str(path)])
    assert r.exit_code == 2 and "is in the registry's claims/" in r.stderr, r.stderr
    assert path.read_bytes() == before


def test_o_beside_the_registry_is_written(shipped_copy: Path) -> None:
    out = shipped_copy / "claims.csv"
    args = ["export", "--format", "csv", "-o", str(out), "--root", str(shipped_copy)]
    r = cli_runner().invoke(app, args)
    assert r.exit_code == 0, r.stderr
    assert out.read_text(encoding="utf-8").startswith("id,")


def test_per_claim_reviews_into_the_registry_are_refused(shipped_copy: Path) -> None:
    folder = shipped_copy / "sources" / "reviews"
    args = ["export", "--format", "claimreview", "--per-claim", str(folder)]
    r = cli_runner().invoke(app, [*args, "--root", str(shipped_copy)])
    assert r.exit_code == 2 and "is in the registry's sources/" in r.stderr
    assert not folder.exists()


def test_registry_part_needs_both_folders_and_follows_links(tmp_path: Path) -> None:
    (tmp_path / "claims").mkdir()
    assert registry_part(tmp_path / "claims" / "x.yaml") is None  # no sources/: no registry
    (tmp_path / "sources").mkdir()
    assert registry_part(tmp_path / "claims" / "x.yaml") == "claims/"
    assert registry_part(tmp_path / "desertcheck.toml") == "desertcheck.toml"
    assert registry_part(tmp_path / "report.html") is None
    (tmp_path / "out").symlink_to(tmp_path / "sources")
    assert registry_part(tmp_path / "out" / "r.html") == "sources/"


# (the drafts given, by name; which of them -o names, and how)
DRAFT_AS_OUTPUT = [
    (["a.md"], "a.md", ["--format", "markdown"]),
    (["a.md", "b.md"], "b.md", ["--format", "json"]),  # a trial lost its second draft so
    (["a.md"], "sub/../a.md", []),  # the same file by another path
    (["a.md"], "link.md", ["--format", "html"]),  # or by a link to it
]


@pytest.mark.parametrize(("given", "target", "options"), DRAFT_AS_OUTPUT)
def test_o_that_names_a_draft_being_audited_is_refused(
    shipped_copy: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    given: list[str],
    target: str,
    options: list[str],
) -> None:
    """A user trial's `audit copy.md --format markdown -o copy.md` replaced the draft with
    its own report (exit 1, "wrote the report to copy.md")."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "sub").mkdir()
    texts = {}
    for name in given:
        texts[name] = f"Some 16,000 soldiers were prosecuted since 2022 ({name}).\n"
        (tmp_path / name).write_text(texts[name], encoding="utf-8")
    (tmp_path / "link.md").symlink_to(tmp_path / "a.md")
    args = ["audit", *given, *options, "-o", target, "--root", str(shipped_copy)]
    r = cli_runner().invoke(app, args)
    assert r.exit_code == 2, r.stdout + r.stderr
    assert f"-o {target}: is the draft" in r.stderr and "nothing was written" in r.stderr
    assert "Traceback" not in r.stderr
    for name, text in texts.items():
        assert (tmp_path / name).read_text(encoding="utf-8") == text


def test_o_beside_the_drafts_is_written(
    shipped_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.md").write_text("Some 16,000 soldiers were prosecuted since 2022.\n")
    (tmp_path / "a.json").write_text("old report\n")
    args = ["audit", "a.md", "--format", "json", "-o", "a.json", "--root", str(shipped_copy)]
    r = cli_runner().invoke(app, args)
    assert r.exit_code == 0, r.stderr
    assert (tmp_path / "a.json").read_text(encoding="utf-8").startswith("{")


# (what standard input is, whether -o names it): a user trial's `audit - -o victim.md <
# victim.md` replaced the draft with the report (exit 1)
STDIN_AS_OUTPUT = [
    ("the draft itself", "a.md", True),
    ("a link to the draft", "link.md", True),
    ("another file", "b.md", False),
]


@pytest.mark.parametrize(("_what", "target", "refused"), STDIN_AS_OUTPUT)
def test_o_that_names_standard_input_is_refused(
    shipped_copy: Path, tmp_path: Path, _what: str, target: str, refused: bool
) -> None:
    import subprocess
    import sys

    text = "Some 16,000 soldiers were prosecuted since 2022.\n"
    (tmp_path / "a.md").write_text(text, encoding="utf-8")
    (tmp_path / "b.md").write_text("old report\n", encoding="utf-8")
    (tmp_path / "link.md").symlink_to(tmp_path / "a.md")
    args = ["audit", "-", "-o", target, "--root", str(shipped_copy)]
    with open(tmp_path / "a.md", "rb") as stdin:
        r = subprocess.run(
            [sys.executable, "-m", "desertcheck", *args],
            stdin=stdin,
            capture_output=True,
            text=True,
            cwd=tmp_path,
            timeout=120,
        )
    assert (tmp_path / "a.md").read_text(encoding="utf-8") == text
    if refused:
        assert r.returncode == 2, r.stdout + r.stderr
        assert f"-o {target}: is standard input's file" in r.stderr
        assert "nothing was written" in r.stderr
    else:
        assert r.returncode == 0, r.stderr
        assert "old report" not in (tmp_path / "b.md").read_text(encoding="utf-8")
