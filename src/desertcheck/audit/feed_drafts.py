"""A news feed (Atom, RSS) read as a feed reader shows it: each item's words, not its markup.

A feed was read as it stands, its tags blanked as a page's are. An Atom entry's
``<content type="html">`` holds its HTML escaped (``&lt;p&gt;``, ``&amp;nbsp;``), so that
reading gave "p&gt;" as words and "over&nbsp;50,000" with its qualifier cut off by an
entity left undecoded, ran a list's items into one sentence, and read the feed's ids,
links and generator version ("tag:…,2026-10-27:/factchecks/0418", "5.12.1") as text.
Read here (:func:`read_feed`), from the tree :mod:`.xml_tree` parses with care:

* each element with words of its own (a title, a summary, an author's name, a date) is a
  paragraph, a timestamp its day ("Thu, 14 May 2026", "2026-10-27": no time of day nor
  zone, "+0000", read as a number); a feed's machinery is not read: ``<id>``,
  ``<link>``, ``<guid>``, ``<generator>``, ``<icon>``, ``<logo>``, an ``<enclosure>``, an
  ``<image>``, a podcast's episode, season and duration numbers; no attribute is read;
* HTML held as text, escaped or in CDATA (Atom's ``type="html"``, RSS's
  ``<description>`` and ``<content:encoded>``), is read as a browser shows it
  (:func:`_html`): its white space one space, a paragraph, a list item, a heading, a quote
  or a table row a paragraph of its own, ``<br>`` a line's end, a cell apart from the
  next by a space; the other tags are left for the draft's reading to blank, and its
  character references to decode (``&nbsp;`` between "over" and its number);
* Atom's ``type="xhtml"`` content is read as an XML draft's elements are
  (:mod:`.xml_drafts`).

A paragraph that opens with a small letter after one left open goes on with it, as a
wrapped line does in an XML draft ("… since 2022," then "and of 13,500 …"). Each character
read maps back to where the draft writes it. A feed that is not well-formed is read as it
stands, as before.
"""

from __future__ import annotations

from typing import Final

from desertcheck.audit.xml_drafts import ROOT, Out, walk
from desertcheck.audit.xml_tree import Element, Run, parse
from desertcheck.compiled import regex
from desertcheck.typography import Plain

#: The root elements of a feed: Atom's, RSS's, RSS 1.0's (``rdf:RDF``).
_ROOTS: Final = frozenset({"feed", "rss", "rdf"})
#: A feed's machinery, which no reader of the feed sees as words.
_UNREAD: Final = frozenset(
    {
        "id",
        "link",
        "guid",
        "generator",
        "icon",
        "logo",
        "enclosure",
        "image",
        "uri",
        "ttl",
        "docs",
        "cloud",
        "textInput",
        "skipHours",
        "skipDays",
        "episode",
        "season",
        "duration",
        "explicit",
        "block",
    }
)
#: RSS elements whose text is HTML.
_HTML_TEXT: Final = frozenset({"description", "encoded"})
#: HTML elements that make a block of their own (a paragraph of the text read).
_BLOCKS: Final = frozenset(
    [
        "p",
        "div",
        "ul",
        "ol",
        "li",
        "dl",
        "dt",
        "dd",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "pre",
        "table",
        "thead",
        "tbody",
        "tfoot",
        "tr",
        "caption",
        "figure",
        "figcaption",
        "section",
        "article",
        "header",
        "footer",
        "aside",
        "hr",
        "address",
        "details",
        "summary",
        "main",
        "nav",
    ]
)
#: HTML elements whose content no browser shows.
_UNSHOWN: Final = frozenset({"script", "style", "template", "head", "title"})
#: A feed's timestamps: read as their day, as a feed reader shows them.
_STAMPS: Final = frozenset(
    {"published", "updated", "pubDate", "lastBuildDate", "date", "issued", "modified", "created"}
)
#: A timestamp's day: RFC 822's "Thu, 14 May 2026" (RSS), ISO 8601's "2026-10-27" (Atom).
_DAY: Final = regex(
    r"\s*+(?:[^\W\d_]{3},\s*+)?\d{1,2}\s++[^\W\d_]{3,9}\s++\d{4}|\s*+\d{4}-\d\d-\d\d"
)
_TAG: Final = regex(r"<(/?)([A-Za-z][A-Za-z0-9]{0,30})\b[^<>]{0,2000}>|<!--")


