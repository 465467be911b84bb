"""The runaway guard counts this process's CPU time, not the wall clock."""

from __future__ import annotations

import time

import pytest

from .timebound import within


def test_runaway_work_is_stopped() -> None:
    with pytest.raises(TimeoutError, match="CPU time"), within(0.2):
        while True:
            pass


def test_waiting_is_not_work() -> None:
    with within(0.2):
        time.sleep(0.5)  # a loaded machine makes a test wait; that must not fail it
