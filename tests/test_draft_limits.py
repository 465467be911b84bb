"""Reading drafts under hostile input: pathological text for blanking and sentence
splitting, and drafts too large or endless. Each has a generous time bound: before the
patterns were made linear these took tens of seconds, or never finished."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from typer.testing import CliRunner

from desertcheck.cli import app
from desertcheck.draft import MAX_DRAFT_BYTES, DraftError, blank, read, sentences
from tests.timebound import within

PROJECT = Path(__file__).parent.parent


# -- linear time ----------------------------------------------------------------------------


def _staircase() -> str:
    """Backtick runs of every length from 1 up, none closed: each was once searched for its
    closing run to the end of the text."""
    return "".join("`" * k + " x " for k in range(1, 1200))


#: Text that once took quadratic time (or worse) to blank or split into sentences: 0.7 MB
#: of it at most, each 4 s to 25 s before, milliseconds now.
PATHOLOGICAL = {
    "full stops": "." * 40_000,
    "abbreviations": "e.g. E.g. " * 4_000,
    "footnote openers": "[^" * 40_000,
    "autolink openers": "<http://" * 20_000,
    "terminal title openers": "\x1b]0;" * 20_000 + "x" * 40_000,
    "control sequence openers": "\x1b[" * 40_000,
    "unclosed code spans": _staircase(),
    "a long word before a stop": ("x" * 40_000 + " end. A ") * 2,
}


@pytest.mark.parametrize("name", list(PATHOLOGICAL))
def test_blanking_and_sentence_splitting_are_linear(name: str) -> None:
    text = PATHOLOGICAL[name]
    with within(3):
        blanked = blank(text)
        sentences(blanked, text)
    assert len(blanked) == len(text)


def test_sentences_of_full_stops() -> None:
    text = "One 5 cases. " + "." * 40_000 + " Two 6 cases. Three 7 cases."
    with within(3):
        spans = sentences(blank(text), text)
    assert [text[a:b] for a, b in spans[1:]] == ["Two 6 cases.", "Three 7 cases."]


# -- the size of a draft --------------------------------------------------------------------


def test_read_caps_the_size_of_a_draft(tmp_path: Path) -> None:
    ok = tmp_path / "ok.md"
    ok.write_bytes(b"a" * MAX_DRAFT_BYTES)
    assert len(read(str(ok)).text) == MAX_DRAFT_BYTES
    big = tmp_path / "draft.md"
    big.write_bytes(b"a" * (MAX_DRAFT_BYTES + 1))
    with pytest.raises(DraftError, match=r"draft\.md: larger than 5 MiB; split it"):
        read(str(big))


def test_cli_refuses_a_draft_over_the_cap_on_stdin(runner: CliRunner) -> None:
    data = b"Some 16,000 soldiers. " * (MAX_DRAFT_BYTES // 20)
    assert len(data) > MAX_DRAFT_BYTES
    result = runner.invoke(app, ["audit", "--root", str(PROJECT), "-"], input=data)
    assert result.exit_code == 2
    assert "<stdin>: larger than 5 MiB; split it" in result.stderr
    assert "Traceback" not in result.stderr


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_cli_refuses_an_endless_device() -> None:
    """``audit /dev/zero`` once read until memory ran out."""
    result = subprocess.run(
        [sys.executable, "-m", "desertcheck", "audit", "--root", str(PROJECT), "/dev/zero"],
        capture_output=True,
        text=True,
        timeout=60,
        preexec_fn=_limit_memory,
        check=False,
    )
    assert result.returncode == 2, result.stderr[-2000:]
    assert "/dev/zero: larger than 5 MiB; split it" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_is_read_like_stdin(tmp_path: Path) -> None:
    fifo = tmp_path / "draft.md"
    os.mkfifo(fifo)

    def write() -> None:
        with fifo.open("wb") as f:
            f.write(b"Some 16,000 soldiers were prosecuted for desertion since 2022.\n")

    writer = threading.Thread(target=write)
    writer.start()
    with within(10):
        draft = read(str(fifo))
    writer.join()
    assert draft.text.startswith("Some 16,000")
