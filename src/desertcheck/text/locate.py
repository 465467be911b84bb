"""Exact quote location: :func:`find_quote` finds a normalised quote in a normalised
source, on whole tokens, and maps it back to the original (:class:`Location`)."""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from desertcheck.text.display import line_col
from desertcheck.text.normalization import (
    HYPHENS,
    LINE_BREAKS,
    REMOVED,
    Normalized,
    normalized_text,
)


@dataclass(frozen=True, slots=True)
class Location:
    """Where a quote was found: span in the original source, 1-based line and column."""

    start: int
    end: int
    line: int
    column: int


def _location(source: Normalized, start: int, end: int) -> Location:
    o_start, o_end = source.span_to_original(start, end)
    line, column = line_col(source.original, o_start)
    return Location(o_start, o_end, line, column)


# A hyphen, then maybe other spacing or removed characters, then a line break: where the
# normaliser may have joined a hyphenated word.
_HYPHEN_AT_BREAK = re.compile(
    f"[{re.escape(''.join(sorted(HYPHENS)))}]"
    f"(?>(?:[^\\S{''.join(sorted(LINE_BREAKS))}]|[{REMOVED}])*)"
    f"[{''.join(sorted(LINE_BREAKS))}]"
)


def _joined_at(source: Normalized, p: int) -> bool:
    """Whether a hyphen at a line break was removed between normalised chars p-1 and p."""
    if not 0 < p < len(source.text):
        return False
    gap_start = source.ends[p - 1] if source.ends else source.offsets[p - 1] + 1
    gap = source.original[gap_start : source.offsets[p]]
    return any(c in HYPHENS for c in gap) and any(c in LINE_BREAKS for c in gap)


# Separators inside a number: "11,500", "2.5", Arabic "٥٠٬٠٠٠" and "٢٫٥".
_NUMBER_SEPARATORS = frozenset(".,\u066b\u066c")


def _word_char(c: str) -> bool:
    """A letter, digit or combining mark: a character a word or a number is made of."""
    return c.isalnum() or unicodedata.category(c).startswith("M")


def _unspaced(c: str) -> bool:
    """A letter of a script written without spaces between words (Thai, Lao, Myanmar,
    Khmer, Chinese, Japanese), where a quote may start or end between two letters."""
    cp = ord(c)
    return (
        0x0E00 <= cp <= 0x0EFF
        or 0x1000 <= cp <= 0x109F
        or 0x1780 <= cp <= 0x17FF
        or 0x2E80 <= cp <= 0x9FFF
        or 0xF900 <= cp <= 0xFAFF
        or 0xFF66 <= cp <= 0xFF9F
        or cp >= 0x20000
    ) and not c.isdecimal()


def _splits_token(s: str, p: int) -> bool:
    """Whether position ``p`` of ``s`` (between ``s[p-1]`` and ``s[p]``) lies inside a word
    or a number: a letter or digit on both sides ("1|500", "deser|ted"), or a number
    going on across a separator ("2.|5", "50,000|,000")."""
    if not 0 < p < len(s):
        return False
    a, b = s[p - 1], s[p]
    if _word_char(a) and _word_char(b):
        return not (_unspaced(a) or _unspaced(b))
    if a.isdecimal() and b in _NUMBER_SEPARATORS:
        return p + 1 < len(s) and s[p + 1].isdecimal()
    if a in _NUMBER_SEPARATORS and b.isdecimal():
        return p >= 2 and s[p - 2].isdecimal()
    return False


_YEAR_THEN_STOP = re.compile(r"(?<![\w.,])\d{4}\.\Z")  # a year: a word of its own


