"""What :func:`desertcheck.diff.compare` finds: one class a kind of change, and
:class:`RegistryDiff` holding them all. ``to_dict()`` gives each one's ``--format json``
shape."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeAlias

from desertcheck.findings import Finding, exit_code

if TYPE_CHECKING:
    from desertcheck.diff.settings import SettingChange
    from desertcheck.model import Claim, Relation, Source

#: Each changed field's (old, new) value.
FieldChanges: TypeAlias = dict[str, tuple[Any, Any]]


@dataclass(frozen=True, slots=True)
class ClaimEntry:
    """A claim added (as it is in head) or removed (as it was in base)."""

    claim: Claim

    def to_dict(self) -> dict[str, object]:
        c = self.claim
        return {"id": c.id, "file": c.file, "line": c.line, "claim": c.model_dump(mode="json")}


@dataclass(frozen=True, slots=True)
class ClaimChange:
    """A claim whose fields changed: ``fields`` maps each changed field to (old, new)."""

    claim: Claim  # as it is in head
    fields: FieldChanges

    def to_dict(self) -> dict[str, object]:
        c = self.claim  # where it is in head, as a CI annotation places it
        return {"id": c.id, "file": c.file, "line": c.line, "fields": _old_and_new(self.fields)}


@dataclass(frozen=True, slots=True)
class ClaimMove:
    """Same id, another claims file."""

    old: Claim
    new: Claim

    def to_dict(self) -> dict[str, object]:
        return {
            "id": self.new.id,
            "old_file": self.old.file,
            "new_file": self.new.file,
            "line": self.new.line,
        }


@dataclass(frozen=True, slots=True)
class ClaimRename:
    """A new id for the same statistic: same source, same quote (normalised), or, with
    ``alike`` (a percentage), a quote nearly the same, with nothing closer on either side.
    Other fields may have changed too: they are in ``fields``."""

    old: Claim
    new: Claim
    fields: FieldChanges
    alike: int | None = None  # the quotes' similarity, when they are not the same

    def to_dict(self) -> dict[str, object]:
        return {
            "old_id": self.old.id,
            "new_id": self.new.id,
            "old_file": self.old.file,
            "file": self.new.file,
            "line": self.new.line,
            "fields": _old_and_new(self.fields),
            "quote_similarity": 100 if self.alike is None else self.alike,
        }


@dataclass(frozen=True, slots=True)
class SourceEntry:
    """A source added (as it is in head) or removed (as it was in base)."""

    source: Source

    def to_dict(self) -> dict[str, object]:
        s = self.source
        return {
            "id": s.id,
            "file": s.file,
            "meta": s.meta.model_dump(mode="json"),
            "lines": len(s.text.splitlines()),
        }


@dataclass(frozen=True, slots=True)
class Hunk:
    """A run of changed lines, as file line numbers (a count of 0: nothing on that side),
    and its words with the changed ones marked (``change``: ``[-old-]{+new+}``, unchanged
    runs cut short; empty when the run is too long to show)."""

    old_line: int
    old_count: int
    new_line: int
    new_count: int
    change: str = ""

    def to_dict(self) -> dict[str, int | str]:
        return {
            "old_line": self.old_line,
            "old_count": self.old_count,
            "new_line": self.new_line,
            "new_count": self.new_count,
            "change": self.change,
        }


@dataclass(frozen=True, slots=True)
class TextChange:
    """A source's text changed: lines added and removed, the hunks, and the claims whose
    quotes the change touches (``quotes_lost``: those whose quote is no longer found)."""

    lines_added: int
    lines_removed: int
    hunks: tuple[Hunk, ...]
    claims: tuple[str, ...]
    quotes_lost: tuple[str, ...]

    def to_dict(self) -> dict[str, object]:
        return {
            "lines_added": self.lines_added,
            "lines_removed": self.lines_removed,
            "hunks": [h.to_dict() for h in self.hunks],
            "claims": list(self.claims),
            "quotes_lost": list(self.quotes_lost),
        }


@dataclass(frozen=True, slots=True)
class SourceChange:
    """A source whose front matter (``meta``: field -> (old, new)) or text changed."""

    source: Source  # as it is in head
    meta: FieldChanges
    text: TextChange | None

    def to_dict(self) -> dict[str, object]:
        return {
            "id": self.source.id,
            "file": self.source.file,
            **_meta_and_text(self.meta, self.text),
        }


@dataclass(frozen=True, slots=True)
class SourceRename:
    """A source under a new id (its file renamed or moved), its text the same or nearly
    (``text``: what changed of it, if anything); ``meta``: the front matter's changes."""

    old: Source
    new: Source
    meta: FieldChanges
    text: TextChange | None

    def to_dict(self) -> dict[str, object]:
        return {
            "old_id": self.old.id,
            "new_id": self.new.id,
            "old_file": self.old.file,
            "file": self.new.file,
            **_meta_and_text(self.meta, self.text),
        }


