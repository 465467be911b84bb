"""A cold ``verify --jobs``: claims files read, validated and checked in worker processes
give the report one process gives, whatever the files hold."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desertcheck import parallel
from desertcheck.cli import app
from desertcheck.registry import load_registry
from desertcheck.registry.fanout import FanOut

from .conftest import PROJECT, cli_runner

needs_fork = pytest.mark.skipif(not parallel.can_fork(), reason="processes cannot be forked here")

_CLAIM = """\
  - id: {id}
    statement: {statement}
    value: 1
    unit: people
    measure: deserters
    scope: russia
    period: '2023'
    source: {source}
    quote: "one"
"""


@pytest.fixture
def troubled(shipped_copy: Path) -> Path:
    """The shipped registry with files the loader has something to say about: a claim whose
    id another file holds, a file that is not YAML, a claim that does not validate, a
    claim of a missing source."""
    claims = shipped_copy / "claims"
    first = sorted(claims.glob("*.yaml"))[0].read_text(encoding="utf-8")
    taken = first.split("- id: ", 1)[1].split("\n", 1)[0].strip()
    source = sorted((shipped_copy / "sources").glob("*.md"))[0].stem
    (claims / "a-taken.yaml").write_text(
        "claims:\n" + _CLAIM.format(id=taken, statement="Taken.", source=source),
        encoding="utf-8",
    )
    (claims / "b-broken.yaml").write_text("claims:\n  - id: [unclosed\n", encoding="utf-8")
    (claims / "c-invalid.yaml").write_text(
        "claims:\n"
        + _CLAIM.format(id="c-one", statement="One.", source=source)
        + "    colour: red\n",
        encoding="utf-8",
    )
    (claims / "d-missing.yaml").write_text(
        "claims:\n" + _CLAIM.format(id="d-one", statement="One.", source="no-such-source"),
        encoding="utf-8",
    )
    return shipped_copy


@needs_fork
@pytest.mark.parametrize("fmt", ["json", "table", "sarif"])
@pytest.mark.parametrize("cache", [True, False])
def test_files_read_in_workers_give_the_report_one_process_gives(
    troubled: Path,
    monkeypatch: pytest.MonkeyPatch,
    forks: list[tuple[int, int]],
    fmt: str,
    cache: bool,
) -> None:
    monkeypatch.setattr(parallel, "PARALLEL_MIN", 2)
    if cache:
        monkeypatch.delenv("DESERTCHECK_NO_CACHE")
    runner = cli_runner()
    base = ["verify", "--root", str(troubled), "--format", fmt]
    one = runner.invoke(app, [*base, "--jobs", "1", "--no-cache"])
    two = runner.invoke(app, [*base, "--jobs", "2"])
    assert forks == [(9, 2)]  # every claims file read in the workers; nothing checked after
    assert (two.exit_code, two.stdout, two.stderr) == (one.exit_code, one.stdout, one.stderr)
    assert "already used" in one.stdout or "already used" in one.stderr
    if cache:  # what the workers read is kept as a file read here is
        shutil.rmtree(troubled / ".desertcheck-cache" / "reports", ignore_errors=True)
        again = runner.invoke(app, [*base, "--jobs", "2", "--quiet"])
        assert forks == [(9, 2)], forks  # every clean file from the cache: no worker
        assert again.exit_code == one.exit_code


@needs_fork
def test_only_clean_files_come_from_the_workers(
    troubled: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(parallel, "PARALLEL_MIN", 2)
    fan = FanOut(2)
    loaded = load_registry(troubled, fan=fan)
    # the shipped five, a-taken.yaml (another file takes its id) and d-missing.yaml (its
    # source is missing): what they lack is found across files, here
    assert fan.files == 7
    assert loaded == load_registry(troubled)
    assert not fan.checked  # no checks asked for


@needs_fork
def test_few_bytes_of_claims_start_no_worker(
    shipped_copy: Path, forks: list[tuple[int, int]]
) -> None:
    fan = FanOut(2)
    assert load_registry(shipped_copy, fan=fan) == load_registry(shipped_copy)
    assert forks == [] and fan.files == 0  # 63 claims: fewer than PARALLEL_MIN


def test_the_shipped_registry_loads_alike_with_one_job() -> None:
    fan = FanOut(1)
    assert load_registry(PROJECT, fan=fan) == load_registry(PROJECT)
    assert fan.files == 0


@needs_fork
def test_with_claims_named_only_those_are_checked_in_the_workers(
    shipped_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(parallel, "PARALLEL_MIN", 2)
    loaded = load_registry(shipped_copy)
    wanted = {loaded.registry.claims[0].id, loaded.registry.claims[-1].id}
    fan = FanOut(2, lambda sources, claim: ([], None), "tag", wanted)
    assert load_registry(shipped_copy, fan=fan) == loaded
    assert {cid for _, cid in fan.checked} == wanted
    runner = cli_runner()
    base = ["verify", "--root", str(shipped_copy), "--format", "json"]
    for cid in sorted(wanted):
        base += ["--claim", cid]
    one = runner.invoke(app, [*base, "--jobs", "1"])
    two = runner.invoke(app, [*base, "--jobs", "2"])
    assert (two.exit_code, two.stdout) == (one.exit_code, one.stdout)
    assert one.stdout.count('"status"') == 2


@needs_fork
def test_the_workers_reading_show_progress(troubled: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A cold verify's bar showed nothing while the workers read and checked the files, then
    jumped to its end: the files' reading is a bar of its own, ticked as each comes back."""
    import contextlib

    monkeypatch.setattr(parallel, "PARALLEL_MIN", 2)
    bars: list[tuple[str, int, list[int]]] = []

    @contextlib.contextmanager
    def bar(what: str, total: int):  # type: ignore[no-untyped-def]
        ticks: list[int] = []
        bars.append((what, total, ticks))
        yield ticks.append

    fan = FanOut(2, bar=bar)
    load_registry(troubled, fan=fan)
    [(what, total, ticks)] = bars
    assert what == "reading and checking claims" and total > 0
    assert ticks and ticks == sorted(ticks) and ticks[-1] <= total - 1


