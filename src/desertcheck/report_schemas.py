"""JSON Schemas (draft 2020-12) of the commands' JSON reports: ``desertcheck schema
<command>-report``.

Every JSON report starts with ``"schema": "desertcheck/<command>/v1"``, the ``const`` of its
schema's ``schema`` property: a consumer checks it before reading, and a report whose shape
changes incompatibly gets ``v2``. Field names are snake_case throughout; a finding or
verdict code (``qualifier-drift``) is data and is written as the catalogue spells it, also
where it keys a count (audit's summary). No number is ever ``NaN`` or infinite (a figure
too large for a float is ``null``). The tests validate every command's JSON output against
its schema.

The registry records (a claim, a source's front matter, an origin, a relation) are the
registry files' own schemas (:mod:`desertcheck.schema`), plus where each was read from.
"""

from __future__ import annotations

import copy
from typing import Any

from desertcheck.schema import SCHEMA_DIALECT

#: command -> what its report is; ``desertcheck schema <command>-report``.
REPORTS = {
    "verify": "verify --format json: the summary, every finding, every claim's status",
    "list": "list --format json: the claims chosen, with where each was read from",
    "export": "export --format json: claims with status and codes, sources, origins, relations",
    "diff": "diff --format json: what changed between two versions of the registry",
    "audit": "audit --format json: each figure of the drafts and its verdict",
    "scan": "scan --format json: the figures of the sources and whether claims cover them",
    "vocab": "vocab --format json: the measures, scopes, units, tags and origins in use",
    "fingerprint": "fingerprint --format json: each source's fingerprint before and after",
    "init": "init --format json: the registry folder and the files created",
    "add-source": "add source --format json: the source written, its front matter and text",
    "add-claim": "add claim --format json: the claim written and how it verifies",
}
KINDS = tuple(f"{command}-report" for command in REPORTS)

STR: dict[str, Any] = {"type": "string"}
INT: dict[str, Any] = {"type": "integer", "minimum": 0}
BOOL: dict[str, Any] = {"type": "boolean"}
NUMBER: dict[str, Any] = {"type": ["number", "null"]}  # null: too large for a float


def schema_id(command: str) -> str:
    """The value of a report's ``schema`` key."""
    return f"desertcheck/{command}/v1"


def nullable(node: dict[str, Any]) -> dict[str, Any]:
    return {"anyOf": [node, {"type": "null"}]}


def array(items: dict[str, Any]) -> dict[str, Any]:
    return {"type": "array", "items": items}


def obj(properties: dict[str, Any], *, optional: tuple[str, ...] = ()) -> dict[str, Any]:
    """An object with exactly these properties, all required but ``optional``."""
    return {
        "type": "object",
        "properties": properties,
        "required": [k for k in properties if k not in optional],
        "additionalProperties": False,
    }


def counts(*names: str) -> dict[str, Any]:
    return obj(dict.fromkeys(names, INT))


FINDING = obj(
    {
        "code": {**STR, "description": "docs/checks.md"},
        "severity": {"enum": ["error", "warning", "info"]},
        "message": STR,
        "file": {**nullable(STR), "description": "Relative to the registry root."},
        "line": {**INT, "description": "1-based; 0 when unknown."},
        "column": {**INT, "description": "1-based; 0 when unknown."},
        "claims": array(STR),
        "status": {"enum": ["open", "accepted"]},
        "accepted": nullable(obj({"claim": STR, "reason": STR})),
    }
)
LOCATED = {"file": STR, "line": INT}


