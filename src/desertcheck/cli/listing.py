"""``desertcheck list``."""

from __future__ import annotations

from typing import Annotated

from desertcheck.cli.common import (
    MeasureFilter,
    NoCacheOption,
    RootOption,
    ScopeFilter,
    SearchFilter,
    SortOption,
    SourceFilter,
    TagFilter,
    fail,
    finish,
    format_option,
    load,
    seen_from_here,
)
from desertcheck.reporters.list import FORMATS
from desertcheck.selection import Filters, SortKey


def list_claims(
    source: SourceFilter = None,
    measure: MeasureFilter = None,
    scope: ScopeFilter = None,
    tag: TagFilter = None,
    search: SearchFilter = None,
    sort: SortOption = "file",
    fmt: Annotated[str | None, format_option(FORMATS)] = None,
    root: RootOption = None,
    no_cache: NoCacheOption = False,
) -> None:
    """List the claims of the registry: figure, measure, scope, period and source.

    Filters combine (a claim must pass all); a filter given twice accepts either value.
    Problems found while loading the registry are printed after the list, on stderr, and
    make the exit code 1 when any is an error.
    """
    from desertcheck.launch import list_key
    from desertcheck.reporters import Options
    from desertcheck.selection import list_claims as build

    fmt = fmt or "table"
    filters_given = [source or [], measure or [], scope or [], tag or []]
    key = list_key(fmt, filters_given, search, sort)
    loaded = load(root, cache=None if no_cache else key)
    filters = Filters(source or [], measure or [], scope or [], tag or [], search, SortKey(sort))
    if typos := filters.typos(loaded.registry):
        fail(typos[0], notes=typos[1:])  # a mistyped slug is not an empty selection
    result = build(loaded, filters)
    here = seen_from_here(loaded.registry.root)
    finish(result, FORMATS, fmt, Options(here=here), notes=result.notes, findings=result.findings)
