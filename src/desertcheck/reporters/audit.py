"""``desertcheck audit``'s formats: table (for a person), json, github, markdown."""

from __future__ import annotations

import posixpath
from pathlib import PurePath
from typing import TYPE_CHECKING

from desertcheck.codes import Code
from desertcheck.draft import as_read, blank
from desertcheck.draft import without_emphasis as shown_as
from desertcheck.findings import Severity
from desertcheck.reporters import Formats, Options, join
from desertcheck.reporters.github import LEVEL, annotation
from desertcheck.reporters.html_audit import render_audit_html
from desertcheck.reporters.machine import to_json
from desertcheck.reporters.markdown import md, md_table
from desertcheck.reporters.terminal import (
    MARK,
    NARROW,
    STYLE,
    clean,
    draw,
    print_folded,
    table,
    wrap,
    wrapped_text,
)
from desertcheck.vocabulary import plural, some_of

if TYPE_CHECKING:
    from rich.console import Console
    from rich.text import Text

    from desertcheck.audit import AuditItem
    from desertcheck.audit.run import AuditResult

VERDICTS = [c for c in Code if c.origin.value == "audit"]


def summary_line(result: AuditResult) -> str:
    s = result.summary
    counts = ", ".join(f"{s[v]:,} {v}" for v in VERDICTS if s[v])
    head = f"{plural(s['figures'], 'figure')} in {plural(s['files'], 'draft')}"
    accepted = f" ({s['accepted']:,} accepted in the draft)" if s["accepted"] else ""
    return f"{head}: {counts}{accepted}" if counts else f"{head}: no figure to check"


def unread_note(result: AuditResult) -> str:
    """A warning under the summary when the registry did not load fully: a figure that a
    claim of a file that failed to load would state is reported as unsourced."""
    errors = {
        f.file
        for f in result.findings
        if f.severity is Severity.ERROR and f.file and f.code is not Code.EMPTY_DRAFT
    }
    config = "desertcheck.toml"  # its claims all loaded: only settings fall back to defaults
    files = sorted(errors - {config})
    settings = (
        f"{config} has errors (see below): the defaults are used for the settings it could "
        "not give."
        if config in errors
        else ""
    )
    if not files:
        return settings
    return (
        f"The registry did not load fully ({some_of(files)}: see the errors below); a figure "
        "stated only by the claims there is reported as unsourced."
        + (f" {settings}" * bool(settings))
    )


def _message(it: AuditItem, result: AuditResult) -> str:
    """The verdict's message, why the draft accepts it, and with ``--explain`` its
    explanation."""
    message = it.message + (f"\naccepted in the draft: {it.accepted}" if it.accepted else "")
    if result.explain and it.explanation is not None:
        return f"{message}\nwhy: {it.explanation.line()}"
    return message


def _verdict(it: AuditItem) -> str:
    """``✗ mismatch``, and ``(accepted)`` after it when the draft accepts the verdict."""
    return f"{MARK[it.status]} {it.status}" + (" (accepted)" if it.accepted else "")


def _where(it: AuditItem) -> str:
    return f"{it.file}:{it.line}:{it.column}"


#: A draft's sentence longer than this is cut to about ``AROUND`` characters on each side
#: of its figure, at a word or sentence boundary, marked with "…".
WHOLE = 240
AROUND = 110


def _sentence(it: AuditItem) -> Text:
    from rich.text import Text

    from desertcheck.text.display import context

    sentence = Text()
    start = it.figure_start
    end = figure_end(it.text, start, it.figure.text)
    shown = as_read(shown_as(it.text[start:end]))
    cut = len(it.text) > WHOLE and 0 <= start <= end
    lo, hi = context(it.text, start, end, AROUND) if cut else (0, len(it.text))
    if lo > 0:
        sentence.append("…")
    sentence.append(clean(shown_as(it.text[lo:start])))
    sentence.append(clean(shown), style=f"{STYLE[it.status]} underline")
    sentence.append(clean(shown_as(it.text[end:hi])))
    if hi < len(it.text):
        sentence.append("…")
    return sentence


_SKIPPED = frozenset(" \t\n>#")


def figure_end(text: str, start: int, figure: str) -> int:
    """Where the figure that starts at ``start`` of the shown sentence ``text`` ends. The
    figure's text is read from the draft's blanked copy, with blanks where ``text`` has
    what a reader does not see ("up to **15**" is "up to   15") and white space that
    ``text`` folds to one blank: its characters are met in turn in the sentence blanked
    the same way, blanks skipped."""
    blanked = blank(text)
    i = start
    for ch in figure:
        if ch.isspace():
            continue
        # a quote's or heading's marks inside a sentence folded onto one line ("up to > 15")
        while (
            i < len(blanked) and blanked[i] != ch and (blanked[i].isspace() or blanked[i] in ">#")
        ):
            i += 1
        if i >= len(blanked) or blanked[i] != ch:
            return min(len(text), start + len(as_read(figure)))
        i += 1
    return i


