"""Normalisation with an offset map: :func:`normalize` and :class:`Normalized` (what it
changes is listed in :mod:`desertcheck.text`)."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from desertcheck.offsetmap import OffsetMap

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

REMOVED = "\u00ad\u200b\u2060\ufeff"
LINE_BREAKS = frozenset("\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029")
# Characters of the original that may have produced a '-' that a line-break join removed.
HYPHENS = frozenset("-\u00ad\ufe58\ufe63\uff0d" + _DASHES)

_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
# Whitespace runs and removable characters, except a lone interior " " (already normal).
# A lone " " between a digit and a percent sign is matched too: it is dropped ("4.99 %");
# the space first, so the other places fail at once. Written as one character of the set
# and then what must hold after it (a run; a character other than " "; " " at either end
# or before "%" after a digit), the pattern has the set as its first character, which the
# engine skips to: the matches of "[\s…]{2,}|[^\S ]|[…]|\A | \Z| (?=%)(?<=[0-9] )", at a
# third of its cost on a long source (the tests hold the two equal).
_SPACE_RUN = re.compile(rf"[\s{REMOVED}](?:[\s{REMOVED}]+|(?<=[^ ])|(?<=\A )|\Z|(?=%)(?<=[0-9] ))")


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
        if a == 0 or b == n or not any(c.isspace() for c in run):
            pass  # removed characters, or the ends: stripped
        elif "0" <= t[a - 1] <= "9" and t[b] == "%":
            pass  # typography, not words: "4.99 %" (any space) is "4.99%"
        elif t[a - 1] != "-" and "\u00ad" not in run:
            space = True  # no hyphen to join across a line break (most runs)
        else:
            breaks = sum(1 for c in run.replace("\r\n", "\n") if c in LINE_BREAKS)
            before, after = t[a - 1], t[b]
            first_break = next((k for k, c in enumerate(run) if c in LINE_BREAKS), len(run))
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
    if s.isascii() and _SPACE_RUN.search(s) is None:
        # Nothing to change (most quotes): the map is the identity.
        return Normalized(s, s, OffsetMap(range(n + 1)), OffsetMap(range(1, n + 1)))
    return normalize_fully(s)


def normalized_text(s: str) -> str:
    """``normalize(s).text`` without the map back to ``s`` (a quote looked for)."""
    if s.isascii() and _SPACE_RUN.search(s) is None:
        return s
    return normalize_fully(s).text


def normalize_fully(s: str) -> Normalized:
    """:func:`normalize` without its shortcut for text that needs no change (the tests
    hold the two equal)."""
    n = len(s)
    if s.isascii():
        # ASCII is NFKC-stable: the folding reads the identity maps as ranges, whose slices
        # it copies as one run each (most sources)
        t, st, en = _fold(s, range(n), range(1, n + 1))
    else:
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
