"""Optional configuration: ``desertcheck.toml`` at the registry root.

```toml
[verify]
tolerance = 0.1                  # relative tolerance of about / nearly (0 < t < 1)
ignore = ["series-decrease"]     # codes never reported

[verify.severity]                # change a code's severity: error | warning | info
qualifier-mismatch = "error"

[claimreview]                    # needed by `desertcheck export --format claimreview`
author = "Example Fact Desk"
url = "https://factcheck.example.org/claims/"

[vocabulary.measures]            # optional: the measures allowed, each with a description
desertions = "Soldiers who left their unit without leave"

[vocabulary.scopes]              # optional: the scopes allowed, likewise
russian-armed-forces = "The armed forces of the Russian Federation"
```

A problem in the file is reported as a finding (code ``invalid-config``) at its line, and
the defaults are used for what could not be read.
"""

from __future__ import annotations

import difflib
import re
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desertcheck.codes import Code, lookup, refusal, unknown_code_message
from desertcheck.findings import Finding, Severity
from desertcheck.intervals import DEFAULT_TOLERANCE

CONFIG_FILE = "desertcheck.toml"

#: The tables of the file and the keys each may hold.
_TABLES: dict[str, tuple[str, ...]] = {
    "verify": ("tolerance", "severity", "ignore"),
    "claimreview": ("author", "url"),
    "audit": ("min-score",),
    "vocabulary": ("measures", "scopes"),
}
_TABLE_NAMES = "[verify], [claimreview], [audit] or [vocabulary]"


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """The measures and scopes a registry declares (slug -> description); None: not
    declared, so any slug goes."""

    measures: Mapping[str, str] | None = None
    scopes: Mapping[str, str] | None = None

    def description(self, field: str, slug: str) -> str | None:
        """The declared description of ``slug`` as a ``measure`` or ``scope``, if any."""
        table = self.measures if field == "measure" else self.scopes if field == "scope" else None
        return (table or {}).get(slug)


@dataclass(frozen=True, slots=True)
class Config:
    tolerance: float = DEFAULT_TOLERANCE
    severity: dict[Code, Severity] = field(default_factory=dict)
    ignore: frozenset[Code] = frozenset()
    claimreview_author: str | None = None
    claimreview_url: str | None = None
    audit_min_score: float | None = None
    vocabulary: Vocabulary = field(default_factory=Vocabulary)


def load_config(root: Path) -> tuple[Config, list[Finding]]:
    path = root / CONFIG_FILE
    if not path.is_file():
        return Config(), []
    findings: list[Finding] = []

    def bad(message: str, line: int = 0) -> None:
        findings.append(
            Finding(
                Code.INVALID_CONFIG,
                Severity.ERROR,
                message,
                CONFIG_FILE,
                line,
                0 if not line else 1,
            )
        )

    try:
        text = path.read_text(encoding="utf-8")
        data = tomllib.loads(text)
    except UnicodeDecodeError:
        bad("not UTF-8 text")
        return Config(), findings
    except tomllib.TOMLDecodeError as exc:
        m = re.search(r"line (\d+)", str(exc))
        bad(f"not valid TOML: {exc}", int(m[1]) if m else 0)
        return Config(), findings

    lines = _Lines(text)
    for table, value in data.items():
        if table in _TABLES and isinstance(value, dict):
            continue
        if table in _TABLES:
            bad(
                f"{table} must be a table: write [{table}] on a line of its own",
                lines.key("", table),
            )
        elif not isinstance(value, dict):
            home = next((t for t, keys in _TABLES.items() if table in keys), None)
            fix = f"put it under [{home}]" if home else f"use {_TABLE_NAMES}"
            bad(f"{table} is outside any table: {fix}", lines.key("", table))
        else:
            fix = _did_you_mean(table, _TABLES) or f": use {_TABLE_NAMES}"
            bad(f"unknown table [{table}]{fix}", lines.table(table))
    verify: dict[str, Any] = data.get("verify", {}) if isinstance(data.get("verify"), dict) else {}
    tolerance = DEFAULT_TOLERANCE
    if "tolerance" in verify:
        t = verify["tolerance"]
        if isinstance(t, int | float) and not isinstance(t, bool) and 0 < t < 1:
            tolerance = float(t)
        else:
            bad(
                f"tolerance = {t!r}: write a number between 0 and 1, like 0.1",
                lines.key("verify", "tolerance"),
            )
    severity: dict[Code, Severity] = {}
    levels = verify.get("severity") or {}
    if not isinstance(levels, dict):
        bad(
            'severity: write a table [verify.severity] of code = "level"',
            lines.key("verify", "severity"),
        )
        levels = {}
    for name, level in levels.items():
        line = lines.key("verify.severity", name)
        code = lookup(name)
        if code is None:
            bad(unknown_code_message(name, " in [verify.severity]"), line)
        elif level not in ("error", "warning", "info"):
            bad(f'{code} = {level!r}: write "error", "warning" or "info"', line)
        elif Severity(level).rank > code.severity.rank and code.fatal:
            bad(refusal(code, "[verify.severity]", action="lowered") or "", line)
        else:
            severity[code] = Severity(level)
    ignore = verify.get("ignore", [])
    if not isinstance(ignore, list) or not all(isinstance(c, str) for c in ignore):
        bad(
            'ignore: write a list of codes, like ["series-decrease"]', lines.key("verify", "ignore")
        )
        ignore = []
    ignored: set[Code] = set()
    for name in ignore:
        code = lookup(name)
        problem = (
            unknown_code_message(name, " in ignore")
            if code is None
            else refusal(code, "ignore in [verify]")
        )
        if problem or code is None:
            bad(problem or "", lines.item("verify", "ignore", name))
        else:
            ignored.add(code)
    for table in _TABLES:
        section = data.get(table)
        if not isinstance(section, dict):
            continue
        for key in section:
            if key not in _TABLES[table]:
                hint = _did_you_mean(key, _TABLES[table])
                *others, last = _TABLES[table]
                known = f"{', '.join(others)} and {last}" if others else last
                bad(
                    f"unknown key {key!r} in [{table}]{hint or f': use {known}'}",
                    lines.key(table, key),
                )
    review = data.get("claimreview", {}) if isinstance(data.get("claimreview"), dict) else {}
    audit = data.get("audit", {}) if isinstance(data.get("audit"), dict) else {}
    min_score = audit.get("min-score")
    if min_score is not None and not (
        isinstance(min_score, int | float)
        and not isinstance(min_score, bool)
        and 0 <= min_score <= 100
    ):
        bad("min-score: write a number from 0 to 100", lines.key("audit", "min-score"))
        min_score = None
    vocabulary = _vocabulary(data.get("vocabulary"), lines, bad)
    return (
        Config(
            vocabulary=vocabulary,
            tolerance=tolerance,
            severity=severity,
            ignore=frozenset(ignored),
            claimreview_author=_text(review.get("author")),
            claimreview_url=_text(review.get("url")),
            audit_min_score=float(min_score) if min_score is not None else None,
        ),
        findings,
    )


