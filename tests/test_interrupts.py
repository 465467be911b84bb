"""Ctrl-C: every command ends the same way (one line, then the process ends by SIGINT, which
a shell reports as 130 and a shell loop stops on), workers print nothing and none is left
behind (docs/exit-codes.md).

Each run is a real process sent SIGINT, as a terminal sends it on Ctrl-C: to the whole
process group, the command and its workers alike. The process is held where the test needs
it (in a worker's chunk of claims, or in loading the registry) until it is interrupted, so
no assertion depends on how long anything takes.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from desertcheck import parallel

from .conftest import PROJECT

pytestmark = pytest.mark.skipif(
    os.name != "posix" or not hasattr(os, "killpg"),
    reason="no process groups and SIGINT here",
)

#: ``desertcheck ARGS`` (argv[3:]) whose workers, or whose loading of the registry
#: (argv[2]), write their process id to argv[1] and wait there until interrupted.
HELD = """
import os, sys, time
marker, where = sys.argv[1], sys.argv[2]
sys.argv = ["desertcheck", *sys.argv[3:]]

def hold(*args, **kwargs):
    with open(marker, "a") as f:
        f.write(f"{os.getpid()}\\n")
    while True:
        time.sleep(0.05)

if where == "workers":
    from desertcheck import parallel
    parallel._run_chunk = hold
else:
    import desertcheck.registry
    desertcheck.registry.load_registry = hold
from desertcheck.launch import entry
entry()
"""

#: a hang guard, never an assertion on speed: a run that does not end fails the test
HANG = 300

#: how a parent sees a process killed by SIGINT (a shell: 128 + 2 = 130)
BY_SIGINT = -signal.SIGINT


def _running(pid: int) -> bool:
    """The process ``pid`` exists and is no zombie."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def _interrupted(
    tmp_path: Path, where: str, args: list[str], held: int, shell: str = ""
) -> tuple[int, str, list[int]]:
    """Run ``desertcheck ARGS`` held at ``where`` until ``held`` processes wait there, send
    SIGINT to its process group, and return its exit code, its stderr and the held pids.
    With ``shell``, the command is run by that bash script (as ``"$@"``) instead."""
    marker = tmp_path / "held"
    marker.unlink(missing_ok=True)
    env = {**os.environ, parallel.MIN_ENV: "2", "COLUMNS": "200"}
    command = [sys.executable, "-c", HELD, str(marker), where, *args]
    if shell:
        command = ["bash", "-c", shell, "bash", *command]
    proc = subprocess.Popen(
        command,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        start_new_session=True,  # its own group, as a terminal's foreground job
    )
    try:
        pids: list[int] = []
        while len(pids) < held:
            try:
                proc.wait(timeout=0.05)
            except subprocess.TimeoutExpired:
                pass
            else:
                pytest.fail(f"ended before it was interrupted: {proc.communicate()[1]}")
            if marker.exists():
                pids = [int(p) for p in marker.read_text().split()]
        os.killpg(proc.pid, signal.SIGINT)
        _, err = proc.communicate(timeout=HANG)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    return proc.returncode, err, pids


DRAFT = str(PROJECT / "examples" / "drafts" / "errors-explainer.md")
WITH_WORKERS = [
    pytest.param(["verify", "--jobs", "2"], id="verify"),  # run by the entry point itself
    pytest.param(["--no-cache", "verify", "-j", "2"], id="verify-through-the-app"),
    pytest.param(["audit", DRAFT, "--jobs", "2"], id="audit"),  # its verify's workers
]


@pytest.mark.skipif(not parallel.can_fork(), reason="no worker processes on this system")
@pytest.mark.parametrize("args", WITH_WORKERS)
def test_ctrl_c_while_workers_run_is_one_line_and_death_by_sigint(
    tmp_path: Path, shipped_copy: Path, args: list[str]
) -> None:
    for _ in range(3):  # the stray worker line came one time in five
        code, err, workers = _interrupted(
            tmp_path, "workers", ["--root", str(shipped_copy), *args], held=2
        )
        assert (code, err) == (BY_SIGINT, "desertcheck: interrupted\n")
        assert os.getpid() not in workers and len(set(workers)) == 2
        assert [pid for pid in workers if _running(pid)] == []


WITHOUT_WORKERS = [
    ["list"],
    ["show", "nge-un-desertions-since-2022"],
    ["export", "--format", "csv"],
    ["scan"],
    ["vocab"],
    ["verify", "--jobs", "1"],
]


@pytest.mark.parametrize("args", WITHOUT_WORKERS, ids=lambda a: a[0])
def test_ctrl_c_ends_every_command_the_same_way(
    tmp_path: Path, shipped_copy: Path, args: list[str]
) -> None:
    code, err, _ = _interrupted(tmp_path, "registry", ["--root", str(shipped_copy), *args], 1)
    assert (code, err) == (BY_SIGINT, "desertcheck: interrupted\n")


#: a shell loop that runs the command, then would go on to a second round
LOOP = 'for round in 1 2; do if [ "$round" = 1 ]; then "$@"; else echo "went on" >&2; fi; done'


@pytest.mark.skipif(shutil.which("bash") is None, reason="no bash here")
def test_ctrl_c_stops_the_shell_loop_that_runs_a_command(
    tmp_path: Path, shipped_copy: Path
) -> None:
    """A shell goes on with its loop after a program that exited 130 (it handled the
    interrupt, the shell takes it), and stops when the program was killed by SIGINT."""
    code, err, _ = _interrupted(
        tmp_path, "registry", ["--root", str(shipped_copy), "list"], 1, shell=LOOP
    )
    assert "went on" not in err
    assert err.startswith("desertcheck: interrupted\n")
    assert code in (BY_SIGINT, 130)


def test_the_workers_ignore_sigint_from_the_moment_they_are_forked() -> None:
    """SIGINT is blocked while the pool forks (none reaches a worker before it ignores
    it), and the parent's mask is as it was afterwards."""
    if not parallel.can_fork() or not hasattr(signal, "pthread_sigmask"):
        pytest.skip("no worker processes or signal masks on this system")

    def state(_: int) -> tuple[object, bool]:
        blocked = signal.SIGINT in signal.pthread_sigmask(signal.SIG_BLOCK, set())
        return signal.getsignal(signal.SIGINT), blocked

    mask, handler = signal.pthread_sigmask(signal.SIG_BLOCK, set()), signal.getsignal(signal.SIGINT)
    got = dict(parallel.check_all(list(range(8)), state, 2))
    assert set(got.values()) == {(signal.SIG_IGN, False)}
    assert signal.pthread_sigmask(signal.SIG_BLOCK, set()) == mask
    assert signal.getsignal(signal.SIGINT) == handler
