"""Comparing two verified registries (sides): what a change does to the registry and to its
verify findings.

:func:`compare` sets two sides side by side: claims added, removed, changed (field by
field), moved (same id, other file) and renamed (new id, same source and quote); sources
added, removed and changed (front matter field by field; text by lines, naming the claims
whose quotes the change touches); and the verify findings the change introduces and
resolves.

Findings are matched by what they are about, not where they are printed: a finding's key
is its code and its sorted claim ids (a renamed claim counts under its new id), or, for
a finding about no claim, its code and file. Keys are compared as multisets, so a second
``contradiction`` between the same claims is still news, and moving a claim down a file
(which changes every line number) introduces nothing (:mod:`.found`).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from desertcheck.diff.found import (
    failing_claims,
    findings_compared,
    sort_by_severity,
)
from desertcheck.diff.lines import line_opcodes
from desertcheck.diff.pairing import (
    as_json,
    claim_renames,
    field_changes,
    source_renames,
    without_acceptances,
)
from desertcheck.diff.placing import (
    at_edited_claim,
    at_reusing_claim,
    renamed_files,
    renamed_source_named,
    reused_ids,
    settings_of,
    silenced,
)
from desertcheck.diff.relations import relation_changes
from desertcheck.diff.results import (
    AcceptanceEntry,
    ClaimChange,
    ClaimEntry,
    ClaimMove,
    ClaimRename,
    Hunk,
    RegistryDiff,
    SourceChange,
    SourceEntry,
    SourceRename,
    TextChange,
)
from desertcheck.diff.settings import setting_changes
from desertcheck.findings import Finding

if TYPE_CHECKING:
    from desertcheck.cache.checks import CheckCache
    from desertcheck.config import Config
    from desertcheck.model import Claim, Source
    from desertcheck.registry import LoadResult, Registry
    from desertcheck.verify import VerifyResult

#: The label of the side that is the working tree.
WORKING_TREE = "working tree"


@dataclass(frozen=True, slots=True)
class Side:
    """A registry as loaded and verified, with the name it is shown under."""

    label: str
    result: VerifyResult
    #: what verify read: the side's settings, their text (None: no desertcheck.toml), the
    #: registry as loaded and the findings of reading it, to verify it again under the
    #: other side's settings (:func:`silenced`)
    config: Config | None = None
    settings: str | None = None
    loaded: LoadResult | None = None
    extra: tuple[Finding, ...] = ()

    @property
    def registry(self) -> Registry:
        return self.result.registry

    @property
    def findings(self) -> Sequence[Finding]:
        return self.result.findings


class Verified(Protocol):
    """What :func:`compare` reads of a side: a :class:`Side`, or (:mod:`.fast`) the claims
    files a change touched with the side's findings."""

    @property
    def label(self) -> str: ...

    @property
    def registry(self) -> Registry: ...

    @property
    def findings(self) -> Sequence[Finding]: ...


def verified(
    label: str, loaded: LoadResult, extra: Iterable[Finding] = (), cache: CheckCache | None = None
) -> Side:
    """Verify ``loaded`` with its own desertcheck.toml and every check; ``extra`` findings
    (from reading a revision) are reported with the loader's. With ``cache``, the claims
    whose files are unchanged since a run that stored them are not checked again."""
    from desertcheck.config import CONFIG_FILE, config_text, load_config
    from desertcheck.verify import verify

    root = loaded.registry.root
    config, config_findings = load_config(root)
    extra = tuple(extra)
    result = verify(loaded, config, extra=[*extra, *config_findings], cache=cache)
    try:
        settings: str | None = config_text(root / CONFIG_FILE)
    except (OSError, UnicodeDecodeError):
        settings = None
    return Side(label, result, config, settings, loaded, extra)


