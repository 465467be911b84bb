"""What the user gives (numeric options, a draft that is an HTML page, a PDF, an empty
file, a draft in a language audit does not read), answered in the tool's words."""

from __future__ import annotations

import re

import pytest

from .conftest import PROJECT
from .test_cli import invoke


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["verify", "--jobs", "x"], "'x' is not a whole number: give 0 or more"),
        (["verify", "-j", "1.5"], "'1.5' is not a whole number: give 0 or more"),
        (["verify", "--jobs", "-1"], "-1 is out of range: give 0 or more"),
        (["audit", "-", "--min-score", "101"], "101 is out of range: give one from 0 to 100"),
        (["audit", "-", "--min-score", "many"], "'many' is not a number: give one from 0 to 100"),
        (["scan", "x.md", "--min-coverage", "nan"], "'nan' is not a number: give one from 0 to"),
        (["scan", "x.md", "--min-coverage", "-5"], "-5 is out of range: give one from 0 to 100"),
    ],
)
def test_a_bad_number_is_named_in_our_words(args: list[str], said: str) -> None:
    r = invoke(*args)
    assert r.exit_code == 2
    flat = " ".join(re.sub("[│╭╮╰╯─]", " ", r.stderr).split())  # typer's box may wrap it
    assert said in flat
    assert "pydantic" not in flat and "Input should be" not in flat


@pytest.mark.parametrize("jobs", ["0", "1", "2"])
def test_a_good_number_passes(jobs: str) -> None:
    r = invoke("verify", "--quiet", "--jobs", jobs)
    assert r.exit_code == 0, r.output


@pytest.mark.parametrize(
    ("text", "noted"),
    [
        ("<!DOCTYPE html>\n<html><body><p>Over 50,000 deserted.</p></body></html>\n", True),
        ("\ufeff  <html lang='en'><p>Over 50,000 soldiers deserted.</p></html>", True),
        ("Over 50,000 soldiers deserted. <b>Really.</b>\n", False),  # Markdown with a tag
        ("# The <html> element\n\nOver 50,000 soldiers deserted.\n", False),
    ],
)
def test_an_html_page_as_draft_gets_a_note(tmp_path, text: str, noted: bool) -> None:
    draft = tmp_path / "draft.html"
    draft.write_text(text, encoding="utf-8")
    r = invoke("audit", str(draft), "--quiet", "--no-cache")
    assert r.exit_code == 0, r.output
    assert ("is an HTML page: audit reads a draft as Markdown" in r.stderr) is noted


GERMAN = (
    "Seit Beginn des Krieges im Jahr 2022 sind nach Angaben der Vereinten Nationen mehr als "
    "50.000 Soldaten aus der russischen Armee desertiert. Die Gerichte haben für das Jahr 2024 "
    "rund 13.500 Urteile wegen unerlaubter Abwesenheit gezählt, und die Zahl der Verfahren ist "
    "seit dem Frühjahr 2025 weiter gestiegen. Das ist nicht die einzige Quelle: auch die "
    "Menschenrechtler von Mediazona haben die Urteile der Militärgerichte ausgewertet.\n"
)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (GERMAN, "German"),
        # an English translation that keeps German number formats is English
        (
            "Since the war began in 2022, more than 50.000 soldiers have deserted the Russian "
            "army, the UN says. Courts counted some 13.500 verdicts for going AWOL in 2024, and "
            "the number of cases has risen since the spring of 2025, according to the rights "
            "group, which read the verdicts of the military courts.\n",
            None,
        ),
        (
            "С начала войны в 2022 году из российской армии дезертировали более 50 000 "
            "военнослужащих, по данным ООН. Суды в 2024 году вынесли около 13 500 приговоров за "
            "самовольное оставление части, и число дел с весны 2025 года продолжает расти, как "
            "это было и в прошлом году, по данным правозащитников.\n",
            None,
        ),
        # Ukrainian is read too: no note
        (
            "З початку війни у 2022 році з російської армії дезертирували понад 50 000 "
            "військових, за даними ООН. Суди у 2024 році винесли близько 13 500 вироків за "
            "самовільне залишення частини, і кількість справ з весни 2025 року зростає, як це "
            "було й торік, за даними правозахисників.\n",
            None,
        ),
        ("Mehr als 50.000 Soldaten sind desertiert.\n", None),  # too short to tell
        # found in a user trial: four German sentences got no note
        (
            "Nach Angaben der Vereinten Nationen sind seit 2022 mehr als 50.000 Soldaten aus "
            "der russischen Armee desertiert. Die Deserteure machen knapp 10 % der in der "
            "Ukraine eingesetzten Truppen aus. Allein im Jahr 2024 wurden 13.500 Soldaten "
            "verurteilt. Auf Desertion stehen bis zu 15 Jahre Haft.\n",
            "German",
        ),
    ],
)
def test_a_draft_in_a_language_audit_does_not_read_gets_a_note(
    tmp_path, text: str, language: str | None
) -> None:
    assert _noted(tmp_path, text, r"reads as (\w+)") == language


