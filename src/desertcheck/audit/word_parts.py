"""A word of another language read as English concept words, by a table of its parts."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence


def plain(word: str) -> str:
    """``word`` with its accents dropped."""
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def concepts_of(
    word: str, whole: Mapping[str, str], parts: Mapping[str, str], ordered: Sequence[str]
) -> tuple[str, ...]:
    """The English concept words ``word`` (lower case) stands for: those ``whole`` gives the
    word whole, else those of every part of ``parts`` it holds, tried in the order
    ``ordered`` (longest first), the parts not overlapping."""
    w = plain(word)
    if w in whole:
        return tuple(whole[w].split())
    found: list[str] = []
    taken: list[tuple[int, int]] = []
    for part in ordered:
        at = w.find(part)
        if at < 0 or any(a < at + len(part) and at < b for a, b in taken):
            continue
        taken.append((at, at + len(part)))
        found.extend(parts[part].split())
    return tuple(dict.fromkeys(found))


def after_elision(elision: re.Pattern[str], word: str) -> str | None:
    """The word after an elision ``elision`` matches at its start ("l'armée": "armée"),
    None without one."""
    m = elision.match(word)
    return word[m.end() :] if m else None


def concept_reader(
    whole: Mapping[str, str], parts: Mapping[str, str]
) -> Callable[[str], tuple[str, ...]]:
    """A language's :func:`concepts_of`, its tables ``whole`` and ``parts`` given (the
    parts tried longest first), kept for the words it has read."""
    ordered = tuple(sorted(parts, key=len, reverse=True))

    @functools.lru_cache(maxsize=65536)
    def concepts(word: str) -> tuple[str, ...]:
        return concepts_of(word, whole, parts, ordered)

    return concepts
