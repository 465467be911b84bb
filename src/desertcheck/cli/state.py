"""What the options before the command set (``desertcheck --root DIR verify``): standard
library only, for the entry point's runs without the command line (:mod:`desertcheck.launch`)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desertcheck.cache.claims import ClaimFileCache
    from desertcheck.cache.reports import ReportCache


class State:
    """Options given before the command (``desertcheck --root DIR verify``)."""

    debug: bool = False
    root: Path | None = None
    report_cache: ReportCache | None = None  # armed by load(cache=...), filled by finish()
    claim_files: ClaimFileCache | None = None  # the claims files the last load kept


state = State()
