"""The HTML pages in a real browser: Debian's Chromium (``/usr/bin/chromium``, or
$DESERTCHECK_CHROMIUM) driven by Playwright for Python, never a browser Playwright
downloads. Without either, these tests skip saying why; with
``DESERTCHECK_BROWSER_TESTS=require`` (set by .ci/run) they fail instead.

Screenshots of both pages at both widths go to ``build/screenshots/`` (or
$DESERTCHECK_SCREENSHOTS): look at them.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from desertcheck.cli import app

from ..conftest import PROJECT, cli_runner
from ..report_fixtures import hostile_registry

CHROMIUM = os.environ.get("DESERTCHECK_CHROMIUM", "/usr/bin/chromium")
REQUIRED = os.environ.get("DESERTCHECK_BROWSER_TESTS") == "require"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SCREENSHOTS = Path(os.environ.get("DESERTCHECK_SCREENSHOTS", PROJECT / "build" / "screenshots"))
DRAFTS = ["examples/drafts/errors-explainer.md", "examples/drafts/clean-explainer.md"]


def _unavailable() -> str | None:
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "Playwright for Python is not installed: pip install -e '.[test]'"
    if not os.access(CHROMIUM, os.X_OK):
        return f"no Chromium at {CHROMIUM}: apt-get install chromium (docs/report.md)"
    return None


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    why = _unavailable()
    if why:
        if REQUIRED:
            pytest.fail(f"DESERTCHECK_BROWSER_TESTS=require, but {why}")
        pytest.skip(why)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@dataclass
class Watch:
    """What a page did: console errors, page errors, requests, dialogs."""

    url: str
    errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def clean(self) -> None:
        assert self.errors == [], self.errors
        assert self.dialogs == [], self.dialogs
        assert [u for u in self.requests if u != self.url] == [], self.requests


def open_page(
    browser: Any, path: Path, width: int, *, javascript: bool = True
) -> tuple[Any, Watch]:
    context = browser.new_context(
        viewport={"width": width, "height": 900}, java_script_enabled=javascript
    )
    page = context.new_page()
    watch = Watch(path.as_uri())
    page.on("console", lambda m: m.type == "error" and watch.errors.append(m.text))
    page.on("pageerror", lambda e: watch.errors.append(str(e)))
    page.on("request", lambda r: watch.requests.append(r.url))
    page.on("dialog", lambda d: (watch.dialogs.append(d.message), d.dismiss()))
    page.goto(watch.url)
    page.wait_for_load_state("load")
    return page, watch


def _write(args: list[str], out: Path) -> Path:
    r = cli_runner().invoke(app, [*args, "-o", str(out)])
    assert r.exit_code in (0, 1), r.stderr
    return out


def _copies(root: Path, n: int) -> Path:
    """The shipped registry with every claim ``n`` times, under new ids."""
    import json
    import shutil

    import yaml

    from desertcheck.registry import load_registry

    shutil.copytree(PROJECT / "sources", root / "sources")
    (root / "claims").mkdir()
    claims = [
        c.model_dump(mode="json", exclude_defaults=True)
        for c in load_registry(PROJECT).registry.claims
    ]
    # through JSON: no object shared between copies, so YAML writes no alias
    items = json.loads(
        json.dumps([{**c, "id": f"{c['id']}-{k}"} for k in range(n) for c in claims])
    )
    text = yaml.safe_dump({"claims": items}, allow_unicode=True, sort_keys=False)
    (root / "claims" / "copies.yaml").write_text(text, encoding="utf-8")
    return root


@pytest.fixture(scope="session")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The registry page and the audit page of the shipped registry, and both pages of a
    registry of hostile text."""
    d = tmp_path_factory.mktemp("pages")
    old = Path.cwd()
    os.chdir(PROJECT)
    try:
        hostile = hostile_registry(d / "hostile")
        large = _copies(d / "large", 3)
        return {
            "large": _write(["report", "--root", str(large)], d / "large.html"),
            "registry": _write(["report", "--root", str(PROJECT)], d / "report.html"),
            "audit": _write(["audit", *DRAFTS, "-f", "html"], d / "audit.html"),
            "hostile-registry": _write(["report", "--root", str(hostile)], d / "h-report.html"),
            "hostile-audit": _write(
                ["audit", str(hostile / "draft.md"), "--root", str(hostile), "-f", "html"],
                d / "h-audit.html",
            ),
        }
    finally:
        os.chdir(old)
