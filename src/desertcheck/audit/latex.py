"""A draft in LaTeX read as its text, with a map back to the source.

A paper's excerpt pasted for a fact-check is LaTeX source: its numbers carry markup
(``16{,}000``, ``\\num{50000}``, ``20\\,662``), its ranges are ``--`` (``700--800``), its
per cent sign is escaped (``10\\%``) and its sentences hold citations, labels and
footnotes. Read as Markdown, ``{,}`` splits a number in two, ``\\num{50000}`` keeps its
braces and a footnote's text stands between a figure and its noun. :func:`read_latex`
gives the text a reader of the typeset page sees:

* comments (``%`` to the end of the line) dropped; ``\\%``, ``\\&``, ``\\$``, ``\\#``,
  ``\\_`` read as the sign;
* number markup read as the number: ``{,}`` as a comma, ``\\,`` as a thin space (a digit
  group separator), ``\\num{…}``, ``\\SI{…}{…}``, ``\\qty{…}{…}`` as their argument,
  ``\\percent`` as ``%``;
* ``--`` as an en dash (a range), ``---`` as an em dash, ``~`` as a space, TeX's quotes
  as quotation marks, ``$`` dropped and ``\\approx``, ``\\times``, ``\\le``, ``\\ge``,
  ``\\pm`` as their signs;
* citations, cross-references, labels, URLs and environments' ``\\begin``/``\\end``
  dropped with their arguments; a section's title read as a Markdown heading, ``\\item``
  as a list item; any other command dropped, its arguments read as text (``\\emph{…}``,
  ``\\caption{…}``);
* a ``tabular``'s rows read as a Markdown table (``&`` a cell's edge, ``\\\\`` a row's end,
  a delimiter row after the first);
* a footnote's text read as its own paragraph at the end of the draft, as a Markdown
  footnote's definition is, not in the middle of the sentence that calls it.

A draft is read as LaTeX when its name ends in ``.tex`` (or ``.latex``, ``.ltx``) or when
its text has LaTeX's own structure (:func:`is_latex`). The map gives, for each character
read, the offset of the source's character it was read from (:class:`Plain`), so a
figure still points at ``16{,}000`` as written.
"""

from __future__ import annotations

import re
from typing import Final

from desertcheck.offsetmap import OffsetMap
from desertcheck.typography import Plain

__all__ = ["is_latex", "read_latex"]

_SUFFIXES: Final = (".tex", ".latex", ".ltx")
#: LaTeX's own structure: a document class, an environment, a section, a citation, a
#: footnote or number markup; two of them make a draft LaTeX whatever its name.
_STRUCTURE: Final = re.compile(
    r"\\(?:documentclass|usepackage|begin\{[a-z]+\*?\}|(?:sub)*section\*?\{|footnote\{"
    r"|cite[pt]?\{|num\{|SI\{)"
)


def is_latex(name: str, text: str) -> bool:
    """Whether the draft ``name`` of ``text`` is LaTeX source: by its name, or by two
    signs of LaTeX's structure in its text."""
    if name.lower().endswith(_SUFFIXES):
        return True
    found = _STRUCTURE.finditer(text)
    return next(found, None) is not None and next(found, None) is not None


