"""The verbs of a reporting frame: "About two in three asked me the same thing", "told us
that", "replied:". Such a verb says who spoke to whom, not what a figure counts: it is no
word a claim may share with the sentence ("asked" is a synonym of the requests a claim
counts, but "asked me" is no request). A verb is one of the frame when its object is a
person's pronoun or what was said follows ("that", a colon, a quotation mark); "asked for
more night services" keeps its word."""

from __future__ import annotations

import re
from typing import Final

from desertcheck.compiled import regex

_FRAME: Final = regex(
    r"\b(?:ask(?:s|ed)?|tell(?:s)?|told|answer(?:s|ed)?|repl(?:y|ies|ied)|explain(?:s|ed)?"
    r"|wr(?:ote|ites?)|said|says?)"
    r"(?=\s+(?:me|us|you|him|her|them|that)\b|\s*[:\"“‘«])",
    re.IGNORECASE,
)


def frame_verbs(blanked: str, start: int, end: int) -> set[int]:
    """The offsets where the verbs of a reporting frame start in ``blanked[start:end]``."""
    return {m.start() for m in _FRAME.finditer(blanked, start, end)}
