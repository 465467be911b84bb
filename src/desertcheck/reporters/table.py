"""The default verify report, for a person at a terminal.

A table per claims file (claim, figure, ✓/⚠/✗, its first finding), then a
"Contradictions" section that sets the values, periods and sources of each cross-claim
finding side by side, then the findings that belong to no claim, then a one-line summary.
In a pipe the same report is plain text. ``quiet`` keeps only the problems and the
summary.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from desertcheck import output
from desertcheck.findings import Finding, Severity

if TYPE_CHECKING:
    from rich.console import Console
    from rich.text import Text

    from desertcheck.verify import VerifyResult

MARK = {"verified": "✓", "warning": "⚠", "error": "✗", "info": "ℹ"}
STYLE = {"verified": "green", "warning": "yellow", "error": "red"}
SEV_STYLE = {Severity.ERROR: "red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}


def plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def summary_line(result: VerifyResult, *, strict: bool = False) -> str:
    s = result.summary
    verdict = "OK"
    if s["errors"]:
        verdict = "FAILED"
    elif strict and s["warnings"]:
        verdict = "FAILED (--strict)"
    return (
        f"{verdict}: {plural(s['claims'], 'claim')} in {plural(s['sources'], 'source')}: "
        f"{plural(s['errors'], 'error')}, {plural(s['warnings'], 'warning')}, "
        f"{plural(s['infos'], 'info')}"
    )


#: cross-claim codes whose message repeats the side-by-side table after its first clause
_HEADLINE_ONLY = {"contradiction", "attribution-drift"}


def finding_text(f: Finding) -> Text:
    from rich.text import Text

    t = Text()
    t.append(output.clean(f.location))
    t.append(": ")
    t.append(f.severity.value, style=SEV_STYLE[f.severity])
    t.append(f": {output.clean(f.message)} [{f.code}]")
    return t


def render(
    result: VerifyResult, con: Console, *, quiet: bool = False, strict: bool = False
) -> None:
    from rich.text import Text

    registry = result.registry
    by_claim, cross, loose = result.grouped()

    if quiet:
        for f in result.findings:
            if f.severity is not Severity.INFO:
                con.print(finding_text(f))
        con.print(Text(summary_line(result, strict=strict), style="bold"))
        return

    status = {s.id: s for s in result.claims}
    involving: dict[str, list[Finding]] = defaultdict(list)  # cross findings by claim
    for f in cross:
        for cid in f.claims:
            involving[cid].append(f)
    files: dict[str, list[str]] = defaultdict(list)
    for c in registry.claims:
        if c.id in status:
            files[c.file].append(c.id)
    for file, ids in files.items():
        tbl = output.table(file, ["", "claim", "figure", "finding"], whole=["claim"])
        for cid in ids:
            claim = registry.claim(cid)
            assert claim is not None
            st = status[cid].status
            mine = by_claim.get(cid, []) + involving.get(cid, [])
            note = Text()
            if mine:
                f = mine[0]
                note.append(f"{f.code}: ", style=SEV_STYLE[f.severity])
                own = f.claims == (cid,)
                note.append(output.clean(f.message if own else _headline(f)))
                if len(mine) > 1:
                    note.append(f" (+{len(mine) - 1} more)", style="dim")
            tbl.add_row(
                Text(MARK[st], style=STYLE[st]),
                Text(output.clean(cid)),
                Text(output.clean(output.figure(claim))),
                note,
            )
        con.print(tbl)

    if cross:
        con.print(Text("Contradictions", style="bold underline"))
        con.print()
        for f in cross:
            _side_by_side(f, result, con)

    multi_claim = [f for fs in by_claim.values() for f in fs[1:]]
    rest = loose + multi_claim
    if rest:
        con.print(Text("Other findings", style="bold underline"))
        for f in sorted(rest, key=Finding.sort_key):
            con.print(finding_text(f))
        con.print()
    con.print(Text(summary_line(result, strict=strict), style="bold"))


def _headline(f: Finding) -> str:
    """A cross-claim finding's first clause (its message repeats the side-by-side table)."""
    return f.message.split(": ", 1)[0] if f.code in _HEADLINE_ONLY else f.message


def _side_by_side(f: Finding, result: VerifyResult, con: Console) -> None:
    """One cross-claim finding: its claims' figures, periods and sources side by side.

    Period, scope and measure get a column only where the claims differ; what they share
    is said once, above the table.
    """
    from rich.text import Text

    registry = result.registry
    claims = [c for c in (registry.claim(cid) for cid in f.claims) if c is not None]
    head = Text()
    head.append(MARK[f.severity.value] + " ", style=SEV_STYLE[f.severity])
    head.append(f.code, style=SEV_STYLE[f.severity])
    head.append(f"  {output.clean(f.location)}", style="dim")
    con.print(head)
    fields = {
        "period": [str(c.period) for c in claims],
        "scope": [c.scope for c in claims],
        "measure": [c.measure for c in claims],
    }
    varying = [name for name, values in fields.items() if len(set(values)) > 1]
    shared = [f"{name} {values[0]}" for name, values in fields.items() if name not in varying]
    if shared and claims:
        con.print(Text("  same " + output.clean(", ".join(shared)), style="dim"))
    tbl = output.table(None, ["claim", "figure", *varying, "source"], whole=["claim"])
    for i, c in enumerate(claims):
        src = registry.sources.get(c.source)
        who = src.meta.publisher if src is not None else c.source
        row = [c.id, output.figure(c), *(fields[name][i] for name in varying), who]
        tbl.add_row(*(Text(output.clean(v)) for v in row))
    con.print(tbl)
    con.print(Text("  " + output.clean(_headline(f))))
    con.print()
