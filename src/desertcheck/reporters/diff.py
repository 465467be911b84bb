"""``desertcheck diff``'s formats: table (terminal), json (:meth:`RegistryDiff.to_dict`),
markdown (pull-request comment, :mod:`.diff_markdown`) and github (workflow-command
annotations).

Everything taken from a registry is untrusted. On a terminal it is printed as
``rich.text.Text`` built from :func:`~desertcheck.reporters.terminal.clean`; in markdown
it goes through :func:`~desertcheck.reporters.markdown.md`, which escapes every character
that could start markup, a link, an HTML tag or a table cell, and replaces ``@`` so that
registry text cannot mention anyone; in annotations it goes through the GitHub reporter's
escaping helper.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desertcheck.findings import Finding
from desertcheck.reporters import Formats, Options, join, located
from desertcheck.reporters.diff_markdown import MD_MARK, md, render_markdown
from desertcheck.reporters.diff_notes import (
    SETTINGS_FILE,
    SILENCED,
    UNREAD,
    accepted,
    but,
    facts,
    fails_now,
    file_contents,
    gone,
    paired,
    renamed_claims,
    setting_words,
    source_moved,
    went_with_file,
    where,
)
from desertcheck.reporters.diff_values import (
    claim_fields,
    field_words,
    hunk_lines,
    relation_fields,
    relation_text,
    reworded_words,
    summary,
    text_summary,
)
from desertcheck.reporters.github import LEVEL, annotation
from desertcheck.reporters.machine import to_json
from desertcheck.reporters.terminal import MARK, SEVERITY_STYLE, Indented, clean, draw

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

    from rich.console import Console

    from desertcheck.diff import FieldChanges, RegistryDiff, TextChange
    from desertcheck.model import Claim

__all__ = ["FORMATS", "MD_MARK", "md", "render_github", "render_json", "render_markdown"]


# --------------------------------------------------------------------------------------
# table
# --------------------------------------------------------------------------------------


def render_table(diff: RegistryDiff, options: Options) -> str:
    return draw(lambda con: _paint(diff, con, strict=options.strict, here=options.here))


def _paint(diff: RegistryDiff, con: Console, *, strict: bool, here: str) -> None:
    """The report for a person at a terminal (plain text in a pipe); ``here`` is the
    registry root seen from the working directory (:attr:`Options.here`), put before every
    file:line so that it opens from where the command ran, as verify's do."""
    from rich.text import Text

    title = Text("desertcheck diff: ", style="bold")
    title.append(clean(diff.base))
    title.append(" → ")
    title.append(clean(diff.head))
    con.print(title)
    if not (diff.registry_changed or diff.acceptances_added or diff.acceptances_removed):
        con.print(Text("  no change to claims or sources", style="dim"))
    _paint_claims(diff, con, here)
    _paint_sources(diff, con, here)
    _paint_relations(diff, con, here)
    _paint_acceptances(diff, con, here)
    _paint_settings(diff, con, here)
    for heading, found in (
        ("Findings introduced", diff.introduced),
        ("Findings silenced by desertcheck.toml", diff.silenced),
    ):
        _paint_findings(heading, found, con, resolved=False, diff=diff, here=here)
    if diff.silenced:
        con.print(Indented(Text(SILENCED, style="bold yellow"), 4, 4))
    _paint_findings("Findings resolved", diff.resolved, con, resolved=True, diff=diff, here=here)
    _paint_reworded(diff, con, here)
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


def _paint_claims(diff: RegistryDiff, con: Console, here: str) -> None:
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
        con.print(_line("+", "green", c.id, c.figure, dim=where(c.file, c.line, here)))
        con.print(Indented(Text(clean(c.statement)), 6))
        # what a reviewer must check of a new claim: when, what, whose, and the words
        con.print(Indented(Text(clean(facts(c)), style="dim"), 6))
    for e in diff.claims_removed:
        c = e.claim
        con.print(_line("-", "red", c.id, c.figure, dim=f"was {where(c.file, c.line, here)}"))
    for e in diff.claims_unread:
        c = e.claim
        con.print(_line("?", "magenta", c.id, c.figure, dim=f"{UNREAD} ({c.file})"))
    for r in diff.claims_renamed:
        how = (paired(r.alike),) if r.alike is not None else ()
        if r.old.file != r.new.file:
            how = (*how, "and moved from", r.old.file)
        con.print(
            _line(
                "↪", "cyan", r.old.id, "→", r.new.id, *how, dim=where(r.new.file, r.new.line, here)
            )
        )
        _paint_fields(r.fields, con, r.new)
    for fr in diff.files_renamed:
        con.print(_line("→", "cyan", fr.old, "renamed", fr.new, f"({file_contents(fr)})"))
    for m in diff.claims_moved:
        if not diff.renamed_with_file(m.old.file, m.new.file):
            con.print(_line("→", "cyan", m.new.id, "moved", m.old.file, "→", m.new.file))
    for ch in diff.claims_changed:
        con.print(_line("~", "yellow", ch.claim.id, dim=where(ch.claim.file, ch.claim.line, here)))
        _paint_fields(ch.fields, con, ch.claim)


