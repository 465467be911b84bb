"""``desertcheck vocab``'s formats: table (a table per field, then the findings) and json."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desertcheck.reporters import Formats, Options
from desertcheck.reporters.machine import to_json
from desertcheck.reporters.terminal import NARROW, clean, draw, table, wrap
from desertcheck.reporters.verify_table import print_finding
from desertcheck.vocabulary import plural, some_of

if TYPE_CHECKING:
    from collections.abc import Sequence

    from rich.console import Console

    from desertcheck.vocab import Term, VocabResult

SHOWN = 6  # claim ids listed a term; the JSON has them all


def _claims(term: Term) -> str:
    return some_of(term.claims, SHOWN)


def _description(term: Term) -> str:
    if term.declared is False:
        return "(not declared)"
    return term.description or ""


def summary(result: VocabResult) -> str:
    counts = ", ".join(plural(len(terms), name[:-1]) for name, terms in result.terms.items())
    open_ = [f for f in result.findings if f.accepted is None]
    near = sum(f.code == "vocabulary-near-duplicate" for f in open_)
    undeclared = sum(f.code == "vocabulary-undeclared" for f in open_)
    return f"{counts}; {plural(near, 'near duplicate')}, {undeclared:,} undeclared"


def render_table(result: VocabResult, options: Options) -> str:
    def paint(con: Console) -> None:
        from rich.text import Text

        for name, terms in result.terms.items():
            if not terms:
                continue
            if con.width < NARROW:  # a table would fold the ids of "used by" mid-word
                _list(name, terms, con)
                continue
            described = any(t.description or t.declared is False for t in terms)
            header = ["slug", "claims", "used by", *(["description"] if described else [])]
            tbl = table(name, header, whole=["slug"])
            for t in terms:
                row = [clean(t.slug), f"{len(t.claims):,}", clean(_claims(t))]
                if described:
                    row.append(clean(_description(t)))
                tbl.add_row(*(Text(cell) for cell in row))
            con.print(tbl)
        for f in result.findings:
            print_finding(f, con)
        if result.findings:
            con.print()
        con.print(Text(summary(result), style="bold"))

    return draw(paint)


def _list(name: str, terms: Sequence[Term], con: Console) -> None:
    """Each slug on a line of its own, what uses it wrapped under it at spaces."""
    from rich.text import Text

    con.print(Text(clean(name), style="italic"))
    for t in terms:
        con.print(
            Text.assemble(" ", (clean(t.slug), "bold"), f" · {plural(len(t.claims), 'claim')}")
        )
        for part in (_description(t), f"used by {_claims(t)}"):
            if part:
                for line in wrap(clean(part), con.width, "   "):
                    con.print(Text(line))
    con.print()


def render_json(result: VocabResult, options: Options) -> str:
    return to_json({"schema": "desertcheck/vocab/v1", **result.to_dict()}) + "\n"


FORMATS: Formats = {"table": render_table, "json": render_json}
