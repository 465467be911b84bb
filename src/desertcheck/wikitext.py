"""MediaWiki templates in a draft: the figures a wrapper template shows are read, the rest of
a template is blanked (:func:`blank_templates`, called by :func:`desertcheck.draft.blank`).

A wiki article writes some of its figures inside templates that only format them:
``{{nowrap|16,000}}``, ``{{formatnum:50500}}``, ``{{convert|5|years}}``. Read as text, the
braces and the template's name stood between a figure and its qualifier ("About
{{nowrap|16,000}}") or its unit ("5|years"). A wrapper (:data:`WRAPPERS`) keeps the
values it shows (its first parameters, :data:`SHOWN`) and loses its braces, name, pipes and
named parameters. Any other template on one line (``{{cite news |…}}``, ``{{Clarify|date=
March 2026}}``, ``{{Citation needed|…}}``) is an editor's apparatus and is blanked whole;
one over several lines (an infobox) keeps its ``| field = value`` lines, which are prose,
and loses its braces and name. Nested templates are read from the inside out.
"""

from __future__ import annotations

import re
from typing import Final

#: Templates that only format the values they show, and how many of their unnamed
#: parameters are shown ("convert": the value and its unit).
WRAPPERS: Final = {"nowrap": 1, "nobr": 1, "formatnum": 1, "convert": 2, "cvt": 2, "small": 1}
#: A template with no template inside it: its name, then its parameters.
_TEMPLATE: Final = re.compile(r"\{\{([ \t]*+[A-Za-z][\w \t-]*+)(\s*+[|:][^{}]*+)?\}\}")
_NOT_NEWLINE: Final = re.compile(r"[^\n]")
#: Templates nest no deeper than this in any article.
_MAX_DEPTH: Final = 8


def _spaces(s: str) -> str:
    return _NOT_NEWLINE.sub(" ", s)


def _read(m: re.Match[str]) -> str:
    name, params = m[1], m[2] or ""
    shown = WRAPPERS.get(name.strip().casefold())
    if shown is None:
        if "\n" in params:  # an infobox: its fields are prose lines
            return _spaces("{{" + name) + params + "  "
        return _spaces(m[0])
    parts = params.lstrip()[1:].split("|")
    kept = [p if i < shown and "=" not in p else _spaces(p) for i, p in enumerate(parts)]
    return _spaces("{{" + name + params[: len(params) - len(params.lstrip()) + 1]) + (
        " ".join(kept) + "  "
    )


def blank_templates(text: str) -> str:
    """``text`` with its MediaWiki templates read: wrappers' values kept, the rest blanked
    (same length, same lines)."""
    for _ in range(_MAX_DEPTH):
        new = _TEMPLATE.sub(_read, text)
        if new == text:
            break
        text = new
    return text


#: A wiki link on one line, its target before a pipe if it shows other words:
#: "[[Russian invasion of Ukraine|full-scale invasion of Ukraine]]", "[[Verstka]]" (MediaWiki
#: and DokuWiki alike).
_LINK: Final = re.compile(r"\[\[(?:([^\[\]|\n]*+)\|)?([^\[\]|\n]++)\]\]")


#: A citation marker a link shows ("[[2]]", "[[note 3]]"), and a Markdown link's target
#: after the brackets: "[[2]](https://…#cite_note-2)", a wiki page's footnote copied as
#: Markdown, is no figure.
_MARKER: Final = re.compile(r"[ \t]*+(?:note[ \t]++)?\d{1,3}[ \t]*+", re.IGNORECASE)


def _link_words(m: re.Match[str]) -> str:
    if m[1] is None and (_MARKER.fullmatch(m[2]) or m.string.startswith("](", m.end() - 1)):
        return " " * (m.end() - m.start())  # "[[2]]", "[[2]](…)": a footnote's marker
    a, b = m.span(2)
    return " " * (a - m.start()) + m[2] + " " * (m.end() - b)


def blank_links(text: str) -> str:
    """``text`` with its wiki links read as the words they show: the brackets and a piped
    link's target blanked (same length, same lines). Read as text, the target stood in the
    sentence: "since the [[Russian invasion of Ukraine|full-scale invasion of Ukraine]] in
    February 2022" read its "in February 2022" apart from "since the … invasion"."""
    return _LINK.sub(_link_words, text) if "[[" in text else text
