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


def summary_line(result: VerifyResult) -> str:
    s = result.summary
    verdict = "FAILED" if s["errors"] else "OK"
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


def render(result: VerifyResult, con: Console, *, quiet: bool = False) -> None:
    from rich.text import Text

    registry = result.registry
    by_claim, cross, loose = result.grouped()

    if quiet:
        for f in result.findings:
            if f.severity is not Severity.INFO:
                con.print(finding_text(f))
        con.print(Text(summary_line(result), style="bold"))
        return

    status = {s.id: s for s in result.claims}
    files: dict[str, list[str]] = defaultdict(list)
    for c in registry.claims:
        if c.id in status:
            files[c.file].append(c.id)
    for file, ids in files.items():
        tbl = output.table(file, ["", "claim", "figure", "finding"])
        for cid in ids:
            claim = registry.claim(cid)
            assert claim is not None
            st = status[cid].status
            first = by_claim.get(cid)
            note = Text()
            if first:
                f = first[0]
                note.append(f"{f.code}: ", style=SEV_STYLE[f.severity])
                note.append(output.clean(f.message))
                if len(first) > 1:
                    note.append(f" (+{len(first) - 1} more)", style="dim")
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
            head = Text()
            head.append(MARK[f.severity.value] + " ", style=SEV_STYLE[f.severity])
            head.append(f.code, style=SEV_STYLE[f.severity])
            head.append(f"  {output.clean(f.location)}", style="dim")
            con.print(head)
            tbl = output.table(None, ["claim", "figure", "period", "scope", "measure", "source"])
            for cid in f.claims:
                claim = registry.claim(cid)
                if claim is None:
                    continue
                src = registry.sources.get(claim.source)
                who = src.meta.publisher if src is not None else claim.source
                tbl.add_row(
                    *(
                        Text(output.clean(v))
                        for v in (
                            cid,
                            output.figure(claim),
                            str(claim.period),
                            claim.scope,
                            claim.measure,
                            who,
                        )
                    )
                )
            con.print(tbl)
            text = f.message.split(": ", 1)[0] if f.code in _HEADLINE_ONLY else f.message
            con.print(Text("  " + output.clean(text)))
            con.print()

    multi_claim = [f for fs in by_claim.values() for f in fs[1:]]
    rest = loose + multi_claim
    if rest:
        con.print(Text("Other findings", style="bold underline"))
        for f in sorted(rest, key=Finding.sort_key):
            con.print(finding_text(f))
        con.print()
    con.print(Text(summary_line(result), style="bold"))
