"""A differential fuzzer of ``desertcheck diff``: realistic edits of the shipped registry in
git, each committed and compared against the oracle (``verify --no-cache`` of a checkout of
each side), and against itself (cold, warm, ``--no-cache``, ``--dirs``).

Used by tests/test_diff_fuzz.py; ``python -m tests.diff_fuzz N SEED`` runs N random edits.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import random
import re
import shutil
import subprocess
import tempfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

PROJECT = Path(__file__).parent.parent
CLAIMS = "claims"
SOURCES = "sources"

Edit = Callable[[Path, random.Random], str | None]


def git(repo: Path, *args: str) -> str:
    return subprocess.run(
        ["git", "-C", str(repo), *args], capture_output=True, text=True, check=True
    ).stdout


# ---------------------------------------------------------------- the registry as text


@dataclass
class Block:
    """One claim of a claims file, as lines [start, end)."""

    path: Path
    start: int
    end: int
    id: str


def blocks(path: Path) -> list[Block]:
    lines = path.read_text().splitlines(keepends=True)
    found: list[Block] = []
    in_claims = False
    for i, line in enumerate(lines):
        if line.startswith("claims:"):
            in_claims = True
        elif line and not line[0].isspace() and not line.startswith("#"):
            in_claims = False
            if found and found[-1].end == -1:
                found[-1].end = i
        if in_claims and line.startswith("  - id:"):
            if found and found[-1].end == -1:
                found[-1].end = i
            found.append(Block(path, i, -1, line.split(":", 1)[1].strip()))
    if found and found[-1].end == -1:
        found[-1].end = len(lines)
    return found


def all_blocks(root: Path) -> list[Block]:
    return [b for p in sorted((root / CLAIMS).glob("*.yaml")) for b in blocks(p)]


def block_lines(b: Block) -> list[str]:
    return b.path.read_text().splitlines(keepends=True)[b.start : b.end]


def replace_block(b: Block, new: list[str]) -> None:
    lines = b.path.read_text().splitlines(keepends=True)
    lines[b.start : b.end] = new
    b.path.write_text("".join(lines))


class Skip(Exception):
    """The registry offers nothing for this edit (no claim left to pick)."""


def pick(rng: random.Random, root: Path, having: str | None = None) -> Block:
    found = [
        b
        for b in all_blocks(root)
        if having is None or any(line.startswith(f"    {having}:") for line in block_lines(b))
    ]
    if not found:
        raise Skip
    return rng.choice(found)


def edit_field(b: Block, name: str, change: Callable[[str], str | None]) -> bool:
    lines = block_lines(b)
    for i, line in enumerate(lines):
        if line.startswith(f"    {name}:"):
            new = change(line.split(":", 1)[1].strip())
            if new is None:
                del lines[i]
            else:
                lines[i] = f"    {name}: {new}\n"
            replace_block(b, lines)
            return True
    return False


# ---------------------------------------------------------------- the edits


def e_value(root: Path, rng: random.Random) -> str | None:
    b = pick(rng, root, "value")
    how = rng.choice(["+1", "*10", "float", "string"])

    def change(v: str) -> str:
        if v.startswith("["):
            return v
        n = float(v)
        if how == "+1":
            return str(int(n) + 1) if n == int(n) else str(n + 1)
        if how == "*10":
            return str(int(n * 10)) if n == int(n) else str(n * 10)
        if how == "float":
            return f"{n:.1f}"
        return f'"{v}"'

    edit_field(b, "value", change)
    return f"value {how} of {b.id}"


def e_quote_word(root: Path, rng: random.Random) -> str | None:
    b = pick(rng, root, "quote")

    def change(q: str) -> str:
        words = list(re.finditer(r"[A-Za-z]{3,}|\d[\d,]*", q))
        if not words:
            return q
        m = rng.choice(words)
        new = rng.choice(["many", "soldiers", "12,345", m.group(0).upper(), ""])
        return q[: m.start()] + new + q[m.end() :]

    edit_field(b, "quote", change)
    return f"a word of {b.id}'s quote"


def e_period(root: Path, rng: random.Random) -> str | None:
    b = pick(rng, root, "period")
    edit_field(
        b,
        "period",
        lambda v: re.sub(r"20(\d\d)", lambda m: f"20{int(m.group(1)) - 1:02d}", v, count=1),
    )
    return f"period of {b.id}"


def e_qualifier(root: Path, rng: random.Random) -> str | None:
    b = pick(rng, root)
    new = rng.choice(["over", "under", "about", "at-least", None])
    if not edit_field(b, "qualifier", lambda _: new):
        if new is None:
            return None
        lines = block_lines(b)
        at = next(i for i, line in enumerate(lines) if line.startswith("    value:"))
        lines.insert(at + 1, f"    qualifier: {new}\n")
        replace_block(b, lines)
    return f"qualifier {new} of {b.id}"


def e_delete(root: Path, rng: random.Random) -> str | None:
    b = pick(rng, root)
    replace_block(b, [])
    return f"delete {b.id}"


def e_duplicate(root: Path, rng: random.Random) -> str | None:
    b = pick(rng, root)
    lines = block_lines(b)
    same_id = rng.random() < 0.4
    if not same_id:
        lines = [lines[0].replace(b.id, b.id + "-copy"), *lines[1:]]
    replace_block(b, block_lines(b) + ([] if lines[-1].strip() == "" else ["\n"]) + lines)
    return f"duplicate {b.id}{' (same id)' if same_id else ''}"


def e_move(root: Path, rng: random.Random) -> str | None:
    b = pick(rng, root)
    lines = block_lines(b)
    others = [p for p in sorted((root / CLAIMS).glob("*.yaml")) if p != b.path]
    target = rng.choice(others)
    replace_block(b, [])
    tb = blocks(target)
    if not tb:
        return None
    at = rng.choice(tb)
    replace_block(at, block_lines(at) + ([] if lines[-1].strip() == "" else ["\n"]) + lines)
    return f"move {b.id} to {target.name}"


def e_rename(root: Path, rng: random.Random) -> str | None:
    b = pick(rng, root)
    new = b.id + "-renamed"
    for p in (root / CLAIMS).glob("*.yaml"):
        text = p.read_text()
        if rng.random() < 0.7 or p == b.path:
            text = re.sub(rf"(?<![\w-]){re.escape(b.id)}(?![\w-])", new, text)
        p.write_text(text)
    return f"rename {b.id}"


def e_rename_file(root: Path, rng: random.Random) -> str | None:
    p = rng.choice(sorted((root / CLAIMS).glob("*.yaml")))
    git(root, "mv", str(p.relative_to(root)), f"{CLAIMS}/renamed-{p.name}")
    return f"rename file {p.name}"


def e_rename_source(root: Path, rng: random.Random) -> str | None:
    p = rng.choice(sorted((root / SOURCES).glob("*.md")))
    git(root, "mv", str(p.relative_to(root)), f"{SOURCES}/moved-{p.name}")
    return f"rename source {p.name}"


def e_source_text(root: Path, rng: random.Random) -> str | None:
    b = pick(rng, root, "quote")
    lines = block_lines(b)
    src = next(line.split(":", 1)[1].strip() for line in lines if line.startswith("    source:"))
    quote = next(line.split(":", 1)[1].strip() for line in lines if line.startswith("    quote:"))
    path = root / SOURCES / f"{src}.md"
    if not path.exists():
        return None
    text = path.read_text()
    word = next(iter(re.findall(r"[A-Za-z]{4,}", quote)), None)
    if word is None or word not in text.split("---", 2)[-1]:
        return None
    head, sep, body = text.partition("\n---\n")
    at = body.find(word)
    how = rng.choice(["word", "near", "refingerprint"])
    if how == "near":
        nl = body.find("\n", at)
        body = body[:nl] + " (edited)" + body[nl:] if nl >= 0 else body + " (edited)"
    else:
        body = body[:at] + rng.choice([word.upper(), "altered"]) + body[at + len(word) :]
    new = head + sep + body
    if how == "refingerprint":
        import hashlib

        digest = hashlib.sha256(body.encode()).hexdigest()
        new = re.sub(r"sha256: [0-9a-f]{64}", f"sha256: {digest}", new)
    path.write_text(new)
    return f"source text {how} of {src} near {b.id}"


def e_tolerance(root: Path, rng: random.Random) -> str | None:
    p = root / "desertcheck.toml"
    text = p.read_text()
    new = rng.choice(["0.0", "0.2", "0.5"])
    if re.search(r"(?m)^tolerance\s*=", text):
        text = re.sub(r"(?m)^tolerance\s*=.*$", f"tolerance = {new}", text)
    elif "[verify]" in text:
        text = text.replace("[verify]\n", f"[verify]\ntolerance = {new}\n", 1)
    else:
        text += f"\n[verify]\ntolerance = {new}\n"
    p.write_text(text)
    return f"tolerance {new}"


IGNORABLE = [
    "attribution-drift",
    "quote-not-found",
    "value-not-in-quote",
    "source-unfingerprinted",
    "duplicate-claim",
    "contradiction",
    "unscanned-figure",
]


def e_ignore(root: Path, rng: random.Random) -> str | None:
    p = root / "desertcheck.toml"
    text = p.read_text()
    code = rng.choice(IGNORABLE)
    if re.search(r"(?m)^ignore\s*=", text):
        text = re.sub(r"(?m)^ignore\s*=.*$", f'ignore = ["{code}"]', text)
    elif "[verify]" in text:
        text = text.replace("[verify]\n", f'[verify]\nignore = ["{code}"]\n', 1)
    else:
        text = f'[verify]\nignore = ["{code}"]\n\n' + text
    p.write_text(text)
    return f"ignore {code}"


def e_relation(root: Path, rng: random.Random) -> str | None:
    b = pick(rng, root)
    c = pick(rng, root)
    if b is None or c is None or b.id == c.id:
        return None
    text = b.path.read_text()
    rel = f"  - id: fuzz-relation\n    kind: part-of\n    parts: [{b.id}]\n    whole: {c.id}\n"
    if "\nrelations:\n" in text:
        text = text.replace("\nrelations:\n", "\nrelations:\n" + rel + "\n", 1)
    else:
        text = text.rstrip("\n") + "\n\nrelations:\n" + rel
    b.path.write_text(text)
    return f"relation {b.id} part of {c.id}"


def e_invalid_yaml(root: Path, rng: random.Random) -> str | None:
    b = pick(rng, root)
    lines = block_lines(b)
    how = rng.choice(["indent", "colon", "tab"])
    i = rng.randrange(1, len(lines)) if len(lines) > 1 else 0
    if how == "indent":
        lines[i] = " " + lines[i]
    elif how == "colon":
        lines[i] = lines[i].rstrip("\n") + ": : x\n"
    else:
        lines[i] = "\t" + lines[i]
    replace_block(b, lines)
    return f"invalid YAML ({how}) in {b.path.name} at {b.id}"


def e_accept(root: Path, rng: random.Random) -> str | None:
    b = pick(rng, root)
    lines = block_lines(b)
    at = next(i for i, line in enumerate(lines) if line.startswith("    value:"))
    code = rng.choice(["value-not-in-quote", "attribution-drift", "quote-not-found"])
    lines.insert(at + 1, f'    accept:\n      {code}: "a reason"\n')
    replace_block(b, lines)
    return f"accept {code} on {b.id}"


def e_severity(root: Path, rng: random.Random) -> str | None:
    p = root / "desertcheck.toml"
    code = rng.choice([*IGNORABLE, "statement-mismatch"])
    level = rng.choice(["error", "warning", "info"])
    p.write_text(p.read_text() + f'\n[verify.severity]\n"{code}" = "{level}"\n')
    return f"severity {code} {level}"


def e_toml_invalid(root: Path, rng: random.Random) -> str | None:
    p = root / "desertcheck.toml"
    p.write_text(
        p.read_text()
        + rng.choice(["\n[verify\n", "\n[verify]\ntolerance = 7\n", '\n[verify]\nignore = "x"\n'])
    )
    return "desertcheck.toml made invalid"


def e_origin_drop(root: Path, rng: random.Random) -> str | None:
    p = root / SOURCES / "origins.yaml"
    text = p.read_text()
    names = re.findall(r"(?m)^([a-z0-9-]+):\n", text)
    name = rng.choice(names)
    text = re.sub(rf"(?ms)^{re.escape(name)}:\n.*?(?=^[a-z0-9-]+:\n|\Z)", "", text)
    p.write_text(text)
    return f"origin {name} dropped"


def e_sha_drop(root: Path, rng: random.Random) -> str | None:
    p = rng.choice(sorted((root / SOURCES).glob("*.md")))
    p.write_text(re.sub(r"(?m)^sha256: .*\n", "", p.read_text(), count=1))
    return f"sha256 of {p.name} dropped"


def e_crlf(root: Path, rng: random.Random) -> str | None:
    p = rng.choice(sorted((root / SOURCES).glob("*.md")) + sorted((root / CLAIMS).glob("*.yaml")))
    p.write_bytes(p.read_bytes().replace(b"\r\n", b"\n").replace(b"\n", b"\r\n"))
    return f"CRLF in {p.name}"


def e_same_id_new_file(root: Path, rng: random.Random) -> str | None:
    b = pick(rng, root)
    lines = block_lines(b)
    if rng.random() < 0.5:
        lines = [
            line.replace("value: ", "value: 1", 1) if line.startswith("    value: ") else line
            for line in lines
        ]
    (root / CLAIMS / "aaa-new.yaml").write_text("claims:\n" + "".join(lines))
    return f"{b.id} again in a new file"


def e_delete_file(root: Path, rng: random.Random) -> str | None:
    p = rng.choice(sorted((root / CLAIMS).glob("*.yaml")))
    p.unlink()
    return f"delete file {p.name}"


def e_source_id(root: Path, rng: random.Random) -> str | None:
    p = rng.choice(sorted((root / SOURCES).glob("*.md")))
    old = p.stem
    new = old + "-v2"
    p.rename(p.with_name(new + ".md"))
    for c in (root / CLAIMS).glob("*.yaml"):
        if rng.random() < 0.8:
            c.write_text(c.read_text().replace(f"source: {old}\n", f"source: {new}\n"))
    return f"source id {old} renamed, claims updated"


def e_front_matter(root: Path, rng: random.Random) -> str | None:
    p = rng.choice(sorted((root / SOURCES).glob("*.md")))
    text = p.read_text()
    how = rng.choice(["title", "published", "kind"])
    if how == "title":
        text = re.sub(r'(?m)^title: "', 'title: "Edited: ', text, count=1)
    elif how == "published":
        text = re.sub(
            r'(?m)^published: "(\d{4})',
            lambda m: f'published: "{int(m.group(1)) + 1}',
            text,
            count=1,
        )
    else:
        text = re.sub(r"(?m)^kind: \w+", "kind: blog", text, count=1)
    p.write_text(text)
    return f"front matter {how} of {p.name}"


def e_rename_and_edit(root: Path, rng: random.Random) -> str | None:
    b = pick(rng, root, "quote")
    lines = block_lines(b)
    lines[0] = lines[0].replace(b.id, b.id + "-v2")
    how = rng.choice(["value", "quote", "period", "move"])
    for i, line in enumerate(lines):
        if how == "value" and line.startswith("    value: ") and "[" not in line:
            lines[i] = line.rstrip("\n") + "1\n"
        if how == "quote" and line.startswith("    quote: "):
            lines[i] = line.replace(" the ", " a ", 1)
        if how == "period" and line.startswith("    period: "):
            lines[i] = re.sub(r"20(\d\d)", lambda m: f"20{int(m.group(1)) + 1:02d}", line, count=1)
    if how == "move":
        replace_block(b, [])
        target = rng.choice([p for p in sorted((root / CLAIMS).glob("*.yaml")) if p != b.path])
        tb = blocks(target)
        if not tb:
            return None
        at = tb[-1]
        replace_block(at, [*block_lines(at), "\n", *lines])
    else:
        replace_block(b, lines)
    return f"rename {b.id} and its {how}"


def e_vocabulary(root: Path, rng: random.Random) -> str | None:
    measures = sorted(
        {
            m
            for p in (root / CLAIMS).glob("*.yaml")
            for m in re.findall(r"(?m)^    measure: (\S+)", p.read_text())
        }
    )
    if not measures:
        return None
    kept = rng.sample(measures, max(1, len(measures) - rng.randrange(0, 3)))
    table = "".join(f'{m} = "what {m} counts"\n' for m in sorted(kept))
    p = root / "desertcheck.toml"
    p.write_text(p.read_text() + "\n[vocabulary.measures]\n" + table)
    return f"vocabulary of {len(kept)} of {len(measures)} measures"


def e_copy_file(root: Path, rng: random.Random) -> str | None:
    p = rng.choice(sorted((root / CLAIMS).glob("*.yaml")))
    shutil.copy(p, p.with_name("copy-" + p.name))
    return f"copy file {p.name}"


def e_exclusion_drop(root: Path, rng: random.Random) -> str | None:
    p = root / "desertcheck.toml"
    parts = re.split(r"(?m)^(?=\[\[scan\.exclude\]\])", p.read_text())
    if len(parts) < 2:
        return None
    i = rng.randrange(1, len(parts))
    del parts[i]
    p.write_text("".join(parts))
    return f"exclusion {i} dropped"


def e_odd_file(root: Path, rng: random.Random) -> str | None:
    how = rng.choice(["symlink", "big", "nested", "unread", "empty"])
    if how == "symlink":
        target = rng.choice(sorted((root / SOURCES).glob("*.md")))
        (root / SOURCES / "linked.md").symlink_to(target.name)
    elif how == "big":
        (root / SOURCES / "big.md").write_text("---\ntitle: x\n---\n" + "word " * 450_000)
    elif how == "nested":
        b = pick(rng, root)
        lines = block_lines(b)
        replace_block(b, [])
        (root / CLAIMS / "more").mkdir(exist_ok=True)
        (root / CLAIMS / "more" / "moved.yaml").write_text("claims:\n" + "".join(lines))
    elif how == "unread":
        (root / CLAIMS / "notes.json").write_text("{}\n")
    else:
        (root / CLAIMS / "empty.yaml").write_text("")
    return f"odd file: {how}"


EDITS: dict[str, Edit] = {
    "value": e_value,
    "quote-word": e_quote_word,
    "period": e_period,
    "qualifier": e_qualifier,
    "delete": e_delete,
    "duplicate": e_duplicate,
    "move": e_move,
    "rename": e_rename,
    "rename-file": e_rename_file,
    "rename-source": e_rename_source,
    "source-text": e_source_text,
    "tolerance": e_tolerance,
    "ignore": e_ignore,
    "relation": e_relation,
    "invalid-yaml": e_invalid_yaml,
    "accept": e_accept,
    "severity": e_severity,
    "toml-invalid": e_toml_invalid,
    "origin-drop": e_origin_drop,
    "sha-drop": e_sha_drop,
    "crlf": e_crlf,
    "same-id-new-file": e_same_id_new_file,
    "delete-file": e_delete_file,
    "source-id": e_source_id,
    "front-matter": e_front_matter,
    "rename-and-edit": e_rename_and_edit,
    "vocabulary": e_vocabulary,
    "copy-file": e_copy_file,
    "exclusion-drop": e_exclusion_drop,
    "odd-file": e_odd_file,
}


# ---------------------------------------------------------------- running it


def run_cli(*args: str, cache: bool) -> tuple[str, int]:
    from desertcheck.cli import app

    from .conftest import cli_runner  # stdout alone on every click (8.1 mixes stderr in)

    env = {"DESERTCHECK_NO_CACHE": "" if cache else "1"}
    r = cli_runner().invoke(app, list(args), env=env)
    if r.exception is not None and not isinstance(r.exception, SystemExit):
        raise r.exception
    return r.stdout, r.exit_code


def run_fast(
    root: Path, base: str, head: str, fmt: str = "json", *more: str
) -> tuple[str, int] | None:
    """``diff BASE HEAD -f FMT`` through the entry point's cache path; None if not taken."""
    from desertcheck import launch

    out = io.StringIO()
    old = os.environ.get("DESERTCHECK_NO_CACHE")
    os.environ["DESERTCHECK_NO_CACHE"] = ""
    try:
        with contextlib.redirect_stdout(out):
            try:
                taken = launch._diff(["diff", base, head, "-f", fmt, "--root", str(root), *more])
            except SystemExit as exc:
                return out.getvalue(), int(exc.code or 0)
    finally:
        if old is None:
            del os.environ["DESERTCHECK_NO_CACHE"]
        else:
            os.environ["DESERTCHECK_NO_CACHE"] = old
    assert not taken
    return None


