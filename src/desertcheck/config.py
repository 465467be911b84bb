"""Optional configuration: ``desertcheck.toml`` at the registry root.

```toml
[verify]
tolerance = 0.1                  # relative tolerance of about / nearly (0 < t < 1)
ignore = ["series-decrease"]     # codes never reported

[verify.severity]                # change a code's severity: error | warning | info
qualifier-mismatch = "error"

[claimreview]                    # needed by `desertcheck export --format claimreview`
author = "Example Fact Desk"
url = "https://factcheck.example.org/claims/"   # absolute http(s); each review: url + id
author-url = "https://factcheck.example.org/"   # optional: default, the site of url

[[scan.exclude]]                 # a figure of a source that is not a statistic
source = "some-source-id"
quote = "2 min read"             # the passage that holds it, as a claim's quote would
reason = "the blog platform's reading time"
claim = "some-claim-id"          # optional: the claim whose figure this passage repeats
[vocabulary.measures]            # optional: the measures allowed, each with a description
desertions = "Soldiers who left their unit without leave"

[vocabulary.scopes]              # optional: the scopes allowed, likewise
russian-armed-forces = "The armed forces of the Russian Federation"
```

A problem in the file is reported as a finding (code ``invalid-config``) at its line, and
the defaults are used for what could not be read.
"""

from __future__ import annotations

import re
import reprlib
import sys
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desertcheck.codes import Code, Origin, lookup, refusal, unknown_code_message
from desertcheck.configaudit import audit_settings
from desertcheck.configvocab import declared
from desertcheck.findings import Finding, Severity
from desertcheck.intervals import DEFAULT_TOLERANCE
from desertcheck.tomllines import Lines

CONFIG_FILE = "desertcheck.toml"

#: The tables of the file and the keys each may hold.
_TABLES: dict[str, tuple[str, ...]] = {
    "verify": ("tolerance", "severity", "ignore"),
    "claimreview": ("author", "url", "author-url"),
    "audit": ("min-score", "synonyms", "language"),
    "scan": ("exclude",),
    "vocabulary": ("measures", "scopes"),
}
_KNOWN_TABLES = "use [verify], [claimreview], [audit], [vocabulary] or [[scan.exclude]]"
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
    claimreview_url: str | None = None  # absolute http(s), ending in '/'
    claimreview_author_url: str | None = None
    audit_min_score: float | None = None
    #: ``[audit.synonyms]``: word -> words that say the same in this registry's field
    audit_synonyms: dict[str, tuple[str, ...]] = field(default_factory=dict)
    audit_language: str | None = None  # a language tag, or "auto"
    scan_exclusions: tuple[Exclusion, ...] = ()
    vocabulary: Vocabulary = field(default_factory=Vocabulary)


def load_config(root: Path) -> tuple[Config, list[Finding]]:
    path = root / CONFIG_FILE
    if not path.is_file():
        return Config(), []
    report = _Report()
    read = _read(path, report)
    if read is None:
        return Config(), report.findings
    text, data = read
    lines = Lines(text)
    _check_tables(data, lines, report)
    verify = _section(data, "verify")
    tolerance = _tolerance(verify, lines, report)
    severity = _severity(verify, lines, report)
    ignored = _ignore(verify, lines, report)
    _check_keys(data, lines, report)
    review = _section(data, "claimreview")
    min_score, synonyms, language = audit_settings(_section(data, "audit"), lines, report.bad)
    exclusions = _exclusions(_section(data, "scan").get("exclude", []), text, report.bad)
    return (
        Config(
            tolerance=tolerance,
            severity=severity,
            ignore=frozenset(ignored),
            claimreview_author=_text(review.get("author")),
            claimreview_url=_web_address(review, "url", lines, report, base=True),
            claimreview_author_url=_web_address(review, "author-url", lines, report),
            audit_min_score=min_score,
            audit_synonyms=synonyms,
            audit_language=language,
            scan_exclusions=exclusions,
            vocabulary=Vocabulary(*declared(data.get("vocabulary"), lines, report.bad)),
        ),
        report.findings,
    )


class _Report:
    """The problems found in the file, as ``invalid-config`` findings at their lines."""

    def __init__(self) -> None:
        self.findings: list[Finding] = []

    def bad(self, message: str, line: int = 0) -> None:
        self.findings.append(
            Finding.of(
                Code.INVALID_CONFIG,
                message,
                CONFIG_FILE,
                line,
                0 if not line else 1,
            )
        )


