"""`desertcheck diff`: registered on the app when desertcheck.cli is imported."""

from __future__ import annotations
