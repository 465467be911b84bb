"""A heading's section number: skipped by the draft's reader (:mod:`desertcheck.draft`) and
by the figure parser (:mod:`desertcheck.quantity.patterns`), in a module of its own so that
the parser's patterns do not import the draft's reader."""

from __future__ import annotations

from typing import Final

# A heading's section number ("## 3.", "### 4.5.1", "## 2 Prosecutions", "## 4: Courts"),
# never a headline's figure ("## 192 desertion trials", "# 60,000 soldiers have deserted").
#: A heading's section number, after its ``#`` marks: several levels or a final dot, or one
#: or two digits before a separator, a capitalised title or the end of the line.
SECTION_NUMBER: Final = (
    r"(?:\d+(?:\.\d+)+\.?(?=\s|(?m:$))|\d+\.(?=\s|(?m:$))"
    r"|\d{1,2}(?=[ \t]*(?:[:–—][ \t]*|-[ \t]+)|[ \t]*(?m:$)|[ \t]+[A-ZА-ЯЁ]))"
)
