"""What a change does to ``desertcheck.toml``: its settings, one by one.

A setting is a dotted key as the file writes it (``verify.tolerance``,
``verify.severity.quote-not-found``, ``vocabulary.measures.war-deaths``); a table is
compared key by key, a list (``verify.ignore``, ``[[scan.exclude]]``) as one value. Each
change stands at the line of the file that sets it (in head; a setting removed, at the
line of its table in head, or of the setting in base when the table went too).
"""

from __future__ import annotations

import json
import tomllib
from dataclasses import dataclass
from typing import Any

from desertcheck.tomllines import Lines

#: What a side without the file reads (every setting at its default).
MISSING = object()


@dataclass(frozen=True, slots=True)
class SettingChange:
    """One setting of ``desertcheck.toml`` added, removed or changed."""

    key: str
    old: Any  # MISSING when not set in base
    new: Any  # MISSING when not set in head
    line: int  # in head's file; base's when ``removed_at_base``
    removed_at_base: bool = False

    @property
    def kind(self) -> str:
        if self.old is MISSING:
            return "added"
        return "removed" if self.new is MISSING else "changed"

    def shown(self, value: Any) -> str:
        """A value as TOML writes it, near enough to read: strings quoted, lists in []."""
        return "(not set)" if value is MISSING else _toml(value)

    def to_dict(self) -> dict[str, object]:
        def plain(value: Any) -> Any:
            return None if value is MISSING else json.loads(json.dumps(value, default=str))

        return {
            "key": self.key,
            "change": self.kind,
            "old": plain(self.old),
            "new": plain(self.new),
            "file": "desertcheck.toml",
            "line": self.line,
        }


def _toml(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k} = {_toml(v)}" for k, v in value.items()) + "}"
    return str(value)


def read(text: str | None) -> dict[str, Any] | None:
    """The settings of a file's text, flattened; {} for no file; None when it is not TOML
    (its ``invalid-config`` finding says so)."""
    if text is None:
        return {}
    try:
        data = tomllib.loads(text)
    except (tomllib.TOMLDecodeError, RecursionError, ValueError):
        return None
    flat: dict[str, Any] = {}
    _flatten(data, "", flat)
    return flat


def _flatten(data: dict[str, Any], prefix: str, out: dict[str, Any]) -> None:
    for key, value in data.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict) and value:
            _flatten(value, name + ".", out)
        else:
            out[name] = value


def setting_changes(old_text: str | None, new_text: str | None) -> tuple[SettingChange, ...]:
    """The settings that differ between two texts of ``desertcheck.toml`` (None: no file),
    in head's order of lines; none when either text is not TOML."""
    if old_text == new_text:
        return ()
    old, new = read(old_text), read(new_text)
    if old is None or new is None:
        return ()
    new_lines = Lines(new_text or "")
    old_lines = Lines(old_text or "")
    changes: list[SettingChange] = []
    for key in dict.fromkeys([*new, *old]):
        before, after = old.get(key, MISSING), new.get(key, MISSING)
        if _same(before, after):
            continue
        table, _, last = key.rpartition(".")
        if after is not MISSING:
            changes.append(SettingChange(key, before, after, new_lines.key(table, last)))
            continue
        at = new_lines.table(table) if table and _has_table(new, table) else 0
        if at:
            changes.append(SettingChange(key, before, after, at))
        else:
            changes.append(SettingChange(key, before, after, old_lines.key(table, last), True))
    return tuple(sorted(changes, key=lambda c: (c.removed_at_base, c.line, c.key)))


def _has_table(flat: dict[str, Any], table: str) -> bool:
    return any(k.startswith(table + ".") for k in flat)


def _same(a: Any, b: Any) -> bool:
    """Equal as settings: 1 and 1.0 alike, a bool never a number."""
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b) and a == b
    return bool(a == b)
