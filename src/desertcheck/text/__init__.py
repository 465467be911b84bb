"""Text utilities for quote location: normalisation with an offset map, exact and fuzzy
quote search, word diffs, sentence context and terminal-safe display.

Everything here is pure (no I/O). ``rapidfuzz`` is imported lazily inside
:func:`closest_passage`, so importing this package stays cheap.

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
* whitespace between a digit and a percent sign removed: ``"4.99 %"``, ``"4.99\u00a0%"``
  and ``"4.99\u2009%"`` -> ``"4.99%"`` (a typographic convention, not a change of words);
* words hyphenated across a line break joined: ``"deser-\\nted"`` -> ``"deserted"`` when a
  letter precedes the hyphen, the whitespace holds exactly one line break and a lowercase
  letter follows; ``"deser\\u00ad\\nted"`` (soft hyphen at a line break) likewise.

Case is kept.

The modules: :mod:`~desertcheck.text.normalization`, :mod:`~desertcheck.text.locate`
(exact search), :mod:`~desertcheck.text.passage` (fuzzy search and word diff) and
:mod:`~desertcheck.text.display` (lines, context, terminal-safe display).
"""

from __future__ import annotations

from desertcheck.text.display import LineIndex, context, defuse, line_col, sanitize
from desertcheck.text.locate import Location, find_quote
from desertcheck.text.normalization import Normalized, normalize
from desertcheck.text.passage import (
    Passage,
    closest_passage,
    format_word_diff,
    trim_equal,
    word_diff,
)

__all__ = [
    "LineIndex",
    "Location",
    "Normalized",
    "Passage",
    "closest_passage",
    "context",
    "defuse",
    "find_quote",
    "format_word_diff",
    "line_col",
    "normalize",
    "sanitize",
    "trim_equal",
    "word_diff",
]
