"""A document's text and what it says about itself: plain text, Markdown, HTML, PDF, Word or
OpenDocument.

* Plain text and Markdown are taken as they are (a Markdown file's own front matter and
  first ``#`` heading give its metadata).
* HTML: the article's main text without navigation, scripts and boilerplate, and its
  title, author, date, site name and canonical URL, by trafilatura; its language from
  ``<html lang>``. Dates come from the page's metadata only: trafilatura's wider search
  guesses (a copyright year is no publication date), so it is switched off.
* PDF: the text of each page in reading order, by pypdf; words hyphenated at a line end are
  joined ("mil-" + "lion" -> "million") and every other line break of the document kept.
  Title, author and date come from the PDF's metadata, the language from its catalogue.
* A Word (.docx) or OpenDocument (.odt) document: its paragraphs, headings, lists,
  tables and notes as Markdown, as :mod:`desertcheck.office` reads them (the standard
  library, no extra).

trafilatura and pypdf are the optional extra ``import``; without it, importing HTML or PDF
says how to install it. The measurements behind the choice are in docs/authoring.md.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any

INSTALL = "pip install 'desertcheck[import]' (in a clone of desertcheck: pip install '.[import]')"
KINDS = ("text", "markdown", "html", "pdf", "document")


class ExtractError(Exception):
    """The document cannot be read; the message says why and what to do."""


class FrontMatterError(ExtractError):
    """A Markdown file's front matter that YAML cannot read, or not a mapping of keys."""

    def __init__(self, line: int, problem: str) -> None:
        super().__init__(
            f"its front matter (between the --- lines) {problem}: fix it, or import the "
            "file without it"
        )
        self.line = line


class MissingExtra(ExtractError):
    """The libraries that read HTML or PDF are not installed."""


@dataclass(frozen=True, slots=True)
class Document:
    kind: str  # text | markdown | html | pdf | csv | document
    text: str
    title: str | None = None
    author: str | None = None
    published: str | None = None  # YYYY, YYYY-MM or YYYY-MM-DD
    language: str | None = None
    url: str | None = None
    publisher: str | None = None
    #: a Markdown file's own front matter, as YAML read it (checked by ``add source``)
    front: dict[str, object] = field(default_factory=dict)
    #: an HTML page's own title (og:title, else <title>) as written, before a trailing
    #: site name is dropped from it (:func:`page_title`)
    page_title: str | None = None


_HTML_START = re.compile(
    rb"\A(?:\xef\xbb\xbf)?\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head)\b", re.I | re.S
)


def detect(data: bytes, name: str = "", content_type: str | None = None) -> str:
    """``text``, ``markdown``, ``html``, ``pdf``, ``csv`` or ``document`` (Word's .docx,
    OpenDocument's .odt): by the content type a server gave, else by the bytes (``%PDF-``,
    an HTML start, a zip), else by the file name's extension."""
    ctype = (content_type or "").split(";")[0].strip().lower()
    if ctype == "application/pdf" or data.startswith(b"%PDF-"):
        return "pdf"
    if data.startswith(b"PK\x03\x04"):  # a zip: read as a document, or refused as one
        return "document"
    if ctype in ("text/html", "application/xhtml+xml") or _HTML_START.match(data[:4096]):
        return "html"
    lower = name.lower().rsplit("?", 1)[0]
    if ctype in ("text/markdown", "text/x-markdown") or lower.endswith((".md", ".markdown")):
        return "markdown"
    if lower.endswith((".html", ".htm", ".xhtml")):
        return "html"
    if ctype in ("text/csv", "text/tab-separated-values") or lower.endswith((".csv", ".tsv")):
        return "csv"
    return "text"


def extract(data: bytes, kind: str) -> Document:
    """The document's text and metadata; :class:`ExtractError` when it has no text."""
    if kind == "pdf":
        doc = _pdf(data)
    elif kind == "html":
        doc = _html(data)
    elif kind == "document":
        doc = _document(data)
    elif kind == "csv":
        from desertcheck.authoring.csvtable import markdown_table

        doc = Document("csv", markdown_table(_decode(data)))
    else:
        doc = _markdown(_decode(data)) if kind == "markdown" else Document("text", _decode(data))
    text = doc.text.strip("\n")
    if not text.strip():
        hint = (
            " (a scanned image? desertcheck does not read text in images)" if kind == "pdf" else ""
        )
        raise ExtractError(f"no text found in the {kind} document{hint}")
    return replace(doc, text=text + "\n")


