"""The default verify report, for a person at a terminal.

A section per claims file (each claim with ✓/⚠/✗, its figure and every finding of it, the
most severe first; then the file's findings that belong to no loaded claim, such as an
entry that did not load, each at its file:line), then "Across claims", which sets the
values, periods and sources of each cross-claim finding side by side, then the findings
of files with no section (sources, the config, a claims file that did not load), then a
one-line summary. ``quiet`` keeps only the problems and the summary.

Wide terminals (and pipes) get tables, a row a finding (the claim's id and figure on the
first). Below :data:`~desertcheck.reporters.terminal.NARROW` columns each claim is a line
of its own with its findings indented under it, wrapped at spaces and hyphens, never
inside a word.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from desertcheck.codes import Code, Origin
from desertcheck.findings import Finding, Severity
from desertcheck.reporters import join, located
from desertcheck.reporters.plaincells import Line, fold, kit, narrow
from desertcheck.reporters.terminal import (
    MARK,
    NARROW,
    SEVERITY_STYLE,
    STYLE,
    clean,
    draw,
    print_folded,
    wrap,
)
from desertcheck.vocabulary import plural, some_of

if TYPE_CHECKING:
    from rich.console import Console

    from desertcheck.model import Claim
    from desertcheck.registry import Registry
    from desertcheck.reporters import Options
    from desertcheck.verify import VerifyResult


def summary_line(result: VerifyResult, *, strict: bool = False) -> str:
    s = result.summary
    verdict = "OK"
    if result.exit_code(strict=strict):
        verdict = "FAILED (--strict)" if not s["errors"] and s["warnings"] else "FAILED"
    accepted = f", {s['accepted']:,} accepted" if s["accepted"] else ""
    unloaded = result.registry.unloaded  # entries of the files read that did not load
    files = s["claims_files_not_loaded"]  # files of which no entry was read
    notes = [f"{unloaded:,} more not loaded"] if unloaded else []
    notes += [f"{plural(files, 'claims file')} did not load"] if files else []
    more = f" ({'; '.join(notes)})" if notes else ""
    unread = len(result.registry.unread_sources)  # there, but did not load
    sources = plural(s["sources"], "source") + (
        f" ({unread:,} more did not load)" if unread else ""
    )
    return (
        f"{verdict}: {plural(s['claims'], 'claim')}{more} in {sources}: "
        f"{plural(s['errors'], 'error')}, {plural(s['warnings'], 'warning')}, "
        f"{plural(s['infos'], 'info')}{accepted}{quieted_note(result)}"
    )


def quieted_note(result: VerifyResult) -> str:
    """'; desertcheck.toml ignores quote-not-found, lowers value-not-in-quote to info':
    what the settings keep from being reported, or from failing as an error."""
    ignored = [code for code, how in result.quieted if how == "ignored"]
    lowered = [f"{code} to {how}" for code, how in result.quieted if how != "ignored"]
    parts = [f"ignores {', '.join(ignored)}"] if ignored else []
    parts += [f"lowers {', '.join(lowered)} (from error)"] if lowered else []
    return f"; desertcheck.toml {' and '.join(parts)}" if parts else ""


EMPTY = (
    "The registry is empty: it has no claims yet. Next (docs/authoring.md):",
    "  desertcheck add source FILE|URL                  import a document into sources/",
    "  desertcheck scan --stubs --write                 draft a claim for each of its figures",
    "  desertcheck add claim --source ID --quote TEXT   or add one claim for a quote",
)


def empty_hint(result: VerifyResult, here: str = "") -> tuple[str, ...]:
    """What to do next, for a registry with no claims loaded: start one, or, when claims
    files failed to load, mend them (the registry is not empty, it is unread)."""
    if result.registry.claims:
        return ()
    files = result.registry.claim_files
    broken = sorted(
        {f.file for f in result.findings if f.severity is Severity.ERROR and f.file in files}
    )
    if not broken:
        return EMPTY
    return (
        f"No claim was loaded: {plural(len(broken), 'claims file')} did not load "
        f"({some_of([join(here, b) or b for b in broken])}). "
        "Mend the errors above and run again.",
    )


def accepted_text(f: Finding) -> str:
    """`` (accepted on claim x: reason)`` for an accepted finding, else ''."""
    if f.accepted is None:
        return ""
    on = f" on {f.accepted.claim}" if len(f.claims) > 1 else ""
    return f" (accepted{on}: {f.accepted.reason})"


def finding_text(f: Finding, here: str = "", text: Any = None) -> Any:
    """``file:line:col: severity: message [code]``, the file as seen from ``here`` (the
    registry root from the working directory, :attr:`Options.here`); ``text``: the class
    of text to make (rich's ``Text`` unless given)."""
    if text is None:
        from rich.text import Text as text

    t = text()
    t.append(clean(located(f, here)))
    t.append(": ")
    t.append(f.severity.value, style=SEVERITY_STYLE[f.severity])
    t.append(f": {clean(f.message)} [{f.code}]")
    if f.accepted is not None:
        t.append(clean(accepted_text(f)), style=ACCEPTED_STYLE)
    return t


def render(result: VerifyResult, options: Options) -> str:
    return draw(lambda con: paint(result, con, options))


def paint(result: VerifyResult, con: Console, options: Options) -> None:
    Text, _ = kit(con)
    here = options.here
    if options.quiet:
        # the loader's findings first: a file that did not load is the cause of the
        # checks' findings about it ("the quote could not be checked")
        shown = [f for f in result.findings if f.severity is not Severity.INFO]
        for f in sorted(shown, key=lambda f: f.code.origin is not LOADER):  # stable
            if f.accepted is None:  # accepted findings are counted in the summary line
                con.print(finding_text(f, here, Text))
        _print_hint(result, con, here)
        print_folded(con, summary_line(result, strict=options.strict), "bold")
        return
    narrow = con.width < NARROW
    by_claim, cross, loose = result.grouped()
    involving: dict[str, list[Finding]] = defaultdict(list)  # cross findings by claim
    for f in cross:
        for cid in f.claims:
            involving[cid].append(f)
    status = {s.id: s.status for s in result.claims}
    files: dict[str, list[Claim]] = defaultdict(list)
    for c in result.registry.claims:
        if c.id in status:
            files[c.file].append(c)
    in_file: dict[str, list[Finding]] = defaultdict(list)  # in a file with a section
    rest: list[Finding] = []
    for f in loose:
        (in_file[f.file] if f.file in files else rest).append(f)
    for file, claims in files.items():
        rows = [
            (c, status[c.id], worst_first(by_claim.get(c.id, []) + involving.get(c.id, [])))
            for c in claims
        ]
        (_claims_list if narrow else _claims_table)(join(here, file) or file, rows, con, here)
        for f in in_file[file]:
            print_finding(f, con, here)
        if in_file[file]:
            con.print()
    if cross:
        con.print(Text("Across claims", style="bold underline"))
        con.print()
        for f in cross:
            _side_by_side(f, result, con, narrow=narrow, here=here)
    if rest:
        con.print(Text("Other findings", style="bold underline"))
        for f in rest:
            print_finding(f, con, here)
        con.print()
    _print_hint(result, con, here)
    print_folded(con, summary_line(result, strict=options.strict), "bold")


def print_finding(f: Finding, con: Console, here: str = "") -> None:
    """A finding about no claim's row, wrapped with its later lines indented under it."""
    Text, _ = kit(con)
    width = max(20, con.width - 2)
    text = finding_text(f, here, Text)
    lines: list[Any]
    if Text is Line and narrow(text.plain):  # wrapped as rich wraps it, without rich
        lines = [Line(line) for line in fold(text.plain, width)]
    else:
        if Text is Line:
            text = text.rich()
        lines = list(text.wrap(con, width))
        for line in lines:
            line.rstrip()
    for i, line in enumerate(lines):
        con.print(Text.assemble("  " if i else "", line))


def _print_hint(result: VerifyResult, con: Console, here: str) -> None:
    Text, _ = kit(con)
    hint = empty_hint(result, here)
    for line in hint:
        con.print(Text(line))
    if hint:
        con.print()


Row = tuple["Claim", str, list[Finding]]
LOADER = Origin.LOADER
#: How an accepted finding is shown: there, but quiet
ACCEPTED_STYLE = "dim"


def _style(f: Finding) -> str:
    return ACCEPTED_STYLE if f.accepted is not None else SEVERITY_STYLE[f.severity]


def worst_first(findings: Sequence[Finding]) -> list[Finding]:
    """A claim's findings as its row lists them: open before accepted, errors before
    warnings before infos, the loader's (the cause, often) before the checks', and in the
    order of the file within each."""
    if len(findings) < 2:
        return list(findings)
    return sorted(
        findings,
        key=lambda f: (f.accepted is not None, f.severity.rank, f.code.origin is not LOADER),
    )


def _note_text(cid: str, f: Finding) -> str:
    """A finding as a claim's row says it: a cross-claim one by its first clause only."""
    text = f.message if f.claims == (cid,) else _headline(f)
    return clean(text + accepted_text(f))


def _at(cid: str, f: Finding, here: str) -> str:
    """Where an open error or warning of claim ``cid`` alone is (``claims/x.yaml:14:12: ``),
    for an editor to jump to; '' for an info, an accepted or a cross-claim finding (which
    "Across claims" places)."""
    if f.accepted is not None or f.severity is Severity.INFO or f.claims != (cid,) or not f.line:
        return ""
    return clean(located(f, here)) + ": "


def _claims_table(file: str, rows: Sequence[Row], con: Console, here: str = "") -> None:
    Text, table = kit(con)
    tbl = table(file, ["", "claim", "figure", "finding"], whole=["claim"])
    plain = Text is Line  # in a pipe a cell is its text: no style to carry, no object to make

    def cell(text: str = "", style: str = "") -> Any:
        return text if plain else Text(text, style=style)

    for claim, st, mine in rows:
        cells = [cell(MARK[st], STYLE[st]), cell(clean(claim.id)), cell(clean(claim.figure))]
        if not mine:
            tbl.add_row(*cells, cell())
        for f in mine:  # a row a finding: one cell a line, as the pipe's fast layout needs
            parts = (
                (_at(claim.id, f, here), "dim"),
                (f"{f.code}: ", _style(f)),
                (_note_text(claim.id, f), ACCEPTED_STYLE if f.accepted else ""),
            )
            if plain:
                tbl.add_row(*cells, "".join(part for part, _ in parts))
            else:
                note = Text()
                for part, style in parts:
                    note.append(part, style=style)
                tbl.add_row(*cells, note)
            cells = [cell(), cell(), cell()]
    con.print(tbl)


def _claims_list(file: str, rows: Sequence[Row], con: Console, here: str = "") -> None:
    Text, _ = kit(con)
    con.print(Text(clean(file), style="italic"))
    for claim, st, mine in rows:
        lines = wrap(f"{clean(claim.id)} · {clean(claim.figure)}", con.width - 3, "")
        con.print(Text.assemble(" ", (MARK[st], STYLE[st]), " ", lines[0]))
        for line in lines[1:]:
            con.print(Text("   " + line))
        for f in mine:
            text, at = _note_text(claim.id, f), _at(claim.id, f, here)
            for i, line in enumerate(wrap(f"{at}{f.code}: {text}", con.width, "     ")):
                styled = Text(line)
                if i == 0:
                    styled.stylize("dim", 5, 5 + len(at))
                    styled.stylize(_style(f), 5 + len(at), 5 + len(at) + len(f.code))
                con.print(styled)
    con.print()


def _headline(f: Finding) -> str:
    """A cross-claim finding's first clause: the rest is the detail that "Across claims"
    sets out in full (side by side for contradictions and drifts)."""
    return f.message.split(": ", 1)[0]


#: claims set side by side for one finding at most; the rest are counted ("and N more")
SIDE_BY_SIDE_MAX = 12
#: cross-claim codes whose message repeats the side-by-side table after its first clause
_SIDE_BY_SIDE = {Code.CONTRADICTION, Code.ATTRIBUTION_DRIFT, Code.UNIT_SPLIT}
#: findings about a source, naming the claims that quote it: its message says it all
_ABOUT_A_SOURCE = {Code.SOURCE_MODIFIED}


def _publisher(registry: Registry, claim: Claim) -> str:
    src = registry.sources.get(claim.source)
    return src.meta.publisher if src is not None else claim.source


def _described(result: VerifyResult, name: str, slug: str) -> str:
    """`` (its description)`` of a declared measure or scope, else ''."""
    text = result.vocabulary.description(name, slug)
    return f" ({text})" if text else ""


def _side_by_side(
    f: Finding, result: VerifyResult, con: Console, *, narrow: bool, here: str
) -> None:
    """One cross-claim finding: its claims' figures, periods and sources side by side.

    Period, scope and measure are shown only where the claims differ; what they share is
    said once, above. Narrow terminals get one block a claim instead of a table.
    """
    Text, table = kit(con)
    registry = result.registry
    claims = [c for c in (registry.claim(cid) for cid in f.claims) if c is not None]
    head = f"{MARK[f.severity.value]} {f.code}" + (" (accepted)" if f.accepted else "")
    where = clean(located(f, here))
    style = _style(f)
    if len(head) + 2 + len(where) <= con.width:
        con.print(Text.assemble((head, style), (f"  {where}", "dim")))
    else:
        con.print(Text(head, style=style))
        con.print(Text(f"  {where}", style="dim"))
    if f.code in _ABOUT_A_SOURCE:  # the claims share only their source: no table
        for line in wrap(clean(f.message + accepted_text(f)), con.width, "  "):
            con.print(Text(line))
        con.print()
        return
    fields = {
        "period": [str(c.period) for c in claims],
        "scope": [c.scope for c in claims],
        "measure": [c.measure for c in claims],
        "source": [_publisher(registry, c) for c in claims],
    }
    varying = [name for name, values in fields.items() if len(set(values)) > 1]
    shared = [
        f"{name} {values[0]}" + _described(result, name, values[0])
        for name, values in fields.items()
        if name not in varying
    ]
    if shared and claims:
        for line in wrap("same " + clean(", ".join(shared)), con.width, "  "):
            con.print(Text(line, style="dim"))
    rows = [[c.id, c.figure, *(fields[name][i] for name in varying)] for i, c in enumerate(claims)]
    more = len(rows) - SIDE_BY_SIDE_MAX
    if more > 0:
        rows = rows[:SIDE_BY_SIDE_MAX]
    header = ["claim", "figure", *varying]
    if narrow:
        for row in rows:
            con.print(Text("  • " + clean(row[0])))
            details = " · ".join(
                f"{h} {clean(v)}" for h, v in zip(header[1:], row[1:], strict=True)
            )
            for line in wrap(details, con.width, "    "):
                con.print(Text(line))
    else:
        tbl = table(None, header, whole=["claim"])
        for row in rows:
            tbl.add_row(*(Text(clean(v)) for v in row))
        con.print(tbl)
    if more > 0:
        con.print(Text(f"  and {more:,} more (--format json lists every claim)", style="dim"))
    detail = f.message if f.code not in _SIDE_BY_SIDE else _headline(f)
    for line in wrap(clean(detail + accepted_text(f)), con.width, "  "):
        con.print(Text(line))
    con.print()
