"""``desertcheck diff``'s formats: table (terminal), json (:meth:`RegistryDiff.to_dict`),
markdown (pull-request comment) and github (workflow-command annotations).

Everything taken from a registry is untrusted. On a terminal it is printed as
``rich.text.Text`` built from :func:`~desertcheck.reporters.terminal.clean`; in markdown
it goes through :func:`~desertcheck.reporters.markdown.md`, which escapes every character
that could start markup, a link, an HTML tag or a table cell, and replaces ``@`` so that
registry text cannot mention anyone; in annotations it goes through the GitHub reporter's
escaping helper.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from desertcheck.findings import Finding, Severity
from desertcheck.reporters import Formats, Options, join
from desertcheck.reporters.diff_values import (
    claim_fields,
    field_words,
    hunk_lines,
    show_value,
    summary,
    text_summary,
)
from desertcheck.reporters.github import LEVEL, annotation
from desertcheck.reporters.machine import to_json
from desertcheck.reporters.markdown import md as md_line
from desertcheck.reporters.markdown import md_table
from desertcheck.reporters.terminal import MARK, SEVERITY_STYLE, Indented, clean, draw

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

    from rich.console import Console

    from desertcheck.diff import FieldChanges, RegistryDiff
    from desertcheck.model import Claim

MD_MARK = {Severity.ERROR: "❌", Severity.WARNING: "⚠️", Severity.INFO: "ℹ️"}


#: Why a claim of base is neither removed nor kept.
_UNREAD = "not compared: its claims file does not load (see the loader's error)"


def _where(file: str | None, line: int) -> str:
    if not file:
        return "-"
    return f"{file}:{line}" if line else file


# --------------------------------------------------------------------------------------
# table
# --------------------------------------------------------------------------------------


def render_table(diff: RegistryDiff, options: Options) -> str:
    return draw(lambda con: _paint(diff, con, strict=options.strict))


def _paint(diff: RegistryDiff, con: Console, *, strict: bool) -> None:
    """The report for a person at a terminal (plain text in a pipe)."""
    from rich.text import Text

    title = Text("desertcheck diff: ", style="bold")
    title.append(clean(diff.base))
    title.append(" → ")
    title.append(clean(diff.head))
    con.print(title)
    if not (diff.registry_changed or diff.acceptances_added or diff.acceptances_removed):
        con.print(Text("  no change to claims or sources", style="dim"))
    _paint_claims(diff, con)
    _paint_sources(diff, con)
    _paint_acceptances(diff, con)
    _paint_findings("Findings introduced", diff.introduced, con, resolved=False, diff=diff)
    _paint_findings("Findings resolved", diff.resolved, con, resolved=True, diff=diff)
    verdict = "FAILED" if diff.exit_code(strict=strict) else "OK"
    con.print(Indented(Text(f"{verdict}: {summary(diff)}", style="bold"), 0, 4))


def _line(mark: str, style: str, *parts: str, dim: str = "") -> Indented:
    """One change: a coloured mark, the words, and where (dim); a line it wraps to is
    indented under the words, never at the margin where a change starts."""
    from rich.text import Text

    t = Text()
    t.append(mark + " ", style=style)
    t.append(" ".join(clean(p) for p in parts))
    if dim:
        t.append("  " + clean(dim), style="dim")
    return Indented(t, 2, 4)


def _paint_fields(changes: FieldChanges, con: Console, claim: Claim | None = None) -> None:
    """Each field 'name: old → new' (a long text as its changed words), the lines it wraps
    to indented under the value."""
    from rich.text import Text

    for name, old, new in claim_fields(changes, claim):
        t = Text()
        t.append(clean(name) + ": ", style="bold")
        words = field_words(*changes[name])
        if words is not None:
            t.append(words)
        else:
            t.append(old, style="red")
            t.append(" → ")
            t.append(new, style="green")
        con.print(Indented(t, 6, 8))


def _paint_claims(diff: RegistryDiff, con: Console) -> None:
    from rich.text import Text

    if not (
        diff.claims_added
        or diff.claims_removed
        or diff.claims_unread
        or diff.claims_changed
        or diff.claims_moved
        or diff.claims_renamed
    ):
        return
    con.print(Text("Claims", style="bold underline"))
    for e in diff.claims_added:
        c = e.claim
        con.print(_line("+", "green", c.id, c.figure, dim=_where(c.file, c.line)))
        con.print(Indented(Text(clean(c.statement)), 6))
        # what a reviewer must check of a new claim: when, what, whose, and the words
        con.print(Indented(Text(clean(_facts(c)), style="dim"), 6))
    for e in diff.claims_removed:
        c = e.claim
        con.print(_line("-", "red", c.id, c.figure, dim=f"was {_where(c.file, c.line)}"))
    for e in diff.claims_unread:
        c = e.claim
        con.print(_line("?", "magenta", c.id, c.figure, dim=f"{_UNREAD} ({c.file})"))
    for r in diff.claims_renamed:
        con.print(_line("↪", "cyan", r.old.id, "→", r.new.id, dim=_where(r.new.file, r.new.line)))
        _paint_fields(r.fields, con, r.new)
    for m in diff.claims_moved:
        con.print(_line("→", "cyan", m.new.id, "moved", m.old.file, "→", m.new.file))
    for ch in diff.claims_changed:
        con.print(_line("~", "yellow", ch.claim.id, dim=_where(ch.claim.file, ch.claim.line)))
        _paint_fields(ch.fields, con, ch.claim)


def _paint_sources(diff: RegistryDiff, con: Console) -> None:
    from rich.text import Text

    if not (diff.sources_added or diff.sources_removed or diff.sources_changed):
        return
    con.print(Text("Sources", style="bold underline"))
    for s in diff.sources_added:
        con.print(_line("+", "green", s.source.id, s.source.meta.title, dim=s.source.file))
    for s in diff.sources_removed:
        con.print(_line("-", "red", s.source.id, s.source.meta.title, dim=f"was {s.source.file}"))
    for sc in diff.sources_changed:
        con.print(_line("~", "yellow", sc.source.id, dim=sc.source.file))
        _paint_fields(sc.meta, con)
        if sc.text is not None:
            con.print(Indented(Text(clean(text_summary(sc.text))), 6))
            changes = hunk_lines(sc.text)
            if changes:
                con.print(Indented(Text("words, [-before-]{+after+}:", style="dim"), 6))
            for change in changes:
                con.print(Indented(Text(clean(change)), 8))


def _paint_acceptances(diff: RegistryDiff, con: Console) -> None:
    from rich.text import Text

    if not (diff.acceptances_added or diff.acceptances_removed):
        return
    con.print(Text("Accepted findings", style="bold underline"))
    for mark, style, entries in (
        ("+", "yellow", diff.acceptances_added),
        ("-", "green", diff.acceptances_removed),
    ):
        for e in entries:
            where = _where(e.claim.file, e.claim.where.of("accept")[0])
            con.print(_line(mark, style, e.claim.id, "accepts", e.code, dim=where))
            con.print(Indented(Text(clean(e.reason)), 6))


def _accepted(f: Finding) -> str:
    return f" (accepted: {f.accepted.reason})" if f.accepted else ""


def _fails_now(diff: RegistryDiff, f: Finding) -> str:
    """Why a resolved finding may not be fixed: 'resolved, but claim-id now fails verify
    (quote-not-found)'."""
    ids = diff.failing_of(f)
    verb = "fails" if len(ids) == 1 else "fail"
    return f"resolved, but {', '.join(ids)} now {verb} verify ({', '.join(diff.fails_now(f))})"


