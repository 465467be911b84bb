"""``desertcheck audit --format html``: the drafts as a self-contained HTML page, every
figure marked by its verdict (colour and icon), its claim a click or a focus away.

The page needs the drafts' text and the registry besides the audit's result: the command
line wraps them in an :class:`AuditPage` for this format (:func:`page`)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desertcheck.reporters import Options

if TYPE_CHECKING:
    from desertcheck.audit.run import AuditResult
    from desertcheck.draft import Draft
    from desertcheck.registry import Registry


@dataclass(frozen=True, slots=True)
class AuditPage:
    """The audit's result with what the page shows besides: the drafts and the registry."""

    result: AuditResult
    drafts: tuple[Draft, ...]
    registry: Registry
    languages: tuple[str | None, ...] = ()  # each draft's, as declared

    def exit_code(self, *, strict: bool = False) -> int:
        return self.result.exit_code(strict=strict)


def page(
    result: AuditResult,
    drafts: Sequence[Draft],
    registry: Registry,
    languages: Sequence[str | None] = (),
) -> AuditPage:
    return AuditPage(result, tuple(drafts), registry, tuple(languages))


def render_audit_html(data: AuditPage | AuditResult, options: Options) -> str:
    from desertcheck.report.audit import counts, draft_views, figure_views
    from desertcheck.report.made import made
    from desertcheck.report.page import render

    if not isinstance(data, AuditPage):
        raise TypeError("the html format needs the drafts: build it with reporters.html_audit.page")
    items = data.result.items
    views = figure_views(items, data.registry)
    return render(
        "audit.html.j2",
        "audit.js",
        drafts=draft_views(data.drafts, items, views, data.languages),
        figures=views,
        counts=counts(views),
        flagged=sum(1 for v in views if v.flagged),
        made=made(data.registry.root),
    )
