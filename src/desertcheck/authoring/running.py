"""What ``add claim`` says and keeps of a period it could not settle: a source of no date
whose sentence gives a running total ("since 2022") that only a date could end, and the
``cumulative`` of a running total when ``--period`` replaces the period read."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from desertcheck.checks.placeholder import TODO

if TYPE_CHECKING:
    from desertcheck.authoring.drafting import Draft
    from desertcheck.registry import Source

RUNNING = "a running total: “since …”"


def undated(d: Draft) -> bool:
    """Whether the draft's period stands in for one the sentence does not name, or that
    only the source's date could end ("since 2022" in a source of no date)."""
    note = str(d.get("note") or "")
    return note.startswith((f"{TODO}: the sentence names no period", f"{TODO}: the sentence gives"))


def since_of(d: Draft) -> tuple[str, str] | None:
    """(words, start) of the running total a draft's note says its undated source cannot
    end ("the sentence gives “since 2022”"); None when it says none."""
    from desertcheck.authoring.periods import open_since
    from desertcheck.authoring.stated import since_event

    said = re.match(f"{TODO}: the sentence gives “(.+?)”", str(d.get("note") or ""))
    if said is None:
        return None
    return open_since(said[1], 0, len(said[1])) or since_event(said[1], 0, len(said[1]))


def period_hint(d: Draft, source: Source) -> str:
    """Why the period could not be inferred, with what to pass, in brackets."""
    since = since_of(d)
    if since:
        return (
            f" (the sentence gives “{since[0]}” but the source has no date to end it: write "
            f"{since[1]}/ and the date the count runs to, as in --period "
            f"{since[1]}/YYYY-MM-DD, or give {source.file} a published: date)"
        )
    if undated(d):
        return f" (the sentence names none; the source is of {source.meta.published or 'no date'})"
    why = str(d.get("note") or "").removeprefix(f"{TODO}: ").split(";")[0]
    return f" ({d.get('period')} is only a guess: {why})"


def keep_running_total(d: Draft, period: str) -> None:
    """Before ``period`` (given) replaces the period read: drop the ``cumulative`` that
    came with it ("since 2019" read, 2024 given), unless ``period`` runs from the same
    start ("since 2022" read or, in a source of no date, named; 2022/2025-09 given), or
    from a day or month of it (2022-02-24/2025-09-15: the invasion's day in 2022)."""
    read = str(d.get("period"))
    begins = read.split("/")[0] if d.get("cumulative") else None
    since = since_of(d)
    if since is not None and "/" not in read:
        begins = since[1]  # "since 2022" in a source of no date: no period read
    d.drop("cumulative")
    start = period.split("/")[0] if "/" in period else None
    if begins is not None and start is not None and (start + "-").startswith(f"{begins}-"):
        at = [k for k, _, _ in d.fields].index("period") + 1
        d.fields.insert(at, ("cumulative", True, RUNNING))
