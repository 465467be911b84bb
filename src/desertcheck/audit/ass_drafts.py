"""An Advanced SubStation Alpha subtitle file (``.ass``, ``.ssa``) read as its dialogue
runs, as a SubRip file's cues are (:mod:`.subtitles`).

A documentary's subtitles made in Aegisub are a script::

    [Script Info]
    PlayResX: 1920
    [V4+ Styles]
    Format: Name, Fontname, Fontsize, PrimaryColour, ...
    Style: Default,Arial,48,&H00FFFFFF,...
    [Events]
    Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text
    Dialogue: 0,0:01:02.50,0:01:05.00,Default,Narrator,0,0,0,,{\\i1}The UN puts it at\\Nover
    Dialogue: 0,0:01:05.20,0:01:08.00,Default,Narrator,0,0,0,,50,000 soldiers.

Read as it stands, every number was a figure (a resolution, a font's size, a colour, a
margin, a timing) and an override tag's ``{\\pos(320,50)}`` two more. :func:`read_ass`
reads only the text of each ``Dialogue`` line (its last field, after as many commas as the
``[Events]`` format names fields before ``Text``; a ``Comment`` line is not shown): an
override block ``{...}`` is dropped, ``\\N`` and ``\\n`` are line breaks and ``\\h`` a
no-break space, and a line whose text leaves its sentence open (it ends with a word, a
number or a colon) runs on into the next, as a subtitle file's cue does, unless the lines
are written with no stops at all (automatic captions: :func:`.subtitles.punctuated`). Each
character read maps back to where the file writes it, so a figure is placed on its line.
A draft is such a file when its name ends in ``.ass`` or ``.ssa``.
"""

from __future__ import annotations

from typing import Final

from desertcheck.audit.json_text import JsonOut
from desertcheck.audit.subtitles import is_open, punctuated
from desertcheck.compiled import regex
from desertcheck.typography import Plain

_SUFFIXES: Final = (".ass", ".ssa")
#: The fields before ``Text`` in the format every script writes when it names none.
_TEXT_FIELD: Final = 9
#: In a line's text: an override block, or a line break / hard space.
_SPECIAL: Final = regex(r"\{[^}\n]*+\}|\\[Nnh]")
_BREAKS: Final = {"\\N": "\n", "\\n": "\n", "\\h": "\u00a0"}


def is_ass(name: str) -> bool:
    """Whether the draft ``name`` is an Advanced SubStation Alpha subtitle file."""
    return name.lower().endswith(_SUFFIXES)


def read_ass(text: str) -> Plain | None:
    """``text``, an ASS script, read as its dialogue (see the module's docstring), with its
    map back to ``text``; None when it holds no dialogue."""
    spans = _dialogue(text)
    if not spans:
        return None
    shown = [_shown(text, a, b).strip() for a, b in spans]
    runs_on = punctuated(shown)
    out = JsonOut()
    before = ""
    for (a, b), words in zip(spans, shown, strict=True):
        out.read("\n" if runs_on and before and is_open(before) else "\n\n", a, a)
        _read_text(out, text, a, b)
        before = words
    out.read("\n", len(text), len(text))
    out.back.append(len(text))
    return Plain(out.text(), out.back, out.wide or None)


def _dialogue(text: str) -> list[tuple[int, int]]:
    """The span of each ``Dialogue`` line's text in the ``[Events]`` section, in order."""
    spans: list[tuple[int, int]] = []
    events = False
    field = _TEXT_FIELD
    pos = 0
    for line in text.splitlines(keepends=True):
        start, pos = pos, pos + len(line)
        body = line.rstrip("\r\n")
        stripped = body.strip()
        if stripped.startswith("["):
            events = stripped.lower() == "[events]"
        elif events and stripped.lower().startswith("format:"):
            names = [n.strip().lower() for n in stripped[7:].split(",")]
            field = names.index("text") if "text" in names else _TEXT_FIELD
        elif events and stripped.lower().startswith("dialogue:"):
            colon = body.index(":")
            at = colon + 1
            for _ in range(field):
                comma = body.find(",", at)
                if comma < 0:
                    break
                at = comma + 1
            else:
                spans.append((start + at, start + len(body)))
    return spans


def _shown(text: str, start: int, end: int) -> str:
    """A line's text as shown: override blocks dropped, breaks read."""
    return _SPECIAL.sub(lambda m: _BREAKS.get(m.group(), ""), text[start:end])


def _read_text(out: JsonOut, text: str, start: int, end: int) -> None:
    """A line's ``text[start:end]`` read into ``out``, as :func:`_shown` reads it."""
    pos = start
    for m in _SPECIAL.finditer(text, start, end):
        out.copy(text, pos, m.start())
        out.read(_BREAKS.get(m.group(), ""), m.start(), m.end())
        pos = m.end()
    out.copy(text, pos, end)
