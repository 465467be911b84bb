"""The table of compiled patterns (desertcheck.compiled): what it builds is what re.compile
builds, and a table that does not check out is never used."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desertcheck import compiled
from desertcheck.audit import (
    accepting,
    auditor,
    backrefs,
    changes,
    context,
    corrections,
    echo,
    kinds,
    language,
    magnitudes,
    period_cells,
    periods,
    prose_tables,
    qualifiers,
    reading,
    repeated,
    replies,
    sentence,
    spans,
    terms,
    tracked,
    undated,
    window,
)
from desertcheck.cache.store import Store, key_path
from desertcheck.quantity import money, patterns, plain, starts


def _patterns() -> dict[str, re.Pattern[str]]:
    """Every pattern the modules compile through the table, by module and name."""
    found: dict[str, re.Pattern[str]] = {}
    audit = (accepting, auditor, backrefs, changes, context, corrections, echo, kinds, language)
    audit += (magnitudes, period_cells, prose_tables, qualifiers, repeated, replies, sentence)
    quantity = (patterns, starts)
    for module in (*quantity, periods, reading, *audit, spans, terms, tracked, undated, window):
        for name, value in vars(module).items():
            items = value if isinstance(value, list | tuple) else [value]
            for k, item in enumerate(items):
                if isinstance(item, tuple):  # (kind, pattern) pairs
                    item = next((x for x in item if isinstance(x, re.Pattern)), None)
                if isinstance(item, re.Pattern):
                    found[f"{module.__name__}.{name}[{k}]"] = item
    return found


PATTERNS = _patterns()
TEXTS = [
    "Some 16,000 soldiers were prosecuted in 2024, up from 5,500 a year earlier.",
    "Nearly 10% — roughly one soldier in ten — went AWOL between 12 and 15 March 2023.",
    "Около 20 тысяч дел, из них 1 010 — о дезертирстве (ст. 338 УК РФ, ч. 2).",
    "See section 4.5, para. 91 and https://example.org/report-2025.pdf on 2025-03-01.",
    "A quarter of a million, 3 hundred and 21, £2m+, minus 5 and −3.2 per cent.",
    "",
]


@pytest.fixture
def table(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> compiled._Table:
    """The table turned on, in a user cache folder of this test's, empty at first."""
    monkeypatch.delenv("DESERTCHECK_NO_CACHE", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "user-cache"))
    fresh = compiled._Table()
    monkeypatch.setattr(compiled, "_TABLE", fresh)
    monkeypatch.setattr(compiled.atexit, "register", lambda fn: fn)
    return fresh


def store() -> Store:
    return Store(key_path().parent, folder=compiled.FOLDER)


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_a_pattern_built_from_the_table_is_the_pattern_re_compiles(
    name: str, table: compiled._Table
) -> None:
    want = PATTERNS[name]
    compiled.regex(want.pattern, want.flags & ~re.UNICODE)  # compiled, and kept
    table.save()
    again = compiled._Table()
    got = compiled._build(want.pattern, again.load()[(want.pattern, want.flags & ~re.UNICODE)])
    assert (got.pattern, got.flags, got.groups, got.groupindex) == (
        want.pattern,
        want.flags,
        want.groups,
        want.groupindex,
    )
    for text in TEXTS:
        assert [(m.span(), m.lastgroup, m.groups()) for m in got.finditer(text)] == [
            (m.span(), m.lastgroup, m.groups()) for m in want.finditer(text)
        ]


def twice(code: str, user_cache: Path) -> list[subprocess.CompletedProcess[str]]:
    """Two processes running ``code`` one after the other, with one user cache folder."""
    env = {"XDG_CACHE_HOME": str(user_cache), "PATH": "", "PYTHONPATH": ":".join(sys.path)}
    return [
        subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
        for _ in range(2)
    ]


