"""Fuzzy location and word diff: :func:`closest_passage` (``rapidfuzz``, imported lazily),
:func:`word_diff`, :func:`trim_equal` and :func:`format_word_diff`."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from desertcheck.text.display import line_col, sanitize
from desertcheck.text.normalization import REMOVED, Normalized, normalize


@dataclass(frozen=True, slots=True)
class Passage:
    """The source passage closest to a quote: original span, line, column, original
    text and similarity (0..100, rapidfuzz partial ratio on the normalised texts)."""

    start: int
    end: int
    line: int
    column: int
    text: str
    similarity: float


_SNAP = 40  # how far (in characters) a passage edge may move to a better word boundary


def closest_passage(quote: str, source: Normalized) -> Passage | None:
    """The passage of ``source`` that best matches ``quote``, mapped back to the original.

    rapidfuzz's ``partial_ratio_alignment`` on the normalised texts finds the best
    window; its edges are then moved to whole-word boundaries nearby, keeping the pair
    of edges with the highest ``fuzz.ratio`` against the quote, and that ratio (0..100)
    is the similarity. ``None`` for an empty source or quote."""
    q = normalize(quote).text
    text = source.text
    if not text or not q:
        return None
    from rapidfuzz import fuzz  # lazy: keeps `import desertcheck.text` light

    al = fuzz.partial_ratio_alignment(q, text)
    if al is None:  # only with a score_cutoff, which is not used; keeps mypy happy
        return None
    # The alignment is a window as long as the quote, which may cut words or be shifted
    # by a word or two. Try whole-word edges near the window's and keep the best.
    slack = _SNAP
    starts = _word_starts(text, al.dest_start - slack, al.dest_start + slack)
    ends = _word_ends(text, al.dest_end - slack, al.dest_end + slack)
    best = (-1.0, al.dest_start, al.dest_end)
    for a in starts:
        for b in ends:
            if b > a:
                score = fuzz.ratio(q, text[a:b], score_cutoff=best[0])
                if score > best[0]:
                    best = (score, a, b)
    similarity, start, end = best
    if similarity < 0:  # no whole-word edges nearby (one very long "word")
        similarity, start, end = float(al.score), al.dest_start, al.dest_end
    else:
        start, end = _figure_edges(q, text, start, end)
        similarity = fuzz.ratio(q, text[start:end])
    o_start, o_end = source.span_to_original(start, end)
    line, column = line_col(source.original, o_start)
    return Passage(
        start=o_start,
        end=o_end,
        line=line,
        column=column,
        text=source.original[o_start:o_end],
        similarity=float(similarity),
    )


def _has_digit(word: str) -> bool:
    return any(ch.isdigit() for ch in word)


def _figure_edges(q: str, text: str, start: int, end: int) -> tuple[int, int]:
    """The passage ``text[start:end]`` widened by the figure next to it when the quote
    ends (or starts) with a figure and the passage does not: a mistyped last figure ("rise
    by 5%" for "rise by 4.99%") scores better left out, and the passage would then show
    that the quote gives a figure more, not that it gives another one."""
    words = q.split(" ")
    last, first = text[start:end].rsplit(" ", 1)[-1], text[start:end].split(" ", 1)[0]
    if _has_digit(words[-1]) and not _has_digit(last) and text[end : end + 1] == " ":
        after = text.find(" ", end + 1)
        after = len(text) if after < 0 else after
        if _has_digit(text[end + 1 : after]):
            end = after
    if _has_digit(words[0]) and not _has_digit(first) and start > 0 and text[start - 1] == " ":
        before = text.rfind(" ", 0, start - 1) + 1
        if _has_digit(text[before : start - 1]):
            start = before
    return start, end


def _word_starts(text: str, lo: int, hi: int) -> list[int]:
    """Indices in ``[lo, hi]`` (clamped) where a word starts in a normalised text."""
    lo, hi = max(0, lo), min(len(text) - 1, hi)
    return [i for i in range(lo, hi + 1) if text[i] != " " and (i == 0 or text[i - 1] == " ")]


def _word_ends(text: str, lo: int, hi: int) -> list[int]:
    """Indices in ``[lo, hi]`` (clamped) where a word ends in a normalised text."""
    n = len(text)
    lo, hi = max(1, lo), min(n, hi)
    return [i for i in range(lo, hi + 1) if text[i - 1] != " " and (i == n or text[i] == " ")]


def word_diff(a: str, b: str) -> list[tuple[str, str]]:
    """Word-level diff of quote ``a`` against passage ``b``.

    Both are compared normalised (so curly vs straight quotes or line breaks are not
    reported), split on spaces; each word is given as its text writes it (“The, not
    "The) unless it spans a line break or holds an invisible character. Returns ``(op,
    words)`` pairs in order, ``op`` being ``"equal"``, ``"delete"`` (words in ``a`` only)
    or ``"insert"`` (words in ``b`` only); ``words`` is the space-joined run of words. A
    replacement is a delete then an insert.

    Words are compared without their trailing punctuation (``kilometres.`` is
    ``kilometres``); a word that differs only there is a delete then an insert of that
    word, so the ops still rebuild both texts, and :func:`format_word_diff` shows it as
    the passage's word, unmarked.
    """
    import difflib  # lazy: only needed when a quote is not found

    ta, shown_a = _words(normalize(a)) if a.strip() else ([], [])
    tb, shown_b = _words(normalize(b)) if b.strip() else ([], [])
    ops: list[tuple[str, str]] = []
    keys_a, keys_b = [_key(w) for w in ta], [_key(w) for w in tb]
    sm = difflib.SequenceMatcher(None, keys_a, keys_b, autojunk=False)
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        if tag == "equal":
            ops.extend(_equal_ops(ta[i1:i2], tb[j1:j2], shown_a[i1:i2], shown_b[j1:j2]))
        else:
            if i2 > i1:
                ops.append(("delete", " ".join(shown_a[i1:i2])))
            if j2 > j1:
                ops.append(("insert", " ".join(shown_b[j1:j2])))
    return ops


def _words(n: Normalized) -> tuple[list[str], list[str]]:
    """The words of a normalised text, and each as it is written in the original (“The,
    not "The), unless the original spells it across a line break or with an invisible
    character: then as normalised."""
    words: list[str] = []
    shown: list[str] = []
    pos = 0
    for w in n.text.split(" "):
        if w:
            start, end = n.span_to_original(pos, pos + len(w))
            o = n.original[start:end]
            plain = o == w or (
                not any(c.isspace() or c in REMOVED for c in o) and normalize(o).text == w
            )
            words.append(w)
            shown.append(o if plain else w)
        pos += len(w) + 1
    return words, shown


def format_word_diff(ops: Iterable[tuple[str, str]]) -> str:
    """Render :func:`word_diff` output as plain text, in git's ``--word-diff=plain``
    notation: ``[-words-]`` only in the quote, ``{+words+}`` only in the passage, other
    words as they are. Example: ``Over [-50,000-]{+5,000+} soldiers``. The result is
    passed through :func:`sanitize`, so it is safe to print."""
    pieces: list[str] = []
    deleted: str | None = None  # the words of the delete just before, if any
    for op, words in ops:
        if op == "equal":
            pieces.append(words)
        elif op == "delete":
            pieces.append(f"[-{words}-]")
        elif op == "insert":
            if (
                deleted is not None
                and _keys(deleted) == _keys(words)
                and not _marks_lost(deleted, words)
            ):
                pieces[-1] = words  # only trailing punctuation differs: the passage's words
            # Glue an insert to the delete it replaces: "[-a-]{+b+}".
            elif pieces and pieces[-1].endswith("-]"):
                pieces[-1] += f"{{+{words}+}}"
            else:
                pieces.append(f"{{+{words}+}}")
        else:
            raise ValueError(f"unknown diff op {op!r}")
        deleted = words if op == "delete" else None
    return sanitize(" ".join(pieces))


def trim_equal(ops: Iterable[tuple[str, str]], context: int = 6) -> list[tuple[str, str]]:
    """:func:`word_diff` ops with each unchanged run cut to ``context`` words on the side of
    each change it borders ("…" for the words cut): a change in a long text, shown short."""
    ops = list(ops)
    out: list[tuple[str, str]] = []
    for k, (op, words) in enumerate(ops):
        if op != "equal":
            out.append((op, words))
            continue
        w = words.split(" ")
        after = 0 if k == 0 else context  # words kept after the change before
        before = 0 if k == len(ops) - 1 else context  # words kept before the change after
        if len(w) <= after + before + 1:
            out.append((op, words))
        else:
            out.append((op, " ".join([*w[:after], "…", *w[len(w) - before :]])))
    return out


#: Punctuation a word may end with and still be the same word in a diff.
_TRAILING_PUNCTUATION = ".,;:!?…\"')]"


def _key(word: str) -> str:
    """``word`` as the diff compares it: without trailing punctuation (unless that is all)."""
    return word.rstrip(_TRAILING_PUNCTUATION) or word


def _keys(words: str) -> list[str]:
    return [_key(w) for w in normalize(words).text.split(" ")]


def _marks_lost(quote_words: str, passage_words: str) -> bool:
    """Whether the quote's last word ends with a quotation mark the passage's does not
    have (a quote typed inside “…”): that is shown, not hidden as end punctuation."""

    def marks(words: str) -> set[str]:
        last = normalize(words).text.rsplit(" ", 1)[-1]
        return set(last[len(_key(last)) :]) & {'"', "'"}

    return bool(marks(quote_words) - marks(passage_words))


def _equal_ops(
    ta: list[str], tb: list[str], shown_a: list[str], shown_b: list[str]
) -> Iterator[tuple[str, str]]:
    """Ops for words equal but for their trailing punctuation: runs of identical words are
    equal (shown as the quote writes them), each word that differs is a delete then an
    insert."""
    run: list[str] = []
    for a, b, sa, sb in zip(ta, tb, shown_a, shown_b, strict=True):
        if a == b:
            run.append(sa)
            continue
        if run:
            yield ("equal", " ".join(run))
            run = []
        yield ("delete", sa)
        yield ("insert", sb)
    if run:
        yield ("equal", " ".join(run))
