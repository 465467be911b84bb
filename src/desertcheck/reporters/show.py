"""``desertcheck show``'s one format: the claim in full, for a person."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desertcheck.figures import claim_quantities, stating
from desertcheck.reporters import Formats, Options, join, located
from desertcheck.reporters.terminal import (
    MARK,
    SEVERITY_STYLE,
    STYLE,
    Indented,
    clean,
    draw,
    wrap,
)
from desertcheck.text import context

if TYPE_CHECKING:
    from collections.abc import Sequence

    from rich.console import Console, RenderableType
    from rich.table import Table
    from rich.text import Text

    from desertcheck.model import SourceMeta
    from desertcheck.quantity import Quantity
    from desertcheck.showing import ShowResult

QUOTE_STYLE = "bold underline"
FIGURE_STYLE = "bold reverse"


class Whole:
    """A line printed whole, never broken nor cut (a URL): a terminal wraps it on screen,
    and it stays one line to copy and to click."""

    def __init__(self, text: Text) -> None:
        self.text = text


def _grid() -> Table:
    """Two columns, name and value."""
    from rich.table import Table

    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="dim", no_wrap=True)
    grid.add_column(overflow="fold")
    return grid


def _row(grid: Table, name: str, value: object) -> None:
    from rich.text import Text

    if value is None or value == "" or value == ():
        return
    grid.add_row(Text(name), value if isinstance(value, Text) else Text(clean(value)))


def render(result: ShowResult, options: Options) -> str:
    return draw(lambda con: _paint(result, con, options.here))


def _paint(result: ShowResult, con: Console, here: str) -> None:
    """The claim, its source and quote, its relations, its findings: one part after another;
    files seen from ``here`` (the registry root from the working directory)."""
    width = None if con.is_terminal else con.width  # a pipe's: lines are laid out here
    for part in (
        *_claim_part(result, here),
        *_source_part(result, here, plain=not con.is_terminal),
        *_relations_part(result, here),
        *_findings_part(result, here, width),
    ):
        if isinstance(part, Whole):
            con.print(part.text, soft_wrap=True)
        else:
            con.print(part)


def _indented(part: RenderableType, left: int = 2, below: int = 1) -> RenderableType:
    return Indented(part, left, below=below)


def _claim_part(result: ShowResult, here: str) -> list[RenderableType]:
    from rich.text import Text

    claim, status = result.claim, result.status
    fields = _grid()
    _row(fields, "status", Text(f"{MARK[status]} {status}", style=STYLE[status]))
    _row(fields, "statement", claim.statement)
    _row(fields, "figure", claim.figure)
    for name in ("measure", "scope"):
        described = result.descriptions.get(name)
        _row(fields, name, getattr(claim, name) + (f" — {described}" if described else ""))
    _row(fields, "period", f"{claim.period}" + (" (cumulative)" if claim.cumulative else ""))
    if claim.origin:
        origin = result.registry.origins.get(claim.origin)
        desc = claim.origin
        if origin is not None:
            bits = ", ".join(str(b) for b in (origin.publisher, origin.published) if b)
            desc += f" — {origin.title}" + (f" ({bits})" if bits else "")
        _row(fields, "origin", desc)
    _row(fields, "tags", ", ".join(claim.tags))
    _row(fields, "note", claim.note)
    _row(fields, "defined in", f"{join(here, claim.file) or claim.file}:{claim.line}")
    return [Text(clean(claim.id), style="bold"), _indented(fields)]


def _source_part(result: ShowResult, here: str, *, plain: bool) -> list[RenderableType | Whole]:
    from rich.text import Text

    claim = result.claim
    source = result.registry.sources.get(claim.source)
    head = Text("source ", style="bold")
    head.append(clean(claim.source), style="bold")
    if source is None:
        head.append("  not loaded: its quote could not be checked (see below)")
        return [head]
    head.append(f"  {clean(join(here, source.file) or source.file)}", style="dim")
    parts: list[RenderableType | Whole] = [head, *_source_meta(source.meta)]
    loc = result.quote
    if loc is None:
        parts.append(Text("quote not found in the source (see below)", style="bold"))
        parts.append(_indented(Text(clean(claim.quote))))
        return parts
    where = f"{join(here, source.file)}:{source.file_line(loc.start)}:{loc.column}"
    parts.append(Text(f"quote at {clean(where)}", style="bold"))
    start, end = context(source.text, loc.start, loc.end)
    quoted = source.text[loc.start : loc.end]
    figures = stating(claim, claim_quantities(claim, quoted, source.meta.language))
    parts.append(_indented(_highlight(source.text, start, end, loc.start, loc.end, figures, plain)))
    return parts


def _source_meta(meta: SourceMeta) -> list[RenderableType | Whole]:
    """The source's fields, its url on a line of its own that is never broken (a grid would
    fold it at the width, at a hyphen as likely as not)."""
    from rich.text import Text

    names = ("title", "publisher", "author", "published", "url", "kind", "language", "cites")
    values = {n: getattr(meta, n) for n in names[:-1]} | {"cites": ", ".join(meta.cites)}
    width = max(len(n) for n, v in values.items() if v not in (None, ""))
    # names padded to one width, so that the two grids around the url keep one column of
    # values (a column's min_width pads differently from one rich version to another)
    before, after = _grid(), _grid()
    for name in names:
        if name != "url":
            grid = after if meta.url and names.index(name) > 4 else before
            _row(grid, name.ljust(width), values[name])
    if not meta.url:
        return [_indented(before)]
    url = Text("  ")
    url.append("url".ljust(width), style="dim")
    url.append("  " + clean(meta.url))
    return [_indented(before, below=0), Whole(url), _indented(after)]


def _relations_part(result: ShowResult, here: str) -> list[RenderableType]:
    from rich.text import Text

    if not result.relations:
        return []
    from rich.console import Group

    parts: list[RenderableType] = [Text("relations", style="bold")]
    for r in result.relations:
        head = Text(clean(r.id), style="bold")
        head.append(f" ({clean(r.kind)})  ")
        head.append(clean(f"{join(here, r.file)}:{r.line}"), style="dim")
        members = _grid()
        for name, ids in (("whole", (r.whole,)), ("parts", r.parts)):
            listed = Text()
            for i, cid in enumerate(ids):
                listed.append("\n" if i else "")
                listed.append(clean(cid), style="bold" if cid == result.claim.id else "")
                listed.append("  (this claim)" if cid == result.claim.id else "")
            _row(members, name, listed)
        parts.append(_indented(Group(head, _indented(members, below=0))))
    return parts


def _findings_part(result: ShowResult, here: str, width: int | None) -> list[RenderableType]:
    """The findings; in a pipe (``width``: its columns) each message is laid out in lines of
    that width, as verify lays out its findings, where a terminal wraps it."""
    from rich.text import Text

    from desertcheck.reporters.verify_table import accepted_text, worst_first

    if not result.findings:
        return []
    parts: list[RenderableType] = [Text("findings", style="bold")]
    for f in worst_first(result.findings):  # as verify's row lists them
        line = Text("  ")
        # an accepted finding is reported, never live: said as verify says it, with why
        line.append(f.severity.value, style="dim" if f.accepted else SEVERITY_STYLE[f.severity])
        line.append(f" {clean(f.code)}" + (" (accepted)" if f.accepted else "") + "  ")
        line.append(clean(located(f, here)), style="dim")
        message = clean(f.message + accepted_text(f))
        if width is None:
            parts += [line, _indented(Text(message), left=4, below=0)]
        else:
            parts += [line, *(Text(shown) for shown in wrap(message, width, "    "))]
    return parts


def _highlight(
    text: str,
    start: int,
    end: int,
    q_start: int,
    q_end: int,
    figures: Sequence[Quantity],
    plain: bool,
) -> Text:
    """The context with the quote and its figures styled (or marked »…« in plain output),
    a footnote reference around the quote as its number ("[955]"), as the HTML report
    shows it."""
    from rich.text import Text

    from desertcheck.text.display import footnote_numbers

    out = Text()
    out.append(clean(footnote_numbers(text[start:q_start])))
    if plain:
        out.append("»" + clean(text[q_start:q_end]) + "«")
        out.append(clean(footnote_numbers(text[q_end:end])))
        return out
    quote = Text(clean(text[q_start:q_end]))
    # clean() keeps length for ordinary text, so figure spans stay aligned; guard anyway
    if len(quote) == q_end - q_start:
        quote.stylize(QUOTE_STYLE)
        for q in figures:
            quote.stylize(FIGURE_STYLE, q.start, q.end)
    out.append_text(quote)
    out.append(clean(footnote_numbers(text[q_end:end])))
    return out


FORMATS: Formats = {"table": render}