def checkout(repo: Path, rev: str, into: Path) -> Path:
    into.mkdir(parents=True)
    archive = subprocess.run(
        ["git", "-C", str(repo), "archive", rev], capture_output=True, check=True
    )
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive.stdout, check=True)
    return into


def key(f: dict[str, Any], renames: dict[str, str], files: dict[str, str]) -> tuple[Any, ...]:
    if f["code"] == "duplicate-id":  # placed at the claim the change added (documented)
        named = re.match(r"claim id '([^']*)'", f["message"])
        if named:
            return (f["code"], renames.get(named.group(1), named.group(1)))
    if f["claims"]:
        return (f["code"], tuple(sorted(renames.get(c, c) for c in f["claims"])))
    return (f["code"], files.get(f["file"], f["file"]))


@dataclass
class Outcome:
    edits: list[str]
    problems: list[str] = field(default_factory=list)
    fast: bool = False


def compare(
    repo: Path, work: Path, edits: list[str], revs: tuple[str, ...] = ("HEAD~1", "HEAD")
) -> Outcome:
    """Everything diff HEAD~1 HEAD says, against the oracle and against itself."""
    outcome = Outcome(edits)
    problems = outcome.problems
    cache = repo / ".desertcheck-cache"

    def fast_run(*more: str) -> tuple[str, int] | None:
        return run_fast(repo, revs[0], revs[1], *more) if len(revs) == 2 else None

    aside = repo.parent / f"{repo.name}-cache-aside"
    nocache, nocache_rc = run_cli(
        "diff", *revs, "-f", "json", "--root", str(repo), "--no-cache", cache=False
    )
    # the cache every trial before this one left (their revisions, verify's runs)
    if cache.exists() and random.Random(len(edits)).random() < 0.5:
        run_cli("verify", "--root", str(repo), "-f", "json", cache=True)
    kept, kept_rc = run_cli("diff", *revs, "-f", "json", "--root", str(repo), cache=True)
    if kept != nocache or kept_rc != nocache_rc:
        problems.append(
            "with the cache of earlier trials != --no-cache: "
            + first_difference(json.loads(nocache), json.loads(kept))
        )
    if cache.exists():
        cache.rename(aside)
    cold, cold_rc = run_cli("diff", *revs, "-f", "json", "--root", str(repo), cache=True)
    warm, warm_rc = run_cli("diff", *revs, "-f", "json", "--root", str(repo), cache=True)
    fast = fast_run()
    if cold != nocache or cold_rc != nocache_rc:
        problems.append("cold != --no-cache")
    if warm != nocache or warm_rc != nocache_rc:
        problems.append("warm != --no-cache")
    if fast is not None:
        outcome.fast = True
        if fast != (nocache, nocache_rc):
            problems.append("fast path != --no-cache")
        table = run_cli("diff", *revs, "--root", str(repo), "--no-cache", cache=False)
        if fast_run("table") != table:
            problems.append("fast path's table != --no-cache's")
    for fmt in ("markdown", "github"):  # with the cache just written, and without
        args = ("diff", *revs, "-f", fmt, "--root", str(repo))
        if run_cli(*args, cache=True) != run_cli(*args, "--no-cache", cache=False):
            problems.append(f"{fmt}: warm != --no-cache")
    if aside.exists():
        shutil.rmtree(cache)
        aside.rename(cache)
    old = checkout(repo, revs[0], work / "old")
    if len(revs) > 1:
        new = checkout(repo, revs[1], work / "new")
    else:  # the working tree, as it is
        new = work / "new"
        shutil.copytree(
            repo, new, symlinks=True, ignore=shutil.ignore_patterns(".desertcheck-cache", ".git")
        )
    dirs, dirs_rc = run_cli("diff", "--dirs", str(old), str(new), "-f", "json", cache=False)
    if nocache_rc == 2:
        problems.append(f"diff exit 2: {nocache[:300]}")
        return outcome
    d = json.loads(nocache)
    dd = json.loads(dirs)
    dd["base"], dd["head"] = d["base"], d["head"]
    if dd != d or dirs_rc != nocache_rc:
        problems.append("--dirs != revisions: " + first_difference(d, dd))
    v_old = json.loads(
        run_cli("verify", "--root", str(old), "-f", "json", "--no-cache", cache=False)[0]
    )
    v_new = json.loads(
        run_cli("verify", "--root", str(new), "-f", "json", "--no-cache", cache=False)[0]
    )
    renames = {r["old_id"]: r["new_id"] for r in d["claims"]["renamed"]}
    src_files = {f"sources/{r['old_id']}.md": r["file"] for r in d["sources"]["renamed"]}
    unread = {c["id"] for c in d["claims"]["unread"]}
    base_keys = Counter(key(f, renames, src_files) for f in v_old["findings"])
    head_keys = Counter(key(f, {}, {}) for f in v_new["findings"])
    f = d["findings"]
    got_in = Counter(key(x, {}, {}) for x in f["introduced"])
    got_out = Counter(key(x, renames, src_files) for x in f["resolved"])
    silenced = Counter(key(x, {}, {}) for x in f["silenced"])
    want_in = head_keys - base_keys
    want_out = base_keys - head_keys
    # a base claim unread in HEAD: its findings are not resolved (documented)
    want_out = Counter(
        {k: n for k, n in want_out.items() if not (isinstance(k[1], tuple) and set(k[1]) & unread)}
    )
    if got_in != want_in:
        problems.append(
            f"introduced: extra {dict(got_in - want_in)} missing {dict(want_in - got_in)}"
        )
    if got_out != want_out:
        extra, missing = got_out - want_out, want_out - got_out
        missing = missing - silenced  # silenced, never resolved (documented)
        if extra or missing:
            problems.append(f"resolved: extra {dict(extra)} missing {dict(missing)}")
    # silenced: only when desertcheck.toml changed; never both introduced and silenced
    toml = [(side / "desertcheck.toml") for side in (old, new)]
    toml_changed = [t.read_bytes() if t.exists() else None for t in toml]
    if toml_changed[0] != toml_changed[1]:
        # HEAD under BASE's settings: what HEAD's own leave out or lower is silenced
        mixed_root = work / "mixed"
        shutil.copytree(new, mixed_root)
        (mixed_root / "desertcheck.toml").unlink(missing_ok=True)
        if toml_changed[0] is not None:
            (mixed_root / "desertcheck.toml").write_bytes(toml_changed[0])
        v_mixed = json.loads(
            run_cli("verify", "--root", str(mixed_root), "-f", "json", "--no-cache", cache=False)[0]
        )
        rank = {"info": 0, "warning": 1, "error": 2}
        mixed_by: dict[Any, list[str]] = {}
        now_by: dict[Any, list[str]] = {}
        for x in v_mixed["findings"]:
            mixed_by.setdefault(key(x, {}, {}), []).append(x["severity"])
        for x in v_new["findings"]:
            now_by.setdefault(key(x, {}, {}), []).append(x["severity"])
        want_silenced: Counter[Any] = Counter()
        for k, sev in mixed_by.items():
            if k[0] == "invalid-config":  # BASE's settings' own error: resolved, not hidden
                continue
            now_sev = now_by.get(k, [])
            if len(sev) > len(now_sev):
                want_silenced[k] += len(sev) - len(now_sev)
            elif max(rank[x] for x in sev) > max(rank[x] for x in now_sev) and k not in base_keys:
                # lowered: a finding base had too was never the change's to gate
                want_silenced[k] += 1
        # a finding of HEAD's settings alone (an invalid-config) is no silenced one
        if Counter(silenced) != want_silenced:
            problems.append(
                f"silenced: extra {dict(Counter(silenced) - want_silenced)} "
                f"missing {dict(want_silenced - Counter(silenced))}"
            )
    if silenced and toml_changed[0] == toml_changed[1]:
        problems.append(f"silenced without a settings change: {dict(silenced)}")
    # severities as HEAD reports them
    by_key = {}
    for x in v_new["findings"]:
        by_key.setdefault(key(x, {}, {}), set()).add(x["severity"])
    for x in f["introduced"]:
        if x["severity"] not in by_key.get(key(x, {}, {}), {x["severity"]}):
            problems.append(f"introduced severity {x['code']} {x['severity']}")

    # places and words: introduced as HEAD reports them (a finding across claims may be
    # placed at the edited claim), resolved as BASE reported them
    def shape(x: dict[str, Any]) -> tuple[Any, ...]:
        return (x["code"], x["severity"], x["message"], x["file"], x["line"], x["column"])

    head_shapes = {shape(x) for x in v_new["findings"]}
    base_shapes = {shape(x) for x in v_old["findings"]}
    for x in f["introduced"]:
        if "the change renamed it" in x["message"] or "this change left as it was" in x["message"]:
            continue  # worded for the rename, placed at the added claim (documented)
        if len(x["claims"]) <= 1 and shape(x) not in head_shapes and x["code"] != "source-modified":
            problems.append(f"introduced not as HEAD says it: {shape(x)}")
    for x in f["resolved"]:
        if shape(x) not in base_shapes and len(x["claims"]) <= 1:
            problems.append(f"resolved not as BASE said it: {shape(x)}")
    for x in f["reworded"]:
        if re.sub(r":\d+", ":N", x["old_message"]) == re.sub(r":\d+", ":N", x["message"]):
            problems.append(f"reworded by its line numbers alone: {x['message'][:100]}")
        if x["old_message"] not in {y["message"] for y in v_old["findings"]}:
            problems.append(f"reworded from a message BASE never gave: {x['old_message'][:100]}")
    # a resolved finding whose claim fails verify in HEAD says so, with the codes
    head_errors: dict[str, set[str]] = {}
    for x in v_new["findings"]:
        if x["severity"] == "error" and not x["accepted"]:
            for c in x["claims"]:
                head_errors.setdefault(c, set()).add(x["code"])
    gone = {c["id"] for c in d["claims"]["removed"]}
    reused = {  # an id a file read first took: the old claim is not checked (documented)
        m.group(1)
        for x in f["introduced"]
        if "this change left as it was" in x["message"]
        and (m := re.match(r"claim id '([^']*)'", x["message"]))
    }
    for c in reused:
        head_errors.setdefault(c, set()).add("duplicate-id")
    for x in f["resolved"]:
        want = set().union(
            *(head_errors.get(renames.get(c, c), set()) for c in x["claims"] if c not in gone)
        )
        if set(x["claim_fails_verify"]) != want:
            problems.append(
                f"claim_fails_verify {x['claim_fails_verify']} of {x['code']} "
                f"{x['claims']}, HEAD's errors say {sorted(want)}"
            )
        if set(x["claims_removed"]) != {c for c in x["claims"] if c in gone}:
            problems.append(f"claims_removed {x['claims_removed']} of {x['code']} {x['claims']}")

    # reworded: one finding of a key on each side, its words changed (beyond line numbers
    # and renamed ids)
    def words(message: str, rename: dict[str, str]) -> str:
        message = re.sub(r"(\.ya?ml|\.md|\.toml):\d+", r"\1:N", message)
        for was, now in rename.items():
            message = re.sub(rf"(?<![\w-]){re.escape(was)}(?![\w-])", now, message)
        return message

    source_ids = {r["old_id"]: r["new_id"] for r in d["sources"]["renamed"]}
    base_by: dict[Any, list[dict[str, Any]]] = {}
    head_by: dict[Any, list[dict[str, Any]]] = {}
    for x in v_old["findings"]:
        base_by.setdefault(key(x, renames, src_files), []).append(x)
    for x in v_new["findings"]:
        head_by.setdefault(key(x, {}, {}), []).append(x)
    reworded = {key(x, {}, {}) for x in f["reworded"]}
    silenced_keys = set(silenced)
    for k, was in base_by.items():
        now = head_by.get(k, [])
        if len(was) != 1 or len(now) != 1 or k in silenced_keys:
            continue
        renaming = {**renames, **source_ids}
        same = words(was[0]["message"], renaming) == words(now[0]["message"], renaming) or words(
            was[0]["message"], {}
        ) == words(now[0]["message"], {})
        if not same and k not in reworded and was[0]["severity"] == now[0]["severity"]:
            problems.append(
                f"not listed as reworded: {k}: {was[0]['message'][:160]!r} -> "
                f"{now[0]['message'][:160]!r}"
            )
    # exit code
    fails = any(x["severity"] == "error" and not x["accepted"] for x in f["introduced"]) or any(
        x["severity"] == "error" for x in f["silenced"]
    )
    if nocache_rc != (1 if fails else 0):
        problems.append(f"exit {nocache_rc}, rule says {1 if fails else 0}")
    strict_fails = (
        fails
        or any(x["severity"] in ("error", "warning") and not x["accepted"] for x in f["introduced"])
        or any(x["severity"] in ("error", "warning") for x in f["silenced"])
    )
    strict = run_cli("diff", *revs, "-f", "json", "--root", str(repo), "--strict", cache=True)
    if strict[1] != (1 if strict_fails else 0):
        problems.append(f"exit {strict[1]} with --strict, rule says {1 if strict_fails else 0}")
    if outcome.fast:
        fast_strict = fast_run("json", "--strict")
        if fast_strict != strict:
            problems.append("--strict: the fast path != the full run")
    # claims: ids added/removed against the checkouts
    old_ids = {c["id"] for c in v_old["claims"]}
    new_ids = {c["id"] for c in v_new["claims"]}
    added = {c["id"] for c in d["claims"]["added"]} | {r["new_id"] for r in d["claims"]["renamed"]}
    removed = {c["id"] for c in d["claims"]["removed"]} | set(renames) | unread
    if not added <= new_ids or (new_ids - old_ids) - added:
        problems.append(f"added: {sorted(added ^ (new_ids - old_ids))}")
    if not removed <= old_ids or (old_ids - new_ids) - removed:
        problems.append(f"removed: {sorted(removed ^ (old_ids - new_ids))}")
    # claims kept under their id: the fields that changed, and the file they moved from
    e_old = json.loads(run_cli("export", "--root", str(old), "--no-cache", cache=False)[0])
    e_new = json.loads(run_cli("export", "--root", str(new), "--no-cache", cache=False)[0])
    skip = {"file", "line", "status", "codes", "accepted", "accept"}
    before = {c["id"]: c for c in e_old["claims"]}
    changed = {c["id"]: set(c["fields"]) - {"accept"} for c in d["claims"]["changed"]}
    moved = {c["id"] for c in d["claims"]["moved"]}
    twice = {
        m.group(1)
        for x in v_new["findings"]
        if x["code"] == "duplicate-id" and (m := re.match(r"claim id '([^']*)'", x["message"]))
    }
    for c in e_new["claims"]:
        was = before.get(c["id"])
        if was is None or c["id"] in unread or c["id"] in twice:
            continue
        want = {k for k in c.keys() - skip if c.get(k) != was.get(k)}
        if want != changed.get(c["id"], set()):
            problems.append(
                f"changed fields of {c['id']}: {sorted(changed.get(c['id'], []))}, "
                f"export says {sorted(want)}"
            )
        if (c["file"] != was["file"]) != (c["id"] in moved):
            problems.append(f"moved {c['id']}: {c['id'] in moved}, {was['file']} -> {c['file']}")

    # a source's text change names the claims whose quotes it lost (the quote unchanged,
    # found before, not found now)
    def unfound(v: dict[str, Any]) -> set[str]:
        return {c for x in v["findings"] if x["code"] == "quote-not-found" for c in x["claims"]}

    lost_before, lost_now = unfound(v_old), unfound(v_new)
    after = {c["id"]: c for c in e_new["claims"]}
    for sc in [*d["sources"]["changed"], *d["sources"]["renamed"]]:
        if not sc["text"]:
            continue
        sid = sc.get("new_id", sc.get("id"))
        want = {
            cid
            for cid, c in after.items()
            if c["source"] == sid
            and cid in before
            and before[cid]["quote"] == c["quote"]
            and cid in lost_now
            and cid not in lost_before
            and cid not in twice
        }
        if want != set(sc["text"]["quotes_lost"]):
            problems.append(
                f"quotes_lost of {sid}: {sc['text']['quotes_lost']}, verify says {sorted(want)}"
            )
    return outcome


