"""Objects built in bulk (desertcheck.bulk): no collection meanwhile; in the command line,
none after either (gc.freeze), never in a process that goes on (this one)."""

from __future__ import annotations

import gc
import subprocess
import sys

import pytest

from desertcheck import bulk


def test_no_collection_while_building_and_the_collector_back_after() -> None:
    assert gc.isenabled()
    with bulk.no_collection():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_a_process_that_goes_on_freezes_nothing() -> None:
    assert not bulk._freeze
    before = gc.get_freeze_count()
    with bulk.no_collection():
        kept = [[] for _ in range(1000)]
    assert gc.get_freeze_count() == before and kept


def test_what_was_built_is_frozen_when_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bulk, "_freeze", True)
    before = gc.get_freeze_count()
    try:
        with bulk.no_collection():
            kept = [[] for _ in range(1000)]
        assert gc.get_freeze_count() >= before + len(kept)
    finally:
        gc.unfreeze()


def test_the_command_line_asks_for_it() -> None:
    code = (
        "import sys; sys.argv = ['desertcheck', '--version']\n"
        "from desertcheck import bulk, launch\n"
        "try:\n    launch.main()\nexcept SystemExit:\n    pass\n"
        "print(bulk._freeze, file=sys.stderr)\n"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert r.stderr.strip() == "True"
