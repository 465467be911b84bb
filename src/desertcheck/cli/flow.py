"""What every command does besides its own work: finding and loading the registry,
failing, writing the report and exiting.

Standard library only at import, and no typer: the entry point runs ``verify`` through
these without loading the command line (:mod:`desertcheck.launch`). A command exits
through :func:`exit_with`: ``typer.Exit`` when the command line runs it (as the app and
the commands that catch it expect), ``SystemExit`` otherwise.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn, Protocol

from desertcheck.cli.guard import echo_line
from desertcheck.cli.state import state
from desertcheck.findings import EXIT_USAGE, Finding
from desertcheck.launch import cache_enabled

if TYPE_CHECKING:
    from desertcheck.cache.auditindex import IndexCache
    from desertcheck.cache.checks import CheckCache
    from desertcheck.registry import LoadResult
    from desertcheck.registry.fanout import FanOut
    from desertcheck.reporters import Formats
    from desertcheck.reporters import Options as ReportOptions


def exit_with(code: int) -> NoReturn:
    """End the command with exit code ``code``: through ``typer.Exit`` when the command
    line (typer) runs it, else as the process."""
    typer = sys.modules.get("typer")
    if typer is not None:
        raise typer.Exit(code)
    raise SystemExit(code)


def cache_off(value: bool) -> bool:
    """``--no-cache`` also keeps this process from the table of compiled patterns."""
    if value:
        from desertcheck import compiled

        compiled.turn_off()
    return value


def fail(message: str, code: int = EXIT_USAGE, *, notes: Sequence[str] = ()) -> NoReturn:
    """One clean line on stderr (then ``notes``, a line each) and an exit code; never a
    traceback."""
    from desertcheck.reporters.terminal import clean

    state.report_cache = None  # a command that fails stores no report
    echo_err(f"desertcheck: error: {clean(message)}")
    for note in notes:
        say("note", note)
    exit_with(code)


def say(kind: str, message: str) -> None:
    """``desertcheck: KIND: message`` on stderr (a note, a warning, what was written)."""
    echo_err(said(kind, message))


def echo_err(*lines: str) -> None:
    """Messages on stderr, one a line; in a terminal folded to its width at spaces
    (:mod:`desertcheck.stderr`)."""
    from desertcheck.stderr import fold, width

    columns = width()
    for line in lines:
        echo_line(fold(line, columns))


def said(kind: str, message: str) -> str:
    from desertcheck.reporters.terminal import clean

    return f"desertcheck: {kind}: {clean(message)}"


def load(root: Path | None, *, cache: Sequence[object] | None = None) -> LoadResult:
    """The registry at ``--root`` (command's, then global), or exit 2 saying where we looked.

    With ``cache`` (the command's name and options, everything its report depends on
    besides the files), a report stored for an unchanged registry is written as it was and
    the command exits here; otherwise :func:`finish` stores the report it writes.
    """
    return load_found(armed(root, cache=cache))


def armed(root: Path | None, *, cache: Sequence[object] | None = None) -> Path:
    """The first half of :func:`load`: the registry's folder, after the stored report is
    written (and the command exits) or the cache is armed; :func:`load_found` loads it."""
    state.report_cache = None
    found = registry_root(root)
    if cache is not None and cache_enabled():
        from desertcheck.cache.reports import ReportCache, missed

        reports = missed(found, cache)  # the entry point's lookup, when it just missed
        if reports is None:
            reports = ReportCache(found, cache)
            stored = reports.lookup()
            if stored is not None:
                sys.stdout.write(stored.out)
                sys.stdout.flush()
                echo_err(*stored.err)
                exit_with(stored.code)
            missed(found, cache)  # taken here: forgotten
        reports.snapshot()
        state.report_cache = reports
    return found


def load_found(found: Path, *, fan: FanOut | None = None) -> LoadResult:
    """The registry at ``found`` (from :func:`armed`), through the cache when it is armed;
    ``fan`` reads claims files in worker processes (:mod:`desertcheck.registry.fanout`)."""
    from desertcheck.registry import load_registry

    if state.report_cache is None:
        return load_registry(found, fan=fan)
    from desertcheck.cache.claims import ClaimFileCache

    files = state.claim_files = ClaimFileCache(
        state.report_cache.store, state.report_cache.manifest
    )
    return load_registry(found, cache=files, fan=fan)


def check_cache() -> CheckCache | None:
    """verify's per-claim results kept in the cache, when :func:`load` armed it (the cache
    is on): verify, and audit which runs verify first, need not check an unchanged claim
    again."""
    if state.report_cache is None:
        return None
    from desertcheck.cache.checks import CheckCache

    return CheckCache(state.report_cache.store, state.report_cache.manifest)


def index_cache() -> IndexCache | None:
    """audit's index kept for an unchanged registry, when :func:`load` armed the cache."""
    if state.report_cache is None:
        return None
    from desertcheck.cache.auditindex import IndexCache

    return IndexCache(state.report_cache.store, state.report_cache.manifest)


