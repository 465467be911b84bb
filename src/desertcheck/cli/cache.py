"""``desertcheck cache``: the cache of results in ``.desertcheck-cache/``."""

from __future__ import annotations

import typer

from desertcheck.cli.common import RootOption, fail, registry_root, say
from desertcheck.vocabulary import plural

app = typer.Typer(
    help="The cache of results (.desertcheck-cache/ in the registry, or under "
    "$DESERTCHECK_CACHE_DIR): see docs/cache.md.",
    no_args_is_help=True,
)


@app.command("clear")
def clear(root: RootOption = None) -> None:
    """Delete the registry's cache; the next run computes everything afresh and rebuilds it.

    Only what desertcheck writes there is deleted: a file of your own in the folder is kept
    (and named), and a plain file or symlink named .desertcheck-cache is left as it is."""
    from desertcheck.cache import Store

    found = registry_root(root)
    store = Store(found)
    folder = store.folder
    try:
        done = store.clear()
    except OSError as exc:
        fail(f"cannot delete {folder}: {exc.strerror or exc}")
    if done.blocked:
        say(
            "note",
            f"{done.blocked}: left as it is; the cache cannot be kept while it is there "
            "(move it away, or delete it)",
        )
    elif not done.found:
        where = found if folder.parent == found else f"{folder.parent} for {found}"
        say("note", f"no cache in {where}")
    elif not done.kept:
        say("note", f"deleted {folder}")
    else:
        names = ", ".join(done.kept)
        say(
            "note",
            f"deleted the cache's {plural(done.deleted, 'file')} in {folder}; "
            f"kept {len(done.kept)} "
            f"that desertcheck did not write: {names}",
        )
