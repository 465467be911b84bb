"""A draft sentence that repeats a claim's own words with another number: a ``mismatch``.

"The average stay was 14 weeks." against a claim that quotes "The average stay was 41
weeks." is the plainest drift there is, whatever the claim's measure slug says. Each
claim's quote and statement are read as a *skeleton*: their words, casefolded, and each
number as one token ``#``. A figure *echoes* a claim when its sentence holds the skeleton
nearly whole and in order (:data:`COVERAGE` of its words at least, with few words of the
sentence's own in between) and the figure stands where the claim's own number stands (not
a year or another number of the quote). This needs no lexicon: it works on any registry.

Skeletons are found through their rarest words (:data:`KEYS` of them, by how many
skeletons hold each), so a sentence is compared only with the few skeletons that share
one of its rare words, never with every claim.
"""

from __future__ import annotations

import bisect
import contextlib
import math
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from itertools import chain
from typing import TYPE_CHECKING, Any, Final

from desertcheck.audit.fitting import fit as _fit
from desertcheck.audit.hedges import unhedged
from desertcheck.audit.kinds import claim_kind
from desertcheck.audit.qualifiers import qualifier_fits
from desertcheck.audit.verdicts import DEFAULT_MIN_SCORE, MISMATCH, Candidate, decide
from desertcheck.compiled import regex
from desertcheck.intervals import DEFAULT_TOLERANCE, compatible, interval

if TYPE_CHECKING:
    from desertcheck.audit.matcher import Figure
    from desertcheck.audit.verdicts import Verdict
    from desertcheck.model import Claim

#: A number (digits with their separators) or a word; anything else is not a token.
_TOKEN: Final = regex(r"\d(?:[\d,.\u00a0\u202f]*\d)?|[^\W\d_]+")
NUMBER: Final = "#"
#: A skeleton needs this many words to be recognised: a short one repeats by chance.
MIN_WORDS: Final = 4
#: The share of a skeleton's words the sentence must hold, in order.
COVERAGE: Final = 0.8
#: At most this share (of the skeleton's words) of words of the sentence's own among them.
INSERTED: Final = 0.25
KEYS: Final = 2  # each skeleton is found by its rarest words
#: A skeleton is aligned only when the sentence holds this share of its words, in any order.
_PRESENT: Final = 0.6
_SCALES: Final = (1.0, 1e3, 1e6, 1e9)  # "2.4" of "£2.4 million" is 2,400,000


@dataclass(frozen=True, slots=True)
class _Skeleton:
    tokens: tuple[str, ...]
    raw: tuple[str, ...]  # each token as written (a number's digits)
    words: int  # how many of its tokens are words
    vocabulary: frozenset[str]  # its words, once each
    said: list[tuple[int, str]]  # the claims that say it (their place), and as what


Rows = tuple[list[tuple[Any, ...]], dict[str, list[int]]]  # :meth:`Echoes.rows`


@dataclass(frozen=True, slots=True)
class Echo:
    """A figure's sentence that repeats a claim's words: which claim, from which of its
    texts, and how much of them (0 to 1)."""

    claim: int
    said: str
    share: float


def _tokens(text: str, start: int = 0) -> list[tuple[str, str, int, int]]:
    """(token, as written, start, end) of each token of ``text``, offsets from ``start``;
    a number's hedge ("Some 58,000", "more than 4,600") is the figure's, not a word to
    repeat (:func:`.hedges.unhedged`: "Around 85,000 children took part" retells "Some
    58,000 children took part")."""
    out = []
    for m in unhedged(text, _TOKEN.finditer(text)):
        raw = m.group()
        token = NUMBER if raw[0].isdigit() else raw.casefold()
        out.append((token, raw, start + m.start(), start + m.end()))
    return out


def _number(raw: str) -> float | None:
    digits = raw.replace(",", "").replace("\u00a0", "").replace("\u202f", "")
    try:
        return float(digits)
    except ValueError:
        return None


