"""The fast path of the YAML loader (desertcheck.yamlfast) against the full loader: the
same values, the same positions, and every refusal the full loader's own."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desertcheck import yamlfast, yamlload

ROOT = Path(__file__).resolve().parent.parent


def _full(text: str) -> tuple[Any, ...]:
    """What the full loader (libyaml's events) gives for ``text``."""
    saved = yamlfast.parse
    yamlfast.parse = lambda *args: None  # type: ignore[assignment]
    try:
        return _outcome(text)
    finally:
        yamlfast.parse = saved


def _outcome(text: str) -> tuple[Any, ...]:
    try:
        value, positions = yamlload.load(text, line_offset=3)
    except yamlload.YamlError as exc:
        return ("refused", exc.code, exc.message, exc.line, exc.column)
    return ("read", repr(value), positions.values, positions.keys, positions.cut)


def _fast(text: str) -> tuple[Any, ...] | None:
    """What the fast path alone gives, or None when it hands the text on."""
    positions = yamlload.Positions()
    got = yamlfast.parse(text, 3, positions.values, positions.keys, yamlload._plain)
    if got is None:
        return None
    return ("read", repr(got[0]), positions.values, positions.keys, positions.cut)


def _same(text: str) -> bool:
    """The fast path agrees with the full loader on ``text``; True when it read it."""
    fast = _fast(text)
    if fast is not None:
        assert fast == _full(text), text
    assert _outcome(text) == _full(text), text
    return fast is not None


def _yaml_texts(*patterns: str) -> list[tuple[Path, str]]:
    """Each YAML file matching ``patterns`` (and each Markdown file's front matter) that
    reads as UTF-8 (the loader never sees another: reading it is the finding)."""
    found: list[tuple[Path, str]] = []
    for path in sorted(p for pattern in patterns for p in ROOT.glob(pattern) if p.is_file()):
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue
        if path.suffix == ".md":
            if not text.startswith("---\n") or "\n---" not in text[3:]:
                continue
            text = text[4 : text.index("\n---", 3) + 1]
        found.append((path, text))
    return found


def test_every_yaml_file_of_the_repository() -> None:
    files = _yaml_texts("claims/**/*.yaml", "sources/**/*.yaml", "tests/**/*.yaml")
    files += _yaml_texts("sources/**/*.md", "tests/**/sources/*.md")
    assert len(files) > 60
    read = 0
    for _path, text in files:
        read += _same(text)
        # and each file cut short at eight places: halves of a mapping, open scalars
        lines = text.split("\n")
        for cut in range(1, len(lines), max(1, len(lines) // 8)):
            _same("\n".join(lines[:cut]) + "\n")
    assert read > len(files) // 2


def test_the_shipped_registry_takes_the_fast_path() -> None:
    shipped = _yaml_texts("claims/*.yaml", "sources/*.yaml", "sources/*.md")
    assert len(shipped) > 10
    for path, text in shipped:
        assert _fast(text) is not None, path


# --- generated documents: a tree written in the subset's styles and a little beyond ----

_CHARS = "abc xyz09-+.:#'\"\\[],{}&*!|>%@`?\tжé~\xa0\u2028\x85/n"
_WORDS = ["1", "010", "-5", "2.5", "1e3", "true", "Null", "~", "no", "a b", "x: y", "k #c", "-"]
_KEYS = ["id", "value", "note", "quote", "tags", "a-b", "true", "null", "1", "x y", "k_", "id"]

_TAME = "abcxyz09 .,-'\"жé"
_keys = st.one_of(
    st.lists(st.sampled_from(_KEYS), min_size=1, max_size=4, unique=True),
    st.lists(st.sampled_from(_KEYS), min_size=1, max_size=4),
)
_scalar_text = st.one_of(
    st.sampled_from(_WORDS),
    st.text(_TAME, min_size=1, max_size=12),
    st.text(_CHARS, min_size=1, max_size=12),
)


@st.composite
def _scalar(draw: st.DrawFn, indent: int) -> list[str]:
    """A scalar's text after ``key: `` and any lines of it that follow."""
    text = draw(_scalar_text)
    style = draw(st.sampled_from(["plain", "plain", "single", "double", "block", "flow"]))
    if style == "plain":
        return [text]
    if style == "single":
        return ["'" + text.replace("'", draw(st.sampled_from(["''", "'"]))) + "'"]
    if style == "double":
        escaped = text.replace("\\", draw(st.sampled_from(["\\\\", "\\"])))
        return ['"' + escaped.replace('"', '\\"') + '"']
    if style == "flow":
        words = draw(st.lists(_scalar_text, max_size=3))
        return ["[" + draw(st.sampled_from([", ", ",", " , "])).join(words) + "]"]
    header = draw(st.sampled_from(["|", ">", "|-", ">-", "|+", ">2", "| # c"]))
    pad = " " * (indent + draw(st.integers(1, 3)))
    body = draw(st.lists(st.text(_CHARS, max_size=8), min_size=1, max_size=3))
    extra = draw(st.sampled_from(["", "", " "]))
    return [header] + [pad + extra * (i % 2) + line for i, line in enumerate(body)]


@st.composite
def _node(draw: st.DrawFn, indent: int, depth: int) -> list[str]:
    """Lines of a block mapping or sequence whose items start at ``indent``."""
    pad = " " * indent
    lines: list[str] = []
    if draw(st.booleans()) or depth > 2:  # a mapping
        for key in draw(_keys):
            lines.extend(_entry(draw, pad + key + ":", indent, depth))
    else:
        for _ in range(draw(st.integers(1, 3))):
            lines.extend(_entry(draw, pad + "-", indent, depth, item=True))
    return lines


def _entry(draw: st.DrawFn, head: str, indent: int, depth: int, item: bool = False) -> list[str]:
    how = draw(st.sampled_from(["scalar"] * 4 + ["nested", "compact"] * 2 + ["empty", "comment"]))
    if how == "compact" and item:  # - key: value, the rest of the mapping below
        step = draw(st.integers(1, 3))
        inner = draw(_node(indent + 1 + step, depth + 1))
        first = inner[0].lstrip(" ")
        return [head + " " * step + first, *inner[1:]]
    if how in ("nested", "compact"):
        step = draw(st.sampled_from([0, 1, 2, 2, 4])) if not item else draw(st.integers(1, 3))
        return [head, *draw(_node(indent + step, depth + 1))]
    if how == "empty":
        return [head]
    value = draw(_scalar(indent))
    tail = draw(st.sampled_from(["", "", " ", " # note", "\t"])) if how == "comment" else ""
    return [head + draw(st.sampled_from([" ", "  "])) + value[0] + tail, *value[1:]]


@st.composite
def _document(draw: st.DrawFn) -> str:
    lines = draw(_node(0, 0))
    # comments, blank lines, markers, odd lines
    for _ in range(draw(st.sampled_from([0, 0, 0, 1, 3]))):
        at = draw(st.integers(0, len(lines)))
        odd = draw(
            st.sampled_from(
                ["", "# c", "  # c", "   ", "---", "...", "%YAML 1.1", "&a x: 1", "- *a", "\t"]
            )
        )
        lines.insert(at, odd)
    if lines and draw(st.sampled_from([False, False, False, True])):  # a line moved by one
        at = draw(st.integers(0, len(lines) - 1))
        lines[at] = lines[at][1:] if draw(st.booleans()) else " " + lines[at]
    end = draw(st.sampled_from(["\n", "\n", "", "\n\n", "\r\n"]))
    return "\n".join(lines) + end


@settings(max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_document())
def test_generated_documents(text: str) -> None:
    _same(text)


_BODY = st.sampled_from(["x", "y z", "# c", "- a", "a: b", "x  ", "\xa0x", "x #y", "'q'"])


@st.composite
def _block_document(draw: st.DrawFn) -> str:
    """Keys whose values are block scalars of content, blank, space-only and comment lines
    at indentations around the block's own."""
    lines: list[str] = []
    for key in draw(st.lists(st.sampled_from(["a", "b", "quote"]), min_size=1, unique=True)):
        base = draw(st.sampled_from([0, 2]))
        head = "- " if base else ""
        lines.append(head + key + ": " + draw(st.sampled_from(["|", ">", "|-", ">-", "|+"])))
        for _ in range(draw(st.integers(0, 4))):
            pad = " " * (base + draw(st.integers(0, 5)))
            how = draw(st.sampled_from(["content", "content", "blank", "spaces", "comment"]))
            text = {"content": draw(_BODY), "blank": "", "spaces": "", "comment": "# k"}[how]
            lines.append("" if how == "blank" else pad + text)
    return "\n".join(lines) + draw(st.sampled_from(["\n", "", "\n\n", "\n   ", "\n  \n"]))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_block_document())
def test_generated_block_scalars(text: str) -> None:
    _same(text)


def test_generated_documents_reach_the_fast_path() -> None:
    """The generator tests the fast path only if it often writes what the fast path reads."""
    seen: list[bool] = []  # for each document the full loader reads: the fast path too?

    @settings(max_examples=300, deadline=None, database=None, derandomize=True)
    @given(_document())
    def run(text: str) -> None:
        if _full(text)[0] == "read":
            seen.append(_fast(text) is not None)

    run()
    assert sum(seen) > len(seen) // 4, (sum(seen), len(seen))


@pytest.mark.parametrize(
    "text",
    [
        "claims:\n- id: a\n  value: 1\n",
        "claims:\n  - id: a\n    tags: [x, y z, 3]\n    note: >-\n      one\n      two\n",
        "a: |\n  x\n   y\n",
        'a: "q \\" \\\\ \\n \\t \\/ ж"\n',
        "a: 'it''s'\n",
        "a: b\na: c\n",  # a duplicate key: refused, by the full loader's message
        "a: &x 1\nb: *x\n",
        "a: !!int 1\n",
        "a: {b: 1}\n",
        "a: b # c\n",
        "quote: ranked #1 of 20 # a note\n",
        "a:\n  b: 1\n c: 2\n",
        "a: 1\n---\nb: 2\n",
        "a: x\n  continued\n",
        "a:\tb\n",
        "a: b\r\nc: d\r\n",
        "\ufeffa: b\n",
        "a: 123456789012345678901234567890123\n",
        # a line of spaces past a block scalar's indentation is content, not a blank
        "a: |\n  x\n     \nb: 1\n",
        "a: >\n  x\n   \n",
        "a: |\n  x\n   ",
    ],
)
def test_examples(text: str) -> None:
    _same(text)
