"""The cache (.desertcheck-cache/): a warm run writes what a cold run writes, and a cache
that does not match — changed files, truncated or edited entries, another version, another
registry, runs at the same time — is never trusted."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from desertcheck.cache import CACHE_DIR, Store, blocked
from desertcheck.cache.checks import ENTRY as CHECKS_ENTRY
from desertcheck.cache.claims import ENTRY as CLAIMS_ENTRY
from desertcheck.cache.manifest import Manifest
from desertcheck.cli import app

from .conftest import PROJECT, cli_runner

FORMATS = ("table", "json", "github", "sarif", "junit")


@pytest.fixture(autouse=True)
def _cache_on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DESERTCHECK_NO_CACHE", raising=False)


@pytest.fixture
def shipped(tmp_path: Path) -> Path:
    """A copy of the shipped registry, with one claim whose figure its quote does not state."""
    root = tmp_path / "reg"
    for name in ("claims", "sources"):
        shutil.copytree(PROJECT / name, root / name)
    shutil.copy(PROJECT / "desertcheck.toml", root / "desertcheck.toml")
    path = root / "claims" / "baghai-deserters-blog-2023.yaml"
    path.write_text(path.read_text().replace("value: 100000\n", "value: 100001\n", 1))
    return root


def verify(root: Path, *args: str) -> tuple[str, str, int]:
    r = cli_runner().invoke(app, ["verify", "--root", str(root), *args], catch_exceptions=False)
    return r.stdout, r.stderr, r.exit_code


def cold(root: Path, *args: str) -> tuple[str, str, int]:
    return verify(root, "--no-cache", *args)


def entries(root: Path) -> list[str]:
    return sorted(p.name for p in (root / CACHE_DIR).iterdir())


def reports(root: Path) -> list[Path]:
    return sorted((root / CACHE_DIR).glob("report-*.dat"))


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_warm_run_writes_what_a_cold_run_writes(shipped: Path, fmt: str) -> None:
    expected = cold(shipped, "--format", fmt)
    assert expected[2] == 1  # the claim changed above is an error
    assert not (shipped / CACHE_DIR).exists()  # --no-cache writes nothing
    first = verify(shipped, "--format", fmt)
    assert reports(shipped) and CHECKS_ENTRY in entries(shipped)
    second = verify(shipped, "--format", fmt)
    assert first == expected and second == expected


def test_the_stored_report_is_what_is_replayed(shipped: Path) -> None:
    """A warm run really reads the entry: an entry edited consistently is what it writes
    (so the tests below that expect a rebuild do test the checks that refuse one)."""
    verify(shipped, "--format", "json")
    store = Store(shipped)
    name = reports(shipped)[0].name
    entry = store.read(name)
    entry["out"] = "replayed\n"
    store.write(name, entry)
    assert verify(shipped, "--format", "json")[0] == "replayed\n"


def test_after_an_edit_only_the_touched_claims_are_checked_again(shipped: Path) -> None:
    verify(shipped, "--format", "json")
    path = shipped / "claims" / "moscow-times-proekt-2024.yaml"
    text = path.read_text()
    assert "quote: " in text
    path.write_text(text.replace("quote: ", "quote: Nowhere in the source, ", 1))
    edited = verify(shipped, "--format", "json")
    assert edited == cold(shipped, "--format", "json")
    assert "quote-not-found" in edited[0]


def test_a_run_of_some_claims_keeps_the_others_results(shipped: Path) -> None:
    """``verify --claim`` checks one claim: the stored results of the rest stay."""
    verify(shipped, "--format", "json")
    stored = Store(shipped).read(CHECKS_ENTRY)
    total = sum(len(group) for group in stored.values())
    assert total > 1
    one = next(iter(next(iter(stored.values()))))
    path = shipped / "claims" / "moscow-times-proekt-2024.yaml"
    path.write_text(path.read_text() + "\n")  # a miss of the report: the checks are read
    assert verify(shipped, "--claim", one, "-f", "json") == cold(
        shipped, "--claim", one, "-f", "json"
    )
    assert sum(len(group) for group in Store(shipped).read(CHECKS_ENTRY).values()) >= total - 1


def test_a_changed_source_checks_its_claims_again(shipped: Path) -> None:
    verify(shipped, "--format", "json")
    path = shipped / "sources" / "baghai-deserters-blog-2023.md"
    path.write_text(path.read_text().replace("over 100,000 lives", "many lives"))
    edited = verify(shipped, "--format", "json")
    assert edited == cold(shipped, "--format", "json")
    assert "quote-not-found" in edited[0]


@pytest.mark.parametrize(
    "change",
    [
        lambda root: (root / "desertcheck.toml").write_text(
            (root / "desertcheck.toml").read_text() + '\nignore = ["value-not-in-quote"]\n'
        ),
        lambda root: (root / "claims" / "extra.yaml").write_text("claims: []\n"),
        lambda root: (root / "claims" / "baghai-deserters-blog-2023.yaml").unlink(),
        lambda root: (root / "sources" / "notes.txt").write_text("a stray file\n"),
    ],
    ids=["config", "file-added", "file-removed", "stray-file"],
)
def test_any_change_to_the_files_is_a_miss(shipped: Path, change) -> None:  # type: ignore[no-untyped-def]
    verify(shipped, "--format", "json")
    change(shipped)
    assert verify(shipped, "--format", "json") == cold(shipped, "--format", "json")


def test_a_rewrite_that_keeps_size_and_time_is_seen(shipped: Path) -> None:
    """A file written again within the same tick keeps its time; a file's time that was
    that close to the snapshot is not trusted, so its digest is compared."""
    verify(shipped, "--format", "json")
    path = shipped / "claims" / "baghai-deserters-blog-2023.yaml"
    st = path.stat()
    path.write_text(path.read_text().replace("value: 100001\n", "value: 100000\n", 1))
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert path.stat().st_size == st.st_size
    out = verify(shipped, "--format", "json")
    assert out == cold(shipped, "--format", "json") and out[2] == 0


def corrupt_each(root: Path, damage) -> None:  # type: ignore[no-untyped-def]
    for path in (root / CACHE_DIR).iterdir():
        if path.name not in ("README", ".gitignore"):
            path.write_bytes(damage(path.read_bytes()))


@pytest.mark.parametrize(
    "damage",
    [
        lambda raw: raw[: len(raw) // 2],  # truncated
        lambda raw: b"",
        lambda raw: raw[:-1] + bytes([raw[-1] ^ 1]),  # edited: the MAC no longer matches
        lambda raw: raw.replace(b'"desertcheck-cache":2', b'"desertcheck-cache":99'),
        lambda raw: raw.replace(b'"mac":"', b'"mac":"0', 1),
        lambda raw: raw.partition(b"\n")[0] + b"\n" + bytes(range(256)) * 4,  # not marshal
        lambda raw: raw.replace(b'"tool":"', b'"tool":"0.0.1+', 1),  # another version
        lambda raw: b"\xff\xfe not json at all\n\x00",
    ],
    ids=["truncated", "empty", "edited", "format", "mac", "payload", "version", "garbage"],
)
def test_a_damaged_cache_is_ignored_and_rebuilt(shipped: Path, damage) -> None:  # type: ignore[no-untyped-def]
    expected = cold(shipped, "--format", "json")
    verify(shipped, "--format", "json")
    path = shipped / "claims" / "moscow-times-proekt-2024.yaml"
    path.write_text(path.read_text() + "\n")  # a miss of the report: the checks are read
    verify(shipped, "--format", "json")
    corrupt_each(shipped, damage)
    assert verify(shipped, "--format", "json") == expected
    name = reports(shipped)[0].name
    assert Store(shipped).read(name) is not None  # rebuilt
    assert isinstance(Store(shipped).read(CHECKS_ENTRY), dict)


def test_well_formed_entries_of_the_wrong_shape_are_ignored(shipped: Path) -> None:
    expected = cold(shipped, "--format", "json")
    verify(shipped, "--format", "json")
    store = Store(shipped)
    checks = store.read(CHECKS_ENTRY)
    assert checks
    bad = ("no-such-code", "error", 1, None, "x", 0, 5)
    store.write(  # each claim's source as stored: only its findings are malformed
        CHECKS_ENTRY,
        {k: {c: (*e[:2], (bad,), *e[3:]) for c, e in g.items()} for k, g in checks.items()},
    )
    for path in reports(shipped):
        store.write(path.name, {"manifest": "nonsense", "out": 3})
    assert verify(shipped, "--format", "json") == expected


def test_a_cache_from_another_registry_is_not_trusted(shipped: Path, tmp_path: Path) -> None:
    other = tmp_path / "other"
    shutil.copytree(shipped, other)
    path = other / "claims" / "baghai-deserters-blog-2023.yaml"
    path.write_text(path.read_text().replace("value: 100001\n", "value: 100000\n", 1))
    verify(shipped, "--format", "json")
    shutil.copytree(shipped / CACHE_DIR, other / CACHE_DIR)
    out = verify(other, "--format", "json")
    assert out == cold(other, "--format", "json") and out[2] == 0


def test_a_payload_that_is_not_marshal_is_no_entry(tmp_path: Path) -> None:
    """Even under a MAC that checks out, a payload marshal cannot read is no entry."""
    from desertcheck.cache.store import _key, key_path

    store = Store(tmp_path)
    store.write("e.dat", {"a": 1})
    key = _key(key_path())
    assert key is not None
    for payload in (b"", b"\xff" * 64, b"{\x00\x00\x00"):
        head = json.dumps(store._header(key, payload), separators=(",", ":")).encode()
        (tmp_path / CACHE_DIR / "e.dat").write_bytes(head + b"\n" + payload)
        assert store.read("e.dat") is None


def test_another_users_cache_is_not_trusted(
    shipped: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Entries are signed with a key of the user's, kept outside the registry: a cache
    someone else wrote (committed, copied) reads as none, whatever it holds."""
    verify(shipped, "--format", "json")
    store = Store(shipped)
    assert store.read(CHECKS_ENTRY) is not None
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "someone-else"))
    assert store.read(CHECKS_ENTRY) is None and store.read(CLAIMS_ENTRY) is None
    assert verify(shipped, "--format", "json") == cold(shipped, "--format", "json")
    key = tmp_path / "someone-else" / "desertcheck" / "cache-key"
    assert key.stat().st_mode & 0o077 == 0 and len(key.read_bytes()) == 32
    assert store.read(CHECKS_ENTRY) is not None  # written anew under this user's key


