"""Small Word (.docx) and OpenDocument (.odt) files written from XML strings, for tests:
what a word processor saves, cut to the parts a reader needs."""

from __future__ import annotations

import zipfile
from pathlib import Path

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.document.main+xml"/></Types>'
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
)
_R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_REL_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
STYLES = (
    f'<w:styles xmlns:w="{W_NS}">'
    '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/>'
    '<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style></w:styles>'
)


def p(*runs: str, style: str = "") -> str:
    """A paragraph of ``runs`` (each a plain string, or markup starting with ``<``)."""
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f"<w:p>{ppr}{''.join(r if r.startswith('<') else run(r) for r in runs)}</w:p>"


def run(text: str, props: str = "") -> str:
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{text}</w:t></w:r>'


def table(*rows: tuple[str, ...]) -> str:
    cells = ("".join(f"<w:tc>{p(c)}</w:tc>" for c in row) for row in rows)
    return "<w:tbl>" + "".join(f"<w:tr>{r}</w:tr>" for r in cells) + "</w:tbl>"


def docx_bytes(body: str, footnotes: str = "", comments: str = "") -> bytes:
    """A .docx whose body is ``body`` (paragraphs and tables), with the heading and list
    styles of :data:`STYLES`, ``footnotes`` (``<w:footnote w:id="1">…``) and comments."""
    rels = ['<Relationship Id="rS" Type="' + _REL_TYPE + 'styles" Target="styles.xml"/>']
    parts = {
        "[Content_Types].xml": _CONTENT_TYPES,
        "_rels/.rels": _RELS,
        "word/document.xml": (
            f'<w:document xmlns:w="{W_NS}" xmlns:r="{_R_NS}"><w:body>{body}</w:body></w:document>'
        ),
        "word/styles.xml": STYLES,
    }
    if footnotes:
        parts["word/footnotes.xml"] = (
            f'<w:footnotes xmlns:w="{W_NS}" xmlns:r="{_R_NS}">{footnotes}</w:footnotes>'
        )
        rels.append(f'<Relationship Id="rF" Type="{_REL_TYPE}footnotes" Target="footnotes.xml"/>')
    if comments:
        parts["word/comments.xml"] = (
            f'<w:comments xmlns:w="{W_NS}" xmlns:r="{_R_NS}">{comments}</w:comments>'
        )
        rels.append(f'<Relationship Id="rC" Type="{_REL_TYPE}comments" Target="comments.xml"/>')
    parts["word/_rels/document.xml.rels"] = (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        + "".join(rels)
        + "</Relationships>"
    )
    return zipped(parts)


def zipped(parts: dict[str, str | bytes], first: tuple[str, str] | None = None) -> bytes:
    import io

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        if first is not None:  # an OpenDocument's mimetype, first and stored
            z.writestr(zipfile.ZipInfo(first[0]), first[1], zipfile.ZIP_STORED)
        for name, data in parts.items():
            z.writestr(name, data)
    return out.getvalue()


ODT_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/"'
)


def odt_bytes(body: str, manifest: str = "") -> bytes:
    """A .odt whose ``office:text`` is ``body``; ``manifest``: its manifest's entries."""
    content = (
        f'<office:document-content {ODT_NS} office:version="1.3"><office:body>'
        f"<office:text>{body}</office:text></office:body></office:document-content>"
    )
    man = (
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
        f"{manifest}</manifest:manifest>"
    )
    return zipped(
        {"content.xml": content, "META-INF/manifest.xml": man},
        first=("mimetype", "application/vnd.oasis.opendocument.text"),
    )


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path
