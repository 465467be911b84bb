"""Every loader problem has a fixture registry and gives its finding at the right line."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import yaml

from desertcheck import yamlevents, yamlload
from desertcheck.findings import Severity
from desertcheck.registry import RootNotFound, find_root, load_registry

from .conftest import FIXTURES
from .timebound import within

LOADER = FIXTURES / "loader"


def found(root: Path, **kw: int) -> list[tuple[str | None, int, str]]:
    return [(f.file, f.line, f.code) for f in load_registry(root, **kw).findings]


# (fixture registry, [(file, line, code), ...])
CASES = [
    ("valid", []),
    # an unclosed "[": at the line that opened it, not the next, where it was found
    ("yaml-syntax", [("claims/second.yaml", 4, "yaml-syntax")]),
    ("duplicate-key", [("claims/second.yaml", 6, "yaml-duplicate-key")]),
    ("alias", [("claims/second.yaml", 5, "yaml-alias")]),
    ("missing-field", [("claims/second.yaml", 2, "missing-field")]),
    ("unknown-field", [("claims/second.yaml", 6, "unknown-field")]),
    ("wrong-type", [("claims/second.yaml", 4, "invalid-field")]),
    ("bad-id", [("claims/second.yaml", 2, "invalid-id")]),
    ("bad-period", [("claims/second.yaml", 8, "invalid-period")]),
    ("range-qualifier", [("claims/second.yaml", 4, "invalid-field")]),
    ("duplicate-id", [("claims/second.yaml", 2, "duplicate-id")]),
    ("unknown-source", [("claims/second.yaml", 9, "unknown-source")]),
    ("unknown-origin", [("claims/second.yaml", 10, "unknown-origin")]),
    ("unknown-claim", [("claims/second.yaml", 15, "unknown-claim")]),
    ("unsafe-source", [("claims/second.yaml", 9, "unsafe-path")]),
    ("not-utf8", [("claims/second.yaml", 3, "not-utf8")]),
    ("front-matter", [("sources/beta.md", 1, "front-matter")]),
    ("front-matter-field", [("sources/beta.md", 5, "invalid-field")]),
    ("bad-source-name", [("sources/Beta_Source.md", 1, "invalid-id")]),
    ("not-a-mapping", [("claims/second.yaml", 1, "yaml-structure")]),
    (
        "two-broken-files",
        [("claims/second.yaml", 4, "yaml-syntax"), ("claims/third.yaml", 2, "missing-field")],
    ),
    ("yaml-tab", [("claims/second.yaml", 5, "yaml-syntax")]),
    ("yaml-missing-colon", [("claims/second.yaml", 5, "yaml-syntax")]),
    ("yaml-unquoted-colon", [("claims/second.yaml", 3, "yaml-syntax")]),
    ("yaml-unclosed-quote", [("claims/second.yaml", 3, "yaml-syntax")]),
    ("yaml-indent", [("claims/second.yaml", 7, "yaml-syntax")]),
    ("bad-qualifier", [("claims/second.yaml", 5, "invalid-field")]),
    ("thousands-separator", [("claims/second.yaml", 4, "invalid-field")]),
    ("front-matter-unclosed", [("sources/beta.md", 1, "front-matter")]),
    ("misspelt-claims-key", [("claims/second.yaml", 1, "yaml-structure")]),
    ("empty-claims-file", [("claims/second.yaml", 1, "yaml-structure")]),
    (
        "two-problems",
        [("claims/second.yaml", 8, "invalid-period"), ("claims/second.yaml", 9, "unknown-source")],
    ),
    ("no-claims", [("claims", 0, "no-claims")]),
]

# (fixture registry, (file, line, code) of a finding, a fragment of its message)
MESSAGES = [
    ("yaml-tab", ("claims/second.yaml", 5, "yaml-syntax"), "line 5 is indented with a tab; YAML"),
    (
        "yaml-missing-colon",
        ("claims/second.yaml", 5, "yaml-syntax"),
        "line 5 is not `key: value` — is a ':' missing? (could not find expected ':')",
    ),
    (
        "yaml-unquoted-colon",
        ("claims/second.yaml", 3, "yaml-syntax"),
        "a value containing ': ' must be quoted, or this line is indented differently",
    ),
    (
        "yaml-unclosed-quote",
        ("claims/second.yaml", 3, "yaml-syntax"),
        "a quoted value opened at line 3 is never closed (found unexpected end of stream)",
    ),
    (
        "yaml-indent",
        ("claims/second.yaml", 7, "yaml-syntax"),
        "line 7 is not indented like the fields of the mapping that starts at line 2",
    ),
    (
        "yaml-syntax",
        ("claims/second.yaml", 4, "yaml-syntax"),
        "the '[' opened at line 4 is not closed by ']'",
    ),
    (
        "bad-qualifier",
        ("claims/second.yaml", 5, "invalid-field"),
        "qualifier: must be one of: exactly, about, over, at-least, nearly, up-to, between "
        "(did you mean 'about'?)",
    ),
    (
        "thousands-separator",
        ("claims/second.yaml", 4, "invalid-field"),
        "value: must be a number without separators: write 412000000",
    ),
    (
        "front-matter-unclosed",
        ("sources/beta.md", 1, "front-matter"),
        "the front-matter block opened at line 1 is never closed by a line '---'",
    ),
    (
        "misspelt-claims-key",
        ("claims/second.yaml", 1, "yaml-structure"),
        "unknown top-level key 'claim' (did you mean 'claims'?)",
    ),
    (
        "empty-claims-file",
        ("claims/second.yaml", 1, "yaml-structure"),
        "the file is empty: a claims file is a mapping with a 'claims:' list",
    ),
    ("two-problems", ("claims/second.yaml", 8, "invalid-period"), "'2024-13' is not a real date"),
    (
        "two-problems",
        ("claims/second.yaml", 9, "unknown-source"),
        "names source 'alpah', but there is no sources/alpah.md (did you mean 'alpha'?)",
    ),
    (
        "no-claims",
        ("claims", 0, "no-claims"),
        "claims/ holds no claims yet: add one with `desertcheck add claim",
    ),
]


def test_a_claims_folder_without_files_asks_whether_the_root_is_right(tmp_path: Path) -> None:
    (tmp_path / "claims").mkdir()
    (tmp_path / "sources").mkdir()
    (found,) = [f for f in load_registry(tmp_path).findings if f.code == "no-claims"]
    assert found.message == "no claims files in claims/ — is --root pointing at the right folder?"


@pytest.mark.parametrize(("name", "expected"), CASES, ids=[c[0] for c in CASES])
def test_loader_findings(name: str, expected: list[tuple[str, int, str]]) -> None:
    assert found(LOADER / name) == expected


def test_every_fixture_is_in_the_table() -> None:
    assert {p.name for p in LOADER.iterdir()} == {c[0] for c in CASES}


@pytest.mark.parametrize(
    ("name", "where", "fragment"), MESSAGES, ids=[f"{m[0]}-{m[1][2]}" for m in MESSAGES]
)
def test_loader_messages(name: str, where: tuple[str, int, str], fragment: str) -> None:
    messages = {(f.file, f.line, f.code): f.message for f in load_registry(LOADER / name).findings}
    assert where in messages, messages
    assert fragment in messages[where]


def _c_loader() -> type:
    return yaml.CSafeLoader


# (broken YAML, (line, column) of the error, fragment of the message). The C loader (libyaml)
# is what users get; the pure-Python loader must give the same hints.
SYNTAX = [
    ("a:\n  b: 1\n\tc: 2\n", (3, 1), "line 3 is indented with a tab; YAML needs spaces"),
    ("a:\n\tb: 1\n", (2, 1), "line 2 is indented with a tab; YAML needs spaces"),
    (
        "claims:\n  - id: a\n  \t- id: b\n",
        (3, 3),
        "line 3 is indented with a tab; YAML needs spaces",
    ),
    ("a: 1\nb two\nc: 3\n", (2, 1), "line 2 is not `key: value` — is a ':' missing?"),
    ("a: 1\nb two\n", (2, 1), "(could not find expected ':')"),
    ("a: 1\nb: Note: x\n", (2, 8), "a value containing ': ' must be quoted, or this line is"),
    ("a:\n  b: 1\n    c: 2\n", (3, 6), "a value containing ': ' must be quoted"),
    ('a: 1\nb: "open\nc: 3\n', (2, 4), "a quoted value opened at line 2 is never closed"),
    ("a: 1\nb: 'open\nc: 3\n", (2, 4), "a quoted value opened at line 2 is never closed"),
    (
        "a:\n  b: 1\n c: 2\n",
        (3, 2),
        "line 3 is not indented like the fields of the mapping that starts at line 1",
    ),
    (
        "x:\n  - a: 1\n    b: 2\n    - c\n",
        (4, 5),
        "line 4 is not indented like the fields of the mapping that starts at line 2",
    ),
    (
        "x:\n  - a: 1\n   b: 2\n",
        (3, 4),
        "line 3 is not indented like the fields above it, nor is it a new '- ' item",
    ),
    ("a: [1, 2\nb: 3\n", (1, 4), "the '[' opened at line 1 is not closed by ']'"),
    # found on its own line (a ',' missing): where it was found
    ("a: [1, 2 }\n", (1, 10), "the '[' opened at line 1 is not closed by ']'"),
    # a list over several lines, a ',' missing between two items: where it is missing
    ('tags: [\n  "alpha",\n  "beta"\n  "gamma",\n]\n', (4, 3), "the '[' opened at line 1"),
    (
        'accept: [{code: c,\n          reason: "r"\n          claim: x}]\n',
        (3, 11),
        "opened at line 1",
    ),
    ('x:\n  - a: "q" and more\n', (2, 12), "text follows a closing quote on line 2"),
    (
        'x:\n  - id: a\n    quote: "open\n  - id: b\n    quote: "y"\n',
        (5, 13),
        "the quoted value opened at line 3 runs on to line 5, where text follows its closing "
        "quote: close the quote on line 3",
    ),
    (  # an escaped quote is not the one that opened it
        "x:\n  - id: a\n    quote: 'it''s\n  - id: b\n    quote: 'y'\n",
        (5, 13),
        "the quoted value opened at line 3 runs on to line 5",
    ),
]


@pytest.mark.parametrize("loader", ["c", "python"])
@pytest.mark.parametrize(("text", "where", "fragment"), SYNTAX)
def test_yaml_syntax_hints(
    monkeypatch: pytest.MonkeyPatch, loader: str, text: str, where: tuple[int, int], fragment: str
) -> None:
    if loader == "c":
        assert yamlevents._Loader is _c_loader()  # users get libyaml
    else:
        monkeypatch.setattr(yamlevents, "_Loader", yaml.SafeLoader)
    with pytest.raises(yamlload.YamlError) as info:
        yamlload.load(text)
    err = info.value
    assert err.code == "yaml-syntax"
    assert (err.line, err.column) == where
    assert fragment in err.message
    assert err.message.endswith(")")  # libyaml's own words stay, in parentheses


def test_yaml_syntax_hint_lines_count_the_front_matter_offset() -> None:
    with pytest.raises(yamlload.YamlError) as info:
        yamlload.load("title: t\n\tpublisher: p\n", line_offset=1)
    assert info.value.line == 3
    assert info.value.message.startswith("line 3 is indented with a tab")


def test_broken_file_does_not_hide_the_others() -> None:
    result = load_registry(LOADER / "yaml-syntax")
    assert [c.id for c in result.registry.claims] == ["alpha-desertions-2024"]


def test_valid_registry_model() -> None:
    result = load_registry(LOADER / "valid")
    reg = result.registry
    claim = reg.claim("alpha-desertions-2024")
    assert claim is not None
    assert (claim.file, claim.line) == ("claims/alpha.yaml", 2)
    assert claim.where.of("quote") == (11, 12)
    assert claim.period.start.isoformat() == "2024-01-01"
    assert claim.period.end.isoformat() == "2024-12-31"
    assert reg.claim("alpha-cases").period.text == "2024"  # type: ignore[union-attr]
    source = reg.sources["alpha"]
    assert source.body_line == 9
    assert source.meta.cites == ("alpha-origin",)
    assert str(source.meta.published) == "2025-03-01"
    assert source.file_line(source.text.index("A further")) == 10
    assert reg.origins["alpha-origin"].publisher == "Alpha Institute"
    from dataclasses import FrozenInstanceError

    with pytest.raises(FrozenInstanceError):
        claim.value = 1  # type: ignore[misc]
    with pytest.raises(FrozenInstanceError):  # where it was read is as fixed as its fields
        claim._where = claim.where


def test_claim_json_round_trip() -> None:
    from desertcheck.model import Claim

    for claim in load_registry(LOADER / "valid").registry.claims:
        dumped = claim.model_dump(mode="json")
        assert Claim.model_validate(dumped).model_dump(mode="json") == dumped


def test_symlinked_source_is_refused(registry_copy) -> None:
    root = registry_copy("valid")
    outside = root.parent / "secret.md"
    outside.write_text("---\ntitle: t\npublisher: p\nlanguage: en\n---\nsecret\n")
    os.symlink(outside, root / "sources" / "secret.md")
    assert found(root) == [("sources/secret.md", 0, "unsafe-path")]


def test_symlinked_claims_file_is_refused(registry_copy) -> None:
    root = registry_copy("valid")
    os.symlink(root / "claims" / "second.yaml", root / "claims" / "link.yaml")
    assert found(root) == [("claims/link.yaml", 0, "unsafe-path")]


def test_file_over_size_cap(registry_copy) -> None:
    root = registry_copy("valid")
    # every file is over 200 bytes; a claim naming the refused alpha.md is not "unknown"
    assert found(root, max_bytes=200) == [
        ("claims/alpha.yaml", 0, "file-too-large"),
        ("claims/second.yaml", 0, "file-too-large"),
        ("sources/alpha.md", 0, "file-too-large"),
    ]


def test_size_cap_names_file_and_sizes(registry_copy) -> None:
    root = registry_copy("valid")
    (root / "claims" / "big.yaml").write_text("claims: []\n" + "# padding\n" * 500)
    result = load_registry(root, max_bytes=1000)
    big = [f for f in result.findings if f.file == "claims/big.yaml"]
    assert [f.code for f in big] == ["file-too-large"]
    assert "5,011 bytes" in big[0].message
    assert result.registry.claim("alpha-cases") is not None  # the others still load


def test_alias_bomb_is_refused_fast(registry_copy) -> None:
    root = registry_copy("valid")
    lines = ['a0: &a0 ["x", "x", "x", "x", "x", "x", "x", "x", "x"]']
    for i in range(1, 12):
        lines.append(f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]")
    (root / "claims" / "bomb.yaml").write_text("\n".join(lines) + "\n")
    codes = found(root)
    assert codes == [("claims/bomb.yaml", 1, "yaml-alias")]


@pytest.mark.parametrize(
    ("yaml_text", "code", "line"),
    [
        ("claims:\n  - id: x\n    value: !!python/object 1\n", "yaml-tag", 3),
        ("---\nclaims: []\n---\nclaims: []\n", "yaml-structure", 3),
        ("claims: {id: x}\n", "yaml-structure", 1),
        ("claims: []\nextra: 1\n", "unknown-field", 2),
        ("claims:\n  - just a string\n", "yaml-structure", 2),
        ("claims:\n  - {? [a] : 1}\n", "yaml-structure", 2),
        ("\ufeffclaims: []\n", None, 0),
        ("claims:\n  - id: b\n    period: 2024-02-30\n", "invalid-period", 3),
        ("claim:\n  - id: x\n", "yaml-structure", 1),
        ("", "yaml-structure", 1),
        ("# only a comment\n", "yaml-structure", 1),
        ("claims: []\nrelation: []\n", "unknown-field", 2),
    ],
)
def test_claims_file_shapes(registry_copy, yaml_text: str, code: str | None, line: int) -> None:
    root = registry_copy("valid")
    (root / "claims" / "x.yaml").write_text(yaml_text, encoding="utf-8")
    mine = [(f.line, f.code) for f in load_registry(root).findings if f.file == "claims/x.yaml"]
    if code is None:
        assert mine == []
    else:
        assert (line, code) in mine


def test_yaml_11_traps_stay_strings(registry_copy) -> None:
    root = registry_copy("valid")
    text = (root / "claims" / "second.yaml").read_text()
    (root / "claims" / "second.yaml").write_text(
        text.replace("unit: cases", "unit: NO").replace("scope: army", "scope: '010'")
    )
    result = load_registry(root)
    claim = result.registry.claim("alpha-cases")
    assert claim is not None
    assert claim.unit == "NO"  # not False, as YAML 1.1 would have it
    assert claim.scope == "010"  # not 8


def test_invalid_claim_referenced_by_relation_is_not_unknown(registry_copy) -> None:
    root = registry_copy("missing-field")
    with (root / "claims" / "second.yaml").open("a") as fh:
        fh.write(
            "relations:\n  - id: r\n    kind: part-of\n    parts: [alpha-cases]\n"
            "    whole: alpha-desertions-2024\n"
        )
    assert [c for _, _, c in found(root)] == ["missing-field"]


def test_every_finding_is_a_loader_code_at_its_declared_severity() -> None:
    from desertcheck.codes import Code, Origin

    for name, _ in CASES:
        for f in load_registry(LOADER / name).findings:
            assert isinstance(f.code, Code) and f.code.origin is Origin.LOADER
            assert f.severity is f.code.severity
            # an empty registry is suspicious, not broken
            assert f.severity is (Severity.WARNING if f.code == "no-claims" else Severity.ERROR)


def test_no_claims_warning_for_a_folder_without_yaml(tmp_path: Path) -> None:
    (tmp_path / "claims").mkdir()
    (tmp_path / "claims" / "notes.txt").write_text("not a claims file\n")
    result = load_registry(tmp_path)
    assert found(tmp_path) == [("claims", 0, "no-claims")]
    assert not result.has_errors


def test_no_claims_warning_is_not_added_to_a_broken_file(registry_copy) -> None:
    root = registry_copy("valid")
    (root / "claims" / "alpha.yaml").write_text("claims: [\n")
    (root / "claims" / "second.yaml").unlink()
    assert [c for _, _, c in found(root)] == ["yaml-syntax"]


def test_find_root_order(tmp_path: Path) -> None:
    (tmp_path / "a" / "claims").mkdir(parents=True)
    (tmp_path / "b" / "claims").mkdir(parents=True)
    deep = tmp_path / "a" / "x" / "y"
    deep.mkdir(parents=True)
    assert find_root(None, env={}, cwd=deep) == (tmp_path / "a").resolve()
    env = {"DESERTCHECK_ROOT": str(tmp_path / "b")}
    assert find_root(None, env=env, cwd=deep) == tmp_path / "b"
    assert find_root(tmp_path / "a", env=env, cwd=deep) == tmp_path / "a"
    with pytest.raises(RootNotFound, match="no claims/ folder"):
        find_root(tmp_path, env={}, cwd=deep)
    with pytest.raises(RootNotFound, match=r"no registry found.*--root"):
        find_root(None, env={}, cwd=tmp_path)


@pytest.mark.parametrize(
    ("given", "says"),
    [
        (
            "registry",
            "no such folder (looked for in {here}); a registry is at ../registry: "
            "--root ../registry",
        ),
        (
            "../registry/claims",
            "no claims/ folder there (looked for in {here}); "
            "../registry/claims is the claims folder itself: give its parent, --root ../registry",
        ),
        ("nosuch", "no such folder (looked for in {here})"),
        ("{top}/nosuch", "no such folder"),
    ],
)
def test_a_root_not_found_says_where_it_looked_and_what_was_meant(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, given: str, says: str
) -> None:
    """CI runs a command from the repository's top or from a subfolder: a relative --root
    is read from the working folder, which the message names."""
    (tmp_path / "registry" / "claims").mkdir(parents=True)
    here = tmp_path / "drafts"
    here.mkdir()
    monkeypatch.chdir(here)
    given = given.format(top=tmp_path)
    with pytest.raises(RootNotFound) as refused:
        find_root(given, env={})
    assert str(refused.value) == f"--root {given}: " + says.format(here=here)


CLAIM = (
    "claims:\n  - id: c\n    statement: s\n    value: 1\n    unit: u\n    measure: m\n"
    "    scope: s\n    period: 2024\n    source: alpha\n    quote: q\n"
)


# (a change to a valid claim (old, new), (line, code) of the finding, fragment of its message)
@pytest.mark.parametrize(
    ("change", "where", "fragment"),
    [
        (
            ("value: 1", "value: 1\n    qualifier: approximately"),
            (5, "invalid-field"),
            "must be one of: exactly, about, over, at-least, nearly, up-to, between "
            "(did you mean 'about'?)",
        ),
        (("value: 1", "value: 1\n    qualifier: at least"), (5, "invalid-field"), "'at-least'?"),
        (("value: 1", "value: 1\n    qualifier: abuot"), (5, "invalid-field"), "'about'?)"),
        (("value: 1", "value: 1\n    qualifier: Over"), (5, "invalid-field"), "'over'?)"),
        (("value: 1", "value: 1\n    qualifier: many"), (5, "invalid-field"), "up-to, between"),
        # found in a German newsroom's trial: the words a quote writes before its figure
        (("value: 1", "value: 1\n    qualifier: knapp"), (5, "invalid-field"), "'nearly'?)"),
        (("value: 1", "value: 1\n    qualifier: mehr als"), (5, "invalid-field"), "'over'?)"),
        (
            ("value: 1", "value: 1\n    qualifier: no fewer than"),
            (5, "invalid-field"),
            "'at-least'?)",
        ),
        (("value: 1", "value: 1\n    qualifier: около"), (5, "invalid-field"), "'about'?)"),
        (("value: 1", "value: 412,000,000"), (4, "invalid-field"), "write 412000000"),
        (("value: 1", "value: 50 000"), (4, "invalid-field"), "without separators: write 50000"),
        # found in a user trial: YAML 1.2 reads 16_000 as text, and the message gave no fix
        (("value: 1", "value: 16_000"), (4, "invalid-field"), "without separators: write 16000"),
        (("value: 1", "value: [1,000, 2,000]"), (4, "invalid-field"), "[low, high] for a range"),
        (("value: 1", 'value: ["1,000", "2,000"]'), (4, "invalid-field"), "write [1000, 2000]"),
        (("value: 1", "value: lots"), (4, "invalid-field"), "must be a number, or [low, high]"),
        # found in a German newsroom's trial: "must be a number" alone
        (("value: 1", 'value: "21.900"'), (4, "invalid-field"), "write 21900 if the point groups"),
        (("value: 1", 'value: "1.234.567"'), (4, "invalid-field"), "write 1234567 if the point"),
        (("value: 1", "value: 12%"), (4, "invalid-field"), "write 12, with unit: percent"),
        (("value: 1", "value: 8.2 per cent"), (4, "invalid-field"), "8.2, with unit: percent"),
        (("value: 1", "value: 2.4 million"), (4, "invalid-field"), "number: write 2400000"),
        (("value: 1", "value: £2.4m"), (4, "invalid-field"), "write 2400000, with unit: GBP"),
        (("value: 1", "value: about 1,000"), (4, "invalid-field"), "1000, with qualifier: about"),
        (("value: 1", "value: over 9.5%"), (4, "invalid-field"), "percent and qualifier: over"),
        (("value: 1", "value: more than 16k"), (4, "invalid-field"), "16000, with qualifier: over"),
        (("value: 1", "value: 2,4 million"), (4, "invalid-field"), "must be a number, or [low"),
        (("value: 1", "value: 1\n    tags: army"), (5, "invalid-field"), "must be a list, like [a"),
        (("unit: u", "unit: 300"), (5, "invalid-field"), "unit: must be text; put the value in"),
        (("unit: u", "unit: [a, b]"), (5, "invalid-field"), "unit: must be text, not a list"),
        (("statement: s", "statement: true"), (3, "invalid-field"), "statement: must be text"),
        (
            ("period: 2024", "period: 2024-13\n    origin: alpah-origin"),
            (9, "unknown-origin"),
            "names origin 'alpah-origin', which is not in sources/origins.yaml (did you mean",
        ),
    ],
)
def test_field_messages(
    registry_copy, change: tuple[str, str], where: tuple[int, str], fragment: str
) -> None:
    root = registry_copy("valid")
    (root / "claims" / "x.yaml").write_text(CLAIM.replace(*change), encoding="utf-8")
    mine = {
        (f.line, f.code): f.message
        for f in load_registry(root).findings
        if f.file == "claims/x.yaml"
    }
    assert where in mine, mine
    assert fragment in mine[where]
    assert "Input should" not in " ".join(mine.values())


@pytest.mark.parametrize(
    ("relation", "fragment"),
    [
        ("kind: summ\n    parts: [c]", "kind: must be one of: sum, part-of (did you mean 'sum'?)"),
        ("kind: sum\n    parts: c", "parts: must be a list, like [a, b]"),
    ],
)
def test_relation_messages(registry_copy, relation: str, fragment: str) -> None:
    root = registry_copy("valid")
    text = CLAIM + f"relations:\n  - id: r\n    {relation}\n    whole: alpha-cases\n"
    (root / "claims" / "x.yaml").write_text(text, encoding="utf-8")
    messages = [f.message for f in load_registry(root).findings]
    assert any(fragment in m for m in messages), messages


def test_source_kind_message(registry_copy) -> None:
    root = registry_copy("valid")
    path = root / "sources" / "alpha.md"
    path.write_text(path.read_text().replace("kind: news", "kind: newspaper"))
    (finding,) = load_registry(root).findings
    assert (finding.file, finding.line, finding.code) == ("sources/alpha.md", 6, "invalid-field")
    assert "kind: must be one of: news, report, blog, court-data, dataset, other" in finding.message


# -- found by an adversarial review ------------------------------------------------------


DEEP = 100_000  # 200 KB of brackets once took gigabytes


@pytest.mark.parametrize(
    ("text", "line"),
    [
        # flow nesting: libyaml's own scanner limit (about 1,000 levels, PyYAML >= 6.0.2)
        # fires before any event reaches the loader; the finding must not depend on it
        ("claims: " + "[" * DEEP + "]" * DEEP + "\n", 1),
        ("claims: " + "{a: " * 2000 + "}" * 2000 + "\n", 1),
        ("claims: # [[[\n  " + "[" * 40 + "]" * 40 + "\n", 2),
        # block nesting: the loader's own limit
        ("claims:\n" + "".join(" " * i + "- \n" for i in range(2000)), 33),
    ],
    ids=["flow-sequences", "flow-mappings", "after-a-comment", "block"],
)
def test_deep_nesting_is_refused_quickly(registry_copy, text: str, line: int) -> None:
    """The meaning, not libyaml's wording or column: which libyaml refuses first varies."""
    root = registry_copy("valid")
    (root / "claims" / "deep.yaml").write_text(text)
    with within(10):
        found = load_registry(root).findings
    mine = [(f.line, f.code) for f in found if f.file == "claims/deep.yaml"]
    assert mine == [(line, "yaml-structure")]


