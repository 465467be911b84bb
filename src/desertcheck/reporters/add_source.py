"""``desertcheck add source``'s formats: table (the front matter, the first lines of the
text and a count, to check before claims are written on it) and json."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desertcheck.reporters import Formats, Options
from desertcheck.reporters.machine import to_json
from desertcheck.reporters.terminal import clean
from desertcheck.vocabulary import plural

if TYPE_CHECKING:
    from desertcheck.authoring.source import AddSourceResult

PREVIEW = 12  # lines of the text shown


def render_table(result: AddSourceResult, options: Options) -> str:
    verb = "replaced" if result.replaced else "imported"
    out = [f"{verb} {clean(result.origin)} ({result.kind}) as {clean(result.file)}"]
    for key, value in result.front_matter.items():
        shown = ", ".join(map(str, value)) if isinstance(value, list) else value
        out.append(f"  {key}: {clean(shown)}")
    lines = result.lines
    out.append(
        f"text: {plural(len(lines), 'line')}, {plural(len(result.text), 'character')}, "
        f"{plural(result.figures, 'figure')}; the first lines:"
    )
    out += [f"  | {clean(line)}".rstrip() for line in lines[:PREVIEW]]
    if len(lines) > PREVIEW:
        out.append(f"  … {plural(len(lines) - PREVIEW, 'more line')}")
    out.append(
        "Check the text against the document before writing claims on it; then: "
        f"desertcheck scan {result.id} --stubs"
    )
    return "\n".join(out) + "\n"


def render_json(result: AddSourceResult, options: Options) -> str:
    return to_json({"schema": "desertcheck/add-source/v1", **result.to_dict()}) + "\n"


FORMATS: Formats = {"table": render_table, "json": render_json}
