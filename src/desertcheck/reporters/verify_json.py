"""``--format json``: the stable machine-readable shape (documented in docs/checks.md).

``{"summary": {"claims", "sources", "errors", "warnings", "infos"},
"findings": [{"code", "severity", "message", "file", "line", "column", "claims"}],
"claims": [{"id", "status", "quote_line"}]}`` — files relative to the registry root.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desertcheck.reporters import Options
from desertcheck.reporters.machine import to_json

if TYPE_CHECKING:
    from desertcheck.verify import VerifyResult


def report(result: VerifyResult, options: Options) -> str:
    return to_json({"schema": "desertcheck/verify/v1", **result.to_dict()}) + "\n"