def _on_token_edges(q: str, text: str, start: int, end: int) -> bool:
    """Whether quote ``q``, matched at ``text[start:end]``, neither starts nor ends inside
    a word or a number of ``text``. The quote's own characters stand on the inner side
    (they differ from ``text``'s where a line-break hyphen was joined away)."""
    before = text[max(0, start - 2) : start]
    after = text[end : end + 2]
    head = (q + after)[:2]
    tail = (before + q)[-2:]
    if _splits_token(before + head, len(before)):
        return False
    # A sentence that ends on a year ("… in 2016.") may be followed by a footnote number
    # that extraction glued to the full stop ("in 2016.1 Next …"): not a number cut. Any
    # other number before the stop may be a decimal ("2.5%"), and stays refused.
    if after[:1].isdecimal() and _YEAR_THEN_STOP.search(q):
        return True
    return not _splits_token(tail + after, len(tail))


def _find_with_optional_hyphens(q: str, source: Normalized) -> Location | None:
    """Find ``q`` where some of its word-internal hyphens were joined away in the source.

    A hyphen of the quote may be missing from the normalised source only where the
    original source has a hyphen at a line break ("well-\\nknown" normalises to
    "wellknown", and still matches the quote "well-known").
    """
    cuts = [
        k
        for k in range(1, len(q))
        if q[k] == "-" and q[k - 1].isalpha() and (k + 1 == len(q) or q[k + 1].islower())
    ]
    if not cuts or not _HYPHEN_AT_BREAK.search(source.original):
        return None  # without a joined hyphen, every match was a plain one
    # No capture groups: with one per hyphen, each step of the regex engine copied them all.
    pattern = re.compile(
        "-?".join(
            re.escape(q[i + 1 : k]) for i, k in zip([-1, *cuts], [*cuts, len(q)], strict=True)
        )
    )
    text = source.text
    m = pattern.search(text)
    while m is not None:
        start, end = m.span()
        if end - start < len(q) and _on_token_edges(q, text, start, end):
            skipped = _skipped_hyphens(q, cuts, text, start)
            if all(_joined_at(source, p) for p in skipped):
                return _location(source, start, end)
        m = pattern.search(text, start + 1)
    return None


def _skipped_hyphens(q: str, cuts: list[int], text: str, start: int) -> list[int]:
    """Where in ``text`` the hyphens at ``cuts`` of ``q`` are missing, for a match of ``q``
    (with those hyphens optional) at ``start``."""
    skipped: list[int] = []
    pos = start
    prev = 0
    for k in cuts:
        pos += k - prev  # the characters before the cut are there
        if text.startswith("-", pos):
            pos += 1
        else:
            skipped.append(pos)
        prev = k + 1
    return skipped


def _occurrences(q: str, text: str, start: int) -> Iterator[int]:
    """Every index at or after ``start`` where ``q`` occurs in ``text``, overlapping ones
    included, in order: Knuth-Morris-Pratt, so in time linear in ``len(q) + len(text)``
    however many occurrences are rejected (repeated ``str.find`` is not)."""
    m = len(q)
    fallback = [0] * m  # fallback[i]: longest proper border of q[: i + 1]
    k = 0
    for i in range(1, m):
        while k and q[i] != q[k]:
            k = fallback[k - 1]
        if q[i] == q[k]:
            k += 1
        fallback[i] = k
    k = 0
    for i in range(start, len(text)):
        c = text[i]
        while k and c != q[k]:
            k = fallback[k - 1]
        if c == q[k]:
            k += 1
            if k == m:
                yield i - m + 1
                k = fallback[k - 1]


def find_quote(quote: str, source: Normalized) -> Location | None:
    """First occurrence of ``quote`` in ``source``, both normalised; ``None`` if absent
    (or if the quote is empty after normalisation). Exact and case-sensitive.

    An occurrence counts only if it neither starts nor ends inside a word or a number
    (:func:`_splits_token`): "1,500 soldiers" is not in "11,500 soldiers", nor "5%" in
    "2.5%", nor "over 50,000" in "over 50,000,000"."""
    q = normalized_text(quote)
    if not q:
        return None
    text = source.text
    first = text.find(q)  # fast; the rest only when the first hit is inside a token
    if first >= 0:
        for idx in itertools.chain((first,), _occurrences(q, text, first + 1)):
            if _on_token_edges(q, text, idx, idx + len(q)):
                return _location(source, idx, idx + len(q))
    return _find_with_optional_hyphens(q, source)
