"""A Word (.docx) or OpenDocument (.odt) document read as its reader reads it
(:mod:`desertcheck.office`): paragraphs in order, headings and list items marked, tables a
row a line, notes after the text; deleted tracked changes, comments, hidden text and fields
left out. The documents are written for these tests from XML strings."""

from __future__ import annotations

import pytest

from desertcheck.office import DocumentError, as_markdown, read_document
from desertcheck.office.package import MAX_DEPTH

from .office_docs import docx_bytes, odt_bytes, p, run, table, zipped

INSERTED = '<w:ins w:id="1" w:author="E"><w:r><w:t>over 50,000</w:t></w:r></w:ins>'
DELETED = '<w:del w:id="2" w:author="E"><w:r><w:delText>nearly 40,000</w:delText></w:r></w:del>'
PAGE_FIELD = (
    '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>'
    '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>12</w:t></w:r>'
    '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
)
LINK_FIELD = (
    '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
    '<w:r><w:instrText> HYPERLINK "https://example.org" </w:instrText></w:r>'
    '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>the 2,100 verdicts</w:t></w:r>'
    '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
)
COMMENTED = (
    '<w:commentRangeStart w:id="0"/><w:r><w:t>5,593 soldiers</w:t></w:r>'
    '<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>'
)
COMMENT = (
    '<w:comment w:id="0" w:author="E"><w:p><w:r><w:t>was it 9,999?</w:t></w:r></w:p></w:comment>'
)
FOOTNOTE = (
    '<w:footnote w:id="-1" w:type="separator"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:id="7"><w:p><w:r><w:footnoteRef/></w:r>'
    '<w:r><w:t xml:space="preserve"> UN data, 2,100 cases.</w:t></w:r></w:p></w:footnote>'
)
TEXT_BOX = (
    '<w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-'
    'compatibility/2006"><mc:Choice Requires="wps"><w:drawing><w:txbxContent>'
    "<w:p><w:r><w:t>Box: 848 verdicts</w:t></w:r></w:p></w:txbxContent></w:drawing>"
    "</mc:Choice><mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>Box: 848 verdicts</w:t>"
    "</w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
)
DELETED_ROW = (
    '<w:tr><w:trPr><w:del w:id="9" w:author="E"/></w:trPr><w:tc><w:p><w:r><w:delText>2022'
    "</w:delText></w:r></w:p></w:tc><w:tc><w:p><w:r><w:delText>999</w:delText></w:r></w:p>"
    "</w:tc></w:tr>"
)


@pytest.mark.parametrize(
    ("body", "footnotes", "lines"),
    [
        # paragraphs in order, a heading, a list item, a table with its header row between
        (
            p("Desertion", style="Heading1")
            + p("Courts convicted 5,593.")
            + p("over 50,000 deserted", style="ListBullet")
            + table(("Year", "Cases"), ("2024", "7,000"))
            + p("After the table."),
            "",
            [
                "# Desertion",
                "Courts convicted 5,593.",
                "- over 50,000 deserted",
                "| Year | Cases |",
                "| 2024 | 7,000 |",
                "After the table.",
            ],
        ),
        # a tracked insertion is read, a deletion is not
        (
            p("The UN counts ", INSERTED, DELETED, " deserters."),
            "",
            ["The UN counts over 50,000 deserters."],
        ),
        # a figure across two runs of different formatting
        (
            p("In 2024, ", run("16,", "<w:b/>"), run("000", "<w:i/>"), " soldiers."),
            "",
            ["In 2024, 16,000 soldiers."],
        ),
        # no-break spaces and a soft hyphen (Word's own mark) kept as the reader's text
        (
            p("About 13\u00a0500 men, 60", "<w:r><w:softHyphen/><w:t>000 in all</w:t></w:r>"),
            "",
            ["About 13\u00a0500 men, 60\u00ad000 in all"],
        ),
        # a comment is not the draft's text
        (p("Courts tried ", COMMENTED, "."), "", ["Courts tried 5,593 soldiers."]),
        # a footnote: its mark in the text, its text after the body
        (
            p("Deserters.", '<w:r><w:footnoteReference w:id="7"/></w:r>') + p("Next."),
            FOOTNOTE,
            ["Deserters.[^1]", "Next.", "[^1]:  UN data, 2,100 cases."],
        ),
        # a page number is no figure; a hyperlink's text is
        (p("Page ", PAGE_FIELD, ": see ", LINK_FIELD), "", ["Page : see the 2,100 verdicts"]),
        # hidden text is not read
        (p("Seen ", run("4,444", "<w:vanish/>"), "text"), "", ["Seen text"]),
        # a text box, once, after its paragraph
        (
            p("Main ", TEXT_BOX, "text.") + p("Next."),
            "",
            ["Main text.", "Box: 848 verdicts", "Next."],
        ),
        # a deleted table row is not read; an empty paragraph is a paragraph
        (
            "<w:tbl><w:tr><w:tc>"
            + p("Year")
            + "</w:tc><w:tc>"
            + p("Cases")
            + "</w:tc></w:tr>"
            + DELETED_ROW
            + "</w:tbl><w:p/>"
            + p("End."),
            "",
            ["| Year | Cases |", "", "End."],
        ),
    ],
)
def test_a_word_document_is_read_as_its_reader_reads_it(
    body: str, footnotes: str, lines: list[str]
) -> None:
    data = docx_bytes(body, footnotes, comments=COMMENT)
    assert read_document(data).split("\n") == lines


