"""The pages: Jinja2 templates with autoescaping, the inline CSS and JavaScript, and a
Content-Security-Policy that lets the page load nothing: no script but its own (by hash),
no request of any kind (images only as inline ``data:``), no form sent anywhere.

Every string from the registry or a draft reaches the page through autoescaping (after
:func:`desertcheck.report.passages.shown`); the only markup marked safe is the charts'
SVG, which vl-convert writes and escapes, and the draft's HTML, which markdown-it writes
with raw HTML turned off (:mod:`desertcheck.report.draft`).
"""

from __future__ import annotations

import base64
import hashlib
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from desertcheck import __version__
from desertcheck.reporters.terminal import MARK

if TYPE_CHECKING:
    from jinja2 import Environment

ICONS = MARK  # the terminal's marks: one mark a status, wherever it is read
KNOWN_CLASSES = {*ICONS, "other"}


def css_class(status: str) -> str:
    """The CSS class suffix of a status; one the stylesheet does not know is ``other``."""
    return status if status in KNOWN_CLASSES else "other"


def icon(status: str) -> str:
    return ICONS.get(status, "•")


def number(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,}"


def asset(name: str) -> str:
    return resources.files("desertcheck.report").joinpath("templates", name).read_text("utf-8")


def csp(script: str) -> str:
    """The page's policy: nothing from the network; only this exact script runs."""
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode()
    return (
        "default-src 'none'; "
        f"script-src 'sha256-{digest}'; "
        "style-src 'unsafe-inline'; "
        "img-src data:; "
        "base-uri 'none'; form-action 'none'"
    )


@cache
def environment() -> Environment:
    from jinja2 import Environment, PackageLoader, StrictUndefined

    from desertcheck.report.templatecache import TemplateCode

    env = Environment(
        loader=PackageLoader("desertcheck.report", "templates"),
        bytecode_cache=TemplateCode(),  # compiled once per machine, not once per run
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,  # a page ends with a newline, as a text file does
    )
    env.filters.update(css=css_class, icon=icon, number=number, period=period_html)
    return env


def period_html(period: str) -> Any:
    """A period that a narrow screen breaks only after its "/": "2025-03/" and "2025-05"
    each kept whole, never "2025-" over "05"."""
    from markupsafe import Markup, escape

    parts = str(period).split("/")
    return Markup("/<wbr>").join(Markup('<span class="nw">%s</span>') % escape(p) for p in parts)


def render(template: str, script_name: str, **context: Any) -> str:
    """A page from ``template`` with the stylesheet and ``script_name`` inline."""
    script = asset(script_name)
    # a script may not hold "</" (it would end the element early); ours never does
    if "</" in script or "</" in asset("report.css"):
        raise ValueError(f"{script_name} holds '</'")
    page = (
        environment()
        .get_template(template)
        .render(
            css=asset("report.css"), script=script, csp=csp(script), version=__version__, **context
        )
    )
    return page
