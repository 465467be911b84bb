"""`desertcheck schema`: the JSON Schemas agree with the loader, on good files and on bad.

The loader's fixture registries (tests/fixtures/loader) each hold one problem. For each
loader code, :data:`EXPRESSES` says whether a schema can express it: ``yes`` — every file
with that problem fails the schema; ``no`` — the schema cannot see it (the file passes, or
is not even YAML an editor could check); ``partly`` — some forms of it only, and
:data:`PARTLY` says which fixtures the schema catches. docs/editors.md shows the same table.
"""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from desertcheck import yamlload
from desertcheck.cli import app
from desertcheck.codes import Code, Origin
from desertcheck.config import _TABLES
from desertcheck.fingerprint import FRONT_MATTER
from desertcheck.model import Acceptance, Claim, Relation, SourceMeta
from desertcheck.model import Origin as OriginModel
from desertcheck.registry import load_registry
from desertcheck.schema import CLAIMS_MODELINE, FIELDS, KINDS, modeline, schema, schema_files

from .conftest import FIXTURES, PROJECT, cli_runner

#: loader code -> can the schema express it: yes | partly | no
EXPRESSES: dict[str, str] = {
    "yaml-syntax": "no",
    "yaml-duplicate-key": "no",
    "yaml-alias": "no",
    "yaml-tag": "no",
    "yaml-comment-cut": "no",
    "yaml-stray-quote": "no",
    "yaml-structure": "yes",
    "front-matter": "no",
    "unknown-field": "yes",
    "missing-field": "yes",
    "invalid-field": "partly",
    "invalid-id": "partly",
    "invalid-period": "partly",
    "duplicate-id": "no",
    "unknown-source": "no",
    "unknown-origin": "no",
    "unknown-claim": "no",
    "unsafe-path": "partly",
    "not-utf8": "no",
    "file-too-large": "no",
    "no-claims": "no",
    "unread-file": "no",
    "registry-too-large": "no",
    "too-many-findings": "no",
}
#: fixtures whose "partly" problem the schema catches (True) or not (False)
PARTLY: dict[str, bool] = {
    "bad-qualifier": True,  # an enum
    "range-qualifier": True,  # a range takes between
    "thousands-separator": True,  # a string is not a number
    "wrong-type": True,
    "front-matter-field": True,
    "bad-id": True,  # the id pattern
    "bad-source-name": False,  # a file's name is not in any file
    "bad-period": True,  # month 13 is not of the form
    "two-problems": True,
    "unsafe-source": True,  # '../x' is not an id
}
LOADER = FIXTURES / "loader"


def validator(kind: str) -> Any:
    doc = schema(kind).schema
    jsonschema.Draft202012Validator.check_schema(doc)
    return jsonschema.Draft202012Validator(doc)


def kind_of(rel: str) -> str | None:
    if rel.startswith("claims/") and rel.endswith(".yaml"):
        return "claims"
    if rel == "sources/origins.yaml":
        return "origins"
    if rel.startswith("sources/") and rel.endswith(".md"):
        return "source"
    return None


def verdict(root: Path, rel: str) -> str:
    """'passes', 'fails' or 'unparsed' (not UTF-8, no front matter, not YAML)."""
    kind = kind_of(rel)
    assert kind is not None
    try:
        text = (root / rel).read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        return "unparsed"
    if kind == "source":
        m = FRONT_MATTER.match(text)
        if m is None:
            return "unparsed"
        text = m["yaml"]
    try:
        data, _ = yamlload.load(text)
    except yamlload.YamlError:
        return "unparsed"
    return "fails" if list(validator(kind).iter_errors(data)) else "passes"


def registry_files(root: Path) -> list[str]:
    return sorted(
        p.relative_to(root).as_posix()
        for p in root.rglob("*")
        if p.is_file() and kind_of(p.relative_to(root).as_posix())
    )