def config_text(path: Path) -> str:
    """The text of a ``desertcheck.toml`` its settings are read from: a byte-order mark
    (some editors save one) is not part of it, as in YAML."""
    return path.read_text(encoding="utf-8-sig")


def _read(path: Path, report: _Report) -> tuple[str, dict[str, Any]] | None:
    """The text and the parsed TOML of the file, or None when it cannot be read."""
    try:
        text = config_text(path)
    except UnicodeDecodeError:
        from desertcheck.utf8 import why_not

        message, line, _ = why_not(path.read_bytes())
        report.bad(f"{message} (until then, no setting of the file is read)", line)
        return None
    try:
        return text, tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        from desertcheck.tomlhints import explain

        m = re.search(r"line (\d+)", str(exc))
        message, line = explain(str(exc), text, int(m[1]) if m else 0)
        report.bad(f"{message} (until it is mended, no setting of the file is read)", line)
    except RecursionError:  # tomllib recurses once per level of nesting
        line, limit = _too_deep(text)
        report.bad(
            f"arrays or inline tables nested more than {limit} levels deep; two are enough", line
        )
    except ValueError as exc:  # tomllib lets through int()'s limit on digits
        line = _too_long_number(text)
        limit = sys.get_int_max_str_digits()
        report.bad(
            f"a number of more than {limit} digits" if line else f"not valid TOML: {exc}", line
        )
    return None


def _section(data: dict[str, Any], table: str) -> dict[str, Any]:
    section = data.get(table)
    return section if isinstance(section, dict) else {}


def _check_tables(data: dict[str, Any], lines: Lines, report: _Report) -> None:
    """Only the known tables at the top, each a table."""
    for table, value in data.items():
        if table in _TABLES and isinstance(value, dict):
            continue
        if table in _TABLES:
            report.bad(
                f"{table} must be a table: write [{table}] on a line of its own",
                lines.key("", table),
            )
        elif not isinstance(value, dict):
            home = next((t for t, keys in _TABLES.items() if table in keys), None)
            fix = f"put it under [{home}]" if home else _KNOWN_TABLES
            report.bad(f"{table} is outside any table: {fix}", lines.key("", table))
        else:
            fix = _did_you_mean(table, _TABLES) or f": {_KNOWN_TABLES}"
            report.bad(f"unknown table [{table}]{fix}", lines.table(table))


def _check_keys(data: dict[str, Any], lines: Lines, report: _Report) -> None:
    """Only the known keys in each known table."""
    for table, keys in _TABLES.items():
        section = data.get(table)
        if not isinstance(section, dict):
            continue
        for key in section:
            if key not in keys:
                hint = _did_you_mean(key, keys)
                *others, last = keys
                known = f"{', '.join(others)} and {last}" if others else last
                report.bad(
                    f"unknown key {key!r} in [{table}]{hint or f': use {known}'}",
                    lines.key(table, key),
                )


def _tolerance(verify: dict[str, Any], lines: Lines, report: _Report) -> float:
    if "tolerance" not in verify:
        return DEFAULT_TOLERANCE
    t = verify["tolerance"]
    if isinstance(t, int | float) and not isinstance(t, bool) and 0 < t < 1:
        return float(t)
    report.bad(
        f"tolerance = {_shown(t)}: write a number between 0 and 1, like 0.1",
        lines.key("verify", "tolerance"),
    )
    return DEFAULT_TOLERANCE


def _severity(verify: dict[str, Any], lines: Lines, report: _Report) -> dict[Code, Severity]:
    """``[verify.severity]``: any code of the catalogue, but a loader error is never lowered."""
    severity: dict[Code, Severity] = {}
    levels = verify.get("severity") or {}
    if not isinstance(levels, dict):
        report.bad(
            'severity: write a table [verify.severity] of code = "level"',
            lines.key("verify", "severity"),
        )
        levels = {}
    for name, level in levels.items():
        line = lines.key("verify.severity", name)
        code = lookup(name)
        if code is None:
            report.bad(unknown_code_message(name[:80], " in [verify.severity]"), line)
        elif level not in ("error", "warning", "info"):
            report.bad(f'{code} = {_shown(level)}: write "error", "warning" or "info"', line)
        elif code.origin in _AUDIT_ORIGINS:
            report.bad(_audit_verdict(code, "[verify.severity]"), line)
        elif Severity(level).rank > code.severity.rank and code.fatal:
            report.bad(refusal(code, "[verify.severity]", action="lowered") or "", line)
        else:
            severity[code] = Severity(level)
    return severity