def first_difference(a: Any, b: Any, path: str = "") -> str:
    if isinstance(a, dict) and isinstance(b, dict):
        for k in sorted(a.keys() | b.keys()):
            if a.get(k) != b.get(k):
                return first_difference(a.get(k), b.get(k), f"{path}.{k}")
    if isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            if x != y:
                return first_difference(x, y, f"{path}[{i}]")
    return f"{path}: {json.dumps(a)[:200]} != {json.dumps(b)[:200]}"


def made(kind: str, root: Path, rng: random.Random) -> str | None:
    """The edit ``kind`` made to the registry at ``root``: what it did, or None."""
    try:
        return EDITS[kind](root, rng)
    except Skip:
        return None


class Lab:
    """The shipped registry in a git repository; each trial starts from its first commit."""

    def __init__(self, home: Path, within: str = "") -> None:
        """``within``: the registry's folder in the repository ('' for its root)."""
        self.home = home
        self.top = top = home / "repo"
        self.within = within or "."
        self.repo = top / within
        self.repo.mkdir(parents=True)
        for name in (CLAIMS, SOURCES):
            shutil.copytree(PROJECT / name, self.repo / name)
        shutil.copy(PROJECT / "desertcheck.toml", self.repo / "desertcheck.toml")
        (top / ".gitignore").write_text(".desertcheck-cache/\n")
        git(top, "init", "-q")
        git(self.repo, "add", "-A")
        git(self.repo, "commit", "-qm", "base")
        self.base = git(self.repo, "rev-parse", "HEAD").strip()
        self.n = 0

    def trial(self, kinds: list[str], seed: int, mode: str = "forward") -> Outcome | None:
        """``kinds`` of edits committed on the base (``forward``); the same undone
        (``reverse``: the edited registry is the base); or a first edit committed, then
        the rest on it (``chain``)."""
        rng = random.Random(seed)
        git(self.repo, "reset", "-q", "--hard", self.base)
        git(self.repo, "clean", "-qfdx", "-e", ".desertcheck-cache")
        if mode == "chain" and len(kinds) > 1:
            first = made(kinds[0], self.repo, rng)
            git(self.repo, "add", "-A")
            git(self.repo, "commit", "-qm", "first", "--allow-empty")
            kinds = kinds[1:]
        done = [d for k in kinds if (d := made(k, self.repo, rng)) is not None]
        git(self.repo, "add", "-A")
        if not git(self.repo, "status", "--porcelain").strip():
            return None
        if mode == "worktree":  # left uncommitted: diff HEAD compares the working tree
            self.n += 1
            work = self.home / f"work{self.n}"
            try:
                return compare(self.repo, work, done, ("HEAD",))
            finally:
                shutil.rmtree(work, ignore_errors=True)
        git(self.repo, "commit", "-qm", "edit")
        if mode == "reverse":
            git(self.repo, "rm", "-rq", CLAIMS, SOURCES, "desertcheck.toml")
            git(self.top, "checkout", self.base, "--", self.within)
            git(self.repo, "commit", "-qm", "undo")
            done = [f"undo {d}" for d in done]
        elif mode == "chain" and len(kinds) >= 1 and "first" in locals():
            done = [f"first {first}", *done]
        self.n += 1
        work = self.home / f"work{self.n}"
        try:
            return compare(self.repo, work, done)
        finally:
            shutil.rmtree(work, ignore_errors=True)


