"""``desertcheck diff --format markdown``: a pull-request comment (and a job's step
summary): a headline, the findings introduced and resolved, then the changes as tables.
Everything from the registry goes through :func:`md`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from desertcheck.findings import Finding, Severity
from desertcheck.reporters.diff_notes import (
    SILENCED,
    accepted,
    but,
    file_contents,
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
    show_value,
    summary,
    text_summary,
)
from desertcheck.reporters.markdown import md as md_line
from desertcheck.reporters.markdown import md_table
from desertcheck.reporters.terminal import clean

if TYPE_CHECKING:
    from desertcheck.diff import FieldChanges, RegistryDiff, TextChange
    from desertcheck.model import Claim
    from desertcheck.reporters import Options

MD_MARK = {Severity.ERROR: "❌", Severity.WARNING: "⚠️", Severity.INFO: "ℹ️"}

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
    found: tuple[Finding, ...] | list[Finding], resolved: bool, diff: RegistryDiff, prefix: str
) -> list[str]:
    rows = [
        [
            _md_badge(f, resolved, diff),
            md(f.code),
            md(_some(f.claims)),
            md(_keeping_the_fix((but(diff, f) if resolved else "") + f.message + accepted(f))),
            md(where(f.file, f.line, prefix)),
        ]
        for f in found
    ]
    return [*md_table(["", "check", "claims", "message", "where"], rows), ""]


def _some(ids: tuple[str, ...], shown: int = 5) -> str:
    """A finding's claims for its cell: a few, and how many more (the JSON has them all)."""
    more = len(ids) - shown
    return ", ".join(ids[:shown]) + (f" and {more} more" if more > 0 else "")


def _keeping_the_fix(message: str, limit: int = CELL_LIMIT) -> str:
    """A message too long for its cell, cut in the middle: its last sentence, which says
    how to fix what it found, stays whole."""
    text = " ".join(message.split())
    if len(text) <= limit:
        return text
    _, cut, fix = text.rpartition(". ")
    if not cut or len(fix) > limit // 2:
        return text
    return text[: limit - len(fix) - 3].rstrip() + " … " + fix


def _md_fields(claim_id: str, fields: FieldChanges, claim: Claim) -> list[list[str]]:
    """A row a changed field: its old value whole, and the new (a long text as its changed
    words, ``[-old-]{+new+}``, beside the old text written the same way: no quotation
    marks that the quote does not have)."""
    rows = []
    for name, old, new in claim_fields(fields, claim):
        words = field_words(*fields[name], whole=True)
        if words is not None:
            rows.append([md(claim_id), md(name), md(clean(fields[name][0])), md(words, 1000)])
        else:
            rows.append([md(claim_id), md(name), md(old), md(new)])
    return rows


