"""What ``desertcheck diff``'s table, Markdown and GitHub formats say alike of a change:
where a thing is, how a rename was told, and what a resolved finding went with."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desertcheck.reporters import join

if TYPE_CHECKING:
    from desertcheck.diff import RegistryDiff, RelationChange, TextChange
    from desertcheck.diff.results import FileRename
    from desertcheck.findings import Finding
    from desertcheck.model import Claim

#: Why a claim of base is neither removed nor kept.
UNREAD = "not compared: its claims file does not load (see the loader's error)"


def where(file: str | None, line: int, base: str = "") -> str:
    """``file:line`` (``file`` alone for line 0, '-' for none), the file seen from ``base``
    (:attr:`~desertcheck.reporters.Options.here` or ``prefix``: '' leaves it as it is)."""
    if not file:
        return "-"
    shown = join(base, file)
    return f"{shown}:{line}" if line else f"{shown}"


def paired(alike: int) -> str:
    """How a renamed claim whose quote changed was told from one removed and one added."""
    return f"(paired by its quote, {alike}% alike)"


def source_moved(old_file: str, new_file: str, text: TextChange | None) -> str:
    same = "its text unchanged" if text is None else "its text nearly the same"
    return f"file {old_file} → {new_file}, {same}"


def renamed_claims(diff: RegistryDiff) -> dict[str, str]:
    return {r.old.id: r.new.id for r in diff.claims_renamed}


def accepted(f: Finding) -> str:
    return f" (accepted: {f.accepted.reason})" if f.accepted else ""


def fails_now(diff: RegistryDiff, f: Finding) -> str:
    """Why a resolved finding may not be fixed: 'resolved, but claim-id now fails verify
    (quote-not-found)'."""
    ids = diff.failing_of(f)
    verb = "fails" if len(ids) == 1 else "fail"
    return f"resolved, but {', '.join(ids)} now {verb} verify ({', '.join(diff.fails_now(f))})"


def gone(diff: RegistryDiff, f: Finding) -> str:
    """'resolved with claim x, which the change removed': a finding gone with its claim."""
    ids = diff.gone_of(f)
    if not ids:
        return ""
    which = "claim" if len(ids) == 1 else "claims"
    return f"resolved with {which} {', '.join(ids)}, which the change removed"


def but(diff: RegistryDiff, f: Finding) -> str:
    """'Resolved, but x now fails verify (quote-not-found): ' before a resolved finding's
    message (first, so that a cut message keeps it), or 'Resolved with claim x, which the
    change removed: '; empty when neither."""
    notes = [n for n in (fails_now(diff, f) if diff.fails_now(f) else "", gone(diff, f)) if n]
    if not notes:
        return ""
    note = "; ".join(notes)
    return f"{note[0].upper()}{note[1:]}: "


def facts(c: Claim) -> str:
    """A new claim's period, measure, scope and quote, on one line."""
    quote = " ".join(c.quote.split())
    return f"period {c.period} · {c.measure} / {c.scope} · {c.source}: “{quote}”"


#: Why a finding is listed as silenced, not resolved (every format says it alike).
SILENCED = (
    "silenced by desertcheck.toml: the change's own settings keep it from being reported "
    "(the base's settings still report it); it counts as an introduced finding would: an "
    "error fails the run, a warning fails it with --strict"
)

#: Where a setting stands: the registry's settings file.
SETTINGS_FILE = "desertcheck.toml"


def setting_words(change: object, base: str = "") -> tuple[str, str]:
    """(what, where) of a setting of desertcheck.toml the change added, removed or
    changed: 'verify.tolerance: 0.05 → 0.2', 'desertcheck.toml:121' (seen from ``base``)."""
    from desertcheck.diff.settings import SettingChange

    assert isinstance(change, SettingChange)
    old, new = change.shown(change.old), change.shown(change.new)
    what = f"{change.key}: {old} → {new}"
    if isinstance(change.old, list) and isinstance(change.new, list):
        # a list of many entries ([[scan.exclude]]) as the entries it lost and gained
        gone = [v for v in change.old if v not in change.new]
        came = [v for v in change.new if v not in change.old]
        if gone or came:
            parts = [f"− {change.shown(v)}" for v in gone] + [f"+ {change.shown(v)}" for v in came]
            kept = len(change.new) - len(came)
            what = f"{change.key}: {'; '.join(parts)} ({kept} kept)"
    at = where(SETTINGS_FILE, change.line, base)
    return what, (f"was {at}" if change.removed_at_base else at)


def file_contents(rename: FileRename) -> str:
    """'17 claims, 2 relations': what a claims file renamed whole holds."""
    from desertcheck.vocabulary import plural

    rels = f", {plural(rename.relations, 'relation')}" if rename.relations else ""
    return f"{plural(rename.claims, 'claim')}{rels}"


def went_with_file(diff: RegistryDiff, change: RelationChange) -> bool:
    """A relation changed only by moving with its whole claims file: told with the file."""
    return not set(change.fields) - {"file"} and diff.renamed_with_file(
        change.old_file, change.relation.file
    )