@pytest.mark.parametrize("where", ["a file", "a loose key", "a short key"])
def test_without_a_key_of_its_own_there_is_no_cache(
    shipped: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    base = tmp_path / "cachehome"
    if where == "a file":  # no folder can be made for the key: a home that cannot be written
        base.write_text("not a folder")
    else:
        (base / "desertcheck").mkdir(parents=True)
        key = base / "desertcheck" / "cache-key"
        key.write_bytes(os.urandom(32 if where == "a loose key" else 5))
        key.chmod(0o644 if where == "a loose key" else 0o600)
    monkeypatch.setenv("XDG_CACHE_HOME", str(base))
    expected = cold(shipped, "--format", "json")
    why = {"a file": "Not a directory", "a loose key": "read by others", "a short key": "damaged"}
    for _ in range(2):
        blocked.reset()  # once a process: each run here is one
        out, err, code = verify(shipped, "--format", "json")
        assert (out, code) == (expected[0], expected[2])  # the report alone on stdout
        lines = err.splitlines()
        [note] = [line for line in lines if "cache is not kept" in line]  # said once
        assert [line for line in lines if line != note] == expected[1].splitlines()
        assert note.startswith("desertcheck: note: the cache is not kept") and why[where] in note
        assert "--no-cache" in note and "XDG_CACHE_HOME" in note
    assert not (shipped / CACHE_DIR).exists()


def test_concurrent_writers_leave_a_whole_entry(tmp_path: Path) -> None:
    store = Store(tmp_path)
    values = [{"writer": i, "data": "x" * 200_000 * (i + 1)} for i in range(6)]
    threads = [threading.Thread(target=store.write, args=("e.dat", v)) for v in values]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert store.read("e.dat") in values
    assert sorted(p.name for p in (tmp_path / CACHE_DIR).iterdir()) == [
        ".gitignore",
        "README",
        "e.dat",
    ]


def test_git_ignores_the_cache_in_a_repository_not_made_by_init(tmp_path: Path) -> None:
    """Found in a user trial: `git status` listed .desertcheck-cache/ as untracked in a
    repository made without `desertcheck init`, so `git add -A` would commit it."""
    import shutil
    import subprocess

    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    Store(tmp_path).write("e.dat", {"a": 1})
    assert (tmp_path / CACHE_DIR / ".gitignore").read_text().splitlines()[-1] == "*"
    status = subprocess.run(
        ["git", "status", "--porcelain", "--untracked-files=all"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    )
    assert status.stdout == ""


def test_concurrent_runs_agree_and_leave_a_valid_cache(shipped: Path) -> None:
    expected = cold(shipped, "--format", "json")[0]
    argv = [sys.executable, "-m", "desertcheck", "--root", str(shipped), "verify", "-f", "json"]
    env = {k: v for k, v in os.environ.items() if k != "DESERTCHECK_NO_CACHE"}
    procs = [
        subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        for _ in range(3)
    ]
    outs = [p.communicate()[0] for p in procs]
    assert outs == [expected] * 3
    assert all(Store(shipped).read(p.name) for p in reports(shipped))
    assert verify(shipped, "--format", "json")[0] == expected


@pytest.mark.parametrize("jobs", [[], ["--jobs", "2"], ["-j", "0"], ["--jobs=1"]])
def test_the_warm_path_loads_no_model_nor_checks(shipped: Path, jobs: list[str]) -> None:
    env = {k: v for k, v in os.environ.items() if k != "DESERTCHECK_NO_CACHE"}
    argv = [sys.executable, "-m", "desertcheck", "--root", str(shipped), "verify", "-f", "json"]
    cold_run = subprocess.run(argv, capture_output=True, text=True, env=env)
    code = (
        "import sys, atexit\n"
        "heavy = ('pydantic', 'typer', 'desertcheck.checks', 'desertcheck.model', 'yaml')\n"
        "atexit.register(lambda: print([m for m in heavy if m in sys.modules], file=sys.stderr))\n"
        "sys.argv = ['desertcheck', *sys.argv[1:]]\n"
        "from desertcheck.launch import main\n"
        "main()\n"
    )
    warm = subprocess.run(
        [sys.executable, "-c", code, "--root", str(shipped), "verify", "-f", "json", *jobs],
        capture_output=True,
        text=True,
        env=env,
    )
    assert warm.stdout == cold_run.stdout and warm.returncode == cold_run.returncode == 1
    assert warm.stderr.strip().splitlines()[-1] == "[]"


@pytest.mark.parametrize(
    "args",
    [
        ["verify", "--format", "jsn"],  # a mistake: the full command line says so
        ["verify", "--select", "no-such-code"],
        ["verify", "--claim", "no-such-claim"],
        ["verify", "--help"],
        ["verify", "--jobs", "two"],
        ["verify", "--jobs=-1"],
        ["verify", "-j", "2", "--jobs", "x"],
    ],
)
def test_what_the_warm_path_does_not_know_goes_to_the_command_line(
    shipped: Path, args: list[str]
) -> None:
    env = {k: v for k, v in os.environ.items() if k != "DESERTCHECK_NO_CACHE"}
    base = [sys.executable, "-m", "desertcheck", "--root", str(shipped)]
    subprocess.run([*base, "verify"], capture_output=True, env=env)
    out = subprocess.run([*base, *args], capture_output=True, text=True, env=env)
    expected = cli_runner().invoke(app, ["--root", str(shipped), *args])
    assert out.returncode == expected.exit_code
    assert out.stdout.splitlines()[:1] == expected.stdout.splitlines()[:1]  # help: any width
    assert not (shipped / CACHE_DIR / "README").read_text().startswith("Usage")


def test_cache_clear(shipped: Path) -> None:
    verify(shipped)
    assert (shipped / CACHE_DIR).is_dir()
    r = cli_runner().invoke(app, ["cache", "clear", "--root", str(shipped)])
    assert r.exit_code == 0 and "deleted" in r.stderr
    assert not (shipped / CACHE_DIR).exists()
    r = cli_runner().invoke(app, ["cache", "clear", "--root", str(shipped)])
    assert r.exit_code == 0 and "no cache" in r.stderr


def test_the_environment_variable_turns_the_cache_off(
    shipped: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DESERTCHECK_NO_CACHE", "1")
    verify(shipped)
    assert not (shipped / CACHE_DIR).exists()


def test_an_unwritable_cache_is_no_error(shipped: Path) -> None:
    (shipped / CACHE_DIR).write_text("a file where the folder should be")
    assert verify(shipped, "-f", "json") == cold(shipped, "-f", "json")


def test_the_manifest_sees_entries_it_cannot_read(tmp_path: Path) -> None:
    (tmp_path / "claims").mkdir()
    (tmp_path / "claims" / "a.yaml").write_text("claims: []\n")
    (tmp_path / "claims" / "link.yaml").symlink_to(tmp_path / "claims" / "a.yaml")
    m = Manifest(tmp_path)
    assert m.entries["claims/link.yaml"][0] == "l"
    assert m.digest("claims/link.yaml").startswith("link:")
    assert Manifest(tmp_path).matches(json.loads(json.dumps(m.to_json())))


@pytest.mark.parametrize(
    "args",
    [
        ["list"],
        ["list", "-f", "csv", "--sort", "value", "--measure", "war-deaths"],
        ["list", "--source", "no-such-source"],  # a note on stderr, replayed too
        ["export"],
        ["export", "-f", "csv", "--status", "error"],
        ["export", "-f", "markdown"],
    ],
)
def test_list_and_export_replay_what_they_wrote(shipped: Path, args: list[str]) -> None:
    def run(*extra: str) -> tuple[str, str, int]:
        r = cli_runner().invoke(app, [*args, "--root", str(shipped), *extra])
        return r.stdout, r.stderr, r.exit_code

    expected = run("--no-cache")
    assert run() == expected
    assert reports(shipped)
    assert run() == expected
    env = {k: v for k, v in os.environ.items() if k != "DESERTCHECK_NO_CACHE"}
    argv = [sys.executable, "-m", "desertcheck", *args, "--root", str(shipped)]
    out = subprocess.run(argv, capture_output=True, text=True, env=env)
    assert (out.stdout, out.returncode) == (expected[0], expected[2])


def test_export_to_a_file_is_never_replayed(shipped: Path, tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    for _ in range(2):
        r = cli_runner().invoke(app, ["export", "--root", str(shipped), "-o", str(target)])
        assert r.exit_code == 0 and r.stdout == "" and target.stat().st_size > 0
        target.unlink()


def test_claims_from_the_cache_are_the_claims_the_loader_builds(shipped: Path) -> None:
    from desertcheck.cache.claims import ClaimFileCache
    from desertcheck.registry import load_registry

    path = shipped / "claims" / "baghai-deserters-blog-2023.yaml"
    accept = "    accept:\n      - code: statement-mismatch\n        reason: worded apart\n"
    path.write_text(
        path.read_text().replace("    tags: [casualties]\n", "    tags: [casualties]\n" + accept, 1)
    )
    cold_load = load_registry(shipped)
    first = ClaimFileCache(Store(shipped), Manifest(shipped))
    assert load_registry(shipped, cache=first).findings == cold_load.findings
    assert Store(shipped).read(CLAIMS_ENTRY)
    second = ClaimFileCache(Store(shipped), Manifest(shipped))
    warm = load_registry(shipped, cache=second)
    assert second.hits == len(list((shipped / "claims").glob("*.yaml"))) > 0
    assert warm.findings == cold_load.findings
    for old, new in zip(
        (*cold_load.registry.claims, *cold_load.registry.relations),
        (*warm.registry.claims, *warm.registry.relations),
        strict=True,
    ):
        assert type(new) is type(old)
        assert new == old and new.where == old.where
        assert new.model_dump() == old.model_dump()
        assert new.model_fields_set == old.model_fields_set
    assert any(c.accept for c in warm.registry.claims)  # the cases that need building
    assert warm.registry.sources == cold_load.registry.sources  # front matter from the cache
    for sid, source in warm.registry.sources.items():
        old_meta = cold_load.registry.sources[sid].meta
        assert source.meta.where == old_meta.where
        assert source.meta.model_fields_set == old_meta.model_fields_set
    assert all(second.get_meta(s.file) for s in warm.registry.sources.values())
    assert any(s.meta.published for s in warm.registry.sources.values())
    assert any(c.is_range for c in warm.registry.claims) and warm.registry.relations


def test_a_claims_file_with_findings_is_always_read_again(shipped: Path) -> None:
    from desertcheck.cache.claims import ClaimFileCache
    from desertcheck.registry import load_registry

    path = shipped / "claims" / "moscow-times-proekt-2024.yaml"
    path.write_text(path.read_text().replace("unit: ", "unitt: ", 1))
    cold_load = load_registry(shipped)
    assert any(f.file == "claims/moscow-times-proekt-2024.yaml" for f in cold_load.findings)
    for _ in range(2):
        cache = ClaimFileCache(Store(shipped), Manifest(shipped))
        assert load_registry(shipped, cache=cache).findings == cold_load.findings
    assert cache.hits == len(list((shipped / "claims").glob("*.yaml"))) - 1
    assert verify(shipped, "-f", "json") == cold(shipped, "-f", "json")


def test_symlinks_in_the_cache_are_never_followed(shipped: Path, tmp_path: Path) -> None:
    """A cache folder committed with links into the user's files writes nothing there."""
    outside = tmp_path / "home"
    outside.mkdir()
    (outside / "precious").write_text("keep me\n")
    expected = cold(shipped, "-f", "json")
    (shipped / CACHE_DIR).symlink_to(outside, target_is_directory=True)
    assert verify(shipped, "-f", "json") == expected
    assert sorted(p.name for p in outside.iterdir()) == ["precious"]
    (shipped / CACHE_DIR).unlink()
    (shipped / CACHE_DIR).mkdir()
    for name in (CHECKS_ENTRY, CLAIMS_ENTRY, "README"):
        (shipped / CACHE_DIR / name).symlink_to(outside / "precious")
    assert verify(shipped, "-f", "json") == expected
    assert (outside / "precious").read_text() == "keep me\n"
    assert not (shipped / CACHE_DIR / CHECKS_ENTRY).is_symlink()  # replaced, not followed
    fifo = shipped / CACHE_DIR / CLAIMS_ENTRY
    fifo.unlink()
    os.mkfifo(fifo)
    assert Store(shipped).read(CLAIMS_ENTRY) is None  # not opened for reading and stuck


def test_a_claimreview_kept_yesterday_is_not_replayed_today(
    shipped: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without --date a review is dated today: the stored report of another day is stale."""
    import desertcheck.cli.export as export_cli

    with (shipped / "desertcheck.toml").open("a", encoding="utf-8") as f:
        f.write('\n[claimreview]\nauthor = "Desk"\nurl = "https://factcheck.example.org/c/"\n')

    def published(day: str) -> set[str]:
        monkeypatch.setattr(export_cli, "_today", lambda: day)
        args = ["export", "--root", str(shipped), "--format", "claimreview"]
        r = cli_runner().invoke(app, args, catch_exceptions=False)
        assert r.exit_code in (0, 1), r.stderr
        return {review["datePublished"] for review in json.loads(r.stdout)}

    assert published("2026-11-29") == {"2026-11-29"}
    assert reports(shipped)  # kept
    assert published("2026-11-30") == {"2026-11-30"}


def test_a_report_that_wrote_the_step_summary_is_not_replayed(
    shipped: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Annotations past GitHub's cap go to $GITHUB_STEP_SUMMARY: a warm run must write them
    there again, so such a report is never stored."""
    import re

    path = shipped / "claims" / "euaa-desertion-punishments.yaml"
    text = re.sub(r"^(    value: )(\d+)$", r"\g<1>9\2", path.read_text(), flags=re.M)
    path.write_text(text)
    summary = tmp_path / "summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    first = verify(shipped, "--format", "github")
    written = summary.read_text()
    assert "more finding" in first[0] and written
    assert verify(shipped, "--format", "github") == first
    assert summary.read_text() == written * 2


@pytest.mark.parametrize("fmt", ["table", "json", "github", "markdown"])
def test_audit_warm_writes_what_cold_writes_and_a_changed_draft_is_a_miss(
    shipped: Path, tmp_path: Path, fmt: str
) -> None:
    draft = tmp_path / "draft.md"
    draft.write_text("More than 60,000 soldiers have deserted the Russian army since 2022.\n")

    def audit(*args: str) -> tuple[str, str, int]:
        argv = ["audit", str(draft), "--root", str(shipped), "--format", fmt, *args]
        r = cli_runner().invoke(app, argv, catch_exceptions=False)
        return r.stdout, r.stderr, r.exit_code

    expected = audit("--no-cache")
    assert expected[2] == 1 and not (shipped / CACHE_DIR).exists()
    assert audit() == expected and reports(shipped)
    assert audit() == expected  # replayed
    draft.write_text("Over 50,000 soldiers have deserted the Russian army since 2022.\n")
    fresh = audit("--no-cache")
    assert fresh[2] == 0 and audit() == fresh


def test_a_whole_run_over_an_unchanged_registry_is_taken_as_it_was(shipped: Path) -> None:
    """verify (and audit, diff) over files already verified with the same options takes
    the stored findings, accepted ones included, without checking a claim."""
    from desertcheck.cache.checks import CheckCache, stored_runs
    from desertcheck.config import load_config
    from desertcheck.registry import load_registry
    from desertcheck.verify import verify as run_verify

    path = shipped / "claims" / "baghai-deserters-blog-2023.yaml"
    accept = "    accept:\n      - code: value-not-in-quote\n        reason: checked by hand\n"
    text = path.read_text()
    path.write_text(
        text.replace("    tags: [casualties]\n", "    tags: [casualties]\n" + accept, 1)
    )
    config, extra = load_config(shipped)
    cold_result = run_verify(load_registry(shipped), config, extra=extra)
    assert any(f.accepted for f in cold_result.findings)
    results = []
    for _ in range(2):
        cache = CheckCache(Store(shipped), Manifest(shipped))
        results.append(run_verify(load_registry(shipped), config, extra=extra, cache=cache))
    assert cache.hits == 0 and stored_runs(Store(shipped))  # not one claim looked up
    for result in results:
        assert result.findings == cold_result.findings and result.claims == cold_result.claims
    some = cold_result.claims[0].id  # other options: another run
    cache = CheckCache(Store(shipped), Manifest(shipped))
    one = run_verify(load_registry(shipped), config, extra=extra, cache=cache, claim_ids=[some])
    assert cache.hits == 1 and [c.id for c in one.claims] == [some]


def test_a_stored_run_of_the_wrong_shape_is_ignored(shipped: Path) -> None:
    from desertcheck.cache.checks import run_entry, stored_runs

    expected = cold(shipped, "--format", "json")
    verify(shipped, "--format", "json")
    store = Store(shipped)
    runs = stored_runs(store)
    assert runs
    bad = ("no-such-code", "error", "x", None, 1, 1, (), None)
    for key, (_, lines) in runs.items():
        store.write(run_entry(key), (key, (bad,), lines))
    for path in reports(shipped):
        path.unlink()  # the report is not replayed: the run is read
    assert verify(shipped, "--format", "json") == expected
    assert verify(shipped, "--format", "table") == cold(shipped, "--format", "table")


def test_in_an_edited_claims_file_only_the_edited_claim_is_checked_again(shipped: Path) -> None:
    from desertcheck.cache.checks import CheckCache
    from desertcheck.config import load_config
    from desertcheck.registry import load_registry
    from desertcheck.verify import verify as run_verify

    config, extra = load_config(shipped)

    def run() -> tuple[object, CheckCache]:
        cache = CheckCache(Store(shipped), Manifest(shipped))
        return run_verify(load_registry(shipped), config, extra=extra, cache=cache), cache

    run()
    path = shipped / "claims" / "moscow-times-proekt-2024.yaml"
    old = "statement: Over 4.5K Russian soldiers"
    path.write_text(path.read_text().replace(old, "statement: More than 4.5K Russian soldiers"))
    total = len(load_registry(shipped).registry.claims)
    result, cache = run()
    assert cache.hits == total - 1  # the others of its file are as they were, line for line
    assert result == run_verify(load_registry(shipped), config, extra=extra)
    path.write_text("\n" + path.read_text())  # every claim of the file a line lower
    result, cache = run()
    in_file = sum(
        1 for c in result.registry.claims if c.file == "claims/moscow-times-proekt-2024.yaml"
    )
    assert cache.hits == total - in_file
    assert verify(shipped, "-f", "json") == cold(shipped, "-f", "json")


def test_a_stored_audit_report_is_not_replayed_for_quiet(shipped: Path, tmp_path: Path) -> None:
    draft = tmp_path / "draft.md"
    draft.write_text(
        "Over 50,000 soldiers have deserted since 2022.\nSome 16,000 were prosecuted in 2023.\n"
    )
    argv = ["audit", str(draft), "--root", str(shipped)]
    full = cli_runner().invoke(app, argv).stdout
    quiet = cli_runner().invoke(app, [*argv, "--quiet"]).stdout
    assert reports(shipped) and "✓ supported" in full and "✓ supported" not in quiet