def is_feed(text: str) -> bool:
    """Whether ``text`` is a news feed: XML whose root is Atom's ``<feed>``, RSS's
    ``<rss>`` or RSS 1.0's ``<rdf:RDF>``."""
    head = text.lstrip("\ufeff \t\r\n")
    if not head.startswith("<"):
        return False
    root = ROOT.search(head, 0, 4096)
    return root is not None and root.group(1).rsplit(":", 1)[-1].lower() in _ROOTS


def read_feed(text: str) -> Plain:
    """``text``, a feed, read as a feed reader shows it (see the module's docstring), with
    its map back to ``text``; :class:`.xml_tree.XmlError` when it is not well-formed."""
    out = Out(join=False)
    _read(parse(text), out)
    return out.plain(len(text))


def _read(node: Element, out: Out) -> None:
    """Read ``node`` into ``out`` (its depth is bounded by the parser)."""
    if node.name in _UNREAD:
        return
    kind = node.attrs.get("type", "").lower()
    out.brk("\n\n")
    if kind in ("html", "text/html") or (node.name in _HTML_TEXT and kind != "text"):
        _html(node, out)
    elif not (node.name in _STAMPS and _stamp(node, out)):
        for child in node.children:
            if isinstance(child, Run):
                out.run(child)
            elif kind in ("xhtml", "application/xhtml+xml"):
                walk(child, out)
            else:
                _read(child, out)
    out.brk("\n\n")


def _stamp(node: Element, out: Out) -> bool:
    """A timestamp read into ``out`` as its day, its time of day and zone ("05:00:00
    +0000") not read; False when ``node`` holds no timestamp (it is read as text)."""
    runs = [c for c in node.children if isinstance(c, Run) and c.text.strip()]
    day = _DAY.match(runs[0].text) if len(runs) == 1 and runs[0].exact else None
    if day is None:
        return False
    out.run(Run(day.group(), runs[0].start, True))
    return True


def _html(node: Element, out: Out) -> None:
    """The HTML ``node`` holds as text, read into ``out`` as a browser shows it."""
    chars: list[str] = []
    where: list[int] = []  # each character's offset in the draft
    for run in (c for c in node.children if isinstance(c, Run)):
        chars.append(run.text)
        at = run.start
        where.extend(range(at, at + len(run.text)) if run.exact else [at] * len(run.text))
    html = "".join(chars)
    pos = 0
    hidden = ""  # the element whose content is skipped, to its closing tag
    for m in _TAG.finditer(html):
        if m.start() < pos:  # inside a comment skipped
            continue
        if not hidden:
            _text(html, where, pos, m.start(), out)
        if m.group() == "<!--":
            end = html.find("-->", m.end())
            pos = len(html) if end < 0 else end + 3
            continue
        pos = m.end()
        closing, name = m.group(1) == "/", m.group(2).lower()
        if hidden:
            hidden = "" if closing and name == hidden else hidden
        elif name in _UNSHOWN and not closing and not m.group().endswith("/>"):
            hidden = name
        elif name == "br":
            out.brk("\n")
        elif name in _BLOCKS:
            out.brk("\n\n")
        elif name in ("td", "th"):
            out.brk("" if closing else " ")
        else:  # an inline tag: left in the text, blanked when the draft is read
            _text(html, where, m.start(), m.end(), out)
    if not hidden:
        _text(html, where, pos, len(html), out)


def _text(html: str, where: list[int], start: int, stop: int, out: Out) -> None:
    """``html[start:stop]`` into ``out`` (its white space one space, as :class:`.Out` reads
    it), split where its characters are not written one after the other in the draft (an
    entity of the feed's XML), each piece placed where the draft writes it."""
    while start < stop:
        end = start + 1
        while end < stop and where[end] == where[end - 1] + 1:
            end += 1
        out.run(Run(html[start:end], where[start], True))
        start = end
