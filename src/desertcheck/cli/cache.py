"""``desertcheck cache``: the cache of results in ``.desertcheck-cache/``."""

from __future__ import annotations

import typer

from desertcheck.cli.common import RootOption, fail, say, state

app = typer.Typer(
    help="The cache of results (.desertcheck-cache/ in the registry): see docs/cache.md.",
    no_args_is_help=True,
)


@app.command("clear")
def clear(root: RootOption = None) -> None:
    """Delete the registry's cache; the next run computes everything afresh and rebuilds it."""
    from desertcheck.cache import CACHE_DIR, Store
    from desertcheck.registry.root import RootNotFound, find_root

    try:
        found = find_root(root if root is not None else state.root)
    except RootNotFound as exc:
        fail(str(exc))
    try:
        removed = Store(found).clear()
    except OSError as exc:
        fail(f"cannot delete {found / CACHE_DIR}: {exc.strerror or exc}")
    say("note", f"deleted {found / CACHE_DIR}" if removed else f"no cache in {found}")
