"""A figure's window: the part of its sentence that may speak of it.

A figure is judged on the words of its sentence, but no further than :data:`CONTEXT_CHARS`
characters either side of it (cut at white space), and its item shows that part, with ``…``
where the sentence was cut. A sentence's words are read once (:class:`SentenceWords`) and
each figure takes those of its window, so the work per figure does not grow with the
sentence: a paragraph of thousands of figures with no full stop is read in linear time.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING, Final

from desertcheck.audit.frame_verbs import frame_verbs
from desertcheck.audit.terms import Synonyms, Word, words
from desertcheck.compiled import regex

if TYPE_CHECKING:
    from desertcheck.quantity import Quantity

#: How far either side of a figure its sentence's words count for it, in characters.
CONTEXT_CHARS: Final = 300

#: (start, end) offsets in the draft.
Span = tuple[int, int]


def window(blanked: str, sentence: Span, q: Quantity) -> Span:
    """The part of ``sentence`` within :data:`CONTEXT_CHARS` of ``q``, cut at white space
    (the whole sentence when it is short enough)."""
    s_start, s_end = sentence
    start = max(s_start, q.start - CONTEXT_CHARS)
    end = min(s_end, q.end + CONTEXT_CHARS)
    if start > s_start:
        while start < q.start and not blanked[start - 1].isspace():
            start += 1
    if end < s_end:
        while end > q.end and not blanked[end].isspace():
            end -= 1
    return start, end


class SentenceWords:
    """A sentence's content words, read once and shared by its figures."""

    def __init__(self, blanked: str, sentence: Span, synonyms: Synonyms | None = None) -> None:
        frame = frame_verbs(blanked, *sentence)  # "asked me": no word of what is counted
        self.words: list[Word] = [w for w in words(blanked, *sentence) if w[0] not in frame]
        if synonyms:
            self.words = [(a, b, synonyms.expand(stems)) for a, b, stems in self.words]
        self._starts = [w[0] for w in self.words]

    def terms(self, start: int, end: int) -> list[str]:
        """The stems of the words that start in ``start..end``, in order."""
        a = bisect.bisect_left(self._starts, start)
        b = bisect.bisect_left(self._starts, end)
        return [t for _, _, stems in self.words[a:b] for t in stems]


def shown(text: str, sentence: Span, span: Span, offset: int) -> tuple[str, int]:
    """The draft's ``text`` in ``span`` (a window of ``sentence``) with white space folded and
    ``…`` where the sentence goes on; and ``offset`` (in the draft) as an offset into it."""
    folded, at = fold_spaces(text[span[0] : span[1]], offset - span[0])
    if span[0] > sentence[0]:
        kept = folded.lstrip()
        folded, at = "…" + kept, at - (len(folded) - len(kept)) + 1
    if span[1] < sentence[1]:
        folded = folded.rstrip() + "…"
    return folded, at


_SPACES = regex(r"\s+")


def fold_spaces(raw: str, offset: int) -> tuple[str, int]:
    """``raw`` with runs of white space folded to one space; ``offset`` carried along."""
    return _SPACES.sub(" ", raw), len(_SPACES.sub(" ", raw[:offset]))


def right_after(spans: list[Span], first: Span, second: Span) -> bool:
    """Whether sentence ``second`` comes right after ``first`` (in its paragraph, or
    opening the next)."""
    i = bisect.bisect_left(spans, second)
    return i > 0 and spans[i - 1] == first


#: A sentence this short with no figure does not part two sentences: an interviewer's
#: "Sorry?" or "And before the war?" between a speaker's penalties.
INTERJECTION_WORDS: Final = 5


def after_interjections(text: str, spans: list[Span], first: Span, second: Span) -> bool:
    """Whether sentence ``second`` comes after ``first`` with at most two short sentences
    between them (:data:`INTERJECTION_WORDS`, with no figure: the caller's ``first`` is the
    last sentence with figures), as a dialogue's turns do."""
    i = bisect.bisect_left(spans, second)
    j = bisect.bisect_left(spans, first)
    between = spans[j + 1 : i]
    return (
        0 < len(between) <= 2
        and spans[j] == first
        and all(words_said(text[a:b]) <= INTERJECTION_WORDS for a, b in between)
    )


#: A sentence that says this few words leaves its subject to the sentence before it, in
#: its paragraph: "Thirty-eight a working day, they calculated." (:mod:`.context`).
ELLIPTIC_WORDS: Final = 6


def words_said(sentence: str) -> int:
    """How many words ``sentence`` says, less a speaker's label and time opening it."""
    return len(_LABEL.sub("", sentence).split())


#: A speaker's label and time opening a turn: "**[00:03:41] MB:**", "Q:".
_LABEL = regex(r"\A[*_\s]*(?:\[[^\]\n]{0,24}\][*_\s]*)?(?:[^\W\d_][\w.'’-]*[ \t]?){1,3}:[*_]*")


def unit_beyond(blanked: str, q: Quantity, sentence_end: int) -> bool:
    """Whether the word the parser took for ``q``'s unit lies past the end of its sentence
    ("🟦 Leningrad: just over 3,500" and, on the next line, "Altogether: 50,500 cases":
    the next line's first word is no unit of the item before)."""
    unit = (q.unit or "").casefold()
    beyond = blanked[sentence_end : sentence_end + 40].casefold()
    return unit not in blanked[q.end : sentence_end].casefold() and unit in beyond
