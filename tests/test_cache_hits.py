"""verify's per-claim results taken from checks.dat in one pass: a stored entry of another
shape, or of another version of the source, is never taken; that claim is checked again."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from desertcheck.cache import Store
from desertcheck.cache.checks import ENTRY, RUNS, CheckCache
from desertcheck.cache.manifest import Manifest
from desertcheck.config import load_config
from desertcheck.registry import load_registry
from desertcheck.verify import verify as run_verify

from .conftest import verify_json

pytestmark = pytest.mark.usefixtures("cache_on")
verify = verify_json


DAMAGE: dict[str, Callable[[tuple[Any, ...]], Any]] = {
    "not a tuple": lambda e: list(e),
    "too short": lambda e: e[:4],
    "another source file": lambda e: ("sources/other.md", *e[1:]),
    "another source version": lambda e: (e[0], "0" * 40, *e[2:]),
    "findings not a tuple": lambda e: (*e[:2], [], *e[3:]),
    "line not a number": lambda e: (*e[:3], "12", e[4]),
}


@pytest.mark.parametrize("damage", list(DAMAGE))
def test_a_damaged_entry_is_checked_again(shipped_copy: Path, damage: str) -> None:
    expected = verify(shipped_copy, "--no-cache")
    verify(shipped_copy)
    store = Store(shipped_copy)
    stored = store.read(ENTRY)
    group = next(iter(stored))
    claim_id = next(iter(stored[group]))
    stored[group][claim_id] = DAMAGE[damage](stored[group][claim_id])
    store.write(ENTRY, stored)
    store.prune(RUNS, 0)  # no whole run to take: each claim is looked up
    registry = load_registry(shipped_copy)
    config, config_findings = load_config(shipped_copy)
    cache = CheckCache(store, Manifest(shipped_copy))
    result = run_verify(registry, config, extra=config_findings, cache=cache)
    assert cache.hits == len(registry.registry.claims) - 1
    assert result.claims == run_verify(registry, config, extra=config_findings).claims
    assert verify(shipped_copy) == expected
