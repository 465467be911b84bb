"""`desertcheck diff`: registered on the app when desertcheck.cli is imported."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from desertcheck.cli import RootOption, app, fail, load, path_prefix

if TYPE_CHECKING:
    from desertcheck.diff import Repo, Side


class DiffFormat(StrEnum):
    table = "table"
    json = "json"
    markdown = "markdown"
    github = "github"


STEP_SUMMARY = "GITHUB_STEP_SUMMARY"


@app.command()
def diff(
    base: Annotated[
        str | None,
        typer.Argument(
            metavar="BASE", help="Revision to compare from (default: HEAD).", show_default=False
        ),
    ] = None,
    head: Annotated[
        str | None,
        typer.Argument(
            metavar="HEAD",
            help="Revision to compare to (default: the working tree).",
            show_default=False,
        ),
    ] = None,
    dirs: Annotated[
        tuple[Path, Path] | None,
        typer.Option(
            "--dirs",
            metavar="OLD NEW",
            help="Compare two registry folders instead of two revisions.",
            show_default=False,
        ),
    ] = None,
    fmt: Annotated[
        DiffFormat, typer.Option("--format", "-f", help="Output format.")
    ] = DiffFormat.table,
    strict: Annotated[
        bool,
        typer.Option("--strict", help="Fail (exit 1) on any introduced finding, not only errors."),
    ] = False,
    root: RootOption = None,
) -> None:
    """Show what a change does to the registry and to its verify findings.

    BASE and HEAD are git revisions of the repository holding the registry; a bare
    `desertcheck diff` compares HEAD with the working tree (your uncommitted edits).
    Revisions are read through git into a temporary folder: the working tree and the
    index are never touched. Reports claims added, removed, changed (field by field),
    moved and renamed; sources added, removed and changed (naming the claims whose quotes
    a text change touches); and the findings the change introduces and resolves, each
    side verified with its own desertcheck.toml.

    --format markdown is a pull-request comment, also appended to $GITHUB_STEP_SUMMARY
    when that is set. Exit 1 when the change introduces an error finding (any finding
    with --strict), 2 when a revision or folder cannot be read.
    """
    import os
    import tempfile

    from desertcheck import diff as core
    from desertcheck import output
    from desertcheck.registry import load_registry

    if dirs is not None:
        if base is not None or head is not None:
            fail("--dirs OLD NEW compares two folders: give no revisions with it")
        old_root, new_root = (_registry_folder(d) for d in dirs)
        base_side = core.verified(str(dirs[0]), load_registry(old_root))
        head_side = core.verified(str(dirs[1]), load_registry(new_root))
        result = core.compare(base_side, head_side)
        prefix = path_prefix(new_root)
    else:
        loaded = load(root)
        try:
            repo = core.find_repo(loaded.registry.root)
            base_rev = base if base is not None else "HEAD"
            base_commit = core.resolve_revision(repo, base_rev)
            head_commit = core.resolve_revision(repo, head) if head is not None else None
            with tempfile.TemporaryDirectory(prefix="desertcheck-diff-") as tmp:
                base_side = _revision(repo, base_rev, base_commit, Path(tmp, "base"))
                if head is None or head_commit is None:
                    head_side = core.verified(core.WORKING_TREE, loaded)
                else:
                    head_side = _revision(repo, head, head_commit, Path(tmp, "head"))
        except core.DiffError as exc:
            fail(str(exc))
        result = core.compare(base_side, head_side)
        prefix = repo.prefix

    if fmt is DiffFormat.json:
        typer.echo(output.to_json(result.to_dict()))
    elif fmt is DiffFormat.markdown:
        from desertcheck.reporters.diff_formats import render_markdown

        text = render_markdown(result)
        sys.stdout.write(text)
        summary_file = os.environ.get(STEP_SUMMARY)
        if summary_file:
            try:
                with open(summary_file, "a", encoding="utf-8") as fh:
                    fh.write(text + "\n")
            except OSError as exc:
                typer.echo(
                    f"desertcheck: warning: cannot append to ${STEP_SUMMARY} "
                    f"({output.clean(summary_file)}): {output.clean(exc.strerror or exc)}",
                    err=True,
                )
    elif fmt is DiffFormat.github:
        from desertcheck.reporters.diff_formats import render_github

        sys.stdout.write(render_github(result, prefix))
    else:
        from desertcheck.reporters.diff_formats import render_table

        render_table(result, output.console())
    raise typer.Exit(result.exit_code(strict=strict))


def _registry_folder(path: Path) -> Path:
    if not path.is_dir():
        fail(f"--dirs {path}: no such folder")
    if not (path / "claims").is_dir():
        fail(f"--dirs {path}: no claims/ folder there (a registry holds claims/ and sources/)")
    return path


def _revision(repo: Repo, rev: str, commit: str, dest: Path) -> Side:
    """The registry at ``commit``, written to ``dest``, loaded and verified."""
    from desertcheck import diff as core
    from desertcheck.registry import load_registry

    dest.mkdir()
    extra = core.checkout(repo, commit, dest)
    return core.verified(rev, load_registry(dest), extra)
