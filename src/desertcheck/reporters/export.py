"""``desertcheck export``'s formats: json, jsonl, csv, markdown, claimreview.

The texts themselves are written by :mod:`desertcheck.export`; this maps each format's name
to it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desertcheck import export as ex
from desertcheck.reporters import Formats, Options

if TYPE_CHECKING:
    from desertcheck.export import ExportResult


def _json(r: ExportResult, options: Options) -> str:
    return ex.to_json(
        r.registry,
        r.claims,
        r.statuses,
        complete=r.complete,
        with_text=r.with_text,
        vocabulary=r.config.vocabulary,
    )


def _jsonl(r: ExportResult, options: Options) -> str:
    return ex.to_jsonl(r.claims, r.statuses)


def _csv(r: ExportResult, options: Options) -> str:
    return ex.to_csv(r.claims, r.statuses, bom=r.bom)


def _markdown(r: ExportResult, options: Options) -> str:
    return ex.to_markdown(r.registry, r.claims, r.statuses, measures=r.config.vocabulary.measures)


def _claimreview(r: ExportResult, options: Options) -> str:
    return ex.to_claimreview(
        r.registry,
        r.claims,
        r.statuses,
        author=r.config.claimreview_author or "",
        url_base=r.config.claimreview_url or "",
        date=r.date,
    )


FORMATS: Formats = {
    "json": _json,
    "jsonl": _jsonl,
    "csv": _csv,
    "markdown": _markdown,
    "claimreview": _claimreview,
}
