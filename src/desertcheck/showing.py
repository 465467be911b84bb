"""``desertcheck show``: one claim in full, its source, its quote in context, its relations,
and what verify says of it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desertcheck import output
from desertcheck.figures import quantities_in, stating
from desertcheck.text import context, find_quote, normalize

if TYPE_CHECKING:
    from collections.abc import Sequence

    from rich.console import RenderableType
    from rich.table import Table
    from rich.text import Text

    from desertcheck.findings import Finding
    from desertcheck.model import Claim
    from desertcheck.quantity import Quantity
    from desertcheck.registry import Registry

QUOTE_STYLE = "bold underline"
FIGURE_STYLE = "bold reverse"
STATUS_MARK = {"verified": "✓ verified", "warning": "⚠ warning", "error": "✗ error"}


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
    grid.add_row(Text(name), value if isinstance(value, Text) else Text(output.clean(value)))


def render_claim(
    registry: Registry, claim: Claim, status: str, findings: Sequence[Finding]
) -> None:
    """Print the claim; ``status`` and ``findings`` come from verify."""
    from rich.padding import Padding
    from rich.text import Text

    from desertcheck.reporters.table import SEV_STYLE, STYLE

    con = output.console()
    plain = not output.is_terminal()
    parts: list[RenderableType] = [Text(output.clean(claim.id), style="bold")]

    fields = _grid()
    _row(fields, "status", Text(STATUS_MARK[status], style=STYLE[status]))
    _row(fields, "statement", claim.statement)
    _row(fields, "figure", output.figure(claim))
    _row(fields, "measure", claim.measure)
    _row(fields, "scope", claim.scope)
    _row(fields, "period", f"{claim.period}" + (" (cumulative)" if claim.cumulative else ""))
    if claim.origin:
        origin = registry.origins.get(claim.origin)
        desc = claim.origin
        if origin is not None:
            bits = ", ".join(str(b) for b in (origin.publisher, origin.published) if b)
            desc += f" — {origin.title}" + (f" ({bits})" if bits else "")
        _row(fields, "origin", desc)
    _row(fields, "tags", ", ".join(claim.tags))
    _row(fields, "note", claim.note)
    _row(fields, "defined in", f"{claim.file}:{claim.line}")
    parts += [Padding(fields, (0, 0, 1, 2))]

    source = registry.sources.get(claim.source)
    head = Text("source ", style="bold")
    head.append(output.clean(claim.source), style="bold")
    if source is None:
        head.append("  not loaded: its quote could not be checked (see below)")
        parts.append(head)
    else:
        head.append(f"  {output.clean(source.file)}", style="dim")
        meta = _grid()
        for name in ("title", "publisher", "author", "published", "url", "kind", "language"):
            _row(meta, name, getattr(source.meta, name))
        _row(meta, "cites", ", ".join(source.meta.cites))
        parts += [head, Padding(meta, (0, 0, 1, 2))]

        loc = find_quote(claim.quote, normalize(source.text))
        if loc is None:
            parts.append(Text("quote not found in the source (see below)", style="bold"))
            parts.append(Padding(Text(output.clean(claim.quote)), (0, 0, 1, 2)))
        else:
            where = f"{source.file}:{source.file_line(loc.start)}:{loc.column}"
            parts.append(Text(f"quote at {output.clean(where)}", style="bold"))
            start, end = context(source.text, loc.start, loc.end)
            figures = stating(claim, quantities_in(source.text[loc.start : loc.end]))
            quote = _highlight(source.text, start, end, loc.start, loc.end, figures, plain)
            parts.append(Padding(quote, (0, 0, 1, 2)))

    related = [r for r in registry.relations if claim.id in r.parts or claim.id == r.whole]
    if related:
        parts.append(Text("relations", style="bold"))
        rel = _grid()
        for r in related:
            role = "whole" if r.whole == claim.id else "part"
            _row(
                rel,
                r.id,
                f"{r.kind}; this claim is the {role}. whole: {r.whole}; "
                f"parts: {', '.join(r.parts)}  [{r.file}:{r.line}]",
            )
        parts.append(Padding(rel, (0, 0, 1, 2)))

    if findings:
        parts.append(Text("findings", style="bold"))
        for f in findings:
            line = Text("  ")
            line.append(f.severity.value, style=SEV_STYLE[f.severity])
            line.append(f" {output.clean(f.code)}  ")
            line.append(output.clean(f.location), style="dim")
            line.append(f"\n    {output.clean(f.message)}")
            parts.append(line)
    with output.trimmed(con):
        for part in parts:
            con.print(part)


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
    out.append(output.clean(text[start:q_start]))
    if plain:
        out.append("»" + output.clean(text[q_start:q_end]) + "«")
        out.append(output.clean(text[q_end:end]))
        return out
    quote = Text(output.clean(text[q_start:q_end]))
    # clean() keeps length for ordinary text, so figure spans stay aligned; guard anyway
    if len(quote) == q_end - q_start:
        quote.stylize(QUOTE_STYLE)
        for q in figures:
            quote.stylize(FIGURE_STYLE, q.start, q.end)
    out.append_text(quote)
    out.append(output.clean(text[q_end:end]))
    return out
