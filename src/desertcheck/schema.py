"""``desertcheck schema``: JSON Schemas (draft 2020-12) of the registry's files, for editors.

The types, required fields, enums (qualifiers, source kinds, relation kinds), id and date
patterns and defaults come from the very field table the loader validates with
(:mod:`desertcheck.model`, read by :func:`desertcheck.records.json_schema`), so the schema
and the loader cannot drift apart. This module adds what a model does not carry: a
description and examples for each field (a test checks every field has them), the rule
that a range takes ``between`` and only a range does, the codes a claim may accept, and
the ``desertcheck.toml`` tables, built from the
configuration's own list of tables and keys.

What a schema cannot say — an id unique across files, a reference to a source or claim
that exists, a real calendar date, the low end of a range below its high end — the loader
says; docs/editors.md has the table.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desertcheck.records import Record

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"
KINDS = ("claims", "source", "origins", "config")
#: Where ``init`` writes the schemas, and the file name of each kind, in a registry.
SCHEMA_FOLDER = "schemas"
FILE_NAMES = {kind: f"{kind}.schema.json" for kind in KINDS}


def modeline(kind: str, depth: int = 1) -> str:
    """The YAML language server's modeline for a file ``depth`` folders below the registry
    root, pointing at ``schemas/<kind>.schema.json``."""
    return f"# yaml-language-server: $schema={'../' * depth}{SCHEMA_FOLDER}/{FILE_NAMES[kind]}"


#: The first line ``init`` writes in a claims file directly under claims/ (and in
#: sources/origins.yaml): the YAML language server (VS Code, Neovim, Helix, Zed, ...) then
#: completes and checks the file against the schema in schemas/.
CLAIMS_MODELINE = modeline("claims")
ORIGINS_MODELINE = modeline("origins")

_ID = "lowercase letters and digits in groups joined by single hyphens"
_DATE = "a date written YYYY, YYYY-MM or YYYY-MM-DD"

#: model -> field -> (description, examples)
FIELDS: dict[str, dict[str, tuple[str, list[Any]]]] = {
    "Claim": {
        "id": (f"The claim's id, unique across the registry: {_ID}.", ["un-desertions-2022"]),
        "statement": (
            "The claim in our words, as a draft would say it.",
            ["More than 50,000 soldiers have deserted the Russian army since 2022."],
        ),
        "value": (
            "The figure: a number without separators, or [low, high] for a range "
            "(with qualifier: between).",
            [50000, 9.5, [700, 800]],
        ),
        "qualifier": (
            "How the figure relates to the true value, as the quote says it. A range takes "
            "between, and only a range does.",
            ["over", "nearly"],
        ),
        "unit": ("What one counts in.", ["soldiers", "cases", "percent", "years"]),
        "measure": (
            f"What is counted, as a slug ({_ID}). Use the same measure for the same "
            "quantity in every document: claims are compared only when it is written alike.",
            ["desertions", "desertion-prosecutions"],
        ),
        "scope": (
            f"Whose, or where, as a slug ({_ID}); the same for the same population.",
            ["russian-armed-forces"],
        ),
        "period": (
            f"When: {_DATE}, or an interval START/END. A partial date covers all its days.",
            ["2024", "2022-02-24/2025-09-15"],
        ),
        "cumulative": ("true when the value is a running total from the period's start.", [True]),
        "source": (
            "The id of the source document: the file name in sources/ without .md.",
            ["novaya-gazeta-2025-un-report"],
        ),
        "quote": (
            "The exact words of the source that state the figure, as published.",
            ["Over 50,000 soldiers have deserted the Russian army since 2022"],
        ),
        "origin": (
            "The primary work the figure comes from: an id in sources/origins.yaml.",
            ["un-special-rapporteur-2025"],
        ),
        "tags": (f"Slugs to group claims by ({_ID}).", [["desertion", "un"]]),
        "note": (
            "Free text: how a period was derived, a caveat.",
            ["The report is dated 15 September 2025."],
        ),
        "accept": (
            "Findings of verify accepted on this claim, each with the reason: still "
            "reported, as accepted, but never failing a run.",
            [[{"code": "qualifier-mismatch", "reason": "The source's summary says over."}]],
        ),
    },
    "Acceptance": {
        "code": ("The code of a check's finding (docs/checks.md).", ["qualifier-mismatch"]),
        "reason": (
            "Why the finding is accepted: required.",
            ["Two counting methods, both published; the report explains the difference."],
        ),
    },
    "Relation": {
        "id": (f"The relation's id, unique among relations: {_ID}.", ["district-sum"]),
        "kind": (
            "sum: the parts add up to the whole; part-of: each part is at most the whole.",
            ["sum"],
        ),
        "parts": ("The claim ids of the parts (at least one, each once).", [["north", "south"]]),
        "whole": ("The claim id of the whole (not among the parts).", ["all-districts"]),
    },
    "SourceMeta": {
        "title": ("The document's title, as published.", ["UN report finds over 50,000 deserted"]),
        "publisher": ("Who published it.", ["Novaya Gazeta Europe"]),
        "language": ("A language tag.", ["en", "ru"]),
        "author": ("Who wrote it, when the document says.", ["Mariana Katzarova"]),
        "published": (f"When it was published: {_DATE}.", ["2025-09-20"]),
        "url": ("Where it was published.", ["https://example.org/article"]),
        "kind": ("What kind of document it is.", ["news"]),
        "cites": (
            "Ids of origins (sources/origins.yaml) the document reports on.",
            [["un-special-rapporteur-2025"]],
        ),
        "sha256": (
            "The fingerprint of the text as published (after the front matter; line "
            "endings as LF): written by `desertcheck fingerprint`, checked by verify.",
            ["3f2a9c" + "0" * 58],
        ),
    },
    "Origin": {
        "title": ("The work's title.", ["Situation of human rights in the Russian Federation"]),
        "publisher": ("Who published it.", ["UN Human Rights Council"]),
        "published": (f"When it was published: {_DATE}.", ["2025-09-15"]),
        "url": ("Where it was published.", ["https://example.org/report"]),
    },
}


@dataclass(frozen=True, slots=True)
class SchemaResult:
    kind: str
    schema: dict[str, Any]

    def exit_code(self, *, strict: bool = False) -> int:
        return 0


def schema(kind: str) -> SchemaResult:
    """The JSON Schema of one kind of file: ``claims``, ``source`` (front matter),
    ``origins`` or ``config``; or of a command's JSON report, ``<command>-report``
    (:mod:`desertcheck.report_schemas`)."""
    if kind.endswith("-report"):
        from desertcheck.report_schemas import report_schema

        return SchemaResult(kind, report_schema(kind.removesuffix("-report")))
    build = {"claims": _claims, "source": _source, "origins": _origins, "config": _config}
    return SchemaResult(kind, build[kind]())


def _document(title: str, description: str, body: dict[str, Any]) -> dict[str, Any]:
    return {"$schema": SCHEMA_DIALECT, "title": title, "description": description, **body}


def _described(model: type[Record], defs: dict[str, Any]) -> dict[str, Any]:
    """``model``'s schema with its nested models in ``defs``, titles dropped and each field
    described from :data:`FIELDS`."""
    from desertcheck.records import json_schema

    nested: dict[str, Any] = {}
    out = json_schema(model, nested)
    for name, node in nested.items():
        defs[name] = _describe(name, node)
    return _describe(model.__name__, out)


def _describe(name: str, node: dict[str, Any]) -> dict[str, Any]:
    node.pop("title", None)
    for field, prop in node.get("properties", {}).items():
        prop.pop("title", None)
        description, examples = FIELDS[name][field]
        prop["description"] = description
        prop["examples"] = examples
    return node


def _acceptable() -> list[str]:
    from desertcheck.acceptance import acceptance_problem
    from desertcheck.codes import Code

    return [c.value for c in Code if acceptance_problem(c.value) is None]


def _list_or_nothing(ref: str) -> dict[str, Any]:
    # `claims:` with nothing after it is an empty list to the loader
    return {"anyOf": [{"type": "array", "items": {"$ref": ref}}, {"type": "null"}]}


def _claims() -> dict[str, Any]:
    from desertcheck.model import Claim, Relation

    defs: dict[str, Any] = {}
    claim = _described(Claim, defs)
    defs["Claim"] = claim
    defs["Relation"] = _described(Relation, defs)
    defs["Relation"]["properties"]["parts"]["uniqueItems"] = True
    defs["Acceptance"]["properties"]["code"]["enum"] = _acceptable()
    claim["allOf"] = [  # a range takes `between`, and only a range does
        {
            "if": {"properties": {"value": {"type": "array"}}, "required": ["value"]},
            "then": {"properties": {"qualifier": {"const": "between"}}, "required": ["qualifier"]},
            "else": {"properties": {"qualifier": {"not": {"const": "between"}}}},
        }
    ]
    return _document(
        "desertcheck claims file",
        "A file under claims/: the claims (statistics, each with its source and quote) and "
        "the relations between them. docs/registry-format.md",
        {
            "type": "object",
            "properties": {
                "claims": _list_or_nothing("#/$defs/Claim"),
                "relations": _list_or_nothing("#/$defs/Relation"),
            },
            "required": ["claims"],
            "additionalProperties": False,
            "$defs": defs,
        },
    )


def _source() -> dict[str, Any]:
    from desertcheck.model import SourceMeta

    defs: dict[str, Any] = {}
    body = _described(SourceMeta, defs)
    return _document(
        "desertcheck source front matter",
        "The YAML between the two '---' lines at the top of a sources/*.md file; the text "
        "of the document as published follows them. docs/registry-format.md",
        {**body, **({"$defs": defs} if defs else {})},
    )


def _origins() -> dict[str, Any]:
    from desertcheck.model import ID_PATTERN, Origin

    defs: dict[str, Any] = {"Origin": _described(Origin, {})}
    return _document(
        "desertcheck origins",
        "sources/origins.yaml: the primary works that stored sources report on, by id. "
        "docs/registry-format.md",
        {
            "type": "object",
            "propertyNames": {"pattern": ID_PATTERN},
            "additionalProperties": {"$ref": "#/$defs/Origin"},
            "$defs": defs,
        },
    )


def _table(properties: dict[str, Any]) -> dict[str, Any]:
    return {"type": "object", "properties": properties, "additionalProperties": False}


def _config() -> dict[str, Any]:
    from desertcheck.codes import Code, Origin
    from desertcheck.intervals import DEFAULT_TOLERANCE
    from desertcheck.model import ID_PATTERN

    codes = [c.value for c in Code if c.origin not in (Origin.AUDIT, Origin.DRAFT)]
    slugs = {
        "type": "object",
        "propertyNames": {"pattern": ID_PATTERN},
        "additionalProperties": {"type": "string", "pattern": r"\S"},
    }
    verify = {
        "tolerance": {
            "type": "number",
            "exclusiveMinimum": 0,
            "exclusiveMaximum": 1,
            "default": DEFAULT_TOLERANCE,
            "description": "Relative tolerance of about and nearly.",
        },
        "ignore": {
            "type": "array",
            "items": {"enum": [c.value for c in Code if c.value in codes and not c.fatal]},
            "description": "Codes never reported (loader errors cannot be ignored).",
        },
        "severity": {
            "type": "object",
            "propertyNames": {"enum": codes},
            "additionalProperties": {"enum": ["error", "warning", "info"]},
            "description": "A code's severity (loader errors cannot be lowered).",
        },
    }
    tables = {
        "verify": _table(verify),
        "claimreview": _table(
            {
                "author": {"type": "string", "pattern": r"\S", "description": "Who reviews."},
                "url": {
                    "type": "string",
                    "pattern": r"^[Hh][Tt][Tt][Pp][Ss]?://[^/?#\s]+[^?#\s]*$",
                    "description": "Each review's address is url followed by the claim id: "
                    "an absolute http(s) address (a missing final / is added).",
                },
                "author-url": {
                    "type": "string",
                    "pattern": r"^[Hh][Tt][Tt][Pp][Ss]?://[^/?#\s]+\S*$",
                    "description": "The reviewing organisation's page (default: url's site).",
                },
            }
        ),
        "audit": _table(
            {
                "min-score": {"type": "number", "minimum": 0, "maximum": 100},
                "language": {
                    "type": "string",
                    "pattern": r"^([Aa][Uu][Tt][Oo]|[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8})*)$",
                    "description": "The drafts' language when they do not say (de, fr, "
                    "de-AT; auto: guessed from their words): their number convention and "
                    "words.",
                },
                "synonyms": {
                    "type": "object",
                    "description": "Words that say the same in this field: word = [words].",
                    "additionalProperties": {
                        "anyOf": [
                            {"type": "string"},
                            {"type": "array", "items": {"type": "string"}, "minItems": 1},
                        ]
                    },
                },
            },
        ),
        "vocabulary": _table(
            {
                "measures": {**slugs, "description": "Measures allowed: slug = description."},
                "scopes": {**slugs, "description": "Scopes allowed: slug = description."},
            }
        ),
        "scan": _table(
            {
                "exclude": {
                    "type": "array",
                    "description": "Figures of a source that are no statistics (scan).",
                    "items": {
                        **_table(
                            {
                                "source": {"type": "string", "description": "The source's id."},
                                "quote": {"type": "string", "description": "The passage."},
                                "reason": {"type": "string", "description": "Why not a figure."},
                                "claim": {"type": "string", "description": "The claim repeated."},
                            }
                        ),
                        "required": ["source", "quote", "reason"],
                    },
                }
            }
        ),
    }
    return _document(
        "desertcheck.toml",
        "The registry's configuration. docs/checks.md#configuration-desertchecktoml",
        _table(tables),
    )


def schema_files() -> dict[str, str]:
    """The schema files ``init`` writes, by path relative to the registry root."""
    from desertcheck.reporters.machine import to_json

    return {
        f"{SCHEMA_FOLDER}/{FILE_NAMES[kind]}": to_json(schema(kind).schema) + "\n" for kind in KINDS
    }
