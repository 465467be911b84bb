"""``desertcheck vocab``."""

from __future__ import annotations

from dataclasses import replace
from typing import Annotated

from desertcheck.cli.common import (
    RootOption,
    StrictOption,
    finish,
    format_option,
    load,
    seen_from_here,
)
from desertcheck.reporters.vocab import FORMATS


def vocab(
    fmt: Annotated[str | None, format_option(FORMATS)] = None,
    strict: StrictOption = False,
    root: RootOption = None,
) -> None:
    """List the vocabulary in use: measures, scopes, units, tags and origins, each with how
    many claims use it and which, and its declared description.

    Then the slugs that are almost the same (vocabulary-near-duplicate) and, when
    desertcheck.toml declares [vocabulary.measures] or [vocabulary.scopes], those not
    declared (vocabulary-undeclared). Problems found while loading the registry are
    printed after it, on stderr. Exit 1 on an undeclared slug (with --strict, on a near
    duplicate too), or on a loading or configuration error.
    """
    from desertcheck.config import load_config
    from desertcheck.reporters import Options
    from desertcheck.vocab import vocabulary

    loaded = load(root)
    config, config_findings = load_config(loaded.registry.root)
    loading = (*loaded.findings, *config_findings)
    result = replace(vocabulary(loaded, config), loading=loading)
    options = Options(strict=strict, here=seen_from_here(loaded.registry.root))
    finish(result, FORMATS, fmt or "table", options, findings=loading)