def _is_value(raw: str, claim: Claim) -> bool:
    """Whether the number written ``raw`` is the claim's value (or an end of its range),
    at some scale ("2.4" of "£2.4 million")."""
    n = _number(raw)
    if n is None:
        return False
    return any(
        math.isclose(n * scale, v, rel_tol=1e-6)
        for scale in _SCALES
        for v in (claim.low, claim.high)
    )


def _skeleton(text: str) -> _Skeleton | None:
    """The skeleton of a claim's ``text`` (no claim yet), or None when it is too short to
    be recognised or holds no number."""
    found = _of_tokens(tuple(m.group() for m in unhedged(text, _TOKEN.finditer(text or ""))), [])
    if found.words < MIN_WORDS or found.words == len(found.tokens):
        return None
    return found


def _of_tokens(raw: tuple[str, ...], said: list[tuple[int, str]]) -> _Skeleton:
    """The skeleton of the tokens ``raw`` (as written), said by ``said``."""
    tokens = tuple([NUMBER if r[0].isdigit() else r.casefold() for r in raw])
    words = len(tokens) - tokens.count(NUMBER)
    return _Skeleton(tokens, raw, words, frozenset(tokens) - {NUMBER}, said)


class _Read:
    """A sentence's tokens as read (:func:`_tokens`), the tokens alone, their ends and the
    set of them."""

    def __init__(self, found: list[tuple[str, str, int, int]]) -> None:
        self.found = found
        self.tokens = [t for t, _, _, _ in found]
        self.ends = [b for _, _, _, b in found]
        self.vocabulary = set(self.tokens)

    def _overlapping(self, start: int, end: int) -> Iterator[int]:
        """The places of the tokens that overlap ``start:end``."""
        for j in range(bisect.bisect_right(self.ends, start), len(self.found)):
            if self.found[j][2] >= end:
                break
            yield j

    def numbers_in(self, start: int, end: int) -> list[int]:
        """The places of the numbers among the tokens that overlap ``start:end``."""
        return [j for j in self._overlapping(start, end) if self.found[j][0] == NUMBER]

    def words_in(self, start: int, end: int) -> list[int]:
        """The places of the tokens that lie within ``start:end``."""
        return [
            j
            for j in self._overlapping(start, end)
            if start <= self.found[j][2] and self.found[j][3] <= end
        ]


