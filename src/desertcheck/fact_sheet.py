"""``desertcheck export --format markdown``: an editor's fact sheet, claims grouped by
measure under headings written as the registry writes their words, with footnotes.

Registry text is untrusted: every piece of it is escaped
(:func:`desertcheck.reporters.markdown.md`) before it reaches the sheet.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from desertcheck.reporters.markdown import md, md_url
from desertcheck.vocabulary import STATUSES
from desertcheck.weburl import web_url

if TYPE_CHECKING:
    from desertcheck.model import Claim
    from desertcheck.registry import Registry
    from desertcheck.verify import ClaimStatus

_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_STATUS_TEXT = {
    "verified": "✓ accurately sourced",
    "warning": "⚠ needs context",
    "error": "✗ not supported by its source",
}


def human_title(slug: str, forms: Mapping[str, str] | None = None) -> str:
    """``war-deaths`` -> ``War deaths``; ``co2-emissions`` -> ``CO2 emissions``;
    ``band-d-council-tax`` -> ``Band D council tax`` (a letter alone names something);
    ``awol-cases`` -> ``AWOL cases`` where ``forms`` (:func:`written_forms` of the
    registry's texts) says the word is written so."""
    forms = forms or {}
    words = [
        forms.get(w)
        or (w.upper() if _ALNUM.fullmatch(w) or (len(w) == 1 and w.isalpha() and w != "a") else w)
        for w in slug.split("-")
        if w
    ]
    text = " ".join(words)
    return text[:1].upper() + text[1:]


#: A word of a statement, and whether a sentence starts there (a word written capitalised
#: only there says nothing of how it is written)
_WRITTEN_WORD = re.compile(r"(?P<start>(?:^|[.!?]\s+)[\"'“‘(]*)?\b(?P<word>[^\W_]+)\b")


def written_forms(texts: Iterable[str]) -> dict[str, str]:
    """The words the ``texts`` always write in one form not all lower case ("AWOL", "UN",
    "Russia"), but at a sentence's start, by their lower-case form; none for a word also
    written otherwise."""
    seen: dict[str, set[str]] = {}
    for text in texts:
        for m in _WRITTEN_WORD.finditer(text):
            if m["start"] is None:
                seen.setdefault(m["word"].lower(), set()).add(m["word"])
    return {
        low: form
        for low, (form, *more) in ((low, sorted(f)) for low, f in seen.items())
        if not more and form != low
    }


_ALNUM = re.compile(r"(?=.*[a-z])(?=.*[0-9])[a-z0-9]+")


def human_date(text: str) -> str:
    """``2025-03-01`` -> ``1 March 2025``; ``2025-06`` -> ``June 2025``; ``2024`` as it is."""
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", text.strip())
    if not m or (m[2] and not 1 <= int(m[2]) <= 12):
        return text
    if m[3]:
        return f"{int(m[3])} {_MONTHS[int(m[2]) - 1]} {m[1]}"
    if m[2]:
        return f"{_MONTHS[int(m[2]) - 1]} {m[1]}"
    return m[1]


def human_period(claim: Claim) -> str:
    """A claim's period as a reader says it: ``24 February 2022 – 15 September 2025``."""
    text = str(claim.period)
    if "/" in text:
        start, _, end = text.partition("/")
        words = f"{human_date(start)} – {human_date(end)}"
    else:
        words = human_date(text)
    return f"{words}, running total" if claim.cumulative else words


def _footnote(registry: Registry, claim: Claim) -> str:
    source = registry.sources.get(claim.source)
    if source is None:
        where = f"source `{claim.source}` (not in the registry)"
    else:
        meta = source.meta
        parts = [md(meta.publisher), f"“{md(meta.title)}”"]
        if meta.published is not None:
            parts.append(md(human_date(str(meta.published))))
        url = web_url(meta.url)
        if url:  # a link; anything but a web address is left out (url-not-web)
            parts.append(md_url(url))
        parts.append(f"`{source.id}`")
        where = ", ".join(parts)
    return f"{where}. Quote: “{md(claim.quote)}”"


def _code_words(code: str) -> str:
    """A check code as an editor reads it: the catalogue's few words, then the code
    ("a sum holds only thanks to its qualifiers, `relation-qualified`"); the code alone
    when the catalogue does not know it."""
    from desertcheck.codes import lookup

    known = lookup(code)
    return f"{md(known.summary)}, `{code}`" if known is not None else f"`{code}`"


def to_markdown(
    registry: Registry,
    claims: Sequence[Claim],
    statuses: Mapping[str, ClaimStatus],
    *,
    title: str = "Fact sheet",
    measures: Mapping[str, str] | None = None,
    unloaded: int = 0,
) -> str:
    """An editor's fact sheet: a heading per measure (in order of first appearance), a
    bullet per claim with its figure, period, statement, id and status, and a footnote per
    distinct (source, quote) giving the source's publisher, title, date and url and the
    quote; under a heading, the measure's declared description (``measures``). Every piece of
    registry text goes through :func:`~desertcheck.reporters.markdown.md`. ``unloaded``:
    the registry's errors that keep claims from loading, said first, since those claims are
    missing from the sheet and its counts.
    """
    lines = [f"# {md(title)}", ""]
    if unloaded:
        lines += [
            f"**Incomplete:** the registry has {unloaded} "
            f"{'error that keeps' if unloaded == 1 else 'errors that keep'} claims from "
            "loading; those claims are not in this sheet nor in its counts (run "
            "`desertcheck verify`).",
            "",
        ]
    counts = {s: sum(1 for c in claims if statuses[c.id].status == s) for s in STATUSES}
    n_sources = len({c.source for c in claims})
    lines.append(
        f"{len(claims)} claim{'s' if len(claims) != 1 else ''} from {n_sources} "
        f"source{'s' if n_sources != 1 else ''}, checked by `desertcheck verify`: "
        f"{counts['verified']} accurately sourced, {counts['warning']} needing context, "
        f"{counts['error']} not supported by their source."
    )
    if not claims:
        return "\n".join([*lines, "", "No claims match.", ""])
    groups: dict[str, list[Claim]] = {}
    for c in claims:
        groups.setdefault(c.measure, []).append(c)
    # how the registry writes a measure's words ("AWOL"), from its statements and notes
    forms = written_forms(
        [
            *(c.statement for c in claims),
            *(c.note or "" for c in claims),
            *(measures or {}).values(),
        ]
    )
    notes: dict[tuple[str, str], int] = {}
    note_text: list[str] = []
    for measure, members in groups.items():
        lines += ["", f"## {md(human_title(measure, forms))}", ""]
        if (measures or {}).get(measure):  # its declared description
            lines += [f"*{md((measures or {})[measure])}*", ""]
        for c in members:
            key = (c.source, c.quote)
            if key not in notes:
                notes[key] = len(notes) + 1
                note_text.append(f"[^{notes[key]}]: {_footnote(registry, c)}")
            status = statuses[c.id]
            verdict = _STATUS_TEXT.get(status.status, md(status.status))
            if status.codes:
                verdict += " (" + "; ".join(_code_words(code) for code in status.codes) + ")"
            for code, reason in status.accepted:
                verdict += f"; `{code}` accepted: {md(reason)}"
            lines.append(
                f"- **{md(c.figure)}**, {md(human_period(c))}: "
                f"{md(c.statement)}[^{notes[key]}] `{c.id}` {verdict}"
            )
    return "\n".join([*lines, "", *note_text, ""])
