"""Property tests over generated registries, configs and drafts, hostile text included.

Whatever a pull request puts in a registry, a config or a draft, every command must end
with a finding or a message — never a crash (exit 3), never a run of more than a few
seconds on inputs under 1 MB, never memory out of proportion — and a quote must only ever
match its source on whole words and numbers.
"""

from __future__ import annotations

import re
import shutil
import tracemalloc
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desertcheck.cli import app
from desertcheck.text import find_quote, normalize

from .conftest import FIXTURES, cli_runner
from .timebound import within

SECONDS = 10.0  # generous: these inputs once took minutes
MEGABYTES = 300

#: Pieces that stress parsers: separators, digits, dots, hyphens, scripts, markup.
PIECES = [
    "a-",
    ".",
    "..",
    "1,",
    "1.",
    "-",
    "/",
    " ",
    "\n",
    "\t",
    "0",
    "9",
    "50,000",
    "50 000",
    "2.5%",
    "over ",
    "nearly ",
    "между ",
    "тысяч ",
    "более ",
    "٥٠",
    "５０",
    "\u00a0",
    "\u202e",
    "\x1b[31m",
    "[",
    "]",
    "{",
    ":",
    "'",
    '"',
    "#",
    "*",
    "|",
    "http://x.y/",
    "a.b.c/",
    "2024",
    "2022-02-24",
    "Article 337",
    "e",
    "9" * 30,
]
hostile = st.lists(st.sampled_from(PIECES), max_size=200).map("".join)
words = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=80)
text = st.one_of(hostile, words)


def _yaml_str(s: str) -> str:
    """A YAML double-quoted string (control characters escaped as YAML allows)."""
    out = s.replace("\\", "\\\\").replace('"', '\\"')
    out = re.sub(r"[\x00-\x1f\x7f\u2028\u2029]", lambda m: f"\\x{ord(m.group()):02x}", out)
    return f'"{out}"'


def _bounded(run) -> None:  # type: ignore[no-untyped-def]
    """``run`` within :data:`SECONDS` of CPU time, then again within :data:`MEGABYTES` of
    memory: apart, because tracing every allocation costs more CPU time than the work it
    traces (a draft of 16,000 figures took 5 s of audit under tracemalloc, 2 s without)."""
    with within(SECONDS):
        run()
    tracemalloc.start()
    try:
        run()
    finally:
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    assert peak < MEGABYTES * 2**20, f"peaked at {peak / 2**20:.0f} MB"


def _invoke(*args: str, input: str | None = None) -> None:
    r = cli_runner().invoke(app, list(args), input=input, catch_exceptions=False)
    assert r.exit_code in (0, 1, 2), (args, r.exit_code, r.stderr)


FUZZ = settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@FUZZ
@given(
    body=text,
    quote=text,
    value=st.one_of(
        st.integers(min_value=-(10**30), max_value=10**30),
        st.floats(allow_nan=True, allow_infinity=True),
        st.text(max_size=20),
    ),
    qualifier=st.sampled_from(["exactly", "over", "about", "between", "nearly", "up-to", "x"]),
    period=st.one_of(st.sampled_from(["2024", "2022-02-24/2025-09-15", "2024-13"]), words),
)
def test_any_registry_gives_findings_not_a_crash(
    tmp_path_factory: pytest.TempPathFactory,
    body: str,
    quote: str,
    value: object,
    qualifier: str,
    period: str,
) -> None:
    root = tmp_path_factory.mktemp("reg")
    shutil.copytree(FIXTURES / "loader" / "valid", root, dirs_exist_ok=True)
    (root / "sources" / "fuzz.md").write_text(
        f"---\ntitle: Fuzz\npublisher: Fuzz\npublished: 2025-01-01\nkind: news\n---\n{body}\n",
        encoding="utf-8",
    )
    shown = value if isinstance(value, int) else _yaml_str(str(value))
    (root / "claims" / "fuzz.yaml").write_text(
        "claims:\n  - id: fuzz-claim\n    statement: " + _yaml_str(quote) + "\n"
        f"    value: {shown}\n    qualifier: {qualifier}\n    unit: cases\n"
        "    measure: desertions\n    scope: army\n"
        f"    period: {_yaml_str(period)}\n    source: fuzz\n"
        f"    quote: {_yaml_str(quote)}\n",
        encoding="utf-8",
    )
    for args in (
        ["verify", "-f", "json"],
        ["verify"],
        ["list"],
        ["export", "-f", "csv"],
        ["show", "fuzz-claim"],
    ):
        _bounded(lambda args=args: _invoke(*args, "--root", str(root)))


