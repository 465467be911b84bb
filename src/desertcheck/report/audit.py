"""What the audit page shows of each figure: its verdict, the claim it was matched to with
the quote in context, and what differs. Read from the audit result's items through the
attributes they have; a verdict this module does not know is shown under its own name."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from desertcheck.audit.declared import speaking
from desertcheck.audit.draft_notes import lang_of, note_on
from desertcheck.draft import as_read
from desertcheck.report.draft import Span, draft_html
from desertcheck.report.made import shown_path
from desertcheck.report.page import css_class, icon
from desertcheck.report.passages import Passage, Passages, shown

if TYPE_CHECKING:
    from desertcheck.draft import Draft
    from desertcheck.registry import Registry

#: The verdicts in the order the summary bar shows them; others follow, by name.
ORDER = (
    "mismatch",
    "qualifier-drift",
    "period-drift",
    "contested",
    "claim-fails-verify",
    "unsourced",
    "supported",
)
GOOD = ("supported",)


@dataclass(frozen=True, slots=True)
class ClaimView:
    id: str
    figure: str
    period: str
    source: str
    source_title: str
    link: str | None
    passage: Passage | None
    quote: str


@dataclass(frozen=True, slots=True)
class FigureView:
    n: int
    status: str
    figure: str
    where: str
    sentence: str
    message: str
    claim: ClaimView | None
    differs: tuple[tuple[str, str, str], ...]  # (what, the draft's, the claim's)
    others: tuple[str, ...]  # other candidates, "id (figure, score)"
    accepted: bool = False  # the draft accepts its verdict: shown, not flagged

    @property
    def flagged(self) -> bool:
        return self.status not in GOOD and not self.accepted

    @property
    def css(self) -> str:
        return css_class(self.status)

    @property
    def icon(self) -> str:
        return icon(self.status)


@dataclass(frozen=True, slots=True)
class DraftView:
    name: str
    html: str  # rendered by markdown-it, figures marked: trusted markup
    lang: str | None = None  # its language when not English ("de"), for screen readers
    note: str | None = None  # what the editor should know of how it was read
    counts: tuple[tuple[str, int], ...] = ()  # its own verdicts, as the summary bar counts


def _claim_view(claim: Any, registry: Registry, passages: Passages) -> ClaimView:
    from desertcheck.reporters.markdown import safe_url

    source = registry.sources.get(claim.source)
    meta = source.meta if source is not None else None
    return ClaimView(
        id=claim.id,
        figure=shown(claim.figure),
        period=str(claim.period),
        source=claim.source,
        source_title=shown(f"{meta.title} — {meta.publisher}") if meta else "",
        link=safe_url(meta.url) if meta else None,
        passage=passages.of(claim, source),
        quote=shown(claim.quote),
    )


def _differs(item: Any, candidate: Any) -> tuple[tuple[str, str, str], ...]:
    q, claim = item.figure, candidate.claim
    out = []
    if not getattr(candidate, "fits", True):
        out.append(("value", as_read(q.text), claim.figure))
    said = q.qualifier or "exactly"
    if not getattr(candidate, "qualifier_ok", True) and said != claim.qualifier:
        out.append(("qualifier", said, claim.qualifier))
    if getattr(candidate, "period_ok", None) is False:
        period = getattr(item, "period", None)
        said = period.text if period is not None else "another period"
        out.append(("period", said, str(claim.period)))
    return tuple((what, shown(a), shown(b)) for what, a, b in out)


def figure_views(items: Sequence[Any], registry: Registry) -> list[FigureView]:
    passages = Passages()
    views = []
    for n, it in enumerate(items):
        why = getattr(it, "accepted", "")
        candidates = tuple(getattr(it, "candidates", ()))
        claim = getattr(it, "claim", None)
        chosen = next((c for c in candidates if c.claim is claim), None) if claim else None
        views.append(
            FigureView(
                n=n,
                status=str(it.status),
                figure=shown(as_read(it.figure.text)),
                where=shown(f"{shown_path(it.file)}:{it.line}:{it.column}"),
                sentence=shown(it.text),
                message=shown(it.message + (f" (accepted in the draft: {why})" if why else "")),
                accepted=bool(why),
                claim=_claim_view(claim, registry, passages) if claim is not None else None,
                differs=_differs(it, chosen) if chosen is not None else (),
                others=tuple(
                    shown(f"{c.claim.id} ({c.claim.figure}, score {c.score:.0f})")
                    for c in candidates
                    if c is not chosen
                ),
            )
        )
    return views


def counts(views: Sequence[FigureView]) -> list[tuple[str, int]]:
    """(status, count) for each status present: the known ones in ORDER, then others."""
    c = Counter(v.status for v in views)
    known = [(s, c[s]) for s in ORDER if c[s]]
    return known + sorted((s, n) for s, n in c.items() if s not in ORDER)


def draft_views(
    drafts: Sequence[Draft],
    items: Sequence[Any],
    views: Sequence[FigureView],
    languages: Sequence[str | None] = (),
) -> list[DraftView]:
    out = []
    said = list(languages) or [None] * len(drafts)
    for k, d in enumerate(drafts):
        mine = [(i, it) for i, it in enumerate(items) if it.file == d.name]
        spans = [Span(it.figure.start, it.figure.end) for _, it in mine]
        numbers = [i for i, _ in mine]

        def mark(k: int, first: bool, numbers: list[int] = numbers) -> tuple[str, str]:
            v = views[numbers[k]]
            attrs = f' id="f{v.n}"' if first else ""  # tabindex and role: by the script
            flag = ' data-flagged="1"' if v.flagged and first else ""
            label = (
                f'<span class="icon" aria-hidden="true">{v.icon}</span>'
                f'<span class="sr">{_attr(v.status)}: </span>'
                if first
                else ""
            )
            return (
                f'<mark class="fig v-{v.css}" data-n="{v.n}" title="{_attr(v.status)}"'
                f"{attrs}{flag}>{label}",
                "</mark>",
            )

        # shown() on the HTML: bidi controls and control characters out of the draft's text
        html = draft_html(d.text, spans, mark, doc=f"d{k}", breaks=d.name.endswith(".txt"))
        with speaking(said[k]):  # the language its editor declared, else guessed
            note, lang = note_on(d.name, d.text), lang_of(d.text)
        out.append(
            DraftView(
                shown(shown_path(d.name)),
                shown(_headings_under(html)),
                lang,
                shown(note) if note else None,
                tuple(counts([views[i] for i in numbers])),
            )
        )
    return out


#: A heading's tags in a draft's HTML (markdown-it's own: raw HTML is off).
_HEADING_TAG = re.compile(r"<(/?)h([1-6])\b")


def _headings_under(html: str) -> str:
    """The draft's headings two levels down: under the page's title (h1) and the draft's
    name (h2), its own "# Title" is an h3, so a screen reader's list of headings is the
    page's outline."""
    return _HEADING_TAG.sub(lambda m: f"<{m[1]}h{min(6, int(m[2]) + 2)}", html)


def _attr(s: str) -> str:
    from html import escape

    return escape(shown(s), quote=True)
