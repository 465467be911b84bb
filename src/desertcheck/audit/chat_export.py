"""A chat app's exported conversation read a message at a time, without its timestamps.

WhatsApp exports a group's chat as text, a message a line (or several)::

    23/09/2026, 08:15 - Ruth (desk): Top line: over 50,000 deserted since 2022
    23/09/2026, 08:21 - Priya: <Media omitted>
    23/09/2026, 08:21 - Priya: ^ screenshot of the table. 50,500 cases to Dec 2024
    Southern nearly 22,580

Read as it stands, one message ran into the next (none ends in a full stop), so a period
or a measure one message names was read into the next one's figures; and each header's
date and time are no figures nor periods the message speaks of (they say when it was
sent). :func:`read_chat_export` reads each header (``date, time - ``) as a paragraph
break: the message, its sender and its further lines are read as they are, a paragraph of
their own. An iOS export's bracketed headers (``[date, time] Name:``) are not read here:
the draft's reading already takes each such line as a message of its own, and reads a
message that corrects the one before by its header (:mod:`.replies`), which a paragraph
break without the header would lose. ``<Media omitted>`` is blanked as a tag is. Each
character read maps back to where the export writes it. A text is such an export when its
first line and at least one other open with a header (:func:`is_chat_export`).
"""

from __future__ import annotations

from typing import Final

from desertcheck.audit.json_text import JsonOut
from desertcheck.compiled import regex
from desertcheck.typography import Plain

_DATE: Final = r"\d{1,2}[./]\d{1,2}[./]\d{2,4},?[ \t]"
_TIME: Final = r"\d{1,2}:\d\d(?::\d\d)?(?:[ \t\u202f]?[AaPp]\.?[Mm]\.?)?"
#: A message's header at a line's start: "23/09/2026, 08:15 - ".
_HEADER: Final = regex(rf"(?m)^{_DATE}{_TIME}[ \t]+[-–][ \t]")


def is_chat_export(text: str) -> bool:
    """Whether ``text`` is a chat's export: its first line and another open with a
    message's header."""
    found = _HEADER.finditer(text, 0, 1 << 16)
    first = next(found, None)
    return first is not None and first.start() == 0 and next(found, None) is not None


def read_chat_export(text: str) -> Plain:
    """``text``, a chat's export, read a message a paragraph without its headers (see the
    module's docstring), with its map back to ``text``."""
    out = JsonOut()
    pos = 0
    for m in _HEADER.finditer(text):
        out.copy(text, pos, m.start())
        if m.start():
            out.read("\n", m.start(), m.end())  # a blank line before the message
        pos = m.end()
    out.copy(text, pos, len(text))
    out.back.append(len(text))
    return Plain(out.text(), out.back, out.wide or None)
