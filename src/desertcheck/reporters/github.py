"""``--format github``: GitHub Actions workflow commands, one annotation a finding.

Chosen by default when ``GITHUB_ACTIONS`` is set. Every piece of text is escaped as the
runner expects (``%``, CR and LF in messages; also ``:`` and ``,`` in properties), so no
text from the registry can end an annotation early or inject a workflow command. File
paths are relative to the repository root (``Options.prefix``).

GitHub shows at most 10 annotations of each type (error, warning, notice) from one step,
and 50 from a job, and drops the rest silently. :func:`cap` (applied by the command line to
every command's github output) keeps 10 of each type as annotations, a file at a time (so
the one finding in the file a pull request changed is not crowded out by another file's
many), and turns the others into plain log lines, listed again in the step summary with
their count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
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


#: What GitHub shows of one step's annotations, per type (error, warning, notice).
PER_TYPE = 10
_COMMAND = re.compile(r"::(error|warning|notice)(?: ([^:]*))?::(.*)")


@dataclass(frozen=True, slots=True)
class Dropped:
    """An annotation beyond the cap, as plain data for the log and the step summary."""

    level: str
    where: str
    title: str
    message: str


def _unescape(text: str) -> str:
    for code, ch in (("%3A", ":"), ("%2C", ","), ("%0D", " "), ("%0A", " "), ("%25", "%")):
        text = text.replace(code, ch)
    return text


def _dropped(match: re.Match[str]) -> Dropped:
    props = dict(p.split("=", 1) for p in (match[2] or "").split(",") if "=" in p)
    where = ":".join(_unescape(props[k]) for k in ("file", "line", "col") if k in props)
    return Dropped(match[1], where, _unescape(props.get("title", "")), _unescape(match[3]))


def _chosen(matches: dict[int, re.Match[str]], per_type: int) -> set[int]:
    """Which annotations (by line index) stay commands: at most ``per_type`` of each type,
    taken a file at a time (each file's first, then each file's second, ...), so one file's
    many findings cannot crowd out the one finding of the file a pull request changed."""
    chosen: set[int] = set()
    for level in ("error", "warning", "notice"):
        per_file: dict[str, list[int]] = {}
        for i, m in matches.items():
            if m[1] == level:
                per_file.setdefault(_dropped(m).where.split(":", 1)[0], []).append(i)
        queues = list(per_file.values())
        taken = 0
        for depth in range(max(map(len, queues), default=0)):
            for queue in queues:
                if depth < len(queue) and taken < per_type:
                    chosen.add(queue[depth])
                    taken += 1
    return chosen


def _what(dropped: list[Dropped]) -> str:
    """What the annotations dropped are: findings (titled 'desertcheck …'), changes (diff's
    notices of a claim or source changed), or both."""
    found = sum(d.title.startswith("desertcheck") for d in dropped)
    n = len(dropped)
    if found == n:
        return f"{n} more finding{'s' if n != 1 else ''}"
    if not found:
        return f"{n} more change{'s' if n != 1 else ''}"
    return f"{n} more findings and changes"


def cap(text: str, per_type: int = PER_TYPE, *, summary: bool = True) -> tuple[str, list[Dropped]]:
    """``text`` with at most ``per_type`` annotations of each type (spread over the files,
    :func:`_chosen`); each further one becomes a plain line (``desertcheck: warning:
    file:line: message [title]``) that no runner reads as a command. Returns the text and
    the annotations turned into plain lines, in the order they came. ``summary``: they go
    to the step summary too (one is set)."""
    lines = text.splitlines()
    matches = {i: m for i, ln in enumerate(lines) if (m := _COMMAND.fullmatch(ln))}
    chosen = _chosen(matches, per_type)
    out: list[str] = []
    dropped: list[Dropped] = []
    for i, line in enumerate(lines):
        m = matches.get(i)
        if m is None or i in chosen:
            out.append(line)
            continue
        d = _dropped(m)
        dropped.append(d)
        out.append(clean(f"desertcheck: {d.level}: {d.where or '-'}: {d.message} [{d.title}]"))
    if dropped:
        out.append(
            f"desertcheck: {_what(dropped)} than GitHub annotates ({per_type} of each type a "
            "step) are listed above as plain lines"
            + (" and in the step summary" if summary else "")
        )
    return "\n".join(out) + "\n", dropped


def dropped_summary(dropped: list[Dropped], per_type: int = PER_TYPE) -> str:
    """The step summary's Markdown for the annotations beyond the cap."""
    from desertcheck.reporters.markdown import md, md_table

    head = (
        f"### desertcheck: {_what(dropped)} than GitHub annotates\n\n"
        f"GitHub shows {per_type} annotations of each type from a step; these are the others.\n"
    )
    rows = [[md(d.level), md(d.where or "-"), md(d.title), md(d.message)] for d in dropped]
    return head + "\n" + "\n".join(md_table(["level", "where", "what", "message"], rows)) + "\n"