def _noted(tmp_path, text: str, naming: str) -> str | None:
    """What audit's note on a draft of ``text`` names (the group of ``naming``), or None."""
    draft = tmp_path / "draft.md"
    draft.write_text(text, encoding="utf-8")
    r = invoke("audit", str(draft), "--quiet", "--no-cache")
    said = re.search(naming + ": audit reads the figures of any language", r.stderr)
    return said.group(1) if said else None


GREEK = (
    "Σύμφωνα με τον ΟΗΕ, περίπου 16.000 στρατιώτες έχουν διωχθεί από το 2022 για λιποταξία. "
    "Το 2024 καταδικάστηκαν πάνω από 13.500 στρατιώτες και αξιωματικοί.\n"
)


@pytest.mark.parametrize(
    ("text", "script"),
    [
        # found in a blind labelled set: a Greek draft got four `unsourced`, exit 0, no
        # word (Greek is read in part now: its note names the language, not the script)
        (GREEK, None),
        (
            "გაეროს მონაცემებით, 2022 წლიდან დეზერტირობისთვის დაახლოებით 16000 ჯარისკაცს "
            "წაუყენეს ბრალი, ხოლო 2024 წელს 13500-ზე მეტი ჯარისკაცი გაასამართლეს.\n",
            "Georgian",
        ),
        (
            "وفقا للأمم المتحدة، تمت محاكمة نحو 16000 جندي منذ عام 2022 بتهمة الفرار من الخدمة "
            "العسكرية، وأدين أكثر من 13500 في عام 2024 وحده.\n",
            "Arabic",
        ),
        (
            "לפי האו״ם, כ-16,000 חיילים הועמדו לדין מאז 2022 בגין עריקה, ובשנת 2024 לבדה "
            "הורשעו יותר מ-13,500 חיילים.\n",
            "Hebrew",
        ),
        (
            "据联合国称，自2022年以来，约有16000名士兵因逃兵罪被起诉，仅2024年就有超过13500"
            "名士兵被定罪。这些数字来自俄罗斯军事法院公布的判决书。\n",
            "Chinese or Japanese",
        ),
        # English with a Greek quotation: most of its letters are Latin
        (
            "The UN says about 16,000 soldiers have been prosecuted since 2022. A Greek paper "
            "headlined it «" + GREEK.split(".")[0] + "», but the figure is the UN's own, "
            "and the courts convicted over 13,500 in 2024 alone, according to the report, "
            "which the paper's editors read in full before they printed the story at length.\n",
            None,
        ),
        # a few Greek words are no draft in Greek
        ("Περίπου 16.000 διώξεις.\n", None),
    ],
)
def test_a_draft_in_a_script_audit_does_not_read_gets_a_note(
    tmp_path, text: str, script: str | None
) -> None:
    assert _noted(tmp_path, text, r"is written in (.+?) script") == script


FRENCH = (
    "Depuis le début de la guerre en 2022, plus de 50 000 soldats ont déserté l'armée russe, "
    "selon les Nations unies. Les tribunaux ont prononcé environ 13 500 condamnations pour "
    "absence non autorisée en 2024, et le nombre des affaires a encore augmenté au printemps "
    "2025, selon un groupe de défense des droits qui a lu les jugements des tribunaux.\n"
)


@pytest.mark.parametrize("text", [GERMAN, FRENCH])
def test_a_german_or_french_draft_is_read_in_part(tmp_path, text: str) -> None:
    draft = tmp_path / "draft.md"
    draft.write_text(text, encoding="utf-8")
    r = invoke("audit", str(draft), "--quiet", "--no-cache")
    # the lexicon named, not "the field" a registry of another field cannot know (a trial)
    assert "the words of its lexicon (the shipped registry's field, and the synonyms" in r.stderr


