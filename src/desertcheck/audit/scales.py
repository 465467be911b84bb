"""Scale words of the other languages a draft's figures come in: "2,4 millones", "16 mil".

A desk that translates from Spanish, Portuguese, Italian, French, German or Polish often
keeps the scale word after a number. The quantity parser (shared with ``verify``) reads
English and Russian scale words only, so it takes "millones" for the figure's unit and reads
"2,4 millones" as 2.4; audit reads the word as the scale it is (:data:`SCALE_WORDS`).

Words that are scale words in one language alone ("millones", "Millionen", "tys.") are read
in any draft. Words that are something else in English are read only in a part of the
draft written in the European number convention (:mod:`.convention`), whose figures say the
draft is a translation: "mil" is a thousand in Spanish and Portuguese but a million in
English shorthand ("$2 mil") and short for "military"; "mille" and "mila" (French and
Italian thousands) and the Turkish "bin" are read there too (a Turkish draft reads its
"bin" anywhere, :mod:`.turkish`). "mil millones" is a thousand million.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, Final

from desertcheck.compiled import regex
from desertcheck.quantity import parse_quantities
from desertcheck.quantity.scales import SCALE_WORDS

if TYPE_CHECKING:
    from desertcheck.quantity import Quantity

_WORDS = sorted(SCALE_WORDS, key=len, reverse=True)
#: A scale word right after a number: one space between them (a no-break one too).
_AFTER: Final = regex(
    r"[ \t\u00a0\u202f](?P<word>"
    + "|".join(re.escape(w).replace(r"\ ", r"[ \t\u00a0]") for w in _WORDS)
    + r")(?:(?<=\.)|(?![\w]))",
    re.IGNORECASE,
)
#: A lower-case "m" right after a number, a million in a chat's or a slide's shorthand
#: ("~2.4m", "1.5m military"; the parser reads "1.5M" and "$2.4m" so), unless metres are
#: meant: a length word or a hyphen after it ("a 2.5m wall" is not read either way: it
#: names no claim's measure).
_MILLIONS: Final = regex(
    r"m(?![\w²³/-])(?![ \t]+(?:tall|high|long|wide|deep|away|above|below|in\s+(?:height|length|"
    r"diameter)))",
)
_MILLION_ANYWHERE: Final = regex(r"[0-9]m\b")
#: Any of them anywhere: a draft with none is left as it is, unread.
_ANY: Final = regex(
    r"(?<![\w])(?:" + "|".join(re.escape(w.split()[0]) for w in _WORDS) + r")(?:(?<=\.)|(?!\w))",
    re.IGNORECASE,
)


def _in(parts: list[tuple[int, int]], offset: int) -> bool:
    return any(a <= offset < b for a, b in parts)


def scaled(q: Quantity, blanked: str, european: list[tuple[int, int]]) -> Quantity:
    """``q`` with the scale word of another language right after it read as its scale
    ("2.4 millones": 2,400,000), or ``q`` itself when none follows it (or it already has a
    scale, or the word is one read only in a European part and ``q`` is in none)."""
    if q.text[-1:].isalpha():
        return q
    m = _AFTER.match(blanked, q.end)
    if m is not None:
        scale, gated = SCALE_WORDS[" ".join(m["word"].lower().split())]
        if gated and not _in(european, q.start):
            return q
        word_end = m.end()
    elif q.unit == "m" and _MILLIONS.match(blanked, q.end):  # "~2.4m", as "1.5M" is
        scale, word_end = 1e6, q.end + 1
    else:
        return q
    # the unit the parser gives a figure of that scale in English: "25 mil soldiers"
    # counts soldiers as "25 thousand soldiers" does
    tail = blanked[word_end : word_end + 80].split("\n", 1)[0]
    as_english = parse_quantities("1 thousand" + tail)
    unit = as_english[0].unit if as_english and as_english[0].start == 0 else None
    return replace(
        q,
        low=q.low * scale,
        high=q.high * scale,
        unit=unit,
        end=word_end,
        text=blanked[q.start : word_end],
    )


def with_scale_words(
    by_sentence: dict[tuple[int, int], list[Quantity]],
    blanked: str,
    european: list[tuple[int, int]],
) -> dict[tuple[int, int], list[Quantity]]:
    """The figures of each sentence with the scale words of other languages read
    (:func:`scaled`); ``by_sentence`` itself when the draft has none of them."""
    if _ANY.search(blanked) is None and not _MILLION_ANYWHERE.search(blanked):
        return by_sentence
    return {
        span: [scaled(q, blanked, european) for q in figures]
        for span, figures in by_sentence.items()
    }
