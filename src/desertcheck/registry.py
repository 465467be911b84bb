"""Find a registry, read it, and turn every problem in it into a finding.

``load_registry(root)`` never raises on bad input: YAML errors, schema errors, broken
references, unsafe paths, non-UTF-8 text and oversized files each become a
:class:`~desertcheck.findings.Finding` with the file and line, and the rest of the
registry still loads, so one broken file never hides the problems of the others.
"""

from __future__ import annotations

import difflib
import math
import os
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from desertcheck import yamlload
from desertcheck.codes import Code
from desertcheck.findings import Finding, Severity, sort_findings
from desertcheck.model import (
    Claim,
    Origin,
    Relation,
    Source,
    SourceMeta,
    Where,
    is_id,
)
from desertcheck.vocabulary import QUALIFIER_SYNONYMS

MAX_FILE_BYTES = 2 * 1024 * 1024
MAX_FOLDER_DEPTH = 8  # folders under claims/
ENV_ROOT = "DESERTCHECK_ROOT"

_FRONT_MATTER = re.compile(
    r"\A---[ \t]*\r?\n(?P<yaml>.*?)^(?:---|\.\.\.)[ \t]*\r?(?:\n|\Z)", re.DOTALL | re.MULTILINE
)
_FRONT_MATTER_OPEN = re.compile(r"\A---[ \t]*\r?(?:\n|\Z)")

#: Loader finding codes, each with its meaning (documented in docs/registry-format.md).


class RootNotFound(Exception):
    """No registry could be found; the message says where the search looked."""


@dataclass(frozen=True, slots=True)
class Registry:
    root: Path
    sources: Mapping[str, Source]
    origins: Mapping[str, Origin]
    claims: tuple[Claim, ...]
    relations: tuple[Relation, ...]
    claim_files: tuple[str, ...]
    _by_id: Mapping[str, Claim] = field(repr=False, compare=False)

    def claim(self, claim_id: str) -> Claim | None:
        return self._by_id.get(claim_id)

    @property
    def claim_ids(self) -> tuple[str, ...]:
        return tuple(self._by_id)


@dataclass(frozen=True, slots=True)
class LoadResult:
    registry: Registry
    findings: tuple[Finding, ...]

    @property
    def has_errors(self) -> bool:
        return any(f.severity is Severity.ERROR for f in self.findings)


def find_root(
    explicit: str | Path | None = None,
    *,
    env: Mapping[str, str] | None = None,
    cwd: Path | None = None,
) -> Path:
    """``--root``, else ``$DESERTCHECK_ROOT``, else the nearest ancestor with ``claims/``."""
    env = os.environ if env is None else env
    for given, how in ((explicit, "--root"), (env.get(ENV_ROOT) or None, f"${ENV_ROOT}")):
        if given is None:
            continue
        path = Path(given).expanduser()
        try:
            if not path.is_dir():
                raise RootNotFound(f"{how} {given}: no such folder")
            if not (path / "claims").is_dir():
                raise RootNotFound(f"{how} {given}: no claims/ folder there")
        except OSError as exc:  # a name too long, a loop of links, ...
            raise RootNotFound(f"{how} {given}: {exc.strerror or exc}") from None
        return path
    start = (cwd or Path.cwd()).resolve()
    for folder in (start, *start.parents):
        if (folder / "claims").is_dir():
            return folder
    raise RootNotFound(
        f"no registry found: no claims/ folder in {start} or any folder above it; "
        f"pass --root DIR or set {ENV_ROOT}"
    )


def load_registry(root: str | Path, *, max_bytes: int = MAX_FILE_BYTES) -> LoadResult:
    """Read ``root/sources`` and ``root/claims`` into a :class:`Registry` and its findings."""
    return _Loader(Path(root), max_bytes).run()


