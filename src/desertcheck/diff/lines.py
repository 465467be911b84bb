"""Which lines changed between two texts, in bounded time whatever the texts.

:class:`difflib.SequenceMatcher` (without its "popular element" heuristic, which would
hide changes) costs time proportional to the number of pairs of equal lines on the two
sides, at each level of its recursion: a big source with many blank lines, or many
repeated lines shuffled, takes minutes. :func:`line_opcodes` gives SequenceMatcher's own
answer whenever that answer costs at most :data:`WORK_BUDGET` steps (every source of an
ordinary size). Past it, the lines the two sides share at both ends are set aside, the
rest is cut at the lines found exactly once on each side (kept in order: patience
diffing), and each piece between two such lines is compared by SequenceMatcher within
what is left of a second budget of the same size, or else reported as replaced.
"""

from __future__ import annotations

import bisect
import difflib
from collections import Counter
from collections.abc import Sequence
from itertools import accumulate

#: The most steps (about: one comparison of a line with an equal line on the other side)
#: SequenceMatcher may take on one source's text, and again on the pieces that are left
#: when that is not enough. A step takes well under a microsecond.
WORK_BUDGET = 2_000_000

#: ``(tag, i1, i2, j1, j2)``, as :meth:`difflib.SequenceMatcher.get_opcodes` gives them.
Opcode = tuple[str, int, int, int, int]
#: ``(i, j, size)``: ``a[i:i+size] == b[j:j+size]``.
_Block = tuple[int, int, int]


class _OverBudget(Exception):
    pass


class _Budget:
    def __init__(self, steps: int) -> None:
        self.left = steps

    def spend(self, steps: int) -> None:
        if steps > self.left:
            raise _OverBudget
        self.left -= steps


class _BoundedMatcher(difflib.SequenceMatcher[str]):
    """SequenceMatcher, which stops with :class:`_OverBudget` before a search for the
    longest match would take more steps than the budget has left."""

    def __init__(self, a: Sequence[str], b: Sequence[str], budget: _Budget) -> None:
        super().__init__(None, a, b, autojunk=False)
        self._budget = budget
        # A search over a[alo:ahi] looks at each line there and at every place its line is
        # found in b: at most cost[ahi] - cost[alo] steps.
        in_b = Counter(b)
        self._cost = list(accumulate((1 + in_b[x] for x in a), initial=0))

    def find_longest_match(
        self, alo: int = 0, ahi: int | None = None, blo: int = 0, bhi: int | None = None
    ) -> difflib.Match:
        top = len(self._cost) - 1 if ahi is None else ahi
        self._budget.spend(self._cost[top] - self._cost[alo])
        return super().find_longest_match(alo, ahi, blo, bhi)


def line_opcodes(a: Sequence[str], b: Sequence[str], budget: int = WORK_BUDGET) -> list[Opcode]:
    """How to turn lines ``a`` into lines ``b``, as ``get_opcodes()`` tuples.

    SequenceMatcher's answer when it costs at most ``budget`` steps; otherwise an answer
    found in time linear in the lines plus at most ``budget`` more steps, in which a piece
    that would cost too much is one ``replace``.
    """
    try:
        ops: list[Opcode] = [*_BoundedMatcher(a, b, _Budget(budget)).get_opcodes()]
    except _OverBudget:
        pass
    else:
        return ops
    return _opcodes(_Pieces(a, b, _Budget(budget)).run(), len(a), len(b))