@pytest.mark.parametrize(
    ("head", "kind"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "is a PDF file, not text"),
        (b"PK\x03\x04\x14\x00\x06\x00\x08\x00", "is a zipped file, not text"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "is an old Word or other Office file"),
        # an RTF document is read (tests/test_audit_rtf.py), but not one cut short
        (b"{\\rtf1\\ansi\\deff0 {\\fonttbl}", "not well-formed RTF: line 1: a group opened"),
        # found in a user trial: a program was "not UTF-8 text; save the draft as UTF-8"
        (b"\x7fELF\x02\x01\x01\x00", "is a program, not text"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "is not text (it holds NUL bytes)"),
    ],
)
def test_a_document_that_is_not_text_is_named_for_what_it_is(
    tmp_path, head: bytes, kind: str
) -> None:
    draft = tmp_path / "draft.bin"
    draft.write_bytes(head + bytes(range(256)))
    r = invoke("audit", str(draft), "--no-cache")
    assert r.exit_code == 2
    assert f"cannot read draft {draft}: {kind}" in r.stderr, r.stderr
    assert "save the draft as UTF-8" not in r.stderr


@pytest.mark.parametrize("text", ["", "\n\n  \t\n"])
@pytest.mark.parametrize(("strict", "code"), [(False, 1), (True, 1)])
def test_an_empty_draft_is_an_error(tmp_path, text: str, strict: bool, code: int) -> None:
    draft = tmp_path / "export.md"
    draft.write_text(text, encoding="utf-8")
    r = invoke("audit", str(draft), "--no-cache", *(["--strict"] if strict else []))
    assert r.exit_code == code, r.output
    assert f"{draft}: error: {draft} is empty: nothing was audited" in r.stderr
    assert "[empty-draft]" in r.stderr
    assert "did not load fully" not in r.stdout  # the registry did


def test_an_empty_draft_is_said_before_the_summary(tmp_path) -> None:
    import subprocess
    import sys

    (tmp_path / "empty.md").write_text("", encoding="utf-8")
    r = subprocess.run(
        [
            sys.executable,
            "-m",
            "desertcheck",
            "audit",
            "empty.md",
            "--no-cache",
            "--root",
            str(PROJECT),
        ],
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        check=False,
    )
    lines = r.stdout.splitlines()
    assert r.returncode == 1, r.stdout
    error = next(i for i, line in enumerate(lines) if "[empty-draft]" in line)
    summary = next(i for i, line in enumerate(lines) if "no figure to check" in line)
    assert error < summary


@pytest.mark.parametrize(
    "order",
    [("bad", "good", "missing"), ("good", "missing"), ("missing", "good", "bad")],
)
def test_a_draft_that_cannot_be_read_does_not_stop_the_others(tmp_path, order) -> None:
    paths = {
        "good": tmp_path / "good.md",
        "bad": tmp_path / "bad.md",
        "missing": tmp_path / "missing.md",
    }
    paths["good"].write_text("Over 50,000 soldiers deserted in 2024.\n", encoding="utf-8")
    paths["bad"].write_bytes(b"Some \xff text.\n")
    for attempt in ("first", "again"):  # the second run must not replay a report that passed
        r = invoke("audit", *(str(paths[name]) for name in order))
        assert r.exit_code == 2, (attempt, r.output)
        assert "good.md:1:" in r.stdout, (attempt, r.stdout)
        unread = [n for n in order if n != "good"]
        for name in unread:
            assert f"desertcheck: error: cannot read draft {paths[name]}" in r.stderr, r.stderr
        assert r.stderr.count("desertcheck: error:") == len(unread)


def test_when_no_draft_can_be_read_each_is_named(tmp_path) -> None:
    r = invoke("audit", str(tmp_path / "a.md"), str(tmp_path / "b.md"))
    assert r.exit_code == 2 and r.stdout == ""
    assert r.stderr.count("desertcheck: error: cannot read draft") == 2
    assert "a.md: no such file" in r.stderr and "b.md: no such file" in r.stderr


def test_a_record_written_with_o_is_never_one_that_left_a_draft_out(tmp_path) -> None:
    """Found in a user trial: `audit -o audit.json good.md missing.md` wrote a record of one
    draft that read as a whole run; nothing is written now, and the run exits 2."""
    good = tmp_path / "good.md"
    good.write_text("Over 50,000 soldiers deserted in 2024.\n", encoding="utf-8")
    out = tmp_path / "audit.json"
    r = invoke("audit", "-f", "json", "-o", str(out), str(good), str(tmp_path / "missing.md"))
    assert r.exit_code == 2
    assert not out.exists()
    assert f"(nothing was written to {out})" in r.stderr
