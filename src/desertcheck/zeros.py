"""A zero written as "no": "No fines were imposed", "no one was prosecuted".

A fact-checker registers zeros, and a source often writes one as a determiner rather than
a number ("zero", which the figure parser reads). Such a "no" is read only for a claim
whose value is 0, by ``add claim`` and by verify (its quote and statement): never by the
parser, so a draft's every "no" is not read as a zero by ``audit`` or counted by ``scan``.
English only: "no" followed by a counted noun (its unit), or "no one", "nobody", "none".
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desertcheck.model import Claim
    from desertcheck.quantity import Quantity

_NO = re.compile(
    r"(?<![\w'’-])(?:(?P<no>[Nn]o|NO)[ \t\u00a0]+(?P<noun>[^\W\d_][\w'’-]*)"
    r"|(?P<alone>[Nn]obody|[Nn]one|NOBODY|NONE))(?![\w'’-])"
)
#: Words after "no" that count nothing: "no longer", "no more than", "no doubt", "no later"
_NOT_COUNTED = frozenset(
    {
        "longer", "more", "less", "fewer", "later", "earlier", "sooner", "other", "doubt",
        "matter", "way", "need", "sign", "signs", "change", "data", "figure", "figures",
        "comment", "reason", "longer-term", "such", "single", "official", "further",
    }
)  # fmt: skip


def is_zero(claim: Claim) -> bool:
    """Whether ``claim`` records a single value of 0."""
    return not claim.is_range and claim.low == 0


def zeros_in(text: str, language: str | None = None) -> list[Quantity]:
    """The zeros ``text`` writes as "no" (value 0, qualifier exactly, its figure the word
    "No"; the counted noun is the unit, none for "no one", "nobody" and "none")."""
    from desertcheck.quantity import Quantity
    from desertcheck.quantity.convention import primary

    if primary(language) not in ("en", ""):
        return []
    found = []
    for m in _NO.finditer(text):
        if m["alone"]:
            found.append(Quantity(0.0, 0.0, "exactly", None, m.start(), m.end(), m["alone"]))
            continue
        noun = m["noun"]
        if noun.lower() in _NOT_COUNTED or not noun.islower():
            continue
        unit = None if noun == "one" else noun
        found.append(Quantity(0.0, 0.0, "exactly", unit, m.start("no"), m.end("no"), m["no"]))
    return found