#: What :func:`read_latex` reads: a command, an escaped character, a comment, a brace,
#: grouped punctuation, dashes, TeX's quotes, a tie, a math shift or a cell's edge.
_TOKEN: Final = re.compile(
    r"\\[A-Za-z@]++\*?|\\.|%[^\n]*+|\{[,.]\}|[{}]|-{2,3}|``|''|[`~$&]", re.DOTALL
)
#: Commands dropped with their arguments (optional and required): how many required.
_DROPPED: Final = {
    **dict.fromkeys(
        [
            "cite",
            "citep",
            "citet",
            "citealp",
            "citeauthor",
            "citeyear",
            "parencite",
            "textcite",
            "autocite",
            "footcite",
            "label",
            "ref",
            "eqref",
            "autoref",
            "cref",
            "Cref",
            "pageref",
            "nameref",
            "url",
            "includegraphics",
            "bibliography",
            "bibliographystyle",
            "usepackage",
            "documentclass",
            "input",
            "include",
            "vspace",
            "hspace",
            "cline",
            "footnotemark",
            "pagestyle",
            "thispagestyle",
            "setcounter",
            "addtocounter",
        ],
        1,
    ),
    **dict.fromkeys(["href", "setlength", "newcommand", "renewcommand"], 2),
}
#: Commands read as a sign.
_SIGNS: Final = {
    "%": "%",
    "&": "&",
    "$": "$",
    "#": "#",
    "_": "_",
    "{": "(",
    "}": ")",
    ",": "\u2009",
    " ": " ",
    "\n": " ",
    ";": " ",
    ":": " ",
    "!": "",
    "/": "",
    "-": "",
    "percent": "%",
    "approx": "\u2248",
    "sim": "\u223c",
    "times": "\u00d7",
    "le": "\u2264",
    "leq": "\u2264",
    "ge": "\u2265",
    "geq": "\u2265",
    "pm": "\u00b1",
    "ldots": "\u2026",
    "dots": "\u2026",
    "textendash": "\u2013",
    "textemdash": "\u2014",
    "textpercent": "%",
    "S": "\u00a7",
    "quad": " ",
    "qquad": " ",
    "par": "\n",
}
_HEADINGS: Final = frozenset(["chapter", "section", "subsection", "subsubsection", "paragraph"])
_TABLES: Final = frozenset(["tabular", "tabular*", "tabularx", "longtable", "array"])
_NUMBERS: Final = frozenset(["num", "SI", "qty"])
_RULES: Final = frozenset(["toprule", "midrule", "bottomrule", "hline"])
_LINE_END: Final = re.compile(r"[ \t]*+\n")
_ENVIRONMENT: Final = re.compile(r"\{([A-Za-z]+\*?)\}")
_OPTIONAL: Final = re.compile(r"[ \t]*+\[[^\]\n]*+\]")
_ARGUMENT: Final = re.compile(r"[ \t]*+\{[^{}]*+(?>(?:\{[^{}]*+\}[^{}]*+)*)\}")


class _Out:
    """The text read so far, in two streams: the main text and the footnotes."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.back = OffsetMap()
        self.wide: dict[int, int] = {}
        self.notes: list[tuple[list[str], list[tuple[int, int]]]] = []
        self.note: tuple[list[str], list[tuple[int, int]]] | None = None

    def copy(self, text: str, start: int, end: int) -> None:
        """The source's ``text[start:end]`` as it is."""
        if start >= end:
            return
        if self.note is not None:
            self.note[0].append(text[start:end])
            self.note[1].append((start, end))
            return
        self.parts.append(text[start:end])
        self.back.extend(range(start, end))

    def read(self, s: str, start: int, end: int) -> None:
        """``s`` read from the source's ``[start, end)``."""
        if not s:
            return
        if self.note is not None:
            self.note[0].append(s)
            self.note[1].append((start, -end))  # a negative end: read, not copied
            return
        self.parts.append(s)
        self.back.repeat(start, len(s))
        if end - start > 1:
            self.wide[start] = end

    def plain(self, length: int) -> Plain:
        for parts, spans in self.notes:
            self.parts.append("\n\n")
            self.back.repeat(length, 2)
            for s, (start, end) in zip(parts, spans, strict=True):
                self.parts.append(s)
                if end >= 0:
                    self.back.extend(range(start, end))
                else:
                    self.back.repeat(start, len(s))
                    if -end - start > 1:
                        self.wide[start] = -end
        self.parts.append("\n")
        self.back.repeat(length, 1)
        self.back.append(length)
        text = "".join(self.parts)
        return Plain(_LINE_BREAK.sub(_joined, text), self.back, self.wide or None)


#: A line break inside a paragraph: TeX reads it as a space.
_LINE_BREAK: Final = re.compile(r"(?<=[^\n])\n(?=[^\n])")
_OWN_LINE: Final = ("|", "#", "- ")


def _joined(m: re.Match[str]) -> str:
    """A space for a line break inside a paragraph; the break itself after a heading,
    before or after a list item or a table's row, or next to a blank line."""
    text, at = m.string, m.start()
    line = text[text.rfind("\n", 0, at) + 1 : at].strip()
    ahead = text.find("\n", at + 1)
    following = text[at + 1 : ahead if ahead >= 0 else len(text)].strip()
    if not line or not following or line.startswith(_OWN_LINE) or following.startswith(_OWN_LINE):
        return "\n"
    return " "


