"""Numbers whose digit groups are not of three: "13,5000", "50,000,0".

The figure parser reads no number from them, and a figure mistyped this way used to
vanish from the audit without a word: the editor's slip audit exists to catch passed, even
with ``--strict``. :func:`regrouped` gives the draft's (blanked) text with each such
number written again with its digits grouped by three ("13,5000" as "135,000", padded
with blanks to the same length), so it is read and judged as every figure is, and
:func:`noted` says on its item what was read: "“13,5000”: its digit groups are not of
three; read as 135,000". A figure so read that agrees with its claim ("13,5000 cases" for
135,000) is a ``mismatch`` all the same, its message saying how to write it: the draft as
printed is wrong, and the run fails on it. Only two shapes are surely a slip: a group of
four or more digits after a comma ("13,5000") and a last group that cannot be thousands
after a group of three ("50,000,0", "50,000,00").

Not slips: one or two digits after a single comma ("9,75 %", "2,50 euros", "10,30",
"3,14", "35,36 and 37") are a decimal comma or a list; before a per cent sign or with a
currency they are read as the decimal they are ("9.75 %"), anything else is left alone.
Indian grouping ("1,00,000", "12,34,567") is a style: read as 100,000, with no alarm. A
first group of more than three digits ("2022,2023"), a leading zero ("0,25") and lists
("1,2,3", "12,13,14") are left as they are.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, Final

from desertcheck.codes import Code
from desertcheck.compiled import regex

if TYPE_CHECKING:
    from desertcheck.audit.verdicts import AuditItem

#: A number of comma-separated digit groups, not inside a longer one.
_GROUPED: Final = regex(r"(?<![\w.,])[1-9]\d{0,2}(?>(?:,\d++)+)(?![\w]|[.,]\d)")


#: A share or money just after a number: "9,75 %", "2,50 euros", "3,20 €".
_SHARE_AFTER: Final = regex(
    r"\s?(?:%|٪|per\s?cent\b|percent\b|€|₽|\$|£|(?:euros?|dollars?|roubles?|rubles?|pounds?"
    r"|cents?|pence|hryvnias?|USD|EUR|RUB|GBP|UAH)\b)",
    re.IGNORECASE,
)
#: Money just before a number: "€2,50", "$ 3,99", "EUR 9,90".
_MONEY_BEFORE: Final = regex(r"(?:[€₽$£]|\b(?:EUR|USD|RUB|GBP|UAH|Rs\.?))\s?$")


def _reading(blanked: str, start: int, end: int, groups: list[str]) -> tuple[str, bool] | None:
    """How a number of these ``groups`` at ``start``–``end`` is read, and whether it is a
    slip to flag; None when it is left alone."""
    rest = groups[1:]
    last = rest[-1]
    if any(len(g) > 3 for g in rest) or (len(rest) > 1 and all(len(g) == 3 for g in rest[:-1])):
        return f"{int(''.join(groups)):,}", True  # "13,5000"; "50,000,0"
    if len(rest) > 1 and len(groups[0]) <= 2 and len(last) == 3:
        if all(len(g) == 2 for g in rest[:-1]):  # "1,00,000": Indian grouping, a style
            return f"{int(''.join(groups)):,}", False
        return None
    if len(rest) == 1 and len(last) <= 2:  # "9,75": a decimal comma, or "35,36": a list
        money = _SHARE_AFTER.match(blanked, end) or _MONEY_BEFORE.search(blanked, 0, start)
        if money:
            return f"{groups[0]}.{last}", False
    return None


def regrouped(blanked: str) -> tuple[str, dict[int, tuple[str, str, bool]]]:
    """``blanked`` with its misgrouped numbers regrouped (same length), and for each, by
    its offset, (the number as written, as read, whether it is a slip to flag)."""
    if "," not in blanked:
        return blanked, {}
    found: dict[int, tuple[str, str, bool]] = {}
    parts: list[str] = []
    pos = 0
    for m in _GROUPED.finditer(blanked):
        written = m.group()
        groups = written.split(",")
        if all(len(g) == 3 for g in groups[1:]):
            continue  # well grouped
        reading = _reading(blanked, m.start(), m.end(), groups)
        if reading is None:
            continue
        read, slip = reading
        if len(read) > len(written):
            read = "".join(groups)
        found[m.start()] = (written, read, slip)
        parts += [blanked[pos : m.start()], read.rjust(len(written))]
        pos = m.end()
    if not found:
        return blanked, {}
    parts.append(blanked[pos:])
    return "".join(parts), found


def noted(items: list[AuditItem], found: dict[int, tuple[str, str, bool]]) -> list[AuditItem]:
    """``items``, each figure read from a misgrouped number written as the draft has it,
    its message saying how it was read."""
    if not found:
        return items
    out = []
    for it in items:
        q = it.figure
        hit = next((v for at, v in found.items() if at < q.end and q.start < at + len(v[0])), None)
        if hit is None:
            out.append(it)
            continue
        written, read, slip = hit
        text = q.text.replace(read, written, 1)
        message = it.message.replace(f"“{q.text}”", f"“{text}”")
        if not slip:  # "1,00,000", "9,75 %": read as written, no alarm
            out.append(replace(it, figure=replace(q, text=text), message=message))
            continue
        status = it.status
        said = f"“{written}”: its digit groups are not of three; read as {read}"
        if status == Code.SUPPORTED:  # the number is right, its writing is not: fix it
            status = Code.MISMATCH
            message = f"{said}, it agrees with {message}; write it {read}"
        else:
            message = f"{said}. {message}"
        out.append(replace(it, figure=replace(q, text=text), status=status, message=message))
    return out