class Echoes:
    """The skeletons of the claims' quotes and statements, by their rarest words."""

    def __init__(
        self,
        claims: Sequence[Claim],
        tolerance: float = DEFAULT_TOLERANCE,
        min_score: float = DEFAULT_MIN_SCORE,
        failing: Collection[str] = frozenset(),
    ) -> None:
        """The skeletons of ``claims``, read when a figure first asks (:meth:`echoed`);
        ``tolerance``, ``min_score`` and ``failing`` (claims failing verify) are the
        auditor's."""
        self.claims = claims
        self.tolerance = tolerance
        self.min_score = min_score
        self.failing = failing
        #: each a :class:`_Skeleton`, or its fields as :meth:`keep` took them
        self._skeletons: list[_Skeleton | tuple[Any, ...]] | None = None
        self._by_word: dict[str, list[int]] = defaultdict(list)
        #: the last sentence read (its draft and span) and what was read of it: every
        #: figure of a sentence asks, and a sentence may hold thousands
        self._last: tuple[str, tuple[int, int], _Read] | None = None
        #: given the skeletons (:meth:`rows`) once they are read from the claims: the
        #: cache keeps them (:mod:`desertcheck.cache.auditindex`)
        self.on_read: Callable[[Rows], None] | None = None
        #: the skeletons kept by the cache, read when a figure first asks (:meth:`keep_later`)
        self._kept: Callable[[], object] | None = None

    def keep_later(self, kept: Callable[[], object]) -> None:
        """Take the skeletons from ``kept()`` (what :meth:`rows` gave, or None) when a
        figure first asks, rather than read them from the claims: a draft whose figures
        all have claims of their own never asks, and reads neither."""
        self._kept = kept

    def _all(self) -> list[_Skeleton | tuple[Any, ...]]:
        """The skeletons: those kept (:meth:`keep_later`) when they check out, else read
        from the claims."""
        if self._skeletons is None and self._kept is not None:
            kept, self._kept = self._kept, None
            with contextlib.suppress(ValueError):  # none kept, or not of this index
                self.keep(kept())
        return self._skeletons if self._skeletons is not None else self._read()

    def _read(self) -> list[_Skeleton | tuple[Any, ...]]:
        """The skeletons, each once however many claims say it (claims share quotes)."""
        by_text: dict[str, _Skeleton | None] = {}
        for i, claim in enumerate(self.claims):
            for said, text in (("quote", claim.quote), ("statement", claim.statement)):
                if text not in by_text:
                    by_text[text] = _skeleton(text)
                found = by_text[text]
                if found is not None and (not found.said or found.said[-1][0] != i):
                    found.said.append((i, said))
        by_raw: dict[tuple[str, ...], _Skeleton] = {}
        for found in by_text.values():  # one text written two ways is one skeleton
            if found is None:
                continue
            if found.raw in by_raw:
                by_raw[found.raw].said.extend(found.said)
            else:
                by_raw[found.raw] = found
        built = list(by_raw.values())
        df = Counter(chain.from_iterable(s.vocabulary for s in built))
        by_word = self._by_word
        for k, s in enumerate(built):  # its rarest words, the rarer first
            for _, t in sorted([(df[t], t) for t in s.vocabulary])[:KEYS]:
                by_word[t].append(k)
        self._skeletons = list[_Skeleton | tuple[Any, ...]](built)
        if self.on_read is not None:
            self.on_read(self.rows())
        return self._skeletons

    def rows(self) -> Rows:
        """The skeletons (each its tokens as written and the claims that say it) and the
        index of their rarest words as plain values, kept by the cache beside the index of
        the registry (:mod:`desertcheck.cache.auditindex`): reading them reads every
        claim's quote and statement."""
        skeletons = self._all()
        return (
            [s if isinstance(s, tuple) else (s.raw, s.said) for s in skeletons],
            dict(self._by_word),
        )

    def keep(self, rows: object) -> None:
        """The skeletons :meth:`rows` gave, for the same claims in the same order (the
        index built back from the rows it was stored with), each built when a sentence
        first meets it; ValueError on rows of another shape."""
        if not (isinstance(rows, tuple) and len(rows) == 2):
            raise ValueError("not the skeletons of an index")
        skeletons, by_word = rows
        if not (
            isinstance(skeletons, list)
            and isinstance(by_word, dict)
            and all(type(s) is tuple and len(s) == 2 for s in skeletons)
        ):
            raise ValueError("not the skeletons of an index")
        self._skeletons = skeletons
        self._by_word = defaultdict(list, by_word)

    def echoed(
        self, text: str, span: tuple[int, int], figure_start: int, figure_end: int
    ) -> Echo | None:
        """The claim whose quote or statement the sentence (``span`` of the draft
        ``text``) repeats around the figure at ``figure_start:figure_end``, with the figure
        in the place of the claim's own number; the one repeated most wholly, if several."""
        skeletons = self._all()
        read = self._sentence(text, span)
        tokens, vocabulary = read.tokens, read.vocabulary
        at = read.numbers_in(figure_start, figure_end)
        if not at:  # a figure in words ("About one in five"): one number in their place
            words = read.words_in(figure_start, figure_end)
            if not words:
                return None
            tokens = [*tokens[: words[0]], NUMBER, *tokens[words[-1] + 1 :]]
            at = words[:1]
        keys = {k for t in vocabulary for k in self._by_word.get(t, ())}
        best: Echo | None = None
        for k in sorted(keys):
            s = skeletons[k]
            if isinstance(s, tuple):  # kept (:meth:`keep`), built when first met
                s = skeletons[k] = _of_tokens(*s)
            if len(s.vocabulary & vocabulary) < _PRESENT * len(s.vocabulary):
                continue  # too few of its words, in any order: not worth aligning
            found_echo = self._repeats(tokens, s, at[0])
            if found_echo is not None and (best is None or found_echo.share > best.share):
                best = found_echo
        return best

    def _sentence(self, text: str, span: tuple[int, int]) -> _Read:
        """What is read of the sentence ``span`` of ``text``, once however many of its
        figures ask (the draft is the same object for all of them: compared at no cost)."""
        if self._last is None or self._last[0] != text or self._last[1] != span:
            self._last = (text, span, _Read(_tokens(text[span[0] : span[1]], span[0])))
        return self._last[2]

    def _repeats(self, tokens: list[str], s: _Skeleton, figure: int) -> Echo | None:
        """The claim whose skeleton ``s`` the sentence repeats, and how much of it, when
        it repeats enough of it, closely enough, with the figure at that claim's number."""
        matcher = SequenceMatcher(None, tokens, s.tokens, autojunk=False)
        blocks = [b for b in matcher.get_matching_blocks() if b.size]
        if not blocks:
            return None
        matched = sum(1 for b in blocks for t in s.tokens[b.b : b.b + b.size] if t != NUMBER)
        share = matched / s.words
        if share < COVERAGE:
            return None
        first, last = blocks[0].a, blocks[-1].a + blocks[-1].size
        inserted = sum(1 for t in tokens[first:last] if t != NUMBER) - matched
        if inserted > INSERTED * s.words:
            return None
        for b in blocks:
            if b.a <= figure < b.a + b.size:
                raw = s.raw[b.b + figure - b.a]
                for i, said in s.said:
                    if _is_value(raw, self.claims[i]):
                        return Echo(i, said, share)
        return None


