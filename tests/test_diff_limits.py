"""`desertcheck diff` within bounds: big or crafted source texts are compared in bounded
time, and a revision's files are never read past the registry's size caps."""

from __future__ import annotations

import difflib
import random
import shutil
import tracemalloc
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desertcheck.codes import Code
from desertcheck.diff import checkout, find_repo, resolve_revision, text_change
from desertcheck.diff.lines import line_opcodes
from desertcheck.registry import MAX_FILE_BYTES, load_registry

from . import test_diff
from .test_diff import VALID, commit, diff, diff_json
from .timebound import within

# test_diff's fixtures: a git that reads no user config; the `valid` registry committed
_git_env = test_diff._git_env
repo = test_diff.repo

#: Where the body of the `valid` fixture's sources/alpha.md starts, and its two lines.
ALPHA_BODY_LINE = 9
ALPHA_BODY_LINES = 2


def _with_alpha_body(folder: Path, extra: str) -> Path:
    """A copy of the `valid` registry at ``folder`` whose sources/alpha.md ends with
    ``extra``."""
    shutil.copytree(VALID, folder)
    path = folder / "sources" / "alpha.md"
    path.write_text(path.read_text(encoding="utf-8") + extra, encoding="utf-8")
    return path


def _paragraphs(size: int) -> list[str]:
    """Short paragraphs, each unique, coming to about ``size`` characters with their blank
    lines: many blank lines are what made the line diff quadratic."""
    rng = random.Random(7)
    paragraphs: list[str] = []
    total = 0
    while total < size:
        words = " ".join(f"w{rng.randrange(5000)}" for _ in range(6))
        paragraphs.append(f"Paragraph {len(paragraphs)}: {words}.")
        total += len(paragraphs[-1]) + 2
    return paragraphs


def _line_of(text: str, needle: str) -> int:
    """The file line of alpha.md on which ``needle`` is, in a body ``text``."""
    return ALPHA_BODY_LINE + text[: text.index(needle)].count("\n")


# -- the time a source's text diff takes ------------------------------------------------


