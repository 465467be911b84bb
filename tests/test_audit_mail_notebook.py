"""An e-mail saved with its headers (``.eml``) and a Jupyter notebook (``.ipynb``) are read
as their readers read them: a message's headers are no figures, its quoted-printable body
is decoded (soft breaks, "=E2=80=93", "=C2=A0"), its quoted lines are read; a notebook's
markdown cells are prose, its code no figures, its printed outputs tables, its counts and
metadata nothing. Each figure is placed on the line of the file where its number stands.
The drafts are written for these tests; the claims are the shipped registry's."""

from __future__ import annotations

import json

import pytest

from desertcheck.audit.mail import is_mail, read_mail
from desertcheck.audit.notebook import is_notebook, read_notebook

from .test_audit_reading2 import auditor

HEADERS = (
    "Received: from mx1.example (mx1.example [192.0.2.41])\n"
    "\tby mail.example; Tue, 18 Aug 2026 09:12:51 +0200\n"
    "From: A Editor <a@example.org>\n"
    "Subject: numbers =?UTF-8?Q?=E2=80=94?= check\n"
    "Date: Tue, 18 Aug 2026 09:12:44 +0200\n"
    "MIME-Version: 1.0\n"
    'Content-Type: text/plain; charset="utf-8"\n'
    "Content-Transfer-Encoding: quoted-printable\n"
    "\n"
)


def placed(text: str, name: str) -> list[tuple[int, str, str, str | None]]:
    return [
        (it.line, it.figure.text, it.status, it.claim.id if it.claim else None)
        for it in auditor().audit(text, name)
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a soft break beside a space: the number on its own line, its qualifier read
        (
            "The UN counts over 50,000=C2=A0soldiers deserted since 2022, nearly =\n"
            "10% of those deployed.\n",
            [
                (10, "over 50,000", "supported", "euaa-un-desertions-since-2022"),
                (11, "nearly \n10%", "supported", "euaa-un-deserters-share-of-deployed"),
            ],
        ),
        # an encoded dash makes a range; a quoted line is read too
        (
            "> In spring 2025 the courts convicted 700=E2=80=93800 soldiers a month.\n",
            [(10, "700–800", "supported", "isl-mediazona-convictions-per-month-spring-2025")],
        ),
        # a soft break inside a word joins it
        (
            "Mediazona counted 848 ver=\ndicts in April 2025.\n",
            [(10, "848", "supported", "isl-mediazona-verdicts-april-2025")],
        ),
    ],
)
def test_a_message_is_read_as_its_reader_reads_it(
    body: str, expected: list[tuple[int, str, str, str | None]]
) -> None:
    assert placed(HEADERS + body, "reply.eml") == expected


def test_read_mail_maps_back() -> None:
    text = HEADERS + "up to 15=C2=A0years, 700=E2=80=93800 a =\nmonth\n"
    read = read_mail(text)
    body = read.text[read.text.index("up to") :]
    assert body == "up to 15\u00a0years, 700–800 a \nmonth\n"
    dash = read.text.index("–")
    assert text[read.start(dash) : read.end(dash + 1)] == "=E2=80=93"
    assert "192" not in read.text and "0200" not in read.text and "1.0" not in read.text
    assert "Subject: numbers" in read.text
    assert "Date: Tue, 18 Aug 2026 " in read.text  # the date dates the draft


def test_the_messages_date_dates_last_year() -> None:
    text = HEADERS.replace("18 Aug 2026", "18 Aug 2024") + (
        "Last year Mediazona counted 5,593 soldiers tried for refusing to serve.\n"
    )
    assert placed(text, "reply.eml") == [
        (10, "5,593", "supported", "mt-mediazona-refusal-to-serve-trials-2023")
    ]


@pytest.mark.parametrize(
    ("name", "text", "mail"),
    [
        ("reply.eml", HEADERS + "body\n", True),
        ("reply.txt", HEADERS + "body\n", True),
        # headers without a sender, a date and a subject: a note, not a message
        ("notes.txt", "Status: draft\nAuthor: me\n\nOver 50,000 deserted.\n", False),
        ("notes.md", "Over 50,000 deserted.\n", False),
    ],
)
def test_is_mail(name: str, text: str, mail: bool) -> None:
    assert is_mail(name, text) is mail


def _notebook(cells: list[dict[str, object]]) -> str:
    return json.dumps({"cells": cells, "metadata": {}, "nbformat": 4}, indent=1)


NOTEBOOK = _notebook(
    [
        {
            "cell_type": "markdown",
            "metadata": {},
            "source": [
                "## Courts\n",
                "\n",
                "In April 2025 the courts issued 848 verdicts \u2013 38 per working day.",
            ],
        },
        {
            "cell_type": "code",
            "execution_count": 7,
            "metadata": {"scrolled": 3},
            "outputs": [
                {
                    "name": "stdout",
                    "output_type": "stream",
                    "text": ["convictions_2021  527\n"],
                },
                {
                    "data": {"text/plain": ["awol_cases  18159"]},
                    "execution_count": 7,
                    "metadata": {},
                    "output_type": "execute_result",
                },
            ],
            "source": ["rows = 4373\n", "print(rows * 2)"],
        },
    ]
)


def test_a_notebook_is_read_as_its_cells() -> None:
    read = read_notebook(NOTEBOOK)
    assert read is not None
    assert read.text == (
        "## Courts\n\nIn April 2025 the courts issued 848 verdicts \u2013 38 per working day."
        "\n\nconvictions 2021  527\n\n\nawol cases  18159\n"
    )
    at = read.text.index("848")
    assert NOTEBOOK[read.start(at) : read.start(at) + 3] == "848"


def test_a_notebooks_figures_are_placed_on_its_lines() -> None:
    lines = NOTEBOOK.split("\n")
    found = placed(NOTEBOOK, "desk.ipynb")
    assert [(text, status) for _, text, status, _ in found] == [
        ("848", "supported"),
        ("38", "supported"),
        ("527", "supported"),
        ("18159", "supported"),
    ]
    for line, text, _, _ in found:
        assert text in lines[line - 1]


@pytest.mark.parametrize(
    ("name", "text", "notebook"),
    [
        ("desk.ipynb", NOTEBOOK, True),
        ("desk.json", NOTEBOOK, True),
        ("data.json", '{"rows": [1, 2]}', False),
        ("desk.ipynb", "not JSON at all", False),
    ],
)
def test_is_notebook(name: str, text: str, notebook: bool) -> None:
    assert is_notebook(name, text) is notebook


def test_a_broken_notebook_is_read_as_text() -> None:
    assert read_notebook('{"cells": [') is None
    assert placed('{"cells": [ "over 50,000 soldiers deserted since 2022"', "x.ipynb")


def test_a_notebooks_escapes_are_its_characters() -> None:
    # ensure_ascii writes "📊" as a pair of surrogates; a lone one is no text
    text = json.dumps(
        {
            "cells": [
                {"cell_type": "markdown", "metadata": {}, "source": ["📊 Over 50,000 \ud83d"]}
            ],
            "nbformat": 4,
        }
    )
    read = read_notebook(text)
    assert read is not None
    assert read.text == "📊 Over 50,000 \ufffd\n"
    read.text.encode("utf-8")  # no lone surrogate left to fail a report's writing