def echo_verdict(
    echoes: Echoes, text: str, span: tuple[int, int], figure: Figure, fitting: list[Candidate]
) -> Verdict | None:
    """The verdict on a figure whose sentence (``span`` of ``text``) repeats a claim's
    quote or statement, at a period that does not disagree with the claim's: ``mismatch``
    with another number in the place of the claim's; with the claim's (one of the
    ``fitting`` candidates, if found), the verdict on that claim as if its words matched as much as
    they are repeated (``supported``, or a drift of qualifier or period). None when no
    claim's sentence is repeated."""
    q = figure.quantity
    found = echoes.echoed(text, span, q.start, q.end)
    if found is None:
        return None
    claim, tolerance = echoes.claims[found.claim], echoes.tolerance
    period_ok = figure.period_agrees(claim)
    if period_ok is False:
        return None
    score = round(100 * found.share)
    fits, same = _fit(q, interval(q.value, q.qualifier, tolerance), claim, tolerance)
    if fits:
        # the candidate as the figure's kind found it, or (a figure read as another kind
        # than the claim's unit says: "3,860 passengers a day" of a count) as it fits
        mine = [c for c in fitting if c.claim.id == claim.id]
        q_ok = (
            not same
            or qualifier_fits(q.qualifier, claim)
            or compatible(q.qualifier, claim.qualifier)
        )
        c = mine[0] if mine else Candidate(claim, score, True, q_ok, period_ok, same)
        chosen = replace(c, score=max(c.score, score))
        return decide(q, [chosen], [], figure.period, echoes.min_score, echoes.failing)
    shares = ("percent", "share")
    if (figure.kind in shares) != (claim_kind(claim) in shares):
        return None  # "86% had been convicted" where the claim counts 17,721: derived
    chosen = Candidate(claim, score, False, True, period_ok, far=True)
    return (
        MISMATCH,
        [chosen],
        f"the sentence repeats the {found.said} of {claim.id} ({claim.figure}, "
        f"{claim.period}), but with “{q.text}” where it has its number",
    )
