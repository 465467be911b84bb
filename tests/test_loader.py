"""Every loader problem has a fixture registry and gives its finding at the right line."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desertcheck.findings import Severity
from desertcheck.registry import RootNotFound, find_root, load_registry

from .conftest import FIXTURES

LOADER = FIXTURES / "loader"


def found(root: Path, **kw: int) -> list[tuple[str | None, int, str]]:
    return [(f.file, f.line, f.code) for f in load_registry(root, **kw).findings]


# (fixture registry, [(file, line, code), ...])
CASES = [
    ("valid", []),
    ("yaml-syntax", [("claims/second.yaml", 5, "yaml-syntax")]),
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
        [("claims/second.yaml", 5, "yaml-syntax"), ("claims/third.yaml", 2, "missing-field")],
    ),
]


@pytest.mark.parametrize(("name", "expected"), CASES, ids=[c[0] for c in CASES])
def test_loader_findings(name: str, expected: list[tuple[str, int, str]]) -> None:
    assert found(LOADER / name) == expected


def test_every_fixture_is_in_the_table() -> None:
    assert {p.name for p in LOADER.iterdir()} == {c[0] for c in CASES}


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
    from pydantic import ValidationError

    with pytest.raises(ValidationError, match="frozen"):
        claim.value = 1  # type: ignore[misc]


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


def test_every_finding_is_an_error_with_known_code() -> None:
    from desertcheck.registry import LOADER_CODES

    for name, _ in CASES:
        for f in load_registry(LOADER / name).findings:
            assert f.severity is Severity.ERROR
            assert f.code in LOADER_CODES


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
