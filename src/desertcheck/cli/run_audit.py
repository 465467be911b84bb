"""What ``desertcheck audit`` does with its options: without typer, so that the entry
point runs it directly (:func:`desertcheck.launch._direct_audit`) as the command line does:
importing typer is a tenth of the time of an audit of a new draft against an unchanged
registry."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from desertcheck.cli.flow import (
    armed,
    echo_err,
    fail,
    finding_lines,
    finish,
    index_cache,
    load_found,
    path_prefix,
    say,
)
from desertcheck.cli.state import state
from desertcheck.findings import Finding
from desertcheck.launch import chosen
from desertcheck.reporters.audit import FORMATS

if TYPE_CHECKING:
    from collections.abc import Sequence

    from desertcheck.audit.run import DraftRead
    from desertcheck.audit.verdicts import AuditItem
    from desertcheck.draft import Draft
    from desertcheck.registry import LoadResult
    from desertcheck.registry.fanout import FanOut


def run(
    drafts: list[str],
    *,
    fmt: str | None,
    strict: bool,
    min_score: float | None,
    out: Path | None,
    explain: bool,
    quiet: bool,
    root: Path | None,
    no_cache: bool,
    jobs: int,
    language: str | None = None,
) -> None:
    """Audit ``drafts`` and write the report in ``fmt``; exits (see
    :func:`desertcheck.cli.flow.finish`). ``language``: ``--language`` (a tag or
    ``auto``), over each draft's own and ``[audit] language``."""
    from desertcheck.audit.declared import declared_in
    from desertcheck.audit.run import run_audit
    from desertcheck.audit.xml_drafts import checked  # an XML draft: well-formed, read
    from desertcheck.draft import DraftError, read
    from desertcheck.reporters import Options

    if drafts.count("-") > 1:  # the second would read what the first left: nothing
        fail("- (standard input) is given more than once: it can be read only once")
    if out is not None:
        _refuse_a_draft(out, drafts)
    if fmt == "html":
        refuse_html_here(out, "audit")
    texts, unread, languages, read_as = [], [], [], []
    configured = _configured(root) if language is None else None
    for path in drafts:
        try:
            texts.append(checked(read(path)))
        except DraftError as exc:  # the other drafts are still audited: named at the end
            unread.append(f"cannot read draft {exc}")
            continue
        tag, where = _language(language, declared_in(texts[-1].text), configured)
        languages.append(tag)
        read_as.append(_read_as(texts[-1], tag, where, _note_on(texts[-1], tag)))
        if not texts[-1].text.strip():  # said now, before the report and its summary
            echo_err(*finding_lines([_empty_draft(texts[-1].name)], ""))
    if not texts:
        _unread(unread)
    if unread and out is not None:  # a record that leaves drafts out must not look whole
        _unread([*unread[:-1], f"{unread[-1]} (nothing was written to {out})"])
    from desertcheck.audit.draft_figures import TooManyFigures

    fmt = chosen(fmt, ci=True)
    keep = not (no_cache or out or unread)  # a run that exits 2 stores no report to replay
    key = _key(fmt, texts, languages, min_score, explain, quiet, strict) if keep else None
    found = armed(root, cache=key)
    loaded = load_found(found) if fmt == "html" else None  # the page shows the registry's text
    stored = index_cache()

    def load(fan: FanOut | None) -> LoadResult:
        result = load_found(found, fan=fan)
        if stored is not None:  # the index kept takes the claims' rows the load made
            stored.files = state.claim_files
        return result

    if stored is not None and loaded is not None:
        stored.files = state.claim_files
    try:
        result = run_audit(
            loaded if loaded is not None else load,
            texts,
            min_score=min_score,
            explain=explain,
            # verify's results kept (checks.dat) are read only when the index kept is not
            # valid: ``stored`` reads them then (the cache is on exactly when it is given)
            jobs=jobs,
            stored=stored,
            languages=languages,
        )
    except TooManyFigures as exc:
        fail(str(exc))
    from dataclasses import replace

    said = result.findings  # the empty drafts' errors were said as each was read
    empty = [d.name for d in texts if not d.text.strip()]
    if empty:  # an export that failed must not pass a gate as "no figure to check"
        result = replace(result, findings=(*result.findings, *map(_empty_draft, empty)))
    read_as = _no_figure_notes(result.items, texts, read_as)
    notes = [note for read in read_as for note in read.notes]
    result = replace(result, draft_notes=tuple(notes), drafts_read=tuple(read_as))
    # CI resolves an annotation's file from the repository root, the drafts' names from here
    options = Options(prefix=path_prefix(Path.cwd()), strict=strict, quiet=quiet)
    try:
        if fmt == "html":  # the page shows the drafts' text and the claims' sources too
            registry = (loaded if loaded is not None else load_found(found)).registry
            from desertcheck.reporters.html_audit import page

            shown = page(result, texts, registry, languages)
            finish(shown, FORMATS, fmt, options, notes=result.notes, findings=said, out=out)
        finish(result, FORMATS, fmt, options, notes=result.notes, findings=said, out=out)
    except _exits():  # typer's when the app runs the command, else the process's
        if not unread:
            raise
    _unread(unread)  # named after the report of the drafts that were read, as grep does