def environment(home: Path) -> None:
    """A git of its own and a cache key of its own under ``home``."""
    os.environ.update(
        {
            "GIT_AUTHOR_NAME": "t",
            "GIT_AUTHOR_EMAIL": "t@example.org",
            "GIT_COMMITTER_NAME": "t",
            "GIT_COMMITTER_EMAIL": "t@example.org",
            "GIT_CONFIG_GLOBAL": str(home / "no-gitconfig"),
            "GIT_CEILING_DIRECTORIES": str(home),
            "XDG_CACHE_HOME": str(home / "xdg"),
        }
    )
    for name in ("GITHUB_STEP_SUMMARY", "GITHUB_ACTIONS", "DESERTCHECK_ROOT"):
        os.environ.pop(name, None)


if __name__ == "__main__":
    import sys

    count, seed = int(sys.argv[1]), int(sys.argv[2])
    only = sys.argv[3].split(",") if len(sys.argv) > 3 else list(EDITS)
    home = Path(tempfile.mkdtemp())
    environment(home)
    lab = Lab(home, os.environ.get("FUZZ_WITHIN", ""))
    rng = random.Random(seed)
    bad = 0
    for i in range(count):
        mode = rng.choice(["forward", "reverse", "chain", "worktree"])
        kinds = rng.sample(only, rng.choice([1, 2, 2, 3]) if len(only) > 2 else 1)
        s = rng.randrange(1 << 30)
        out = lab.trial(kinds, s, mode)
        if out is None:
            continue
        mark = "FAST " if out.fast else ""
        if out.problems:
            bad += 1
            print(
                f"[{i}] {mode} {kinds} seed={s} {out.edits}\n    " + "\n    ".join(out.problems),
                flush=True,
            )
        else:
            print(f"[{i}] ok {mark}{out.edits}", flush=True)
    print(f"{bad} of {count} differed")
    shutil.rmtree(home, ignore_errors=True)