def _document(data: bytes) -> Document:
    """A Word or OpenDocument document's text as Markdown (:mod:`desertcheck.office`)."""
    from desertcheck.office import DocumentError, as_markdown, read_document
    from desertcheck.typography import literal

    try:
        return Document("document", literal(as_markdown(read_document(data)).text))
    except DocumentError as exc:
        raise ExtractError(f"cannot be read as a Word or OpenDocument document: {exc}") from None


def _decode(data: bytes) -> str:
    from desertcheck.utf8 import NotUtf8, decode, not_text

    why = not_text(data)
    if why is not None:  # UTF-16, or a binary file: never imported as a text source
        fix = (
            "save it as UTF-8 and import it again"
            if "UTF-8" in why
            else "add source imports a text, Markdown, HTML, PDF or CSV document"
        )
        raise ExtractError(f"is {why}: {fix}")
    try:
        return decode(data).replace("\r\n", "\n")
    except NotUtf8 as exc:
        raise ExtractError(f"not UTF-8 text: {exc}; save it as UTF-8 and import it again") from None


# -- Markdown ---------------------------------------------------------------------------

_FRONT = re.compile(r"\A---[ \t]*\n(?P<yaml>.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_HEADING = re.compile(r"^#[ \t]+(?P<title>.+?)[ \t#]*$", re.M)


def _markdown(text: str) -> Document:
    """Markdown as it is; its own front matter is metadata (kept whole in ``front``, for
    ``add source`` to read every key of a source's front matter from it)."""
    meta: dict[str, object] = {}
    m = _FRONT.match(text)
    if m:
        import yaml

        try:
            loaded = yaml.safe_load(m["yaml"])
        except yaml.YAMLError as exc:
            # where what failed began (a quote left open), else where YAML stopped
            mark = getattr(exc, "context_mark", None) or getattr(exc, "problem_mark", None)
            line = 2 + (mark.line if mark is not None else 0)
            said = (getattr(exc, "context", None), getattr(exc, "problem", None))
            what = " ".join(": ".join(p for p in said if p).split()) or "cannot be read"
            raise FrontMatterError(line, f"is not valid YAML ({what})") from None
        if loaded is not None and not isinstance(loaded, dict):
            raise FrontMatterError(2, "is not a mapping of keys (title: ..., publisher: ...)")
        meta = loaded or {}
        text = text[m.end() :]
    heading = _HEADING.search(text)
    title = _text(meta.get("title")) or (heading["title"] if heading else None)
    return Document(
        "markdown",
        text,
        title=title,
        author=_text(meta.get("author")),
        published=iso_date(_text(meta.get("date") or meta.get("published"))),
        language=_text(meta.get("lang") or meta.get("language")),
        url=_text(meta.get("url")),
        front={str(k): v for k, v in meta.items()},
    )


def _text(value: object) -> str | None:
    if value is None or isinstance(value, dict | list):
        return None
    text = " ".join(str(value).split())
    return text or None


_ISO = re.compile(r"(?P<y>(?:19|20)[0-9]{2})(?:-(?P<m>[01][0-9])(?:-(?P<d>[0-3][0-9]))?)?")


def iso_date(value: str | None) -> str | None:
    """The date part of an ISO date or date-time ("2024-03-14T08:30:00+01:00" -> 2024-03-14)."""
    m = _ISO.match(value or "")
    return m.group() if m else None


# -- HTML -------------------------------------------------------------------------------


def _html(data: bytes) -> Document:
    try:
        import trafilatura
        from trafilatura.settings import set_date_params
    except ImportError as exc:
        raise MissingExtra(f"reading HTML needs the import extra ({exc}): {INSTALL}") from None
    doc: Any = trafilatura.bare_extraction(
        data,
        with_metadata=True,
        favor_precision=True,
        include_comments=False,
        include_tables=True,
        deduplicate=False,
        date_extraction_params=set_date_params(extensive=False),  # metadata only
    )
    if doc is None or not getattr(doc, "text", None):
        raise ExtractError("no article text found in the HTML page")
    root = _parse_html(data)
    own = _own_title(root)
    return Document(
        "html",
        "\n\n".join(_blocks(doc.text, _captions(root))),
        title=page_title(own, [doc.sitename, _meta(root, "og:site_name")])
        if own
        else _text(doc.title),
        # the page's own author line as written ("Dana Whitlock (invented)"); the
        # extractor's is a cleaned guess that drops parentheses and reorders names
        author=_meta(root, "author") or _text(doc.author),
        published=iso_date(doc.date),
        language=_language(root),
        url=_text(doc.url),
        publisher=_text(doc.sitename),
        page_title=own,
    )


def _meta(root: Any, prop: str) -> str | None:
    """The content of the page's ``<meta property=prop>`` (or ``name=prop``)."""
    if root is None:
        return None
    for m in root.iter("meta"):
        if prop in (m.get("property"), m.get("name")):
            return _text(m.get("content"))
    return None


def _own_title(root: Any) -> str | None:
    """The page's title as it gives it: og:title, else ``<title>``, whitespace folded."""
    title = _meta(root, "og:title")
    if title is None and root is not None:
        tag = next(iter(root.iter("title")), None)
        title = _text(tag.text_content()) if tag is not None else None
    return " ".join(title.split()) if title else None


#: What stands between a page's title and the site's name: "Title | Site", "Title – Site"
_SITE_SEPARATOR = re.compile(r"[ \t]+[|\-–—·:][ \t]+")


def page_title(title: str, names: Iterable[str | None]) -> str:
    """``title`` without a trailing "| Site name" (or " - ", " – ", " — ", " · ", " : ")
    when that part is one of ``names`` (og:site_name, the publisher), case and spaces
    aside; else all of it, whatever stands after a separator ("| Water Company
    (fictional)" is not the site's name "Water Company", and a subtitle stays)."""
    known = {" ".join(n.split()).casefold() for n in names if n and n.strip()}
    for sep in _SITE_SEPARATOR.finditer(title):  # "A - B | Site - Name": each from the left
        if " ".join(title[sep.end() :].split()).casefold() in known:
            return title[: sep.start()].strip()
    return title


_ROW = re.compile(r"\|.*\|")
_RULE = re.compile(r"\|(?:[ \t]*:?-+:?[ \t]*\|)+")  # a Markdown table's header separator


def _blocks(text: str, captions: dict[str, str]) -> list[str]:
    """The extracted text's blocks: a paragraph a line, each table (trafilatura's Markdown
    rows) one block of contiguous rows, under one header separator, its caption a
    paragraph before it. ``captions`` maps each caption of the page to its table's first
    row (:func:`_captions`): trafilatura 2.1 and later write the caption as a first row
    with one cell filled, 2.0 leaves it out, and the first row finds it again."""
    blocks: list[str] = []
    table: list[str] = []
    for line in [*(line.strip() for line in text.split("\n")), ""]:
        if _ROW.fullmatch(line):
            if not _RULE.fullmatch(line):
                table.append(line)
            continue
        if table:
            blocks.extend(_table(table, captions))
            table = []
        if line:
            blocks.append(line)
    return blocks


def _cells(row: str) -> list[str]:
    return [cell.strip() for cell in row[1:-1].split("|")]


def _folded(cells: list[str]) -> str:
    return "|".join(" ".join(cell.split()) for cell in cells)


def _table(rows: list[str], captions: dict[str, str]) -> list[str]:
    first = _cells(rows[0])
    caption = None
    if first[0] and not any(first[1:]) and " ".join(first[0].split()) in captions:
        caption, rows = first[0], rows[1:]
    elif rows:  # no caption row: the caption of the page's table that begins so
        header = _folded(first)
        caption = next((c for c, row in captions.items() if row == header), None)
    out = [caption] if caption else []
    if rows:
        rule = "|" + "---|" * len(_cells(rows[0]))
        out.append("\n".join([rows[0], rule, *rows[1:]]))
    return out


def _parse_html(data: bytes) -> Any:
    """The page's element tree (lxml), None when it cannot be parsed."""
    import lxml.html

    try:  # UTF-8 read as such: lxml takes bytes with no <meta charset> for Latin-1
        return lxml.html.fromstring(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, lxml.etree.ParserError):
        pass  # another charset (its <meta> says which), or an XML declaration
    try:
        return lxml.html.fromstring(data)
    except (ValueError, lxml.etree.ParserError):
        return None


def _captions(root: Any) -> dict[str, str]:
    """Each ``<caption>`` of the page's tables (its text, whitespace folded) and its
    table's first row (the cells' text, folded, joined by ``|``)."""
    if root is None:
        return {}
    found: dict[str, str] = {}
    for caption in root.iter("caption"):
        table = caption.getparent()
        row = next(iter(table.iter("tr")), None) if table is not None else None
        cells = [c.text_content() for c in row if c.tag in ("th", "td")] if row is not None else []
        found[" ".join(caption.text_content().split())] = _folded(cells)
    return found


def _language(root: Any) -> str | None:
    """The page's ``<html lang>`` (or ``xml:lang``)."""
    if root is None:
        return None
    html = root if root.tag == "html" else root.getroottree().getroot()
    lang = html.get("lang") or html.get("{http://www.w3.org/XML/1998/namespace}lang")
    return _text(lang)


# -- PDF --------------------------------------------------------------------------------

# a word hyphenated at a line end: letters, a hyphen, the line break, lower-case letters
_HYPHENATED = re.compile(
    r"(?P<head>[^\W\d_]+)-[ \t]*\n[ \t]*(?P<tail>[^\W\d_A-Z][^\W\d_]*)(?P<rest>\S*)[ \t]*"
)


def _pdf(data: bytes) -> Document:
    try:
        import pypdf
        from pypdf.errors import PdfReadError
    except ImportError as exc:
        raise MissingExtra(f"reading PDF needs the import extra ({exc}): {INSTALL}") from None
    import io
    import logging

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # its warnings are not the user's
    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise ExtractError("the PDF is encrypted: save an unencrypted copy and import that")
        pages = [page.extract_text() or "" for page in reader.pages]
        meta = reader.metadata
        root = reader.trailer["/Root"]
        lang = root.get("/Lang") if hasattr(root, "get") else None
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise ExtractError(f"not a PDF that can be read: {exc}") from None
    text = "\n\n".join(p.strip("\n") for p in pages if p.strip())
    title = _text(meta.title) if meta else None
    author = _text(meta.author) if meta else None
    created = meta.get("/CreationDate") if meta else None
    return Document(
        "pdf",
        dehyphenate(text),
        title=title,
        author=author,
        published=_pdf_date(str(created)) if created else None,
        language=_text(str(lang)) if lang else None,
    )


_PDF_DATE = re.compile(r"(?:D:)?(?P<y>[0-9]{4})(?P<m>[0-9]{2})?(?P<d>[0-9]{2})?")


def _pdf_date(value: str) -> str | None:
    """A PDF date ("D:20240220090000Z") as YYYY-MM-DD (or less, as far as it goes)."""
    m = _PDF_DATE.match(value.strip())
    if not m:
        return None
    return "-".join(p for p in (m["y"], m["m"], m["d"]) if p)


def dehyphenate(text: str) -> str:
    """Words hyphenated at line ends joined, the line break kept after the joined word.

    "13.4 mil-⏎lion journeys" becomes "13.4 million⏎journeys". A hyphen that belongs to
    the word ("on-⏎time") is kept when the document writes the word with a hyphen
    elsewhere ("on-time").
    """
    lowered = text.lower()

    def join(m: re.Match[str]) -> str:
        head, tail = m["head"], m["tail"]
        hyphen = "-" if f"{head}-{tail}".lower() in lowered else ""
        return f"{head}{hyphen}{tail}{m['rest']}\n"

    return _HYPHENATED.sub(join, text)
