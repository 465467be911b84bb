"""Text utilities for quote location: normalisation with an offset map, exact and fuzzy
quote search, word diffs, sentence context and terminal-safe display.

Everything here is pure (no I/O). ``rapidfuzz`` is imported lazily inside
:func:`closest_passage`, so importing this module stays cheap.

Normalisation (:func:`normalize`) only applies changes that cannot change meaning:

* Unicode NFKC, applied cluster by cluster (a base character together with the
  characters that compose or reorder with it), so every normalised character can be
  traced back to the original characters it came from;
* quotes and apostrophes unified: ``‘ ’ ‚ ‛ ′ ‹ › ʼ`` -> ``'`` and ``“ ” „ ‟ « » ″`` -> ``"``;
* hyphen, non-breaking hyphen, figure dash, en dash, em dash, horizontal bar and minus
  sign -> ``-``;
* soft hyphens (U+00AD), zero-width spaces (U+200B), word joiners (U+2060) and BOMs
  (U+FEFF) removed;
* every run of whitespace (line breaks, tabs, U+00A0, U+202F, U+2009, U+2007, ...) folded
  into one space; leading and trailing whitespace removed;
* words hyphenated across a line break joined: ``"deser-\\nted"`` -> ``"deserted"`` when a
  letter precedes the hyphen, the whitespace holds exactly one line break and a lowercase
  letter follows; ``"deser\\u00ad\\nted"`` (soft hyphen at a line break) likewise.

Case is kept.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import unicodedata
from array import array
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from desertcheck.offsetmap import OffsetMap

__all__ = [
    "LineIndex",
    "Location",
    "Normalized",
    "Passage",
    "closest_passage",
    "context",
    "find_quote",
    "format_word_diff",
    "line_col",
    "normalize",
    "sanitize",
    "word_diff",
]

# --------------------------------------------------------------------------------------
# Normalisation
# --------------------------------------------------------------------------------------

_SINGLE_QUOTES = "\u2018\u2019\u201a\u201b\u2032\u2039\u203a\u02bc"
_DOUBLE_QUOTES = "\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033"
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"

# One character to one character (all non-ASCII). Applied to each cluster before NFKC (so
# that U+2033 DOUBLE PRIME becomes '"' rather than NFKC's two primes) and again to NFKC's
# output (NFKC turns U+2011 into U+2010, U+FE58 into U+2014, ...).
_TABLE: dict[int, str] = {
    **{ord(c): "'" for c in _SINGLE_QUOTES},
    **{ord(c): '"' for c in _DOUBLE_QUOTES},
    **{ord(c): "-" for c in _DASHES},
}

_REMOVED = "\u00ad\u200b\u2060\ufeff"
_LINE_BREAKS = frozenset("\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029")
# Characters of the original that may have produced a '-' that a line-break join removed.
_HYPHENS = frozenset("-\u00ad\ufe58\ufe63\uff0d" + _DASHES)

_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
# Whitespace runs and removable characters, except a lone interior " " (already normal).
_SPACE_RUN = re.compile(rf"[\s{_REMOVED}]{{2,}}|[^\S ]|[{_REMOVED}]|\A | \Z")


# Characters normalised together at most: a longer run of combining marks (which no text
# needs; Unicode's stream-safe format allows 30) is cut, so the work stays linear.
_MAX_CLUSTER = 32


@functools.lru_cache(maxsize=8192)
def _nfkc(s: str) -> str:
    return unicodedata.normalize("NFKC", s.translate(_TABLE)).translate(_TABLE)


@functools.lru_cache(maxsize=8192)
def _joins(cluster: str, c: str) -> bool:
    """Whether ``c`` must be normalised together with the ``cluster`` before it."""
    if unicodedata.combining(c):
        return True
    return _nfkc(cluster + c) != _nfkc(cluster) + _nfkc(c)


@dataclass(frozen=True, slots=True)
class Normalized:
    """A normalised text together with a map back to the original.

    ``offsets[i]`` is the index in ``original`` of the first original character that
    normalised character ``i`` came from; it has ``len(text) + 1`` entries, the last
    being the end of the last mapped original character (0 for an empty text).
    ``ends[i]`` (same length as ``text``) is the end of that original character or
    cluster, so a span never swallows removed characters that follow it.
    """

    original: str
    text: str
    offsets: Sequence[int]  # an OffsetMap from normalize(): compact, equal to a tuple
    ends: Sequence[int] = ()

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map the normalised span ``[start, end)`` to a span of ``original``.

        A span that covers only part of the expansion of one original character (such
        as the "1" of NFKC's "1⁄2" for "½") maps to that whole character.
        """
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"span ({start}, {end}) outside 0..{len(self.text)}")
        o_start = self.offsets[start]
        if start == end:
            return o_start, o_start
        o_end = self.ends[end - 1] if self.ends else self.offsets[end]
        return o_start, max(o_start, o_end)


