"""A chat export's messages: each a reply to the one before it.

A chat export writes a message a line, each opening with its time and its author
("[21/10/2025, 09:03] Sam: 50k+ deserted since the invasion"). The draft's sentences end
with each message (:data:`desertcheck.draft.TIMED_LINE`), and a message is read as a
reply to the message before it, as its reader reads it:

* it inherits the message before at :data:`.context.BLOCK_WEIGHT` (a sentence inherits the
  sentence before it in its paragraph at a lower weight): "careful, the report says almost
  10%, not over" is about what the message before counted;
* a message that repeats a number of the message before ("almost 10%" after "over 10%"),
  however short, answers it: it inherits its words as a figure said again does
  (:data:`.context.REFER_WEIGHT`);
* a message that corrects the one before ("*18,159. fat fingers", "200k!! sorry", "typo:
  4,373", "I mean 1,010") refers back to it: its words and its period.
"""

from __future__ import annotations

import re
from typing import Final

from desertcheck.compiled import regex
from desertcheck.draft import TIMED_LINE

_MESSAGE: Final = regex(TIMED_LINE)
#: The message's own words after its time and author: "[…] Sam Whitfield: " and the rest.
_AUTHOR: Final = regex(r"[^:\n]{0,60}?:[ \t]*")
#: A correction of the message before: a leading "*" (the chat's convention), or words.
_STARRED: Final = regex(r"[^\w*]{0,3}\*[ \t]*\d")
_CORRECTION: Final = regex(
    r"\b(?:sorry|typo|correction|fat[ \t]+fingers?|i[ \t]+mean[t]?|"
    r"should[ \t]+(?:be|read|say)|not[ \t]+\d[\d,.]*[ \t]*[kKmM]?[ \t]*,[ \t]*but)\b",
    re.IGNORECASE,
)
_NUMBER: Final = regex(r"[0-9](?:[0-9]|[,.](?=[0-9]))*")

Span = tuple[int, int]


def _body(blanked: str, span: Span) -> int | None:
    """Where the words of the message at ``span`` start, or None when it is no message."""
    m = _MESSAGE.match(blanked, span[0], span[1])
    if m is None:
        return None
    author = _AUTHOR.match(blanked, m.end(), span[1])
    return author.end() if author else m.end()


def is_reply(blanked: str, before: Span, span: Span) -> bool:
    """Whether ``span`` and the sentence ``before`` it are two messages of a chat."""
    return _body(blanked, before) is not None and _body(blanked, span) is not None


def corrects(blanked: str, before: Span, span: Span) -> bool:
    """Whether the message at ``span`` corrects the message ``before`` it."""
    body = _body(blanked, span)
    if body is None or _body(blanked, before) is None:
        return False
    starred = _STARRED.match(blanked, body, span[1]) is not None
    return starred or _CORRECTION.search(blanked, body, span[1]) is not None


def repeats(blanked: str, before: Span, span: Span, first: int) -> bool:
    """Whether the first figure of the message at ``span`` (at ``first``) writes a number
    of the message ``before`` it."""
    body = _body(blanked, before)
    if body is None or _body(blanked, span) is None:
        return False
    m = _NUMBER.search(blanked, first, min(span[1], first + 40))  # after "almost", "~"
    if m is None:
        return False
    same = re.compile(rf"(?<![0-9.,]){re.escape(m.group())}(?![0-9]|[.,][0-9])")
    return same.search(blanked, body, before[1]) is not None
