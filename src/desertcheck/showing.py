"""``desertcheck show``: one claim in full, its source, its quote in context, its relations."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desertcheck import output
from desertcheck.figures import quantities_in, stating
from desertcheck.text import context, find_quote, normalize

if TYPE_CHECKING:
    from collections.abc import Sequence

    from rich.text import Text

    from desertcheck.model import Claim
    from desertcheck.quantity import Quantity
    from desertcheck.registry import Registry

QUOTE_STYLE = "bold underline"
FIGURE_STYLE = "bold reverse"


def _field(out: Text, name: str, value: object) -> None:
    if value is None or value == "" or value == ():
        return
    out.append(f"  {name:<11} ", style="dim")
    out.append(output.clean(value))
    out.append("\n")


def render_claim(registry: Registry, claim: Claim) -> None:
    from rich.text import Text

    con = output.console()
    plain = not output.is_terminal()
    out = Text()
    out.append(claim.id, style="bold")
    out.append("\n")
    _field(out, "statement", claim.statement)
    _field(out, "figure", output.figure(claim))
    _field(out, "measure", claim.measure)
    _field(out, "scope", claim.scope)
    period = f"{claim.period}" + (" (cumulative)" if claim.cumulative else "")
    _field(out, "period", period)
    if claim.origin:
        origin = registry.origins.get(claim.origin)
        desc = claim.origin
        if origin is not None:
            bits = ", ".join(str(b) for b in (origin.publisher, origin.published) if b)
            desc += f" — {origin.title}" + (f" ({bits})" if bits else "")
        _field(out, "origin", desc)
    _field(out, "tags", ", ".join(claim.tags))
    _field(out, "note", claim.note)
    _field(out, "defined in", f"{claim.file}:{claim.line}")

    source = registry.sources.get(claim.source)
    out.append("\nsource ", style="bold")
    out.append(output.clean(claim.source))
    if source is None:
        out.append("  (not loaded: see the findings below)\n")
        con.print(out)
        return
    out.append(f"  {output.clean(source.file)}\n", style="dim")
    meta = source.meta
    for name in ("title", "publisher", "author", "published", "url", "kind", "language"):
        _field(out, name, getattr(meta, name))
    _field(out, "cites", ", ".join(meta.cites))

    norm = normalize(source.text)
    loc = find_quote(claim.quote, norm)
    out.append("\nquote", style="bold")
    if loc is None:
        out.append(" not found in the source; run desertcheck verify for the closest passage\n")
        out.append("  ")
        out.append(output.clean(claim.quote))
        out.append("\n")
    else:
        out.append(f" at {source.file}:{source.file_line(loc.start)}:{loc.column}\n", style="dim")
        start, end = context(source.text, loc.start, loc.end)
        figures = stating(claim, quantities_in(source.text[loc.start : loc.end]))
        out.append("  ")
        out.append_text(_highlight(source.text, start, end, loc.start, loc.end, figures, plain))
        out.append("\n")

    related = [r for r in registry.relations if claim.id in r.parts or claim.id == r.whole]
    if related:
        out.append("\nrelations\n", style="bold")
        for r in related:
            role = "whole" if r.whole == claim.id else "part"
            out.append(f"  {output.clean(r.id)} ", style="bold")
            out.append(
                output.clean(
                    f"({r.kind}; this claim is the {role}) whole: {r.whole}; "
                    f"parts: {', '.join(r.parts)}  [{r.file}:{r.line}]"
                )
            )
            out.append("\n")
    con.print(out, end="")


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
    quote = Text(output.clean(text[q_start:q_end]) if not plain else "")
    if plain:
        out.append("»" + output.clean(text[q_start:q_end]) + "«")
        out.append(output.clean(text[q_end:end]))
        return out
    # clean() keeps length for ordinary text, so figure spans stay aligned; guard anyway
    if len(quote) == q_end - q_start:
        quote.stylize(QUOTE_STYLE)
        for q in figures:
            quote.stylize(FIGURE_STYLE, q.start, q.end)
    out.append_text(quote)
    out.append(output.clean(text[q_end:end]))
    return out
