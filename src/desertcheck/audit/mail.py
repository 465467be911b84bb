"""An e-mail saved as it travels (``.eml``), read as its reader reads it.

A message saved from a mail program keeps its headers ("Received: from mx2 ... [192.0.2.41]",
"Date: Tue, 18 Aug 2026 09:12:44 +0200", "MIME-Version: 1.0") and, most often, a body in
quoted-printable: a line longer than 76 characters broken with a soft break ("=" at its
end), and every character beyond ASCII written as its UTF-8 bytes ("=E2=80=93" for "–",
"=C2=A0" for a no-break space). Read as it stands, the headers gave figures ("0200",
"1.0"), "700=E2=80=93800" was no range and "over=" at a line's end lost its figure to the
next line. A message is read (:func:`read_mail`) with its headers blanked but its subject
and its date up to its year (it dates the draft, as a draft's first lines do: "last
year"), its body's quoted-printable decoded (a soft break joins its lines; the decoded text maps
back to the escapes it was read from, so a figure is placed where the draft writes it). A
quoted line of a reply ("> over 50,000 since 2022") is read as any line is: it is the
correspondent's words, and audit checks them too.

A draft is a message when its name ends in ``.eml`` and it opens with a header, or when
its first lines are headers that name its sender, its date and its subject
(:func:`is_mail`).
"""

from __future__ import annotations

import re
from typing import Final

from desertcheck.compiled import regex
from desertcheck.offsetmap import OffsetMap
from desertcheck.typography import Plain

_SUFFIXES: Final = (".eml",)
#: A header line: its name, a colon, its value; a line that goes on with white space
#: continues the header before it.
_HEADER: Final = regex(r"[A-Za-z][A-Za-z0-9-]{0,40}:[ \t]")
_NEEDED: Final = frozenset({"from", "date", "subject"})
#: The year of a "Date:" header: the date up to it is kept, its time and zone blanked.
_DATE_YEAR: Final = regex(r"(?<!\d)(?:19|20)\d\d(?!\d)")
#: The quoted-printable escapes: a soft line break, a run of encoded bytes.
_ESCAPES: Final = regex(r"=\r?\n|(?:=[0-9A-F]{2})+")
#: A header's encoded word: "=?UTF-8?Q?=E2=80=94?=".
_ENCODED_WORD: Final = regex(r"=\?[\w-]+\?[QqBb]\?[^?\s]*\?=")
_QUOTED_PRINTABLE: Final = regex(
    r"^content-transfer-encoding:[ \t]*quoted-printable[ \t]*$", re.IGNORECASE | re.MULTILINE
)


def _headers_end(text: str) -> int | None:
    """The offset of the blank line that ends the headers at ``text``'s top, None when
    ``text`` does not open with a header."""
    if not _HEADER.match(text):
        return None
    end = text.find("\n\n")
    crlf = text.find("\r\n\r\n")
    ends = [e for e in (end, crlf) if e >= 0]
    return min(ends) if ends else len(text)


def is_mail(name: str, text: str) -> bool:
    """Whether the draft ``name`` of ``text`` is an e-mail with its headers."""
    end = _headers_end(text)
    if end is None:
        return False
    if name.lower().endswith(_SUFFIXES):
        return True
    names = {
        line.split(":", 1)[0].lower() for line in text[:end].splitlines() if _HEADER.match(line)
    }
    return names >= _NEEDED


def _decoded(escapes: str, before: str, after: str) -> str:
    """A run of quoted-printable escapes decoded, between the characters ``before`` and
    ``after`` it. A soft break is a line break where white space stands beside it (the
    lines run on as a paragraph's do, each figure on its line), nothing inside a word."""
    if escapes.startswith(("=\n", "=\r")):
        return "\n" if before.isspace() or after.isspace() else ""
    data = bytes(int(escapes[i + 1 : i + 3], 16) for i in range(0, len(escapes), 3))
    return data.decode("utf-8", errors="replace")


def read_mail(text: str) -> Plain:
    """``text``, an e-mail, as its reader reads it (see the module's docstring), with its
    map back to ``text``."""
    end = _headers_end(text) or 0
    parts: list[str] = []
    back = OffsetMap()
    wide: dict[int, int] = {}

    def copy(start: int, stop: int) -> None:
        parts.append(text[start:stop])
        back.extend(range(start, stop))

    def blank(start: int, stop: int) -> None:
        parts.append(" " * (stop - start))
        back.extend(range(start, stop))

    def read(s: str, start: int, stop: int) -> None:
        if s:
            parts.append(s)
            back.repeat(start, len(s))
            if stop - start > 1:
                wide[start] = stop

    subject = False
    pos = 0
    for line in text[:end].splitlines(keepends=True):
        body = line.rstrip("\r\n")
        subject = body.lower().startswith("subject:") or (subject and body[:1] in " \t")
        if subject:  # the subject is the message's title: its words are read
            at = pos
            for m in _ENCODED_WORD.finditer(body):
                copy(at, pos + m.start())
                blank(pos + m.start(), pos + m.end())
                at = pos + m.end()
            copy(at, pos + len(line))
        elif year := _DATE_YEAR.search(body) if body.lower().startswith("date:") else None:
            copy(pos, pos + year.end())  # the message's date dates the draft ("last year")
            blank(pos + year.end(), pos + len(body))  # its time and zone are no figures
            copy(pos + len(body), pos + len(line))
        else:  # any other header is the message's envelope: no figures of the draft's
            blank(pos, pos + len(body))
            copy(pos + len(body), pos + len(line))
        pos += len(line)
    if _QUOTED_PRINTABLE.search(text, 0, end):
        for m in _ESCAPES.finditer(text, end):
            copy(pos, m.start())
            around = text[m.start() - 1 : m.start()], text[m.end() : m.end() + 1]
            read(_decoded(m.group(), *around), m.start(), m.end())
            pos = m.end()
    copy(pos, len(text))
    back.append(len(text))
    return Plain("".join(parts), back, wide or None)