@dataclass(frozen=True, slots=True)
class RelationEntry:
    """A relation added (as it is in head) or removed (as it was in base)."""

    relation: Relation

    def to_dict(self) -> dict[str, object]:
        r = self.relation
        return {"id": r.id, "file": r.file, "line": r.line, "relation": r.model_dump(mode="json")}


@dataclass(frozen=True, slots=True)
class RelationChange:
    """A relation kept under its id whose kind, parts or whole changed (``fields``: each
    changed field's (old, new)), or that moved to another claims file (``old_file``)."""

    relation: Relation  # as it is in head
    fields: FieldChanges
    old_file: str

    def to_dict(self) -> dict[str, object]:
        r = self.relation
        return {
            "id": r.id,
            "old_file": self.old_file,
            "file": r.file,
            "line": r.line,
            "fields": _old_and_new(self.fields),
        }


@dataclass(frozen=True, slots=True)
class FileRename:
    """A claims file renamed or moved whole (``git mv``): every claim of ``old`` is in
    ``new`` now, which base did not have. Its claims and relations are also listed as
    moved, one by one (JSON); the other formats show the file once."""

    old: str
    new: str
    claims: int
    relations: int


@dataclass(frozen=True, slots=True)
class AcceptanceEntry:
    """A finding a claim accepts (``accept:``), added or removed by the change."""

    claim: Claim  # as it is in head (added) or was in base (removed)
    code: str
    reason: str

    def to_dict(self) -> dict[str, object]:
        c = self.claim
        return {
            "claim": c.id,
            "code": self.code,
            "reason": self.reason,
            "file": c.file,
            "line": c.where.of("accept")[0],
        }


