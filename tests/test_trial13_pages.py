"""The HTML pages as a German or French desk and a screen-reader user met them: a draft's
language is marked and its note shown, its headings sit under the page's, a plain-text
script keeps its lines, a period is never broken inside a date, a count of zero is no
alarm, a chart's ticks are not read out."""

from __future__ import annotations

from pathlib import Path

import pytest

from desertcheck.audit.draft_notes import lang_of
from desertcheck.cli import app

from .conftest import PROJECT, cli_runner

GERMAN = (
    "# Deserteure\n\nMehr als 50.000 Soldaten sind nach Angaben der Vereinten Nationen seit "
    "2022 aus der Armee desertiert. Die Deserteure machen knapp zehn Prozent der in die "
    "Ukraine entsandten Truppen aus, und das ist für die Armee ein Problem.\n"
)
SCRIPT = "SPEAKER: Over 50,000 soldiers have deserted since 2022.\nSPEAKER: That is a lot.\n"
ENGLISH = "# The title\n\n## A section\n\nOver 50,000 Russian soldiers have deserted since 2022.\n"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (GERMAN, "de"),
        (
            "Selon les Nations unies, plus de 50 000 soldats ont déserté depuis 2022, et la "
            "plupart des déserteurs sont dans les régions du sud et de l'est du pays.",
            "fr",
        ),
        ("Более 50 000 военнослужащих дезертировали из армии с 2022 года, по данным ООН.", "ru"),
        ("Понад 50 000 військових дезертирували з армії з 2022 року, за даними ООН.", "uk"),
        (ENGLISH, None),
        ("50,000", None),
    ],
)
def test_a_drafts_language_as_an_html_code(text: str, lang: str | None) -> None:
    assert lang_of(text) == lang


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> str:
    pytest.importorskip("jinja2")
    pytest.importorskip("markdown_it")
    folder = tmp_path_factory.mktemp("drafts")
    names = {"meldung.md": GERMAN, "script.txt": SCRIPT, "story.md": ENGLISH}
    for name, text in names.items():
        (folder / name).write_text(text, "utf-8")
    out = folder / "audit.html"
    args = ["audit", "--root", str(PROJECT), *(str(folder / n) for n in names)]
    cli_runner().invoke(app, [*args, "-f", "html", "-o", str(out)])
    return out.read_text("utf-8")


def article(page: str, n: int) -> str:
    return page.split('<article class="draft"')[n].split("</article>")[0]


def test_a_german_draft_is_marked_german_and_says_how_it_was_read(page: str) -> None:
    german = article(page, 1)
    assert german.startswith(' aria-labelledby="draft-1" lang="de">')
    assert '<h2 class="draft-name" id="draft-1" lang="en"><code>' in german
    assert "reads as German: audit reads the figures of any language" in german
    english = article(page, 3)
    assert "lang=" not in english.split(">")[0] and "reads as" not in english


def test_a_drafts_headings_sit_under_the_page_and_its_name(page: str) -> None:
    assert "<h3>Deserteure</h3>" in article(page, 1)
    story = article(page, 3)
    assert "<h3>The title</h3>" in story and "<h4>A section</h4>" in story
    assert page.count("<h1") == 1


def test_a_plain_text_script_keeps_its_lines(page: str) -> None:
    assert "<br />" in article(page, 2)
    assert "<br />" not in article(page, 3)


def test_a_period_breaks_only_after_its_slash(page: str) -> None:
    assert '<span class="nw">2022-02-24</span>/<wbr><span class="nw">' in page


def test_the_details_are_announced_short(page: str) -> None:
    assert '<aside id="panel" class="panel" aria-label="the figure' in page
    assert 'aria-live="polite"' not in page.split('<aside id="panel"')[1].split(">")[0]
    assert '<p id="live" class="sr" aria-live="polite"></p>' in page


def test_a_count_of_zero_is_no_alarm_and_charts_are_not_read_out(tmp_path: Path) -> None:
    pytest.importorskip("jinja2")
    pytest.importorskip("vl_convert")
    out = tmp_path / "report.html"
    r = cli_runner().invoke(app, ["report", "--root", str(PROJECT), "-o", str(out)])
    assert r.exit_code == 0, r.stderr
    html = out.read_text("utf-8")
    assert '<div class="card s-error none"><b>0</b>' in html
    assert '<div class="plot" aria-hidden="true"><svg' in html
    assert '<div class="plot"><svg' not in html


def test_a_saved_markdown_report_keeps_a_drafts_note(tmp_path: Path) -> None:
    """The note on a draft audit reads only in part went to stderr alone: a Markdown report
    saved with -o, read later, did not say why its figures came out unsourced."""
    for name, text in {"meldung.md": GERMAN, "story.md": ENGLISH}.items():
        (tmp_path / name).write_text(text, "utf-8")
    out = tmp_path / "audit.md"
    drafts = [str(tmp_path / "meldung.md"), str(tmp_path / "story.md")]
    args = ["audit", "--root", str(PROJECT), "--no-cache", *drafts, "-f", "markdown"]
    r = cli_runner().invoke(app, [*args, "-o", str(out)])
    assert r.exit_code in (0, 1), r.stderr
    report = out.read_text("utf-8")
    (note,) = [line for line in report.splitlines() if line.startswith("**Note:**")]
    assert "meldung.md reads as German: audit reads the figures of any language" in note
    assert "story.md" not in note
    assert report.rstrip().splitlines()[-1].startswith("3 figures in 2 drafts")
