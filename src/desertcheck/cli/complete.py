"""Shell completion of ids, codes and slugs from the registry in the working directory.

Runs in its own process on every TAB, so it must be quick: it never loads the registry
(no model, no YAML parser, no checks). Claims files are scanned line by line for
``id:``, ``measure:``, ``scope:`` and ``tags:`` under ``claims:``, the way they are
written in block style; source ids are the names of ``sources/*.md``; codes come from the
catalogue. A registry written otherwise (flow style) completes less, never wrongly.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

_ENV_ROOT = "DESERTCHECK_ROOT"  # as registry.root.ENV_ROOT: importing the registry costs 50 ms
_MAX_DEPTH = 8
_KEY = re.compile(r"^(\s*)(?:-\s+)?(id|measure|scope|tags)\s*:\s*(.*?)\s*(?:#.*)?$")
_TOP = re.compile(r"^([A-Za-z_][\w-]*)\s*:")


def _root(ctx: Any) -> Path | None:
    """The registry: ``--root`` of the command or the app, $DESERTCHECK_ROOT, or the
    nearest folder above the working directory with claims/."""
    while ctx is not None:
        given = (getattr(ctx, "params", None) or {}).get("root")
        if given:
            return Path(given)
        ctx = getattr(ctx, "parent", None)
    if os.environ.get(_ENV_ROOT):
        return Path(os.environ[_ENV_ROOT])
    here = Path.cwd()
    return next((d for d in (here, *here.parents) if (d / "claims").is_dir()), None)


def _claim_files(folder: Path) -> Iterator[Path]:
    pending = [(folder, 0)]
    while pending:
        current, depth = pending.pop()
        try:
            entries = sorted(os.scandir(current), key=lambda e: e.name)
        except OSError:
            continue
        for entry in entries:
            if entry.is_dir(follow_symlinks=False) and depth < _MAX_DEPTH:
                pending.append((Path(entry.path), depth + 1))
            elif entry.name.endswith(".yaml") and entry.is_file(follow_symlinks=False):
                yield Path(entry.path)


def _unquote(value: str) -> str:
    return value.strip().strip("'\"")


def scan(root: Path, field: str) -> list[str]:
    """The values of ``field`` (id, measure, scope, tags) of the claims under ``root``,
    each once, in the order first written."""
    found: dict[str, None] = {}
    for path in _claim_files(root / "claims"):
        try:
            text = path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
        section = ""
        for line in text.splitlines():
            top = _TOP.match(line)
            if top:
                section = top[1]
                continue
            m = _KEY.match(line)
            if not m or section != "claims" or m[2] != field:
                continue
            value = m[3]
            if field == "tags":
                found.update(dict.fromkeys(_unquote(t) for t in value.strip("[]").split(",")))
            else:
                found[_unquote(value)] = None
    found.pop("", None)
    return list(found)


def _matching(values: list[str], incomplete: str) -> list[str]:
    return [v for v in values if v.startswith(incomplete)]


def _completer(field: str) -> Callable[[Any, str], list[str]]:
    """A completion function for the values of ``field`` in the claims."""

    def complete(ctx: Any, incomplete: str) -> list[str]:
        root = _root(ctx)
        return _matching(scan(root, field), incomplete) if root else []

    return complete


complete_claims = _completer("id")
complete_measures = _completer("measure")
complete_scopes = _completer("scope")
complete_tags = _completer("tags")


def complete_sources(ctx: Any, incomplete: str) -> list[str]:
    root = _root(ctx)
    if root is None or not (root / "sources").is_dir():
        return []
    return _matching(sorted(p.stem for p in (root / "sources").glob("*.md")), incomplete)


def complete_codes(ctx: Any, incomplete: str) -> list[str]:
    """Codes, for ``--select`` and ``--ignore``: after a comma, the next code of the list."""
    from desertcheck.codes import Code, Origin

    head, _, last = incomplete.rpartition(",")
    prefix = head + "," if head else ""
    drafts = (Origin.AUDIT, Origin.DRAFT)
    return [prefix + c for c in Code if c.origin not in drafts and c.startswith(last)]
