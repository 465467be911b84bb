"""Telephone numbers, post boxes, codes and versions are no statistics: a newsletter's
footer, a programme's enquiries line and a translation's credits report no figure."""

from __future__ import annotations

import pytest

from desertcheck.audit.contact_numbers import contact_spans

from .test_audit_reading2 import judge


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("Reply or call +31 30 555 0192. Unsubscribe", ["+31 30 555 0192"]),
        ("Contact: desk line 0031 20 555 7781.", ["0031 20 555 7781"]),
        ("Enquiries: colloquium@kerrow.example · +44 1632 960 214", ["+44 1632 960 214"]),
        ("The Conscript Ledger, Postbus 4471, Utrecht.", ["4471"]),
        ("Wi-Fi: KERROW-GUEST, code 4471-2026.", ["4471-2026"]),
        ("Met dank aan Femke Dijkstra (toestel 2218).", ["2218"]),
        ("Contacto da editoria: extensão 3309.", ["3309"]),
        ("Origineel: interne analyse, versie 2.3.", ["2.3"]),
        # near misses: a count after the word, a thousands comma, a short country-coded
        # number, a figure a few words on
        ("They call 200 people a week.", []),
        ("Casualties rose by +1,000 soldiers.", []),
        ("An earlier version 15,300 was wrong.", []),
        ("+25 000 soldiers deserted.", []),
        ("Call us about the 5,000 cases.", []),
        ("Article 337 of the Criminal Code: 18 159 cases.", []),
    ],
)
def test_contact_spans(text: str, spans: list[str]) -> None:
    assert [text[a:b] for a, b in contact_spans(text)] == spans


def test_footer_reports_no_figure() -> None:
    draft = (
        "Over 50,000 Russian soldiers have deserted since 2022, the UN rapporteur says.\n\n"
        "The Conscript Ledger, Postbus 4471, Utrecht. Call +31 30 555 0192.\n"
    )
    assert [it[0] for it in judge(draft)] == ["Over 50,000"]