def test_a_second_run_reads_the_table_and_compiles_nothing(tmp_path: Path) -> None:
    code = (
        "import desertcheck.quantity.patterns\n"
        "from desertcheck import compiled\n"
        "print(len(compiled._TABLE.entries), compiled._TABLE.grown)\n"
    )
    runs = twice(code, tmp_path)
    count = str(
        len(
            {
                (p.pattern, p.flags)
                for module in (patterns, starts, plain)  # the package compiles these on import
                for p in vars(module).values()
                # plain imports money's patterns, which re compiles itself
                if isinstance(p, re.Pattern) and p not in vars(money).values()
            }
        )
    )
    assert [r.stdout.split() for r in runs] == [[count, "True"], [count, "False"]]
    assert list((tmp_path / "desertcheck" / compiled.FOLDER).glob("re-*.dat"))


@pytest.mark.parametrize(
    "damage",
    [
        lambda b: b[: len(b) // 2],  # truncated
        lambda b: b[:-10] + bytes(10),  # program bytes changed: the signature fails
        lambda b: b"",
        lambda b: b"\n" + b,
    ],
)
def test_a_damaged_table_is_ignored_and_rewritten(table: compiled._Table, damage) -> None:  # type: ignore[no-untyped-def]
    compiled.regex(r"[0-9]+(?P<unit>%)?")
    table.save()
    entry = next((key_path().parent / compiled.FOLDER).glob("re-*.dat"))
    entry.write_bytes(damage(entry.read_bytes()))
    fresh = compiled._Table()
    assert fresh.load() == {}
    pattern = compiled.regex(r"[0-9]+(?P<unit>%)?")
    assert pattern.fullmatch("12%") is not None


def test_a_table_signed_under_another_key_is_not_trusted(
    table: compiled._Table, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    compiled.regex(r"a+b")
    table.save()
    entry = next((key_path().parent / compiled.FOLDER).glob("re-*.dat"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "another-user"))
    target = key_path().parent / compiled.FOLDER / entry.name
    target.parent.mkdir(parents=True)
    target.write_bytes(entry.read_bytes())
    assert compiled._Table().load() == {}


@pytest.mark.parametrize(
    "record",
    [
        (32, [999, 1, 2], 0, {}, ()),  # a program the engine refuses
        (32, [], 0, {}, ()),
        "not a record",
        (32, "code", 0, {}, ()),
    ],
)
def test_a_signed_entry_that_is_not_a_program_is_compiled_afresh(
    table: compiled._Table, record: object
) -> None:
    store().write(compiled._entry_name(), {(r"x(?P<n>[0-9])", 0): record})
    pattern = compiled.regex(r"x(?P<n>[0-9])")
    assert pattern.search("ax7")["n"] == "7"  # type: ignore[index]
    assert pattern.groupindex == {"n": 1}


def test_without_re_internals_patterns_are_compiled_as_usual(
    table: compiled._Table, monkeypatch: pytest.MonkeyPatch
) -> None:
    def missing(name: str) -> object:
        raise ImportError(name)

    monkeypatch.setattr(compiled.importlib, "import_module", missing)
    pattern = compiled.regex(r"(?i:over)\s+[0-9]+")
    assert pattern.match("Over 20") is not None
    assert not table.grown


def test_the_cache_switch_turns_the_table_off(
    table: compiled._Table, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DESERTCHECK_NO_CACHE", "1")
    assert compiled.regex(r"b+").match("bb") is not None
    table.save()
    assert table.entries is None
    assert not (key_path().parent / compiled.FOLDER).exists()


def test_no_cache_on_the_command_line_turns_the_table_off(tmp_path: Path) -> None:
    env = {"XDG_CACHE_HOME": str(tmp_path / "user"), "PATH": "", "PYTHONPATH": ":".join(sys.path)}
    root = Path(__file__).resolve().parent.parent
    run = subprocess.run(
        [sys.executable, "-m", "desertcheck", "verify", "--no-cache", "--format", "json"],
        env=env,
        cwd=root,
        capture_output=True,
        text=True,
    )
    assert run.returncode in (0, 1), run.stderr
    assert not (tmp_path / "user" / "desertcheck" / compiled.FOLDER).exists()


def test_the_entry_point_builds_every_module_pattern_from_the_table(tmp_path: Path) -> None:
    """Installed by the entry point, the table serves ``re.compile`` of any module (here the
    standard library's): what an import compiles is kept; what a run compiles later is not,
    and is compiled as usual."""
    code = (
        "import re, sys\n"
        "from desertcheck import compiled\n"
        "compiled.install()\n"
        "import fractions\n"  # compiles its _RATIONAL_FORMAT at import
        "late = re.compile('late[0-9]+ (?P<x>y)')\n"
        "kept = compiled._TABLE.entries\n"
        "print(any(k[0] == fractions._RATIONAL_FORMAT.pattern for k in kept),\n"
        "      any(k[0].startswith('late') for k in kept), compiled._TABLE.grown,\n"
        "      fractions.Fraction(' 3/4 ') == fractions.Fraction(3, 4),\n"
        "      late.match('late12 y')['x'])\n"
    )
    runs = twice(code, tmp_path)
    assert [r.stdout.split() for r in runs] == [
        ["True", "False", "True", "True", "y"],
        ["True", "False", "False", "True", "y"],
    ], [r.stderr for r in runs]


def test_a_pattern_the_table_serves_to_re_compile_is_the_pattern_re_compiles(
    table: compiled._Table, monkeypatch: pytest.MonkeyPatch
) -> None:
    import re._compiler as re_compiler

    monkeypatch.setattr(re_compiler, "compile", re_compiler.compile)  # undone after the test
    compiled.install()
    monkeypatch.setattr(compiled, "_importing", lambda: True)
    source = r"(?P<n>[0-9]+(?:[.,][0-9]+)?)\s*(?P<unit>%|per cent)?"
    re.purge()
    first = re.compile(source, re.I)
    re.purge()
    table.save()
    assert (source, int(re.I)) in compiled._Table().load()  # type: ignore[operator]
    again = re.compile(source, re.I)
    assert again is not first
    assert (again.pattern, again.flags, again.groupindex) == (
        first.pattern,
        first.flags,
        first.groupindex,
    )
    for text in TEXTS:
        assert [m.groupdict() for m in again.finditer(text)] == [
            m.groupdict() for m in first.finditer(text)
        ]


_WORD = st.text(alphabet="abcäčM", min_size=1, max_size=6)


@settings(max_examples=200, deadline=None)
@given(
    words=st.lists(_WORD, min_size=1, max_size=30), text=st.text(alphabet="abcäčM -", max_size=12)
)
def test_a_trie_matches_what_the_longest_first_alternation_matches(
    words: list[str], text: str
) -> None:
    """At every place of any text, the trie of a list of words matches what the plain
    alternation of the words, longest first, matches: the same words, the longer first,
    with or without a word boundary after and case folded or not."""
    plain = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    for tail in ("", r"(?!\w)"):
        for flags in (0, re.IGNORECASE):
            tried = re.compile(f"(?:{compiled.trie(words)}){tail}", flags)
            alternation = re.compile(f"(?:{plain}){tail}", flags)
            for i in range(len(text) + 1):
                a, b = tried.match(text, i), alternation.match(text, i)
                assert (a and a.group()) == (b and b.group()), (words, text, i, flags)


def test_a_trie_with_an_escape_of_its_own() -> None:
    """The number words' trie: "е" matches "ё" too (its ``escape``)."""
    pattern = re.compile(compiled.trie(["все", "весь"], lambda c: "[её]" if c == "е" else c))
    assert pattern.fullmatch("всё") and pattern.fullmatch("весь") and not pattern.fullmatch("вс")
