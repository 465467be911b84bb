"""``desertcheck scan --stubs``: a claim drafted for every figure no claim records, to paste
or to append (``--write``) to ``claims/<source>.yaml``."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from desertcheck.authoring.drafting import Draft, draft, regions
from desertcheck.authoring.notes import statement_note
from desertcheck.authoring.scan import one_line
from desertcheck.checks.placeholder import TODO

if TYPE_CHECKING:
    from desertcheck.authoring.scan import Figure, ScanResult
    from desertcheck.registry import Registry

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_ID_LINE = re.compile(r"^[ \t-]*id[ \t]*:[ \t]*[\"']?(?P<id>[A-Za-z0-9_.-]+)", re.MULTILINE)


class AuthoringError(Exception):
    """What keeps an authoring command from doing its work; the message says how to fix it."""


@dataclass(frozen=True, slots=True)
class Written:
    file: str  # relative to the registry root
    ids: tuple[str, ...]
    lines: tuple[int, ...]


def claims_file(source: str) -> str:
    return f"claims/{source}.yaml"


def claims_file_of(registry: Registry, source: str) -> str:
    """The claims file a new claim of ``source`` goes to: ``claims/<source>.yaml``, or,
    when there is none, the one claims file whose claims all name the source (it kept its
    name when the source was renamed), so that a source's claims stay in one file."""
    default = claims_file(source)
    if (registry.root / default).exists():
        return default
    sources: dict[str, set[str]] = {}
    for c in registry.claims:
        sources.setdefault(c.file, set()).add(c.source)
    holding = [f for f, named in sources.items() if named == {source}]
    return holding[0] if len(holding) == 1 else default


def held(rel: str) -> str:
    """The note of a claim appended to a claims file not named after its source."""
    return f"appended to {rel}, which holds this source's other claims"


def written_ids(root: Path) -> set[str]:
    """Every id written in a claims file, whether or not its claim loads."""
    ids: set[str] = set()
    folder = root / "claims"
    if folder.is_dir():
        for path in folder.rglob("*.yaml"):
            try:
                ids.update(m["id"] for m in _ID_LINE.finditer(path.read_text("utf-8")))
            except (OSError, UnicodeDecodeError):
                continue
    return ids


def stubs(result: ScanResult) -> list[Draft]:
    """A draft claim for each missing figure of the scan, in the order of the sources."""
    from desertcheck.text import normalize

    registry = result.registry
    taken = set(registry.claim_ids) | written_ids(registry.root)
    out: list[Draft] = []
    for cov in result.sources:
        missing = [f for f in cov.figures if f.status == "missing"]
        if not missing:
            continue
        source = registry.sources[cov.source]
        norm = normalize(source.text)
        around = _regions(cov.figures)
        said: dict[tuple[int, int], list[Figure]] = {}
        for f in cov.figures:
            said.setdefault(f.sentence_span, []).append(f)
        for f in missing:
            # the figures of its sentence that are statistics (not an age, a year of school)
            others = [
                one_line(o.quantity.text)
                for o in said[f.sentence_span]
                if o is not f and o.status != "excluded"
            ]
            region = around[f.start, f.end]
            d = draft(
                registry, source, norm, f.quantity, f.sentence_span, region, taken, alone=not others
            )
            if others and not str(d.get("statement")).startswith(TODO):
                # the note add claim gives: a stub's statement shows in every export
                d.set("statement", d.get("statement"), statement_note(d, others))
            d.where = f"{f.file}:{f.line}:{f.column}"
            taken.add(d.id)
            out.append(d)
    return out


def _regions(figures: Sequence[Figure]) -> dict[tuple[int, int], tuple[int, int]]:
    by_sentence: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for f in figures:
        if f.status != "excluded":  # not a statistic ("the 2024 school year"): no region
            by_sentence.setdefault(f.sentence_span, []).append((f.start, f.end))
    out: dict[tuple[int, int], tuple[int, int]] = {}
    for sentence, spans in by_sentence.items():
        out.update(regions(spans, sentence))
    return out


def header(registry: Registry, source: str) -> str:
    meta = registry.sources[source].meta if source in registry.sources else None
    # a control character of the title ("\x1b[31m") cannot stand in YAML, comments included
    title = f" ({_CONTROL.sub('', meta.title)})" if meta else ""
    return (
        f"Statistics in sources/{source}.md{title}.\n"
        "The claim format: docs/registry-format.md. Fields left `todo` are for you to decide."
    )


def write(registry: Registry, drafts: Iterable[Draft], file: str | None = None) -> list[Written]:
    """Append the drafts to their claims files (``file`` for all of them when given), each
    file written atomically and only when it reads back with the new claims."""
    from desertcheck.authoring.claimfile import append, new_file
    from desertcheck.files import as_written, read_for_edit, write_atomic

    groups: dict[str, list[Draft]] = {}
    for d in drafts:
        groups.setdefault(file or claims_file_of(registry, d.source), []).append(d)
    pending: list[tuple[Path, str, Written]] = []
    for rel, items in groups.items():
        path = registry.root / rel
        text, end = (
            read_for_edit(path)
            if path.exists()
            else (new_file(header(registry, items[0].source)), "\n")
        )
        ids = [d.id for d in items]
        appended = append(text, [d.yaml for d in items], rel, ids)
        written = Written(rel, tuple(ids), appended.lines)
        pending.append((path, as_written(appended.text, end), written))  # its line ends kept
    done: list[Written] = []
    for path, text, written in pending:  # every file checked before the first is written
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, text)
        done.append(written)
    return done


@dataclass(frozen=True, slots=True)
class ScanReport:
    """A scan with, on demand, the drafted claims and the files they were written to."""

    scan: ScanResult
    stubs: list[Draft] | None = None
    written: list[Written] | None = None

    def exit_code(self, *, strict: bool = False) -> int:
        return self.scan.exit_code(strict=strict)


def report(result: ScanResult, *, draft_stubs: bool, write_them: bool) -> ScanReport:
    """The scan, its stubs when asked for, appended to the claims files with ``write_them``.

    Raises :class:`AuthoringError` when a claims file cannot take them (nothing is written).
    """
    from desertcheck.authoring.claimfile import ClaimFileError

    if not (draft_stubs or write_them):
        return ScanReport(result)
    drafts = stubs(result)
    if not write_them:
        return ScanReport(result, drafts)
    try:
        written = write(result.registry, drafts)
    except ClaimFileError as exc:
        raise AuthoringError(str(exc)) from None
    except OSError as exc:
        raise AuthoringError(f"cannot write {exc.filename}: {exc.strerror or exc}") from None
    return ScanReport(result, drafts, written)
