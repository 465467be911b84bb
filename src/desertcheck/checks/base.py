"""What every check sees: a claim in its context, or the whole registry."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from desertcheck.config import Vocabulary
from desertcheck.findings import Finding
from desertcheck.intervals import DEFAULT_TOLERANCE, Interval, interval

if TYPE_CHECKING:
    from desertcheck.codes import Code
    from desertcheck.model import Claim, Relation, Source
    from desertcheck.quantity import Quantity
    from desertcheck.registry import Registry
    from desertcheck.text import Location, Normalized


@dataclass
class ClaimContext:
    """One claim with its source; the costly parts are computed once and shared."""

    claim: Claim
    source: Source | None
    normalized: Normalized | None  # the source text normalised, shared by its claims
    tolerance: float = DEFAULT_TOLERANCE

    @cached_property
    def location(self) -> Location | None:
        from desertcheck.text import find_quote

        if self.normalized is None:
            return None
        return find_quote(self.claim.quote, self.normalized)

    @cached_property
    def quote_quantities(self) -> Sequence[Quantity]:
        from desertcheck.figures import claim_quantities

        return claim_quantities(self.claim, self.claim.quote, self.language)

    @property
    def unread(self) -> bool:
        """Whether the claim's source is missing or did not load: the language its quote is
        written in is then unknown, and the checks that read the quote's figures do not run
        (read as English, "51.300" would be 51.3; quote-not-found says what is wrong)."""
        return self.source is None

    @property
    def language(self) -> str:
        """The language of the claim's source, whose figures its quote and statement are
        read as ("en" without a source)."""
        return self.source.meta.language if self.source is not None else "en"

    @cached_property
    def figures(self) -> list[Quantity]:
        """The quantities in the quote that state the claim's value."""
        from desertcheck.figures import stating

        return stating(self.claim, self.quote_quantities)

    @property
    def quote_qualifier(self) -> str | None:
        """The qualifier the quote puts at the claim's figure (None when it has none).

        A single value that is one end of a written range ("from five to ten years") is
        stated exactly.
        """
        if not self.figures:
            return None
        # the same figure may stand twice with different words: the one that agrees wins
        agreeing = [q for q in self.figures if q.qualifier == self.claim.qualifier]
        q = agreeing[0] if agreeing else self.figures[0]
        if q.is_range and not self.claim.is_range:
            return "exactly" if q.qualifier == "between" else q.qualifier
        return q.qualifier

    def finding(self, code: Code, message: str, field_name: str) -> Finding:
        line, column = self.claim.where.of(field_name)
        return Finding.of(code, message, self.claim.file, line, column, (self.claim.id,))


@dataclass
class RegistryContext:
    """All claims, for the cross-claim checks."""

    registry: Registry
    tolerance: float = DEFAULT_TOLERANCE
    vocabulary: Vocabulary = field(default_factory=Vocabulary)  # declared in desertcheck.toml
    _intervals: dict[str, Interval] = field(default_factory=dict)

    def interval(self, claim: Claim) -> Interval:
        got = self._intervals.get(claim.id)
        if got is None:
            got = self._intervals[claim.id] = interval(claim.value, claim.qualifier, self.tolerance)
        return got

    def relation_finding(
        self, code: Code, message: str, relation: Relation, claims: Sequence[Claim]
    ) -> Finding:
        """A finding about a relation, at the relation (its claims may be elsewhere)."""
        where = relation.where
        return Finding.of(
            code, message, where.file, where.line, where.column, tuple(c.id for c in claims)
        )

    def finding(self, code: Code, message: str, claims: Sequence[Claim]) -> Finding:
        first = claims[0]
        return Finding.of(
            code,
            message,
            first.file,
            first.line,
            first.where.column,
            tuple(c.id for c in claims),
        )