def compare(base: Verified, head: Verified) -> RegistryDiff:
    """What changed from ``base`` to ``head``: claims, sources and findings."""
    old, new = base.registry, head.registry
    old_ids = {c.id: c for c in old.claims}
    new_ids = {c.id: c for c in new.claims}
    broken = unloaded_files(head.findings)
    unread = [c for c in old.claims if c.id not in new_ids and c.file in broken]
    unread_ids = {c.id for c in unread}
    removed = [c for c in old.claims if c.id not in new_ids and c.id not in unread_ids]
    shadowed = reused_ids(old_ids, new_ids, head.findings)
    added = [c for c in new.claims if c.id not in old_ids or c.id in shadowed]
    moved_sources = _source_renames(old, new)
    renames = claim_renames(removed, added, {s.old.id: s.new.id for s in moved_sources})
    renamed_old = {r.old.id for r in renames}
    renamed_new = {r.new.id for r in renames}
    changed, moved = _claim_changes(old_ids, [c for c in new.claims if c.id not in shadowed])
    sources_changed = _source_changes(old, new, renames)
    new_name = {r.old.id: r.new.id for r in renames}
    new_file = {s.old.file: s.new.file for s in moved_sources}
    introduced, resolved, reworded = findings_compared(
        base.findings,
        head.findings,
        new_name,
        new_file,
        {s.old.id: s.new.id for s in moved_sources},
    )
    # a claim head could not read, or a file it could not load, has not had its findings
    # fixed: they are hidden, not resolved. A finding of claims head did read is resolved
    # wherever it stands (a duplicate-id beside it leaves out only the second entry)
    resolved = [
        f for f in resolved if not unread_ids & set(f.claims) and (f.claims or f.file not in broken)
    ]
    relations_added, relations_removed, relations_changed = relation_changes(
        old.relations, new.relations, broken
    )
    gone = frozenset(c.id for c in removed if c.id not in renamed_old)
    renamed_sources = {s.old.id for s in moved_sources} | {s.new.id for s in moved_sources}
    edited = {c.id for c in added} | {ch.claim.id for ch in changed} | renamed_new
    introduced = [at_edited_claim(f, edited, new_ids) for f in introduced]
    # keyed as verify gives them, for the run under base's settings to be compared with:
    # a reused id's duplicate-id is told at the added claim's file below
    as_verified = introduced
    introduced, reuses = at_reusing_claim(introduced, shadowed, old_ids, new_ids)
    source_ids = {s.old.id: s.new.id for s in moved_sources}
    introduced = [renamed_source_named(f, source_ids) for f in introduced]
    settings = setting_changes(settings_of(base), settings_of(head))
    hidden, unfixed = silenced(
        base,
        head,
        as_verified,
        resolved,
        (new_name, new_file, {s.old.id: s.new.id for s in moved_sources}),
    )
    hidden = [at_edited_claim(f, edited, new_ids) for f in hidden]
    resolved = [f for f in resolved if all(f is not g for g in unfixed)]
    was = {s.new.id: s.old for s in moved_sources}
    introduced = sort_by_severity([*introduced, *unfingerprinted_edits(old, new, introduced, was)])
    accepted, unaccepted = acceptance_changes(old_ids, new.claims, renames)
    return RegistryDiff(
        base=base.label,
        head=head.label,
        claims_added=tuple(ClaimEntry(c) for c in added if c.id not in renamed_new),
        claims_removed=tuple(ClaimEntry(c) for c in removed if c.id not in renamed_old),
        claims_unread=tuple(ClaimEntry(c) for c in unread),
        claims_changed=tuple(changed),
        claims_moved=tuple(moved),
        claims_renamed=tuple(renames),
        sources_added=tuple(
            SourceEntry(s)
            for sid, s in new.sources.items()
            if sid not in old.sources and sid not in renamed_sources
        ),
        sources_removed=tuple(
            SourceEntry(s)
            for sid, s in old.sources.items()
            if sid not in new.sources and sid not in renamed_sources
        ),
        sources_changed=tuple(sources_changed),
        sources_renamed=tuple(moved_sources),
        relations_added=tuple(relations_added),
        relations_removed=tuple(relations_removed),
        relations_changed=tuple(relations_changed),
        acceptances_added=tuple(accepted),
        acceptances_removed=tuple(unaccepted),
        introduced=tuple(introduced),
        resolved=tuple(resolved),
        files_renamed=renamed_files(old, new, moved, relations_changed),
        settings_changed=settings,
        silenced=tuple(sort_by_severity([*hidden, *unfixed])),
        reworded=tuple(reworded),
        failing=failing_claims([*head.findings, *reuses], resolved, new_name, gone),
        gone=gone,
    )


def unloaded_files(findings: Iterable[Finding]) -> set[str]:
    """Claims files with a loader error: some or all of their claims were not read, so a
    claim missing from one is not known to be removed."""
    return {
        f.file
        for f in findings
        if f.file is not None and f.file.startswith("claims/") and f.code.leaves_claims_out
    }


