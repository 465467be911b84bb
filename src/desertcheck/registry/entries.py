"""Turning the registry's YAML into records: a file parsed, an entry validated against its
model, each problem a finding at its file:line:col.

:class:`EntryReader` is the part of the loader (:mod:`.loader`) that reads one YAML file
or one entry of it; the passes that walk the folders and keep what loaded are the loader's.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, TypeVar

from desertcheck import yamlload
from desertcheck.codes import Code
from desertcheck.model import Claim, Where
from desertcheck.records import Record
from desertcheck.registry.explain import explain, misplaced
from desertcheck.registry.files import RegistryFiles
from desertcheck.validation import ValidationError

T = TypeVar("T")


def _count(exc: ValidationError) -> int:
    """How many findings :func:`explain` makes of ``exc``, without making them: one a field,
    and one for all the required fields missing."""
    errors = exc.errors()
    tops = {e["loc"][0] if e["loc"] else "" for e in errors}
    missing = {e["loc"][0] for e in errors if e["type"] == "missing" and len(e["loc"]) == 1}
    return len(tops - missing) + bool(missing)


class EntryReader(RegistryFiles):
    """Parse a YAML file and validate its entries; what is loaded is kept by subclasses."""

    def __init__(self, root: Path, max_bytes: int, max_total_bytes: int) -> None:
        super().__init__(root, max_bytes, max_total_bytes)
        self.claims: dict[str, Claim] = {}  # the claims loaded so far, by id
        self.known: dict[object, object] = {}  # values kept once: see :meth:`one`

    def read_yaml(self, path: Path, rel: str) -> tuple[Any, Any] | None:
        """The YAML file's value and positions, or None after adding a finding."""
        text = self.read_text(path)
        return None if text is None else self.parse_yaml(text, rel)

    def parse_yaml(self, text: str, rel: str, line_offset: int = 0) -> tuple[Any, Any] | None:
        try:
            return yamlload.load(text, line_offset=line_offset)
        except yamlload.YamlError as exc:
            self.add(exc.code, exc.message, rel, exc.line, exc.column)
            return None

    def validate(
        self,
        model: type[Record],
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
        fields = self._fields(data, positions, path)
        for name in data if positions.cut else ():
            cut = positions.cut.get((*path, name))
            if cut is not None:
                read = str(data[name])
                read = read if len(read) <= 60 else read[:59] + "…"
                self.add(
                    Code.YAML_COMMENT_CUT,
                    f"{what}: the {name} ends where ` #` starts a YAML comment: YAML reads "
                    f"“{read}” and drops the rest of the line; put the {name} in quotes",
                    rel,
                    *cut,
                    (claim_id,) if claim_id else (),
                )
        for name in yamlload.PROSE:  # a value whose opening quote was lost
            hint = yamlload.stray_quote(data.get(name))
            if hint is not None:
                self.add(
                    Code.YAML_STRAY_QUOTE,
                    f"{what}: the {name} {hint}",
                    rel,
                    *positions.of((*path, name)),
                    (claim_id,) if claim_id else (),
                )
        try:
            where = Where(rel, self.one(line), self.one(column), fields)
            return model.model_validate(data, context={"where": where})
        except ValidationError as exc:
            if self.capped(rel):  # no finding is shown: count them as explain() gives them
                self.hidden[rel] += 1 if misplaced(model, data, what) else _count(exc)
                return None
            # an entry that does not load is not the claim that holds its id, if one does
            ids = (claim_id,) if claim_id and claim_id not in self.claims else ()
            for code, message, fpath, on_key in explain(exc, model, data, what):
                fline, fcol = positions.of((*path, *fpath), key=on_key)
                self.add(code, message, rel, fline, fcol, ids)
            return None

    def _fields(
        self, data: dict[Any, Any], positions: yamlload.Positions, path: yamlload.Path
    ) -> tuple[tuple[str, int, int], ...]:
        """Where each field of ``data`` is (as :meth:`shared` keeps it), then each item of a
        list field, as "accept.0": a claim's ten fields read in one loop, the position of
        each found in one look-up (every value read has one)."""
        keep = self.known.setdefault
        at = positions.values.get
        fields: list[tuple[str, int, int]] = []
        lists = False
        for k in data:
            if not isinstance(k, str):
                continue
            p = (*path, k)
            line, column = at(p) or positions.of(p)
            t = (keep(k, k), keep(line, line), keep(column, column))
            fields.append(keep(t, t))  # type: ignore[arg-type]
            lists = lists or isinstance(data[k], list)
        if lists:
            fields.extend(
                self.shared(f"{k}.{i}", *positions.of((*path, k, i)))
                for k, v in data.items()
                if isinstance(k, str) and isinstance(v, list)
                for i in range(len(v))
            )
        return tuple(fields)

    def one(self, value: T) -> T:
        """``value``, or an equal one met before: kept once for every object that has it."""
        return self.known.setdefault(value, value)  # type: ignore[return-value]

    def shared(self, name: str, line: int, column: int) -> tuple[str, int, int]:
        """Where a field is, as a tuple shared by every object with a field of that name at
        that place: objects of the same shape keep one copy of their field positions (a
        fifth of the memory of a large registry's claims went to them)."""
        return self.one((self.one(name), self.one(line), self.one(column)))