class _Loader:
    def __init__(self, root: Path, max_bytes: int) -> None:
        self.root = root
        self.max_bytes = max_bytes
        self.findings: list[Finding] = []
        self.sources: dict[str, Source] = {}
        self.source_files: set[str] = set()  # ids with a file, loaded or not
        self.origins: dict[str, Origin] = {}
        self.origin_ids: set[str] = set()  # ids named in origins.yaml, valid or not
        self.claims: dict[str, Claim] = {}
        self.claim_ids: set[str] = set()  # ids seen, valid claims or not
        self.relations: list[Relation] = []
        self.relation_ids: dict[str, Relation] = {}
        self.claim_files: list[str] = []
        self.claim_items = 0  # claim entries seen, valid or not
        # (file, claim id, field, raw value, line, column) of the source and origin of
        # claims that failed validation, so a typo there shows alongside the other problem
        self.raw_refs: list[tuple[str, str | None, str, str, int, int]] = []

    # -- helpers ---------------------------------------------------------------

    def add(
        self,
        code: Code,
        message: str,
        file: str | None,
        line: int = 0,
        column: int = 0,
        claims: tuple[str, ...] = (),
    ) -> None:
        self.findings.append(Finding(code, code.severity, message, file, line, column, claims))

    def rel(self, path: Path) -> str:
        try:
            return path.relative_to(self.root).as_posix()
        except ValueError:
            return path.as_posix()

    def read_text(self, path: Path) -> str | None:
        """The file's text, or None after adding the finding that says why not."""
        rel = self.rel(path)
        if path.is_symlink():
            self.add(Code.UNSAFE_PATH, "symlinks are not followed; put the file itself here", rel)
            return None
        try:
            size = path.stat().st_size
            if size > self.max_bytes:
                self.add(
                    Code.FILE_TOO_LARGE,
                    f"file is {size:,} bytes, over the cap of {self.max_bytes:,}; split it",
                    rel,
                )
                return None
            data = path.read_bytes()
        except OSError as exc:
            self.add(Code.UNSAFE_PATH, f"cannot read file: {exc.strerror or exc}", rel)
            return None
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            line = data.count(b"\n", 0, exc.start) + 1
            column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
            self.add(
                Code.NOT_UTF8,
                f"byte 0x{data[exc.start]:02x} is not UTF-8; save the file as UTF-8",
                rel,
                line,
                column,
            )
            return None
        return text.removeprefix("\ufeff")

    def parse_yaml(self, text: str, rel: str, line_offset: int = 0) -> tuple[Any, Any] | None:
        try:
            return yamlload.load(text, line_offset=line_offset)
        except yamlload.YamlError as exc:
            self.add(exc.code, exc.message, rel, exc.line, exc.column)
            return None

    def validate(
        self,
        model: type[BaseModel],
        data: Any,
        rel: str,
        positions: yamlload.Positions,
        path: yamlload.Path,
        what: str,
        claim_id: str | None = None,
    ) -> Any:
        """``model`` from ``data``, or None after adding a finding per problem."""
        line, column = positions.of(path)
        if not isinstance(data, dict):
            self.add(Code.YAML_STRUCTURE, f"{what} must be a mapping of fields", rel, line, column)
            return None
        fields = tuple((str(k), *positions.of((*path, k))) for k in data if isinstance(k, str))
        try:
            where = Where(rel, line, column, fields)
            return model.model_validate(data, context={"where": where})
        except ValidationError as exc:
            ids = (claim_id,) if claim_id else ()
            for code, message, fpath, on_key in _explain(exc, model, data, what):
                fline, fcol = positions.of((*path, *fpath), key=on_key)
                self.add(code, message, rel, fline, fcol, ids)
            return None

    # -- the passes ------------------------------------------------------------

    def run(self) -> LoadResult:
        self.load_origins()
        self.load_sources()
        self.load_claims()
        self.check_references()
        registry = Registry(
            root=self.root,
            sources=dict(sorted(self.sources.items())),
            origins=dict(sorted(self.origins.items())),
            claims=tuple(self.claims.values()),
            relations=tuple(self.relations),
            claim_files=tuple(self.claim_files),
            _by_id=dict(self.claims),
        )
        return LoadResult(registry, tuple(sort_findings(self.findings)))

    def load_origins(self) -> None:
        path = self.root / "sources" / "origins.yaml"
        if not path.exists() and not path.is_symlink():
            return
        rel = self.rel(path)
        text = self.read_text(path)
        if text is None:
            return
        parsed = self.parse_yaml(text, rel)
        if parsed is None:
            return
        data, positions = parsed
        if data is None:
            return
        if not isinstance(data, dict):
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

    def registry_folder(self, name: str) -> Path | None:
        """``root/name`` when it is a real folder; a symlinked one is refused."""
        folder = self.root / name
        if folder.is_symlink():
            self.add(Code.UNSAFE_PATH, f"{name}/ is a symlink; symlinks are not followed", name)
            return None
        return folder if folder.is_dir() else None

    def load_sources(self) -> None:
        folder = self.registry_folder("sources")
        if folder is None:
            return
        for path in sorted(p for p in folder.glob("*.md") if p.is_symlink() or p.is_file()):
            rel = self.rel(path)
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
            if not path.is_symlink() and not _inside(path, folder):
                self.add(Code.UNSAFE_PATH, "the file resolves outside sources/", rel)
                continue
            text = self.read_text(path)
            if text is None:
                continue
            self.load_source(sid, rel, text)

    def load_source(self, sid: str, rel: str, text: str) -> None:
        m = _FRONT_MATTER.match(text)
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
        parsed = self.parse_yaml(m["yaml"], rel, line_offset=1)
        if parsed is None:
            return
        data, positions = parsed
        if data is None:
            data = {}
            positions.values[()] = (1, 1)
        meta = self.validate(SourceMeta, data, rel, positions, (), "front matter")
        if meta is None:
            return
        body_line = text.count("\n", 0, m.end()) + 1
        self.sources[sid] = Source(sid, rel, meta, text[m.end() :], body_line)

    def load_claims(self) -> None:
        folder = self.registry_folder("claims")
        if folder is None:
            return
        count = len(self.findings)
        self.load_claim_files(folder)
        if self.claim_items == 0 and not any(
            f.severity is Severity.ERROR and (f.file or "").startswith("claims/")
            for f in self.findings[count:]
        ):
            self.add(
                Code.NO_CLAIMS,
                "no claims found in claims/ — is --root pointing at the right folder?",
                "claims",
            )

    def yaml_files(self, folder: Path) -> list[Path]:
        """The ``*.yaml`` files under ``folder``, walked without recursion or symlinked
        folders; folders nested deeper than MAX_FOLDER_DEPTH are reported, not walked."""
        found: list[Path] = []
        pending = [(folder, 0)]
        while pending:
            current, depth = pending.pop()
            try:
                entries = list(os.scandir(current))
            except OSError as exc:
                self.add(
                    Code.UNSAFE_PATH,
                    f"cannot read folder: {exc.strerror or exc}",
                    self.rel(current),
                )
                continue
            for entry in entries:
                path = Path(entry.path)
                if entry.is_dir(follow_symlinks=False):
                    if depth + 1 > MAX_FOLDER_DEPTH:
                        self.add(
                            Code.UNSAFE_PATH,
                            f"folders nested more than {MAX_FOLDER_DEPTH} deep are not read",
                            self.rel(path),
                        )
                    else:
                        pending.append((path, depth + 1))
                elif entry.name.endswith(".yaml") and (
                    entry.is_symlink() or entry.is_file(follow_symlinks=False)
                ):
                    found.append(path)
        return sorted(found)

    def load_claim_files(self, folder: Path) -> None:
        for path in self.yaml_files(folder):
            rel = self.rel(path)
            if not path.is_symlink() and not _inside(path, folder):
                self.add(Code.UNSAFE_PATH, "the file resolves outside claims/", rel)
                continue
            self.claim_files.append(rel)
            text = self.read_text(path)
            if text is None:
                continue
            parsed = self.parse_yaml(text, rel)
            if parsed is None:
                continue
            self.load_claims_file(rel, *parsed)

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
                if _did_you_mean(key, {"claims"}):
                    shape = f"unknown top-level key {key!r} (did you mean 'claims'?); " + shape
                    line, column = positions.of((key,), key=True)
                    break
            self.add(Code.YAML_STRUCTURE, shape, rel, line, column)
            return
        for key in data:
            if key not in ("claims", "relations"):
                hint = _did_you_mean(str(key), {"claims", "relations"})
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
        model: type[BaseModel],
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
            if is_claim and isinstance(item, dict):
                for name in ("source", "origin"):
                    raw = item.get(name)
                    if isinstance(raw, str) and is_id(raw):
                        self.raw_refs.append((rel, raw_id, name, raw, *positions.of((*path, name))))
            return
        if isinstance(obj, Claim):
            first = self.claims.get(obj.id)
            if first is not None:
                self.add(
                    Code.DUPLICATE_ID,
                    f"claim id {obj.id!r} is already used at {first.file}:{first.line}; "
                    "claim ids are unique across the registry",
                    rel,
                    obj.where.line,
                    obj.where.column,
                    (obj.id,),
                )
                return
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

    def check_references(self) -> None:
        for rel, cid, name, raw, line, column in self.raw_refs:
            ids = (cid,) if cid else ()
            what = f"claim {cid!r}" if cid else "a claim"
            if name == "source" and raw not in self.sources and raw not in self.source_files:
                self.add(
                    Code.UNKNOWN_SOURCE,
                    f"{what} names source {raw!r}, but there is no sources/{raw}.md"
                    f"{_did_you_mean(raw, self.source_files)}",
                    rel,
                    line,
                    column,
                    ids,
                )
            elif name == "origin" and raw not in self.origin_ids:
                self.add(
                    Code.UNKNOWN_ORIGIN,
                    f"{what} names origin {raw!r}, which is not in sources/origins.yaml"
                    f"{_did_you_mean(raw, self.origin_ids)}",
                    rel,
                    line,
                    column,
                    ids,
                )
        for claim in self.claims.values():
            w = claim.where
            if claim.source not in self.sources and claim.source not in self.source_files:
                self.add(
                    Code.UNKNOWN_SOURCE,
                    f"claim {claim.id!r} names source {claim.source!r}, but there is no "
                    f"sources/{claim.source}.md{_did_you_mean(claim.source, self.source_files)}",
                    w.file,
                    *w.of("source"),
                    (claim.id,),
                )
            if claim.origin is not None and claim.origin not in self.origin_ids:
                self.add(
                    Code.UNKNOWN_ORIGIN,
                    f"claim {claim.id!r} names origin {claim.origin!r}, which is not in "
                    f"sources/origins.yaml{_did_you_mean(claim.origin, self.origin_ids)}",
                    w.file,
                    *w.of("origin"),
                    (claim.id,),
                )
        for source in self.sources.values():
            for cited in source.meta.cites:
                if cited not in self.origin_ids:
                    self.add(
                        Code.UNKNOWN_ORIGIN,
                        f"cites {cited!r}, which is not in sources/origins.yaml"
                        f"{_did_you_mean(cited, self.origin_ids)}",
                        source.file,
                        *source.meta.where.of("cites"),
                    )
        for relation in self.relations:
            names = (*relation.parts, relation.whole)
            for cid in dict.fromkeys(names):
                if cid not in self.claim_ids:
                    self.add(
                        Code.UNKNOWN_CLAIM,
                        f"relation {relation.id!r} names claim {cid!r}, which does not exist"
                        f"{_did_you_mean(cid, self.claim_ids)}",
                        relation.file,
                        *relation.where.of("whole" if cid == relation.whole else "parts"),
                        (cid,),
                    )