def _records() -> dict[str, Any]:
    """The registry's records (claims files' and sources' schemas), as ``$defs``."""
    from desertcheck.schema import schema

    claims = schema("claims").schema
    defs: dict[str, Any] = copy.deepcopy(claims["$defs"])
    defs["Claim"]["properties"].update(LOCATED)
    defs["Relation"]["properties"].update(LOCATED)
    source = {k: v for k, v in schema("source").schema.items() if not k.startswith("$")}
    source.pop("title", None)
    source.pop("description", None)
    source["properties"] = {"id": STR, "file": STR, **source["properties"], "text": STR}
    source["required"] = ["id", "file", *source.get("required", [])]
    defs["Source"] = source
    origin = copy.deepcopy(schema("origins").schema["$defs"]["Origin"])
    origin["properties"] = {"id": STR, **origin["properties"], **LOCATED}
    origin["required"] = ["id", *origin.get("required", [])]
    defs["Origin"] = origin
    return defs


def _verify() -> dict[str, Any]:
    return {
        "summary": counts(
            "claims",
            "claims_files_not_loaded",
            "sources",
            "errors",
            "warnings",
            "infos",
            "accepted",
        ),
        "findings": array(FINDING),
        "claims": array(
            obj(
                {
                    "id": STR,
                    "status": {"enum": ["verified", "warning", "error"]},
                    "quote_line": {**nullable(INT), "description": "null: quote not found"},
                }
            )
        ),
    }


def _list() -> dict[str, Any]:
    return {"claims": array({"$ref": "#/$defs/Claim"}), "findings": array(FINDING)}


def _export() -> dict[str, Any]:
    slugs = {"type": "object", "additionalProperties": STR}
    return {
        "load_errors": {"type": "integer", "minimum": 0},
        "vocabulary": obj({"measures": nullable(slugs), "scopes": nullable(slugs)}),
        "claims": array({"$ref": "#/$defs/ExportedClaim"}),
        "sources": array({"$ref": "#/$defs/Source"}),
        "origins": array({"$ref": "#/$defs/Origin"}),
        "relations": array({"$ref": "#/$defs/Relation"}),
    }


def _renamed(more: dict[str, Any]) -> dict[str, Any]:
    """A claim or source under a new id in a diff: its old and new id and file, and ``more``."""
    return obj({"old_id": STR, "new_id": STR, "old_file": STR, "file": STR, **more})


def _changes() -> dict[str, Any]:
    """field -> {"old", "new"}: any JSON value on each side."""
    return {"type": "object", "additionalProperties": obj({"old": {}, "new": {}})}


def _diff() -> dict[str, Any]:
    entry = obj({"id": STR, "file": STR, "line": INT, "claim": {"type": "object"}})
    relation = obj({"id": STR, "file": STR, "line": INT, "relation": {"type": "object"}})
    source = {
        "type": "object",
        "properties": {"id": STR, "file": STR, "meta": {"type": "object"}, "lines": INT},
        "required": ["id", "file"],
    }
    lists = {
        "claims": ("added", "removed", "unread", "changed", "moved", "renamed"),
        "sources": ("added", "removed", "changed", "renamed"),
        "relations": ("added", "removed", "changed"),
        "acceptances": ("added", "removed"),
        "settings": ("changed",),
        "findings": ("introduced", "resolved", "reworded", "silenced"),
    }
    summary = {
        **obj(
            {
                **{group: counts(*kinds) for group, kinds in lists.items()},
                "errors": INT,
                "warnings": INT,
            }
        ),
        "description": "How many of each list below; errors and warnings: those introduced "
        "or silenced by head's settings, none accepted (errors fail the run, warnings with "
        "--strict).",
    }
    return {
        "base": STR,
        "head": STR,
        "summary": summary,
        "claims": obj(
            {
                "added": array(entry),
                "removed": array(entry),
                "unread": array(entry),
                "changed": array(obj({"id": STR, "file": STR, "line": INT, "fields": _changes()})),
                "moved": array(obj({"id": STR, "old_file": STR, "new_file": STR, "line": INT})),
                "renamed": array(
                    _renamed(
                        {
                            "line": INT,
                            "fields": _changes(),
                            "quote_similarity": {
                                **INT,
                                "maximum": 100,
                                "description": "100: the same quote; less: paired by likeness",
                            },
                        }
                    )
                ),
            }
        ),
        "sources": obj(
            {
                "added": array(source),
                "removed": array(source),
                "changed": array(source),
                "renamed": array(
                    _renamed({"meta": _changes(), "text": nullable({"type": "object"})})
                ),
            }
        ),
        "relations": obj(
            {
                "added": array(relation),
                "removed": array(relation),
                "changed": array(
                    obj(
                        {
                            "id": STR,
                            "old_file": STR,
                            "file": STR,
                            "line": INT,
                            "fields": _changes(),
                        }
                    )
                ),
            }
        ),
        "acceptances": obj(
            {"added": array({"type": "object"}), "removed": array({"type": "object"})}
        ),
        "settings": obj(
            {
                "changed": array(
                    obj(
                        {
                            "key": {**STR, "description": "dotted: verify.severity.CODE"},
                            "change": {"enum": ["added", "removed", "changed"]},
                            "old": {"description": "null: not set"},
                            "new": {"description": "null: not set"},
                            "file": STR,
                            "line": INT,
                        }
                    )
                )
            }
        ),
        "findings": obj(
            {
                "introduced": array(FINDING),
                "resolved": array(RESOLVED),
                "reworded": array(REWORDED),
                "silenced": {
                    **array(FINDING),
                    "description": "as base's desertcheck.toml reports them; they fail the run",
                },
            }
        ),
    }


