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
```

A problem in the file is reported as a finding (code ``invalid-config``) at its line, and
the defaults are used for what could not be read.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desertcheck.findings import Finding, Severity
from desertcheck.intervals import DEFAULT_TOLERANCE

CONFIG_FILE = "desertcheck.toml"


@dataclass(frozen=True, slots=True)
class Config:
    tolerance: float = DEFAULT_TOLERANCE
    severity: dict[str, Severity] = field(default_factory=dict)
    ignore: frozenset[str] = frozenset()
    claimreview_author: str | None = None
    claimreview_url: str | None = None
    audit_min_score: float | None = None


def load_config(root: Path, known_codes: set[str] | None = None) -> tuple[Config, list[Finding]]:
    path = root / CONFIG_FILE
    if not path.is_file():
        return Config(), []
    findings: list[Finding] = []

    def bad(message: str, line: int = 0) -> None:
        findings.append(
            Finding(
                "invalid-config", Severity.ERROR, message, CONFIG_FILE, line, 0 if not line else 1
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

    def line_of(key: str) -> int:
        for i, raw in enumerate(text.splitlines(), 1):
            if re.match(rf"\s*\"?{re.escape(key)}\"?\s*=", raw):
                return i
        return 0

    for table in data:
        if table not in ("verify", "claimreview", "audit"):
            bad(f"unknown table [{table}]: use [verify], [claimreview] or [audit]")
    verify: dict[str, Any] = data.get("verify", {}) if isinstance(data.get("verify"), dict) else {}
    tolerance = DEFAULT_TOLERANCE
    if "tolerance" in verify:
        t = verify["tolerance"]
        if isinstance(t, int | float) and not isinstance(t, bool) and 0 < t < 1:
            tolerance = float(t)
        else:
            bad(
                f"tolerance = {t!r}: write a number between 0 and 1, like 0.1", line_of("tolerance")
            )
    severity: dict[str, Severity] = {}
    for code, level in (verify.get("severity") or {}).items():
        if known_codes is not None and code not in known_codes:
            bad(f"unknown code {code!r} in [verify.severity]", line_of(code))
        elif level not in ("error", "warning", "info"):
            bad(f'{code} = {level!r}: write "error", "warning" or "info"', line_of(code))
        else:
            severity[code] = Severity(level)
    ignore = verify.get("ignore", [])
    if not isinstance(ignore, list) or not all(isinstance(c, str) for c in ignore):
        bad('ignore: write a list of codes, like ["series-decrease"]', line_of("ignore"))
        ignore = []
    for code in ignore:
        if known_codes is not None and code not in known_codes:
            bad(f"unknown code {code!r} in ignore", line_of("ignore"))
    for key in verify:
        if key not in ("tolerance", "severity", "ignore"):
            bad(f"unknown key {key!r} in [verify]", line_of(key))
    review = data.get("claimreview", {}) if isinstance(data.get("claimreview"), dict) else {}
    for key in review:
        if key not in ("author", "url"):
            bad(f"unknown key {key!r} in [claimreview]: use author and url", line_of(key))
    audit = data.get("audit", {}) if isinstance(data.get("audit"), dict) else {}
    min_score = audit.get("min-score")
    if min_score is not None and not (isinstance(min_score, int | float) and 0 <= min_score <= 100):
        bad("min-score: write a number from 0 to 100", line_of("min-score"))
        min_score = None
    return (
        Config(
            tolerance=tolerance,
            severity=severity,
            ignore=frozenset(ignore),
            claimreview_author=_text(review.get("author")),
            claimreview_url=_text(review.get("url")),
            audit_min_score=float(min_score) if min_score is not None else None,
        ),
        findings,
    )


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value.strip() else None
