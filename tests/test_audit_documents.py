"""`audit draft.docx` and `audit draft.odt`: a Word or OpenDocument draft audited as the
same text in Markdown is, each figure placed at its paragraph (the line) and its character
in it (the column); a document that cannot be read is an error in words, exit 2. `add
source report.docx` imports its text as Markdown. The registry and drafts are written for
these tests."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from desertcheck.cli import app

from .authored import Authored
from .conftest import cli_runner
from .office_docs import docx_bytes, odt_bytes, p, run, table, zipped
from .test_audit_beside import SOURCE
from .test_audit_beside import registry as registry  # the harbour's two claims

MARKDOWN = (
    "# The harbour in 2025\n\n"
    "In 2025 the crossing carried 18,120 passengers.\n\n"
    "- It carried 6,540 vehicles in 2025.\n\n"
    "| Carried in 2025 | |\n| --- | --- |\n| Vehicles | 18,120 |\n"
)
DOCX = docx_bytes(
    p("The harbour in 2025", style="Heading1")
    + p("In 2025 the crossing carried ", run("18,", "<w:b/>"), run("120"), " passengers.")
    + p("It carried 6,540 vehicles in 2025.", style="ListBullet")
    + table(("Carried in 2025", ""), ("Vehicles", "18,120"))
)
ODT = odt_bytes(
    '<text:h text:outline-level="1">The harbour in 2025</text:h>'
    "<text:p>In 2025 the crossing carried <text:span>18,</text:span>120 passengers.</text:p>"
    "<text:list><text:list-item><text:p>It carried 6,540 vehicles in 2025.</text:p>"
    "</text:list-item></text:list><table:table><table:table-row>"
    "<table:table-cell><text:p>Carried in 2025</text:p></table:table-cell>"
    "<table:table-cell/></table:table-row><table:table-row>"
    "<table:table-cell><text:p>Vehicles</text:p></table:table-cell>"
    "<table:table-cell><text:p>18,120</text:p></table:table-cell></table:table-row>"
    "</table:table>"
)


def audited(registry: Authored, name: str, data: bytes) -> tuple[int, list[dict[str, Any]]]:
    path = registry.tmp / name
    path.write_bytes(data)
    args = ["audit", str(path), "--root", str(registry.root), "--format", "json", "--no-cache"]
    r = registry.runner.invoke(app, args)
    assert r.exit_code in (0, 1), r.stdout + r.stderr
    return r.exit_code, json.loads(r.stdout)["items"]


def verdicts(items: list[dict[str, Any]]) -> list[tuple[str, str, str]]:
    return [(it["value"]["text"], it["status"], it["claims"][0]["id"]) for it in items]


@pytest.mark.parametrize(("name", "data"), [("draft.docx", DOCX), ("draft.odt", ODT)])
def test_a_document_has_the_verdicts_of_its_markdown(
    registry: Authored, name: str, data: bytes
) -> None:
    code, items = audited(registry, name, data)
    md_code, md_items = registry.audit(MARKDOWN)
    assert verdicts(items) == verdicts(md_items)
    assert [it["status"] for it in items] == ["supported", "mismatch", "mismatch"]
    assert code == md_code
    # the line is the paragraph (a table row one), the column the character in it
    assert [(it["file"], it["line"], it["column"]) for it in items] == [
        (str(registry.tmp / name), 2, 30),
        (str(registry.tmp / name), 3, 14),
        (str(registry.tmp / name), 5, 14),
    ]


@pytest.mark.parametrize(
    "figure",
    [
        ["18\u00a0120"],  # a no-break space between the digit groups
        ["18", "<w:r><w:softHyphen/></w:r>", "120"],  # Word's optional hyphen inside
        ["18\u00ad120"],  # a soft hyphen pasted in
    ],
)
def test_a_document_s_typography_is_read_plain(registry: Authored, figure: list[str]) -> None:
    data = docx_bytes(p("In 2025 the crossing carried ", *figure, " passengers."))
    _, items = audited(registry, "typed.docx", data)
    assert [(it["value"]["low"], it["status"], it["line"]) for it in items] == [
        (18120.0, "supported", 1)
    ]


def test_the_text_report_names_the_document_and_its_paragraph(registry: Authored) -> None:
    path = registry.tmp / "draft.docx"
    path.write_bytes(DOCX)
    r = registry.runner.invoke(
        app, ["audit", str(path), "--root", str(registry.root), "--no-cache"]
    )
    assert f"{path}:3:14" in " ".join(r.stdout.split()), r.stdout


BOMB = '<!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>'


@pytest.mark.parametrize(
    ("name", "data", "said"),
    [
        ("draft.docx", b"PK\x03\x04" + bytes(300), "a damaged zip file"),
        ("draft.docx", zipped({"a.txt": "x"}), "not a Word or OpenDocument text document"),
        # Word keeps a document with a password in a compound file, not a zip
        ("draft.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500), "is encrypted"),
        (
            "draft.odt",
            odt_bytes(
                "<text:p>x</text:p>",
                "<manifest:file-entry><manifest:encryption-data/></manifest:file-entry>",
            ),
            "encrypted (password-protected); save a copy without a password",
        ),
        (
            "draft.docx",
            zipped({"[Content_Types].xml": "<T/>", "word/document.xml": BOMB + "<d>&b;</d>"}),
            "declares a document type",
        ),
        (
            "draft.docx",
            zipped({"[Content_Types].xml": "<T/>", "word/document.xml": "<d>" * 5000}),
            "nests elements over",
        ),
        # a zip that is not named as a document
        ("draft.zip", DOCX, "is a zipped file, not text"),
    ],
)
def test_a_document_that_cannot_be_read_is_an_error(
    tmp_path: Path, name: str, data: bytes, said: str
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    r = cli_runner().invoke(app, ["audit", str(path), "--no-cache"])
    assert r.exit_code == 2, r.output
    assert f"cannot read draft {path}: " in r.stderr, r.stderr
    assert said in " ".join(r.stderr.split()), r.stderr
    assert "Traceback" not in r.output


def test_a_document_on_standard_input_is_asked_for_by_name() -> None:
    r = cli_runner().invoke(app, ["audit", "-", "--no-cache"], input=DOCX)
    assert r.exit_code == 2
    assert "give the document its name (draft.docx)" in " ".join(r.stderr.split()), r.stderr


def test_a_document_is_imported_as_a_source(tmp_path: Path) -> None:
    reg = Authored(tmp_path, SOURCE)
    path = tmp_path / "report.docx"
    path.write_bytes(DOCX)
    reg.run(
        *("add", "source", str(path), "--title", "Report"),  # its id: the name, less .docx
        *("--publisher", "P", "--language", "en"),
    )
    text = (reg.root / "sources" / "report.md").read_text(encoding="utf-8")
    body = text.split("---\n", 2)[2]
    assert body.strip() == (
        "# The harbour in 2025\n\nIn 2025 the crossing carried 18,120 passengers.\n\n"
        "- It carried 6,540 vehicles in 2025.\n\n"
        "| Carried in 2025 |  |\n| --- | --- |\n| Vehicles | 18,120 |"
    )