def read_latex(text: str) -> Plain:
    """``text``, LaTeX source, read as the text it typesets (see the module's docstring),
    with its map back to ``text``."""
    out = _Out()
    braces: list[str] = []  # per open brace: "group", "number" or "note"
    table: list[int] = []  # per open tabular: its rows so far
    row_open = False
    pos = 0
    for m in _TOKEN.finditer(text):
        start, end = m.span()
        if start < pos:
            continue  # inside arguments already read
        token = m.group()
        between = text[pos:start]
        if table and not row_open and (between.strip() or token == "&"):
            lead = pos + len(between) - len(between.lstrip())
            out.copy(text, pos, lead)
            out.read("| ", lead, lead)  # a row opens with its first cell's text
            row_open = True
            out.copy(text, lead, start)
        else:
            out.copy(text, pos, start)
        pos = end
        if token[0] == "%":
            continue
        if token in ("{,}", "{.}"):
            out.read(token[1], start, end)
        elif token == "{":
            braces.append("group")
        elif token == "}":
            kind = braces.pop() if braces else "group"
            if kind == "number" and start:
                out.wide[start - 1] = end  # "\num{20000}": the figure ends at its brace
            elif kind == "note":
                assert out.note is not None
                out.notes.append(out.note)
                out.note = None
        elif token in ("--", "---"):
            out.read("\u2013" if token == "--" else "\u2014", start, end)
        elif token == "``":
            out.read("\u201c", start, end)
        elif token == "''":
            out.read("\u201d", start, end)
        elif token == "`":
            out.read("\u2018", start, end)
        elif token == "~":
            out.read(" ", start, end)
        elif token == "$":
            continue
        elif token == "&":
            if table:
                out.read(" | ", start, end)
            else:
                out.read("&", start, end)
        elif token == "\\\\":
            pos = _skip(_OPTIONAL, text, pos)
            if table and row_open:
                out.read(" |", start, end)
                row_open = False
                table[-1] += 1
                if table[-1] == 1:
                    cells = _cells_of_row(text, start)
                    out.read("\n|" + "---|" * cells, start, end)
            else:
                out.read(" ", start, end)
        else:
            name = token[1:].rstrip("*") if token[1:].rstrip("*") else token[1:]
            pos = _command(text, out, braces, table, name, start, end)
    out.copy(text, pos, len(text))
    if out.note is not None:  # a footnote never closed: its text is read all the same
        out.notes.append(out.note)
        out.note = None
    return out.plain(len(text))


def _cells_of_row(text: str, end: int) -> int:
    """How many cells the table's row ending at ``end`` holds."""
    line_start = text.rfind("\n", 0, end) + 1
    return text.count("&", line_start, end) - text.count("\\&", line_start, end) + 1


def _skip(pattern: re.Pattern[str], text: str, pos: int) -> int:
    m = pattern.match(text, pos)
    return m.end() if m else pos


def _command(
    text: str,
    out: _Out,
    braces: list[str],
    table: list[int],
    name: str,
    start: int,
    end: int,
) -> int:
    """Read the command ``name`` at ``text[start:end]``; the offset read up to."""
    pos = end
    if name in _SIGNS:
        out.read(_SIGNS[name], start, end)
        return pos
    if name in _DROPPED:
        pos = _skip(_OPTIONAL, text, pos)
        for _ in range(_DROPPED[name]):
            pos = _skip(_ARGUMENT, text, pos)
        return pos
    if name in ("begin", "end"):
        env = _ENVIRONMENT.match(text, pos)
        if env is None:
            return pos
        pos = env.end()
        if env.group(1) in _TABLES:
            if name == "begin":
                pos = _skip(_OPTIONAL, text, pos)
                if env.group(1) == "tabularx":
                    pos = _skip(_ARGUMENT, text, pos)
                pos = _skip(_ARGUMENT, text, pos)
                table.append(0)
            elif table:
                table.pop()
        else:
            pos = _skip(_OPTIONAL, text, pos)
        return pos
    if name in ("footnote", "footnotetext"):
        pos = _skip(_OPTIONAL, text, pos)
        if text.startswith("{", pos) and out.note is None:
            out.note = ([], [])
            braces.append("note")
            return pos + 1
        return pos
    if table and name in _RULES:  # a rule's line is no row: the table runs on
        return _skip(_LINE_END, text, pos)
    if name in _HEADINGS:
        out.read("## ", start, end)
    elif name == "item":
        pos = _skip(_OPTIONAL, text, pos)
        out.read("- ", start, end)
    if name in _NUMBERS:
        pos = _skip(_OPTIONAL, text, pos)
        if text.startswith("{", pos):
            braces.append("number")
            return pos + 1
    return pos
