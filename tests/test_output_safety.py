"""Output that cannot destroy what it replaces, cannot lie about failing, and stays valid.

Found by an adversarial review: ``export -o`` renamed over /dev/null and /dev/stdout, a
trailing slash wrote a file, a full disk left a truncated report with exit 0, audit wrote
``Infinity`` into JSON, and file names reached the terminal raw.
"""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from desertcheck.cli import app
from desertcheck.files import write_atomic
from desertcheck.reporters.machine import to_json

from .conftest import FIXTURES, PROJECT, cli_runner

VALID = FIXTURES / "loader" / "valid"


def run(*args: str | Path, **kw: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desertcheck", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=60,
        **kw,  # type: ignore[call-overload]
    )


def test_export_to_dev_null_leaves_the_device_alone() -> None:
    before = os.stat("/dev/null")
    r = run("export", "--root", VALID, "-o", "/dev/null")
    assert r.returncode == 0, r.stderr
    after = os.stat("/dev/null")
    assert stat.S_ISCHR(after.st_mode) and after.st_ino == before.st_ino


def test_export_to_dev_stdout_writes_to_stdout() -> None:
    r = run("export", "--root", VALID, "-f", "csv", "-o", "/dev/stdout")
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("id,statement,")


def test_export_to_a_fifo_writes_into_it(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()))
    reader.start()
    r = run("export", "--root", VALID, "-o", fifo)
    reader.join(timeout=30)
    assert r.returncode == 0, r.stderr
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    assert json.loads(got[0])["claims"]


def test_export_through_a_symlink_keeps_the_link(tmp_path: Path) -> None:
    real, link = tmp_path / "real.json", tmp_path / "link.json"
    real.write_text("old")
    link.symlink_to(real)
    write_atomic(link, "new")
    assert link.is_symlink() and real.read_text() == "new"


def test_a_trailing_slash_names_a_folder(tmp_path: Path) -> None:
    r = cli_runner().invoke(app, ["export", "--root", str(VALID), "-o", f"{tmp_path}/nonexist/"])
    assert r.exit_code == 2 and "is a folder" in r.stderr
    assert not (tmp_path / "nonexist").exists()


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize("args", [["verify", "-f", "json"], ["verify"], ["list"], ["export"]])
def test_a_full_disk_is_an_error_not_success(args: list[str]) -> None:
    with open("/dev/full", "w") as full:
        r = subprocess.run(
            [sys.executable, "-m", "desertcheck", *args, "--root", str(PROJECT)],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            timeout=60,
        )
    assert r.returncode == 2
    assert "No space left on device" in r.stderr and "Traceback" not in r.stderr


def test_json_is_valid_whatever_the_numbers() -> None:
    text = to_json({"low": float("inf"), "items": [float("nan"), 1.5], "n": 10**400})
    assert json.loads(text) == {"low": None, "items": [None, 1.5], "n": 10**400}
    assert "Infinity" not in text and "NaN" not in text


def test_audit_json_of_a_huge_figure_is_valid_json() -> None:
    draft = f"Over {'9' * 400} soldiers deserted in 2024.\n"
    r = cli_runner().invoke(app, ["audit", "-", "-f", "json", "--root", str(PROJECT)], input=draft)
    data = json.loads(r.stdout)  # strict parsing: Infinity would raise
    assert data["items"] and "Infinity" not in r.stdout


def test_file_names_never_reach_the_terminal_raw(tmp_path: Path) -> None:
    root = tmp_path / "r"
    shutil.copytree(VALID, root)
    evil = "\x1b]0;pwned\x07x"
    (root / "claims" / "alpha.yaml").rename(root / "claims" / f"{evil}.yaml")
    for args in (["list"], ["verify"], ["export", "-f", "csv"], ["show", "alpha-desertions-2024"]):
        r = cli_runner().invoke(app, [*args, "--root", str(root)], env={"FORCE_COLOR": "1"})
        assert "\x1b]" not in r.stdout and "\x07" not in r.stdout, args
        assert "\x1b]" not in r.stderr and "\x07" not in r.stderr, args