#: A resolved finding of diff: verify's finding, and the codes of the errors for which its
#: claims fail verify in head (empty when they pass).
RESOLVED = {
    **FINDING,
    "properties": {
        **FINDING["properties"],
        "claim_fails_verify": array(STR),
        "claims_removed": {**array(STR), "description": "Its claims the change removed."},
    },
    "required": [*FINDING["required"], "claim_fails_verify", "claims_removed"],
}
#: A finding on both sides whose message changed: as head reports it, with base's words.
REWORDED = {
    **FINDING,
    "properties": {
        **FINDING["properties"],
        "old_message": STR,
        "old_severity": {"enum": ["error", "warning", "info"]},
    },
    "required": [*FINDING["required"], "old_message", "old_severity"],
}


def _audit() -> dict[str, Any]:
    candidate = obj(
        {"id": STR, "score": NUMBER, "figure": STR, "period": STR, "source": STR, "quote": STR}
    )
    value = obj(
        {"text": STR, "low": NUMBER, "high": NUMBER, "qualifier": STR, "unit": nullable(STR)}
    )
    return {
        "summary": {
            "type": "object",
            "description": "files, figures, min_score, and a count per verdict code.",
            "properties": {"files": INT, "figures": INT, "min_score": NUMBER},
            "required": ["files", "figures", "min_score"],
            "additionalProperties": INT,
        },
        "drafts": array(
            {
                **obj(
                    {
                        "file": STR,
                        "language": nullable(STR),
                        "language_from": {
                            "enum": ["option", "front matter", "configuration", "guess"]
                        },
                        "notes": array(STR),
                    }
                ),
                "description": "How each draft was read: the language tag (null: as "
                "English), where it was said, and the notes on it.",
            }
        ),
        "items": array(
            {
                "type": "object",
                "properties": {
                    "file": STR,
                    "line": INT,
                    "column": INT,
                    "text": STR,
                    "value": value,
                    "status": {**STR, "description": "The verdict's code (docs/audit.md)."},
                    "claims": array(candidate),
                    "message": STR,
                },
                "required": ["file", "line", "column", "text", "value", "status", "claims"],
            }
        ),
        "findings": array(FINDING),
    }


