"""Ratios a draft works out itself: "eightfold", "a ninefold rise", "8-fold".

A ratio of two figures ("convictions rose ninefold") is a figure an editor wants checked:
the draft derived it, and a reader takes it as a fact. The registry's claims state counts,
shares and durations, not ratios between them, so such a figure is reported ``unsourced``
(its kind, ``ratio``, is no claim's): the editor sees it and checks the arithmetic. The
quantity parser reads "8-fold" (a number whose unit is "fold"); this module reads the
number words written as one word with "fold" ("eightfold", "twentyfold"), with the
qualifier before them ("more than eightfold", "roughly an eightfold jump").

Verbs of change ("doubled", "tripled") are not read: they most often stand beside the two
figures they compare ("doubled, from five to ten years"), which are checked themselves.
"""

from __future__ import annotations

import re
from typing import Final

from desertcheck.audit.kinds import FOLD
from desertcheck.compiled import regex
from desertcheck.quantity import Quantity
from desertcheck.quantity.context import qualifier_before
from desertcheck.quantity.lexicon import NUMBER_WORDS

_FOLD_WORD: Final = regex(
    r"(?<![\w-])(?P<word>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|"
    r"hundred|thousand)fold\b",
    re.IGNORECASE,
)
_ARTICLE: Final = regex(r"\b(?:an?)\s+\Z", re.IGNORECASE)
_WINDOW: Final = 40


def fold_words(text: str, found: list[Quantity]) -> list[Quantity]:
    """The ratios written as one word in ``text`` ("eightfold"), as figures whose unit is
    :data:`FOLD`, with the qualifier before them; none that overlaps a figure ``found``."""
    if "fold" not in text.lower():
        return []
    out: list[Quantity] = []
    for m in _FOLD_WORD.finditer(text):
        if any(q.start < m.end() and m.start() < q.end for q in found):
            continue
        word = m["word"].lower()
        value = 100.0 if word == "hundred" else 1000.0 if word == "thousand" else None
        value = value if value is not None else NUMBER_WORDS[word][1]
        start, qualifier = m.start(), "exactly"
        article = _ARTICLE.search(text, max(0, start - 4), start)
        before = article.start() if article else start
        said = qualifier_before(text, before, max(0, before - _WINDOW))
        if said is not None:
            qualifier, start = said[0], said[1]
        out.append(Quantity(value, value, qualifier, FOLD, start, m.end(), text[start : m.end()]))
    return out
