"""``desertcheck add claim``'s formats: table (the claim as written, where, and what verify
says of it) and json."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desertcheck.reporters import Formats, Options
from desertcheck.reporters.machine import to_json
from desertcheck.reporters.terminal import MARK, clean

if TYPE_CHECKING:
    from desertcheck.authoring.claim import AddClaimResult


def render_table(result: AddClaimResult, options: Options) -> str:
    # its notes go to stderr as every command's do ("desertcheck: note: …", cli.add)
    out = [f"added claim {clean(result.id)} to {clean(result.file)}:{result.line}"]
    out += [clean(line) for line in result.yaml.rstrip("\n").split("\n")]
    out.append(f"verify: {MARK[result.status]} {result.status}")
    out += [
        f"  {clean(f.location)}: {f.severity.value}: {clean(f.message)} [{f.code}]"
        for f in result.findings
    ]
    return "\n".join(out) + "\n"


def render_json(result: AddClaimResult, options: Options) -> str:
    return to_json({"schema": "desertcheck/add-claim/v1", **result.to_dict()}) + "\n"


FORMATS: Formats = {"table": render_table, "json": render_json}
