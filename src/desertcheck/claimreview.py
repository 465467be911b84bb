"""schema.org ClaimReview JSON-LD for ``desertcheck export --format claimreview``.

What is reviewed is a claim of the registry as its source made it, and what the rating
judges is its *sourcing*: the quote is in the source and states the figure as the claim
does. A claim that fails verify is an error in the registry (our typo, a wrong quote), not
a finding about the source, so it is never exported as a review: :func:`reviewable` leaves
it out and the command names it on stderr.

Each review follows Google's fact-check guidance: ``claimReviewed`` the claim's statement,
under 75 characters where a cut at the end of a clause keeps its figure, else whole;
``author`` the reviewing organisation with its ``url``; ``itemReviewed`` the
claim, with the source document as its ``appearance`` (its url where the source gives
one), the primary work (the claim's ``origin``) as its ``firstAppearance``, the source's
named author or else its publisher as its author (an Organization when the name is the
publisher's or names a body, "Press Office": :func:`author_type`; else a Person);
``datePublished`` always (the command's ``--date``, else today). A url or date the
registry does not give is left out, never invented. Pure functions.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from desertcheck.reporters.machine import to_json as json_text
from desertcheck.reporters.terminal import clean

if TYPE_CHECKING:
    from desertcheck.model import Claim, Origin, SourceMeta
    from desertcheck.registry import Registry
    from desertcheck.verify import ClaimStatus


@dataclass(frozen=True, slots=True)
class Rating:
    """A ClaimReview rating for one verify status."""

    value: int
    name: str


#: verify status -> ClaimReview rating. A claim with status ``error`` is never reviewed.
RATINGS: dict[str, Rating] = {
    "verified": Rating(3, "Accurately sourced"),
    "warning": Rating(2, "Needs context"),
}
BEST_RATING = 3
WORST_RATING = 1  # the scale's floor ("not supported by its source"), never given: see above

#: Google's recommendation for ``claimReviewed``: under 75 characters, so it does not wrap
#: on a phone. A recommendation: a statement is never cut where the cut would lose its figure.
CLAIM_REVIEWED_MAX = 74


@dataclass(frozen=True, slots=True)
class Settings:
    """Who publishes the reviews and where: ``[claimreview]`` in desertcheck.toml."""

    author: str
    url_base: str  # absolute http(s), ending in '/': each review's url is it + claim id
    author_url: str | None = None  # default: the site of url_base

    @property
    def author_link(self) -> str:
        if self.author_url:
            return self.author_url
        parts = urlsplit(self.url_base)
        return f"{parts.scheme}://{parts.netloc}/"


def flat(text: str) -> str:
    """``text`` on one line: safe characters, runs of white space as one space."""
    return " ".join(clean(text).split())


#: where a statement may be cut: after a sentence (".", "!", "?" then a space and no
#: lower-case letter), a ";" or ":", or before a spaced dash. Never at a comma, which may
#: split a list ("desertion, refusal to fight") and so change what the claim counts.
_CLAUSE_END = re.compile(r"[.!?](?= [^a-z])|[;:](?= )| [–—](?= )")


def claim_reviewed(text: str, keep: int | None = 0, limit: int = CLAIM_REVIEWED_MAX) -> str:
    """``text`` on one line, cut to at most ``limit`` characters only where a cut keeps the
    claim: at the end of a sentence or clause (see ``_CLAUSE_END``) that lies after the
    first ``keep`` characters (the claim's figure). A cut text ends in ``…``, counted
    within ``limit``.

    When no such cut fits, or ``keep`` is None (the statement's figure was not found), the
    text is given whole: Google's 75 characters are a recommendation (so a summary does
    not wrap on a phone), and a cut that drops the figure, its unit or its period reviews
    another claim.
    """
    text = flat(text)
    if len(text) <= limit or keep is None:
        return text
    best = ""
    for match in _CLAUSE_END.finditer(text):
        head = text[: match.start()].rstrip(" ,;:.–—-")
        if keep <= len(head) < limit:
            best = head
    return best + "…" if best else text


def figure_end(claim: Claim, text: str) -> int | None:
    """The end of the last place where ``text`` (a flat statement) states ``claim``'s
    value, or None when it states it nowhere."""
    from desertcheck.figures import claim_quantities, stating

    stated = stating(claim, claim_quantities(claim, text))
    return max(q.end for q in stated) if stated else None


def _work(meta: SourceMeta | Origin) -> dict[str, Any]:
    """A CreativeWork: the source document, or the primary work a figure comes from."""
    from desertcheck.weburl import web_url

    work: dict[str, Any] = {"@type": "CreativeWork"}
    url = web_url(meta.url)  # javascript:, a relative path, …: left out (url-not-web)
    if url:
        work["url"] = url
    work["headline"] = flat(meta.title)
    if meta.published is not None:
        work["datePublished"] = str(meta.published)
    if meta.publisher:
        work["publisher"] = {"@type": "Organization", "name": flat(meta.publisher)}
    return work


def reviewable(
    claims: Sequence[Claim], statuses: Mapping[str, ClaimStatus]
) -> tuple[list[Claim], list[Claim]]:
    """The claims that may be reviewed, and those left out because they fail verify."""
    kept = [c for c in claims if statuses[c.id].status in RATINGS]
    return kept, [c for c in claims if statuses[c.id].status not in RATINGS]


def item(
    registry: Registry, claim: Claim, status: ClaimStatus, settings: Settings, date: str
) -> dict[str, Any]:
    """One ClaimReview for one claim that passes verify (see docs/export.md)."""
    rating = RATINGS[status.status]
    statement = flat(claim.statement)
    out: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": settings.url_base + claim.id,
        "claimReviewed": claim_reviewed(statement, figure_end(claim, statement)),
    }
    reviewed: dict[str, Any] = {"@type": "Claim"}
    source = registry.sources.get(claim.source)
    if source is not None:
        reviewed["appearance"] = _work(source.meta)
        if source.meta.published is not None:
            reviewed["datePublished"] = str(source.meta.published)
        meta = source.meta  # a named author; else the publisher speaks
        name = meta.author or meta.publisher
        reviewed["author"] = {"@type": author_type(name, meta.publisher), "name": flat(name)}
    origin = registry.origins.get(claim.origin) if claim.origin else None
    if origin is not None:
        reviewed["firstAppearance"] = _work(origin)
    out["itemReviewed"] = reviewed
    out["author"] = {"@type": "Organization", "name": settings.author, "url": settings.author_link}
    out["reviewRating"] = {
        "@type": "Rating",
        "ratingValue": rating.value,
        "bestRating": BEST_RATING,
        "worstRating": WORST_RATING,
        "alternateName": rating.name,
    }
    out["datePublished"] = date
    return out


def json_ld(data: Any) -> str:
    """JSON that is safe inside an HTML ``<script type="application/ld+json">`` element:
    ``<``, ``>`` and ``&`` (and U+2028/U+2029) are written as ``\\u`` escapes, so no string
    can close the element or open a comment. Still plain, equal JSON."""
    text = json_text(data)  # control, bidi and line-separator characters escaped already
    for ch in "<>&":
        text = text.replace(ch, f"\\u{ord(ch):04x}")
    return text + "\n"


def items(
    registry: Registry,
    claims: Iterable[Claim],
    statuses: Mapping[str, ClaimStatus],
    settings: Settings,
    date: str,
) -> dict[str, dict[str, Any]]:
    """Claim id -> its review, for the claims given (all passing verify)."""
    return {c.id: item(registry, c, statuses[c.id], settings, date) for c in claims}


EXAMPLE = (
    '[claimreview]\nauthor = "Example Fact Desk"\nurl = "https://factcheck.example.org/claims/"\n'
)
_EXAMPLE_LINES = {
    "author": 'author = "Example Fact Desk"',
    "url": 'url = "https://factcheck.example.org/claims/"',
}


def example(names: Iterable[str], *, table: bool = False) -> str:
    """The lines to add for the keys ``names``: with their ``[claimreview]`` header, or
    without it when the file has the table (a second one would be a TOML error)."""
    lines = [_EXAMPLE_LINES[n] for n in names]
    return "\n".join(lines if table else ["[claimreview]", *lines]) + "\n"


#: Words that make an author's name a body's, not a person's: "Press Office", "Northvale
#: Research Unit", "Office for National Statistics", "BBC News", "Reuters Staff"
_BODY = re.compile(
    r"(?i:\b(?:office|unit|council|department|dept|ministry|agency|service|services|institute"
    r"|team|desk|committee|authority|bureau|press|staff|newsroom|news|government|university"
    r"|trust|association|commission|group|centre|center|board|foundation|network|society"
    r"|corporation|company|ltd|inc|plc|llc|gmbh|editors|editorial|statistics|organisation"
    r"|organization|union|party|court|police|army|parliament|assembly|secretariat|reporters"
    r"|correspondents)\b)"
)


def author_type(author: str, publisher: str) -> str:
    """The schema.org type of a source's author: ``Organization`` when the name is its
    publisher's, or names a body by one of its words ("Press Office", "Research Unit",
    "Reuters Staff"); else ``Person`` ("Dana Whitlock")."""
    same = " ".join(author.split()).casefold() == " ".join(publisher.split()).casefold()
    return "Organization" if same or _BODY.search(author) else "Person"


def missing(author: str | None, url: str | None) -> list[str]:
    """The ``[claimreview]`` keys that are not configured (empty when both are)."""
    return [k for k, v in (("author", author), ("url", url)) if not v]


def refusal(
    names: Iterable[str], config_path: str, problems: Iterable[str] = (), *, table: bool = False
) -> str:
    """The message when ClaimReview settings are missing: says exactly what to add;
    ``table``: the file has a ``[claimreview]`` table, so only its missing lines are shown."""
    names = list(names)
    said = " and ".join(names)
    shown = "".join(f"{p}\n" for p in problems)
    add = (
        f"Add the {said} {'line' if len(names) == 1 else 'lines'} under the [claimreview] "
        "table that is there, with your own values:"
        if table
        else "Add the author and url lines under the [claimreview] table there (create the "
        "file or the table if needed), with your own values:"
    )
    return (
        f"desertcheck: error: --format claimreview needs {said} under [claimreview] in "
        f"{config_path}.\n{shown}{add}\n\n"
        f"{example(names, table=table) if table else EXAMPLE}\n"
        "author names the organisation publishing the reviews; each review's url is url "
        "followed by the claim id, so url is an absolute http or https address, ending in "
        "/ (added when missing). author-url, optional, is the organisation's own page (by "
        "default the site of url).\n"
    )


def refusal_lines(
    names: Iterable[str], config_path: str, problems: Iterable[str] = (), *, table: bool = False
) -> str:
    """:func:`refusal` for a pipe: the same error, one line a message, and the lines to
    add as they are written in the file (so they can be pasted as TOML)."""
    names = list(names)
    said = " and ".join(names)
    where = "under the [claimreview] table of that file" if table else "to that file"
    return (
        f"desertcheck: error: --format claimreview needs {said} under [claimreview] in "
        f"{config_path}\n"
        + "".join(f"desertcheck: error: {p}\n" for p in problems)
        + f"desertcheck: note: add these lines {where}, with your own values "
        "(docs/export.md):\n" + (example(names, table=True) if table else EXAMPLE)
    )


def left_out_note(claim: Claim, status: ClaimStatus) -> str:
    """Why a claim is not in the export, for stderr."""
    codes = ", ".join(status.codes)
    return (
        f"left out of the ClaimReview export: claim {claim.id!r} ({claim.file}:{claim.line}) "
        f"fails verify ({codes}); that is an error in the registry, not a finding about its "
        "source: fix it and export again"
    )
