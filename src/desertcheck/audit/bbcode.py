"""A forum post written in BBCode read as its reader reads it: its words, not its tags.

A forum's post marks its text with tags in square brackets::

    [quote=vasily_k]Somebody said 500,000 deserted.[/quote]
    [list]
    [*][b]UN Special Rapporteur[/b] (via [url=https://example.org/un]NGE[/url]): over 50,000
    [*]that is nearly 10% of the soldiers deployed
    [/list]
    [table]
    [tr][td]District[/td][td]Cases to Dec 2024[/td][/tr]
    [tr][td]Southern[/td][td]nearly 22,580[/td][/tr]
    [/table]
    [size=85]edited 2 times[/size]

Read as it stands, a list's items ran into one paragraph, a table's rows were one run of
words with no header, and a tag's number ("[size=85]") was a figure. :func:`read_bbcode`
reads the markup as its Markdown counterpart is read: an item ``[*]`` a list item ("- "),
a ``[quote]`` a quoted block ("> "), a ``[table]``'s rows a pipe table's (``[tr]`` opens a
row with a border, each ``[/td]`` closes a cell with one), its first row the header; the
other tags (``[b]``, ``[i]``, ``[u]``, ``[s]``, ``[url=...]``, ``[size=...]``,
``[color=...]``, ``[list]``, ``[table]`` and their closing tags) are dropped, their words
kept; an image's address is not read. Each character read maps back to where the post
writes it, so a figure is placed on its line. A draft is BBCode when it closes at least two
of these tags (:func:`is_bbcode`).
"""

from __future__ import annotations

from typing import Final

from desertcheck.audit.json_text import JsonOut
from desertcheck.compiled import regex
from desertcheck.typography import Plain

_NAMES: Final = r"b|i|u|s|quote|list|url|table|tr|td|th|size|color|colour|font|center|img|spoiler"
#: A closing tag; a draft that closes two is BBCode.
_CLOSING: Final = regex(rf"(?i)\[/(?:{_NAMES})\]")
#: A tag (its name, whether it closes), or an image with its address.
_TAG: Final = regex(
    rf"(?i)\[img(?:=[^\]\n]*)?\][^\[\n]*\[/img\]|\[\*\]|\[(/?)({_NAMES})(?:=[^\]\n]*)?\]"
)
#: What a tag is read as, by its name and whether it closes (anything else: nothing).
_AS: Final = {
    ("quote", ""): "> ",
    ("tr", ""): "|",
    ("td", ""): " ",
    ("th", ""): " ",
    ("td", "/"): " |",
    ("th", "/"): " |",
}


def is_bbcode(text: str) -> bool:
    """Whether ``text`` is written in BBCode: it closes at least two of its tags."""
    found = _CLOSING.finditer(text)
    return next(found, None) is not None and next(found, None) is not None


def read_bbcode(text: str) -> Plain:
    """``text``, a post in BBCode, read as its words (see the module's docstring), with
    its map back to ``text``."""
    out = JsonOut()
    pos = 0
    for m in _TAG.finditer(text):
        out.copy(text, pos, m.start())
        if m[0] == "[*]":
            read = "- "
        elif m[2] is None:
            read = ""  # an image: its address is no text
        else:
            read = _AS.get((m[2].lower(), m[1]), "")
        out.read(read, m.start(), m.end())
        pos = m.end()
    out.copy(text, pos, len(text))
    out.back.append(len(text))
    return Plain(out.text(), out.back, out.wide or None)
