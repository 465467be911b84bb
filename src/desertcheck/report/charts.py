"""Charts: a Vega-Lite spec for each chart (plain data, tested as such) and its SVG,
rendered offline by vl-convert (the ``report`` extra).

A timeline (:func:`timeline_spec`) shows one measure and scope: each claim at its value
over its period (a rule from the period's first to its last day, a point at its end), the
interval its qualifier allows as a vertical bar ("over" and "at least" open upwards, shown
by an upward triangle), running totals joined by a dashed line in time order, one colour
per source, and disputed claims ringed. A sum (:func:`sum_spec`) stacks the parts against
the stated whole.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from desertcheck.intervals import interval
from desertcheck.report.data import ChartGroup, ClaimRow, Drawn, SumGroup, place

Spec = dict[str, Any]
WIDTH, HEIGHT = 560, 220
SHAPE = {"over": "triangle-up", "at-least": "triangle-up", "up-to": "triangle-down"}
DISPUTED = "#C00000"
#: The parts of a sum, one colour each (Tableau 10); the whole in grey.
PARTS = ("#4E79A7", "#F28E2B", "#59A14F", "#B07AA1", "#EDC948", "#76B7B2", "#FF9DA7", "#9C755F")
WHOLE = "#8C8C8C"


def _point(r: ClaimRow) -> dict[str, Any]:
    value = place(r)[1]
    span = interval((r.low, r.high) if r.qualifier == "between" else r.low, r.qualifier)
    return {
        "id": r.id,
        "source": r.source,
        "start": r.start,
        "end": r.end,
        "value": value,
        "low": span.low,
        "high": span.high if math.isfinite(span.high) else None,
        "spans": r.start != r.end,
        "ranged": span.low != span.high and math.isfinite(span.high),
        "shape": SHAPE.get(r.qualifier, "circle"),
        "disputed": r.disputed,
        "cumulative": r.cumulative,
        "label": f"{r.id}: {r.figure}, {r.period}, {r.source}",
    }


#: Points of one place (one value at one date) are set this many pixels apart, side by side,
#: so that none hides another: a point is about 9 px across.
APART = 9


def _apart(points: list[dict[str, Any]]) -> None:
    """Each point's ``at``: where it is drawn on the time axis. Points of one value and end
    (two sources retelling one figure) are spread side by side around that date, each
    named in the others' labels, so that the chart shows, and a screen reader hears, every
    source the legend lists."""
    from datetime import UTC, date, datetime, timedelta

    def day(iso: str) -> datetime:
        return datetime.combine(date.fromisoformat(iso), datetime.min.time(), UTC)

    first = min((day(p["start"]) for p in points), default=None)
    last = max((day(p["end"]) for p in points), default=None)
    span = (last - first) if first is not None and last is not None else timedelta(0)
    per_px = max(span, timedelta(days=1)) / WIDTH
    places: dict[tuple[str, float], list[dict[str, Any]]] = {}
    for p in points:
        places.setdefault((p["end"], p["value"]), []).append(p)
    for same in places.values():
        for i, p in enumerate(same):
            shift = per_px * APART * (i - (len(same) - 1) / 2)
            p["at"] = (day(p["end"]) + shift).isoformat().replace("+00:00", "Z")
            others = [f"{o['id']} ({o['source']})" for o in same if o is not p]
            if others:
                p["label"] += f"; drawn beside {', '.join(others)}, at the same place"


def _axes(unit: str, sources: list[str], palette: Mapping[str, str]) -> dict[str, Any]:
    return {
        "x": {
            "field": "end",
            "type": "temporal",
            "title": None,
            "scale": {"type": "utc", "padding": 10},
            # every tick with its year: thinned labels left "April ... April" undated
            "axis": {"labelExpr": "utcFormat(datum.value, '%b %Y')", "labelOverlap": True},
        },
        "y": {"field": "value", "type": "quantitative", "title": unit, "scale": {"zero": True}},
        "color": {
            "field": "source",
            "type": "nominal",
            "title": "source",
            "scale": {"domain": sources, "range": [palette[s] for s in sources]},
            "legend": {
                "orient": "bottom",
                "columns": 1,  # one source a line: on a phone the legend is as wide as a name
                "labelLimit": 260,
                "symbolType": "circle",
                "symbolOpacity": 1,
            },
        },
    }


def timeline_spec(group: ChartGroup, palette: Mapping[str, str]) -> Spec:
    """The Vega-Lite spec of one measure and scope over time."""
    points = [_point(r) for r in group.claims]
    _apart(points)
    sources = sorted({p["source"] for p in points})
    enc = _axes(group.unit, sources, palette)
    end, y, color = enc["x"], enc["y"], enc["color"]
    x = {**end, "field": "at"}  # a point where it is drawn: beside another of its place
    desc = {"field": "label", "type": "nominal"}
    layers: list[Spec] = [
        {  # the period each claim covers
            "transform": [{"filter": "datum.spans"}],
            "mark": {"type": "rule", "strokeWidth": 3, "opacity": 0.45},
            "encoding": {"x": {**end, "field": "start"}, "x2": {"field": "end"}, "y": y,
                         "color": color, "description": desc},
        },
        {  # the interval the qualifier allows
            "transform": [{"filter": "datum.ranged"}],
            "mark": {"type": "rule", "strokeWidth": 2},
            "encoding": {"x": x, "y": {**y, "field": "low"}, "y2": {"field": "high"},
                         "color": color, "description": desc},
        },
        {  # running totals joined, in time order
            "transform": [{"filter": "datum.cumulative"}],
            "mark": {"type": "line", "strokeDash": [4, 3], "color": "#777", "strokeWidth": 1},
            "encoding": {"x": end, "y": y, "order": {"field": "end", "type": "temporal"}},
        },
        {
            # outlined in white: a point beside another of its place stays whole
            "mark": {"type": "point", "filled": True, "size": 70, "opacity": 1,
                     "stroke": "white", "strokeWidth": 1},
            "encoding": {"x": x, "y": y, "color": color, "description": desc,
                         "shape": {"field": "shape", "type": "nominal", "scale": None}},
        },
        {  # disputed claims ringed
            "transform": [{"filter": "datum.disputed"}],
            "mark": {"type": "point", "size": 320, "strokeWidth": 2, "color": DISPUTED},
            "encoding": {"x": x, "y": y, "description": desc},
        },
    ]  # fmt: skip
    return {
        "$schema": "https://vega.github.io/schema/vega-lite/v5.json",
        "width": WIDTH,
        "height": HEIGHT,
        "data": {"values": points},
        "layer": layers,
        "config": {
            "font": "sans-serif",
            "axis": {"labelFontSize": 12, "titleFontSize": 12},
            "legend": {"labelFontSize": 12, "titleFontSize": 12},
        },
    }


def sum_spec(group: SumGroup) -> Spec:
    """The parts of a sum relation stacked in one bar, the stated whole in another."""
    rows = [{"bar": "sum of the parts", "part": p.id, "value": p.low, "order": i}
            for i, p in enumerate(group.parts)]  # fmt: skip
    rows.append({"bar": "stated whole", "part": group.whole.id, "value": group.whole.low,
                 "order": 0})  # fmt: skip
    return {
        "$schema": "https://vega.github.io/schema/vega-lite/v5.json",
        "width": WIDTH,
        "height": 90,
        "data": {"values": rows},
        "mark": {"type": "bar", "stroke": "white", "strokeWidth": 1},
        "encoding": {
            "y": {"field": "bar", "type": "nominal", "title": None,
                  "sort": ["stated whole", "sum of the parts"]},
            "x": {"field": "value", "type": "quantitative", "stack": "zero",
                  "title": group.whole.unit},
            "color": {"field": "part", "type": "nominal", "title": None,
                      "scale": {"domain": [p.id for p in group.parts] + [group.whole.id],
                                "range": [PARTS[i % len(PARTS)] for i in range(len(group.parts))]
                                + [WHOLE]},
                      "legend": {"orient": "bottom", "columns": 1, "labelLimit": 400}},
            "order": {"field": "order"},
            "description": {"field": "part", "type": "nominal"},
        },
        "config": {"font": "sans-serif"},
    }  # fmt: skip


def svg(spec: Spec) -> str:
    """The chart as SVG markup, rendered offline by vl-convert."""
    import json

    import vl_convert

    out: str = vl_convert.vegalite_to_svg(json.dumps(spec))
    return out


def svgs(specs: list[Spec], done: Callable[[], None] | None = None) -> list[str]:
    """Each spec's SVG, in order; drawn on as many threads as there are cores (up to 4):
    vl-convert draws outside the interpreter's lock, so they run side by side. ``done()``
    is called as each is drawn."""
    import os
    from concurrent.futures import ThreadPoolExecutor

    def one(spec: Spec) -> str:
        out = svg(spec)
        if done is not None:
            done()
        return out

    if len(specs) < 2:
        return [one(s) for s in specs]
    with ThreadPoolExecutor(max_workers=min(4, os.cpu_count() or 1)) as pool:
        return list(pool.map(one, specs))


def draw_all(
    charts: Sequence[ChartGroup],
    sums: Sequence[SumGroup],
    palette: Mapping[str, str],
    done: Callable[[], None] | None = None,
) -> Drawn:
    """The SVG of every timeline and every sum; ``done()`` is called as each is drawn."""
    return (
        tuple(svgs([timeline_spec(g, palette) for g in charts], done)),
        tuple(svgs([sum_spec(g) for g in sums], done)),
    )