def test_big_source_with_small_edits_is_compared_fast_and_exactly(tmp_path: Path) -> None:
    """A 1.4 MB source with one word changed: one one-line hunk, as for a small source;
    with a second edit on a quote's line, two hunks and the claim touched."""
    paragraphs = _paragraphs(1_400_000)
    extra = "\n" + "\n\n".join(paragraphs) + "\n"
    old = tmp_path / "old"
    base = _with_alpha_body(old, extra)
    body = base.read_text(encoding="utf-8").split("---\n", 2)[2]
    middle = paragraphs[len(paragraphs) // 2]
    changed = middle.replace(": w", ": changed w", 1)
    line = _line_of(body, middle)

    one = _with_alpha_body(tmp_path / "one", extra.replace(middle, changed))
    assert len(one.read_bytes()) > 1_400_000
    with within(30):
        data, code = diff_json("--dirs", str(old), str(tmp_path / "one"))
    [change] = data["sources"]["changed"]
    assert change["text"] == {
        "lines_added": 1,
        "lines_removed": 1,
        "hunks": [
            {
                "old_line": line,
                "old_count": 1,
                "new_line": line,
                "new_count": 1,
                "change": change["text"]["hunks"][0]["change"],
            }
        ],
        "claims": [],
        "quotes_lost": [],
    }
    assert "{+changed+}" in change["text"]["hunks"][0]["change"]
    # the text changed without a new fingerprint
    assert [f["code"] for f in data["findings"]["introduced"]] == ["source-modified"]
    assert code == 1

    two = _with_alpha_body(tmp_path / "two", extra.replace(middle, changed))
    text = two.read_text(encoding="utf-8")
    two.write_text(text.replace("Alpha Press reports that", "Alpha Press said that"))
    with within(30):
        data, code = diff_json("--dirs", str(old), str(tmp_path / "two"))
    [change] = data["sources"]["changed"]
    first = {"old_line": ALPHA_BODY_LINE, "old_count": 1, "new_line": ALPHA_BODY_LINE}
    assert [{k: v for k, v in h.items() if k != "change"} for h in change["text"]["hunks"]] == [
        {**first, "new_count": 1},
        {"old_line": line, "old_count": 1, "new_line": line, "new_count": 1},
    ]
    assert change["text"]["hunks"][0]["change"].startswith("Alpha Press [-reports-]{+said+} that")
    assert change["text"]["claims"] == ["alpha-desertions-2024"]
    assert change["text"]["quotes_lost"] == []
    assert [f["code"] for f in data["findings"]["introduced"]] == ["source-modified"]


def test_crafted_source_of_repeated_lines_is_compared_in_bounded_time(tmp_path: Path) -> None:
    """40 KB of two alternating lines against the same lines shuffled took minutes."""
    lines = ["a", "b"] * 10_000
    old = "\n" + "\n".join(lines) + "\n"
    random.Random(3).shuffle(lines)
    new = "\n" + "\n".join(lines) + "\n"
    _with_alpha_body(tmp_path / "old", old)
    _with_alpha_body(tmp_path / "new", new)
    with within(30):
        data, _ = diff_json("--dirs", str(tmp_path / "old"), str(tmp_path / "new"))
    text = data["sources"]["changed"][0]["text"]
    assert text["hunks"]
    assert text["lines_added"] == sum(h["new_count"] for h in text["hunks"]) <= len(lines)
    assert text["lines_removed"] == sum(h["old_count"] for h in text["hunks"]) <= len(lines)
    first = ALPHA_BODY_LINE + ALPHA_BODY_LINES
    last = first + len(lines)
    assert all(first <= h["old_line"] <= last for h in text["hunks"])
    assert text["claims"] == []


def test_crafted_interleaved_lines_are_compared_in_bounded_time() -> None:
    """Unique lines with a new one after each: SequenceMatcher recursed once a line."""
    a = [f"line {i}\n" for i in range(20_000)]
    b = [x for line in a for x in (line, "new " + line)]
    with within(10):
        ops = line_opcodes(a, b)
    _check_script(a, b, ops)
    assert [op[0] for op in ops].count("insert") == len(a)


_lines = st.lists(st.sampled_from(["a\n", "b\n", "c\n", "\n", "d e\n"]), max_size=25)


@settings(max_examples=300, deadline=None)
@given(_lines, _lines, st.integers(0, 60))
def test_line_opcodes_are_sequence_matchers_within_budget(
    a: list[str], b: list[str], budget: int
) -> None:
    """Within the budget the answer is SequenceMatcher's; past it, still a correct edit
    script from a to b."""
    expected = difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    assert line_opcodes(a, b) == expected
    _check_script(a, b, line_opcodes(a, b, budget))


def _check_script(a: list[str], b: list[str], ops: list[tuple[str, int, int, int, int]]) -> None:
    """``ops`` cover both sides in order, equal runs are equal, and they turn a into b."""
    out: list[str] = []
    i = j = 0
    for tag, i1, i2, j1, j2 in ops:
        assert (i1, j1) == (i, j)
        assert tag in ("equal", "replace", "delete", "insert")
        if tag == "equal":
            assert a[i1:i2] == b[j1:j2]
        out += b[j1:j2]
        i, j = i2, j2
    assert (i, j) == (len(a), len(b))
    assert out == b


def test_text_change_normalises_only_a_source_a_claim_cites(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import desertcheck.text

    old = load_registry(VALID).registry
    new_root = tmp_path / "new"
    _with_alpha_body(new_root, "One more line.\n")
    new = load_registry(new_root).registry
    texts = {old.sources["alpha"].text, new.sources["alpha"].text}
    calls: list[str] = []
    real = desertcheck.text.normalize

    def counting(s: str) -> desertcheck.text.Normalized:
        if s in texts:
            calls.append(s)
        return real(s)

    monkeypatch.setattr(desertcheck.text, "normalize", counting)
    change = text_change(old.sources["alpha"], new.sources["alpha"], [], [])
    assert calls == []
    assert change.lines_added == 1 and change.claims == ()
    change = text_change(old.sources["alpha"], new.sources["alpha"], old.claims, new.claims)
    assert sorted(calls) == sorted(texts)  # once a side


# -- the size of what is read from a revision --------------------------------------------


def _zeros(path: Path, size: int) -> None:
    """A file of ``size`` zero bytes, made sparse: instant to make, cheap for git."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as fh:
        fh.truncate(size)


def test_revision_file_over_the_size_cap_is_never_read(repo: Path, tmp_path: Path) -> None:
    """A 48 MiB source in a revision: not read (memory stays far below its size), not
    written, and reported as the loader reports it on disk; a big file the loader never
    reads is left out without a finding."""
    _zeros(repo / "sources" / "big.md", 48 * 1024 * 1024)
    _zeros(repo / "claims" / "more" / "big.yaml", MAX_FILE_BYTES + 1)
    _zeros(repo / "sources" / "scan.pdf", MAX_FILE_BYTES + 1)
    commit(repo, "big files")
    git_repo = find_repo(repo)
    dest = tmp_path / "side"
    dest.mkdir()
    tracemalloc.start()
    try:
        findings = checkout(git_repo, resolve_revision(git_repo, "HEAD"), dest)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 16 * 1024 * 1024
    too_large = sorted((f.file, f.message) for f in findings if f.code is Code.FILE_TOO_LARGE)
    assert too_large == [
        (
            "claims/more/big.yaml",
            f"file is {MAX_FILE_BYTES + 1:,} bytes, over the cap of {MAX_FILE_BYTES:,}; split it",
        ),
        (
            "sources/big.md",
            f"file is {48 * 1024 * 1024:,} bytes, over the cap of {MAX_FILE_BYTES:,}; split it",
        ),
    ]
    assert len(findings) == 2
    assert not (dest / "sources" / "big.md").exists()
    assert not (dest / "sources" / "scan.pdf").exists()
    assert (dest / "sources" / "alpha.md").read_bytes() == (VALID / "sources/alpha.md").read_bytes()

    # through the command: the revision that adds them introduces the findings; HEAD
    # against the working tree (where the loader finds the same files) introduces nothing
    data, code = diff_json("HEAD~1", "HEAD")
    introduced = sorted((f["code"], f["file"]) for f in data["findings"]["introduced"])
    assert introduced == [
        ("file-too-large", "claims/more/big.yaml"),
        ("file-too-large", "sources/big.md"),
    ]
    assert code == 1
    data, code = diff_json()
    assert data["findings"] == {"introduced": [], "resolved": [], "reworded": [], "silenced": []}
    assert code == 0


def test_revision_over_the_total_cap_is_refused(
    repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import desertcheck.diff.git

    size = sum(p.stat().st_size for p in repo.rglob("*") if p.is_file() and ".git" not in p.parts)
    monkeypatch.setattr(desertcheck.diff.git, "MAX_REVISION_BYTES", size - 1)
    r = diff("HEAD")
    assert r.exit_code == 2
    assert f"over the {size - 1:,} bytes diff reads from one revision" in r.stderr
    assert "--dirs OLD NEW" in r.stderr
    monkeypatch.setattr(desertcheck.diff.git, "MAX_REVISION_BYTES", size)
    assert diff("HEAD").exit_code == 0


@pytest.mark.parametrize(
    ("message", "kept"),
    [
        ("short. Run the fix", "short. Run the fix"),
        # too long: cut in the middle, the last sentence (the fix) whole
        (
            "x " * 300 + "end. Run `desertcheck fingerprint s` to record it",
            "… Run `desertcheck fingerprint s` to record it",
        ),
        # a last sentence too long to keep whole: the cell's cut as before
        ("y " * 300 + "end. " + "z " * 150, None),
    ],
)
def test_a_long_message_keeps_its_fix_in_the_markdown_cell(message: str, kept: str | None) -> None:
    from desertcheck.reporters.diff_markdown import CELL_LIMIT, _keeping_the_fix, md

    got = _keeping_the_fix(message)
    cell = md(got)
    assert len(got) <= CELL_LIMIT or kept is None
    if kept is not None:
        assert got.endswith(kept) and cell.endswith(md(kept.removeprefix("… ")))
    else:
        assert cell.endswith("…")


def test_a_finding_of_many_claims_names_a_few_in_its_cell() -> None:
    from desertcheck.reporters.diff_markdown import _some

    ids = tuple(f"claim-{i}" for i in range(13))
    assert _some(ids) == "claim-0, claim-1, claim-2, claim-3, claim-4 and 8 more"
    assert _some(ids[:5]) == ", ".join(ids[:5])
