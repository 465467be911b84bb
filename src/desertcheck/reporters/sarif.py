"""``--format sarif``: SARIF 2.1.0, the shape GitHub code scanning uploads.

One run; the tool's rules are every code verify can emit, from the code catalogue; one result a
finding with ``ruleId``, ``level`` (error | warning | note), ``message.text`` and a
physical location (file relative to the repository as a percent-encoded URI reference,
``%SRCROOT%``, and a region when the line is known). A ``partialFingerprints`` entry built
from the code and claim ids keeps a result the same alert when lines move.
"""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from desertcheck import __version__
from desertcheck.findings import Severity
from desertcheck.reporters import Options, join
from desertcheck.reporters.machine import to_json
from desertcheck.reporters.terminal import clean

if TYPE_CHECKING:
    from desertcheck.verify import VerifyResult

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def rules() -> list[dict[str, Any]]:
    """A rule for every code verify can emit, from the code catalogue."""
    from desertcheck.codes import Code, Origin

    return [
        {
            "id": code.value,
            "shortDescription": {"text": code.summary},
            "fullDescription": {"text": " ".join(code.doc.split()) or code.summary},
            "help": {"text": f"See docs/checks.md#{code.value}"},
            "defaultConfiguration": {"level": LEVEL[code.severity]},
        }
        for code in Code
        if code.origin not in (Origin.AUDIT, Origin.SCAN)  # verify never emits them
    ]


def uri(path: str | None) -> str:
    """``path`` as a relative URI reference: each byte but letters, digits, ``-._~`` and
    ``/`` percent-encoded (UTF-8), so spaces, ``,``, ``:`` and ``%`` survive a viewer."""
    return quote(path or "", safe="/", errors="surrogateescape")


def report(result: VerifyResult, options: Options) -> str:
    prefix = options.prefix
    all_rules = rules()
    index = {r["id"]: i for i, r in enumerate(all_rules)}
    results = []
    for f in result.findings:
        item: dict[str, Any] = {
            "ruleId": f.code,
            "level": LEVEL[f.severity],
            "message": {"text": clean(f.message)},
            "partialFingerprints": {
                "desertcheckFinding/v1": hashlib.sha256(
                    "\0".join((f.code, *f.claims, f.file or "")).encode("utf-8", "replace")
                ).hexdigest()[:32]
            },
        }
        if f.code in index:
            item["ruleIndex"] = index[f.code]
        if f.file:
            location: dict[str, Any] = {
                "artifactLocation": {"uri": uri(join(prefix, f.file)), "uriBaseId": "%SRCROOT%"}
            }
            if f.line:
                region: dict[str, int] = {"startLine": f.line}
                if f.column:
                    region["startColumn"] = f.column
                location["region"] = region
            item["locations"] = [{"physicalLocation": location}]
        if f.claims:
            item["properties"] = {"claims": list(f.claims)}
        if f.accepted is not None:  # SARIF's own way: a suppression in the source, accepted
            item["suppressions"] = [
                {
                    "kind": "inSource",
                    "status": "accepted",
                    "justification": clean(f"{f.accepted.claim}: {f.accepted.reason}"),
                }
            ]
        results.append(item)
    doc = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "desertcheck",
                        "version": __version__,
                        "semanticVersion": __version__,
                        "rules": all_rules,
                    }
                },
                "results": results,
            }
        ],
    }
    return to_json(doc) + "\n"