def _paint_sources(diff: RegistryDiff, con: Console, here: str) -> None:
    from rich.text import Text

    if not (
        diff.sources_added or diff.sources_removed or diff.sources_changed or diff.sources_renamed
    ):
        return
    con.print(Text("Sources", style="bold underline"))
    for sr in diff.sources_renamed:
        con.print(
            _line(
                "~", "cyan", sr.old.id, "→", sr.new.id, "renamed", dim=where(sr.new.file, 0, here)
            )
        )
        con.print(Indented(Text(clean(source_moved(sr.old.file, sr.new.file, sr.text))), 6))
        _paint_fields(sr.meta, con)
        if sr.text is not None:
            _paint_text(sr.text, con)
    for s in diff.sources_added:
        con.print(
            _line("+", "green", s.source.id, s.source.meta.title, dim=where(s.source.file, 0, here))
        )
    for s in diff.sources_removed:
        con.print(
            _line(
                "-",
                "red",
                s.source.id,
                s.source.meta.title,
                dim=f"was {where(s.source.file, 0, here)}",
            )
        )
    for sc in diff.sources_changed:
        con.print(_line("~", "yellow", sc.source.id, dim=where(sc.source.file, 0, here)))
        _paint_fields(sc.meta, con)
        if sc.text is not None:
            _paint_text(sc.text, con)


def _paint_text(text: TextChange, con: Console) -> None:
    from rich.text import Text

    con.print(Indented(Text(clean(text_summary(text))), 6))
    changes = hunk_lines(text)
    if changes:
        con.print(Indented(Text("words, [-before-]{+after+}:", style="dim"), 6))
    for change in changes:
        con.print(Indented(Text(clean(change)), 8))


def _paint_relations(diff: RegistryDiff, con: Console, here: str) -> None:
    from rich.text import Text

    if not (
        diff.relations_added
        or diff.relations_removed
        or any(not went_with_file(diff, ch) for ch in diff.relations_changed)
    ):
        return
    con.print(Text("Relations", style="bold underline"))
    for e in diff.relations_added:
        r = e.relation
        con.print(_line("+", "green", r.id, relation_text(r), dim=where(r.file, r.line, here)))
    for e in diff.relations_removed:
        r = e.relation
        con.print(
            _line("-", "red", r.id, relation_text(r), dim=f"was {where(r.file, r.line, here)}")
        )
    renamed = renamed_claims(diff)
    for ch in diff.relations_changed:
        r = ch.relation
        if went_with_file(diff, ch):
            continue
        con.print(_line("~", "yellow", r.id, relation_text(r), dim=where(r.file, r.line, here)))
        for name, text in relation_fields(ch, renamed):
            t = Text()
            t.append(clean(name) + ": ", style="bold")
            t.append(text)
            con.print(Indented(t, 6, 8))


def _paint_acceptances(diff: RegistryDiff, con: Console, here: str) -> None:
    from rich.text import Text

    if not (diff.acceptances_added or diff.acceptances_removed):
        return
    con.print(Text("Accepted findings", style="bold underline"))
    for mark, style, entries in (
        ("+", "yellow", diff.acceptances_added),
        ("-", "green", diff.acceptances_removed),
    ):
        for e in entries:
            at = where(e.claim.file, e.claim.where.of("accept")[0], here)
            con.print(_line(mark, style, e.claim.id, "accepts", e.code, dim=at))
            con.print(Indented(Text(clean(e.reason)), 6))


def _paint_settings(diff: RegistryDiff, con: Console, here: str) -> None:
    from rich.text import Text

    if not diff.settings_changed:
        return
    con.print(Text("Settings (desertcheck.toml)", style="bold underline"))
    for change in diff.settings_changed:
        what, at = setting_words(change, here)
        con.print(_line("~", "yellow", what, dim=at))


