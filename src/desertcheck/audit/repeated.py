"""A sentence that writes the number of a sentence just before it: a retort or a
correction ("not even 4,600 …" — "For the record, it was more than 4,600"), whose words
say what the figure counts (:mod:`.context`)."""

from __future__ import annotations

from typing import Final

from desertcheck.compiled import regex

_NUMERAL = regex(r"[0-9](?:[0-9]|[,.\u00a0\u202f ](?=[0-9]{3}))*")
#: How many sentences back a figure's number may be repeated from.
ECHO_SENTENCES: Final = 3


def repeated(
    blanked: str, spans: list[tuple[int, int]], i: int, first: int, end: int
) -> tuple[int, int] | None:
    """The sentence, among the :data:`ECHO_SENTENCES` up to ``spans[i]``, that writes the
    number of the figure at ``first`` (before ``end``; in digits, two significant at least:
    a retort or a correction, "not even 4,600 …" — "For the record, it was more than
    4,600"), or None."""
    m = _NUMERAL.search(blanked, first, min(end, first + 40))
    if m is None or len(m.group().rstrip("0,. \u00a0\u202f")) < 2 or len(m.group()) < 4:
        return None
    for j in range(i, max(-1, i - ECHO_SENTENCES), -1):
        if _writes(blanked, m.group(), *spans[j]):
            return spans[j]
    return None


_DIGITS: Final = frozenset("0123456789")
_BEFORE: Final = _DIGITS | {".", ","}


def _writes(text: str, number: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` writes ``number`` whole: no digit, point or comma
    before it (in the text before ``start`` too), and no digit after it, nor a point or a
    comma and a digit (within ``end``). As a pattern searched from ``start`` to ``end``
    reads it, without compiling a pattern for each number."""
    at = text.find(number, start, end)
    while at >= 0:
        after = at + len(number)
        if (at == 0 or text[at - 1] not in _BEFORE) and not (
            after < end
            and (
                text[after] in _DIGITS
                or (text[after] in ".," and after + 1 < end and text[after + 1] in _DIGITS)
            )
        ):
            return True
        at = text.find(number, at + 1, end)
    return False
