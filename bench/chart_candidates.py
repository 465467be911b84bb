"""The measurement behind the report's chart library (docs/report.md).

Each candidate draws the same chart, a measure with six claims from three sources on a time
axis (a point each, an interval bar for two, a legend), as SVG, in a fresh interpreter: the
time to import the library, the time to draw the first and a second chart, and the SVG's
size. Run it in an environment that has the candidates installed:

    pip install matplotlib pygal vl-convert-python && python bench/chart_candidates.py

Install weight is measured apart (``du -sh`` of each package and what it pulls in).
"""

from __future__ import annotations

import json
import subprocess
import sys

POINTS = [  # (source, year + fraction, low, high)
    ("un", 2023.0, 10_000, 10_000),
    ("un", 2024.0, 13_500, 13_500),
    ("proekt", 2024.5, 16_000, 19_000),
    ("proekt", 2025.0, 20_000, 20_000),
    ("mediazona", 2025.2, 18_000, 22_000),
    ("mediazona", 2025.6, 21_000, 21_000),
]

MATPLOTLIB = """
import io, time
t0 = time.perf_counter()
import matplotlib
matplotlib.use("svg")
import matplotlib.pyplot as plt
t1 = time.perf_counter()
def draw():
    matplotlib.rcParams["svg.fonttype"] = "none"
    fig, ax = plt.subplots(figsize=(7, 3))
    for src in sorted({p[0] for p in POINTS}):
        mine = [p for p in POINTS if p[0] == src]
        ax.errorbar([p[1] for p in mine], [(p[2] + p[3]) / 2 for p in mine],
                    yerr=[[(p[3] - p[2]) / 2 for p in mine]] * 2, fmt="o", label=src, capsize=3)
    ax.legend()
    buf = io.StringIO()
    fig.savefig(buf, format="svg", metadata={"Date": None})
    plt.close(fig)
    return buf.getvalue()
svg = draw(); t2 = time.perf_counter(); draw(); t3 = time.perf_counter()
"""

PYGAL = """
import time
t0 = time.perf_counter()
import pygal
t1 = time.perf_counter()
def draw():
    chart = pygal.XY(js=[], width=700, height=300, stroke=False)
    for src in sorted({p[0] for p in POINTS}):
        chart.add(src, [(p[1], (p[2] + p[3]) / 2) for p in POINTS if p[0] == src])
    return chart.render(is_unicode=True)
svg = draw(); t2 = time.perf_counter(); draw(); t3 = time.perf_counter()
"""

VEGA = """
import json, time
t0 = time.perf_counter()
import vl_convert as vlc
t1 = time.perf_counter()
def draw():
    spec = {"$schema": "https://vega.github.io/schema/vega-lite/v5.json", "width": 600,
            "height": 220,
            "data": {"values": [{"source": p[0], "x": p[1], "low": p[2], "high": p[3],
                                 "mid": (p[2] + p[3]) / 2} for p in POINTS]},
            "layer": [{"mark": "rule", "encoding": {"x": {"field": "x", "type": "quantitative"},
                       "y": {"field": "low", "type": "quantitative"}, "y2": {"field": "high"},
                       "color": {"field": "source"}}},
                      {"mark": "point", "encoding": {"x": {"field": "x", "type": "quantitative"},
                       "y": {"field": "mid", "type": "quantitative"},
                       "color": {"field": "source"}}}]}
    return vlc.vegalite_to_svg(json.dumps(spec))
svg = draw(); t2 = time.perf_counter(); draw(); t3 = time.perf_counter()
"""

TAIL = """
import json
print(json.dumps({"import_s": t1 - t0, "first_s": t2 - t1, "second_s": t3 - t2,
                  "svg_bytes": len(svg.encode()), "external": svg.count("http")}))
"""


def main() -> None:
    for name, code in (("matplotlib", MATPLOTLIB), ("pygal", PYGAL), ("vl-convert", VEGA)):
        prog = f"POINTS = {POINTS!r}\n{code}\n{TAIL}"
        runs = []
        for _ in range(3):
            out = subprocess.run([sys.executable, "-c", prog], capture_output=True, text=True)
            if out.returncode != 0:
                print(f"{name}: failed: {out.stderr.strip().splitlines()[-1:]}")
                break
            runs.append(json.loads(out.stdout))
        if runs:
            best = {k: min(r[k] for r in runs) for k in runs[0]}
            print(
                f"{name:11} import {best['import_s'] * 1000:6.0f} ms  first chart "
                f"{best['first_s'] * 1000:6.0f} ms  next chart {best['second_s'] * 1000:5.0f} ms"
                f"  svg {best['svg_bytes'] / 1024:5.1f} KiB  'http' in svg: {best['external']}"
            )


if __name__ == "__main__":
    main()