class _Pieces:
    """The matching blocks of ``a`` and ``b`` found piece by piece: the lines shared at
    both ends, the lines unique on both sides (in order), and what SequenceMatcher finds
    between them within ``budget``."""

    def __init__(self, a: Sequence[str], b: Sequence[str], budget: _Budget) -> None:
        self.a, self.b, self.budget = a, b, budget
        self.blocks: list[_Block] = []

    def run(self) -> list[_Block]:
        a, b = self.a, self.b
        alo, ahi, blo, bhi = self._trim(0, len(a), 0, len(b))
        tail = (ahi, bhi, len(a) - ahi)
        anchors = [(alo + i, blo + j) for i, j in _unique_anchors(a[alo:ahi], b[blo:bhi])]
        i, j = alo, blo
        for ai, bj in [*anchors, (ahi, bhi)]:
            self._piece(i, ai, j, bj)
            if ai < ahi:
                self.blocks.append((ai, bj, 1))
            i, j = ai + 1, bj + 1
        self.blocks.append(tail)
        return _merged(self.blocks)

    def _trim(self, alo: int, ahi: int, blo: int, bhi: int) -> tuple[int, int, int, int]:
        """Add the lines ``a[alo:ahi]`` and ``b[blo:bhi]`` begin with to the blocks, and
        return the ranges without them and without the lines both end with (the caller
        adds those)."""
        a, b = self.a, self.b
        start = 0
        while alo + start < ahi and blo + start < bhi and a[alo + start] == b[blo + start]:
            start += 1
        if start:
            self.blocks.append((alo, blo, start))
        alo, blo = alo + start, blo + start
        end = 0
        while alo < ahi - end and blo < bhi - end and a[ahi - end - 1] == b[bhi - end - 1]:
            end += 1
        return alo, ahi - end, blo, bhi - end

    def _piece(self, alo: int, ahi: int, blo: int, bhi: int) -> None:
        """Add the matching blocks of ``a[alo:ahi]`` and ``b[blo:bhi]``: none between the
        lines they share at both ends when SequenceMatcher would cost more than the budget
        has left."""
        alo, ahi_in, blo, bhi_in = self._trim(alo, ahi, blo, bhi)
        if alo < ahi_in and blo < bhi_in:
            sub_a, sub_b = self.a[alo:ahi_in], self.b[blo:bhi_in]
            try:
                found = _BoundedMatcher(sub_a, sub_b, self.budget).get_matching_blocks()
            except _OverBudget:
                found = []
            self.blocks.extend((alo + i, blo + j, n) for i, j, n in found if n)
        if ahi_in < ahi:
            self.blocks.append((ahi_in, bhi_in, ahi - ahi_in))


def _unique_anchors(a: Sequence[str], b: Sequence[str]) -> list[tuple[int, int]]:
    """The longest run, in order on both sides, of lines found exactly once in ``a`` and
    exactly once in ``b``: (i, j) pairs, ``a[i] == b[j]``."""
    in_a = Counter(a)
    in_b = Counter(b)
    where_b = {line: j for j, line in enumerate(b) if in_b[line] == 1}
    pairs = [(i, where_b[line]) for i, line in enumerate(a) if in_a[line] == 1 and line in where_b]
    # the longest increasing run of j (patience sorting): tails[k] ends a run of k+1
    tails: list[int] = []  # j of each run's last pair
    ends: list[int] = []  # index in pairs of each run's last pair
    before: list[int] = []  # the pair before each pair in its run (-1: none)
    for n, (_, j) in enumerate(pairs):
        k = bisect.bisect_left(tails, j)
        before.append(ends[k - 1] if k else -1)
        if k == len(tails):
            tails.append(j)
            ends.append(n)
        else:
            tails[k] = j
            ends[k] = n
    run: list[tuple[int, int]] = []
    n = ends[-1] if ends else -1
    while n >= 0:
        run.append(pairs[n])
        n = before[n]
    return run[::-1]


def _merged(blocks: list[_Block]) -> list[_Block]:
    """``blocks`` (in order, not overlapping) with adjacent ones joined and empty ones
    dropped."""
    out: list[_Block] = []
    for i, j, n in blocks:
        if not n:
            continue
        if out and out[-1][0] + out[-1][2] == i and out[-1][1] + out[-1][2] == j:
            out[-1] = (out[-1][0], out[-1][1], out[-1][2] + n)
        else:
            out.append((i, j, n))
    return out


def _opcodes(blocks: list[_Block], n: int, m: int) -> list[Opcode]:
    """``get_opcodes()`` tuples from matching blocks of sequences of ``n`` and ``m``."""
    ops: list[Opcode] = []
    i = j = 0
    for ai, bj, size in [*blocks, (n, m, 0)]:
        if i < ai and j < bj:
            ops.append(("replace", i, ai, j, bj))
        elif i < ai:
            ops.append(("delete", i, ai, j, bj))
        elif j < bj:
            ops.append(("insert", i, ai, j, bj))
        i, j = ai + size, bj + size
        if size:
            ops.append(("equal", ai, i, bj, j))
    return ops
