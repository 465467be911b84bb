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

[[scan.exclude]]                 # a figure of a source that is not a statistic
source = "some-source-id"
quote = "2 min read"             # the passage that holds it, as a claim's quote would
reason = "the blog platform's reading time"
claim = "some-claim-id"          # optional: the claim whose figure this passage repeats
```

A problem in the file is reported as a finding (code ``invalid-config``) at its line, and
the defaults are used for what could not be read.
"""

from __future__ import annotations

import difflib
import re
import tomllib
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
    "scan": ("exclude",),
}
_KNOWN_TABLES = "use [verify], [claimreview], [audit] or [[scan.exclude]]"
_EXCLUSION_KEYS = ("source", "quote", "reason", "claim")
_EXCLUSION_FIX = ": use source, quote, reason and claim"


@dataclass(frozen=True, slots=True)
class Exclusion:
    """A passage of a source whose figures are not statistics, and why (``[[scan.exclude]]``)."""

    source: str
    quote: str
    reason: str
    claim: str | None = None  # the claim whose figure the passage repeats
    line: int = 0  # of its [[scan.exclude]] header in desertcheck.toml


@dataclass(frozen=True, slots=True)
class Config:
    tolerance: float = DEFAULT_TOLERANCE
    severity: dict[Code, Severity] = field(default_factory=dict)
    ignore: frozenset[Code] = frozenset()
    claimreview_author: str | None = None
    claimreview_url: str | None = None
    audit_min_score: float | None = None
    scan_exclusions: tuple[Exclusion, ...] = ()


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
            fix = f"put it under [{home}]" if home else _KNOWN_TABLES
            bad(f"{table} is outside any table: {fix}", lines.key("", table))
        else:
            fix = _did_you_mean(table, _TABLES) or f": {_KNOWN_TABLES}"
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
    scan = data.get("scan", {}) if isinstance(data.get("scan"), dict) else {}
    exclusions = _exclusions(scan.get("exclude", []), text, bad)
    return (
        Config(
            tolerance=tolerance,
            severity=severity,
            ignore=frozenset(ignored),
            claimreview_author=_text(review.get("author")),
            claimreview_url=_text(review.get("url")),
            audit_min_score=float(min_score) if min_score is not None else None,
            scan_exclusions=exclusions,
        ),
        findings,
    )


_EXCLUDE_HEADER = re.compile(r"\s*\[\[\s*scan\s*\.\s*exclude\s*\]\]")


def _exclusions(value: Any, text: str, bad: Any) -> tuple[Exclusion, ...]:
    """The ``[[scan.exclude]]`` entries; each problem is reported at its entry's line."""
    from desertcheck.model import is_id

    headers = [no for no, raw in enumerate(text.splitlines(), 1) if _EXCLUDE_HEADER.match(raw)]
    if not isinstance(value, list):
        bad(
            "scan.exclude: write each exclusion as a [[scan.exclude]] table",
            headers[0] if headers else 0,
        )
        return ()
    out: list[Exclusion] = []
    for i, entry in enumerate(value):
        line = headers[i] if i < len(headers) else (headers[-1] if headers else 0)
        where = f"[[scan.exclude]] #{i + 1}"
        if not isinstance(entry, dict):
            bad(f"{where}: write it as a table with source, quote and reason", line)
            continue
        problems = [
            f"unknown key {k!r}{_did_you_mean(k, _EXCLUSION_KEYS) or _EXCLUSION_FIX}"
            for k in entry
            if k not in _EXCLUSION_KEYS
        ]
        for key, what in (
            ("source", "the id of the source whose figure it is"),
            ("quote", "the passage of the source that holds the figure"),
            ("reason", "why the figure is not a statistic"),
        ):
            v = entry.get(key)
            if not isinstance(v, str) or not v.strip():
                problems.append(f"{key} is missing: write {what} as text")
        for key in ("source", "claim"):
            v = entry.get(key)
            if isinstance(v, str) and v.strip() and not is_id(v):
                problems.append(f"{key} {v!r} is not an id (lowercase letters, digits, hyphens)")
        claim = entry.get("claim")
        if claim is not None and not isinstance(claim, str):
            problems.append("claim: write a claim id as text")
        if problems:
            for problem in problems:
                bad(f"{where}: {problem}", line)
            continue
        out.append(Exclusion(entry["source"], entry["quote"], entry["reason"], claim or None, line))
    return tuple(out)


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