def _but(diff: RegistryDiff, f: Finding) -> str:
    """'Resolved, but x now fails verify (quote-not-found): ' before a resolved finding's
    message (first, so that a cut message keeps it); empty when its claims pass."""
    if not diff.fails_now(f):
        return ""
    note = _fails_now(diff, f)
    return f"{note[0].upper()}{note[1:]}: "


def _paint_findings(
    heading: str, found: Sequence[Finding], con: Console, *, resolved: bool, diff: RegistryDiff
) -> None:
    from rich.text import Text

    if not found:
        return
    con.print(Text(heading, style="bold underline"))
    for f in found:
        t = Text()
        if resolved:
            t.append("✓ ", style="yellow" if diff.fails_now(f) else "green")
        else:
            t.append(MARK[f.severity.value] + " ", style=SEVERITY_STYLE[f.severity])
        t.append(clean(f.location) + ": ", style="dim")
        t.append(f.severity.value, style=SEVERITY_STYLE[f.severity])
        t.append(f": {clean(f.message)} [{clean(f.code)}]")
        t.append(clean(_accepted(f)), style="dim")
        if resolved and diff.fails_now(f):
            t.append(f" — {_fails_now(diff, f)}", style="bold yellow")
        con.print(Indented(t, 2, 4))


# --------------------------------------------------------------------------------------
# markdown
# --------------------------------------------------------------------------------------

CELL_LIMIT = 400  # characters of one cell; the JSON format has the text whole


def md(text: object, limit: int = CELL_LIMIT) -> str:
    return md_line(text, limit)


def _md_value(value: Any) -> str:
    return md(show_value(value))


def _section(title: str, header: list[str], rows: list[list[str]]) -> list[str]:
    return [f"#### {title}", "", *md_table(header, rows), ""]


