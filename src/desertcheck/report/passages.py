"""A claim's quote in its source's context, as segments the page marks up: the words
around it, the quote, and within it the figures that state the claim's value."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from desertcheck.text import sanitize
from desertcheck.text.display import footnote_numbers

if TYPE_CHECKING:
    from desertcheck.model import Claim, Source
    from desertcheck.text import Normalized

PLAIN, QUOTE, FIGURE = "", "quote", "figure"


@dataclass(frozen=True, slots=True)
class Segment:
    text: str
    kind: str  # PLAIN, QUOTE or FIGURE


@dataclass(frozen=True, slots=True)
class Passage:
    """The quote in context (``segments``) and where it stands in the source file."""

    segments: tuple[Segment, ...]
    line: int
    column: int


def _context(text: str) -> str:
    """Source text around and in a quote, as the page shows it: a footnote marker as its
    number in brackets, not the markup it was stored in."""
    return shown(footnote_numbers(text))


def shown(text: str) -> str:
    """Registry or draft text made safe to put on the page (before HTML escaping): control
    characters made visible, bidi overrides and isolates removed, line breaks kept."""
    return sanitize(text, keep_newlines=True)


class Passages:
    """Finds quotes in their sources, each source normalised once."""

    def __init__(self) -> None:
        self._normalized: dict[str, Normalized] = {}

    def of(self, claim: Claim, source: Source | None) -> Passage | None:
        """The claim's quote in context, or None when its source or the quote is missing."""
        from desertcheck.figures import claim_quantities, stating
        from desertcheck.text import context, find_quote, normalize

        if source is None:
            return None
        norm = self._normalized.get(source.id)
        if norm is None:
            norm = self._normalized[source.id] = normalize(source.text)
        loc = find_quote(claim.quote, norm)
        if loc is None:
            return None
        text = source.text
        start, end = context(text, loc.start, loc.end)
        quoted = text[loc.start : loc.end]
        figures = stating(claim, claim_quantities(claim, quoted, source.meta.language))
        cuts: list[Segment] = [Segment(_context(text[start : loc.start]), PLAIN)]
        pos = loc.start
        for q in sorted(figures, key=lambda q: q.start):
            a, b = loc.start + q.start, loc.start + q.end
            if a < pos:  # overlapping figures: the first one is marked
                continue
            cuts += [Segment(_context(text[pos:a]), QUOTE), Segment(_context(text[a:b]), FIGURE)]
            pos = b
        cuts.append(Segment(_context(text[pos : loc.end]), QUOTE))
        cuts.append(Segment(_context(text[loc.end : end]), PLAIN))
        kept = tuple(s for s in cuts if s.text)
        return Passage(kept, source.file_line(loc.start), loc.column)
