"""A subtitle file's sentences run on from cue to cue.

A subtitle file (SubRip's ``.srt``, WebVTT's ``.vtt``) cuts the narration into cues, each
its number and its timing over a line or two of text, a blank line between them. A
sentence often runs over two or three cues::

    29
    00:01:25,900 --> 00:01:28,900
    The average sentence
    for refusing to fight:

    30
    00:01:29,200 --> 00:01:32,200
    two years.

Read as it stands (the cue numbers and timings blanked, :mod:`desertcheck.draft`), the
blank line made each cue a paragraph of its own: "two years." had no words, "and over
3,500 in Leningrad's." no district. :func:`read_subtitles` reads the break between two
cues as a line break within one paragraph when the first cue's text leaves its sentence
open: it ends with a word, a number or a colon ("put it at over" / "50,000 soldiers"). A
cue that ends with a stop, a comma (a clause's end: a narration's cues so joined ran into
paragraphs whose first period dated every figure after it), a bracket (an on-screen
caption) or a quotation mark stays a paragraph's end. Captions written with no
punctuation, most of their cues open (automatic captions), are left as they are: where a
sentence ends is not written there, and cues so joined run into one paragraph. The text read maps
back to the file, so each figure is placed on its cue's line.

A draft is a subtitle file when its name ends in ``.srt`` or ``.vtt``, or when two of its
lines are cue timings (:func:`is_subtitles`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from desertcheck.compiled import regex
from desertcheck.offsetmap import OffsetMap
from desertcheck.typography import Plain

_SUFFIXES: Final = (".srt", ".vtt")
_TIMING: Final = r"\d{1,2}:\d\d:\d\d[,.]\d{1,3}[ \t]*+-->[ \t]*+\d{1,2}:\d\d:\d\d[,.]\d{1,3}"
#: The break between two cues: the blank lines, the next cue's number (or identifier) and
#: its timing line.
_BREAK: Final = regex(
    rf"[ \t]*+\n(?>(?:[ \t]*+\n)+)[ \t]*+(?:[^\n]{{1,40}}\n[ \t]*+)?{_TIMING}[^\n]*+\n",
)
_TIMINGS: Final = regex(_TIMING)
#: A WebVTT file's header and notes: no cue's text.
_HEADS: Final = ("WEBVTT", "NOTE")
#: A cue's text that leaves its sentence open: it ends with a word, a number or a colon (a
#: stop, a comma, a bracket or a quote ends a sentence or a clause).
_OPEN: Final = regex(r"(?:[^\W_]|:)\Z")


def is_subtitles(name: str, text: str) -> bool:
    """Whether the draft ``name`` of ``text`` is a subtitle file."""
    if name.lower().endswith(_SUFFIXES):
        return True
    found = _TIMINGS.finditer(text)
    return next(found, None) is not None and next(found, None) is not None


def is_open(cue: str) -> bool:
    """Whether the cue's text (stripped) leaves its sentence open: it ends with a word, a
    number or a colon."""
    return _OPEN.search(cue) is not None


def punctuated(cues: Sequence[str]) -> bool:
    """Whether the cues' texts are punctuated, so that an open one runs on into the next:
    half of them or fewer are open (automatic captions are written with no stops)."""
    return 2 * sum(1 for cue in cues if is_open(cue)) <= len(cues)


def read_subtitles(text: str) -> Plain | None:
    """``text``, a subtitle file, with each break between two cues inside a sentence read
    as a line break (see the module's docstring), and its map back to ``text``; None when
    no sentence runs over a cue's end."""
    cues = [
        text[text.rfind("\n", 0, m.start()) + 1 : m.start()].strip() for m in _BREAK.finditer(text)
    ]
    if not punctuated(cues):
        return None  # captions with no punctuation: where a sentence ends is not written
    parts: list[str] = []
    back = OffsetMap()
    wide: dict[int, int] = {}
    pos = 0
    for m in _BREAK.finditer(text):
        cue = text[text.rfind("\n", 0, m.start()) + 1 : m.start()].strip()
        if not is_open(cue) or _TIMINGS.match(cue) or cue.startswith(_HEADS):
            continue
        parts.append(text[pos : m.start()])
        back.extend(range(pos, m.start()))
        parts.append("\n")
        back.append(m.start())
        wide[m.start()] = m.end()
        pos = m.end()
    if not parts:
        return None
    parts.append(text[pos:])
    back.extend(range(pos, len(text) + 1))
    return Plain("".join(parts), back, wide)
