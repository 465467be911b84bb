"""Tracked changes written inline: a draft in two versions.

An editor's marked-up copy writes its changes in the text, as ``wdiff`` does
(``[-deleted-]{+inserted+}``) or as CriticMarkup does (``{--deleted--}``,
``{++inserted++}``, ``{~~old~>new~~}``), or as a shared document's export shows its
suggestions ("[Suggested deletion: nearly fifty thousand][Suggested insertion: over
50,000]"). Read as plain text, a deletion stands beside the
insertion that replaced it: "Mediazona found 5,593 soldiers on trial in [-2023-]{+2024+}"
would give the figure both years, and the one the published text keeps is lost.

Each figure is read in the version of the text it belongs to: a figure in unchanged or
inserted text in the new version (deletions blanked), a figure wholly in a deletion in the
old version (insertions blanked), so a cut figure is still checked against what it said; an
unchanged number whose qualifier was cut ("[-over-] 200,000") is read once, as published. Markup
is replaced by spaces, never removed, so every offset, line and column stays the draft's.
A change does not cross a line.
"""

from __future__ import annotations

from typing import NamedTuple

from desertcheck.compiled import regex

Span = tuple[int, int]

# (pattern, group of the deleted text, group of the inserted text)
_WDIFF_DELETED = regex(r"\[-(?!\s)([^\n]*?)-\]")
_WDIFF_INSERTED = regex(r"\{\+(?!\s)([^\n]*?)\+\}")
_CRITIC_DELETED = regex(r"\{--([^\n]*?)--\}")
_CRITIC_INSERTED = regex(r"\{\+\+([^\n]*?)\+\+\}")
_CRITIC_SUBSTITUTED = regex(r"\{~~([^\n]*?)~>([^\n]*?)~~\}")
#: A shared document's export with its suggestions shown inline: "[Suggested deletion:
#: nearly fifty thousand][Suggested insertion: over 50,000]".
_SUGGESTED_DELETED = regex(r"(?i:\[suggested\s+deletion:)[ \t]*([^\n\]]*?)[ \t]*\]")
_SUGGESTED_INSERTED = regex(r"(?i:\[suggested\s+insertion:)[ \t]*([^\n\]]*?)[ \t]*\]")


class Versions(NamedTuple):
    """The draft as published (``new``), as it was (``old``), and the deleted spans."""

    new: str
    old: str
    deleted: tuple[Span, ...]

    def in_deletion(self, start: int, end: int | None = None) -> bool:
        """Whether the text from ``start`` to ``end`` lies in one deletion."""
        end = start + 1 if end is None else end
        return any(s <= start and end <= e for s, e in self.deleted)


def _spaces(text: str) -> str:
    return " " * len(text)


def versions(text: str) -> Versions | None:
    """The two versions of a draft with tracked changes; None when it has none."""
    deleted: list[Span] = []  # the deleted words, markers excluded
    inserted: list[Span] = []  # the inserted words
    markers: list[Span] = []
    for pattern in (_WDIFF_DELETED, _CRITIC_DELETED, _SUGGESTED_DELETED):
        for m in pattern.finditer(text):
            deleted.append(m.span(1))
            markers += [(m.start(), m.start(1)), (m.end(1), m.end())]
    for pattern in (_WDIFF_INSERTED, _CRITIC_INSERTED, _SUGGESTED_INSERTED):
        for m in pattern.finditer(text):
            inserted.append(m.span(1))
            markers += [(m.start(), m.start(1)), (m.end(1), m.end())]
    for m in _CRITIC_SUBSTITUTED.finditer(text):
        deleted.append(m.span(1))
        inserted.append(m.span(2))
        markers += [(m.start(), m.start(1)), (m.end(1), m.start(2)), (m.end(2), m.end())]
    if not deleted and not inserted:
        return None
    new, old = list(text), list(text)
    for start, end in markers:
        new[start:end] = old[start:end] = _spaces(text[start:end])
    for start, end in deleted:
        new[start:end] = _spaces(text[start:end])
    for start, end in inserted:
        old[start:end] = _spaces(text[start:end])
    return Versions("".join(new), "".join(old), tuple(sorted(deleted)))
