"""``desertcheck schema``'s one format: the JSON Schema, as JSON."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desertcheck.reporters import Formats, Options
from desertcheck.reporters.machine import to_json

if TYPE_CHECKING:
    from desertcheck.schema import SchemaResult


def render_json(result: SchemaResult, options: Options) -> str:
    return to_json(result.schema) + "\n"


FORMATS: Formats = {"json": render_json}
