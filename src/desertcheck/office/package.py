"""A zipped document's parts, read with care: a Word (.docx) or OpenDocument (.odt) file
is a zip of XML parts, and a draft is untrusted input.

* The zip's own directory is trusted for nothing: a part is read through a cap
  (:data:`MAX_PART_BYTES`), so a part that inflates without end (a zip bomb) stops there;
  a zip of more than :data:`MAX_PARTS` parts is refused.
* XML is parsed by expat with no document type declaration allowed: no entity is
  declared, so none is expanded (the "billion laughs") and none is fetched (an external
  entity); a word processor writes no DTD. Elements nest at most :data:`MAX_DEPTH` deep.

Every failure is a :class:`DocumentError` whose message says what is wrong in words.
"""

from __future__ import annotations

import zipfile
from io import BytesIO
from typing import Final
from xml.etree.ElementTree import Element, TreeBuilder
from xml.parsers import expat

from desertcheck.office import DocumentError

#: The most a part is read to (uncompressed), in bytes.
MAX_PART_BYTES: Final = 24 * 1024 * 1024
#: The most parts a zip may list.
MAX_PARTS: Final = 10_000
#: The deepest elements may nest.
MAX_DEPTH: Final = 256


class Package:
    """The parts of a zipped document."""

    def __init__(self, data: bytes) -> None:
        try:
            self._zip = zipfile.ZipFile(BytesIO(data))
            names = self._zip.namelist()
        except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
            raise DocumentError("a damaged zip file (it cannot be opened)") from None
        if len(names) > MAX_PARTS:
            raise DocumentError(f"a zip of {len(names):,} parts, more than a document has")
        self.names = frozenset(names)

    def __contains__(self, name: str) -> bool:
        return name in self.names

    def read(self, name: str) -> bytes:
        """The part ``name``'s bytes, at most :data:`MAX_PART_BYTES`."""
        try:
            info = self._zip.getinfo(name)
            if info.flag_bits & 0x1:
                raise DocumentError("encrypted (password-protected)")
            with self._zip.open(info) as f:
                data = f.read(MAX_PART_BYTES + 1)
        except DocumentError:
            raise
        except (zipfile.BadZipFile, OSError, EOFError, ValueError, RuntimeError, KeyError) as exc:
            raise DocumentError(f"its part {name} cannot be read ({exc})") from None
        except NotImplementedError:
            raise DocumentError(f"its part {name} is compressed in a way zip cannot read") from None
        if len(data) > MAX_PART_BYTES:
            raise DocumentError(f"its part {name} is larger than {MAX_PART_BYTES >> 20} MiB")
        return data

    def xml(self, name: str) -> Element:
        """The part ``name`` parsed (:func:`parse`)."""
        return parse(self.read(name), name)


def parse(data: bytes, name: str) -> Element:
    """The XML ``data`` (the part ``name``) as an element tree; :class:`DocumentError` when
    it is not well-formed, declares a document type or entities, or nests too deep."""
    builder = TreeBuilder()
    parser = safe_parser(f"its part {name}")
    depth = 0

    def start(tag: str, attrs: dict[str, str]) -> None:
        nonlocal depth
        depth += 1
        if depth > MAX_DEPTH:
            raise DocumentError(f"its part {name} nests elements over {MAX_DEPTH} deep")
        builder.start(_clark(tag), {_clark(k): v for k, v in attrs.items()})

    def end(tag: str) -> None:
        nonlocal depth
        depth -= 1
        builder.end(_clark(tag))

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = builder.data
    parser.buffer_text = True
    try:
        parser.Parse(data, True)
    except expat.ExpatError as exc:
        raise DocumentError(f"its part {name} is not well-formed XML ({exc})") from None
    return builder.close()


def safe_parser(
    what: str, encoding: str | None = None, named_type: bool = False
) -> expat.XMLParserType:
    """An expat parser (``uri}local`` names) that raises :class:`DocumentError` on a
    document type or entity declaration, so no entity is expanded or fetched; ``what``
    names the XML in the message ("its part word/document.xml"); ``encoding``, if given,
    is read in place of the one the XML declares; ``named_type``: a document type that
    only names its DTD is let be (an SVG's ``<!DOCTYPE svg PUBLIC …>``: never fetched)."""
    parser = expat.ParserCreate(encoding, namespace_separator="}")

    def refuse(*_: object) -> None:
        raise DocumentError(f"{what} declares a document type (DTD), which no document has")

    def doctype(_name: str, _system: str | None, _public: str | None, internal: bool) -> None:
        if internal or not named_type:
            refuse()

    parser.StartDoctypeDeclHandler = doctype
    parser.EntityDeclHandler = refuse
    parser.ExternalEntityRefHandler = refuse  # type: ignore[assignment]
    return parser


def _clark(tag: str) -> str:
    """expat's ``uri}local`` as ElementTree's ``{uri}local``."""
    return "{" + tag if "}" in tag else tag
