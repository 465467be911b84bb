"""``desertcheck audit``: its options, for the command line; what it does is
:mod:`desertcheck.cli.run_audit`."""

from __future__ import annotations

from typing import Annotated

import typer

from desertcheck.cli.common import (
    JobsOption,
    NoCacheOption,
    RootOption,
    StrictOption,
    format_option,
)
from desertcheck.cli.report import OutputOption
from desertcheck.cli.values import language_tag, number
from desertcheck.reporters.audit import FORMATS


def audit(
    drafts: Annotated[
        list[str],
        typer.Argument(
            metavar="DRAFT",
            help=(
                "Drafts: Markdown or plain text, Word (.docx), OpenDocument (.odt) or Rich "
                "Text (.rtf), or a format docs/audit.md lists (CSV, JSON, YAML, TOML, MDX, "
                "e-mail, notebook, subtitles (SRT, VTT, ASS, TTML), SVG, XML, gettext .po, "
                "LaTeX, BibTeX, iCalendar, a chat's export, a social post, a fact sheet); - reads "
                "standard input (text only)."
            ),
            show_default=False,
        ),
    ],
    fmt: Annotated[str | None, format_option(list(FORMATS), ci=True)] = None,
    strict: StrictOption = False,
    min_score: Annotated[
        float | None,
        typer.Option(
            "--min-score",
            metavar="0-100",
            parser=number(low=0, high=100),
            help="Context score a claim needs to be matched to a figure "
            "[default: [audit] min-score in desertcheck.toml, else 45].",
            show_default=False,
        ),
    ] = None,
    out: OutputOption = None,
    explain: Annotated[
        bool,
        typer.Option(
            "--explain",
            help="Print why each verdict was given: the claim chosen and its score, the "
            "runner-up and why it lost, the period read and where from (JSON always has it).",
        ),
    ] = False,
    quiet: Annotated[
        bool,
        typer.Option(
            "--quiet",
            "-q",
            help="Table format: only the figures that are not supported, and the summary.",
        ),
    ] = False,
    language: Annotated[
        str | None,
        typer.Option(
            "--language",
            metavar="TAG",
            parser=language_tag,
            help="The drafts' language (de, fr, en, de-AT...): their numbers are read in its "
            "convention (de: 16.000 is sixteen thousand, 2,4 is two point four) and their "
            "words as audit reads that language; auto guesses it from each draft's words "
            "[default: a draft's front matter lang:, else [audit] language in "
            "desertcheck.toml, else guessed].",
            show_default=False,
        ),
    ] = None,
    root: RootOption = None,
    no_cache: NoCacheOption = False,
    jobs: JobsOption = 0,
) -> None:
    """Check every figure in editors' drafts against the registry.

    Each figure gets a verdict: supported (a claim states it), contested (a claim states
    it, another disputes it), qualifier-drift ("more than 10%" for "almost 10%"),
    period-drift ("in 2024" for a total since 2022), mismatch (the sentence matches a claim
    whose value it cannot be), claim-fails-verify (the claim that would support it fails
    verify; a drift or mismatch against such a claim stays an error) or
    unsourced. Years, dates, article numbers, list and heading numbers, footnotes, URLs,
    code and front matter are skipped. See docs/audit.md. --format html -o FILE writes the
    drafts as a page with every figure marked (the report extra; docs/report.md).

    Exit 0 when nothing fails, 1 on any mismatch or drift (and on unsourced, contested and
    claim-fails-verify figures with --strict), 2 on a usage error (docs/exit-codes.md).
    """
    from desertcheck.cli.run_audit import run

    run(
        drafts,
        fmt=fmt,
        strict=strict,
        min_score=min_score,
        out=out,
        explain=explain,
        quiet=quiet,
        language=language,
        root=root,
        no_cache=no_cache,
        jobs=jobs,
    )