@pytest.mark.parametrize(
    "text",
    [
        'claims: ["' + "[" * 100 + '" ]]\n',  # brackets in a quoted value, then a stray ]
        "claims: [] # " + "{" * 100 + " ]\n  bad\n",  # brackets in a comment
    ],
)
def test_brackets_that_yaml_does_not_nest_are_not_depth(registry_copy, text: str) -> None:
    root = registry_copy("valid")
    (root / "claims" / "odd.yaml").write_text(text)
    codes = [f.code for f in load_registry(root).findings if f.file == "claims/odd.yaml"]
    assert codes == ["yaml-syntax"]


def test_a_nul_byte_is_reported_where_it_is(registry_copy) -> None:
    root = registry_copy("valid")
    (root / "claims" / "nul.yaml").write_text("claims:\n  - id: x\x00y\n")
    (f,) = [f for f in load_registry(root).findings if f.file == "claims/nul.yaml"]
    assert (f.line, f.column, f.code) == (2, 10, "yaml-syntax")
    assert "U+0000" in f.message


def test_deep_folders_are_reported_not_recursed(registry_copy) -> None:
    root = registry_copy("valid")
    deep = root / "claims"
    for _ in range(12):
        deep = deep / "a"
    deep.mkdir(parents=True)
    (deep / "x.yaml").write_text("claims: []\n")
    codes = {(f.code, f.file) for f in load_registry(root).findings}
    assert ("unsafe-path", "claims/a/a/a/a/a/a/a/a/a") in codes


