"""``desertcheck scan``'s formats: table (a table per source and the totals; or, with
``--stubs``, the drafted claims as registry YAML) and json."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from desertcheck.codes import Origin
from desertcheck.findings import Finding, Severity
from desertcheck.reporters import Formats, Options
from desertcheck.reporters.machine import to_json
from desertcheck.reporters.terminal import NARROW, STYLE, clean, draw, print_folded, table, wrap
from desertcheck.vocabulary import plural

if TYPE_CHECKING:
    from rich.console import Console
    from rich.text import Text

    from desertcheck.authoring.scan import Figure, ScanResult, SourceCoverage
    from desertcheck.authoring.stubs import ScanReport

#: how each status reads, its mark and style
_STATUS = {
    "registered": ("✓", "verified"),
    "stub": ("…", "warning"),
    "excluded": ("–", "info"),
    "missing": ("✗", "error"),
}


def coverage_line(
    name: str,
    figures: int,
    registered: int,
    excluded: int,
    missing: int,
    coverage: float | None,
    stubs: int = 0,
) -> str:
    parts = [plural(figures, "figure"), f"{registered:,} registered"]
    if stubs:
        parts.append(f"{plural(stubs, 'stub')} to fill")
    if excluded:
        parts.append(f"{excluded:,} excluded")
    parts.append(f"{missing:,} not registered")
    pct = "no statistics" if coverage is None else f"{coverage:g}% coverage"
    return f"{name}: {', '.join(parts)} ({pct})"


def source_line(cov: SourceCoverage) -> str:
    return coverage_line(
        cov.source,
        len(cov.figures),
        cov.count("registered"),
        cov.count("excluded"),
        cov.count("missing"),
        cov.coverage,
        cov.count("stub"),
    )


def total_line(result: ScanResult) -> str:
    return coverage_line(
        f"total ({plural(len(result.sources), 'source')})",
        len(result.figures),
        result.count("registered"),
        result.count("excluded"),
        result.count("missing"),
        result.coverage,
        result.count("stub"),
    )


def render_table(report: ScanReport, options: Options) -> str:
    return draw(lambda con: _paint(report, con))


def _paint(report: ScanReport, con: Console) -> None:
    from rich.text import Text

    result = report.scan
    if report.stubs is not None and report.written is None:
        _paint_stubs(report, con)
        return
    for cov in result.sources:
        figures = [f for f in cov.figures if not result.missing_only or f.status == "missing"]
        if figures:
            (_figure_list if con.width < NARROW else _figure_table)(cov, figures, con)
        print_folded(con, clean(source_line(cov)), "bold" if cov.count("missing") else "")
        con.print()
    if not result.sources:
        con.print(Text("No sources to scan: add one with desertcheck add source FILE|URL"))
    for f in result.findings:  # scan's own: the loader's and the config's go to stderr
        if f.severity is not Severity.INFO and not loading(f):
            # the coverage's is of no file: the program's own, as grep's are
            where = f.location if f.file else "desertcheck"
            con.print(_finding(where, f.severity.value, f.message, f.code))
    for written in report.written or ():
        print_folded(
            con,
            clean(
                f"wrote {plural(len(written.ids), 'claim')} to {written.file} "
                f"(from line {written.lines[0]}): fill in their todo fields, then run "
                "desertcheck verify; for a figure that is no statistic, add a "
                "[[scan.exclude]] to desertcheck.toml rather than delete its claim, "
                "which the next --stubs --write drafts again"
            ),
        )
    print_folded(con, clean(total_line(result)), "bold")


def loading(f: Finding) -> bool:
    """A finding of loading the registry or its configuration: the table format leaves
    these to stderr, as list, show, export and audit do."""
    return f.code.origin in (Origin.LOADER, Origin.CONFIG)


def _finding(location: str, severity: str, message: str, code: str) -> Text:
    from rich.text import Text

    return Text.assemble(
        clean(location), ": ", (severity, STYLE[severity]), f": {clean(message)} [{code}]"
    )


SHOWN = 160  # characters of a sentence shown around its figure


def excerpt(f: Figure, width: int = SHOWN) -> str:
    """The figure's sentence, cut to about ``width`` characters around the figure."""
    text = f.sentence
    if len(text) <= width:
        return text
    at = max(0, text.find(f.text))
    lo = max(0, at - width // 2)
    hi = min(len(text), lo + width)
    lo = max(0, hi - width)
    cut = text[lo:hi]
    if lo > 0:
        cut = "…" + cut.split(" ", 1)[-1]
    if hi < len(text):
        cut = cut.rsplit(" ", 1)[0] + "…"
    return cut


def _status_text(f: Figure) -> tuple[str, str]:
    if f.status == "registered":
        return "✓", ", ".join(f.claims)
    if f.status == "stub":
        return "…", "stub to fill: " + ", ".join(f.claims)
    if f.status == "excluded":
        return "–", f"excluded: {f.reason}"
    return "✗", "not registered"


SAME = "(same sentence)"  # in place of a sentence the row above shows already


def _figure_table(cov: SourceCoverage, figures: Sequence[Figure], con: Console) -> None:
    from rich.text import Text

    # the claim column as wide as its ids (up to a limit), the sentence the rest
    tbl = table(figures[0].file, ["where", "figure", "", "claim", "sentence"], ratios=[1])
    tbl.columns[0].ratio = None
    # never narrower than an id: an id cut in two cannot be copied
    longest = max((len(c) + 1 for f in figures for c in f.claims), default=0)
    tbl.columns[3].max_width = max(CLAIM_WIDTH, longest)
    tbl.columns[4].ratio = 1
    before = None
    for f in figures:
        mark, what = _status_text(f)
        style = STYLE[_STATUS[f.status][1]]
        shown = excerpt(f)
        tbl.add_row(
            Text(f"{f.line}:{f.column}"),
            Text(clean(f.text)),
            Text(mark, style=style),
            Text(clean(what)),
            Text(SAME, style="dim") if shown == before else Text(clean(shown)),
        )
        before = shown
    con.print(tbl)


CLAIM_WIDTH = 40  # columns of the claim column at most, unless an id is longer


def _figure_list(cov: SourceCoverage, figures: Sequence[Figure], con: Console) -> None:
    """One line a figure; its sentence once, after the last figure that stands in it."""
    from rich.text import Text

    con.print(Text(clean(figures[0].file), style="italic"))
    for i, f in enumerate(figures):
        mark, what = _status_text(f)
        style = STYLE[_STATUS[f.status][1]]
        lines = wrap(f"{f.line}:{f.column} {clean(f.text)} · {clean(what)}", con.width - 3, "")
        con.print(Text.assemble(" ", (mark, style), " ", lines[0]))
        for line in lines[1:]:
            con.print(Text("   " + line))
        shown = excerpt(f)
        if i + 1 < len(figures) and excerpt(figures[i + 1]) == shown:
            continue  # the next figure's sentence too: shown after it
        for line in wrap(clean(shown), con.width, "     "):
            con.print(Text(line, style="dim"))


def _paint_stubs(report: ScanReport, con: Console) -> None:
    """The drafted claims as YAML, grouped by the file they belong in: text to paste."""
    from rich.text import Text

    stubs = report.stubs or []
    if not stubs:
        con.print(Text(f"# no figure is missing a claim: {clean(total_line(report.scan))}"))
        return
    current = None
    for d in stubs:
        file = f"claims/{d.source}.yaml"
        if file != current:
            if current is not None:
                con.print()
            con.print(Text(f"# {file}: append under claims:"))
            current = file
        con.print()
        con.print(Text(f"  # {clean(d.where)}: {clean(d.figure)}"))
        for line in d.yaml.rstrip("\n").split("\n"):
            con.print(Text(clean(line)), soft_wrap=True)
    con.print()
    con.print(
        Text(
            f"# {plural(len(stubs), 'claim')}; fields left todo are for you to decide "
            "(desertcheck verify flags them until they are filled); a figure that is no "
            "statistic: add a [[scan.exclude]] to desertcheck.toml, or it is drafted again"
        )
    )


def render_json(report: ScanReport, options: Options) -> str:
    data = {"schema": "desertcheck/scan/v1", **report.scan.to_dict()}
    if report.stubs is not None:
        data["stubs"] = [
            {"id": d.id, "source": d.source, "where": d.where, "todo": list(d.todo), "yaml": d.yaml}
            for d in report.stubs
        ]
    if report.written is not None:
        data["written"] = [
            {"file": w.file, "claims": list(w.ids), "lines": list(w.lines)} for w in report.written
        ]
    return to_json(data) + "\n"


FORMATS: Formats = {"table": render_table, "json": render_json}