def registry_root(root: Path | None) -> Path:
    """The registry's folder (``--root``, command's then global, or found), or exit 2."""
    from desertcheck.registry.root import RootNotFound, find_root

    try:
        return find_root(root if root is not None else state.root)
    except RootNotFound as exc:
        fail(str(exc))


def finding_lines(findings: Iterable[Finding], here: str = "") -> list[str]:
    """Loader and config findings, one line each, their files seen from ``here`` (the
    registry root from the working directory, :attr:`Options.here`)."""
    from desertcheck.reporters import located
    from desertcheck.reporters.terminal import clean

    return [
        # a finding of no file (the scan's coverage) is the program's, as grep's own are
        f"{clean(located(f, here)) if f.file else 'desertcheck'}: {f.severity.value}: "
        f"{clean(f.message)} [{f.code}]"
        for f in findings
    ]


class Result(Protocol):
    def exit_code(self, *, strict: bool = False) -> int: ...


def refuse_registry_output(out: str | os.PathLike[str]) -> None:
    """Exit 2 when ``-o out`` names a file of a registry (in its claims/ or sources/, or its
    desertcheck.toml): a report written there would replace the file, or be read as one."""
    from desertcheck.files import registry_part

    part = registry_part(out)
    if part is None:
        return
    elsewhere = "write it outside claims/ and sources/, under another name than desertcheck.toml"
    if part == "desertcheck.toml":
        fail(
            f"-o {out}: is the registry's desertcheck.toml, which every command reads; a "
            f"report there would replace the registry's settings: {elsewhere}"
        )
    fail(
        f"-o {out}: is in the registry's {part}, which verify reads; a report there would "
        f"replace or join the registry's files: {elsewhere}"
    )


def finish(
    result: Result,
    formats: Formats,
    fmt: str,
    options: ReportOptions,
    *,
    notes: Iterable[str] = (),
    findings: Iterable[Finding] = (),
    out: Path | None = None,
    wrote: str = "",
    step_summary: bool = False,
    warnings: Iterable[str] = (),
) -> NoReturn:
    """Write the report, then notes and loader findings on stderr; exit with the result's code.

    The report goes to ``out`` when given (atomically; ``wrote`` says what on stderr), else
    to stdout. Only the terminal formats (``table``) may carry styles; every other format
    reaching a terminal is stripped of control characters first. With ``step_summary`` the
    report is also appended to $GITHUB_STEP_SUMMARY when that is set.
    """
    text = formats[fmt](result, options)
    summarised = step_summary  # a side effect that a stored report would not repeat
    if fmt == "github":  # GitHub shows 10 annotations of a type: the rest as plain lines
        from desertcheck.reporters.github import cap, dropped_summary

        text, dropped = cap(text, summary=bool(os.environ.get(STEP_SUMMARY)))
        if dropped:
            append_step_summary(dropped_summary(dropped))
            summarised = True
    if step_summary:
        append_step_summary(text)
    if out is not None:
        from desertcheck.files import write_atomic

        refuse_registry_output(out)
        try:
            write_atomic(out, text)
        except OSError as exc:
            fail(f"cannot write {out}: {exc.strerror or exc}")
        from desertcheck.reporters.terminal import clean

        echo_line(f"desertcheck: wrote {clean(wrote or 'the report')} to {clean(out)} ({fmt})")
    else:
        if fmt != "table":
            from desertcheck.reporters.terminal import safe_for_terminal

            text = safe_for_terminal(text)
        sys.stdout.write(text)
        sys.stdout.flush()
    here = getattr(options, "here", "")
    err = [said("warning", w) for w in warnings] + [said("note", note) for note in notes]
    err += finding_lines(findings, here)  # a stored report replays them all
    echo_err(*err)
    code = result.exit_code(strict=options.strict)
    if state.report_cache is not None and out is None and not summarised:
        from desertcheck.cache.reports import Stored

        state.report_cache.record(Stored(text, tuple(err), code))
        state.report_cache = None
    exit_with(code)


STEP_SUMMARY = "GITHUB_STEP_SUMMARY"


def append_step_summary(text: str) -> None:
    """Append a Markdown report to the GitHub Actions step summary, when there is one."""
    summary_file = os.environ.get(STEP_SUMMARY)
    if not summary_file:
        return
    try:
        with open(summary_file, "a", encoding="utf-8") as fh:
            fh.write(text + "\n")
    except OSError as exc:
        say("warning", f"cannot append to ${STEP_SUMMARY} ({summary_file}): {exc.strerror or exc}")


PROGRESS_MIN = 2000  # items: below this, the work is quick enough to need no progress bar