def _nfkc_map(t: str, st: Sequence[int], en: Sequence[int]) -> tuple[str, OffsetMap, OffsetMap]:
    """NFKC ``t`` cluster by cluster; char ``k`` of ``t`` spans ``[st[k], en[k])``."""
    out: list[str] = []
    ost = OffsetMap()
    oen = OffsetMap()
    n = len(t)
    i = 0
    for m in _NON_ASCII.finditer(t):
        a, b = m.span()
        # ASCII is NFKC-stable and never composes with what precedes it, but a trailing
        # ASCII base may compose with the marks that follow it: cluster it with them.
        k = a - 1 if a > i else a
        if k > i:
            out.append(t[i:k])
            ost.extend(st[i:k])
            oen.extend(en[i:k])
        i = k
        while i < b:
            j = i + 1
            while j < b and j - i < _MAX_CLUSTER and _joins(t[i:j], t[j]):
                j += 1
            res = _nfkc(t[i:j])
            out.append(res)
            ost.repeat(st[i], len(res))
            oen.repeat(en[j - 1], len(res))
            i = j
    if i < n:
        out.append(t[i:])
        ost.extend(st[i:])
        oen.extend(en[i:])
    return "".join(out), ost, oen


def _fold(t: str, st: Sequence[int], en: Sequence[int]) -> tuple[str, OffsetMap, OffsetMap]:
    """Fold whitespace, drop removable characters, join hyphenated line breaks, strip."""
    out: list[str] = []
    ost = OffsetMap()
    oen = OffsetMap()
    n = len(t)
    i = 0  # start of the not yet copied part of t
    for m in _SPACE_RUN.finditer(t):
        a, b = m.span()
        run = m.group()
        keep_to = a  # copy t[i:keep_to] verbatim
        space = False
        if any(c.isspace() for c in run) and a > 0 and b < n:
            breaks = sum(1 for c in run.replace("\r\n", "\n") if c in _LINE_BREAKS)
            before, after = t[a - 1], t[b]
            first_break = next((k for k, c in enumerate(run) if c in _LINE_BREAKS), len(run))
            if (
                breaks == 1
                and 0 <= run.find("\u00ad") < first_break
                and before.isalpha()
                and after.isalpha()
            ):
                pass  # soft hyphen at a line break: join
            elif (
                breaks == 1
                and before == "-"
                and a - 1 > i
                and t[a - 2].isalpha()
                and after.isalpha()
                and after.islower()
            ):
                keep_to = a - 1  # hyphen at a line break: drop the hyphen, join
            else:
                space = True
        if keep_to > i:
            out.append(t[i:keep_to])
            ost.extend(st[i:keep_to])
            oen.extend(en[i:keep_to])
        if space:
            out.append(" ")
            ost.append(st[a])
            oen.append(en[b - 1])
        i = b
    if i < n:
        out.append(t[i:])
        ost.extend(st[i:])
        oen.extend(en[i:])
    return "".join(out), ost, oen


def normalize(s: str) -> Normalized:
    """Normalise ``s`` for quote comparison (see the module docstring), keeping a map
    from every normalised character back to ``s``."""
    n = len(s)
    t, st, en = _nfkc_map(s, range(n), range(1, n + 1))
    t, st, en = _fold(t, st, en)
    # Removing characters can bring a base and a combining mark together; recompose.
    for _ in range(3):
        if unicodedata.is_normalized("NFKC", t):
            break
        t, st, en = _nfkc_map(t, st, en)
    last = en[-1] if en else 0
    st.append(last)
    return Normalized(original=s, text=t, offsets=st, ends=en)


