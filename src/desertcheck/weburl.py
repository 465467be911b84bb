"""Whether a registry ``url`` is a web address: what a report may link to and a ClaimReview
may publish. verify's ``url-not-web`` and every format that writes a url use this one rule."""

from __future__ import annotations

import unicodedata
from urllib.parse import urlsplit

#: characters that end a link in Markdown or HTML, or quote it, whatever their place
_ENDS_A_LINK = frozenset("<>\"'`\\")


def web_url(url: str | None) -> str | None:
    """``url`` (trimmed) when it is an absolute ``http``/``https`` address with a host, and
    holds no blank, control, invisible (format) or link-ending character; else None: no
    ``javascript:``, ``data:``, ``file:`` or relative address, no ``www.…`` without its
    scheme."""
    if url is None:
        return None
    u = url.strip()
    if not u or any(
        ch in _ENDS_A_LINK or ch.isspace() or unicodedata.category(ch)[0] in "CZ" for ch in u
    ):
        return None
    try:
        parts = urlsplit(u)
        host = parts.hostname
    except ValueError:  # "http://[" and the like
        return None
    return u if parts.scheme.lower() in ("http", "https") and host else None


def how_to_fix(url: str) -> str:
    """What to write instead of ``url``, which is not a web address."""
    u = url.strip()
    low = u.lower()
    if low.startswith("www."):
        return f"write it with its scheme, https://{u}"
    if low.startswith("doi:"):
        return f"write the DOI as a web address, https://doi.org/{u[4:].strip()}"
    return (
        "write the document's web address (https://…), or remove the url line if the "
        "document has none"
    )


def url_problem(url: str) -> str | None:
    """What is wrong with ``url`` as a source's or origin's url (verify's ``url-not-web``),
    with what to write instead; None when it is a web address."""
    if web_url(url) is not None:
        return None
    shown = url if len(url) <= 80 else url[:79] + "…"
    return (
        f"{shown!r} is not an absolute http or https address, so no export publishes it: "
        f"{how_to_fix(url)}"
    )