def _scan() -> dict[str, Any]:
    per_source = {"source": STR, "figures": INT, "registered": INT, "stubs": INT, "excluded": INT}
    value = {"anyOf": [NUMBER, {"type": "array", "items": NUMBER, "minItems": 2, "maxItems": 2}]}
    figure = {
        "type": "object",
        "properties": {
            "source": STR,
            "file": STR,
            "line": INT,
            "column": INT,
            "text": STR,
            "value": value,
            "qualifier": STR,
            "unit": nullable(STR),
            "sentence": STR,
            "status": {"enum": ["registered", "stub", "excluded", "missing"]},
            "claims": array(STR),
            "reason": nullable(STR),
        },
        "required": ["source", "file", "line", "column", "text", "value", "status"],
        "additionalProperties": False,
    }
    return {
        "summary": obj(
            {
                **dict.fromkeys(
                    ("sources", "figures", "registered", "stubs", "excluded", "missing"), INT
                ),
                "coverage": NUMBER,
                "min_coverage": NUMBER,
            }
        ),
        "sources": array(obj({**per_source, "missing": INT, "coverage": NUMBER})),
        "figures": array(figure),
        "findings": array(FINDING),
        "stubs": array(
            obj({"id": STR, "source": STR, "where": STR, "todo": array(STR), "yaml": STR})
        ),
        "written": array(obj({"file": STR, "claims": array(STR), "lines": array(INT)})),
    }


def _vocab() -> dict[str, Any]:
    term = obj(
        {
            "slug": STR,
            "count": INT,
            "claims": array(STR),
            "description": nullable(STR),
            "declared": nullable(BOOL),
        }
    )
    fields = ("measures", "scopes", "units", "tags", "origins")
    return {**{name: array(term) for name in fields}, "findings": array(FINDING)}


def _fingerprint() -> dict[str, Any]:
    entry = obj(
        {
            "id": STR,
            "file": STR,
            "old": nullable(STR),
            "new": nullable(STR),
            "changed": BOOL,
            "problem": nullable(STR),
        }
    )
    return {"sources": array(entry)}


def _init() -> dict[str, Any]:
    return {"root": STR, "created": array(STR)}


def _add_source() -> dict[str, Any]:
    return {
        "id": STR,
        "file": STR,
        "kind": {"enum": ["text", "markdown", "html", "pdf", "csv"]},
        "from": {**STR, "description": "The file or URL it came from."},
        "replaced": BOOL,
        "front_matter": {"$ref": "#/$defs/SourceMeta"},
        "lines": INT,
        "characters": INT,
        "figures": INT,
        "text": STR,
    }


def _add_claim() -> dict[str, Any]:
    return {
        "id": STR,
        "file": STR,
        "line": INT,
        "yaml": STR,
        "status": {"enum": ["verified", "warning", "error"]},
        "notes": array(STR),
        "findings": array(FINDING),
    }


#: Keys of a report that are left out when empty or not asked for.
OPTIONAL = {"export": ("vocabulary",), "scan": ("stubs", "written")}


def report_schema(command: str) -> dict[str, Any]:
    """The JSON Schema of ``command``'s JSON report."""
    build = {
        "verify": _verify,
        "list": _list,
        "export": _export,
        "diff": _diff,
        "audit": _audit,
        "scan": _scan,
        "vocab": _vocab,
        "fingerprint": _fingerprint,
        "init": _init,
        "add-source": _add_source,
        "add-claim": _add_claim,
    }
    properties = {"schema": {"const": schema_id(command)}, **build[command]()}
    out: dict[str, Any] = {
        "$schema": SCHEMA_DIALECT,
        "title": f"desertcheck {command} report",
        "description": f"desertcheck {REPORTS[command]}. docs/ci.md#json-reports",
        **obj(properties, optional=OPTIONAL.get(command, ())),
    }
    if command in ("list", "export"):
        defs = _records()
        exported = copy.deepcopy(defs["Claim"])
        exported["properties"].update(
            {
                "status": {"enum": ["verified", "warning", "error"]},
                "codes": array(STR),
                "accepted": array(obj({"code": STR, "reason": STR})),
            }
        )
        defs["ExportedClaim"] = exported
        out["$defs"] = defs
    if command == "add-source":
        from desertcheck.schema import schema

        meta = {k: v for k, v in schema("source").schema.items() if k not in ("$schema", "title")}
        out["$defs"] = {"SourceMeta": meta}
    return out
