"""``placed`` (a binary search over a draft's line starts, for its many figures) gives the
line and column ``line_column`` gives, at every offset of any text."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desertcheck.utf8 import line_column, line_starts, placed


@given(st.text(alphabet="ab\n\r\u2028 5", max_size=40))
def test_placed_is_line_column(text: str) -> None:
    starts = line_starts(text)
    for offset in range(len(text) + 1):
        assert placed(starts, offset) == line_column(text, offset)
