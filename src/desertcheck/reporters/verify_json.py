"""``--format json``: the stable machine-readable shape (documented in docs/checks.md).

``{"summary": {"claims", "sources", "errors", "warnings", "infos"},
"findings": [{"code", "severity", "message", "file", "line", "column", "claims"}],
"claims": [{"id", "status", "quote_line"}]}`` — files relative to the registry root.
"""

from __future__ import annotations

from collections.abc import Sequence
from json.encoder import encode_basestring as _quoted  # the C escaper, as json.dumps's
from typing import TYPE_CHECKING

from desertcheck.reporters import Options
from desertcheck.reporters.machine import terminal_safe, to_json

if TYPE_CHECKING:
    from desertcheck.verify import ClaimStatus, VerifyResult

SCHEMA = "desertcheck/verify/v1"


def report(result: VerifyResult, options: Options) -> str:
    """The report: the claims' list, a line each field, written here as
    :func:`~desertcheck.reporters.machine.to_json` writes it (ten thousand claims are most
    of the text), the rest by it."""
    claims = claims_text(result.claims)
    if claims is None:
        return to_json({"schema": SCHEMA, **result.to_dict()}) + "\n"
    head = {
        "schema": SCHEMA,
        "summary": result.summary,
        "findings": [f.to_dict() for f in result.findings],
    }
    text = to_json(head)  # ends with the closing brace, on a line of its own
    return f'{text[:-2]},\n  "claims": {claims}\n}}\n'


def claims_text(claims: Sequence[ClaimStatus]) -> str | None:
    """The claims' list as ``to_json`` indents it at the report's first level, or None
    for a status whose values are not plain (left to ``to_json``)."""
    if not claims:
        return "[]"
    parts = []
    for c in claims:
        line = c.quote_line
        if line is None:
            shown = "null"
        elif type(line) is int:
            shown = int.__repr__(line)
        else:
            return None
        if type(c.id) is not str or type(c.status) is not str:
            return None
        parts.append(
            f'{{\n      "id": {_quoted(c.id)},\n      "status": {_quoted(c.status)},'
            f'\n      "quote_line": {shown}\n    }}'
        )
    return terminal_safe("[\n    " + ",\n    ".join(parts) + "\n  ]")
