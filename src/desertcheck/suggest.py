""" "Did you mean": one way to find the value a typo meant, for every command and file."""

from __future__ import annotations

from collections.abc import Iterable


def close_matches(
    word: str, choices: Iterable[object], *, n: int = 1, cutoff: float = 0.6
) -> list[str]:
    """Up to ``n`` of ``choices`` closest to ``word`` (most alike first)."""
    import difflib  # only for a word that is not known

    return difflib.get_close_matches(word, sorted({str(c) for c in choices}), n=n, cutoff=cutoff)


def did_you_mean(
    word: str, choices: Iterable[object], *, n: int = 1, cutoff: float = 0.6, show: str = "{!r}"
) -> str:
    """``did you mean 'x'?`` (or ``'x' or 'y'``) when a choice is close to ``word``, else ''.

    ``show`` formats each choice (``"[{}]"`` for a TOML table).
    """
    close = close_matches(word, choices, n=n, cutoff=cutoff)
    if not close:
        return ""
    return f"did you mean {' or '.join(show.format(c) for c in close)}?"


def _alike(word: str, other: str) -> tuple[float, int]:
    """(similarity, characters not shared) of ``word`` and ``other``: a typo is a character
    or two apart."""
    import difflib  # only for a word that is not known

    m = difflib.SequenceMatcher(None, word, other)
    shared = sum(b.size for b in m.get_matching_blocks())
    return m.ratio(), max(len(word), len(other)) - shared


def missing_claim_hint(
    cid: str, claim_ids: Iterable[str], named: set[str], relation: Iterable[str], whole: bool
) -> str:
    """What to tell of a relation that names ``cid``, a claim that does not exist
    (``named``: every claim id some relation names; ``relation``: the ids this relation
    names; ``whole``: ``cid`` is its whole).

    A claim renamed leaves an id no relation names any more: such a close id is offered,
    several when they are alike to the same degree (a rename cannot be told from a sibling
    by the ids alone). A close id that another relation names is only offered when it is
    the same but for a character or two (a typo); one this relation names, never. Otherwise
    the id is simply gone, and the fix is said."""
    own = set(relation)
    found = close_matches(cid, claim_ids, n=5, cutoff=0.6)
    close = [(*_alike(cid, c), c) for c in found if c not in own]
    typo = [c for _, apart, c in sorted(close, reverse=True) if apart <= 2]
    free = sorted(((r, c) for r, _, c in close if c not in named), reverse=True)
    if free and (not typo or typo[0] != free[0][1]):
        best = free[0][0]
        ids = [repr(c) for r, c in free if r >= best - 0.05][:3]
        they = "it" if len(ids) == 1 else "them"
        return (
            f" (did you mean {' or '.join(ids)}? no relation names {they}, as a claim "
            "renamed would be)"
        )
    if typo:
        return f" (did you mean {typo[0]!r}?)"
    gone = "remove the relation" if whole else "remove it from the relation's parts"
    return f": if the claim was removed, {gone}; if it was renamed, write its new id here"


def missing_source_hint(sid: str, source_files: Iterable[str], named: set[str]) -> str:
    """What to tell of a claim that names ``sid``, a source with no file (``named``: the
    sources the registry's claims name). A renamed source file is a source no claim names
    any more: such a close one is offered; one other claims name only when it is the same
    but for a character or two (a typo): "nso-housing-starts-2024", its file deleted, is no
    "nso-hospital-waits-oct-2025". Otherwise the file is gone, and the fixes are said."""
    close = close_matches(sid, source_files, n=5, cutoff=0.6)
    offered = [c for c in close if c not in named or _alike(sid, c)[1] <= 2]
    if offered:
        return f" (did you mean {offered[0]!r}?)"
    return (
        f": import it with desertcheck add source (or, if it was deleted, git checkout -- "
        f"sources/{sid}.md), or name a source that sources/ holds"
    )