def render_markdown(diff: RegistryDiff, options: Options) -> str:
    """A pull-request comment (and step summary): headline, findings, then the changes;
    every file:line from the repository root (``options.prefix``), as a reviewer finds it."""
    prefix = options.prefix
    # the run's verdict, as its exit code gives it (warnings fail it with --strict)
    icon = "❌" if diff.exit_code(strict=options.strict) else "✅"
    out = [
        f"### {icon} desertcheck diff: {md(diff.base, 120)} → {md(diff.head, 120)}",
        "",
        md(summary(diff), 1000),
        "",
    ]
    if diff.introduced:
        out += ["#### Findings introduced", "", *_md_findings(diff.introduced, False, diff, prefix)]
    if diff.silenced:
        out += [
            "#### Findings silenced by desertcheck.toml",
            "",
            md(SILENCED[0].upper() + SILENCED[1:] + ".", 1000),
            "",
            *_md_findings(diff.silenced, False, diff, prefix),
        ]
    if diff.resolved:
        out += ["#### Findings resolved", "", *_md_findings(diff.resolved, True, diff, prefix)]
    if diff.reworded:
        rows = [
            [
                f"{MD_MARK[f.severity]} {f.severity.value}",
                md(f.code),
                md(", ".join(f.claims)),
                md(f.message),
                md(reworded_words(old, f), 1000),
                md(where(f.file, f.line, prefix)),
            ]
            for old, f in diff.reworded
        ]
        header = ["", "check", "claims", "message", "words, [-before-]{+now+}", "where"]
        out += ["#### Findings reworded", "", *md_table(header, rows), ""]

    change_rows: list[list[str]] = []
    for ch in diff.claims_changed:
        change_rows += _md_fields(ch.claim.id, ch.fields, ch.claim)
    for r in diff.claims_renamed:
        new_id = _md_value(r.new.id)
        if r.alike is not None:
            new_id += " " + md(paired(r.alike))
        change_rows.append([md(r.new.id), "id", _md_value(r.old.id), new_id])
        if r.old.file != r.new.file:
            change_rows.append([md(r.new.id), "file", _md_value(r.old.file), _md_value(r.new.file)])
        change_rows += _md_fields(r.new.id, r.fields, r.new)
    for fr in diff.files_renamed:
        change_rows.append([md(file_contents(fr)), "file", _md_value(fr.old), _md_value(fr.new)])
    for m in diff.claims_moved:
        if not diff.renamed_with_file(m.old.file, m.new.file):
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
                md(where(c.file, c.line, prefix)),
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
    for sr in diff.sources_renamed:
        src_rows.append(
            [md(sr.new.id), "renamed", f"{_md_value(sr.old.id)} → {_md_value(sr.new.id)}"]
        )
        moved = source_moved(sr.old.file, sr.new.file, sr.text)
        src_rows.append([md(sr.new.id), "file", md(moved)])
        src_rows += _md_source_rows(sr.new.id, sr.meta, sr.text)
    for s in diff.sources_added:
        src_rows.append([md(s.source.id), "added", md(s.source.meta.title)])
    for s in diff.sources_removed:
        src_rows.append([md(s.source.id), "removed", md(s.source.meta.title)])
    for sc in diff.sources_changed:
        src_rows += _md_source_rows(sc.source.id, sc.meta, sc.text)
    if src_rows:
        out += _section("Sources", ["source", "change", "detail"], src_rows)
    relation_rows = _md_relations(diff)
    if relation_rows:
        out += _section("Relations", ["relation", "change", "detail"], relation_rows)
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
    setting_rows = [[md(w) for w in setting_words(c, prefix)] for c in diff.settings_changed]
    if setting_rows:
        out += _section(
            "Settings (desertcheck.toml)", ["setting: old → new", "where"], setting_rows
        )
    if not diff.registry_changed and not diff.introduced and not diff.resolved:
        out += ["No change to claims or sources.", ""]
    return "\n".join(out)


def _md_source_rows(sid: str, meta: FieldChanges, text: TextChange | None) -> list[list[str]]:
    """A source's front-matter changes, a row each, then its text's summary and words."""
    rows = [
        [md(sid), md(name), f"{_md_value(old)} → {_md_value(new)}"]
        for name, (old, new) in meta.items()
    ]
    if text is not None:
        rows.append([md(sid), "text", md(text_summary(text), 1000)])
        rows += [[md(sid), "words", md(change, 1000)] for change in hunk_lines(text)]
    return rows


def _md_relations(diff: RegistryDiff) -> list[list[str]]:
    rows = [
        [md(e.relation.id), "added", md(relation_text(e.relation))] for e in diff.relations_added
    ]
    rows += [
        [md(e.relation.id), "removed", md(relation_text(e.relation))]
        for e in diff.relations_removed
    ]
    renamed = renamed_claims(diff)
    for ch in diff.relations_changed:
        if went_with_file(diff, ch):
            continue
        rows += [
            [md(ch.relation.id), md(name), md(text)] for name, text in relation_fields(ch, renamed)
        ]
    return rows
