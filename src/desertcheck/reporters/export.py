"""``desertcheck export``'s formats: json, jsonl, csv, markdown, claimreview.

The texts themselves are written by :mod:`desertcheck.export`; this maps each format's name
to it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from desertcheck import export as ex
from desertcheck.reporters import Formats, Options

if TYPE_CHECKING:
    from desertcheck.claimreview import Settings
    from desertcheck.export import ExportResult


def _json(r: ExportResult, options: Options) -> str:
    return ex.to_json(
        r.registry,
        r.claims,
        r.statuses,
        complete=r.complete,
        with_text=r.with_text,
        vocabulary=r.config.vocabulary,
        unloaded=r.unloaded,
    )


def _jsonl(r: ExportResult, options: Options) -> str:
    return ex.to_jsonl(r.claims, r.statuses)


def _csv(r: ExportResult, options: Options) -> str:
    return ex.to_csv(r.claims, r.statuses, bom=r.bom)


def _markdown(r: ExportResult, options: Options) -> str:
    from desertcheck.fact_sheet import to_markdown

    return to_markdown(
        r.registry, r.claims, r.statuses, measures=r.config.vocabulary.measures, unloaded=r.unloaded
    )


def review_settings(r: ExportResult) -> Settings:
    """The ``[claimreview]`` settings (checked present by :func:`desertcheck.export.build`)."""
    from desertcheck.claimreview import Settings

    config = r.config
    return Settings(
        config.claimreview_author or "",
        config.claimreview_url or "",
        config.claimreview_author_url,
    )


def reviews(r: ExportResult) -> dict[str, dict[str, Any]]:
    """Claim id -> its ClaimReview, for the claims exported."""
    from desertcheck import claimreview as cr

    return cr.items(r.registry, r.claims, r.statuses, review_settings(r), r.date or "")


def _claimreview(r: ExportResult, options: Options) -> str:
    from desertcheck.claimreview import json_ld

    return json_ld(list(reviews(r).values()))


FORMATS: Formats = {
    "json": _json,
    "jsonl": _jsonl,
    "csv": _csv,
    "markdown": _markdown,
    "claimreview": _claimreview,
}