def _ignore(verify: dict[str, Any], lines: Lines, report: _Report) -> set[Code]:
    """``ignore``: codes of the catalogue, but never a loader error."""
    ignore = verify.get("ignore", [])
    if not isinstance(ignore, list) or not all(isinstance(c, str) for c in ignore):
        report.bad(
            'ignore: write a list of codes, like ["series-decrease"]', lines.key("verify", "ignore")
        )
        return set()
    ignored: set[Code] = set()
    for name in ignore:
        code = lookup(name)
        problem = (
            unknown_code_message(name[:80], " in ignore")
            if code is None
            else _audit_verdict(code, "ignore in [verify]")
            if code.origin in _AUDIT_ORIGINS
            else refusal(code, "ignore in [verify]")
        )
        if problem or code is None:
            report.bad(problem or "", lines.item("verify", "ignore", name))
        else:
            ignored.add(code)
    return ignored


#: Codes of audit, about a draft: the settings of [verify] do not reach them.
_AUDIT_ORIGINS = frozenset({Origin.AUDIT, Origin.DRAFT})


def _audit_verdict(code: Code, what: str) -> str:
    """Why ``code``, a verdict of audit, has no place in ``what``: it would be taken and
    change nothing, and the editor would believe audit set up as written."""
    return (
        f"{code} is audit's, about a draft, and {what} does not change it: "
        "audit's own settings are min-score, synonyms and language under [audit], and "
        "audit --strict fails on its warnings (unsourced, contested) too"
    )


def _web_address(
    review: dict[str, Any], key: str, lines: Lines, report: _Report, *, base: bool = False
) -> str | None:
    """``[claimreview] key``: an absolute http or https address, or None (and a finding).

    ``base``: the start of each review's address, to which a claim id is added: it takes no
    query or fragment, and a missing final ``/`` is added, so ids never glue onto a name.
    """
    from urllib.parse import urlsplit

    value = review.get(key)
    if value is None:
        return None
    text = value.strip() if isinstance(value, str) else ""
    parts = urlsplit(text) if text and not re.search(r"[\s\x00-\x1f\x7f]", text) else None
    if parts is None or parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        report.bad(
            f"{key}: write an absolute http or https address "
            f"(like https://factcheck.example.org/claims/), not {_shown(value)}",
            lines.key("claimreview", key),
        )
        return None
    if base and ("?" in text or "#" in text):
        report.bad(
            f"{key}: each review's address is {key} followed by the claim id, so it takes no "
            f"?query or #fragment: {_shown(value)}",
            lines.key("claimreview", key),
        )
        return None
    return text if not base or text.endswith("/") else text + "/"


_NUMBER = re.compile(r"(?<![0-9_])[0-9_]++")


def _line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def _too_deep(text: str) -> tuple[int, int]:
    """The line of the first bracket nested deeper than the limit (0 if none), and the limit.

    YAML's flow brackets, strings and comments look enough like TOML's for this (a
    multi-line string is read as an empty string and a quoted one that spans lines).
    """
    from desertcheck.yamlload import MAX_DEPTH, flow_too_deep  # lazy: for a broken file only

    deep = flow_too_deep(text)
    return (0 if deep is None else _line_of(text, deep)), MAX_DEPTH


def _too_long_number(text: str) -> int:
    """The line of the first run of more digits than Python converts to an int (0 if none)."""
    limit = sys.get_int_max_str_digits()
    for m in _NUMBER.finditer(text):
        if limit and len(m.group()) - m.group().count("_") > limit:
            return _line_of(text, m.start())
    return 0


_REPR = reprlib.Repr()
_REPR.maxlevel, _REPR.maxstring, _REPR.maxother = 3, 60, 60


def _shown(value: Any) -> str:
    """A value read from the file, cut short however long or deep it is: text in double
    quotes as TOML writes it (what is not printable escaped), anything else its ``repr``."""
    if not isinstance(value, str):
        return _REPR.repr(value)
    cut = value if len(value) <= 60 else value[:57] + "..."
    shown = ("\\" + c if c in '"\\' else c if c.isprintable() else repr(c)[1:-1] for c in cut)
    return '"' + "".join(shown) + '"'


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
    import difflib  # only for a name that is not known

    close = difflib.get_close_matches(name, sorted(known), n=1, cutoff=0.6)
    if not close:
        return ""
    return (
        f" (did you mean [{close[0]}]?)"
        if isinstance(known, dict)
        else f" (did you mean {close[0]!r}?)"
    )
