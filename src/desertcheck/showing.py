"""``desertcheck show``: one claim in full, its source, its quote in context, its relations,
and what verify says of it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from desertcheck.findings import Finding, exit_code

if TYPE_CHECKING:
    from desertcheck.model import Claim, Relation
    from desertcheck.registry import LoadResult, Registry
    from desertcheck.text import Location


@dataclass(frozen=True, slots=True)
class ShowResult:
    registry: Registry
    claim: Claim
    status: str  # verify's: verified | warning | error
    findings: tuple[Finding, ...]  # verify's findings of this claim and its source file
    quote: Location | None  # where the quote stands in its source, when it does
    relations: tuple[Relation, ...]
    #: the declared descriptions of the claim's measure and scope (desertcheck.toml)
    descriptions: dict[str, str] = field(default_factory=dict)
    #: the loader's and the configuration's findings about the rest of the registry
    elsewhere: tuple[Finding, ...] = ()

    def exit_code(self, *, strict: bool = False) -> int:
        """1 on an error of the claim, or of the registry's loading or configuration: a
        file that did not load may hold claims this one is checked against."""
        return exit_code((*self.findings, *self.elsewhere), strict=strict)


def show_claim(loaded: LoadResult, claim_id: str) -> ShowResult:
    """Verify ``claim_id`` (against the whole registry) and gather what show prints of it."""
    from desertcheck.config import load_config
    from desertcheck.text import find_quote, normalize
    from desertcheck.verify import verify

    registry = loaded.registry
    claim = registry.claim(claim_id)
    if claim is None:
        raise KeyError(claim_id)
    config, config_findings = load_config(registry.root)
    verified = verify(loaded, config, claim_ids=[claim.id], extra=config_findings)
    source_file = f"sources/{claim.source}.md"
    mine = tuple(f for f in verified.findings if claim.id in f.claims or f.file == source_file)
    source = registry.sources.get(claim.source)
    quote = find_quote(claim.quote, normalize(source.text)) if source is not None else None
    related = tuple(r for r in registry.relations if claim.id in r.parts or claim.id == r.whole)
    described = {
        name: text
        for name in ("measure", "scope")
        if (text := config.vocabulary.description(name, getattr(claim, name)))
    }
    elsewhere = tuple(f for f in (*loaded.findings, *config_findings) if f not in mine)
    status = verified.claims[0].status
    return ShowResult(registry, claim, status, mine, quote, related, described, elsewhere)