def _md_badge(f: Finding, resolved: bool, diff: RegistryDiff) -> str:
    """The first cell: ✅ for a resolved finding (⚠️ when its claim now fails verify), ☑️
    for an accepted one (its severity in brackets: it fails nothing, so it is not badged
    as a warning or an error), else the severity's mark."""
    if resolved:
        if diff.fails_now(f):
            return f"⚠️ {f.severity.value}, resolved but its claim now fails verify"
        return f"✅ {f.severity.value}"
    if f.accepted:
        return f"☑️ accepted ({f.severity.value})"
    return f"{MD_MARK[f.severity]} {f.severity.value}"


def _md_findings(
    found: tuple[Finding, ...] | list[Finding], resolved: bool, diff: RegistryDiff
) -> list[str]:
    rows = [
        [
            _md_badge(f, resolved, diff),
            md(f.code),
            md(", ".join(f.claims)),
            md((_but(diff, f) if resolved else "") + f.message + _accepted(f)),
            md(_where(f.file, f.line)),
        ]
        for f in found
    ]
    return [*md_table(["", "check", "claims", "message", "where"], rows), ""]


def _md_fields(claim_id: str, fields: FieldChanges, claim: Claim) -> list[list[str]]:
    """A row a changed field: its old value whole, and the new (a long text as its changed
    words, ``[-old-]{+new+}``, beside the old text written the same way: no quotation
    marks that the quote does not have)."""
    rows = []
    for name, old, new in claim_fields(fields, claim):
        words = field_words(*fields[name])
        if words is not None:
            rows.append([md(claim_id), md(name), md(clean(fields[name][0])), md(words, 1000)])
        else:
            rows.append([md(claim_id), md(name), md(old), md(new)])
    return rows


def render_markdown(diff: RegistryDiff, options: Options) -> str:
    """A pull-request comment (and step summary): headline, findings, then the changes."""
    introduced_errors = [
        f for f in diff.introduced if f.severity is Severity.ERROR and not f.accepted
    ]
    icon = "❌" if introduced_errors else "✅"
    out = [
        f"### {icon} desertcheck diff: {md(diff.base, 120)} → {md(diff.head, 120)}",
        "",
        md(summary(diff), 1000),
        "",
    ]
    if diff.introduced:
        out += ["#### Findings introduced", "", *_md_findings(diff.introduced, False, diff)]
    if diff.resolved:
        out += ["#### Findings resolved", "", *_md_findings(diff.resolved, True, diff)]

    change_rows: list[list[str]] = []
    for ch in diff.claims_changed:
        change_rows += _md_fields(ch.claim.id, ch.fields, ch.claim)
    for r in diff.claims_renamed:
        change_rows.append([md(r.new.id), "id", _md_value(r.old.id), _md_value(r.new.id)])
        change_rows += _md_fields(r.new.id, r.fields, r.new)
    for m in diff.claims_moved:
        change_rows.append([md(m.new.id), "file", _md_value(m.old.file), _md_value(m.new.file)])
    if change_rows:
        out += _section("Claims changed", ["claim", "field", "old", "new"], change_rows)
    if diff.claims_added:
        rows = [
            [
                md(c.id),
                md(c.figure),
                md(str(c.period)),
                md(f"{c.measure} / {c.scope}"),
                md(c.statement),
                md(f"“{c.quote}” ({c.source})"),
                md(_where(c.file, c.line)),
            ]
            for c in (e.claim for e in diff.claims_added)
        ]
        header = ["claim", "figure", "period", "measure / scope", "statement", "quote", "file"]
        out += _section("Claims added", header, rows)
    if diff.claims_removed:
        rows = [
            [md(c.id), md(c.figure), md(c.statement), md(c.file)]
            for c in (e.claim for e in diff.claims_removed)
        ]
        out += _section("Claims removed", ["claim", "figure", "statement", "was in"], rows)
    if diff.claims_unread:
        rows = [
            [md(c.id), md(c.figure), md(c.statement), md(c.file)]
            for c in (e.claim for e in diff.claims_unread)
        ]
        out += _section(
            "Claims not compared (their claims file does not load; see the loader's error)",
            ["claim", "figure", "statement", "file"],
            rows,
        )

    src_rows: list[list[str]] = []
    for s in diff.sources_added:
        src_rows.append([md(s.source.id), "added", md(s.source.meta.title)])
    for s in diff.sources_removed:
        src_rows.append([md(s.source.id), "removed", md(s.source.meta.title)])
    for sc in diff.sources_changed:
        for name, (old, new) in sc.meta.items():
            src_rows.append([md(sc.source.id), md(name), f"{_md_value(old)} → {_md_value(new)}"])
        if sc.text is not None:
            src_rows.append([md(sc.source.id), "text", md(text_summary(sc.text), 1000)])
            src_rows += [
                [md(sc.source.id), "words", md(change, 1000)] for change in hunk_lines(sc.text)
            ]
    if src_rows:
        out += _section("Sources", ["source", "change", "detail"], src_rows)
    accept_rows = [
        [md(e.claim.id), change, md(e.code), md(e.reason)]
        for change, entries in (
            ("added", diff.acceptances_added),
            ("removed", diff.acceptances_removed),
        )
        for e in entries
    ]
    if accept_rows:
        out += _section("Accepted findings", ["claim", "change", "code", "reason"], accept_rows)
    if not diff.registry_changed and not diff.introduced and not diff.resolved:
        out += ["No change to claims or sources.", ""]
    return "\n".join(out)


