"""HTML reports: the registry (``desertcheck report``) and an audited draft
(``desertcheck audit --format html``), each one self-contained page.

* :mod:`.data`: what the registry page shows, built from verify's result (pure Python).
* :mod:`.passages`: a quote in its source's context, the figure marked.
* :mod:`.charts`: a Vega-Lite spec per chart (pure data) and its SVG (vl-convert).
* :mod:`.draft`: a draft's Markdown as HTML, every audited figure marked.
* :mod:`.page`: the Jinja2 templates (autoescaped), the inline CSS and JavaScript, and the
  Content-Security-Policy that forbids every network load.

The page needs the ``report`` extra (Jinja2, markdown-it-py and its plugins,
vl-convert-python);
:func:`missing_extra` says how to install it when it is not there.
"""

from __future__ import annotations

import importlib.util

#: The modules of the ``report`` extra, with the package that brings each.
EXTRA = {
    "jinja2": "Jinja2",
    "markdown_it": "markdown-it-py",
    "mdit_py_plugins": "mdit-py-plugins",
    "vl_convert": "vl-convert-python",
}
INSTALL = "pip install 'desertcheck[report]' (in a clone of desertcheck: pip install '.[report]')"


def missing_extra() -> str | None:
    """What to install for the HTML report, or None when the ``report`` extra is there."""
    missing = [pkg for mod, pkg in EXTRA.items() if importlib.util.find_spec(mod) is None]
    if not missing:
        return None
    return f"the HTML report needs {', '.join(missing)}: {INSTALL}"
