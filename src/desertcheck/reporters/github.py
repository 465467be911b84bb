"""``--format github``: GitHub Actions workflow commands, one annotation a finding.

Chosen by default when ``GITHUB_ACTIONS`` is set. Every piece of text is escaped as the
runner expects (``%``, CR and LF in messages; also ``:`` and ``,`` in properties), so no
text from the registry can end an annotation early or inject a workflow command.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desertcheck.findings import Severity
from desertcheck.reporters import Options, join
from desertcheck.reporters.terminal import clean

if TYPE_CHECKING:
    from desertcheck.verify import VerifyResult

LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(level: str, message: str, **props: object) -> str:
    given = ",".join(
        f"{k}={escape_property(clean(v))}" for k, v in props.items() if v not in (None, "", 0)
    )
    return (
        f"::{level} {given}::{escape_data(clean(message))}"
        if given
        else (f"::{level}::{escape_data(clean(message))}")
    )


def report(result: VerifyResult, options: Options) -> str:
    prefix, strict = options.prefix, options.strict
    lines = [
        annotation(
            # an accepted finding is a notice: shown, never a failed check
            "notice" if f.accepted else LEVEL[f.severity],
            f.message + (f" (accepted: {f.accepted.reason})" if f.accepted else ""),
            file=join(prefix, f.file),
            line=f.line,
            col=f.column,
            title=f"desertcheck {f.code}" + (" (accepted)" if f.accepted else ""),
        )
        for f in result.findings
    ]
    from desertcheck.reporters.verify_table import summary_line

    lines.append(f"desertcheck: {summary_line(result, strict=strict)}")
    return "\n".join(lines) + "\n"