@dataclass(frozen=True, slots=True)
class RegistryDiff:
    """Everything :func:`compare` found; ``to_dict()`` is the ``--format json`` shape."""

    base: str
    head: str
    claims_added: tuple[ClaimEntry, ...] = ()
    claims_removed: tuple[ClaimEntry, ...] = ()
    #: claims of base whose claims file does not load in head: neither removed nor kept
    claims_unread: tuple[ClaimEntry, ...] = ()
    claims_changed: tuple[ClaimChange, ...] = ()
    claims_moved: tuple[ClaimMove, ...] = ()
    claims_renamed: tuple[ClaimRename, ...] = ()
    sources_added: tuple[SourceEntry, ...] = ()
    sources_removed: tuple[SourceEntry, ...] = ()
    sources_changed: tuple[SourceChange, ...] = ()
    sources_renamed: tuple[SourceRename, ...] = ()
    relations_added: tuple[RelationEntry, ...] = ()
    relations_removed: tuple[RelationEntry, ...] = ()
    relations_changed: tuple[RelationChange, ...] = ()
    acceptances_added: tuple[AcceptanceEntry, ...] = ()
    acceptances_removed: tuple[AcceptanceEntry, ...] = ()
    introduced: tuple[Finding, ...] = ()
    resolved: tuple[Finding, ...] = ()
    #: (base, head): a finding on both sides whose message says something else now
    reworded: tuple[tuple[Finding, Finding], ...] = ()
    #: claims of resolved findings that fail verify in head -> the codes of their errors
    failing: tuple[tuple[str, tuple[str, ...]], ...] = ()
    #: claims of base that head no longer has (removed, not renamed nor unread)
    gone: frozenset[str] = frozenset()
    #: claims files renamed whole (their claims and relations are in the lists above too)
    files_renamed: tuple[FileRename, ...] = ()
    #: the settings of desertcheck.toml the change added, removed or changed
    settings_changed: tuple[SettingChange, ...] = ()
    #: findings that head's desertcheck.toml alone keeps from being reported (ignored,
    #: lowered, out of a wider tolerance), as base's settings report them: never resolved,
    #: and failing the run as if introduced
    silenced: tuple[Finding, ...] = ()

    def renamed_with_file(self, old_file: str, new_file: str) -> bool:
        """Whether a claim or relation moved from ``old_file`` to ``new_file`` went with
        its whole file, shown once as the file's rename."""
        return any(r.old == old_file and r.new == new_file for r in self.files_renamed)

    def fails_now(self, f: Finding) -> tuple[str, ...]:
        """The errors (codes) for which a resolved finding's claims fail verify in head:
        the finding may be gone only because its claim broke. Empty when none."""
        failing = dict(self.failing)
        return tuple(dict.fromkeys(code for c in f.claims for code in failing.get(c, ())))

    def failing_of(self, f: Finding) -> tuple[str, ...]:
        """The claims of a resolved finding that fail verify in head."""
        failing = dict(self.failing)
        return tuple(c for c in f.claims if c in failing)

    def gone_of(self, f: Finding) -> tuple[str, ...]:
        """The claims of a resolved finding that the change removed: the finding went
        with them."""
        return tuple(c for c in f.claims if c in self.gone)

    @property
    def registry_changed(self) -> bool:
        return any(
            (
                self.claims_added,
                self.claims_removed,
                self.claims_unread,
                self.claims_changed,
                self.claims_moved,
                self.claims_renamed,
                self.sources_added,
                self.sources_removed,
                self.sources_changed,
                self.sources_renamed,
                self.relations_added,
                self.relations_removed,
                self.relations_changed,
                self.settings_changed,
            )
        )

    def exit_code(self, *, strict: bool = False) -> int:
        """1 when the change introduces an error (a warning too with ``strict``; never an
        info): the rule of every command, applied to what the change introduces."""
        return exit_code((*self.introduced, *self.silenced), strict=strict)

    def to_dict(self) -> dict[str, object]:
        lists = self._lists()
        return {"base": self.base, "head": self.head, "summary": self._summary(lists), **lists}

    def _summary(self, lists: dict[str, dict[str, list[object]]]) -> dict[str, object]:
        """How many of each list, and the errors and warnings the change introduces or
        head's settings silence, none accepted: the errors fail the run, the warnings with
        ``--strict`` (:meth:`exit_code`)."""
        from desertcheck.findings import Severity

        failing = [f.severity for f in (*self.introduced, *self.silenced) if f.accepted is None]
        counts: dict[str, object] = {
            group: {kind: len(items) for kind, items in of.items()} for group, of in lists.items()
        }
        return {
            **counts,
            "errors": failing.count(Severity.ERROR),
            "warnings": failing.count(Severity.WARNING),
        }

    def _lists(self) -> dict[str, dict[str, list[object]]]:
        return {
            "claims": {
                "added": [e.to_dict() for e in self.claims_added],
                "removed": [e.to_dict() for e in self.claims_removed],
                "unread": [e.to_dict() for e in self.claims_unread],
                "changed": [e.to_dict() for e in self.claims_changed],
                "moved": [e.to_dict() for e in self.claims_moved],
                "renamed": [e.to_dict() for e in self.claims_renamed],
            },
            "sources": {
                "added": [e.to_dict() for e in self.sources_added],
                "removed": [e.to_dict() for e in self.sources_removed],
                "changed": [e.to_dict() for e in self.sources_changed],
                "renamed": [e.to_dict() for e in self.sources_renamed],
            },
            "relations": {
                "added": [e.to_dict() for e in self.relations_added],
                "removed": [e.to_dict() for e in self.relations_removed],
                "changed": [e.to_dict() for e in self.relations_changed],
            },
            "acceptances": {
                "added": [e.to_dict() for e in self.acceptances_added],
                "removed": [e.to_dict() for e in self.acceptances_removed],
            },
            "settings": {"changed": [c.to_dict() for c in self.settings_changed]},
            "findings": {
                "introduced": [f.to_dict() for f in self.introduced],
                "resolved": [
                    {
                        **f.to_dict(),
                        "claim_fails_verify": list(self.fails_now(f)),
                        "claims_removed": list(self.gone_of(f)),
                    }
                    for f in self.resolved
                ],
                "reworded": [
                    {
                        **new.to_dict(),
                        "old_message": old.message,
                        "old_severity": old.severity.value,
                    }
                    for old, new in self.reworded
                ],
                "silenced": [f.to_dict() for f in self.silenced],
            },
        }


def _meta_and_text(meta: FieldChanges, text: TextChange | None) -> dict[str, object]:
    """A source's front-matter changes and its text's change, as JSON gives them."""
    return {"meta": _old_and_new(meta), "text": text.to_dict() if text is not None else None}


def _old_and_new(changes: FieldChanges) -> dict[str, dict[str, Any]]:
    return {name: {"old": old, "new": new} for name, (old, new) in changes.items()}
