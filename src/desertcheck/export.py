"""``desertcheck export``: the registry and its verify statuses as text for other tools.

Pure functions, no I/O: each takes the registry, the claims to export (already chosen and
ordered) and each claim's verify status, and returns the whole text of one format:

* :func:`to_json` — ``{"claims", "sources", "origins", "relations"}`` (and ``"vocabulary"``
  when desertcheck.toml declares one), every registry field
  under its YAML name; each claim also carries its ``status`` and finding ``codes``;
* :func:`to_jsonl` — one claim object a line (the same objects as the JSON's claims);
* :func:`to_csv` — one row a claim, spreadsheet-safe
  (:func:`desertcheck.reporters.machine.csv_cell`);
* :func:`~desertcheck.fact_sheet.to_markdown` — an editor's fact sheet, claims grouped by
  measure, with footnotes;
* ClaimReview JSON-LD, one item a claim that passes verify: :mod:`desertcheck.claimreview`.

Registry text is untrusted. JSON escapes control characters itself; the Markdown escapes
every character that could start a link, an image, HTML or a block
(:func:`desertcheck.reporters.markdown.md`); the JSON-LD escapes ``<``, ``>`` and ``&``
so it can sit inside an HTML ``<script>`` element; the CSV neutralises formulas. The shape
of every format is documented in docs/export.md.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from desertcheck.findings import Finding, exit_code
from desertcheck.reporters.machine import csv_text
from desertcheck.reporters.machine import to_json as json_text
from desertcheck.selection import claims_csv, located_record
from desertcheck.weburl import web_url

if TYPE_CHECKING:
    from pathlib import Path

    from desertcheck.config import Config, Vocabulary
    from desertcheck.model import Claim, Origin, Relation, Source
    from desertcheck.registry import LoadResult, Registry
    from desertcheck.selection import Filters
    from desertcheck.verify import ClaimStatus

#: Columns that the CSV adds after :data:`desertcheck.selection.CSV_HEADER`.
CSV_EXTRA = ["status", "codes", "accepted", "accepted_reasons"]


# -- records ---------------------------------------------------------------------------------


def claim_item(claim: Claim, status: ClaimStatus) -> dict[str, Any]:
    """A claim as exported: every YAML field, ``file`` and ``line``, ``status``, ``codes``
    and the findings about it that are ``accepted`` (code and reason), which count in no
    status.

    Without those five keys the item validates back into an equal
    :class:`~desertcheck.model.Claim`.
    """
    item = located_record(claim)
    item["status"] = status.status
    item["codes"] = list(status.codes)
    item["accepted"] = [{"code": code, "reason": reason} for code, reason in status.accepted]
    return item


def source_item(source: Source, *, with_text: bool = False) -> dict[str, Any]:
    """A source: ``id``, ``file``, its front matter under YAML names, and ``text`` if asked."""
    item: dict[str, Any] = {"id": source.id, "file": source.file}
    item.update(source.meta.model_dump(mode="json"))
    item["url"] = web_url(source.meta.url)  # not a web address: left out (url-not-web)
    if with_text:
        item["text"] = source.text
    return item


def origin_item(origin_id: str, origin: Origin) -> dict[str, Any]:
    """An origin from sources/origins.yaml: ``id``, its fields, ``file`` and ``line``."""
    item = {"id": origin_id, **located_record(origin)}
    item["url"] = web_url(origin.url)  # not a web address: left out (url-not-web)
    return item


def relation_item(relation: Relation) -> dict[str, Any]:
    """A relation: its YAML fields, ``file`` and ``line``."""
    return located_record(relation)


def export_data(
    registry: Registry,
    claims: Sequence[Claim],
    statuses: Mapping[str, ClaimStatus],
    *,
    complete: bool,
    with_text: bool = False,
    vocabulary: Vocabulary | None = None,
    unloaded: int = 0,
) -> dict[str, Any]:
    """The JSON document. ``complete``: the whole registry was asked for (no filter), so
    every source, origin and relation is included; otherwise only the sources and origins
    the exported claims name (origins through their sources' ``cites`` too) and the
    relations all of whose claims are exported, so the export names no id it lacks.
    ``unloaded``: the registry's errors that keep claims from loading, as ``load_errors``
    (not 0: claims are missing from the export).
    """
    wanted = {c.id for c in claims}
    source_ids = {c.source for c in claims}
    sources = [s for s in registry.sources.values() if complete or s.id in source_ids]
    origin_ids = {c.origin for c in claims if c.origin} | {o for s in sources for o in s.meta.cites}
    declared = {}
    if vocabulary is not None and (vocabulary.measures or vocabulary.scopes):
        declared = {"vocabulary": {"measures": vocabulary.measures, "scopes": vocabulary.scopes}}
    return {
        "schema": "desertcheck/export/v1",
        "load_errors": unloaded,
        **declared,
        "claims": [claim_item(c, statuses[c.id]) for c in claims],
        "sources": [source_item(s, with_text=with_text) for s in sources],
        "origins": [
            origin_item(oid, o)
            for oid, o in registry.origins.items()
            if complete or oid in origin_ids
        ],
        "relations": [
            relation_item(r)
            for r in registry.relations
            if complete or {*r.parts, r.whole} <= wanted
        ],
    }


def urls_left_out(
    registry: Registry, claims: Sequence[Claim], fmt: str, *, complete: bool
) -> list[str]:
    """Why a url is missing from a ``fmt`` export (json, markdown, claimreview): each
    source and origin in it whose url is not a web address (verify's ``url-not-web``), left
    out, as a url the registry does not give is."""
    if fmt not in ("json", "markdown", "claimreview"):
        return []
    everything = complete and fmt == "json"  # the json has every source and origin
    named = {c.source for c in claims}
    sources = [s for s in registry.sources.values() if everything or s.id in named]
    origin_ids = {c.origin for c in claims if c.origin}
    if fmt == "json":
        origin_ids |= {o for s in sources for o in s.meta.cites}
    elif fmt == "markdown":
        origin_ids = set()  # the fact sheet names no origin
    found = [(f"source {s.id!r}", s.meta.url, s.meta.where) for s in sources]
    found += [
        (f"origin {oid!r}", o.url, o.where)
        for oid, o in registry.origins.items()
        if everything or oid in origin_ids
    ]
    return [
        f"{where.file}:{where.of('url')[0]}: the url of {what} is not an absolute http or "
        f"https address: left out of the export (url-not-web; see desertcheck verify)"
        for what, url, where in found
        if url is not None and web_url(url) is None
    ]


# -- json, jsonl, csv -----------------------------------------------------------------------


def to_json(
    registry: Registry,
    claims: Sequence[Claim],
    statuses: Mapping[str, ClaimStatus],
    *,
    complete: bool,
    with_text: bool = False,
    vocabulary: Vocabulary | None = None,
    unloaded: int = 0,
) -> str:
    """The JSON export: :func:`export_data`, indented, UTF-8 text (not ASCII escapes)."""
    data = export_data(
        registry,
        claims,
        statuses,
        complete=complete,
        with_text=with_text,
        vocabulary=vocabulary,
        unloaded=unloaded,
    )
    return json_text(data) + "\n"


def to_jsonl(claims: Sequence[Claim], statuses: Mapping[str, ClaimStatus]) -> str:
    """JSON Lines: one claim object a line, the same objects as :func:`to_json`'s claims."""
    return "".join(
        # to_json escapes U+2028/U+2029, where splitlines() and JavaScript break lines
        json_text(claim_item(c, statuses[c.id]), indent=None) + "\n"
        for c in claims
    )


def csv_rows(
    claims: Sequence[Claim], statuses: Mapping[str, ClaimStatus]
) -> tuple[list[str], list[list[object]]]:
    """The CSV's header and rows before cell neutralising: list's columns, status, codes,
    the codes of accepted findings and, for a reader of the sheet, why each is accepted
    ("code: reason", apart by "; ")."""
    header, rows = claims_csv(list(claims))
    for claim, row in zip(claims, rows, strict=True):
        status = statuses[claim.id]
        row.extend(
            [
                status.status,
                " ".join(status.codes),
                " ".join(c for c, _ in status.accepted),
                "; ".join(f"{c}: {' '.join(r.split())}" for c, r in status.accepted),
            ]
        )
    return [*header, *CSV_EXTRA], rows


def to_csv(
    claims: Sequence[Claim], statuses: Mapping[str, ClaimStatus], *, bom: bool = False
) -> str:
    """CSV, one row a claim; formula-like text neutralised, numbers kept as numbers."""
    return csv_text(*csv_rows(claims, statuses), bom=bom)


class ExportRefused(Exception):
    """The export cannot be made as asked; the message says what to add (exit 2), and
    ``lines`` says it in one line a message, for a pipe."""

    def __init__(self, message: str, lines: str | None = None) -> None:
        super().__init__(message)
        self.lines = message if lines is None else lines


@dataclass(frozen=True, slots=True)
class ExportResult:
    """The claims to export with their verify statuses, and what each format needs."""

    registry: Registry
    claims: list[Claim]
    statuses: Mapping[str, ClaimStatus]
    complete: bool  # no filter: the whole registry was asked for
    findings: tuple[Finding, ...]  # the loader's and the config's
    config: Config
    with_text: bool = False
    bom: bool = False
    date: str | None = None  # ClaimReview's datePublished (the command's --date, else today)
    left_out: tuple[Claim, ...] = ()  # ClaimReview: chosen, but failing verify

    @property
    def unloaded(self) -> int:
        """The registry's errors that keep claims from loading (so from the export)."""
        return sum(1 for f in self.findings if f.code.leaves_claims_out)

    def exit_code(self, *, strict: bool = False) -> int:
        """Export is not a gate: 1 only when the registry has loading errors."""
        return exit_code(self.findings, strict=strict)


def build(
    loaded: LoadResult,
    filters: Filters,
    *,
    statuses: Iterable[str] = (),
    claimreview: bool = False,
    with_text: bool = False,
    bom: bool = False,
    date: str | None = None,
) -> ExportResult:
    """Verify the registry and choose the claims (``filters``, then verify ``statuses``).

    For ClaimReview, the claims that fail verify are left out (``left_out``) and the date
    defaults to today. Raises :class:`ExportRefused` for ClaimReview when its settings are
    missing or invalid.
    """
    from desertcheck.config import CONFIG_FILE, load_config
    from desertcheck.verify import verify

    registry = loaded.registry
    config, config_findings = load_config(registry.root)
    if claimreview:
        from desertcheck import claimreview as cr

        missing = cr.missing(config.claimreview_author, config.claimreview_url)
        if missing:
            problems = [f"{f.location}: {f.message}" for f in config_findings]
            where = str(registry.root / CONFIG_FILE)
            table = _has_table(registry.root / CONFIG_FILE, "claimreview")
            raise ExportRefused(
                cr.refusal(missing, where, problems, table=table),
                cr.refusal_lines(missing, where, problems, table=table),
            )
    result = verify(loaded, config, extra=config_findings)
    by_id = {s.id: s for s in result.claims}
    wanted = set(statuses)
    chosen = [c for c in filters.apply(registry) if not wanted or by_id[c.id].status in wanted]
    left_out: list[Claim] = []
    if claimreview:
        chosen, left_out = cr.reviewable(chosen, by_id)
        if date is None:
            from datetime import date as Date

            date = Date.today().isoformat()
    return ExportResult(
        registry,
        chosen,
        by_id,
        filters.complete and not wanted,
        (*loaded.findings, *config_findings),
        config,
        with_text,
        bom,
        date,
        tuple(left_out),
    )


def _has_table(path: Path, name: str) -> bool:
    """Whether the TOML file at ``path`` has a ``[name]`` table (False when unreadable)."""
    from desertcheck.tomllines import Lines

    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return False
    return name in Lines(text).headers
