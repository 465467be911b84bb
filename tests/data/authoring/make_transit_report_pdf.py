"""Build korvhaven-transit-report-2023.pdf, the PDF test document of the authoring tests.

TEST DATA: Korvhaven is a fictional city; the report, its office and its figures are
invented for desertcheck's test suite. The PDF is committed; rebuild it only when its text
changes, with fpdf2 (a build-time tool, not a dependency of desertcheck):

    pip install fpdf2 && python tests/data/authoring/make_transit_report_pdf.py

The lines are set by hand, as a typesetter would break them: paragraphs run over several
lines, words are hyphenated at line ends ("mil-" / "lion"), footnote markers are
superscript digits, and the footnote stands at the foot of the page.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

HERE = Path(__file__).parent
OUT = HERE / "korvhaven-transit-report-2023.pdf"

TITLE = "Annual Ridership Report 2023"
AUTHOR = "Korvhaven Transit Office"

# (style, text): "h1", "h2", "meta", "p" (a line of a paragraph), "gap" (paragraph break)
LINES: list[tuple[str, str]] = [
    ("h1", TITLE),
    ("meta", "Korvhaven Transit Office - February 2024"),
    ("meta", "TEST DATA: Korvhaven is a fictional city. This report was written for"),
    ("meta", "desertcheck's test suite; its figures are invented."),
    ("gap", ""),
    ("h2", "1. Summary"),
    ("p", "In 2023 the bus network carried 13.4 mil-"),
    ("p", "lion journeys, 12.6 per cent more than in 2022. Average"),
    ("p", "weekday ridership reached 40,870 boardings, the highest"),
    ("p", "level since the network was reorganised in 2016.\u00b9"),
    ("gap", ""),
    ("h2", "2. Service"),
    ("p", "The fleet grew to 186 buses by the end of the year. On-"),
    ("p", "time performance improved to 91.2 per cent, helped by"),
    ("p", "new bus lanes on the harbour road and by all-door board-"),
    ("p", "ing, which the office introduced on every route in the"),
    ("p", "autumn."),
    ("gap", ""),
    ("h2", "3. Outlook"),
    ("p", "The office expects ridership to keep growing as the new"),
    ("p", "housing districts in the north of the city are completed."),
    ("p", "It will publish its on-time figures every quarter."),
]
FOOTNOTE = (
    "\u00b9 Boardings are counted by the fare validators on each bus; a journey with a "
    "change of bus counts as a new boarding."
)


def build() -> bytes:
    from fpdf import FPDF

    pdf = FPDF(format="A4", unit="mm")
    pdf.set_title(TITLE)
    pdf.set_author(AUTHOR)
    pdf.set_subject("Test data: bus ridership of a fictional city")
    pdf.set_lang("en")
    pdf.set_creation_date(dt.datetime(2024, 2, 20, 9, 0, tzinfo=dt.UTC))
    pdf.set_auto_page_break(False)
    pdf.add_page()
    y = 25.0
    for style, text in LINES:
        if style == "gap":
            y += 4
            continue
        size, bold, step = {"h1": (18, "B", 10), "h2": (12, "B", 7), "meta": (9, "", 5)}.get(
            style, (11, "", 5.6)
        )
        pdf.set_font("Helvetica", bold, size)
        pdf.text(25, y, text)
        y += step
    pdf.set_draw_color(120)
    pdf.line(25, 265, 80, 265)
    pdf.set_font("Helvetica", "", 8)
    pdf.set_xy(25, 267)
    pdf.multi_cell(160, 4, FOOTNOTE)
    return bytes(pdf.output())


if __name__ == "__main__":
    OUT.write_bytes(build())
    print(f"wrote {OUT} ({OUT.stat().st_size:,} bytes)")
