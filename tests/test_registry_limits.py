"""Numbers and sizes the loader bounds, found by an adversarial review: an unquoted integer
of 4,300 digits crashed the YAML reader (exit 3), one of 400 digits overflowed a float in
verify, list, export and show, and a 2 MB source took 85 bytes of memory a byte."""

from __future__ import annotations

import tracemalloc
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
    if digits == 400:  # the claim does not load, so no command overflows on it
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


# -- memory a source byte ------------------------------------------------------------------

PARAGRAPHS = {
    "en": "Alpha reports that over 1,200 soldiers deserted in 2024;  the court\nopened "
    "a further 300 cases \u2014 \u201cmore than ever\u201d, it said.\n\n",
    "ru": "\u0421\u0443\u0434 \u0432\u043e\u0437\u0431\u0443\u0434\u0438\u043b \u0431\u043e"
    "\u043b\u0435\u0435 1200 \u0434\u0435\u043b \u00ab\u043e \u0434\u0435\u0437\u0435\u0440"
    "\u0442\u0438\u0440\u0441\u0442\u0432\u0435\u00bb \u2014 \u0441\u043e\u043e\u0431\u0449"
    "\u0430\u0435\u0442 \u043f\u0440\u043e\u0435\u043a\u0442.\n",
}


def _source_text(language: str, size: int) -> str:
    paragraph = PARAGRAPHS[language]
    count = size // len(paragraph.encode())
    return "".join(f"{k} {paragraph}" for k in range(count))


@pytest.mark.parametrize(("language", "size"), [("en", 1_000_000), ("ru", 500_000)])
def test_normalising_a_source_takes_a_few_bytes_a_byte(language: str, size: int) -> None:
    from desertcheck.text import find_quote, normalize

    text = _source_text(language, size)
    size = len(text.encode())
    tracemalloc.start()
    try:
        normalized = normalize(text)
        kept, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 10 * size, f"{peak / size:.1f} bytes a source byte at the peak"
    assert kept < 4 * size, f"{kept / size:.1f} bytes a source byte kept"
    quote = PARAGRAPHS[language].split(";")[0].split("\u2014")[0].strip()
    found = find_quote(quote, normalized)
    assert found is not None and text[found.start : found.end] == quote


def test_verify_on_twenty_sources_of_2_mb_stays_under_ten_bytes_a_byte(tmp_path: Path) -> None:
    # 3.3 GB before the offset map was made compact: 85 bytes a source byte
    (tmp_path / "claims").mkdir()
    (tmp_path / "sources").mkdir()
    claims = ["claims:"]
    text = _source_text("en", 2_000_000)
    for k in range(20):
        (tmp_path / "sources" / f"s{k}.md").write_text(
            f"---\ntitle: Source {k}\npublisher: P\nlanguage: en\n---\n{text}"
        )
        claims.append(
            _claim(f"c{k}", "1200", "over")
            .replace("source: alpha", f"source: s{k}")
            .replace("A further 300 cases were opened.", "over 1,200 soldiers deserted in 2024")
        )
    (tmp_path / "claims" / "a.yaml").write_text("\n".join(claims))
    r = bounded("verify", "--root", str(tmp_path), memory=20 * 2_000_000 * 10, timeout=120)
    assert r.returncode == 0, r.stderr[-1000:]
    assert "OK: 20 claims in 20 sources" in r.stdout