@contextlib.contextmanager
def progress_bar(what: str, total: int) -> Iterator[Callable[[int], None] | None]:
    """A transient progress bar on stderr for long work in a terminal; nothing otherwise.

    It is drawn by the ticks themselves, at most ten times a second, never by a thread of
    its own: ``--jobs`` forks worker processes while it shows, and a fork copies only the
    forking thread, so a drawing thread holding stderr's lock would leave it held in every
    worker."""
    from desertcheck.reporters.terminal import console, stream_is_tty

    if total < PROGRESS_MIN or not stream_is_tty(stderr=True):
        yield None
        return
    import time

    from rich.progress import Progress

    with Progress(console=console(stderr=True), transient=True, auto_refresh=False) as bar:
        task = bar.add_task(what, total=total)
        drawn = [0.0]

        def tick(i: int) -> None:
            bar.update(task, completed=i + 1)
            now = time.monotonic()
            if now - drawn[0] >= 0.1:
                drawn[0] = now
                bar.refresh()

        yield tick


def path_prefix(root: Path) -> str:
    """The registry root as seen from the repository root: the nearest folder at or above it
    holding ``.git`` (so a CI step's ``working-directory:`` changes nothing), else from the
    working directory ('' when they are the same; absolute when it is outside both)."""
    resolved = root.resolve()
    base = next((d for d in (resolved, *resolved.parents) if (d / ".git").exists()), None)
    try:
        rel = resolved.relative_to(base or Path.cwd().resolve())
    except ValueError:
        return resolved.as_posix()
    return "" if str(rel) == "." else rel.as_posix()


def seen_from_here(root: Path) -> str:
    """The registry root as a path from the working directory, for the file:line of reports
    people read ('' when it is the working directory; absolute when it lies far above)."""
    try:
        rel = os.path.relpath(root.resolve(), Path.cwd().resolve())
    except ValueError:  # another drive
        return root.resolve().as_posix()
    if rel == ".":
        return ""
    if rel.startswith(os.path.join("..", "..")):  # a sibling's child at most: else absolute
        return root.resolve().as_posix()
    return Path(rel).as_posix()


def unknown_claim(loaded: LoadResult, claim_id: str, option: str = "") -> NoReturn:
    """Exit 2 for a claim id the registry does not have, with "did you mean" and, when
    claims files or entries did not load, which (the likely reason)."""
    from desertcheck.codes import Code
    from desertcheck.suggest import did_you_mean

    why = not_loaded(loaded, claim_id)
    known = any(  # its entry did not load (a relation naming it is no entry of it)
        claim_id in f.claims and f.code is not Code.UNKNOWN_CLAIM for f in loaded.findings
    )
    hint = "" if known else did_you_mean(claim_id, loaded.registry.claim_ids, n=3, cutoff=0.5)
    lead = f"{option}: " if option else ""
    fail(
        f"{lead}no claim with id {claim_id!r}{'; ' + hint if hint else ''} "
        "(desertcheck list shows them all)",
        notes=why,
    )


def not_loaded(loaded: LoadResult, claim_id: str) -> list[str]:
    """Why ``claim_id`` may be missing: its entry did not load (each problem of it), or
    claims files had errors that leave claims out (a line a file, its first error; the
    line of the file that names the id, when one does)."""
    from desertcheck.codes import Code
    from desertcheck.reporters import join

    here = seen_from_here(loaded.registry.root)
    own = [f for f in loaded.findings if claim_id in f.claims]
    naming = [f for f in own if f.code is Code.UNKNOWN_CLAIM]  # a relation names it, no more
    if naming:
        return [
            f"{join(here, f.file or '') or f.file}:{f.line} names it in a relation, but no "
            "claim has this id: removed or renamed (desertcheck verify says how to mend the "
            "relation)"
            for f in naming
        ]
    if own:
        return [f"claim {claim_id!r} did not load: {line}" for line in finding_lines(own, here)]
    first: dict[str, Finding] = {}
    for f in loaded.findings:
        if (
            f.code.leaves_claims_out
            and f.code is not Code.DUPLICATE_ID  # the entry that did not load has another id
            and not f.claims  # about no claim of a known id
            and (f.file or "").startswith("claims/")
        ):
            first.setdefault(f.file or "", f)
    notes = []
    for file, f in first.items():
        line = _line_naming(loaded.registry.root / file, claim_id)
        shown = join(here, file) or file
        lead = f"{shown}:{line} names it, but the file" if line else shown
        why = finding_lines([f], here)[0]
        notes.append(f"{lead} has an error that keeps claims from loading: {why}")
    return notes


def _line_naming(path: Path, claim_id: str) -> int:
    """The first line of ``path`` that holds ``claim_id`` as a word, or 0."""
    import re

    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return 0
    m = re.search(rf"(?<![\w-]){re.escape(claim_id)}(?![\w-])", text)
    return text.count("\n", 0, m.start()) + 1 if m else 0