def _vocabulary(section: Any, lines: _Lines, bad: Callable[[str, int], None]) -> Vocabulary:
    """The [vocabulary] table: measures and scopes, each a table of slug = "description"."""
    from desertcheck.model import is_id

    if not isinstance(section, dict):
        return Vocabulary()
    tables: dict[str, dict[str, str] | None] = {"measures": None, "scopes": None}
    for name in tables:
        if name not in section:
            continue
        value = section[name]
        where = f"vocabulary.{name}"
        if not isinstance(value, dict):
            bad(
                f'{name}: write a table [{where}] of slug = "description"',
                lines.key(*_parent(where)),
            )
            continue
        table: dict[str, str] = {}
        for slug, description in value.items():
            line = lines.key(where, slug)
            if not is_id(slug):
                bad(
                    f"{slug!r} in [{where}] is not a slug: use lowercase letters, digits and "
                    "single hyphens",
                    line,
                )
            elif not isinstance(description, str) or not description.strip():
                bad(f'{slug} in [{where}]: write its description as text, {slug} = "..."', line)
            else:
                table[slug] = description
        tables[name] = table
    return Vocabulary(measures=tables["measures"], scopes=tables["scopes"])


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def _did_you_mean(name: str, known: Any) -> str:
    close = difflib.get_close_matches(name, sorted(known), n=1, cutoff=0.6)
    if not close:
        return ""
    return (
        f" (did you mean [{close[0]}]?)"
        if isinstance(known, dict)
        else f" (did you mean {close[0]!r}?)"
    )


_HEADER = re.compile(r"\s*\[\s*([^\[\]]+?)\s*\]\s*(?:#.*)?$")
_KEY = re.compile(r"\s*([A-Za-z0-9_.\-\"' ]+?)\s*=")


class _Lines:
    """Find the line of a table or of a key inside a table, as written in the file."""

    def __init__(self, text: str) -> None:
        # (line number, table the line is in, dotted key it sets or None, raw line)
        self.rows: list[tuple[int, str, str | None, str]] = []
        self.headers: dict[str, int] = {}
        table = ""
        for no, raw in enumerate(text.splitlines(), 1):
            header = _HEADER.match(raw)
            if header and not raw.lstrip().startswith("[["):
                table = _dotted(header[1])
                self.headers.setdefault(table, no)
                continue
            key = _KEY.match(raw)
            self.rows.append((no, table, _dotted(key[1]) if key else None, raw))

    def table(self, name: str) -> int:
        """The line of ``[name]`` (or of ``[name.sub]``, or of ``name.key = ...``)."""
        for header, no in self.headers.items():
            if header == name or header.startswith(name + "."):
                return no
        return self.key("", name)

    def key(self, table: str, key: str) -> int:
        """The line that sets ``key`` in ``table``, dotted keys and inline tables included."""
        full = f"{table}.{key}" if table else key
        for no, in_table, set_key, _ in self.rows:
            if set_key is None:
                continue
            written = f"{in_table}.{set_key}" if in_table else set_key
            if written == full:
                return no
        for no, in_table, set_key, raw in self.rows:  # inside an inline table
            if set_key is None:
                continue
            written = f"{in_table}.{set_key}" if in_table else set_key
            if full.startswith(written + ".") and re.search(rf"\b{re.escape(key)}\s*=", raw):
                return no
        if table:
            return self.headers.get(table) or self.key(*_parent(table))
        return 0

    def item(self, table: str, key: str, value: str) -> int:
        """The line of string ``value`` in the array ``key`` of ``table``."""
        start = self.key(table, key)
        quoted = (f'"{value}"', f"'{value}'")
        for no, _, _, raw in self.rows:
            if no >= start and any(q in raw for q in quoted):
                return no
        return start


def _dotted(key: str) -> str:
    return ".".join(part.strip().strip("\"'") for part in key.split("."))


def _parent(table: str) -> tuple[str, str]:
    head, _, last = table.rpartition(".")
    return head, last