def refuse_html_here(out: Path | None, page: str) -> None:
    """Exit 2 before any work when an HTML page cannot be written where it would go: the
    report extra is missing, or there is no ``-o`` and standard output is a terminal (a page
    is markup, not text to read there; a pipe or a redirection still gets it). One rule for
    ``desertcheck report`` and ``audit --format html``; ``page`` names the page and the
    file the message offers."""
    from desertcheck.report import missing_extra

    if problem := missing_extra():
        fail(problem)
    if out is None and _a_terminal():
        fail(f"the {page} is an HTML page: write it to a file with -o {page}.html")


def _a_terminal() -> bool:
    """Whether standard output is a terminal (not when there is none, or it is closed)."""
    try:
        return sys.stdout.isatty()
    except (AttributeError, ValueError):
        return False


def _exits() -> tuple[type[BaseException], ...]:
    """How the report's end exits: through ``typer.Exit`` when the app runs the command
    (:func:`desertcheck.cli.flow.exit_with`), else as the process."""
    typer = sys.modules.get("typer")
    return (SystemExit, typer.Exit) if typer is not None else (SystemExit,)


def _unread(problems: list[str]) -> NoReturn:
    """An error line for each draft that could not be read; exit 2."""
    for problem in problems[:-1]:
        say("error", problem)
    fail(problems[-1])


def _configured(root: Path | None) -> str | None:
    """``[audit] language`` of the registry, when it can be found (else the registry's
    error is said where it always is, after the drafts are read)."""
    from desertcheck.configaudit import configured_language
    from desertcheck.registry.root import RootNotFound, find_root

    try:
        found = find_root(root if root is not None else state.root)
    except RootNotFound:
        return None
    return configured_language(found)


def _language(
    option: str | None, front: str | None, configured: str | None
) -> tuple[str | None, str]:
    """The language a draft is read in, and where it was said: ``--language``, the draft's
    front matter, ``[audit] language``, else the guess (``auto`` asks for it)."""
    from desertcheck.language_tags import AUTO

    for tag, where in ((option, "option"), (front, "front matter"), (configured, "configuration")):
        if tag:
            return (tag, where) if tag != AUTO else (tag, "guess")
    return None, "guess"


def _read_as(draft: Draft, tag: str | None, where: str, notes: list[str]) -> DraftRead:
    """How ``draft`` was read, for the JSON report: a guessed language is the one the HTML
    page marks (:func:`desertcheck.audit.draft_notes.lang_of`; None: English)."""
    from desertcheck.audit.declared import speaking
    from desertcheck.audit.draft_notes import lang_of
    from desertcheck.audit.run import DraftRead

    if where == "guess":
        with speaking(None):
            tag = lang_of(draft.text)
    return DraftRead(draft.name, tag, where, tuple(notes))


