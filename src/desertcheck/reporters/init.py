"""``desertcheck init``'s formats: table (what was created, and what to do next) and json."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desertcheck.reporters import Formats, Options
from desertcheck.reporters.machine import to_json
from desertcheck.reporters.terminal import clean

if TYPE_CHECKING:
    from desertcheck.authoring.scaffold import InitResult

NEXT = (
    "next: desertcheck add source FILE|URL   (import a document into sources/)\n"
    "      desertcheck scan --stubs --write  (draft a claim for every figure it states)\n"
    "      desertcheck verify                (check every quote and figure)"
)


def render_table(result: InitResult, options: Options) -> str:
    lines = [f"created a registry in {clean(result.root)}:"]
    lines += [f"  {clean(rel)}" for rel in result.created]
    return "\n".join(lines) + "\n" + NEXT + "\n"


def render_json(result: InitResult, options: Options) -> str:
    return to_json({"schema": "desertcheck/init/v1", **result.to_dict()}) + "\n"


FORMATS: Formats = {"table": render_table, "json": render_json}