# --------------------------------------------------------------------------------------
# Lines and columns
# --------------------------------------------------------------------------------------


class LineIndex:
    """Line starts of a text, for 1-based (line, column) look-ups in O(log lines).

    Lines end at ``"\\n"`` (so ``"\\r\\n"`` works too); columns count code points.
    """

    __slots__ = ("_length", "_starts")

    def __init__(self, text: str) -> None:
        starts = array("q", [0])  # 8 bytes a line, not a list's 40
        find = text.find
        pos = find("\n")
        while pos >= 0:
            starts.append(pos + 1)
            pos = find("\n", pos + 1)
        self._starts = starts
        self._length = len(text)

    def line_col(self, offset: int) -> tuple[int, int]:
        if not 0 <= offset <= self._length:
            raise ValueError(f"offset {offset} outside 0..{self._length}")
        line = bisect.bisect_right(self._starts, offset)
        return line, offset - self._starts[line - 1] + 1


@functools.lru_cache(maxsize=16)
def _line_index(text: str) -> LineIndex:
    return LineIndex(text)


def line_col(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of ``offset`` in ``text`` (the index is cached per text)."""
    return _line_index(text).line_col(offset)


# --------------------------------------------------------------------------------------
# Exact quote location
# --------------------------------------------------------------------------------------


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
    f"[{re.escape(''.join(sorted(_HYPHENS)))}]"
    f"(?:[^\\S{''.join(sorted(_LINE_BREAKS))}]|[{_REMOVED}])*+"
    f"[{''.join(sorted(_LINE_BREAKS))}]"
)


def _joined_at(source: Normalized, p: int) -> bool:
    """Whether a hyphen at a line break was removed between normalised chars p-1 and p."""
    if not 0 < p < len(source.text):
        return False
    gap_start = source.ends[p - 1] if source.ends else source.offsets[p - 1] + 1
    gap = source.original[gap_start : source.offsets[p]]
    return any(c in _HYPHENS for c in gap) and any(c in _LINE_BREAKS for c in gap)


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


def _on_token_edges(q: str, text: str, start: int, end: int) -> bool:
    """Whether quote ``q``, matched at ``text[start:end]``, neither starts nor ends inside
    a word or a number of ``text``. The quote's own characters stand on the inner side
    (they differ from ``text``'s where a line-break hyphen was joined away)."""
    before = text[max(0, start - 2) : start]
    after = text[end : end + 2]
    head = (q + after)[:2]
    tail = (before + q)[-2:]
    return not (_splits_token(before + head, len(before)) or _splits_token(tail + after, len(tail)))


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
    q = normalize(quote).text
    if not q:
        return None
    text = source.text
    first = text.find(q)  # fast; the rest only when the first hit is inside a token
    if first >= 0:
        for idx in itertools.chain((first,), _occurrences(q, text, first + 1)):
            if _on_token_edges(q, text, idx, idx + len(q)):
                return _location(source, idx, idx + len(q))
    return _find_with_optional_hyphens(q, source)


# --------------------------------------------------------------------------------------
# Fuzzy location and word diff
# --------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Passage:
    """The source passage closest to a quote: original span, line, column, original
    text and similarity (0..100, rapidfuzz partial ratio on the normalised texts)."""

    start: int
    end: int
    line: int
    column: int
    text: str
    similarity: float


_SNAP = 40  # how far (in characters) a passage edge may move to a better word boundary


def closest_passage(quote: str, source: Normalized) -> Passage | None:
    """The passage of ``source`` that best matches ``quote``, mapped back to the original.

    rapidfuzz's ``partial_ratio_alignment`` on the normalised texts finds the best
    window; its edges are then moved to whole-word boundaries nearby, keeping the pair
    of edges with the highest ``fuzz.ratio`` against the quote, and that ratio (0..100)
    is the similarity. ``None`` for an empty source or quote."""
    q = normalize(quote).text
    text = source.text
    if not text or not q:
        return None
    from rapidfuzz import fuzz  # lazy: keeps `import desertcheck.text` light

    al = fuzz.partial_ratio_alignment(q, text)
    if al is None:  # only with a score_cutoff, which is not used; keeps mypy happy
        return None
    # The alignment is a window as long as the quote, which may cut words or be shifted
    # by a word or two. Try whole-word edges near the window's and keep the best.
    slack = _SNAP
    starts = _word_starts(text, al.dest_start - slack, al.dest_start + slack)
    ends = _word_ends(text, al.dest_end - slack, al.dest_end + slack)
    best = (-1.0, al.dest_start, al.dest_end)
    for a in starts:
        for b in ends:
            if b > a:
                score = fuzz.ratio(q, text[a:b], score_cutoff=best[0])
                if score > best[0]:
                    best = (score, a, b)
    similarity, start, end = best
    if similarity < 0:  # no whole-word edges nearby (one very long "word")
        similarity, start, end = float(al.score), al.dest_start, al.dest_end
    o_start, o_end = source.span_to_original(start, end)
    line, column = line_col(source.original, o_start)
    return Passage(
        start=o_start,
        end=o_end,
        line=line,
        column=column,
        text=source.original[o_start:o_end],
        similarity=float(similarity),
    )


def _word_starts(text: str, lo: int, hi: int) -> list[int]:
    """Indices in ``[lo, hi]`` (clamped) where a word starts in a normalised text."""
    lo, hi = max(0, lo), min(len(text) - 1, hi)
    return [i for i in range(lo, hi + 1) if text[i] != " " and (i == 0 or text[i - 1] == " ")]


def _word_ends(text: str, lo: int, hi: int) -> list[int]:
    """Indices in ``[lo, hi]`` (clamped) where a word ends in a normalised text."""
    n = len(text)
    lo, hi = max(1, lo), min(n, hi)
    return [i for i in range(lo, hi + 1) if text[i - 1] != " " and (i == n or text[i] == " ")]


def word_diff(a: str, b: str) -> list[tuple[str, str]]:
    """Word-level diff of quote ``a`` against passage ``b``.

    Both are normalised first (so curly vs straight quotes or line breaks are not
    reported), then split on spaces. Returns ``(op, words)`` pairs in order, ``op`` being
    ``"equal"``, ``"delete"`` (words in ``a`` only) or ``"insert"`` (words in ``b`` only);
    ``words`` is the space-joined run of words. A replacement is a delete then an insert.
    """
    import difflib  # lazy: only needed when a quote is not found

    ta = normalize(a).text.split(" ") if a.strip() else []
    tb = normalize(b).text.split(" ") if b.strip() else []
    ta = [w for w in ta if w]
    tb = [w for w in tb if w]
    ops: list[tuple[str, str]] = []
    sm = difflib.SequenceMatcher(None, ta, tb, autojunk=False)
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        if tag == "equal":
            ops.append(("equal", " ".join(ta[i1:i2])))
        else:
            if i2 > i1:
                ops.append(("delete", " ".join(ta[i1:i2])))
            if j2 > j1:
                ops.append(("insert", " ".join(tb[j1:j2])))
    return ops


def format_word_diff(ops: Iterable[tuple[str, str]]) -> str:
    """Render :func:`word_diff` output as plain text, in git's ``--word-diff=plain``
    notation: ``[-words-]`` only in the quote, ``{+words+}`` only in the passage, other
    words as they are. Example: ``Over [-50,000-]{+5,000+} soldiers``. The result is
    passed through :func:`sanitize`, so it is safe to print."""
    pieces: list[str] = []
    for op, words in ops:
        if op == "equal":
            pieces.append(words)
        elif op == "delete":
            pieces.append(f"[-{words}-]")
        elif op == "insert":
            # Glue an insert to the delete it replaces: "[-a-]{+b+}".
            if pieces and pieces[-1].endswith("-]"):
                pieces[-1] += f"{{+{words}+}}"
            else:
                pieces.append(f"{{+{words}+}}")
        else:
            raise ValueError(f"unknown diff op {op!r}")
    return sanitize(" ".join(pieces))


# --------------------------------------------------------------------------------------
# Context
# --------------------------------------------------------------------------------------

_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*(?=\s)|\n[ \t\r\f\v]*\n")
_OPENERS = frozenset("\"'“‘«([")


def _is_boundary(text: str, m: re.Match[str]) -> bool:
    """A sentence end: a paragraph break, or end punctuation followed by whitespace and
    then an uppercase letter, a digit, an opening quote or bracket, or the end."""
    if m.group().startswith("\n"):
        return True
    k = m.end()
    n = len(text)
    while k < n and text[k].isspace():
        k += 1
    if k == n:
        return True
    c = text[k]
    return c.isupper() or c.isdigit() or c in _OPENERS


def context(source_text: str, start: int, end: int, width: int = 200) -> tuple[int, int]:
    """The sentence around ``[start, end)`` in ``source_text``, as a span of it.

    Each side extends to the nearest sentence boundary (end punctuation followed by a
    capitalised start, or a paragraph break, or the text's edge) if there is one within
    ``width`` characters; otherwise to ``width`` characters, shrunk to a whole word.
    Surrounding whitespace is trimmed; the span always contains ``[start, end)``.
    """
    n = len(source_text)
    if not 0 <= start <= end <= n:
        raise ValueError(f"span ({start}, {end}) outside 0..{n}")
    lo = max(0, start - width)
    hi = min(n, end + width)

    # Left: the last boundary ending at or before `start`, within the window.
    left: int | None = 0 if lo == 0 else None
    for m in _SENTENCE_END.finditer(source_text, lo, start):
        if m.end() <= start and _is_boundary(source_text, m):
            left = m.end()
    if left is None:
        left = lo
        ws = source_text.find(" ", lo, start)
        if lo > 0 and ws >= 0:
            left = ws + 1
    # Right: the first boundary at or after `end`, within the window.
    right: int | None = n if hi == n else None
    search_from = max(start, end - 1) if end > start else end
    for m in _SENTENCE_END.finditer(source_text, search_from, hi):
        if m.start() >= end - 1 and _is_boundary(source_text, m):
            right = m.start() if m.group().startswith("\n") else m.end()
            break
    if right is None:
        right = hi
        ws = source_text.rfind(" ", end, hi)
        if hi < n and ws >= 0:
            right = ws
    right = max(right, end)
    while left < start and source_text[left].isspace():
        left += 1
    while right > end and source_text[right - 1].isspace():
        right -= 1
    return left, right


# --------------------------------------------------------------------------------------
# Terminal-safe display
# --------------------------------------------------------------------------------------

_REPLACEMENT = "\ufffd"
_BIDI = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"


def _sanitize_table(keep_newlines: bool) -> dict[int, str | None]:
    table: dict[int, str | None] = {}
    for cp in [*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0)]:
        table[cp] = _REPLACEMENT
    for cp in range(0xD800, 0xE000):  # lone surrogates cannot be encoded for output
        table[cp] = _REPLACEMENT
    for c in _BIDI:
        table[ord(c)] = None
    if keep_newlines:
        table[ord("\n")] = "\n"
        table[ord("\t")] = "\t"
        table[ord("\r")] = "\n"
        table[ord("\v")] = " "
        table[ord("\f")] = " "
        table[0x2028] = "\n"
        table[0x2029] = "\n"
    else:
        for c in "\n\t\r\v\f\u2028\u2029":
            table[ord(c)] = " "
    return table


_SANITIZE = {False: _sanitize_table(False), True: _sanitize_table(True)}


def sanitize(s: str, *, keep_newlines: bool = False) -> str:
    """Make untrusted text safe to print on a terminal.

    C0 controls, DEL and C1 controls (U+0080–U+009F, including the 8-bit CSI U+009B) and
    lone surrogates become U+FFFD, so no escape sequence can reach the terminal and
    tampering stays visible; bidi embeddings, overrides and isolates (U+202A–U+202E,
    U+2066–U+2069) and the LRM/RLM/ALM marks are removed. Tab, line feed, CR, vertical
    tab, form feed and U+2028/U+2029 become spaces; with ``keep_newlines`` line breaks
    become ``"\\n"`` (CRLF and CR included) and tabs are kept. Other text (Cyrillic,
    curly quotes, emoji, ...) is untouched.
    """
    if keep_newlines:
        s = s.replace("\r\n", "\n")
    return s.translate(_SANITIZE[keep_newlines])