def _paint_findings(
    heading: str,
    found: Sequence[Finding],
    con: Console,
    *,
    resolved: bool,
    diff: RegistryDiff,
    here: str,
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
        t.append(clean(located(f, here)) + ": ", style="dim")
        t.append(f.severity.value, style=SEVERITY_STYLE[f.severity])
        t.append(f": {clean(f.message)} [{clean(f.code)}]")
        t.append(clean(accepted(f)), style="dim")
        if resolved and diff.fails_now(f):
            t.append(f" — {fails_now(diff, f)}", style="bold yellow")
        if resolved and diff.gone_of(f):
            t.append(f" — {gone(diff, f)}", style="dim")
        con.print(Indented(t, 2, 4))


# --------------------------------------------------------------------------------------
# markdown
def _paint_reworded(diff: RegistryDiff, con: Console, here: str) -> None:
    from rich.text import Text

    if not diff.reworded:
        return
    con.print(Text("Findings reworded", style="bold underline"))
    for old, f in diff.reworded:
        t = Text()
        t.append("~ ", style="yellow")
        t.append(clean(located(f, here)) + ": ", style="dim")
        t.append(f.severity.value, style=SEVERITY_STYLE[f.severity])
        t.append(f": {clean(f.message)} [{clean(f.code)}]")
        con.print(Indented(t, 2, 4))
        was = Text("words, [-before-]{+now+}: ", style="dim")
        was.append(clean(reworded_words(old, f)))
        con.print(Indented(was, 6, 8))


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
            f.message + accepted(f),
            file=join(prefix, f.file),
            line=f.line,
            col=f.column,
            title=f"desertcheck diff: new {f.code}" + (" (accepted)" if f.accepted else ""),
        )
        for f in diff.introduced
    ]
    lines += [
        annotation(
            LEVEL[f.severity],
            f"{f.message} ({SILENCED})",
            file=join(prefix, f.file),
            line=f.line,
            col=f.column,
            title=f"desertcheck diff: {f.code} silenced by desertcheck.toml",
        )
        for f in diff.silenced
    ]
    lines += [
        annotation(
            "warning" if diff.fails_now(f) else "notice",
            but(diff, f) + f.message,
            title=f"desertcheck diff: resolved {f.code}"
            + (", but its claim now fails verify" if diff.fails_now(f) else ""),
        )
        for f in diff.resolved
    ]
    lines += [
        annotation(
            "notice",
            f"{f.message} (words, [-before-]{{+now+}}: {reworded_words(old, f)})",
            file=join(prefix, f.file),
            line=f.line,
            col=f.column,
            title=f"desertcheck diff: reworded {f.code}",
        )
        for old, f in diff.reworded
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


def _change_notices(diff: RegistryDiff) -> Iterator[tuple[str, str | None, int, str]]:
    """(message, file, line, title) of a notice for each claim, source and setting change."""
    for change in diff.settings_changed:
        what, _ = setting_words(change)
        line = 0 if change.removed_at_base else change.line
        yield what, SETTINGS_FILE, line, f"setting {change.key} {change.kind}"
    for ch in diff.claims_changed:
        c = ch.claim
        yield _changes(ch.fields, c), c.file, c.line, f"claim {c.id} changed"
    for e in diff.claims_added:
        c = e.claim
        yield f"{c.figure}: {c.statement} ({facts(c)})", c.file, c.line, f"claim {c.id} added"
    for e in diff.claims_removed:
        yield f"was in {e.claim.file}", None, 0, f"claim {e.claim.id} removed"
    for e in diff.claims_unread:
        c = e.claim
        yield UNREAD, c.file, 0, f"claim {c.id} not compared"
    for r in diff.claims_renamed:
        more = f"; {_changes(r.fields, r.new)}" if r.fields else ""
        how = f" {paired(r.alike)}" if r.alike is not None else ""
        if r.old.file != r.new.file:
            how += f", and moved from {r.old.file}"
        yield (
            f"renamed from {r.old.id}{how}{more}",
            r.new.file,
            r.new.line,
            f"claim {r.new.id} renamed",
        )
    for fr in diff.files_renamed:
        yield f"renamed from {fr.old} ({file_contents(fr)})", fr.new, 0, "claims file renamed"
    for m in diff.claims_moved:
        if not diff.renamed_with_file(m.old.file, m.new.file):
            yield f"moved from {m.old.file}", m.new.file, m.new.line, f"claim {m.new.id} moved"
    for s in diff.sources_added:
        yield s.source.meta.title, s.source.file, 0, "source added"
    for s in diff.sources_removed:
        yield f"{s.source.id} ({s.source.file})", None, 0, "source removed"
    for sr in diff.sources_renamed:
        parts = [source_moved(sr.old.file, sr.new.file, sr.text)]
        parts += [_changes(sr.meta)] if sr.meta else []
        if sr.text is not None:
            parts += [text_summary(sr.text), *hunk_lines(sr.text)]
        title = f"source {sr.old.id} renamed {sr.new.id}"
        yield "; ".join(parts), sr.new.file, 0, title
    for ra in diff.relations_added:
        rel = ra.relation
        yield relation_text(rel), rel.file, rel.line, f"relation {rel.id} added"
    for rr in diff.relations_removed:
        rel = rr.relation
        yield f"{relation_text(rel)} (was in {rel.file})", None, 0, f"relation {rel.id} removed"
    renamed = renamed_claims(diff)
    for rc in diff.relations_changed:
        rel = rc.relation
        if went_with_file(diff, rc):
            continue
        fields = "; ".join(f"{name}: {text}" for name, text in relation_fields(rc, renamed))
        yield fields, rel.file, rel.line, f"relation {rel.id} changed"
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
