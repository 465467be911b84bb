"""``--format sarif``: SARIF 2.1.0, the shape GitHub code scanning uploads.

One run; the tool's rules are every check and loader code with its summary; one result a
finding with ``ruleId``, ``level`` (error | warning | note), ``message.text`` and a
physical location (file relative to the repository, ``%SRCROOT%``, and a region when the
line is known). A ``partialFingerprints`` entry built from the code and claim ids keeps a
result the same alert when lines move.
"""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING, Any

from desertcheck import __version__
from desertcheck.findings import Severity
from desertcheck.output import clean, to_json
from desertcheck.reporters import join

if TYPE_CHECKING:
    from desertcheck.verify import VerifyResult

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def rules() -> list[dict[str, Any]]:
    from desertcheck.checks import CHECKS
    from desertcheck.registry import LOADER_CODES

    out = [
        {
            "id": c.code,
            "shortDescription": {"text": c.summary},
            "fullDescription": {"text": " ".join(c.doc.split())},
            "defaultConfiguration": {"level": LEVEL[c.severity]},
        }
        for c in CHECKS
    ]
    out += [
        {
            "id": code,
            "shortDescription": {"text": text},
            "defaultConfiguration": {"level": "error"},
        }
        for code, text in {**LOADER_CODES, "invalid-config": "desertcheck.toml is invalid"}.items()
    ]
    return out


def report(result: VerifyResult, prefix: str = "", *, strict: bool = False) -> str:
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
                    "\0".join((f.code, *f.claims, f.file or "")).encode()
                ).hexdigest()[:32]
            },
        }
        if f.code in index:
            item["ruleIndex"] = index[f.code]
        if f.file:
            location: dict[str, Any] = {
                "artifactLocation": {"uri": join(prefix, f.file), "uriBaseId": "%SRCROOT%"}
            }
            if f.line:
                region: dict[str, int] = {"startLine": f.line}
                if f.column:
                    region["startColumn"] = f.column
                location["region"] = region
            item["locations"] = [{"physicalLocation": location}]
        if f.claims:
            item["properties"] = {"claims": list(f.claims)}
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
