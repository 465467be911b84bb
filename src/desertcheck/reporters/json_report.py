"""``--format json``: the stable machine-readable shape (documented in docs/checks.md).

``{"summary": {"claims", "sources", "errors", "warnings", "infos"},
"findings": [{"code", "severity", "message", "file", "line", "column", "claims"}],
"claims": [{"id", "status", "quote_line"}]}`` — files relative to the registry root.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desertcheck.output import to_json

if TYPE_CHECKING:
    from desertcheck.verify import VerifyResult


def report(result: VerifyResult, prefix: str = "", *, strict: bool = False) -> str:
    return to_json(result.to_dict()) + "\n"