# --------------------------------------------------------------------------------------
# github
# --------------------------------------------------------------------------------------


def render_github(diff: RegistryDiff, options: Options) -> str:
    """Workflow-command annotations: introduced findings at their severity, then notices
    for resolved findings and for each claim and source change; a summary line last.
    ``options.prefix`` is the registry's path in the repository (files are relative to it)."""
    prefix = options.prefix
    lines = [
        annotation(
            "notice" if f.accepted else LEVEL[f.severity],
            f.message + _accepted(f),
            file=join(prefix, f.file),
            line=f.line,
            col=f.column,
            title=f"desertcheck diff: new {f.code}" + (" (accepted)" if f.accepted else ""),
        )
        for f in diff.introduced
    ]
    lines += [
        annotation(
            "warning" if diff.fails_now(f) else "notice",
            _but(diff, f) + f.message,
            title=f"desertcheck diff: resolved {f.code}"
            + (", but its claim now fails verify" if diff.fails_now(f) else ""),
        )
        for f in diff.resolved
    ]
    lines += [
        annotation("notice", message, file=join(prefix, file), line=line, title=title)
        for message, file, line, title in _change_notices(diff)
    ]
    lines.append(f"desertcheck diff {clean(diff.base)} → {clean(diff.head)}: {summary(diff)}")
    return "\n".join(lines) + "\n"


def _changes(fields: FieldChanges, claim: Claim | None = None) -> str:
    return "; ".join(
        f"{k}: {field_words(*fields[k]) or f'{o} → {n}'}" for k, o, n in claim_fields(fields, claim)
    )


def _facts(c: Claim) -> str:
    """A new claim's period, measure, scope and quote, on one line."""
    quote = " ".join(c.quote.split())
    return f"period {c.period} · {c.measure} / {c.scope} · {c.source}: “{quote}”"


def _change_notices(diff: RegistryDiff) -> Iterator[tuple[str, str | None, int, str]]:
    """(message, file, line, title) of a notice for each claim and source change."""
    for ch in diff.claims_changed:
        c = ch.claim
        yield _changes(ch.fields, c), c.file, c.line, f"claim {c.id} changed"
    for e in diff.claims_added:
        c = e.claim
        yield f"{c.figure}: {c.statement} ({_facts(c)})", c.file, c.line, f"claim {c.id} added"
    for e in diff.claims_removed:
        yield f"was in {e.claim.file}", None, 0, f"claim {e.claim.id} removed"
    for e in diff.claims_unread:
        c = e.claim
        yield _UNREAD, c.file, 0, f"claim {c.id} not compared"
    for r in diff.claims_renamed:
        more = f"; {_changes(r.fields, r.new)}" if r.fields else ""
        yield f"renamed from {r.old.id}{more}", r.new.file, r.new.line, f"claim {r.new.id} renamed"
    for m in diff.claims_moved:
        yield f"moved from {m.old.file}", m.new.file, m.new.line, f"claim {m.new.id} moved"
    for s in diff.sources_added:
        yield s.source.meta.title, s.source.file, 0, "source added"
    for s in diff.sources_removed:
        yield f"{s.source.id} ({s.source.file})", None, 0, "source removed"
    for verb, entries in (
        ("accepts", diff.acceptances_added),
        ("no longer accepts", diff.acceptances_removed),
    ):
        for a in entries:
            c = a.claim
            yield a.reason, c.file, c.where.of("accept")[0], f"claim {c.id} {verb} {a.code}"
    for sc in diff.sources_changed:
        parts = [_changes(sc.meta)] if sc.meta else []
        line = 0
        if sc.text is not None:
            parts.append(text_summary(sc.text))
            line = sc.text.hunks[0].new_line if sc.text.hunks else 0
        message = "; ".join(parts)
        if sc.text is not None and sc.text.hunks:
            message = "; ".join([message, *hunk_lines(sc.text)])
        yield message, sc.source.file, line, f"source {sc.source.id} changed"


def render_json(diff: RegistryDiff, options: Options) -> str:
    return to_json({"schema": "desertcheck/diff/v1", **diff.to_dict()}) + "\n"


FORMATS: Formats = {
    "table": render_table,
    "json": render_json,
    "markdown": render_markdown,
    "github": render_github,
}
