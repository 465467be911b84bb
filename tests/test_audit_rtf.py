"""An RTF draft is read as a word processor shows it: its words, not its control words
and tables of fonts and colours; its escapes decoded; a table a row a line. Each figure is
placed on the line of the file that writes it. The drafts are written for these tests; the
claims are the shipped registry's."""

from __future__ import annotations

import time

import pytest

from desertcheck.audit.rtf import MAX_DEPTH, is_rtf, read_rtf, rtf_text
from desertcheck.draft import DraftError

from .test_audit_mail_notebook import placed as placed_in
from .test_cli_inputs import invoke

HEAD = (
    "{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fswiss Calibri 2024;}}\n"
    "{\\colortbl ;\\red192\\green0\\blue0;}\n{\\*\\generator Riched20 10.0.19041}\\uc1\n"
)


def placed(text: str) -> list[tuple[int, str, str, str | None]]:
    return placed_in(text, "memo.rtf")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a paragraph a line; the table's numbers ("\red192", "10.0.19041") no figures
        (
            "\\pard\\b Note\\b0\\par\nThe UN counts over 50,000 soldiers deserted since 2022 "
            "\\u8212? nearly 10% of those deployed.\\par\n}",
            [
                (5, "over 50,000", "supported", "euaa-un-desertions-since-2022"),
                (5, "nearly 10%", "supported", "euaa-un-deserters-share-of-deployed"),
            ],
        ),
        # a table read as a table: its header names the period of its rows
        (
            "\\trowd\\cellx3600\\cellx5400\n"
            "\\pard\\intbl\\b District\\b0\\cell\\b Cases to Dec 2024\\b0\\cell\\row\n"
            "\\trowd\\cellx3600\\cellx5400\n"
            "\\pard\\intbl Southern\\cell nearly 22,580\\cell\\row\n\\pard\\par\n}",
            [
                (
                    7,
                    "nearly 22,580",
                    "supported",
                    "euaa-frontelligence-desertions-southern-md-dec-2024",
                )
            ],
        ),
        # an escaped en dash makes a range, placed where the file writes it
        (
            "Convictions ran at 700\\u8211?800 a month in spring 2025, Mediazona found.\\par\n}",
            [(4, "700–800", "supported", "isl-mediazona-convictions-per-month-spring-2025")],
        ),
    ],
)
def test_an_rtf_draft_is_read_as_it_shows(
    body: str, expected: list[tuple[int, str, str, str | None]]
) -> None:
    assert placed(HEAD + body) == expected


@pytest.mark.parametrize(
    ("rtf", "read"),
    [
        ("{\\rtf1 \\b To:\\b0  desk\\par}", "To: desk\n\n"),  # one space ends a word
        ("{\\rtf1\\ansicpg1252 Ren\\'e9e\\par}", "Renée\n\n"),
        ("{\\rtf1\\ansicpg1251 \\'cf\\'f0\\'e8\\par}", "При\n\n"),
        ("{\\rtf1 50\\~000 and 60\\-000\\tab x}", "50\u00a0000 and 60000\tx"),
        ("{\\rtf1\\uc2 a\\u8212\\'97\\'97b\\u-3913?}", "a\u2014b\uf0b7"),
        ("{\\rtf1 \\u55357?\\u56832?}", "\U0001f600"),
        (
            "{\\rtf1 the rapporteur\\rquote s \\ldblquote 16,000\\rdblquote}",
            "the rapporteur’s “16,000”",
        ),
        (
            "{\\rtf1 {\\*\\bkmkstart x2024}{\\info{\\title 2025}}{\\stylesheet{\\s1 h 3;}}kept}",
            "kept",
        ),
        ("{\\rtf1 a\\line b\\{c\\}\\\\}", "a\n\nb{c}\\"),
        ("{\\rtf1 x\\bin4 1234y}", "xy"),
        (
            "{\\rtf1 \\pard\\intbl A\\cell 1\\cell\\row\\pard\\intbl B\\par x\\cell\\cell\\row}",
            "| A | 1 |\n| --- | --- |\n| B x | |\n\n",
        ),
    ],
)
def test_control_words_are_read_as_their_text(rtf: str, read: str) -> None:
    got = read_rtf(rtf)
    assert got.text == read
    last = [c for c in read if c.isalnum()]
    if last and last[-1] in rtf:  # maps back to where the file writes it
        assert got.start(got.text.rindex(last[-1])) == rtf.rindex(last[-1])


@pytest.mark.parametrize(
    ("rtf", "why"),
    [
        ("{\\rtf1 text\\par", "line 1: a group opened here is never closed"),
        ("{\\rtf1 text}\n}", "line 2: a closing brace that closes no group"),
        ("{\\rtf1 " + "{" * (MAX_DEPTH + 1), f"groups nested over {MAX_DEPTH} deep"),
    ],
)
def test_malformed_rtf_is_refused(rtf: str, why: str) -> None:
    with pytest.raises(DraftError, match=why):
        rtf_text(rtf.encode(), "memo.rtf")


def test_malformed_rtf_is_a_clear_error_from_the_command(tmp_path) -> None:
    draft = tmp_path / "memo.rtf"
    draft.write_bytes(b"{\\rtf1\\ansi over 50,000 deserted\\par\n")
    r = invoke("audit", str(draft), "--no-cache")
    assert r.exit_code == 2
    assert "not well-formed RTF: line 1: a group opened here is never closed" in r.stderr
    assert "Traceback" not in r.output


def test_an_rtf_file_in_its_code_page_is_read(tmp_path) -> None:
    draft = tmp_path / "memo.rtf"
    draft.write_bytes(
        b"{\\rtf1\\ansi\\ansicpg1252 Ren\xe9e: the UN counts over 50,000 soldiers deserted "
        b"since 2022.\\par\n}"
    )
    r = invoke("audit", str(draft), "--no-cache", "--format", "json")
    assert r.exit_code == 0, r.output
    assert '"euaa-un-desertions-since-2022"' in r.stdout or "nge-un-desertions" in r.stdout


def test_is_rtf() -> None:
    assert is_rtf("\ufeff{\\rtf1 x}")
    assert not is_rtf("# {\\rtf1 in a Markdown draft")


def test_a_hostile_rtf_is_read_in_linear_time() -> None:
    body = "{\\rtf1 " + "{\\b x}\\u8212?\\'e9\\cell " * 60_000 + "}"
    start = time.process_time()
    read_rtf(body)
    assert time.process_time() - start < 10


def test_a_file_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """The draft is checked well-formed when its file is read, and read as text after: the
    same reading serves both (a large memo was read twice)."""
    from desertcheck.audit import rtf
    from desertcheck.audit.draft_formats import read_source
    from desertcheck.draft import decode

    reads = []
    real = rtf._Reader.read

    def counted(self: object) -> object:
        reads.append(1)
        return real(self)  # type: ignore[arg-type]

    monkeypatch.setattr(rtf._Reader, "read", counted)
    data = b"{\\rtf1\\ansi Over 50,000 soldiers have deserted since 2022 (once).\\par}"
    draft = decode(data, "memo.rtf")
    got = read_source(draft.name, draft.text)
    assert got is not None and "Over 50,000" in got.text
    assert len(reads) == 1
