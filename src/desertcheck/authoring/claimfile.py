"""Appending claims to a claims file as text: its comments and layout stay as they were.

The new items go at the end of the ``claims:`` list — before ``relations:`` when that
follows — indented like the items already there. The result is read back with the
registry's own YAML reader before anything is written: text that would not load, or that
would not hold the new claims, is never written.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

_CLAIMS_KEY = re.compile(r"claims[ \t]*:[ \t]*(?P<rest>[^#\n]*?)[ \t]*(?:#.*)?$")
_TOP_KEY = re.compile(r"[^\s#-]")
_ITEM = re.compile(r"(?P<indent>[ \t]*)-[ \t]")


class ClaimFileError(ValueError):
    """The file's text cannot take new claims (the message says why and where)."""


@dataclass(frozen=True, slots=True)
class Appended:
    text: str  # the whole new file
    lines: tuple[int, ...]  # the line of each new claim's "- id:"


def new_file(header: str) -> str:
    """The text of a new claims file: the header as comments, then ``claims:``."""
    comments = "".join(f"# {line}".rstrip() + "\n" for line in header.splitlines())
    return f"{comments}\nclaims:\n"


def append(text: str, blocks: Sequence[str], rel: str, expected_ids: Sequence[str]) -> Appended:
    """``text`` with ``blocks`` (rendered by :func:`.yamltext.block` with indent ``"  "``)
    appended to its claims list. Raises :class:`ClaimFileError` when it cannot."""
    lines = text.splitlines(keepends=True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    at = next((i for i, line in enumerate(lines) if _CLAIMS_KEY.match(line)), None)
    if at is None:
        raise ClaimFileError(f"{rel}: no top-level 'claims:' list to add to")
    rest = _CLAIMS_KEY.match(lines[at]).group("rest")  # type: ignore[union-attr]
    if rest not in ("", "[]"):
        raise ClaimFileError(
            f"{rel}:{at + 1}: the claims list is written inline; write it as a block list "
            "(each claim starting with '- ') to add claims to it"
        )
    if rest == "[]":
        lines[at] = "claims:\n"
    end = len(lines)
    indent = "  "
    for i in range(at + 1, len(lines)):
        item = _ITEM.match(lines[i])
        if item and indent == "  " and i == _first_item(lines, at):
            indent = item.group("indent")
        if _TOP_KEY.match(lines[i]):
            end = i
            while end > at + 1 and (not lines[end - 1].strip() or lines[end - 1].startswith("#")):
                end -= 1  # comments and blank lines before the next key belong to it
            break
    rendered = [_reindent(b, indent) for b in blocks]
    insert: list[str] = []
    new_lines: list[int] = []
    line_no = end  # 0-based index where the insert starts
    for b in rendered:
        if insert or (end > at + 1 and lines[end - 1].strip()):
            insert.append("\n")
            line_no += 1
        new_lines.append(line_no + 1)
        insert.append(b)
        line_no += b.count("\n")
    after = lines[end:]
    if after and after[0].strip():
        insert.append("\n")
    result = "".join([*lines[:end], *insert, *after])
    try:
        _check(result, rel, expected_ids)
    except ClaimFileError:
        _loads_as_it_is(text, rel)  # the file's own fault, said so, before the claims'
        raise
    return Appended(result, tuple(new_lines))


def _first_item(lines: list[str], at: int) -> int:
    for i in range(at + 1, len(lines)):
        if _ITEM.match(lines[i]):
            return i
    return -1


def _reindent(block: str, indent: str) -> str:
    if indent == "  ":
        return block
    return "".join(indent + line[2:] if line.strip() else line for line in block.splitlines(True))


def _loads_as_it_is(text: str, rel: str) -> None:
    """Raise :class:`ClaimFileError` when the claims file does not load before any claim
    is added (a hand edit broke it): the edit is to fix, not the new claims."""
    from desertcheck import yamlload

    try:
        yamlload.load(text)
    except yamlload.YamlError as exc:
        raise ClaimFileError(
            f"{rel}:{exc.line}: the file does not load as it is, before any claim is added "
            f"({exc.message}): fix it, then add the claims again; nothing was written"
        ) from None


def _check(text: str, rel: str, ids: Sequence[str]) -> None:
    from desertcheck import yamlload

    try:
        data, _ = yamlload.load(text)
    except yamlload.YamlError as exc:
        raise ClaimFileError(
            f"{rel}:{exc.line}: the file would not load after the new claims are added "
            f"({exc.message}); nothing was written"
        ) from None
    items = data.get("claims") if isinstance(data, dict) else None
    got = [c.get("id") for c in items if isinstance(c, dict)] if isinstance(items, list) else []
    missing = [i for i in ids if i not in got]
    if missing:
        raise ClaimFileError(
            f"{rel}: the new claims ({', '.join(missing)}) would not land in its claims list; "
            "nothing was written"
        )
