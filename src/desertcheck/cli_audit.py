"""`desertcheck audit`: registered on the app when desertcheck.cli is imported."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING, Annotated

import typer

from desertcheck.cli import (
    CI_FORMAT_OPTION,
    RootOption,
    app,
    ci_default,
    fail,
    load,
    print_findings,
)

if TYPE_CHECKING:
    from collections.abc import Sequence

    from desertcheck.audit import AuditItem


class AuditFormat(StrEnum):
    table = "table"
    json = "json"
    github = "github"
    markdown = "markdown"


@app.command()
def audit(
    drafts: Annotated[
        list[str],
        typer.Argument(
            metavar="DRAFT...", help="Markdown or plain-text drafts; - reads standard input."
        ),
    ],
    fmt: Annotated[
        AuditFormat | None,
        CI_FORMAT_OPTION,
    ] = None,
    strict: Annotated[
        bool, typer.Option("--strict", help="Fail (exit 1) on unsourced figures too.")
    ] = False,
    min_score: Annotated[
        float | None,
        typer.Option(
            "--min-score",
            min=0,
            max=100,
            help="Context score (0-100) a claim needs to be matched to a figure "
            "[default: [audit] min-score in desertcheck.toml, else 45].",
            show_default=False,
        ),
    ] = None,
    root: RootOption = None,
) -> None:
    """Check every figure in editors' drafts against the registry.

    Each figure gets a verdict: supported (a claim states it), qualifier-drift ("more
    than 10%" for "almost 10%"), period-drift ("in 2024" for a total since 2022), mismatch
    (the sentence matches a claim whose value it cannot be) or unsourced. Years, dates,
    article numbers, list and heading numbers, footnotes, URLs, code and front matter are
    skipped. See docs/audit.md.

    Exit 0 when nothing fails, 1 on any mismatch or drift (and on unsourced figures with
    --strict), 2 on a usage error.
    """

    from desertcheck.audit import DEFAULT_MIN_SCORE, FAILING, UNSOURCED, Auditor, summarize
    from desertcheck.checks import BY_CODE
    from desertcheck.config import load_config
    from desertcheck.draft import DraftError, read

    fmt = ci_default(fmt, AuditFormat)
    texts = []
    for path in drafts:
        try:
            texts.append(read(path))
        except DraftError as exc:
            fail(f"cannot read draft {exc}")
    loaded = load(root)
    config, config_findings = load_config(loaded.registry.root, set(BY_CODE))
    score = min_score if min_score is not None else config.audit_min_score
    auditor = Auditor(
        loaded.registry.claims,
        tolerance=config.tolerance,
        min_score=score if score is not None else DEFAULT_MIN_SCORE,
    )
    items = [item for d in texts for item in auditor.audit(d.text, d.name)]
    summary = summarize(items, len(texts))
    if fmt is AuditFormat.json:
        from desertcheck.output import to_json

        typer.echo(
            to_json(
                {
                    "summary": {**summary, "min_score": auditor.min_score},
                    "items": [it.to_dict() for it in items],
                }
            )
        )
    elif fmt is AuditFormat.github:
        typer.echo(_github(items, summary), nl=False)
    elif fmt is AuditFormat.markdown:
        typer.echo(_markdown(items, summary), nl=False)
    else:
        _table(items, summary)
    print_findings([*loaded.findings, *config_findings])
    failed = any(it.status in FAILING or (strict and it.status == UNSOURCED) for it in items)
    registry_broken = any(f.severity.value == "error" for f in loaded.findings)
    raise typer.Exit(1 if failed or registry_broken else 0)


STYLE = {
    "supported": "green",
    "qualifier-drift": "yellow",
    "period-drift": "yellow",
    "mismatch": "bold red",
    "unsourced": "magenta",
}
MARK = {
    "supported": "✓",
    "qualifier-drift": "⚠",
    "period-drift": "⚠",
    "mismatch": "✗",
    "unsourced": "?",
}


def _summary_line(summary: dict[str, int]) -> str:
    counts = ", ".join(
        f"{summary[s]} {s}"
        for s in ("supported", "qualifier-drift", "period-drift", "mismatch", "unsourced")
    )
    files = summary["files"]
    return f"{summary['figures']} figures in {files} draft{'s' if files != 1 else ''}: {counts}"


def _table(items: Sequence[AuditItem], summary: dict[str, int]) -> None:
    from rich.text import Text

    from desertcheck import output

    con = output.console()
    tbl = output.table(None, ["where", "draft", "verdict"])
    for it in items:
        sentence = Text()
        before = it.text[: it.figure_start]
        shown = " ".join(it.figure.text.split())
        after = it.text[it.figure_start + len(shown) :]
        sentence.append(output.clean(before))
        sentence.append(output.clean(shown), style=f"{STYLE[it.status]} underline")
        sentence.append(output.clean(after))
        verdict = Text(f"{MARK[it.status]} {it.status}", style=STYLE[it.status])
        verdict.append(f"\n{output.clean(it.message)}", style="dim")
        tbl.add_row(Text(output.clean(f"{it.file}:{it.line}:{it.column}")), sentence, verdict)
    con.print(tbl)
    con.print(Text(_summary_line(summary)))


def _github(items: Sequence[AuditItem], summary: dict[str, int]) -> str:
    from desertcheck.reporters.github import annotation

    lines = []
    for it in items:
        if it.status == "supported":
            continue
        level = "warning" if it.status == "unsourced" else "error"
        lines.append(
            annotation(
                level,
                f"{it.figure.text}: {it.status}: {it.message}",
                file=it.file,
                line=it.line,
                col=it.column,
                title=f"desertcheck audit {it.status}",
            )
        )
    lines.append(f"desertcheck audit: {_summary_line(summary)}")
    return "\n".join(lines) + "\n"


def _md(text: str) -> str:
    """Untrusted text for a Markdown table cell: no markup, links, HTML or cell breaks."""
    from desertcheck.output import clean

    out = clean(text)
    for ch in "\\`*_[]<>|~":
        out = out.replace(ch, "\\" + ch)
    return out


def _markdown(items: Sequence[AuditItem], summary: dict[str, int]) -> str:
    lines = [
        "| where | figure | verdict | claim | message |",
        "| --- | --- | --- | --- | --- |",
    ]
    for it in items:
        claim = it.candidates[0].claim.id if it.candidates and it.status != "unsourced" else ""
        lines.append(
            f"| {_md(f'{it.file}:{it.line}:{it.column}')} | {_md(it.figure.text)} | "
            f"{MARK[it.status]} {it.status} | {_md(claim)} | {_md(it.message)} |"
        )
    lines.append("")
    lines.append(_md(_summary_line(summary)))
    return "\n".join(lines) + "\n"
