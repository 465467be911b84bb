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
number or a colon) runs on into the next, as a subtitle file's cue does, when the same
speaker says it in the same style (not a caption or a sign of another style: "Maximum
sentences: … up to 15 years" is no sentence the narrator's next line ends), unless the
lines are written with no stops at all (automatic captions: :func:`.subtitles.punctuated`). Each
character read maps back to where the file writes it, so a figure is placed on its line.
A draft is such a file when its name ends in ``.ass`` or ``.ssa``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from desertcheck.audit.json_text import JsonOut
from desertcheck.audit.subtitles import is_open, punctuated
from desertcheck.compiled import regex
from desertcheck.typography import Plain

_SUFFIXES: Final = (".ass", ".ssa")
#: The fields before ``Text`` in the format every script writes when it names none.
_TEXT_FIELD: Final = 9
#: The fields of the style and of the speaker's name in that format.
_STYLE_FIELD: Final = 3
_NAME_FIELD: Final = 4
#: In a line's text: an override block, or a line break / hard space.
_SPECIAL: Final = regex(r"\{[^}\n]*+\}|\\[Nnh]")
_BREAKS: Final = {"\\N": "\n", "\\n": "\n", "\\h": "\u00a0"}


def is_ass(name: str) -> bool:
    """Whether the draft ``name`` is an Advanced SubStation Alpha subtitle file."""
    return name.lower().endswith(_SUFFIXES)


def read_ass(text: str) -> Plain | None:
    """``text``, an ASS script, read as its dialogue (see the module's docstring), with its
    map back to ``text``; None when it holds no dialogue."""
    lines = _dialogue(text)
    if not lines:
        return None
    pieces = [_pieces(text, line.start, line.end) for line in lines]
    shown = ["".join(p for p, _, _, _ in line).strip() for line in pieces]
    runs_on = punctuated(shown)
    out = JsonOut()
    before: _Line | None = None
    for line, words, read in zip(lines, shown, pieces, strict=True):
        # an open line runs on into the next line the same speaker says in the same style
        goes_on = before is not None and before.who == line.who and is_open(shown[before.n])
        out.read("\n" if runs_on and goes_on else "\n\n", line.start, line.start)
        for piece, start, end, copied in read:
            if copied:
                out.copy(text, start, end)
            else:
                out.read(piece, start, end)
        before = line if words else None
    out.read("\n", len(text), len(text))
    out.back.append(len(text))
    return Plain(out.text(), out.back, out.wide or None)


@dataclass(frozen=True, slots=True)
class _Line:
    """A ``Dialogue`` line: its number among them, the span of its text, and who says it
    (its style and speaker's name)."""

    n: int
    start: int
    end: int
    who: tuple[str, str]


def _dialogue(text: str) -> list[_Line]:
    """Each ``Dialogue`` line of the ``[Events]`` section, in order."""
    lines: list[_Line] = []
    events = False
    field, style, name = _TEXT_FIELD, _STYLE_FIELD, _NAME_FIELD
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
            style = names.index("style") if "style" in names else -1
            name = next((names.index(n) for n in ("name", "actor") if n in names), -1)
        elif events and stripped.lower().startswith("dialogue:"):
            at = body.index(":") + 1
            fields = body[at:].split(",", field)
            if len(fields) > field:
                text_at = start + len(body) - len(fields[field])
                who = (_field(fields, style, field), _field(fields, name, field))
                lines.append(_Line(len(lines), text_at, start + len(body), who))
    return lines


def _field(fields: list[str], n: int, text: int) -> str:
    """The field ``n`` of a line's ``fields`` (before its text, the field ``text``), or ""."""
    return fields[n].strip().lower() if 0 <= n < text else ""


def _pieces(text: str, start: int, end: int) -> list[tuple[str, int, int, bool]]:
    """A line's ``text[start:end]`` as shown, in pieces: each piece's text, the span it is
    read from and whether it is copied as the file writes it (override blocks dropped,
    breaks read)."""
    out: list[tuple[str, int, int, bool]] = []
    pos = start
    for m in _SPECIAL.finditer(text, start, end):
        if pos < m.start():
            out.append((text[pos : m.start()], pos, m.start(), True))
        out.append((_BREAKS.get(m.group(), ""), m.start(), m.end(), False))
        pos = m.end()
    if pos < end:
        out.append((text[pos:end], pos, end, True))
    return out
