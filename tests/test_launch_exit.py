"""The entry point leaves without tearing the interpreter down (:func:`.launch.leave`), when
that is safe: exit functions run, streams flushed, the code kept."""

from __future__ import annotations

import subprocess
import sys

import pytest

PROLOGUE = (
    "import atexit, sys, threading, time\n"
    "from desertcheck.launch import leave\n"
    "class TornDown:\n"
    "    def __del__(self):\n"
    "        sys.stderr.write('torn down')\n"
    "kept = TornDown()\n"
    "atexit.register(lambda: print('exit function'))\n"
    "print('report', end=' ')\n"
)


def run(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", PROLOGUE + code], capture_output=True, text=True)


@pytest.mark.parametrize("code", [None, 0, 3])
def test_a_run_leaves_with_its_code_its_output_and_its_exit_functions(code: int | None) -> None:
    done = run(f"leave({code})\nraise SystemExit(99)")
    assert (done.stdout, done.returncode) == ("report exit function\n", code or 0)
    assert "torn down" not in done.stderr  # the interpreter was not taken apart


def test_a_message_or_a_running_thread_is_left_to_pythons_exit() -> None:
    said = run("leave('a message')\nraise SystemExit('a message')")
    assert said.returncode == 1 and "a message" in said.stderr and "torn down" in said.stderr
    thread = "threading.Thread(target=time.sleep, args=(0.2,)).start()\n"
    waited = run(thread + "leave(5)\nraise SystemExit(6)")
    assert waited.returncode == 6 and "torn down" in waited.stderr
    assert waited.stdout == "report exit function\n"


def test_the_entry_point_leaves_so() -> None:
    code = "import sys\nsys.argv = ['desertcheck', '--version']\nimport desertcheck.__main__\n"
    done = run(code)
    assert done.returncode == 0 and done.stdout.startswith("report desertcheck ")
    assert done.stdout.endswith("exit function\n") and "torn down" not in done.stderr
