"""Benchmark for the HTML report of a large registry (a plain script, not a test).

Builds the synthetic registry of bench_verify.py (the shipped claims copied to N, default
10,000), then times in this one process, best of a few runs: verify alone, and the whole
report (verify, scan's coverage, the page's
data, the charts, the page). It prints the ratio report/verify
and the page's size. With Chromium and Playwright at hand (docs/report.md), it then opens
the page and times, in the browser (performance.now()), the claims filter: a source chosen,
a word typed, and both cleared, each
until the next frame is drawn.

    python bench/bench_report.py [--claims 10000] [--no-browser]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_verify import best, build

from desertcheck.config import Config
from desertcheck.registry import load_registry
from desertcheck.report.build import build_report
from desertcheck.reporters import Options
from desertcheck.reporters.html import render_html
from desertcheck.verify import verify

CHROMIUM = os.environ.get("DESERTCHECK_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]  # fmt: skip
# the time from the change to the next frame drawn after it (layout and paint included)
FILTER = """async ([field, value]) => {
  const form = document.getElementById("filters");
  const t = performance.now();
  form.elements[field].value = value;
  form.dispatchEvent(new Event("input", {bubbles: true}));
  const script = performance.now() - t;
  await new Promise(done => requestAnimationFrame(() => setTimeout(done, 0)));
  return [script, performance.now() - t, document.getElementById("shown").textContent];
}"""


def browser_filter(page_file: Path, source: str) -> None:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        print("browser: Playwright is not installed; skipped")
        return
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = b.new_page(viewport={"width": 1280, "height": 900})
        t = time.perf_counter()
        page.goto(page_file.as_uri(), timeout=120_000)
        print(f"browser: page loaded in {time.perf_counter() - t:.2f} s")
        for field, value in (("source", source), ("q", "convicted"), ("q", ""), ("source", "")):
            script, frame, shown = page.evaluate(FILTER, [field, value])
            print(
                f"browser: filter {field}={value!r:30} script {script:6.1f} ms, "
                f"next frame {frame:6.1f} ms  ({shown})"
            )
        b.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--claims", type=int, default=10_000)
    ap.add_argument("--no-browser", action="store_true")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "registry"
        build(root, args.claims)
        loaded = load_registry(root)
        n = len(loaded.registry.claims)

        def report() -> str:
            return render_html(build_report(loaded), Options())

        t_verify = best(lambda: verify(loaded, Config()), repeat=2)
        t_report = best(report, repeat=2)
        html = report()
        out = Path(tmp) / "report.html"
        out.write_text(html, encoding="utf-8")
        print(f"registry: {n:,} claims")
        print(f"verify:   {t_verify:6.2f} s")
        print(f"report:   {t_report:6.2f} s  (verify, scan, page data, charts, page)")
        print(f"ratio:    {t_report / t_verify:6.2f}x verify")
        print(f"page:     {len(html.encode()) / 1e6:6.1f} MB")
        if not args.no_browser and os.access(CHROMIUM, os.X_OK):
            browser_filter(out, sorted(loaded.registry.sources)[1])


if __name__ == "__main__":
    main()