def test_a_folder_named_like_a_file_is_skipped(registry_copy) -> None:
    root = registry_copy("valid")
    (root / "claims" / "folder.yaml").mkdir()
    (root / "sources" / "folder.md").mkdir()
    assert found(root) == []


def test_symlinked_registry_folders_are_refused(tmp_path: Path, registry_copy) -> None:
    import shutil

    root = registry_copy("valid")
    outside = tmp_path / "outside"
    shutil.move(str(root / "claims"), outside)
    os.symlink(outside, root / "claims")
    assert found(root) == [("claims", 0, "unsafe-path")]


def test_crlf_front_matter_closing_at_end_of_file(registry_copy) -> None:
    root = registry_copy("valid")
    (root / "sources" / "crlf.md").write_bytes(
        b"---\r\ntitle: t\r\npublisher: p\r\nlanguage: en\r\n---\r"
    )
    assert found(root) == []


@pytest.mark.parametrize(
    ("relation", "message"),
    [
        ("parts: [alpha-cases]\n    whole: alpha-cases", "also listed among the parts"),
        ("parts: [alpha-cases, alpha-cases]\n    whole: alpha-desertions-2024", "listed twice"),
    ],
)
def test_bad_relations_are_errors_and_not_kept(registry_copy, relation: str, message: str) -> None:
    root = registry_copy("valid")
    with (root / "claims" / "second.yaml").open("a") as fh:
        fh.write(f"relations:\n  - id: r\n    kind: part-of\n    {relation}\n")
    result = load_registry(root)
    assert [(f.code, message in f.message) for f in result.findings] == [("invalid-field", True)]
    assert result.registry.relations == ()


