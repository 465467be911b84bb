"""Docs that cannot go stale: every loader code is documented."""

from __future__ import annotations

from desertcheck.registry import LOADER_CODES

from .conftest import PROJECT


def test_every_loader_code_is_documented() -> None:
    doc = (PROJECT / "docs" / "registry-format.md").read_text(encoding="utf-8")
    for code in LOADER_CODES:
        assert f"| `{code}` |" in doc, code