@pytest.mark.parametrize("kind", KINDS)
def test_every_schema_is_a_valid_draft_2020_12_schema(kind: str) -> None:
    doc = schema(kind).schema
    assert doc["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(doc)


def test_the_shipped_registry_validates() -> None:
    files = registry_files(PROJECT)
    assert len([f for f in files if f.startswith("claims/")]) >= 5
    for rel in files:
        assert verdict(PROJECT, rel) == "passes", rel


def test_every_loader_code_is_in_the_table() -> None:
    assert set(EXPRESSES) == {c.value for c in Code if c.origin is Origin.LOADER}


@pytest.mark.parametrize("fixture", sorted(p.name for p in LOADER.iterdir()))
def test_the_schema_catches_what_the_table_says(fixture: str) -> None:
    root = LOADER / fixture
    problems: dict[str | None, set[str]] = {}
    for f in load_registry(root).findings:
        problems.setdefault(f.file, set()).add(f.code.value)

    def caught(code: str) -> bool:
        return EXPRESSES[code] == "yes" or (EXPRESSES[code] == "partly" and PARTLY[fixture])

    for rel in registry_files(root):
        got = verdict(root, rel)
        codes = problems.get(rel, set())
        if any(caught(code) for code in codes):
            assert got == "fails", (rel, codes)
        else:
            assert got in (("passes", "unparsed") if codes else ("passes",)), (rel, codes, got)


def test_the_docs_show_the_same_table() -> None:
    doc = (PROJECT / "docs" / "editors.md").read_text(encoding="utf-8")
    rows = dict(re.findall(r"^\| `([a-z0-9-]+)` \| (yes|partly|no) \|", doc, re.M))
    assert rows == EXPRESSES


@pytest.mark.parametrize(
    ("model", "name"),
    [
        (Claim, "Claim"),
        (Acceptance, "Acceptance"),
        (Relation, "Relation"),
        (SourceMeta, "SourceMeta"),
        (OriginModel, "Origin"),
    ],
)
def test_every_field_is_described_with_examples(model: Any, name: str) -> None:
    assert set(FIELDS[name]) == set(model.model_fields)
    for field, (description, examples) in FIELDS[name].items():
        assert description.endswith(".") and examples, (name, field)


def test_the_schema_follows_the_model() -> None:
    claims = schema("claims").schema["$defs"]
    claim = claims["Claim"]
    assert set(claim["properties"]) == set(Claim.model_fields)
    assert set(claim["required"]) == {n for n, f in Claim.model_fields.items() if f.is_required()}
    assert claim["properties"]["qualifier"]["enum"][0] == "exactly"
    assert claim["additionalProperties"] is False
    codes = claims["Acceptance"]["properties"]["code"]["enum"]
    assert "qualifier-mismatch" in codes and "source-modified" not in codes
    assert "yaml-syntax" not in codes


def test_config_schema_has_the_tables_and_keys_the_loader_reads() -> None:
    doc = schema("config").schema
    assert {t: set(v["properties"]) for t, v in doc["properties"].items()} == {
        t: set(keys) for t, keys in _TABLES.items()
    }
    check = validator("config")
    good = tomllib.loads(
        '[verify]\ntolerance = 0.1\nignore = ["series-decrease"]\n'
        '[verify.severity]\nqualifier-mismatch = "error"\n'
        '[claimreview]\nauthor = "Desk"\nurl = "https://x.example/"\n'
        '[audit]\nmin-score = 60\n[vocabulary.measures]\ndesertions = "Soldiers who left"\n'
    )
    assert not list(check.iter_errors(good))
    for language in ("de", "de-AT", "de_at", "auto", "Auto"):
        assert not list(check.iter_errors({"audit": {"language": language}})), language
    for bad in (
        "[verify]\ntolerance = 1.5\n",
        '[verify]\nignore = ["yaml-syntax"]\n',
        '[verify.severity]\ncontradiction = "fatal"\n',
        "[verfy]\ntolerance = 0.1\n",
        '[vocabulary.measures]\nBad_Slug = "x"\n',
        '[audit]\nlanguage = "Deutsch"\n',
        "[audit]\nlanguage = 7\n",
    ):
        assert list(check.iter_errors(tomllib.loads(bad))), bad


def test_schema_command_prints_and_writes(tmp_path: Path) -> None:
    r = cli_runner().invoke(app, ["schema"])
    assert r.exit_code == 0 and json.loads(r.stdout) == schema("claims").schema
    out = tmp_path / "claims.schema.json"
    r = cli_runner().invoke(app, ["schema", "origins", "-o", str(out)])
    assert r.exit_code == 0 and json.loads(out.read_text()) == schema("origins").schema
    r = cli_runner().invoke(app, ["schema", "claimz"])
    assert r.exit_code == 2 and "'claimz' is not" in r.stderr


def test_the_hint_for_init() -> None:
    assert CLAIMS_MODELINE == "# yaml-language-server: $schema=../schemas/claims.schema.json"
    assert (
        modeline("claims", 2) == "# yaml-language-server: $schema=../../schemas/claims.schema.json"
    )
    files = schema_files()
    assert set(files) == {f"schemas/{k}.schema.json" for k in KINDS}
    assert json.loads(files["schemas/claims.schema.json"]) == schema("claims").schema