@pytest.mark.parametrize(
    ("line", "code"),
    [
        ("value: 1e400", "invalid-field"),
        ("value: .inf", "invalid-field"),
        ("value: .nan", "invalid-field"),
        ('period: "2024 "', "invalid-period"),
        ('period: "\u0662\u0660\u0662\u0664"', "invalid-period"),  # Arabic-Indic digits
        ("cumulative: yes", "invalid-field"),
    ],
)
def test_values_that_only_look_right(registry_copy, line: str, code: str) -> None:
    root = registry_copy("valid")
    path = root / "claims" / "second.yaml"
    key = line.split(":")[0]
    text = path.read_text()
    lines = [ln for ln in text.splitlines() if not ln.strip().startswith(f"{key}:")]
    lines.insert(2, f"    {line}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert code in {f.code for f in load_registry(root).findings}


def test_an_id_with_a_trailing_newline_is_invalid(registry_copy) -> None:
    root = registry_copy("valid")
    path = root / "claims" / "second.yaml"
    path.write_text(path.read_text().replace("- id: alpha-cases", '- id: "alpha-cases\\n"'))
    assert [f.code for f in load_registry(root).findings] == ["invalid-id"]


def test_many_relations_load_in_linear_time(registry_copy) -> None:
    root = registry_copy("valid")
    rels = "".join(
        f"  - {{id: r{i}, kind: part-of, parts: [alpha-cases], whole: alpha-desertions-2024}}\n"
        for i in range(20_000)
    )
    with (root / "claims" / "second.yaml").open("a") as fh:
        fh.write(
            "relations:\n" + rels + "  - {id: r7, kind: sum, parts: [alpha-cases], "
            "whole: alpha-desertions-2024}\n"
        )
    result = load_registry(root)  # once minutes: each id was compared with every other
    assert len(result.registry.relations) == 20_000
    assert [f.code for f in result.findings] == ["duplicate-id"]


def test_a_root_name_too_long_is_not_a_crash() -> None:
    with pytest.raises(RootNotFound, match="File name too long"):
        find_root("a" * 1000, env={})


def test_every_problem_of_a_claim_in_one_run(registry_copy) -> None:
    """A bad period used to hide a reversed range until the period was fixed."""
    root = registry_copy("valid")
    path = root / "claims" / "alpha.yaml"
    text = path.read_text(encoding="utf-8")
    text = text.replace("value: 1200", "value: [2000, 1000]").replace(
        "qualifier: over", "qualifier: between"
    )
    path.write_text(text.replace('period: "2024"', 'period: "2024-13"'), encoding="utf-8")
    codes = sorted((f.line, f.code) for f in load_registry(root).findings)
    assert codes == [(4, "invalid-field"), (9, "invalid-period")]
