"""A compact sequence of offsets: the map from a normalised text back to its original.

Normalising a text keeps, for each of its characters, where in the original it came from
(:class:`desertcheck.text.Normalized`). Kept as a tuple of ints that map costs some 40
bytes a character, 80 for the two of them: a 2 MB source took 160 MB. Nearly all of it is
runs that go up by one (a character copied as it is) or stay put (one original character
that became several), so :class:`OffsetMap` stores runs: a start, a first value and a
step of 0 or 1 each, in arrays. Reading an offset is a binary search over the runs.

It is a read-only :class:`~collections.abc.Sequence` of ints once built (``append``,
``extend`` and ``repeat`` are for building it), and compares equal to any sequence of the
same ints, a tuple included. A slice is a view (:class:`OffsetSlice`), so
``m.extend(other[i:j])`` copies runs, not items.
"""

from __future__ import annotations

import bisect
import itertools
import operator
from array import array
from collections.abc import Iterable, Iterator, Sequence
from typing import overload


class _Ints(Sequence[int]):
    """Equality, hash and repr of a sequence of ints, alike for a map and a slice of one."""

    __slots__ = ()

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence) or isinstance(other, str | bytes):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))

    def __hash__(self) -> int:
        return hash(tuple(self))  # equal to a tuple of the same ints, so hashed alike

    def __repr__(self) -> str:
        shown = ", ".join(map(str, itertools.islice(self, 8)))
        more = ", ..." if len(self) > 8 else ""
        return f"{type(self).__name__}([{shown}{more}], len={len(self)})"


class OffsetMap(_Ints):
    """Ints stored as runs ``value, value + step, ...`` with a step of 0 or 1."""

    __slots__ = ("_last", "_len", "_starts", "_steps", "_values")

    def __init__(self, values: Iterable[int] | None = None) -> None:
        self._starts = array("q")  # index of each run's first item
        self._values = array("q")  # the run's first value
        self._steps = array("b")  # 0 or 1
        self._len = 0
        self._last = (0, 0, 0)  # the last run's start, first value and step
        if values is not None:
            self.extend(values)

    # -- building ------------------------------------------------------------------------

    def append(self, value: int) -> None:
        self._push(value, 1, 1)

    def repeat(self, value: int, count: int) -> None:
        """Add ``value`` ``count`` times (one original character that became several)."""
        self._push(value, 0, count)

    def extend(self, values: Iterable[int]) -> None:
        # type() rather than isinstance(): an ABC's isinstance is slow
        if type(values) is OffsetSlice:
            self._copy(values.source, values.start, values.stop)
        elif type(values) is OffsetMap:
            self._copy(values, 0, len(values))
        elif isinstance(values, range) and values.step == 1:
            self._push(values.start, 1, len(values))
        else:
            push = self._push
            for value in values:
                push(value, 1, 1)

    def _push(self, value: int, step: int, count: int) -> None:
        """Add ``count`` items ``value, value + step, ...``, extending the last run when
        they continue it."""
        if count <= 0:
            return
        if self._len:
            start, last, last_step = self._last
            length = self._len - start
            if value == last + last_step * length and (count == 1 or step == last_step):
                self._len += count
                return
            if length == 1 and value - last in (0, 1) and (count == 1 or step == value - last):
                self._steps[-1] = value - last  # a run of one takes the step it is given
                self._last = (start, last, value - last)
                self._len += count
                return
        self._starts.append(self._len)
        self._values.append(value)
        self._steps.append(step)
        self._last = (self._len, value, step)
        self._len += count

    def _copy(self, source: OffsetMap, start: int, stop: int) -> None:
        """Add ``source[start:stop]``, run by run."""
        for value, step, count in source._runs(start, stop):
            self._push(value, step, count)

    # -- reading -------------------------------------------------------------------------

    def _runs(self, start: int, stop: int) -> Iterator[tuple[int, int, int]]:
        """(first value, step, count) of the runs that make ``self[start:stop]``."""
        starts, values, steps = self._starts, self._values, self._steps
        run = bisect.bisect_right(starts, start) - 1
        last = len(starts) - 1
        while start < stop:
            here = min(starts[run + 1] if run < last else self._len, stop)
            step = steps[run]
            yield values[run] + step * (start - starts[run]), step, here - start
            start = here
            run += 1

    def _items(self, start: int, stop: int) -> Iterator[int]:
        for value, step, count in self._runs(start, stop):
            if step:
                yield from range(value, value + count)
            else:
                yield from itertools.repeat(value, count)

    def __len__(self) -> int:
        return self._len

    @overload
    def __getitem__(self, index: int) -> int: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[int]: ...
    def __getitem__(self, index: int | slice) -> int | Sequence[int]:
        if type(index) is int and 0 <= index < self._len:  # the hot path
            run = bisect.bisect_right(self._starts, index) - 1
            return self._values[run] + self._steps[run] * (index - self._starts[run])
        if isinstance(index, slice):
            start, stop, step = index.indices(self._len)
            if step != 1:
                return tuple(self[i] for i in range(start, stop, step))
            return OffsetSlice(self, start, max(start, stop))
        index = operator.index(index)
        if index < 0:
            index += self._len
        if not 0 <= index < self._len:
            raise IndexError("OffsetMap index out of range")
        return self[index]

    def __iter__(self) -> Iterator[int]:
        return self._items(0, self._len)


class OffsetSlice(_Ints):
    """``source[start:stop]``, without a copy."""

    __slots__ = ("source", "start", "stop")

    def __init__(self, source: OffsetMap, start: int, stop: int) -> None:
        self.source = source
        self.start = start
        self.stop = stop

    def __len__(self) -> int:
        return self.stop - self.start

    @overload
    def __getitem__(self, index: int) -> int: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[int]: ...
    def __getitem__(self, index: int | slice) -> int | Sequence[int]:
        if isinstance(index, slice):
            return tuple(self)[index]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError("OffsetSlice index out of range")
        return self.source[self.start + index]

    def __iter__(self) -> Iterator[int]:
        return self.source._items(self.start, self.stop)
