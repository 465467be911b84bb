"""What the loader reads and refuses, found by an adversarial review: ``claims/*.yml`` was
silently ignored, a FIFO at ``sources/origins.yaml`` hung every command, FIFOs among the
claims and sources were skipped without a word, and a name that is not UTF-8 crashed the
SARIF report."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from desertcheck.registry import load_registry

from .conftest import bounded, cli_runner

FALSE_CLAIM = """\
claims:
  - id: beta-false
    statement: 9,999 cases were opened.
    value: 9999
    unit: cases
    measure: cases
    scope: army
    period: 2024
    source: alpha
    quote: 9,999 cases were opened.
"""


def found(root: Path) -> list[tuple[str | None, str]]:
    return [(f.file, f.code) for f in load_registry(root).findings]


def verify(root: Path, *args: str) -> tuple[int, str]:
    from desertcheck.cli import app

    r = cli_runner().invoke(app, ["verify", "--root", str(root), *args])
    return r.exit_code, r.stdout


# -- claims/*.yml, and files that look like registry content but are not read ----------


def test_yml_claims_are_read(registry_copy) -> None:
    root = registry_copy("valid")
    (root / "claims" / "b.yml").write_text(FALSE_CLAIM)
    result = load_registry(root)
    assert result.registry.claim("beta-false") is not None
    assert "claims/b.yml" in result.registry.claim_files
    code, out = verify(root)
    assert code == 1 and "beta-false" in out


def test_files_that_look_like_registry_content_are_reported(registry_copy) -> None:
    root = registry_copy("valid")
    for name in ("claims/c.json", "claims/d.YAML", "claims/sub/e.Yml", "sources/f.txt"):
        (root / name).parent.mkdir(exist_ok=True)
        (root / name).write_text("x\n")
    for name in ("sources/g.markdown", "sources/h.MD", "sources/origins.yml"):
        (root / name).write_text("x\n")
    for name in ("claims/notes.txt", "claims/a.yaml.bak", "sources/README", "sources/i.pdf"):
        (root / name).write_text("x\n")  # not a plausible mistake: not a word said
    assert sorted(found(root)) == [
        ("claims/c.json", "unread-file"),
        ("claims/d.YAML", "unread-file"),
        ("claims/sub/e.Yml", "unread-file"),
        ("sources/f.txt", "unread-file"),
        ("sources/g.markdown", "unread-file"),
        ("sources/h.MD", "unread-file"),
        ("sources/origins.yml", "unread-file"),
    ]
    result = load_registry(root)
    assert not result.has_errors  # warnings: verify fails on them only with --strict
    (msg,) = [f.message for f in result.findings if f.file == "claims/c.json"]
    assert "'c.json' is not read" in msg and "*.yml" in msg


# -- only regular files are opened --------------------------------------------------------


def test_a_fifo_at_origins_yaml_is_refused_not_waited_on(registry_copy) -> None:
    root = registry_copy("valid")
    (root / "sources" / "origins.yaml").unlink()
    os.mkfifo(root / "sources" / "origins.yaml")
    r = bounded("verify", "--root", str(root), "-f", "json")
    assert r.returncode == 1, r.stderr
    (f,) = [f for f in json.loads(r.stdout)["findings"] if f["code"] == "unsafe-path"]
    assert f["file"] == "sources/origins.yaml"
    assert "not a regular file (a FIFO)" in f["message"]


@pytest.mark.parametrize("name", ["claims/x.yaml", "claims/x.yml", "sources/s.md"])
def test_a_fifo_among_claims_or_sources_is_reported(registry_copy, name: str) -> None:
    root = registry_copy("valid")
    os.mkfifo(root / name)
    assert found(root) == [(name, "unsafe-path")]


def test_a_character_device_is_refused(registry_copy) -> None:
    root = registry_copy("valid")
    (root / "sources" / "origins.yaml").unlink()
    try:  # /dev/zero's numbers; needs the right to make devices
        os.mknod(root / "sources" / "origins.yaml", stat.S_IFCHR | 0o600, os.makedev(1, 5))
    except (OSError, AttributeError):
        pytest.skip("cannot make a device node here")
    r = bounded("verify", "--root", str(root), "-f", "json")  # it read /dev/zero, unbounded
    assert r.returncode == 1, r.stderr
    (f,) = [f for f in json.loads(r.stdout)["findings"] if f["code"] == "unsafe-path"]
    assert "not a regular file (a character device)" in f["message"]


# -- caps: findings per file, and the registry's size -----------------------------------


def test_findings_are_capped_per_file_and_the_rest_counted(registry_copy) -> None:
    # 200,000 items of one unknown field and nine missing ones: 400,000 findings (one for
    # the unknown field, one naming the missing ones), once 2 million, a minute and a
    # gigabyte before the cap
    root = registry_copy("valid")
    (root / "claims" / "bad.yaml").write_text("claims:\n" + "- {a: 0}\n" * 200_000)
    r = bounded("verify", "--root", str(root), "-f", "json", memory=700 << 20, timeout=45)
    assert r.returncode == 1, r.stderr[-2000:]
    findings = [f for f in json.loads(r.stdout)["findings"] if f["file"] == "claims/bad.yaml"]
    assert len(findings) == 101
    (summary,) = [f for f in findings if f["code"] == "too-many-findings"]
    assert summary["message"].startswith("399,900 more findings in this file are not shown")


def test_the_bound_on_a_run_is_processor_time_not_the_clock(registry_copy) -> None:
    # the bound above counts the processor time the run and its workers take (a loaded
    # machine stretches the clock, not the work): a run past it fails the test
    root = registry_copy("valid")
    (root / "claims" / "bad.yaml").write_text("claims:\n" + "- {a: 0}\n" * 20_000)
    with pytest.raises(AssertionError, match="s of processor time"):
        bounded("verify", "--root", str(root), "-f", "json", timeout=0.2)


def test_the_findings_counted_past_the_cap_are_those_that_would_be_shown(
    registry_copy, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desertcheck.registry import files

    root = registry_copy("valid")
    items = ["- {a: 0}", "- 3", "- {id: x, value: [1, 2], source: nope}", "- {id: Y, b: 1}"]
    (root / "claims" / "bad.yaml").write_text("claims:\n" + "\n".join(items * 40) + "\n")
    monkeypatch.setattr(files, "MAX_FINDINGS_PER_FILE", 10**9)
    everything = [f for f in load_registry(root).findings if f.file == "claims/bad.yaml"]
    monkeypatch.setattr(files, "MAX_FINDINGS_PER_FILE", 7)
    capped = [f for f in load_registry(root).findings if f.file == "claims/bad.yaml"]
    (summary,) = [f for f in capped if f.code == "too-many-findings"]
    shown = [f for f in capped if f is not summary]
    assert len(shown) == 7 and set(shown) <= set(everything)
    assert len(everything) > 300  # of which the cap hid all but 7, counted exactly:
    assert summary.message.startswith(f"{len(everything) - 7:,} more findings")


def test_the_registry_has_a_total_size_cap(registry_copy) -> None:
    root = registry_copy("valid")
    small = sum((root / p).stat().st_size for p in ("sources/origins.yaml", "sources/alpha.md"))
    result = load_registry(root, max_total_bytes=small + 10)
    assert [(f.file, f.code) for f in result.findings] == [
        ("claims/alpha.yaml", "registry-too-large")
    ]
    assert "this file and 1 more file were not read" in result.findings[0].message
    assert result.registry.claims == ()


# -- file names --------------------------------------------------------------------------


def test_a_claims_file_name_that_is_not_utf8_is_reported_as_text(registry_copy) -> None:
    root = registry_copy("valid")
    bad = os.fsdecode(b"b\xff.yaml")
    (root / "claims" / bad).write_text(FALSE_CLAIM)
    (root / "sources" / os.fsdecode(b"s\xfe.md")).write_text("---\ntitle: t\n---\n")
    r = bounded("verify", "--root", str(root), "-f", "json")
    assert r.returncode == 1, r.stderr
    findings = json.loads(r.stdout)["findings"]
    got = {(f["file"], f["code"]) for f in findings if f["severity"] != "info"}
    assert got == {("claims/b\\xff.yaml", "not-utf8"), ("sources/s\\xfe.md", "not-utf8")}
    r = bounded("verify", "--root", str(root), "-f", "sarif", cwd=root)
    assert r.returncode == 1, r.stderr
    uris = {
        res["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        for res in json.loads(r.stdout)["runs"][0]["results"]
        if res["level"] != "note"
    }
    assert uris == {"claims/b%5Cxff.yaml", "sources/s%5Cxfe.md"}
    for fmt in ("table", "github", "junit"):  # from the root: paths short enough not to fold
        r = bounded("verify", "-f", fmt, cwd=root)
        assert r.returncode == 1, r.stderr
        assert "\\xff" in r.stdout


def test_sarif_uris_are_percent_encoded(registry_copy, monkeypatch: pytest.MonkeyPatch) -> None:
    root = registry_copy("valid")
    monkeypatch.chdir(root)
    text = FALSE_CLAIM.replace("source: alpha", "source: nowhere")
    (root / "claims" / "my claims.yaml").write_text(text)
    (root / "claims" / "odd,name:50%.yaml").write_text(text.replace("beta-false", "gamma"))
    code, out = verify(root, "-f", "sarif")
    assert code == 1
    uris = {
        res["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        for res in json.loads(out)["runs"][0]["results"]
        if res["ruleId"] == "unknown-source"
    }
    assert uris == {"claims/my%20claims.yaml", "claims/odd%2Cname%3A50%25.yaml"}


def test_a_file_under_a_linked_folder_resolves_outside(tmp_path: Path) -> None:
    from desertcheck.registry.files import RegistryFiles

    root, elsewhere = tmp_path / "registry", tmp_path / "elsewhere"
    (root / "claims" / "desk").mkdir(parents=True)
    elsewhere.mkdir()
    (root / "claims" / "linked").symlink_to(elsewhere, target_is_directory=True)
    for path in (
        root / "claims" / "a.yaml",
        elsewhere / "b.yaml",
        root / "claims" / "desk" / "c.yaml",
    ):
        path.write_text("claims: []\n", encoding="utf-8")
    files = RegistryFiles(root, 1 << 20, 1 << 20)
    claims = root / "claims"
    assert not files.outside(claims / "a.yaml", claims)
    assert not files.outside(claims / "desk" / "c.yaml", claims)
    assert files.outside(claims / "linked" / "b.yaml", claims)
    assert [f.code.value for f in files.findings] == ["unsafe-path"]
    assert files.findings[0].file == "claims/linked/b.yaml"


def test_claims_files_from_the_cache_count_towards_the_total_cap(
    shipped_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A claims file the cache knows is not read again, but the cap counts it as a read
    does: the same files are left unread, with the same finding."""
    from desertcheck.cache import Store
    from desertcheck.cache.claims import ClaimFileCache
    from desertcheck.cache.manifest import Manifest

    monkeypatch.delenv("DESERTCHECK_NO_CACHE", raising=False)
    sizes = sorted(p.stat().st_size for p in shipped_copy.rglob("*") if p.is_file())
    cap = sum(sizes) - sizes[-1] - 1  # some files left unread
    warm = ClaimFileCache(Store(shipped_copy), Manifest(shipped_copy))
    load_registry(shipped_copy, cache=warm)
    warm.save()
    cached = ClaimFileCache(Store(shipped_copy), Manifest(shipped_copy))
    capped = load_registry(shipped_copy, cache=cached, max_total_bytes=cap)
    cold = load_registry(shipped_copy, max_total_bytes=cap)
    assert cached.hits > 0
    assert [f.code for f in cold.findings].count("registry-too-large") == 1
    assert capped.findings == cold.findings
    assert capped.registry.claims == cold.registry.claims
