"""``desertcheck cache``: the cache of results in ``.desertcheck-cache/``."""

from __future__ import annotations

import typer

from desertcheck.cli.common import RootOption, fail, registry_root, say

app = typer.Typer(
    help="The cache of results (.desertcheck-cache/ in the registry): see docs/cache.md.",
    no_args_is_help=True,
)


@app.command("clear")
def clear(root: RootOption = None) -> None:
    """Delete the registry's cache; the next run computes everything afresh and rebuilds it."""
    from desertcheck.cache import CACHE_DIR, Store

    found = registry_root(root)
    try:
        removed = Store(found).clear()
    except OSError as exc:
        fail(f"cannot delete {found / CACHE_DIR}: {exc.strerror or exc}")
    say("note", f"deleted {found / CACHE_DIR}" if removed else f"no cache in {found}")
