"""``[audit]`` of desertcheck.toml: the settings of ``desertcheck audit``.

* ``min-score``: the context score a claim needs to be matched to a figure (0 to 100);
* ``synonyms``: the registry's own words for its measures (``[audit.synonyms]``);
* ``language``: the language its drafts are written in, when they do not say
  (:mod:`desertcheck.audit.declared`): a tag (``de``, ``fr``, ``de-AT``) or ``auto``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desertcheck.tomllines import Lines

Bad = Callable[[str, int], None]


def audit_settings(
    audit: dict[str, Any], lines: Lines, bad: Bad
) -> tuple[float | None, dict[str, tuple[str, ...]], str | None]:
    """(min-score, synonyms, language) of the ``[audit]`` table; ``bad(message, line)``
    reports each problem, and the setting is then as if not written."""
    return (
        _min_score(audit, lines, bad),
        _synonyms(audit.get("synonyms"), lines, bad),
        _language(audit, lines, bad),
    )


def _min_score(audit: dict[str, Any], lines: Lines, bad: Bad) -> float | None:
    min_score = audit.get("min-score")
    if min_score is None:
        return None
    if (
        isinstance(min_score, int | float)
        and not isinstance(min_score, bool)
        and 0 <= min_score <= 100
    ):
        return float(min_score)
    bad("min-score: write a number from 0 to 100", lines.key("audit", "min-score"))
    return None


_WORD = re.compile(r"[^\W\d_][^\W\d_'’-]*")
_SYNONYMS_FIX = 'write [audit.synonyms] as word = ["other", "words"], one word each'


def _synonyms(table: Any, lines: Lines, bad: Bad) -> dict[str, tuple[str, ...]]:
    """``[audit.synonyms]``: each key a word, each value a word or a list of words."""
    if table is None:
        return {}
    if not isinstance(table, dict):
        bad(f"synonyms: {_SYNONYMS_FIX}", lines.key("audit", "synonyms"))
        return {}
    out: dict[str, tuple[str, ...]] = {}
    for key, value in table.items():
        listed = [value] if isinstance(value, str) else value
        if (
            not _WORD.fullmatch(key)
            or not isinstance(listed, list)
            or not listed
            or not all(isinstance(w, str) and _WORD.fullmatch(w) for w in listed)
        ):
            bad(f"synonyms.{key}: {_SYNONYMS_FIX}", lines.key("audit.synonyms", key))
            continue
        out[key] = tuple(listed)
    return out


def _language(audit: dict[str, Any], lines: Lines, bad: Bad) -> str | None:
    """``language``: a tag audit knows, or ``auto`` (None when not written)."""
    from desertcheck.language_tags import checked

    value = audit.get("language")
    if value is None:
        return None
    try:
        if not isinstance(value, str):
            raise ValueError(f'write a language tag in quotes (language = "de"), not {value!r}')
        return checked(value)
    except ValueError as exc:
        bad(f"language: {exc}", lines.key("audit", "language"))
        return None


def configured_language(root: Path) -> str | None:
    """``[audit] language`` of the registry at ``root``, or None (not written, or wrong:
    loading the registry reports that at its line)."""
    from desertcheck.config import load_config

    return load_config(root)[0].audit_language
