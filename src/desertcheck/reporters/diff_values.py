"""The changed fields of ``desertcheck diff``'s claims and sources as its table, Markdown
and GitHub formats show them: a claim's value as its figure is shown everywhere else, any
other value as JSON writes it (the JSON format keeps every value as the registry has it);
and the lines those formats share: the summary, a source text change's summary and words.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from desertcheck.findings import Severity
from desertcheck.reporters.terminal import clean
from desertcheck.vocabulary import plural

if TYPE_CHECKING:
    from collections.abc import Sequence

    from desertcheck.diff import FieldChanges, RegistryDiff, RelationChange, TextChange
    from desertcheck.findings import Finding
    from desertcheck.model import Claim, Relation


def show_value(value: Any) -> str:
    """A field value as one line: strings quoted (so an empty one shows), absent as (none)."""
    if value is None:
        return "(none)"
    return clean(json.dumps(value, ensure_ascii=False))


def claim_fields(fields: FieldChanges, claim: Claim | None) -> list[tuple[str, str, str]]:
    """(field, old, new) of changed fields, each side as one line: a claim's value as the
    claim's figure (:func:`~desertcheck.vocabulary.figure_text`: "1.45 million
    passengers", with the qualifier and unit of its side), any other field as
    :func:`show_value`. Values that read the same once formatted are shown raw, so no
    change is hidden."""
    out = []
    for name, (old, new) in fields.items():
        a, b = show_value(old), show_value(new)
        if name == "value" and claim is not None:
            a = _figure(old, fields, claim, 0) or a
            b = _figure(new, fields, claim, 1) or b
            if a == b:
                a, b = show_value(old), show_value(new)
        out.append((name, a, b))
    return out


def _figure(value: Any, fields: FieldChanges, claim: Claim, side: int) -> str | None:
    """A side's value read as the claim's figure; None when it is no number or range."""
    from desertcheck.vocabulary import figure_text

    def of(name: str) -> Any:
        return fields[name][side] if name in fields else getattr(claim, name)

    if isinstance(value, list) and len(value) == 2:
        value = (value[0], value[1])
    numbers = value if isinstance(value, tuple) else (value,)
    if not all(isinstance(x, int | float) and not isinstance(x, bool) for x in numbers):
        return None
    qualifier, unit = of("qualifier"), of("unit")
    if not isinstance(qualifier, str) or not isinstance(unit, str | None):
        return None
    return clean(figure_text(value, qualifier, unit))


#: A changed text field at least this long on either side is shown as its changed words.
WORDS_FROM = 40


def field_words(old: Any, new: Any, *, whole: bool = False) -> str | None:
    """A long changed text field (a quote, a statement) as its words with the changed ones
    marked, as a source's text change is shown (``with {+over+} 13,500 …``); None for a
    short or non-text field, or when no word changed (only spacing or quote marks), where
    the whole values are shown. ``whole``: every word, none cut (the text being merged,
    read in full where there is room: the Markdown table)."""
    from desertcheck.diff.comparison import SAME_WORDS, hunk_change

    if not (isinstance(old, str) and isinstance(new, str)):
        return None
    if max(len(old), len(new)) < WORDS_FROM:
        return None
    shown = hunk_change(old, new)
    if not shown or shown == SAME_WORDS:
        return None
    if whole:
        from desertcheck.text import format_word_diff, word_diff

        shown = format_word_diff(word_diff(old, new))
    return clean(shown)


def _counts(what: str, **lists: Sequence[object]) -> str:
    """``claims: 1 changed, 2 moved``, or ``claims: no change``."""
    parts = [f"{len(items)} {kind}" for kind, items in lists.items() if items]
    return f"{what}: {', '.join(parts)}" if parts else f"{what}: no change"


def summary(diff: RegistryDiff) -> str:
    """One line: what changed in the registry and in its findings."""
    claims = _counts(
        "claims",
        added=diff.claims_added,
        removed=diff.claims_removed,
        **{"not compared": diff.claims_unread},
        changed=diff.claims_changed,
        moved=diff.claims_moved,
        renamed=diff.claims_renamed,
    )
    sources = _counts(
        "sources",
        added=diff.sources_added,
        removed=diff.sources_removed,
        changed=diff.sources_changed,
        renamed=diff.sources_renamed,
    )
    if diff.relations_added or diff.relations_removed or diff.relations_changed:
        sources += "; " + _counts(
            "relations",
            added=diff.relations_added,
            removed=diff.relations_removed,
            changed=diff.relations_changed,
        )
    if diff.acceptances_added or diff.acceptances_removed:
        sources += "; " + _counts(
            "acceptances", added=diff.acceptances_added, removed=diff.acceptances_removed
        )
    if diff.settings_changed:
        sources += f"; desertcheck.toml: {plural(len(diff.settings_changed), 'setting')} changed"
    errors = sum(f.severity is Severity.ERROR and not f.accepted for f in diff.introduced)
    found = f"findings: {len(diff.introduced)} introduced"
    if errors:
        found += f" ({plural(errors, 'error')})"
    found += f", {len(diff.resolved)} resolved"
    if diff.reworded:
        found += f", {len(diff.reworded)} reworded"
    if diff.silenced:
        hushed = sum(f.severity is Severity.ERROR for f in diff.silenced)
        found += f", {len(diff.silenced)} silenced by desertcheck.toml"
        found += f" ({plural(hushed, 'error')})" if hushed else ""
    broken = sum(bool(diff.fails_now(f)) for f in diff.resolved)
    gone = sum(bool(diff.gone_of(f)) for f in diff.resolved)
    notes = [f"{broken} whose claim now fails verify"] if broken else []
    if gone:
        notes.append(f"{gone} with {'its claim' if gone == 1 else 'their claims'} removed")
    if notes:
        found += f" ({'; '.join(notes)})"
    return f"{claims}; {sources}; {found}"


def text_summary(text: TextChange) -> str:
    """'+2 −1 lines at 14, 20; touches claims a, b; quote no longer found: a'."""
    where = ", ".join(
        str(h.new_line) if h.new_count else f"{h.new_line} (removed)" for h in text.hunks[:8]
    )
    if len(text.hunks) > 8:
        where += ", …"
    out = f"text: +{text.lines_added} −{text.lines_removed} lines at line {where}"
    if text.claims:
        out += f"; touches claims {', '.join(text.claims)}"
    else:
        out += "; touches no claim's quote"
    if text.quotes_lost:
        out += f"; quote no longer found: {', '.join(text.quotes_lost)}"
    return out


def reworded_words(old: Finding, new: Finding) -> str:
    """A reworded finding's old message as its words, the changed ones marked
    (``[-old-]{+new+}``), or whole when that shows nothing; its old severity first when
    it had another."""
    from desertcheck.diff.comparison import SAME_WORDS, hunk_change

    shown = hunk_change(old.message, new.message)
    words = shown if shown and shown != SAME_WORDS else old.message
    if old.severity is not new.severity:
        words = f"{old.severity.value}: {words}"
    return clean(words)


def relation_text(r: Relation) -> str:
    """A relation as one line: 'sum: a + b = c', 'part-of: a, b ≤ c'."""
    if r.kind == "sum":
        return f"{r.kind}: {' + '.join(r.parts)} = {r.whole}"
    return f"{r.kind}: {', '.join(r.parts)} ≤ {r.whole}"


def relation_fields(change: RelationChange, renamed: dict[str, str]) -> list[tuple[str, str]]:
    """(field, 'old → new') of a relation's changes; a claim it now names in place of
    one the change renamed to it is said to be that rename, and a claim it names in
    place of another is said to be another claim, so a re-pointed relation stands out."""
    out = []
    for name, (old, new) in change.fields.items():
        text = f"{show_value(old)} → {show_value(new)}"
        if name == "whole" and isinstance(old, str) and isinstance(new, str):
            if renamed.get(old) == new:
                text += " (the same claim renamed)"
            elif old in renamed:
                text += f" (another claim: {old} was renamed {renamed[old]})"
            else:
                text += " (another claim)"
        elif name == "parts" and isinstance(old, list) and isinstance(new, list):
            dropped = [p for p in old if p not in new]
            joined = [p for p in new if p not in old]
            said = [f"{p} renamed {renamed[p]}" for p in dropped if renamed.get(p) in joined]
            follows = {renamed[p] for p in dropped if renamed.get(p) in joined}
            said += [f"without {p}" for p in dropped if renamed.get(p) not in joined]
            said += [f"with {p}" for p in joined if p not in follows]
            if said:
                text += f" ({'; '.join(said)})"
        out.append((name, clean(text)))
    if change.old_file != change.relation.file:
        out.append(
            ("file", clean(f"{show_value(change.old_file)} → {show_value(change.relation.file)}"))
        )
    return out


def hunk_lines(text: TextChange, limit: int = 8) -> list[str]:
    """The changed words of each run of changed lines: 'line 40: … [-5,260-]{+5,620+} …'."""
    shown = [h for h in text.hunks if h.change]
    lines = [
        f"line {h.new_line}{'' if h.new_count else ' (removed)'}: {h.change}" for h in shown[:limit]
    ]
    if len(shown) > limit:
        lines.append(f"… and {plural(len(shown) - limit, 'more run')} of changed lines")
    return lines
