"""An XML draft parsed with care, each piece of its text placed in the file.

The draft is untrusted: it is parsed by expat as a Word document's parts are
(:func:`desertcheck.office.package.safe_parser`): an entity declaration or a document type
with declarations of its own is refused (no entity is expanded), a document type that only
names its DTD is let be (it is never fetched), and elements nest at most
:data:`MAX_DEPTH` deep. Each element keeps its local name (its namespace dropped), its
attributes and its children in order: elements and runs of text, each run with the offset
in the draft where it is written, so a figure read from it is placed on its line. Every
failure is an :class:`XmlError` whose message says what is wrong in words.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Final
from xml.parsers import expat

from desertcheck.office import DocumentError

#: The deepest elements may nest.
MAX_DEPTH: Final = 256


class XmlError(ValueError):
    """An XML draft that cannot be read: not well-formed, a DTD, or nested too deep."""


@dataclass(frozen=True, slots=True)
class Run:
    """A run of an element's text, ``start``: its offset in the draft; ``exact``: whether
    the draft writes it as read there (no entity, no line end normalised)."""

    text: str
    start: int
    exact: bool


@dataclass(slots=True)
class Element:
    """An element: its local name, its attributes (local names too) and its children."""

    name: str
    attrs: dict[str, str]
    children: list[Element | Run] = field(default_factory=list)

    def text(self) -> str:
        """All the text inside, its elements' too, in order."""
        out: list[str] = []
        stack: list[Element | Run] = [self]
        while stack:
            node = stack.pop()
            if isinstance(node, Run):
                out.append(node.text)
            else:
                stack.extend(reversed(node.children))
        return "".join(out)


def local(name: str) -> str:
    """``uri}local`` (expat's) or ``prefix:local`` as ``local``."""
    return name.rsplit("}", 1)[-1].rsplit(":", 1)[-1]


def parse(text: str) -> Element:
    """The XML draft ``text`` as its root :class:`Element`; :class:`XmlError` when it is
    not well-formed, declares a document type or entities, or nests too deep."""
    from desertcheck.office.package import safe_parser

    data = text.encode("utf-8")
    parser = safe_parser("it", "utf-8", named_type=True)  # the draft is decoded already
    root = Element("", {})
    stack = [root]
    # the byte offsets expat gives, as the draft's character offsets: events come in order
    seen = [0, 0]  # the last byte offset converted, and its character offset

    def offset(byte: int) -> int:
        if byte > seen[0]:
            seen[1] += len(data[seen[0] : byte].decode("utf-8", "replace"))
            seen[0] = byte
        return seen[1]

    def start(tag: str, attrs: dict[str, str]) -> None:
        if len(stack) > MAX_DEPTH:
            raise XmlError(f"it nests elements over {MAX_DEPTH} deep")
        node = Element(local(tag), {local(k): v for k, v in attrs.items()})
        stack[-1].children.append(node)
        stack.append(node)

    def end(_tag: str) -> None:
        stack.pop()

    def data_(s: str) -> None:
        at = offset(parser.CurrentByteIndex)
        raw = data[parser.CurrentByteIndex : parser.CurrentByteIndex + len(s.encode())]
        stack[-1].children.append(Run(s, at, raw.decode("utf-8", "replace") == s))

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = data_
    parser.buffer_text = False
    try:
        parser.Parse(data, True)
    except DocumentError as exc:
        raise XmlError(str(exc)) from None
    except expat.ExpatError as exc:
        raise XmlError(f"it is not well-formed XML ({exc})") from None
    first = next((c for c in root.children if isinstance(c, Element)), None)
    if first is None:
        raise XmlError("it holds no XML element")
    return first
