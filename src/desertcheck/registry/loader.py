"""The passes that read a registry: origins, then sources, then claims and relations.

Each pass turns every problem it meets into a finding and goes on, so one broken file or
entry never hides the others; references between them are checked last.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desertcheck import yamlload
from desertcheck.bulk import no_collection
from desertcheck.cache.manifest import unchanged
from desertcheck.codes import Code
from desertcheck.findings import Severity, sort_findings
from desertcheck.fingerprint import FRONT_MATTER
from desertcheck.model import (
    Claim,
    Origin,
    Relation,
    Source,
    SourceMeta,
    is_id,
)
from desertcheck.records import Record
from desertcheck.registry.entries import EntryReader
from desertcheck.registry.explain import did_you_mean
from desertcheck.registry.files import MAX_FILE_BYTES, MAX_REGISTRY_BYTES
from desertcheck.registry.references import RawRef, check_references
from desertcheck.registry.result import LoadResult, Registry

if TYPE_CHECKING:
    from desertcheck.cache.claims import ClaimFileCache
    from desertcheck.registry.fanout import FanOut

_FRONT_MATTER_OPEN = re.compile(r"\A---[ \t]*\r?(?:\n|\Z)")


def load_registry(
    root: str | Path,
    *,
    max_bytes: int = MAX_FILE_BYTES,
    max_total_bytes: int = MAX_REGISTRY_BYTES,
    cache: ClaimFileCache | None = None,
    fan: FanOut | None = None,
) -> LoadResult:
    """Read ``root/sources`` and ``root/claims`` into a :class:`Registry` and its findings.

    ``max_bytes`` caps each file, ``max_total_bytes`` all the files read together. With
    ``cache``, a claims file that loaded cleanly before and has not changed is taken from
    it (:mod:`desertcheck.cache.claims`); with ``fan``, read in workers (``fanout``).
    """
    loader = _Loader(Path(root), max_bytes, max_total_bytes)
    loader.cache, loader.fan = cache, fan
    with no_collection():
        result = loader.run()
    if cache is not None and unchanged(cache.files):
        cache.save()  # not when a file was saved meanwhile: its digest is not what was read
    return result


class _Loader(EntryReader):
    def __init__(self, root: Path, max_bytes: int, max_total_bytes: int) -> None:
        super().__init__(root, max_bytes, max_total_bytes)
        self.sources: dict[str, Source] = {}
        self.source_files: set[str] = set()  # ids with a file, loaded or not
        self.origins: dict[str, Origin] = {}
        self.origin_ids: set[str] = set()  # ids named in origins.yaml, valid or not
        self.origins_read = True  # False: origins.yaml is there but could not be read
        self.claim_ids: set[str] = set()  # ids seen, valid claims or not
        # the place (file, line, column) of each claim entry that failed to load, by its id
        self.unloaded_ids: dict[str, list[tuple[str, int, int]]] = {}
        self.relations: list[Relation] = []
        self.relation_ids: dict[str, Relation] = {}
        self.claim_files: list[str] = []
        self.claim_items = 0  # claim entries seen, valid or not
        self.raw_refs: list[RawRef] = []  # of claims that failed validation
        self.cache: ClaimFileCache | None = None
        self.fan: FanOut | None = None
        self.file_objects: list[Claim | Relation] = []  # valid ones of the file being read

    # -- the passes ------------------------------------------------------------

    def run(self) -> LoadResult:
        self.load_origins()
        self.load_sources()
        self.load_claims()
        self.reused_by_unloaded()
        self.check_references()
        self.summarise()
        registry = Registry(
            root=self.root,
            sources=dict(sorted(self.sources.items())),
            origins=dict(sorted(self.origins.items())),
            claims=tuple(self.claims.values()),
            relations=tuple(self.relations),
            claim_files=tuple(self.claim_files),
            _by_id=dict(self.claims),
            unloaded=self.claim_items - len(self.claims),
            unread_sources=frozenset(self.source_files - self.sources.keys()),
            unread_claims=frozenset(self.unloaded_ids),
        )
        return LoadResult(registry, tuple(sort_findings(self.findings)))

    def load_origins(self) -> None:
        path = self.root / "sources" / "origins.yaml"
        if not path.exists() and not path.is_symlink():
            return
        rel = self.rel(path)
        parsed = self.read_yaml(path, rel)
        if parsed is None:
            self.origins_read = False  # its error says why; no origin is unknown for it
            return
        data, positions = parsed
        if data is None:
            return
        if not isinstance(data, dict):
            self.origins_read = False
            self.add(
                Code.YAML_STRUCTURE,
                "origins.yaml must be a mapping of origin-id: {title, publisher, published, url}",
                rel,
                *positions.of(()),
            )
            return
        for key, value in data.items():
            key_text = str(key)
            self.origin_ids.add(key_text)
            if not is_id(key_text):
                self.add(
                    Code.INVALID_ID,
                    f"{key_text!r} is not a valid origin id: use lowercase letters, digits "
                    "and single hyphens",
                    rel,
                    *positions.of((key,), key=True),
                )
                continue
            origin = self.validate(Origin, value, rel, positions, (key,), f"origin {key_text!r}")
            if origin is not None:
                self.origins[key_text] = origin

    def load_sources(self) -> None:
        folder = self.registry_folder("sources")
        if folder is None:
            return
        for path in self.markdown_files(folder):
            rel = self.rel(path)
            if not self.utf8_name(path):
                continue
            sid = path.stem
            self.source_files.add(sid)
            if not is_id(sid):
                self.add(
                    Code.INVALID_ID,
                    f"source file name {path.name!r}: a source id (the name without .md) "
                    "is lowercase letters, digits and single hyphens",
                    rel,
                    1,
                    1,
                )
                continue
            if self.outside(path, folder):
                continue
            text = self.read_text(path)
            if text is None:
                continue
            self.load_source(sid, rel, text)

    def load_source(self, sid: str, rel: str, text: str) -> None:
        nul = text.find("\0")
        if nul >= 0:  # valid UTF-8, but no text: quotes would be sought in a binary file
            line = text.count("\n", 0, nul) + 1
            column = nul - text.rfind("\n", 0, nul)
            self.add(
                Code.NOT_UTF8,
                "the file holds a NUL byte, which no text does (a binary or damaged file?); "
                "save the source as UTF-8 text",
                rel,
                line,
                column,
            )
            return
        m = FRONT_MATTER.match(text)
        if not m and _FRONT_MATTER_OPEN.match(text):
            self.add(
                Code.FRONT_MATTER,
                "the front-matter block opened at line 1 is never closed by a line '---'; "
                "add one after the last field",
                rel,
                1,
                1,
            )
            return
        if not m:
            self.add(
                Code.FRONT_MATTER,
                "a source starts with a front-matter block: a line '---', YAML with title, "
                "publisher and language, then a line '---'",
                rel,
                1,
                1,
            )
            return
        meta = self.cache.get_meta(rel) if self.cache is not None else None
        if meta is None:
            meta = self.load_meta(rel, m["yaml"])
        if meta is None:
            return
        body_line = text.count("\n", 0, m.end()) + 1
        self.sources[sid] = Source(sid, rel, meta, text[m.end() :], body_line)

    def load_meta(self, rel: str, text: str) -> SourceMeta | None:
        """A source's front matter, validated (and kept in the cache when it had no finding)."""
        found, hidden = len(self.findings), sum(self.hidden.values())
        parsed = self.parse_yaml(text, rel, line_offset=1)
        if parsed is None:
            return None
        data, positions = parsed
        if data is None:
            data = {}
            positions.values[()] = (1, 1)
        meta: SourceMeta | None = self.validate(
            SourceMeta, data, rel, positions, (), "front matter"
        )
        clean = len(self.findings) == found and sum(self.hidden.values()) == hidden
        if meta is not None and clean and self.cache is not None:
            self.cache.put_meta(rel, meta)
        return meta

    def load_claims(self) -> None:
        folder = self.registry_folder("claims")
        if folder is None:
            return
        count = len(self.findings)
        self.load_claim_files(folder)
        if (
            self.claim_items == 0
            and not any(
                f.severity is Severity.ERROR and (f.file or "").startswith("claims/")
                for f in self.findings[count:]
            )
            and not self.over_total
            and not self.hidden
        ):
            self.add(Code.NO_CLAIMS, self.no_claims_message(), "claims")

    def no_claims_message(self) -> str:
        """A new registry's empty claims files, or a folder that is not a registry's."""
        if self.claim_files:
            return (
                "claims/ holds no claims yet: add one with `desertcheck add claim --source ID "
                "--quote TEXT`, or draft one for each figure with `desertcheck scan --stubs "
                "--write`"
            )
        return "no claims files in claims/ — is --root pointing at the right folder?"

    def load_claim_files(self, folder: Path) -> None:
        paths = self.yaml_files(folder)
        fan = self.fan
        early = fan.read(self, paths) if fan is not None else {}
        for path in paths:
            rel = self.rel(path)
            if not self.utf8_name(path) or self.outside(path, folder):
                continue
            self.claim_files.append(rel)
            if fan is not None and rel in early and fan.keep(self, path, rel, early[rel]):
                continue
            if self.cache is None:
                parsed = self.read_yaml(path, rel)
                if parsed is not None:
                    self.load_claims_file(rel, *parsed)
            else:
                self.load_claims_file_cached(path, rel, self.cache)

    def load_claims_file_cached(self, path: Path, rel: str, cache: ClaimFileCache) -> None:
        """The file from ``cache`` when it is there, else read — and kept when it loaded
        without a finding (the findings of a file are always the loader's own)."""
        found, hidden, refs = len(self.findings), sum(self.hidden.values()), len(self.raw_refs)
        stored = cache.get(rel)
        if stored is not None:
            self.take(path, rel, stored)
            return
        self.file_objects = []
        parsed = self.read_yaml(path, rel)
        if parsed is not None:
            self.load_claims_file(rel, *parsed)
        clean = (
            len(self.findings) == found
            and sum(self.hidden.values()) == hidden
            and len(self.raw_refs) == refs
        )
        if parsed is not None and clean:
            cache.put(rel, self.file_objects)

    def take(self, path: Path, rel: str, objs: list[Claim | Relation]) -> bool:
        """Keep the objects of a file read cleanly before (by the cache, by a worker)."""
        if not self.counted(path):  # the caps still count it (UTF-8 it was)
            return False
        claims, ids, unloaded = self.claims, self.claim_ids, self.unloaded_ids
        for obj in objs:
            if isinstance(obj, Claim):
                self.claim_items += 1
                cid = obj.id
                ids.add(cid)
                if cid not in claims and cid not in unloaded:  # as keep() keeps a new id
                    claims[cid] = obj
                    continue
            self.keep(rel, obj)
        return True

    def load_claims_file(self, rel: str, data: Any, positions: yamlload.Positions) -> None:
        shape = "a claims file is a mapping with a 'claims:' list (and optionally 'relations:')"
        if data is None:
            self.add(
                Code.YAML_STRUCTURE,
                "the file is empty: a claims file is a mapping with a 'claims:' list",
                rel,
                1,
                1,
            )
            return
        if not isinstance(data, dict) or "claims" not in data:
            line, column = positions.of(())
            keys = [str(k) for k in data if k != "relations"] if isinstance(data, dict) else []
            for key in keys:
                if did_you_mean(key, {"claims"}):
                    shape = f"unknown top-level key {key!r} (did you mean 'claims'?); " + shape
                    line, column = positions.of((key,), key=True)
                    break
            self.add(Code.YAML_STRUCTURE, shape, rel, line, column)
            return
        for key in data:
            if key not in ("claims", "relations"):
                hint = did_you_mean(str(key), {"claims", "relations"})
                self.add(
                    Code.UNKNOWN_FIELD,
                    f"unknown top-level key {key!r}{hint}: a claims file has 'claims' and "
                    "'relations'",
                    rel,
                    *positions.of((key,), key=True),
                )
        for name, model in (("claims", Claim), ("relations", Relation)):
            items = data.get(name)
            if items is None:
                continue
            if not isinstance(items, list):
                self.add(
                    Code.YAML_STRUCTURE,
                    f"'{name}:' must be a list (each item starting with '- ')",
                    rel,
                    *positions.of((name,)),
                )
                continue
            for i, item in enumerate(items):
                self.load_item(rel, name, model, item, positions, (name, i))

    def load_item(
        self,
        rel: str,
        name: str,
        model: type[Record],
        item: Any,
        positions: yamlload.Positions,
        path: yamlload.Path,
    ) -> None:
        raw_id = item.get("id") if isinstance(item, dict) else None
        raw_id = raw_id if isinstance(raw_id, str) else None
        what = f"{name[:-1]} {raw_id!r}" if raw_id else f"{name[:-1]} #{path[-1] + 1}"  # type: ignore[operator]
        is_claim = model is Claim
        if is_claim:
            self.claim_items += 1
        if is_claim and raw_id:
            self.claim_ids.add(raw_id)
        obj = self.validate(model, item, rel, positions, path, what, raw_id if is_claim else None)
        if obj is None:
            if is_claim and raw_id:
                self.unloaded_ids.setdefault(raw_id, []).append((rel, *positions.of(path)))
            if is_claim and isinstance(item, dict):
                for name in ("source", "origin"):
                    raw = item.get(name)
                    if isinstance(raw, str) and is_id(raw):
                        self.raw_refs.append((rel, raw_id, name, raw, *positions.of((*path, name))))
            return
        self.file_objects.append(obj)
        self.keep(rel, obj)

    def keep(self, rel: str, obj: Claim | Relation) -> None:
        """Add a valid claim or relation, unless its id is already taken."""
        if isinstance(obj, Claim):
            first = self.claims.get(obj.id)
            if first is not None:  # about the entry here, which does not load: not `first`
                self.add(
                    Code.DUPLICATE_ID,
                    f"claim id {obj.id!r} is already used at {first.file}:{first.line}; "
                    "claim ids are unique across the registry: give this claim another id (until "
                    "then it is not checked)",
                    rel,
                    obj.where.line,
                    obj.where.column,
                )
                return
            if obj.id in self.unloaded_ids:  # an earlier entry of this id failed to load
                self.disown(obj.id)
            self.claims[obj.id] = obj
        elif isinstance(obj, Relation):
            other = self.relation_ids.get(obj.id)
            if other is not None:
                self.add(
                    Code.DUPLICATE_ID,
                    f"relation id {obj.id!r} is already used at {other.file}:{other.line}",
                    rel,
                    obj.where.line,
                    obj.where.column,
                )
                return
            self.relation_ids[obj.id] = obj
            self.relations.append(obj)

    def disown(self, claim_id: str) -> None:
        """Take ``claim_id`` off the findings so far: they are about an entry of that id that
        did not load, not about the valid claim of the same id loaded now."""
        self.findings = [
            replace(f, claims=()) if f.claims == (claim_id,) else f for f in self.findings
        ]

    def reused_by_unloaded(self) -> None:
        """``duplicate-id`` for an id that entries which failed to load share with another
        entry (keep() finds two valid claims of one id), at the entry that is not loaded
        under the id: every one of them when a valid claim holds it, else all but the first.
        The id is readable even when another field is wrong: said in the same run."""
        for cid, places in self.unloaded_ids.items():
            claim = self.claims.get(cid)
            if claim is not None:
                used, others = f"also used at {claim.file}:{claim.line}, the claim loaded", places
            else:
                used, others = f"already used at {places[0][0]}:{places[0][1]}", places[1:]
            for rel, line, column in others:
                self.add(
                    Code.DUPLICATE_ID,
                    f"claim id {cid!r} is {used}; claim ids are unique across the registry: "
                    "give this claim another id",
                    rel,
                    line,
                    column,
                )

    def check_references(self) -> None:
        loaded = self.claims
        for found in check_references(  # an entry that did not load is not the loaded claim
            raw_refs=[(r[0], None if r[1] in loaded else r[1], *r[2:]) for r in self.raw_refs],
            claims=self.claims.values(),
            sources=self.sources,
            relations=self.relations,
            source_files=self.source_files,
            origin_ids=self.origin_ids if self.origins_read else None,
            claim_ids=self.claim_ids,
        ):
            self.add_finding(found)
