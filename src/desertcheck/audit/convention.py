"""A draft's number convention: which of ``.`` and ``,`` groups thousands.

English drafts write ``18,159`` and ``84.4%``; a draft translated from German, French,
Spanish or Russian often keeps ``18.159`` and ``84,4 %``. The quantity parser reads the
English convention (it is shared with ``verify``, whose quotes must read as they always
have), so a European draft is read through a copy in which the two separators of each of
its numbers are swapped, character for character: every span stays a span of the draft.

The convention is inferred from the draft's own evidence, per section (the text between
headings), as a fact-checker would:

* European: a decimal comma before a percent sign or a scale word (``84,4 %``, ``2,4
  million``, ``2,4 millones``), which the English convention never writes; or a dot
  followed by exactly three digits (``18.159``, ``1.234.567``) in two figures or more
  (one could be an English decimal);
* English: a comma followed by exactly three digits (``18,159``), or a decimal dot before a
  percent sign or a scale word (``84.4%``, ``2.4 million``).

A section with evidence of both, or only of the English convention, is read in English; a
section with European evidence alone (a single figure such as ``50.000`` is enough when
the draft as a whole is European) is read in the European one; a section with no evidence
takes the draft's. The draft's is European when its evidence is European alone. With no
evidence at all, nothing changes.

Spaces that group thousands (``18 159``, with U+00A0, U+202F or a thin space) are read by
the parser in either convention. Apostrophes that group thousands (the Swiss ``18'159``,
``18’159``) are read as thousands in any draft: no other convention writes them between a
digit and exactly three more.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from typing import TYPE_CHECKING, Final

from desertcheck.audit import continental_sentences, declared
from desertcheck.compiled import regex
from desertcheck.quantity.convention import BEFORE as _BEFORE
from desertcheck.quantity.convention import END as _END
from desertcheck.quantity.convention import SWAP as _SWAP
from desertcheck.quantity.convention import swap_european, swapped

if TYPE_CHECKING:
    from desertcheck.audit.verdicts import AuditItem

_SCALE = (
    r"[ \t\u00a0\u202f\u2009]?(?:%|‰|€|(?i:per[ \t]?cent|percent|prozent|pour[ \t]?cent|"
    r"por[ \t]cien?to|per[ \t]cento|"
    r"million|billion|mln|mn|bn|mio|mrd|millionen|milliarden|millions|milliards|"
    # the scale words of the languages a translation keeps (audit.scales)
    r"millones|millón|milhões|milhão|milioni|milione|miliardi|miliardo|miliony|milionów|"
    r"milion|miliardów|miliard|mld|mil|mila|mille|tausend|tsd|tys|proc|procent|miljoner|miljon|"
    r"miljarder|miljard|millioner|milliarder|tusen|tusind|milionu|milionů|miliardy|miliardu|"
    r"tisíc|tis|procenta|miljoonaa|miljardia|tuhatta|milioane|miliarde|mii|milyon|milyar|"
    r"ezer|millió|milliárd|tuhat|tuhande|miljonit|miljoni|miljardit|хиляди|хил|милиона|"
    r"χιλιάδες|εκατομμύρια|εκατομμύριο|τοις[ \t]εκατό)\b)"
)
#: ... or after a per cent sign or word before it: Turkish "%66,7", "yüzde 66,7"
_EU_DECIMAL: Final = regex(
    rf"{_BEFORE}[0-9]+,[0-9]{{1,2}}(?={_SCALE})"
    r"|(?:%|(?i:yüzde)[ \t\u00a0])[0-9]+,[0-9]{1,2}(?![0-9])"
)
_EN_DECIMAL: Final = regex(rf"{_BEFORE}[0-9]+\.[0-9]{{1,2}}(?={_SCALE})")
_EU_THOUSANDS: Final = regex(rf"{_BEFORE}[0-9]{{1,3}}(?:\.[0-9]{{3}})+{_END}")
#: Read one way only: two dots of thousands, or a dot of thousands and a decimal comma.
_EU_ONLY: Final = regex(rf"{_BEFORE}[0-9]{{1,3}}(?:\.[0-9]{{3}}){{2,}}|[0-9]\.[0-9]{{3}},[0-9]")
_EN_THOUSANDS: Final = regex(rf"{_BEFORE}[0-9]{{1,3}}(?:,[0-9]{{3}})+{_END}")
_APOSTROPHE_THOUSANDS: Final = regex(rf"{_BEFORE}[0-9]{{1,3}}(?:['’][0-9]{{3}})+{_END}")
_HEADING: Final = regex(r"^[ \t]{0,3}#{1,6}[ \t]", re.MULTILINE)

EUROPEAN: Final = "European"
#: What the explanation says of a figure read under the European convention.
EUROPEAN_NOTE: Final = "dots group thousands and commas mark decimals in this draft"


def _evidence(text: str) -> tuple[int, int]:
    """(European, English) evidence in ``text``: the figures that can be read only one way."""
    eu_thousands = sum(1 for _ in _EU_THOUSANDS.finditer(text))
    decisive = sum(1 for _ in _EU_DECIMAL.finditer(text)) + sum(1 for _ in _EU_ONLY.finditer(text))
    eu = decisive * 2 + eu_thousands
    en = sum(1 for _ in _EN_THOUSANDS.finditer(text)) + sum(1 for _ in _EN_DECIMAL.finditer(text))
    return eu, en


def european_parts(text: str) -> list[tuple[int, int]]:
    """The parts (start, end) of ``text`` written in the European convention, by section."""
    bounds = [0, *(m.start() for m in _HEADING.finditer(text)), len(text)]
    sections = [(a, b) for a, b in itertools.pairwise(bounds) if a < b]
    seen = [_evidence(text[a:b]) for a, b in sections]
    eu_all, en_all = sum(e for e, _ in seen), sum(n for _, n in seen)
    draft_european = eu_all >= 2 and not en_all
    parts: list[tuple[int, int]] = []
    for (a, b), (eu, en) in zip(sections, seen, strict=True):
        if en or (eu < 2 and not draft_european):
            continue
        if parts and parts[-1][1] == a:
            parts[-1] = (parts[-1][0], b)
        else:
            parts.append((a, b))
    return parts


def as_read(text: str) -> tuple[str, list[tuple[int, int]]]:
    """``text`` with its numbers in the English convention, the same length, and the parts
    that were read under the European convention (empty when none)."""
    if "'" in text or "’" in text:
        text = _APOSTROPHE_THOUSANDS.sub(lambda m: m[0].translate(_SWAP), text)
    if "," not in text and "." not in text:
        return text, []
    said = declared.european()  # the editor's word on the draft's language
    if said:
        return swapped(text), [(0, len(text))]
    own = european_parts(text) if said is None else []
    parts = continental_sentences.european_parts(text, own)  # „16.000“
    if not parts:
        return text, []
    pieces: list[str] = []
    last = 0
    for a, b in parts:
        pieces.append(text[last:a])
        pieces.append(swap_european(text[a:b]))
        last = b
    pieces.append(text[last:])
    return "".join(pieces), parts


def as_written(item: AuditItem, written: str, european: list[tuple[int, int]]) -> AuditItem:
    """``item`` with its figure as the draft writes it, and, when its number was read
    under the European convention, the explanation saying so."""
    q = item.figure
    as_written = written[q.start : q.end]
    if as_written == q.text or not any(a <= q.start < b for a, b in european):
        return item
    why = item.explanation
    if why is not None:
        why = replace(why, convention=f"{EUROPEAN_NOTE} ({as_written} is {q.text})")
    # the message quotes the figure as it was read; the draft's own writing is what it says
    message = item.message.replace(f"“{q.text}”", f"“{as_written}”")
    return replace(item, figure=replace(q, text=as_written), explanation=why, message=message)
