"""The claims verify compares across the registry: a stub whose measure or scope is still
``todo`` is left out, every other claim kept (judged once per distinct measure and scope,
which a large registry repeats)."""

from __future__ import annotations

import shutil
from pathlib import Path

from desertcheck.registry import load_registry
from desertcheck.verify import _finished

from .conftest import FIXTURES

PLACEHOLDER = FIXTURES / "verify" / "placeholder"


def test_stubs_are_left_out_of_the_comparisons(tmp_path: Path) -> None:
    root = tmp_path / "reg"
    shutil.copytree(PLACEHOLDER, root)
    path = root / "claims" / "claims.yaml"
    text = path.read_text(encoding="utf-8")
    start = text.index("  - id: prosecutions")
    block = text[start:].split("\n\n")[0] + "\n"
    for n, (field, value) in enumerate(
        [("scope", "todo"), ("measure", "todo"), ("scope", "todos")]
    ):
        stub = block.replace("id: prosecutions", f"id: stub-{n}")
        old = "scope: army" if field == "scope" else "measure: prosecutions"
        text += "\n" + stub.replace(old, f'{field}: "{value}"')
    path.write_text(text, encoding="utf-8")
    loaded = load_registry(root)
    assert not loaded.findings
    ids = [c.id for c in loaded.registry.claims]
    kept = _finished(loaded.registry)
    left_out = {"stub-convictions", "stub-0", "stub-1"}  # "todos" is a word, not the mark
    assert [c.id for c in kept.claims] == [i for i in ids if i not in left_out]
    assert kept.claim("stub-2") is not None and kept.claim("stub-0") is None


def test_a_registry_without_stubs_is_kept_as_it_is() -> None:
    registry = load_registry(FIXTURES / "verify" / "contradiction").registry
    assert _finished(registry) is registry