def acceptance_changes(
    old_ids: Mapping[str, Claim], new_claims: Sequence[Claim], renames: Sequence[ClaimRename]
) -> tuple[list[AcceptanceEntry], list[AcceptanceEntry]]:
    """(added, removed): findings accepted by claims of head and not before, and the other
    way round, by claim and code (a renamed claim keeps its acceptances; a removed claim's
    go with it)."""
    was = {r.new.id: r.old for r in renames}
    added: list[AcceptanceEntry] = []
    removed: list[AcceptanceEntry] = []
    for c in new_claims:
        before = was.get(c.id) or old_ids.get(c.id)
        if before is c or (before is not None and not before.accept and not c.accept):
            continue  # nothing accepted on either side (or the very same claim)
        old_codes = {a.code: a for a in before.accept} if before is not None else {}
        new_codes = {a.code: a for a in c.accept}
        added += [AcceptanceEntry(c, a.code, a.reason) for a in c.accept if a.code not in old_codes]
        if before is not None:
            removed += [
                AcceptanceEntry(before, a.code, a.reason)
                for a in before.accept
                if a.code not in new_codes
            ]
    return added, removed


def unfingerprinted_edits(
    old: Registry,
    new: Registry,
    introduced: Sequence[Finding],
    renamed: Mapping[str, Source] | None = None,
) -> list[Finding]:
    """A ``source-modified`` error for each source whose text changed without a new
    fingerprint (none, or the one it had), unless verify already reports it or the new
    text is the one its fingerprint records (restored as published); a renamed
    source (``renamed``: its old self by its new id) is compared with its old text."""
    from desertcheck.codes import Code
    from desertcheck.fingerprint import fingerprint

    told = {f.file for f in introduced if f.code == Code.SOURCE_MODIFIED}
    out: list[Finding] = []
    for sid, src in new.sources.items():
        prev = old.sources.get(sid) or (renamed or {}).get(sid)
        if prev is None or src.file in told:
            continue
        recorded = src.meta.sha256
        if recorded is not None and recorded != prev.meta.sha256:
            continue  # fingerprinted anew: a deliberate change, for review to read
        if prev.text == src.text or fingerprint(prev.text) == fingerprint(src.text):
            continue
        if recorded is not None and fingerprint(src.text) == recorded:
            continue  # the text restored as published: the fix the error asks for
        ids = tuple(c.id for c in new.claims if c.source == sid)
        how = "it has no fingerprint" if recorded is None else "its fingerprint is the old one"
        out.append(
            Finding.of(
                Code.SOURCE_MODIFIED,
                f"the text of source {sid!r} changed, but {how}: sources stay as published. "
                f"Restore the text, or run `desertcheck fingerprint {sid}` to record a "
                "deliberate change",
                src.file,
                *(src.meta.where.of("sha256") if recorded else (1, 1)),
                ids,
            )
        )
    return out


def _source_renames(old: Registry, new: Registry) -> list[SourceRename]:
    """The sources removed and added that are one source under a new id: the same text,
    or nearly (a file renamed or moved, perhaps with a correction)."""
    removed = [s for sid, s in old.sources.items() if sid not in new.sources]
    added = [s for sid, s in new.sources.items() if sid not in old.sources]
    if not removed or not added:
        return []
    out = []
    for was, now in source_renames(removed, added):
        meta = field_changes(as_json(was.meta), as_json(now.meta))
        text = None
        if was.text != now.text:
            text = text_change(was, now, old.claims, new.claims)
        out.append(SourceRename(was, now, meta, text))
    return out


def _claim_changes(
    old_ids: Mapping[str, Claim], new_claims: Sequence[Claim]
) -> tuple[list[ClaimChange], list[ClaimMove]]:
    """(changed, moved): the claims kept under their id whose fields or file changed."""
    changed: list[ClaimChange] = []
    moved: list[ClaimMove] = []
    for c in new_claims:
        was = old_ids.get(c.id)
        if was is None or was is c:  # the same object: a file both sides share, unchanged
            continue
        if was.file != c.file:
            moved.append(ClaimMove(was, c))
        changes = without_acceptances(field_changes(as_json(was), as_json(c)), was, c)
        if changes:
            changed.append(ClaimChange(c, changes))
    return changed, moved


def _source_changes(
    old: Registry, new: Registry, renames: Sequence[ClaimRename]
) -> list[SourceChange]:
    """The sources on both sides whose front matter or text changed."""
    sources_changed: list[SourceChange] = []
    for sid, src in new.sources.items():
        prev = old.sources.get(sid)
        if prev is None:
            continue
        meta = field_changes(as_json(prev.meta), as_json(src.meta))
        text = None
        if prev.text != src.text:
            text = text_change(prev, src, old.claims, new.claims, renames)
        if meta or text is not None:
            sources_changed.append(SourceChange(src, meta, text))
    return sources_changed


