"""``desertcheck add source`` and ``desertcheck add claim``."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import Annotated

import typer

from desertcheck.cli.common import RootOption, StrictOption, fail, finish, format_option, load
from desertcheck.reporters.add_claim import FORMATS as CLAIM_FORMATS
from desertcheck.reporters.add_source import FORMATS as SOURCE_FORMATS

app = typer.Typer(
    name="add",
    help="Add to the registry: a source document, or a claim for a quote of one.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
)

KINDS = ["news", "report", "blog", "court-data", "dataset", "other"]


def fold(text: str) -> str:
    """``text`` folded at spaces to the terminal's width (at most 100 columns), each of its
    lines indented by two spaces and continued by four."""
    import shutil
    import textwrap

    width = max(40, min(shutil.get_terminal_size().columns, 100) - 1)
    return "\n".join(
        "\n".join(
            textwrap.wrap(
                line.strip(),
                width,
                initial_indent="  ",
                subsequent_indent="    ",
                break_long_words=False,
                break_on_hyphens=False,
            )
        )
        for line in text.split("\n")
    )


def ask_on_terminal() -> object:
    """A function asking on the terminal, or None in a pipe (where asking is an error)."""
    if not sys.stdin.isatty():
        return None

    listed: set[str] = set()

    def ask(name: str, question: str, choices: Sequence[str]) -> str:
        if choices and name not in listed:  # once: a question asked again says why instead
            listed.add(name)
            shown = ", ".join(choices[:12]) + (", …" if len(choices) > 12 else "")
            label = getattr(choices, "label", "in use")  # or: declared in desertcheck.toml
            typer.echo(fold(f"{label}: {shown}"), err=True)
        # Enter gives "": the question says what, if anything, it then takes; never the
        # first slug in use, which may count something else
        try:
            return str(typer.prompt(fold(question), default="", show_default=False, err=True))
        except typer.Abort as exc:
            raise typer.Exit(_unanswered(name, exc)) from None

    return ask


def _unanswered(name: str, exc: BaseException) -> int:
    """Say that a question went unanswered (end of input, Ctrl-D; or Ctrl-C), and that
    nothing is written; the exit code: 2 at the end of input, as a field missing in a
    pipe, 130 for Ctrl-C, as any command interrupted (docs/exit-codes.md)."""
    from desertcheck.cli.guard import EXIT_INTERRUPTED, mark_interrupted
    from desertcheck.findings import EXIT_USAGE

    if isinstance(exc.__context__, EOFError):
        typer.echo(
            f"\ndesertcheck: error: no answer for {name} (end of input): nothing written; "
            f"pass --{name} to give it without a question",
            err=True,
        )
        return EXIT_USAGE
    mark_interrupted()
    typer.echo("\ndesertcheck: interrupted: nothing written", err=True)
    return EXIT_INTERRUPTED


# Long only because typer declares each option in the signature; the body is short.
@app.command("source")
def add_source(
    location: Annotated[
        str,
        typer.Argument(
            metavar="FILE|URL", help="A file (text, Markdown, HTML, PDF) or an http(s) URL."
        ),
    ],
    id: Annotated[
        str | None,
        typer.Option(
            "--id", metavar="ID", help="The source id (default: from the file name or URL)."
        ),
    ] = None,
    title: Annotated[
        str | None,
        typer.Option(
            "--title",
            metavar="TEXT",
            help="Title, when the document does not say it (or says it wrongly).",
        ),
    ] = None,
    publisher: Annotated[
        str | None, typer.Option("--publisher", metavar="NAME", help="Publisher.")
    ] = None,
    language: Annotated[
        str | None, typer.Option("--language", metavar="TAG", help="Language tag: en, ru, ...")
    ] = None,
    author: Annotated[str | None, typer.Option("--author", metavar="NAME", help="Author.")] = None,
    published: Annotated[
        str | None,
        typer.Option(
            "--published", metavar="DATE", help="Publication date: YYYY, YYYY-MM or YYYY-MM-DD."
        ),
    ] = None,
    url: Annotated[
        str | None, typer.Option("--url", metavar="URL", help="Where the document is published.")
    ] = None,
    kind: Annotated[
        str | None, typer.Option("--kind", metavar="|".join(KINDS), help="What the document is.")
    ] = None,
    cites: Annotated[
        list[str] | None,
        typer.Option(
            "--cites",
            metavar="ORIGIN",
            help="An origin id of sources/origins.yaml it reports on (repeatable).",
        ),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Replace sources/<id>.md when it exists.")
    ] = False,
    fmt: Annotated[str | None, format_option(SOURCE_FORMATS)] = None,
    root: RootOption = None,
) -> None:
    """Import a document as sources/<id>.md, its front matter filled from what it says
    about itself (HTML metadata, PDF metadata, a Markdown heading) and from the options.

    Plain text and Markdown are imported as they are; HTML as the article's main text
    (without navigation and boilerplate); PDF as its text, words hyphenated at line ends
    joined. HTML and PDF need: pip install 'desertcheck[import]'. A required field the
    document does not give (title, publisher, language) is asked for on a terminal and is
    an error in a pipe. The first lines of the text are shown: check them.
    """
    from desertcheck.authoring.source import SourceError, SourceOptions
    from desertcheck.authoring.source import add_source as run
    from desertcheck.reporters import Options

    if kind is not None and kind not in KINDS:
        fail(f"--kind {kind!r}: use one of {', '.join(KINDS)}")
    loaded = load(root)
    options = SourceOptions(
        id, title, publisher, language, author, published, url, kind, tuple(cites or ()), force
    )
    try:
        result = run(loaded.registry, location, options, ask_on_terminal())  # type: ignore[arg-type]
    except SourceError as exc:
        fail(str(exc))
    from desertcheck.cli.common import say

    for note in result.notes:
        say("note", note)
    finish(result, SOURCE_FORMATS, fmt or "table", Options())


# Long only because typer declares each option in the signature; the body is short.
@app.command("claim")
def add_claim(
    source: Annotated[
        str, typer.Option("--source", metavar="ID", help="The source the quote is from.")
    ],
    quote: Annotated[
        str,
        typer.Option(
            "--quote", metavar="TEXT", help="The words of the source that state the figure."
        ),
    ],
    id: Annotated[
        str | None,
        typer.Option(
            "--id", metavar="ID", help="The claim id (default: from the source and the figure)."
        ),
    ] = None,
    statement: Annotated[
        str | None,
        typer.Option(
            "--statement", metavar="TEXT", help="The claim in your words (default: the sentence)."
        ),
    ] = None,
    value: Annotated[
        str | None,
        typer.Option(
            "--value",
            metavar="N",
            help="Which figure of the quote, when it gives several: a number (50000) or the "
            "figure as the source writes it (50,000, over 50 000).",
        ),
    ] = None,
    qualifier: Annotated[
        str | None,
        typer.Option(
            "--qualifier",
            metavar="WORD",
            help="exactly, about, over, at-least, nearly, up-to, between.",
        ),
    ] = None,
    unit: Annotated[
        str | None, typer.Option("--unit", metavar="UNIT", help="What one counts in.")
    ] = None,
    measure: Annotated[
        str | None, typer.Option("--measure", metavar="SLUG", help="What is counted.")
    ] = None,
    scope: Annotated[
        str | None, typer.Option("--scope", metavar="SLUG", help="Whose, or where.")
    ] = None,
    period: Annotated[
        str | None,
        typer.Option("--period", metavar="PERIOD", help="YYYY, YYYY-MM, YYYY-MM-DD or START/END."),
    ] = None,
    cumulative: Annotated[
        bool | None,
        typer.Option(
            "--cumulative/--not-cumulative",
            help="A running total from the period's start.",
            show_default=False,
        ),
    ] = None,
    origin: Annotated[
        str | None,
        typer.Option("--origin", metavar="ID", help="The primary work the figure comes from."),
    ] = None,
    tag: Annotated[
        list[str] | None, typer.Option("--tag", metavar="TAG", help="A tag (repeatable).")
    ] = None,
    note: Annotated[
        str | None,
        typer.Option("--note", metavar="TEXT", help="How a period was derived, a caveat."),
    ] = None,
    file: Annotated[
        str | None,
        typer.Option(
            "--file", metavar="FILE", help="The claims file (default: claims/<source>.yaml)."
        ),
    ] = None,
    again: Annotated[
        bool,
        typer.Option(
            "--again",
            help="Add the claim even when a claim of the registry records the same figure.",
        ),
    ] = False,
    fmt: Annotated[str | None, format_option(CLAIM_FORMATS)] = None,
    strict: StrictOption = False,
    root: RootOption = None,
) -> None:
    """Add a claim for a quote: the figure, qualifier and unit are read from it, the
    statement and period from its sentence; options set any field.

    Measure and scope (and a period the sentence does not give) are asked for on a
    terminal, the slugs in use offered; in a pipe they are an error unless given. The claim
    is appended to claims/<source>.yaml (comments kept), then verified. Exit 0 when it
    verifies, 1 when verify finds an error in it (or a warning with --strict), 2 when it
    cannot be added.
    """
    from desertcheck.authoring.claim import ClaimError, ClaimOptions
    from desertcheck.authoring.claim import add_claim as run
    from desertcheck.reporters import Options

    loaded = load(root)
    from desertcheck.authoring.options import given_value

    chosen = loaded.registry.sources.get(source)
    language = chosen.meta.language if chosen is not None else None
    try:
        number = given_value(value, language) if value is not None else None
    except ValueError as exc:
        fail(str(exc))
    options = ClaimOptions(
        source,
        quote,
        id,
        statement,
        number,
        qualifier,
        unit,
        measure,
        scope,
        period,
        cumulative,
        origin,
        tuple(tag or ()),
        note,
        file,
        again,
    )
    from desertcheck.quantity.reading import reading

    try:  # the quote's figures are read as its source writes them (its language)
        with reading(language):
            result = run(loaded.registry, options, ask_on_terminal())  # type: ignore[arg-type]
    except ClaimError as exc:
        fail(str(exc))
    finish(
        result,
        CLAIM_FORMATS,
        fmt or "table",
        Options(strict=strict),
        notes=result.notes if (fmt or "table") == "table" else (),
    )