@FUZZ
@given(
    config=st.one_of(
        text,
        st.lists(
            st.sampled_from(["[", "]", "a = ", "{", "}", "[verify]\n", '"x"', ",", "\n", "1"]),
            max_size=300,
        ).map("".join),
    )
)
def test_any_config_gives_findings_not_a_crash(
    tmp_path_factory: pytest.TempPathFactory, config: str
) -> None:
    root = tmp_path_factory.mktemp("cfg")
    shutil.copytree(FIXTURES / "loader" / "valid", root, dirs_exist_ok=True)
    (root / "desertcheck.toml").write_text(config, encoding="utf-8")
    _bounded(lambda: _invoke("verify", "--root", str(root)))


@FUZZ
@given(draft=text)
def test_any_draft_gets_verdicts_not_a_crash(draft: str) -> None:
    root = str(FIXTURES / "verify" / "contradiction")
    _bounded(lambda: _invoke("audit", "-", "-f", "json", "--root", root, input=draft))


def _word(c: str) -> bool:
    return c.isalnum()


#: Scripts written with spaces between words (a quote may cut Chinese or Thai anywhere).
spaced = st.one_of(
    hostile, st.text(alphabet="abcxyz ABC абв Жд 0123456789 ,.-%'\"\n٥٠５", max_size=80)
)


@settings(max_examples=200, deadline=None)
@given(source=spaced, start=st.integers(0, 200), length=st.integers(1, 60))
def test_a_quote_matches_only_whole_words_and_numbers(source: str, start: int, length: int) -> None:
    """Any match find_quote reports starts and ends on a word boundary of the source: no
    letter or digit on both sides of either edge."""
    quote = source[start : start + length]
    if not quote.strip():
        return
    norm = normalize(source)
    loc = find_quote(quote, norm)
    if loc is None:
        return
    before = source[loc.start - 1] if loc.start > 0 else " "
    after = source[loc.end] if loc.end < len(source) else " "
    first, last = source[loc.start], source[loc.end - 1]
    assert not (_word(before) and _word(first)), (source, quote)
    assert not (_word(after) and _word(last)), (source, quote)


PATHOLOGICAL = {
    "a-dashes": "a-" * 50_000,
    "dots": "." * 100_000,
    "digit-commas": "1," * 50_000,
    "digits": "9" * 100_000,
    "hyphens": "-" * 100_000,
    "slashes": "a.b/" * 25_000,
    "mixed": ("тысяч 50 000 ٥٠ ５０ over " * 4_000),
}


@pytest.mark.parametrize("name", list(PATHOLOGICAL))
def test_pathological_text_everywhere_is_quick(name: str, tmp_path: Path) -> None:
    """100 KB of one hostile pattern as a source, a quote and a draft."""
    blob = PATHOLOGICAL[name]
    root = tmp_path / "r"
    shutil.copytree(FIXTURES / "loader" / "valid", root)
    (root / "sources" / "blob.md").write_text(
        f"---\ntitle: Blob\npublisher: Blob\npublished: 2025-01-01\nkind: news\n---\n{blob}\n",
        encoding="utf-8",
    )
    (root / "claims" / "blob.yaml").write_text(
        "claims:\n  - id: blob-claim\n    statement: Some 5 cases.\n    value: 5\n"
        "    unit: cases\n    measure: m\n    scope: s\n    period: '2024'\n"
        f"    source: blob\n    quote: {_yaml_str(blob)}\n",
        encoding="utf-8",
    )
    _bounded(lambda: _invoke("verify", "--root", str(root)))
    _bounded(lambda: _invoke("audit", "-", "--root", str(root), input=blob))