def text_change(
    old: Source,
    new: Source,
    old_claims: Sequence[Claim],
    new_claims: Sequence[Claim],
    renames: Sequence[ClaimRename] = (),
) -> TextChange:
    """How a source's text changed, by lines, and which claims' quotes that touches.

    A claim is touched when its quote was found in the old text on a line the change
    removed or replaced, when it is found in the new text on a line the change added or
    replaced, or when it was found in the old text and is not found in the new one
    (``quotes_lost``). Claims citing the source on either side are considered. The lines
    are compared in bounded time (:func:`~desertcheck.diff.lines.line_opcodes`).
    """
    a = old.text.splitlines(keepends=True)
    b = new.text.splitlines(keepends=True)
    ops = line_opcodes(a, b)
    hunks = tuple(
        Hunk(
            old.body_line + i1,
            i2 - i1,
            new.body_line + j1,
            j2 - j1,
            hunk_change("".join(a[i1:i2]), "".join(b[j1:j2])),
        )
        for tag, i1, i2, j1, j2 in ops
        if tag != "equal"
    )
    old_spans = [(i1, i2) for tag, i1, i2, _, _ in ops if tag in ("delete", "replace")]
    new_spans = [(j1, j2) for tag, _, _, j1, j2 in ops if tag in ("insert", "replace")]
    before = _quote_lines(old, old_claims)
    after = _quote_lines(new, new_claims)

    found_before = {cid for cid, lines in before if lines is not None}
    touched = {cid for cid, lines in before if lines is not None and _touches(old_spans, lines)}
    old_name = {r.new.id: r.old.id for r in renames}
    new_name = {r.old.id: r.new.id for r in renames}
    lost = {cid for cid, lines in after if lines is None and old_name.get(cid, cid) in found_before}
    if lost:  # lost to the text's change, not to the claim's: its quote was in the old text
        now = [c for c in new_claims if c.id in lost]
        lost = {cid for cid, lines in _quote_lines(old, now) if lines is not None}
    touched |= lost
    touched |= {cid for cid, lines in after if lines is not None and _touches(new_spans, lines)}
    touched = {new_name.get(t, t) for t in touched}
    return TextChange(
        lines_added=sum(j2 - j1 for j1, j2 in new_spans),
        lines_removed=sum(i2 - i1 for i1, i2 in old_spans),
        hunks=hunks,
        claims=tuple(sorted(touched)),
        quotes_lost=tuple(sorted(lost)),
    )


#: Characters of a run of changed lines, both sides, beyond which its words are not shown.
HUNK_SHOWN = 20_000


#: What a run of changed lines shows when no word of it changed.
SAME_WORDS = "(the same words: only spacing, line breaks, quote marks or end punctuation)"


def hunk_change(old: str, new: str) -> str:
    """The words of a run of changed lines, the changed ones marked (``[-old-]{+new+}``),
    with six unchanged words kept on either side of a change; empty for a long run."""
    if len(old) + len(new) > HUNK_SHOWN:
        return ""
    from desertcheck.text import format_word_diff, trim_equal, word_diff

    shown = format_word_diff(trim_equal(word_diff(old, new)))
    return shown if "[-" in shown or "{+" in shown else SAME_WORDS


def _quote_lines(
    source: Source, claims: Sequence[Claim]
) -> list[tuple[str, tuple[int, int] | None]]:
    """The claims citing ``source``, each with the 0-based first and last line of its
    quote in the source's text (None: the quote is not found). The text is normalised
    only when a claim cites it."""
    from desertcheck.text import find_quote, line_col, normalize

    citing = [c for c in claims if c.source == source.id]
    if not citing:
        return []
    norm = normalize(source.text)
    out: list[tuple[str, tuple[int, int] | None]] = []
    for c in citing:
        loc = find_quote(c.quote, norm)
        if loc is None:
            out.append((c.id, None))
        else:
            first, _ = line_col(source.text, loc.start)
            last, _ = line_col(source.text, max(loc.start, loc.end - 1))
            out.append((c.id, (first - 1, last - 1)))
    return out


def _touches(spans: list[tuple[int, int]], lines: tuple[int, int]) -> bool:
    """Whether the 0-based lines ``first..last`` meet a changed span ``lo..hi-1`` (the
    spans are in order and do not overlap)."""
    first, last = lines
    k = bisect.bisect_right(spans, first, key=lambda span: span[1])
    return k < len(spans) and spans[k][0] <= last