def render_table(result: AuditResult, options: Options) -> str:
    return draw(lambda con: _paint(result, con, quiet=options.quiet))


def _paint(result: AuditResult, con: Console, *, quiet: bool = False) -> None:
    from rich.text import Text

    # --quiet: what an editor must look at; the summary still counts every figure
    items = [it for it in result.items if not (quiet and it.status == Code.SUPPORTED)]
    if items and con.width >= NARROW:
        tbl = table(None, ["where", "draft", "verdict"], ratios=[None, 1, 1])
        for it in items:
            verdict = Text(_verdict(it), style="dim" if it.accepted else STYLE[it.status])
            for part in _message(it, result).split("\n"):  # clean() would join the lines
                verdict.append(f"\n{clean(part)}", style="dim")
            tbl.add_row(Text(clean(_where(it))), _sentence(it), verdict)
        con.print(tbl)
    elif items:
        for it in items:
            con.print(
                Text.assemble(
                    (_verdict(it), "dim" if it.accepted else STYLE[it.status]),
                    "  ",
                    clean(_where(it)),
                )
            )
            for shown in wrapped_text(_sentence(it), con, max(20, con.width - 2)):
                shown.rstrip()
                con.print(Text.assemble("  ", shown))
            for part in _message(it, result).split("\n"):
                for line in wrap(clean(part), con.width, "  "):
                    con.print(Text(line, style="dim"))
            con.print()
    print_folded(con, clean(summary_line(result)))
    unread = unread_note(result)
    if unread:
        print_folded(con, clean(unread), "bold red")


def render_json(result: AuditResult, options: Options) -> str:
    # the loader's and the config's findings too, as verify's and list's JSON carry them: a
    # program reading the report sees why a figure of a file that did not load is unsourced
    findings = [f.to_dict() for f in result.findings]
    return (
        to_json({"schema": "desertcheck/audit/v1", **result.to_dict(), "findings": findings}) + "\n"
    )


def repo_path(name: str, prefix: str) -> str:
    """A draft's name as CI resolves it, from the repository root: ``prefix`` is the
    working directory seen from there (standard input and absolute paths as they are)."""
    if name == "<stdin>" or PurePath(name).is_absolute():
        return name
    return posixpath.normpath(join(prefix, PurePath(name).as_posix()) or name)


#: What a verdict's message says after it when the sentence credits another origin than the
#: claim's (:func:`desertcheck.audit.attribution`): a supported figure to check by hand.
NOTE = "; note: "


def render_github(result: AuditResult, options: Options) -> str:
    from desertcheck.audit.run import severity

    lines = [
        annotation(
            LEVEL[
                Severity.INFO if it.accepted or it.status == Code.SUPPORTED else severity(it.status)
            ],
            f"{as_read(it.figure.text)}: {it.status}: {_message(it, result)}",
            file=repo_path(it.file, options.prefix),
            line=it.line,
            col=it.column,
            title=f"desertcheck audit {it.status}",
        )
        for it in result.items
        # a supported figure only with a note to read ("the sentence credits …"), as a notice
        if it.status != Code.SUPPORTED or NOTE in it.message
    ]
    lines.append(f"desertcheck audit: {summary_line(result)}")
    return "\n".join(lines) + "\n"


def render_markdown(result: AuditResult, options: Options) -> str:
    rows = []
    for it in result.items:
        claim = it.candidates[0].claim.id if it.candidates and it.status != "unsourced" else ""
        rows.append(
            [
                md(_where(it)),
                md(as_read(it.figure.text)),
                _verdict(it),
                md(claim),
                md(_message(it, result).replace("\n", " ")),
            ]
        )
    lines = md_table(["where", "figure", "verdict", "claim", "message"], rows)
    # a saved report says what its reader would otherwise see only on stderr
    notes = [f"**Note:** {md(note, 1000)}" for note in result.draft_notes]
    return "\n".join([*lines, "", *(f"{n}\n" for n in notes), md(summary_line(result))]) + "\n"


FORMATS: Formats = {
    "table": render_table,
    "json": render_json,
    "github": render_github,
    "markdown": render_markdown,
    "html": render_audit_html,
}
