"""audit's index of an unchanged registry, kept: a new draft is judged without loading the
registry, running verify or reading a claim's words again.

Before it judges a draft, audit loads the registry, runs verify on it (a claim that fails
verify is no evidence) and indexes every claim by value, measure and words
(:class:`~desertcheck.audit.index.ClaimIndex`). While the registry's files are as they were
— every file under ``claims/`` and ``sources/`` and ``desertcheck.toml``, seen through the
manifest as the stored reports see them — all three give what they gave: so the entry keeps
the index as plain values, verify's word on each claim and the loader's findings, and a
run that finds it valid builds the index back from them.

The entry is valid for one registry (its manifest), one configuration of the index (the
measures' descriptions and the synonyms of ``desertcheck.toml``, digested) and one version
of the code that builds it: the tool's stamp that every entry carries (:mod:`.stamp`)
changes with any module of the package, so a change to the index's code never reads an
index it did not build. An entry that does not check out, or whose rows do not have the
shape this code gives, reads as none, and the run builds the index afresh and stores it
anew.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from desertcheck.cache.manifest import Manifest
from desertcheck.cache.store import Store

if TYPE_CHECKING:
    from desertcheck.audit.index import ClaimIndex
    from desertcheck.audit.standing import Standing
    from desertcheck.audit.terms import Synonyms
    from desertcheck.cache.checks import CheckCache
    from desertcheck.cache.claims import ClaimFileCache
    from desertcheck.findings import Finding

ENTRY = "audit-index.dat"
#: The skeletons of the claims' quotes and statements (:mod:`desertcheck.audit.echo`),
#: kept apart: read from the claims only when a draft's figure first asks (one with no
#: claim of its own), and kept then, for the same registry, configuration and code.
ECHOES = "audit-echoes.dat"


def config_digest(descriptions: Mapping[str, str], synonyms: Mapping[str, Sequence[str]]) -> str:
    """A digest of what, in the configuration, the index is built with."""
    shape = repr([sorted(descriptions.items()), sorted((k, list(v)) for k, v in synonyms.items())])
    return hashlib.sha256(shape.encode("utf-8", "surrogatepass")).hexdigest()


@dataclass(frozen=True, slots=True)
class Prepared:
    """What audit computes from the registry before it reads a draft."""

    index: ClaimIndex
    standing: dict[str, Standing]
    findings: tuple[Finding, ...]  # the loader's


def _standing_rows(standing: Mapping[str, Standing]) -> dict[str, Any]:
    return {cid: (list(s.errors), dict(s.disputed_by)) for cid, s in standing.items()}


def _standing_of(rows: Any) -> dict[str, Standing]:
    from desertcheck.audit.standing import Standing

    if not isinstance(rows, dict):
        raise ValueError("not standings")
    out = {}
    for cid, (errors, disputed_by) in rows.items():
        if not isinstance(cid, str) or not isinstance(errors, list):
            raise ValueError("not a standing")
        if not isinstance(disputed_by, dict):
            raise ValueError("not a standing")
        out[cid] = Standing(list(errors), dict(disputed_by))
    return out


class IndexCache:
    """The stored index of the registry whose files ``manifest`` has (taken before the
    registry is read)."""

    def __init__(self, store: Store, manifest: Manifest) -> None:
        self.store = store
        self.manifest = manifest
        self.root = store.root
        #: the claims files the run loaded through the cache, when it loaded the registry:
        #: :meth:`put` takes each claim's row from them
        self.files: ClaimFileCache | None = None

    def checks(self) -> CheckCache:
        """verify's per-claim results kept for this registry (:mod:`.checks`): read only
        when the index kept is not valid and the registry is verified afresh."""
        from desertcheck.cache.checks import CheckCache

        return CheckCache(self.store, self.manifest)

    def _key(self, config: str) -> list[str]:
        return [config]

    def get(self, config: str, synonyms: Synonyms) -> Prepared | None:
        """The stored index, standings and loader findings, when the registry, the
        configuration ``config`` (:func:`config_digest`) and the code are as they were."""
        if not self.manifest.complete:
            return None
        entry = self._read(ENTRY, config)
        if entry is None:
            return None
        from desertcheck.audit.attribution import keep_names
        from desertcheck.audit.index import ClaimIndex
        from desertcheck.bulk import no_collection
        from desertcheck.cache.checks import _run_finding
        from desertcheck.cache.claims import ClaimRows

        try:
            with no_collection():  # tens of thousands of objects, none in a cycle
                index = ClaimIndex.from_rows(entry["index"], synonyms, ClaimRows().claim_of)
            keep_names(index, entry["names"])
            standing = _standing_of(entry["standing"])
            findings = tuple(_run_finding(row) for row in entry["findings"])
        except (KeyError, TypeError, ValueError, AttributeError, IndexError):
            return None  # not what this code stores: build it afresh
        return Prepared(index, standing, findings)

    def echoes(self, config: str) -> Any:
        """The skeletons of the claims' quotes and statements kept for this registry,
        configuration ``config`` and code (:meth:`Echoes.rows
        <desertcheck.audit.echo.Echoes.rows>`), or None: read only when a draft's figure
        asks for them (3.4 MB at 10,000 claims, a fifteenth of a new draft's audit)."""
        entry = self._read(ECHOES, config)
        return entry and entry.get("echoes")

    def _read(self, name: str, config: str) -> dict[str, Any] | None:
        """Entry ``name`` when it is of this registry as it is, configuration ``config``
        and code; else None."""
        from desertcheck.bulk import no_collection

        # a million objects read back (the index of 10,000 claims), none in a cycle: a
        # collection on the way would scan them all, some 30 ms of reading 50 ms
        with no_collection():
            entry = self.store.read(name)
        if not (
            isinstance(entry, dict)
            and entry.get("key") == self._key(config)
            and self.manifest.matches(entry.get("manifest"))
        ):
            return None
        return entry

    def put_echoes(self, config: str, rows: Any) -> None:
        """Keep the skeletons ``rows`` (:meth:`Echoes.rows
        <desertcheck.audit.echo.Echoes.rows>`), unless a file changed since the run
        listed them."""
        if not self._unchanged():
            return
        entry = {"key": self._key(config), "manifest": self.manifest.to_json(), "echoes": rows}
        self.store.write(ECHOES, entry)

    def _unchanged(self) -> bool:
        return self.manifest.complete and Manifest(self.root).entries == self.manifest.entries

    def put(self, config: str, prepared: Prepared) -> None:
        """Keep ``prepared``, unless a file changed while the run read the registry."""
        if not self._unchanged():
            return
        from desertcheck.audit.attribution import names_rows
        from desertcheck.cache.checks import _run_row
        from desertcheck.cache.claims import claim_row, kept_rows

        row = claim_row if self.files is None else kept_rows(self.files)
        self.store.write(
            ENTRY,
            {
                "key": self._key(config),
                "manifest": self.manifest.to_json(),
                "index": prepared.index.rows(row),
                "standing": _standing_rows(prepared.standing),
                "findings": [_run_row(f) for f in prepared.findings],
                # the words that name the claims' origins and sources (:mod:`.attribution`)
                "names": names_rows(prepared.index),
            },
        )
