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
