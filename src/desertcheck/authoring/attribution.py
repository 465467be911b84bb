"""A sentence that attributes its figure to another body ("according to the UN", "a new
United Nations report has revealed", "Mediazona counted"): the figure is a retelling, and
verify compares the retellings of one figure (``attribution-drift``, ``contradiction``)
only among claims that name its ``origin``. A drafted claim says so, and names the
origin of ``sources/origins.yaml`` that seems to be that body; it never sets one on a
guess.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desertcheck.registry import Registry

_NAME = r"[A-Z][\w’'.&-]*(?:[ \t]+(?:of|for|on|the|and|[A-Z][\w’'.&-]*)){0,7}"

#: Words for a kind of body that may stand before its name ("the union Unite").
_KINDS = (
    r"(?:trade[ \t]+)?union|charity|campaign[ \t]+group|pressure[ \t]+group|think[ \t-]+tank"
    r"|watchdog|regulator|pollster|operator|agency|ministry|NGO|newspaper|broadcaster|outlet"
    r"|website|firm|company|group"
)
_KINDS = r"(?:" + _KINDS + r")[ \t]+"

_ATTRIBUTIONS = [
    # "according to (data from) the Office of the Prosecutor General", "according to UN
    # Special Rapporteur Mariana Katzarova"
    # (and "according to the union Unite", "the charity Shelter": a kind of body, then its
    # name)
    re.compile(
        r"(?i:\baccording[ \t]+to[ \t]+(?:(?:data|figures|a[ \t]+report|estimates|a[ \t]+count)"
        r"[ \t]+(?:from|by|of)[ \t]+)?(?:the[ \t]+)?(?:" + _KINDS + r")?)(?P<who>" + _NAME + ")"
    ),
    # "a new United Nations report", "the UN report"
    re.compile(
        r"(?i:\b(?:a|an|the)[ \t]+(?:new[ \t]+|recent[ \t]+|latest[ \t]+)?)"
        r"(?P<who>United[ \t]+Nations|UN|U\.N\.|OSCE|EU|WHO)[ \t]+(?i:report|study|survey|data)"
    ),
    # "Mediazona counted", "Proekt has calculated", "the ministry estimated"
    re.compile(
        r"(?P<who>(?<![\w’'])[A-Z][\w’'.&-]*(?:[ \t]+[A-Z][\w’'.&-]*){0,3})[ \t]+"
        r"(?:has[ \t]+|had[ \t]+)?(?i:counted|calculated|estimated|tallied|found|reported"
        r"|estimates|counts|reports)\b"
    ),
]

#: Capitalised words that open a sentence or name no body: "In", "The", "This"
_NOT_BODIES = frozenset({"in", "the", "this", "that", "it", "he", "she", "they", "we", "a"})
_UN = ("un", "u.n.", "united nations")


def attributed(text: str, lo: int, hi: int) -> str | None:
    """The body ``text[lo:hi]`` attributes its figures to ("the UN", "Mediazona"); None
    when it names none."""
    for pattern in _ATTRIBUTIONS:
        for m in pattern.finditer(text, lo, hi):
            who = " ".join(m["who"].split()).rstrip(".’'")
            words = who.split()
            while words and words[-1].lower() in ("of", "for", "on", "the", "and"):
                words.pop()
            if words and words[0].lower() not in _NOT_BODIES:
                return " ".join(words)
    return None


def _names(body: str) -> set[str]:
    low = body.lower()
    return set(_UN) if low in _UN or low.startswith(("un ", "united nations ")) else {low}


def origin_of(registry: Registry, body: str) -> str | None:
    """The one origin of ``sources/origins.yaml`` whose publisher or title names ``body``;
    None when none does, or several do."""
    found = []
    for oid, origin in registry.origins.items():
        if _named(f"{origin.publisher or ''} {origin.title}", body):
            found.append(oid)
    return found[0] if len(found) == 1 else None


def origin_note(registry: Registry, body: str) -> str:
    """The comment of a drafted claim whose sentence attributes its figure to ``body``."""
    oid = origin_of(registry, body)
    if oid is not None:
        return (
            f"the sentence credits “{body}”: if it is origin {oid} (sources/origins.yaml), "
            f"write origin: {oid}, so verify compares this figure's retellings"
        )
    return (
        f"the sentence credits “{body}”: when other sources retell the figure, add it to "
        "sources/origins.yaml and write origin: <its id>, or verify cannot compare them"
    )


def publisher_is(registry: Registry, source_id: str, body: str) -> bool:
    """Whether ``body`` is the source's own publisher ("Mediazona counted" in Mediazona's
    article; its title may name the body it reports on): then the figure is no retelling."""
    source = registry.sources.get(source_id)
    if source is None:
        return False
    return _named(source.meta.publisher or "", body)


def _named(said: str, body: str) -> bool:
    """Whether ``said`` names ``body`` as a whole word ("UN Human Rights Council": the UN)."""
    low = said.lower()
    return any(re.search(rf"(?<![\w.]){re.escape(n)}(?!\w)", low) for n in _names(body))
