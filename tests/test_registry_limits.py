"""Numbers and sizes the loader bounds, found by an adversarial review: an unquoted integer
of 4,300 digits crashed the YAML reader (exit 3), one of 400 digits overflowed a float in
verify, list, export and show, and a 2 MB source took 85 bytes of memory a byte."""

from __future__ import annotations

from pathlib import Path

import pytest

from desertcheck import yamlload
from desertcheck.registry import load_registry

from .conftest import bounded

COMMANDS = [
    ("verify",),
    ("verify", "-f", "json"),
    ("verify", "-f", "sarif"),
    ("list",),
    ("list", "-f", "csv"),
    ("export",),
    ("export", "-f", "markdown"),
]


def _claim(cid: str, value: str, qualifier: str = "exactly") -> str:
    return (
        f"  - id: {cid}\n    statement: {cid}\n    value: {value}\n    qualifier: {qualifier}\n"
        "    unit: cases\n    measure: cases\n    scope: army\n    period: 2024\n"
        "    source: alpha\n    quote: A further 300 cases were opened.\n"
    )


@pytest.mark.parametrize("digits", [31, 400, 5000])
def test_integers_too_long_to_be_statistics_are_invalid_fields(registry_copy, digits: int) -> None:
    root = registry_copy("valid")
    n = "7" * digits
    (root / "claims" / "big.yaml").write_text(
        "claims:\n"
        + _claim("one", n)
        + _claim("range", f"[1, {n}]", "between")
        + _claim("negative", f"-{n}")
        + _claim("period", "1").replace("period: 2024", f"period: {n}")
    )
    with (root / "sources" / "origins.yaml").open("a") as f:
        f.write(f"? {n}\n: {{title: t, published: {n}}}\n")
    result = load_registry(root)
    got = sorted((f.file, f.line, f.code) for f in result.findings)
    assert got == [
        ("claims/big.yaml", 4, "invalid-field"),
        ("claims/big.yaml", 14, "invalid-field"),
        ("claims/big.yaml", 24, "invalid-field"),
        ("claims/big.yaml", 39, "invalid-field"),
        ("sources/origins.yaml", 6, "invalid-field"),
    ]
    for f in result.findings:
        assert f"a number of {digits:,} digits is too long to be a statistic" in f.message
    for command in COMMANDS:
        r = bounded(*command, "--root", str(root))
        assert r.returncode in (0, 1), (command, r.stderr[-500:])


def test_the_largest_numbers_allowed_go_through_every_command(registry_copy) -> None:
    root = registry_copy("valid")
    n = "9" * yamlload.MAX_INT_DIGITS
    (root / "claims" / "big.yaml").write_text(
        "claims:\n"
        + _claim("one", n)
        + _claim("negative", f"-{n}")
        + _claim("largest", "1.7976931348623157e308", "about")
        + _claim("range", "[1e308, 1.7e308]", "between")
        + _claim("smallest", "5e-324")
        + "relations:\n"
        + "  - {id: s, kind: sum, parts: [one, range, negative], whole: largest}\n"
        + "  - {id: p, kind: part-of, parts: [range, largest], whole: smallest}\n"
    )
    (root / "claims" / "bad.yaml").write_text("claims:\n" + _claim("inf", "1e400"))
    result = load_registry(root)
    assert [(f.file, f.code) for f in result.findings] == [("claims/bad.yaml", "invalid-field")]
    assert "must be a finite number" in result.findings[0].message
    for command in [*COMMANDS, ("show", "largest"), ("show", "one"), ("show", "range")]:
        r = bounded(*command, "--root", str(root))
        assert r.returncode in (0, 1), (command, r.stderr[-500:])


def test_a_long_integer_is_never_converted(tmp_path: Path) -> None:
    value, _ = yamlload.load("a: " + "1" * 100_000 + "\nb: 12\n")
    assert value == {"a": yamlload.TooLong("1" * 100_000), "b": 12}
