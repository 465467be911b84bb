"""A BibTeX file (``.bib``) read as the prose of its entries: an annotated reading list's
titles, notes and abstracts, each field a paragraph.

A research desk keeps its reading list as BibTeX::

    @article{nge2025,
      title  = {{UN} report finds that over 50{,}000 soldiers have deserted},
      year   = {2025},
      pages  = {112--118},
      note   = {Some 16{,}000 of them prosecuted since 2022; nearly 10\\% of those deployed.},
    }

Read as it stands, every year, volume, page range and date was a figure, and ``50{,}000``
two of them. :func:`read_bibtex` reads only the fields written as prose — ``title``,
``subtitle``, ``booktitle``, ``note``, ``annote``, ``annotation``, ``abstract``,
``addendum``, ``howpublished`` — each a paragraph of its own, through the LaTeX reader
(:mod:`.latex`: ``{,}`` a comma, ``\\%`` a per cent sign, ``--`` a range, braces that keep
a word's capitals dropped). Keys, names, years, volumes, pages, identifiers and addresses
are no figures; neither is what stands outside an entry (BibTeX's comments, a ``%`` line
keeping a superseded figure), a ``@string`` macro, a ``@preamble`` or a ``@comment``.

The file is blanked where it is not read — every character kept in place, so each figure
still maps to where the file writes it — and the closing brace and comma of each field
read become a paragraph break. A draft is a BibTeX file when its name ends in ``.bib``.
"""

from __future__ import annotations

from typing import Final

from desertcheck.compiled import regex
from desertcheck.typography import Plain

_SUFFIXES: Final = (".bib",)
#: The fields written as prose, where a statistic may stand.
PROSE: Final = frozenset(
    {
        "title",
        "subtitle",
        "booktitle",
        "note",
        "annote",
        "annotation",
        "abstract",
        "addendum",
        "howpublished",
    }
)
#: Entries that hold no reference: a macro, the preamble, a comment.
_NOT_ENTRIES: Final = frozenset({"string", "preamble", "comment"})
_ENTRY: Final = regex(r"@[ \t]*+([A-Za-z]++)[ \t\n]*+([{(])")
_FIELD: Final = regex(r"[\s,]*+([A-Za-z][\w:.+-]*+)[ \t\n]*+=[ \t\n]*+")
#: Braces deeper than this are not followed (a file that nests without end).
MAX_DEPTH: Final = 64


def is_bibtex(name: str) -> bool:
    """Whether the draft ``name`` is a BibTeX file."""
    return name.lower().endswith(_SUFFIXES)


def read_bibtex(text: str) -> Plain | None:
    """``text``, a BibTeX file, read as its entries' prose fields (see the module's
    docstring), with its map back to ``text``; None when it holds no entry."""
    from desertcheck.audit.latex import read_latex

    keep = bytearray(len(text))  # 1: read; else blanked
    breaks: list[int] = []  # where a field read ends: a paragraph break
    entries = 0
    pos = 0
    while (m := _ENTRY.search(text, pos)) is not None:
        close = "}" if m.group(2) == "{" else ")"
        end = _closing(text, m.end(), close)
        pos = end + 1
        if m.group(1).lower() in _NOT_ENTRIES:
            continue
        entries += 1
        _fields(text, m.end(), end, keep, breaks)
    if not entries:
        return None
    blanked = [c if keep[i] or c == "\n" else " " for i, c in enumerate(text)]
    for at in breaks:  # the field's closing brace (and what follows it) as a blank line
        blanked[at] = "\n"
        if at + 1 < len(text) and text[at + 1] != "\n":
            blanked[at + 1] = "\n"
    return read_latex("".join(blanked))


def _fields(text: str, start: int, end: int, keep: bytearray, breaks: list[int]) -> None:
    """Mark in ``keep`` the prose of the fields of the entry ``text[start:end]`` (its key
    first, then ``name = value`` pairs), and in ``breaks`` where each ends."""
    comma = text.find(",", start, end)
    pos = end if comma < 0 else comma + 1
    while pos < end:
        m = _FIELD.match(text, pos, end)
        if m is None:
            return
        name, pos = m.group(1).lower(), m.end()
        opener = text[pos] if pos < end else ""
        if opener == "{":
            stop = _closing(text, pos + 1, "}")
        elif opener == '"':
            stop = _quoted(text, pos + 1, end)
        else:  # a number or a macro (``journal = nge``), maybe joined with ``#``
            stop = pos
            while stop < end and text[stop] not in ",\n":
                stop += 1
            pos = stop
            continue
        if name in PROSE:
            keep[pos + 1 : stop] = b"\x01" * (stop - pos - 1)
            breaks.append(stop)
        pos = min(stop + 1, end)


def _closing(text: str, start: int, close: str) -> int:
    """The offset of the brace (or parenthesis) that closes the group opened just before
    ``start``, braces inside counted; the text's end when none does."""
    found = _scan(text, start, len(text), close)
    return len(text) - 1 if found is None else found


def _quoted(text: str, start: int, end: int) -> int:
    """The offset of the ``"`` that closes a value opened just before ``start`` (a quote
    inside braces does not); ``end`` when none does."""
    found = _scan(text, start, end, '"')
    return end if found is None else found


def _scan(text: str, start: int, end: int, close: str) -> int | None:
    r"""The offset of the ``close`` (a brace, a parenthesis or a quote) that ends what was
    opened just before ``start``, before ``end``: braces inside counted, an escaped
    character (``\{``, ``\}``, ``\\``) counting for none; None when none does, or when braces
    nest deeper than :data:`MAX_DEPTH`."""
    depth, i = 0, start
    while i < end:
        c = text[i]
        if c == "\\":
            i += 2
            continue
        if c == "{":
            depth += 1
            if depth > MAX_DEPTH:
                return None
        elif c == "}":
            if depth == 0 and close == "}":
                return i
            depth -= 1
        elif c == close and depth <= 0:
            return i
        i += 1
    return None
