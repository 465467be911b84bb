"""``desertcheck show``'s one format: the claim in full, for a person."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desertcheck.figures import quantities_in, stating
from desertcheck.reporters import Formats, Options, join, located
from desertcheck.reporters.terminal import MARK, SEVERITY_STYLE, STYLE, Indented, clean, draw
from desertcheck.text import context

if TYPE_CHECKING:
    from collections.abc import Sequence

    from rich.console import Console, RenderableType
    from rich.table import Table
    from rich.text import Text

    from desertcheck.quantity import Quantity
    from desertcheck.showing import ShowResult

QUOTE_STYLE = "bold underline"
FIGURE_STYLE = "bold reverse"


def _grid() -> Table:
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
    for part in (
        *_claim_part(result, here),
        *_source_part(result, here, plain=not con.is_terminal),
        *_relations_part(result, here),
        *_findings_part(result, here),
    ):
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


def _source_part(result: ShowResult, here: str, *, plain: bool) -> list[RenderableType]:
    from rich.text import Text

    claim = result.claim
    source = result.registry.sources.get(claim.source)
    head = Text("source ", style="bold")
    head.append(clean(claim.source), style="bold")
    if source is None:
        head.append("  not loaded: its quote could not be checked (see below)")
        return [head]
    head.append(f"  {clean(join(here, source.file) or source.file)}", style="dim")
    meta = _grid()
    for name in ("title", "publisher", "author", "published", "url", "kind", "language"):
        _row(meta, name, getattr(source.meta, name))
    _row(meta, "cites", ", ".join(source.meta.cites))
    parts: list[RenderableType] = [head, _indented(meta)]
    loc = result.quote
    if loc is None:
        parts.append(Text("quote not found in the source (see below)", style="bold"))
        parts.append(_indented(Text(clean(claim.quote))))
        return parts
    where = f"{join(here, source.file)}:{source.file_line(loc.start)}:{loc.column}"
    parts.append(Text(f"quote at {clean(where)}", style="bold"))
    start, end = context(source.text, loc.start, loc.end)
    figures = stating(claim, quantities_in(source.text[loc.start : loc.end]))
    parts.append(_indented(_highlight(source.text, start, end, loc.start, loc.end, figures, plain)))
    return parts


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


def _findings_part(result: ShowResult, here: str) -> list[RenderableType]:
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
        message = Text(clean(f.message + accepted_text(f)))
        parts += [line, _indented(message, left=4, below=0)]
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
    """The context with the quote and its figures styled (or marked »…« in plain output)."""
    from rich.text import Text

    out = Text()
    out.append(clean(text[start:q_start]))
    if plain:
        out.append("»" + clean(text[q_start:q_end]) + "«")
        out.append(clean(text[q_end:end]))
        return out
    quote = Text(clean(text[q_start:q_end]))
    # clean() keeps length for ordinary text, so figure spans stay aligned; guard anyway
    if len(quote) == q_end - q_start:
        quote.stylize(QUOTE_STYLE)
        for q in figures:
            quote.stylize(FIGURE_STYLE, q.start, q.end)
    out.append_text(quote)
    out.append(clean(text[q_end:end]))
    return out


FORMATS: Formats = {"table": render}
