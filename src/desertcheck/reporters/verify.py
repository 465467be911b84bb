"""``desertcheck verify``'s formats: table (for a person), json, github, sarif, junit,
junit-gitlab."""

from __future__ import annotations

from desertcheck.reporters import Formats, Lazy

FORMATS: Formats = Lazy(
    {
        "table": "verify_table:render",
        "json": "verify_json:report",
        "github": "github:report",
        "sarif": "sarif:report",
        "junit": "junit:report",
        "junit-gitlab": "junit:report_gitlab",
    }
)
