"""``desertcheck report``'s one format: the registry as a self-contained HTML page."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desertcheck.reporters import Formats, Options

if TYPE_CHECKING:
    from desertcheck.report.data import ReportData


def render_html(data: ReportData, options: Options) -> str:
    from desertcheck.report import charts
    from desertcheck.report.data import MAX_CHARTS, MAX_LISTED
    from desertcheck.report.page import render

    sources = {s.id: s for s in data.sources}
    filters = {
        "measure": sorted({c.measure for c in data.claims}),
        "scope": sorted({c.scope for c in data.claims}),
        "source": sorted({c.source for c in data.claims}),
        "status": sorted({c.status for c in data.claims}),
    }
    chart_svgs, sum_svgs = data.drawn or charts.draw_all(data.charts, data.sums, data.colours)
    return render(
        "registry.html.j2",
        "registry.js",
        d=data,
        sources=sources,
        filters=filters,
        chart_svgs=chart_svgs,
        sum_svgs=sum_svgs,
        max_charts=MAX_CHARTS,
        max_listed=MAX_LISTED,
    )


FORMATS: Formats = {"html": render_html}
