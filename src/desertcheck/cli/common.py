"""What every command shares: the registry option, filters, --format, failing, finishing.

A command module builds its core result, then calls :func:`finish`, which writes
``FORMATS[fmt](result, options)``, says on stderr what the result has to say besides,
and exits with ``result.exit_code(strict)``. Nothing here decides a verdict. The options
(typer's) are declared here; what the commands do with them, without typer, is in
:mod:`desertcheck.cli.flow`, whose names are taken from here too.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Annotated, Any

import typer

from desertcheck.cli.complete import (
    complete_measures,
    complete_scopes,
    complete_sources,
    complete_tags,
)
from desertcheck.cli.flow import (  # where every command takes them from
    PROGRESS_MIN,
    STEP_SUMMARY,
    Result,
    append_step_summary,
    armed,
    cache_off,
    check_cache,
    echo_err,
    fail,
    finding_lines,
    finish,
    index_cache,
    load,
    load_found,
    not_loaded,
    path_prefix,
    progress_bar,
    registry_root,
    said,
    say,
    seen_from_here,
    unknown_claim,
)
from desertcheck.cli.root import RootOption as RootOption  # where every command takes it from
from desertcheck.cli.values import number, one_of
from desertcheck.launch import NO_CACHE_ENV
from desertcheck.launch import chosen as chosen  # where every command has taken it from
from desertcheck.selection import SORT_HELP, SortKey

SourceFilter = Annotated[
    list[str] | None,
    typer.Option(
        "--source",
        metavar="ID",
        help="Only claims from this source id (repeatable).",
        autocompletion=complete_sources,
    ),
]
MeasureFilter = Annotated[
    list[str] | None,
    typer.Option(
        "--measure",
        metavar="SLUG",
        help="Only claims of this measure (repeatable).",
        autocompletion=complete_measures,
    ),
]
ScopeFilter = Annotated[
    list[str] | None,
    typer.Option(
        "--scope",
        metavar="SLUG",
        help="Only claims of this scope (repeatable).",
        autocompletion=complete_scopes,
    ),
]
TagFilter = Annotated[
    list[str] | None,
    typer.Option(
        "--tag",
        metavar="TAG",
        help="Only claims with this tag (repeatable).",
        autocompletion=complete_tags,
    ),
]
SearchFilter = Annotated[
    str | None,
    typer.Option(
        "--search",
        metavar="TEXT",
        help=(
            "Only claims whose statement, quote, measure or id contains TEXT, or every "
            "word of it in some form: 'prosecuted' also finds prosecutions and prosecutors."
        ),
    ),
]


NoCacheOption = Annotated[
    bool,
    typer.Option(
        "--no-cache",
        callback=cache_off,
        help="Compute everything afresh: neither read nor write .desertcheck-cache/ "
        f"nor the table of compiled patterns (also: {NO_CACHE_ENV}=1).",
    ),
]


JobsOption = Annotated[
    int,
    typer.Option(
        "--jobs",
        "-j",
        parser=number(low=0, whole=True),
        metavar="N",
        help="Work in N processes (0: one per core), only when there is enough work to pay "
        "for them: 1,000 claims to check, or drafts of 8,000 characters; on systems that "
        "can fork processes (Linux).",
    ),
]
StrictOption = Annotated[
    bool,
    typer.Option(
        "--strict", help="Fail (exit 1) on warnings too, not only errors (docs/exit-codes.md)."
    ),
]


def optional_metavar(name: str, *, many: bool = False) -> str:
    """The usage line's name of an optional argument: ``[NAME]``, ``[NAME]...`` with
    ``many``. Typer from 0.29 brackets (and dots) an argument's metavar itself, so there it
    is the bare name; before, the metavar is shown as given."""
    from typer.core import TyperArgument

    if hasattr(TyperArgument, "_usage_display_name"):
        return name
    return f"[{name}]..." if many else f"[{name}]"


def _sort_keys(incomplete: str) -> list[str]:
    return [k for k in SortKey if k.startswith(incomplete)]


#: ``--sort`` of list and export: one of :class:`SortKey`, with "did you mean" for a typo
#: (an Enum parameter leaves the wording to the parser: "Value error, …" under typer 0.29).
SortOption = Annotated[
    str,
    typer.Option(
        "--sort",
        metavar="|".join(SortKey),
        help=SORT_HELP,
        callback=one_of(list(SortKey), "a sort key"),
        autocompletion=_sort_keys,
    ),
]


def format_option(formats: Sequence[str], *, ci: bool = False, default: str = "table") -> Any:
    """``--format``/``-f`` taking one of ``formats``, with "did you mean" for a typo.

    With ``ci``, the default is ``github`` when GITHUB_ACTIONS is set (see :func:`chosen`).
    """
    names = "|".join(formats)

    where = f"{default}; github when GITHUB_ACTIONS is set" if ci else default
    return typer.Option(
        "--format",
        "-f",
        metavar=names,
        help=f"Output format [default: {where}].",
        show_default=False,
        callback=one_of(list(formats), "a format of this command"),
    )


__all__ = [  # what the commands take from here besides the options
    "PROGRESS_MIN",
    "STEP_SUMMARY",
    "Result",
    "append_step_summary",
    "armed",
    "check_cache",
    "echo_err",
    "fail",
    "finding_lines",
    "finish",
    "index_cache",
    "load",
    "load_found",
    "not_loaded",
    "path_prefix",
    "progress_bar",
    "registry_root",
    "said",
    "say",
    "seen_from_here",
    "unknown_claim",
]
