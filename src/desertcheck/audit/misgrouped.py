"""Numbers whose digit groups are not of three: "13,5000", "50,00", "50,000,0".

The figure parser reads no number from them, and a figure mistyped this way used to
vanish from the audit without a word: the editor's slip audit exists to catch passed, even
with ``--strict``. :func:`regrouped` gives the draft's (blanked) text with each such
number written again with its digits grouped by three ("13,5000" as "135,000", padded
with blanks to the same length), so it is read and judged as every figure is, and
:func:`noted` says on its item what was read: "“13,5000”: its digit groups are not of
three; read as 135,000". A figure so read that agrees with its claim ("8,48 verdicts" for
848) is a ``mismatch`` all the same, its message saying how to write it: the draft as
printed is wrong, and the run fails on it. A first group of more than three digits
("2022,2023"), a leading zero ("0,25") and a single digit after each comma ("84,4",
"1,2,3": a decimal comma or a list) are left as they are.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Final

from desertcheck.codes import Code
from desertcheck.compiled import regex

if TYPE_CHECKING:
    from desertcheck.audit.verdicts import AuditItem

#: A number of comma-separated digit groups, not inside a longer one.
_GROUPED: Final = regex(r"(?<![\w.,])[1-9]\d{0,2}(?:,\d++)++(?![\w]|[.,]\d)")


def regrouped(blanked: str) -> tuple[str, dict[int, tuple[str, str]]]:
    """``blanked`` with its misgrouped numbers regrouped (same length), and for each, by
    its offset, (the number as written, as read)."""
    if "," not in blanked:
        return blanked, {}
    found: dict[int, tuple[str, str]] = {}
    parts: list[str] = []
    pos = 0
    for m in _GROUPED.finditer(blanked):
        written = m.group()
        groups = written.split(",")
        if all(len(g) == 3 for g in groups[1:]) or all(len(g) == 1 for g in groups[1:]):
            continue  # well grouped; or "84,4", "1,2,3": a decimal comma or a list
        digits = "".join(groups)
        read = f"{int(digits):,}"
        if len(read) > len(written):
            read = digits
        found[m.start()] = (written, read)
        parts += [blanked[pos : m.start()], read.ljust(len(written))]
        pos = m.end()
    if not found:
        return blanked, {}
    parts.append(blanked[pos:])
    return "".join(parts), found


def noted(items: list[AuditItem], found: dict[int, tuple[str, str]]) -> list[AuditItem]:
    """``items``, each figure read from a misgrouped number written as the draft has it,
    its message saying how it was read."""
    if not found:
        return items
    out = []
    for it in items:
        q = it.figure
        hit = next((v for at, v in found.items() if q.start <= at < q.end), None)
        if hit is None:
            out.append(it)
            continue
        written, read = hit
        text = q.text.replace(read, written, 1)
        message = it.message.replace(f"“{q.text}”", f"“{text}”")
        status = it.status
        said = f"“{written}”: its digit groups are not of three; read as {read}"
        if status == Code.SUPPORTED:  # the number is right, its writing is not: fix it
            status = Code.MISMATCH
            message = f"{said}, it agrees with {message}; write it {read}"
        else:
            message = f"{said}. {message}"
        out.append(replace(it, figure=replace(q, text=text), status=status, message=message))
    return out