def _no_figure_notes(
    items: Sequence[AuditItem], drafts: list[Draft], read_as: list[DraftRead]
) -> list[DraftRead]:
    """``read_as`` with a note on each draft read in no declared language whose figures,
    none read, are French or German words (:func:`desertcheck.audit.draft_notes.
    words_unread_note`), said on standard error too."""
    from dataclasses import replace

    from desertcheck.audit.draft_notes import words_unread_note

    with_figures = {it.file for it in items}
    out = []
    for draft, read in zip(drafts, read_as, strict=True):
        note = None
        if read.language_from == "guess" and draft.name not in with_figures:
            note = words_unread_note(draft.name, draft.text)
        if note is not None:
            say("note", note)
            read = replace(read, notes=(*read.notes, note))
        out.append(read)
    return out


def _note_on(draft: Draft, language: str | None) -> list[str]:
    """What the editor should know of a draft audit reads but not as it should
    (:mod:`desertcheck.audit.draft_notes`), read in its declared ``language``, said on
    standard error and returned for the reports that keep them."""
    from desertcheck.audit.declared import speaking, unknown_note
    from desertcheck.audit.draft_notes import note_on

    with speaking(language):
        said = [note_on(draft.name, draft.text), unknown_note(draft.name, draft.text)]
    notes = [note for note in said if note]
    for note in notes:
        say("note", note)
    return notes


def _empty_draft(name: str) -> Finding:
    from desertcheck.codes import Code

    return Finding.of(
        Code.EMPTY_DRAFT,
        f"{name} is empty: nothing was audited (did its export fail?)",
        file=name,
    )


def _key(
    fmt: str,
    drafts: list[Draft],
    languages: list[str | None],
    min_score: float | None,
    explain: bool,
    quiet: bool,
    strict: bool,
) -> list[object]:
    """What an audit report depends on besides the registry's files: the drafts (their
    names, a digest of their text and their languages declared), the options (--strict
    too: its exit code) and the
    year (a span "since 2023" that cannot have elapsed yet is a figure:
    :mod:`desertcheck.audit.elapsed`)."""
    import datetime
    import hashlib

    texts = [
        [d.name, hashlib.sha256(d.text.encode("utf-8", "surrogatepass")).hexdigest()]
        for d in drafts
    ]
    year = datetime.date.today().year
    return ["audit", fmt, texts, languages, min_score, explain, quiet, strict, year]


def _refuse_a_draft(out: Path, drafts: list[str]) -> None:
    """Exit 2 before anything is read or written when ``-o`` names one of the drafts (the
    same file by any path or link): the report would replace the text it audits."""
    import os

    if not os.path.exists(out):
        return
    for path in drafts:
        try:
            same = _is_stdin(out) if path == "-" else os.path.samefile(out, path)
        except OSError:  # a draft that cannot be read is named with the unread ones
            same = False
        if same:
            what = "standard input's file (the draft -)" if path == "-" else f"the draft {path}"
            fail(
                f"-o {out}: is {what}, which this run audits; the report would "
                "replace it: write the report to another file (nothing was written)"
            )


def _is_stdin(out: Path) -> bool:
    """Whether standard input is the regular file ``out`` (``audit - -o a.md < a.md``). A
    pipe (``cat a.md | audit - -o a.md``) cannot be told from any other pipe."""
    import os
    import stat

    try:
        info = os.fstat(sys.stdin.fileno())
    except (AttributeError, OSError, ValueError):  # no stdin, or one without a descriptor
        return False
    if not stat.S_ISREG(info.st_mode):
        return False
    there = os.stat(out)
    return (info.st_dev, info.st_ino) == (there.st_dev, there.st_ino)