@needs_fork
def test_a_worker_judges_each_file_alone(troubled: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """One worker reading every file in turn: a-taken.yaml takes an id of a shipped file read
    before it in the same worker, and was sent back or not by which worker got it (the
    parent finds the duplicate across files either way)."""
    monkeypatch.setattr(parallel, "PARALLEL_MIN", 2)
    check_all = parallel.check_all

    def one_worker(indices, check, workers, *args, **kwargs):  # type: ignore[no-untyped-def]
        return check_all(indices, check, 1, *args, **kwargs)

    monkeypatch.setattr(parallel, "check_all", one_worker)
    fan = FanOut(2)
    loaded = load_registry(troubled, fan=fan)
    assert fan.files == 7
    assert loaded == load_registry(troubled)


@needs_fork
def test_a_cold_audit_reads_the_claims_files_in_workers_as_verify_does(
    troubled: Path,
    monkeypatch: pytest.MonkeyPatch,
    forks: list[tuple[int, int]],
    tmp_path: Path,
) -> None:
    """audit runs verify first: with the cache on, its cold run read every claims file in
    one process and then checked the claims in workers; it reads and checks them in the
    same workers, as a cold verify does, and reports what one process reports."""
    monkeypatch.setattr(parallel, "PARALLEL_MIN", 2)
    monkeypatch.delenv("DESERTCHECK_NO_CACHE")
    draft = tmp_path / "draft.md"
    draft.write_text("Some 3,000 soldiers deserted in 2023, and 12 men were tried.\n")
    runner = cli_runner()
    base = ["audit", str(draft), "--root", str(troubled), "--format", "json"]
    one = runner.invoke(app, [*base, "--jobs", "1", "--no-cache"])
    two = runner.invoke(app, [*base, "--jobs", "2"])
    assert forks == [(9, 2)]  # every claims file read in the workers; nothing checked after
    assert (two.exit_code, two.stdout, two.stderr) == (one.exit_code, one.stdout, one.stderr)