ODT_TABLE = (
    "<table:table><table:table-header-rows><table:table-row>"
    "<table:table-cell><text:p>Year</text:p></table:table-cell>"
    "<table:table-cell><text:p>Cases</text:p></table:table-cell>"
    "</table:table-row></table:table-header-rows><table:table-row>"
    "<table:table-cell><text:p>2024</text:p></table:table-cell>"
    "<table:table-cell><text:p>7,000</text:p></table:table-cell>"
    "</table:table-row></table:table>"
)


@pytest.mark.parametrize(
    ("body", "lines"),
    [
        (
            '<text:h text:outline-level="2">Desertion</text:h>'
            "<text:p>Courts convicted <text:span>5,</text:span>593.</text:p>"
            "<text:list><text:list-item><text:p>over 50,000 deserted</text:p>"
            "</text:list-item></text:list>" + ODT_TABLE + "<text:p>After.</text:p>",
            [
                "## Desertion",
                "Courts convicted 5,593.",
                "- over 50,000 deserted",
                "| Year | Cases |",
                "| 2024 | 7,000 |",
                "After.",
            ],
        ),
        # a deletion is kept apart and not read; the insertion is in the text
        (
            '<text:tracked-changes><text:changed-region text:id="c1"><text:deletion>'
            "<text:p>nearly 40,000</text:p></text:deletion></text:changed-region>"
            '</text:tracked-changes><text:p>The UN counts <text:change text:change-id="c1"/>'
            '<text:change-start text:change-id="c2"/>over 50,000<text:change-end '
            'text:change-id="c2"/> deserters.</text:p>',
            ["The UN counts over 50,000 deserters."],
        ),
        # a comment, a page number: not read; spaces and a note
        (
            "<text:p>Tried<text:s/><office:annotation><text:p>9,999?</text:p>"
            "</office:annotation>5,593 on page <text:page-number>3</text:page-number>."
            '<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation>'
            "<text:note-body><text:p>UN data, 2,100.</text:p></text:note-body></text:note>"
            "</text:p>",
            ["Tried 5,593 on page .[^1]", "[^1]: UN data, 2,100."],
        ),
        # a picture: its description and its data are no text
        (
            '<text:p>Chart<draw:frame xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:'
            'svg-compatible:1.0"><draw:image><office:binary-data>iVBORw0KGgo1234'
            "</office:binary-data></draw:image><svg:title>Cases, 2,024</svg:title>"
            "<svg:desc>Up 5,000</svg:desc></draw:frame> above.</text:p>",
            ["Chart above."],
        ),
    ],
)
def test_an_opendocument_text_is_read_as_its_reader_reads_it(body: str, lines: list[str]) -> None:
    assert read_document(odt_bytes(body)).split("\n") == lines


def test_the_lines_read_as_markdown_map_back_to_their_paragraphs() -> None:
    text = "# Head\nSome 16,000.\n| Year | Cases |\n| 2024 | 7,000 |\nEnd."
    read = as_markdown(text)
    assert read.text == (
        "# Head\n\nSome 16,000.\n\n| Year | Cases |\n| --- | --- |\n| 2024 | 7,000 |\n\nEnd."
    )
    for figure in ("16,000", "7,000", "End"):
        at = read.text.index(figure)
        assert text[read.start(at) : read.end(at + len(figure))] == figure


BOMB = '<!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>'
EXTERNAL = '<!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>'


@pytest.mark.parametrize(
    ("data", "said"),
    [
        (b"PK\x03\x04" + bytes(200), "a damaged zip file"),
        (zipped({"notes.txt": "hello"}), "not a Word or OpenDocument text document"),
        (
            zipped({"[Content_Types].xml": "<Types/>", "word/document.xml": BOMB + "<d>&b;</d>"}),
            "declares a document type",
        ),
        (
            zipped(
                {"[Content_Types].xml": "<Types/>", "word/document.xml": EXTERNAL + "<d>&x;</d>"}
            ),
            "declares a document type",
        ),
        (
            zipped(
                {"[Content_Types].xml": "<Types/>", "word/document.xml": "<d>" * (MAX_DEPTH + 5)}
            ),
            f"nests elements over {MAX_DEPTH} deep",
        ),
        (
            zipped({"[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document"}),
            "not well-formed",
        ),
        (
            odt_bytes(
                "<text:p>x</text:p>",
                manifest="<manifest:file-entry><manifest:encryption-data/></manifest:file-entry>",
            ),
            "encrypted",
        ),
        (
            zipped(
                {
                    "mimetype": "application/vnd.oasis.opendocument.spreadsheet",
                    "content.xml": "<x/>",
                }
            ),
            "no text document",
        ),
    ],
)
def test_a_bad_document_is_an_error_in_words(data: bytes, said: str) -> None:
    with pytest.raises(DocumentError, match=said):
        read_document(data)


def test_a_part_that_inflates_without_end_is_read_to_a_cap(monkeypatch) -> None:
    from desertcheck.office import package

    monkeypatch.setattr(package, "MAX_PART_BYTES", 1 << 20)
    data = zipped({"[Content_Types].xml": "<Types/>", "word/document.xml": " " * (8 << 20)})
    assert len(data) < 100_000  # a zip bomb in small
    with pytest.raises(DocumentError, match="larger than 1 MiB"):
        read_document(data)
