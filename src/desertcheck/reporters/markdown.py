"""Markdown that registry and draft text cannot break out of: one escaper for every report.

Untrusted text becomes literal Markdown for a table cell or a line: control characters
become U+FFFD, bidi overrides go, line breaks become blanks
(:func:`~desertcheck.reporters.terminal.clean`); every
character that could open emphasis, code, a link, an image, an HTML tag or entity, or end
a table cell is escaped, and a bare ``https://…`` or ``www.…`` is kept from GFM's
autolinks; ``@`` becomes an entity so no one is mentioned; a leading ``-``,
``=`` or ``1.`` cannot start a list item or a heading.
"""

from __future__ import annotations

import re

from desertcheck.reporters.terminal import clean

_MD = str.maketrans(
    {
        "\\": "\\\\",
        "`": "\\`",
        "*": "\\*",
        "_": "\\_",
        "{": "\\{",
        "}": "\\}",
        "[": "\\[",
        "]": "\\]",
        "(": "\\(",
        ")": "\\)",
        "#": "\\#",
        "+": "\\+",
        "!": "\\!",
        "|": "\\|",
        "~": "\\~",
        "<": "&lt;",
        ">": "&gt;",
        "&": "&amp;",
        "@": "&#64;",
    }
)
_LEADING_MARK = re.compile(r"^([\-=])")
#: what GitHub Flavored Markdown links without any markup: ``scheme://…`` (its ``:`` written
#: ``&#58;``, which renders as ``:`` but is no scheme to the autolinker) and ``www.…`` (its
#: dot escaped). A bare ``name@host.tld`` is still linked as a mail address by GFM, which
#: finds it in the text after entities are read: only a ``mailto:`` link, never a page.
_SCHEME_COLON = re.compile(r":(?=//)")
_WWW_DOT = re.compile(r"(www)\.", re.IGNORECASE)
_LEADING_NUMBER = re.compile(r"^(\d+)([.)])")


def md(text: object, limit: int | None = None) -> str:
    """Untrusted text as literal Markdown; cut to ``limit`` characters with "…" if given."""
    s = " ".join(clean(text).split())
    if limit is not None and len(s) > limit:
        s = s[: limit - 1].rstrip() + "…"
    s = s.translate(_MD)
    s = _WWW_DOT.sub(r"\1\\.", _SCHEME_COLON.sub("&#58;", s))
    s = _LEADING_MARK.sub(r"\\\1", s)
    return _LEADING_NUMBER.sub(r"\1\\\2", s)


def safe_url(url: str | None) -> str | None:
    """``url`` (trimmed) when it is an absolute http(s) address safe to link to, else None:
    no ``javascript:``, ``data:`` or relative link, no space, control character or
    character that would end a link (the caller then shows it as text, or leaves it out).
    The rule is :func:`desertcheck.weburl.web_url`, the one verify's ``url-not-web`` uses."""
    from desertcheck.weburl import web_url

    return web_url(url)


def md_url(url: str) -> str:
    """An http(s) URL as a Markdown autolink; anything else as escaped, inert text."""
    if safe_url(url) == url:
        return f"<{url}>"
    return md(url)


def md_table(header: list[str], rows: list[list[str]]) -> list[str]:
    """A Markdown table of cells already escaped."""
    out = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    out += ["| " + " | ".join(cell or " " for cell in row) + " |" for row in rows]
    return out