def _inside(path: Path, folder: Path) -> bool:
    try:
        path.resolve().relative_to(folder.resolve())
    except (ValueError, OSError):
        return False
    return True


def _did_you_mean(name: str, known: set[str] | Mapping[str, Any]) -> str:
    close = difflib.get_close_matches(name, list(known), n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""


_PATHLIKE = re.compile(r"[/\\]|\.\.|^~")
_ID_FIELDS = {"id", "measure", "scope", "source", "origin", "tags", "parts", "whole", "cites"}


def _explain(
    exc: ValidationError, model: type[BaseModel], data: dict[str, Any], what: str
) -> Iterator[tuple[Code, str, tuple[str | int, ...], bool]]:
    """(code, message, path within the item, points at key?) for each problem, one per field."""
    seen: set[str | int] = set()
    known = list(model.model_fields)
    for err in exc.errors(include_url=False):
        loc = tuple(err["loc"])
        kind = err["type"]
        top = loc[0] if loc else ""
        if top in seen:
            continue  # one finding per field: a union reports each branch that failed
        seen.add(top)
        if kind == "extra_forbidden":
            hint = _did_you_mean(str(top), set(known)) or "; known fields: " + ", ".join(known)
            yield (
                Code.UNKNOWN_FIELD,
                f"{what}: unknown field {top!r}{hint}",
                (top,),
                True,
            )
        elif kind == "missing":
            yield Code.MISSING_FIELD, f"{what}: missing required field {top!r}", (), False
        elif not loc:
            msg = str(err["msg"]).removeprefix("Value error, ")
            at: tuple[str | int, ...] = ("qualifier",) if "qualifier" in data else ("value",)
            yield Code.INVALID_FIELD, f"{what}: {msg}", at, False
        else:
            value = data.get(str(top)) if isinstance(top, str) else None
            msg = str(err["msg"]).removeprefix("Value error, ")
            path = loc[:2] if len(loc) > 1 and isinstance(loc[1], int) else loc[:1]
            if top == "value" and kind != "value_error":
                msg = _number_message(value)
                path = loc[:1]
            elif kind == "literal_error":
                msg = _choice_message(value, str((err.get("ctx") or {}).get("expected", "")))
            elif kind in ("tuple_type", "list_type"):
                msg = "must be a list, like [a, b]"
            elif kind == "bool_type":
                msg = "must be true or false"
            elif kind == "string_type":
                index = loc[1] if len(path) > 1 else None
                item = value[index] if isinstance(index, int) and isinstance(value, list) else value
                msg = _text_message(item)
            if top == "source" and isinstance(value, str) and _PATHLIKE.search(value):
                yield (
                    Code.UNSAFE_PATH,
                    f"{what}: source {value!r} would reach outside sources/; a source id is a "
                    "file name in sources/ without .md",
                    path,
                    False,
                )
            elif top == "period" or (top == "published" and kind == "value_error"):
                code = Code.INVALID_PERIOD if top == "period" else Code.INVALID_FIELD
                yield code, f"{what}: {top}: {msg}", path, False
            elif top in _ID_FIELDS and kind == "value_error":
                yield Code.INVALID_ID, f"{what}: {top}: {msg}", path, False
            else:
                yield Code.INVALID_FIELD, f"{what}: {top}: {msg}", path, False


_SEPARATED = re.compile(r"[-+]?[0-9]{1,3}(?:[,\u00a0\u202f' ][0-9]{3})+(?:\.[0-9]+)?")
_SEPARATORS = re.compile(r"[,\u00a0\u202f' ]")


def _number_message(value: Any) -> str:
    """Why ``value`` is not a number, or [low, high]."""
    items = value if isinstance(value, list) else [value]
    if any(isinstance(v, str) and _SEPARATED.fullmatch(v.strip()) for v in items):
        fixed = [_SEPARATORS.sub("", v.strip()) if isinstance(v, str) else str(v) for v in items]
        write = f"[{', '.join(fixed)}]" if isinstance(value, list) else fixed[0]
        return f"must be a number without separators: write {write}"
    if any(isinstance(v, float) and not math.isfinite(v) for v in items):
        return "must be a finite number (.inf, .nan and numbers past 1e308 are not statistics)"
    return "must be a number, or [low, high] for a range"


def _choice_message(value: Any, expected: str) -> str:
    """``must be one of: a, b, c``, with a "did you mean" when the intent is clear."""
    choices = re.findall(r"'([^']*)'", expected)
    message = "must be one of: " + ", ".join(choices)
    if not isinstance(value, str):
        return message
    word = re.sub(r"[\s_]+", "-", value.strip().lower())
    meant = word if word in choices else QUALIFIER_SYNONYMS.get(word)
    if meant not in choices:
        close = difflib.get_close_matches(word, choices, n=1, cutoff=0.75)
        meant = close[0] if close else None
    return f"{message} (did you mean {meant!r}?)" if meant else message


def _text_message(value: Any) -> str:
    if isinstance(value, list | dict):
        return f"must be text, not a {'list' if isinstance(value, list) else 'mapping'}"
    if isinstance(value, bool | int | float):
        return "must be text; put the value in quotes"
    return "must be text"
