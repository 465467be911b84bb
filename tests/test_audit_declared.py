"""A draft's language declared by its editor (``audit --language``, front matter ``lang:``,
``[audit] language``) in place of audit's guess: numbers read in its convention, words as
audit reads it. The drafts are written for these tests; the claims are the shipped
registry's."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from desertcheck import launch
from desertcheck.audit.declared import declared_in, speaking
from desertcheck.audit.language import unread_language
from desertcheck.cli import app
from desertcheck.cli.run_audit import _key
from desertcheck.draft import Draft
from desertcheck.language_tags import checked

from .conftest import PROJECT, cli_runner
from .test_audit import auditor


def read(text: str, language: str | None) -> list[tuple[str, float, str]]:
    return [
        (it.figure.text, it.figure.low, it.status)
        for it in auditor().audit(text + "\n", "d.md", language)
    ]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # one short German sentence: too little to guess, so "349.200" was a decimal
        ("2024 wurden 349.200 Ehen geschlossen.", None, [("349.200", 349.2, "unsourced")]),
        ("2024 wurden 349.200 Ehen geschlossen.", "de", [("349.200", 349200, "unsourced")]),
        ("2024 wurden 349.200 Ehen geschlossen.", "auto", [("349.200", 349.2, "unsourced")]),
        # German words read too: "rund" is about, and two readings of the figure dispute it
        ("Seit 2022: rund 16.000 Verfahren.", "de", [("rund 16.000", 16000, "contested")]),
        ("Seit 2022: rund 16.000 Verfahren.", "de-AT", [("rund 16.000", 16000, "contested")]),
        # a decimal comma with any number of places, as in a source declared German
        ("Anteil der Fälle: 1,234 Prozent.", "de", [("1,234 Prozent", 1.234, "unsourced")]),
        # declared English: a dot before three digits is a decimal ...
        ("The court heard 50.000 and more.", "en", [("50.000", 50.0, "unsourced")]),
        ("The court heard 50.000 and more.", "fr", [("50.000", 50000, "unsourced")]),
        # ... but a German quote inside an English draft is still read as German
        (
            "A prosecutor told the weekly: „Seit 2022 sind über 50.000 Soldaten desertiert.“",
            "en",
            [("über 50.000", 50000, "supported")],
        ),
        # Swiss German writes the English way
        ("Bis 2024 wurden 16'000 Verfahren eröffnet, 2.5 Prozent mehr.", "de-CH", None),
    ],
)
def test_a_declared_language_decides_how_numbers_are_read(
    text: str, language: str | None, expected: list[tuple[str, float, str]] | None
) -> None:
    got = read(text, language)
    if expected is None:  # de-CH: "2.5" is two and a half, "16'000" sixteen thousand
        assert [low for _, low, _ in got] == [16000, 2.5]
        return
    assert got == expected


def test_a_declared_language_stands_for_the_guess() -> None:
    english = "The courts heard the cases of the soldiers.\n"
    assert unread_language(english) is None
    with speaking("de"):
        assert unread_language(english) == "German"
    with speaking("en"):
        assert unread_language("Die Gerichte haben die Fälle der Soldaten gehört.") is None
    with speaking("lv"):  # a language audit names no words of: none guessed
        assert unread_language(english) is None
    assert unread_language(english) is None  # the declaration ends with the draft


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("de", "de"),
        ("DE_at", "de-at"),
        (" fr ", "fr"),
        ("en-GB", "en-gb"),
        ("Auto", "auto"),
        ("German", "'German' is a language's name: give its tag, de"),
        ("xx", "'xx' is not a language tag audit knows: give one of az, be"),
        ("de-", "'de-' is not a language tag"),
        ("", "'' is not a language tag"),
        ("de;rm -rf", "is not a language tag"),
    ],
)
def test_a_language_tag_is_checked(value: str, expected: str) -> None:
    try:
        got = checked(value)
    except ValueError as exc:
        got = str(exc)
    assert got == expected if " " not in expected else expected in got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("---\ntitle: Fahnenflucht\nlang: de\n---\nText.\n", "de"),
        ('---\nlanguage: "de-AT"  # Wien\n---\n', "de-at"),
        ('+++\nlang = "fr"\n+++\nTexte.\n', "fr"),
        ("\ufeff---\nlocale: de_DE\n...\n", "de-de"),
        ('<!DOCTYPE html>\n<html class="x" lang="ru">\n<body>Текст</body></html>', "ru"),
        ("---\nlang: German\n---\n", None),  # not a tag: guessed, as before
        ("---\nlang: auto\n---\n", "auto"),  # the guess, over the configuration's
        # Windows line ends; a locale's encoding; an HTML page's own lang, not data-lang
        ("---\r\nlang: de\r\n---\r\nText.\r\n", "de"),
        ("---\nlocale: de_DE.UTF-8\n---\n", "de-de"),
        ('<html data-lang="de" lang="en">', "en"),
        ('<html data-lang="de">', None),
        ("Text.\nlang: de\n", None),  # no front matter
        ("---\ntitle: x\n---\nlang: de\n", None),  # after the front matter: the text's
    ],
)
def test_a_draft_declares_its_language_in_its_front_matter(text: str, expected: str | None) -> None:
    assert declared_in(text) == expected


def test_the_report_kept_depends_on_the_languages() -> None:
    drafts = [Draft("d.md", "2024 wurden 349.200 Ehen geschlossen.\n")]
    keys = [_key("json", drafts, [lang], None, False, False, False) for lang in (None, "de")]
    assert keys[0] != keys[1]


def audit(tmp_path: Path, text: str, *args: str, config: str = "") -> tuple[Any, str, int]:
    import json
    import shutil

    root = tmp_path / "registry"
    if not root.exists():
        shutil.copytree(PROJECT / "claims", root / "claims")
        shutil.copytree(PROJECT / "sources", root / "sources")
    (root / "desertcheck.toml").write_text(config, encoding="utf-8")
    draft = tmp_path / "d.md"
    draft.write_text(text, encoding="utf-8")
    argv = ["audit", str(draft), "--root", str(root), "--format", "json", *args]
    r = cli_runner().invoke(app, argv)
    data = json.loads(r.stdout) if r.stdout.startswith("{") else None
    return data, r.stderr, r.exit_code


def _lows(data: Any) -> list[float]:
    return [it["value"]["low"] for it in data["items"]]


SHORT = "2024 wurden 349.200 Ehen geschlossen.\n"
GUESSED = (
    "Nach Angaben der Vereinten Nationen wurden seit dem Jahr 2022 in Russland etwa 16.000 "
    "Soldaten wegen der Flucht aus der Armee und der Abwesenheit von der Truppe angeklagt, "
    "wie die Zeitung in ihrem Bericht über die Gerichte und die Verfahren der Armee schreibt.\n"
)


@pytest.mark.parametrize(
    ("text", "args", "config", "low", "read"),
    [
        # too short a draft for the guess to name a language: read as English
        (SHORT, (), "", 349.2, (None, "guess")),
        (SHORT, ("--language", "de"), "", 349200, ("de", "option")),
        (SHORT, (), '[audit]\nlanguage = "de"\n', 349200, ("de", "configuration")),
        # the option over the configuration; "auto" asks for the guess
        (SHORT, ("--language", "auto"), '[audit]\nlanguage = "de"\n', 349.2, (None, "guess")),
        (SHORT, ("--language", "en"), '[audit]\nlanguage = "de"\n', 349.2, ("en", "option")),
        # the draft's own front matter over the configuration, the option over both
        (
            "---\nlang: de\n---\n" + SHORT,
            (),
            '[audit]\nlanguage = "en"\n',
            349200,
            ("de", "front matter"),
        ),
        ("---\nlang: de\n---\n" + SHORT, ("--language", "en"), "", 349.2, ("en", "option")),
        # the draft asks for the guess: over the configuration's language
        (
            "---\nlang: auto\n---\n" + SHORT,
            (),
            '[audit]\nlanguage = "de"\n',
            349.2,
            (None, "guess"),
        ),
        # saved on Windows: its front matter read all the same
        ("---\r\nlang: de\r\n---\r\n" + SHORT, (), "", 349200, ("de", "front matter")),
        # a longer German draft guessed German: the tag the HTML page marks it with
        (GUESSED, (), "", 16000, ("de", "guess")),
    ],
)
def test_the_command_reads_the_language_declared(
    tmp_path: Path,
    text: str,
    args: tuple[str, ...],
    config: str,
    low: float,
    read: tuple[str | None, str],
) -> None:
    data, stderr, _ = audit(tmp_path, text, *args, config=config)
    assert data is not None, stderr
    assert _lows(data) == [low]
    # the JSON report says how the draft was read, and where its language was said
    [draft] = data["drafts"]
    assert (draft["language"], draft["language_from"]) == read
    assert draft["file"] == str(tmp_path / "d.md")
    # a declared German draft has the note on what is read of German; a guessed one its own
    declared = read[0] == "de" and read[1] != "guess"
    assert ("is declared German" in " ".join(draft["notes"])) == declared
    assert ("German" in " ".join(draft["notes"])) == (read[0] == "de")


def test_a_wrong_language_is_refused_with_its_fix(tmp_path: Path) -> None:
    data, stderr, code = audit(tmp_path, SHORT, "--language", "deutsch")
    assert (data, code) == (None, 2)
    assert "'deutsch' is not a language tag audit knows" in stderr
    data, stderr, code = audit(tmp_path, SHORT, config='[audit]\nlanguage = "German"\n')
    assert data is not None and code == 1  # the configuration's error fails the run
    [finding] = data["findings"]
    assert finding["code"] == "invalid-config"
    assert finding["line"] == 2
    assert "language: 'German' is a language's name: give its tag, de" in finding["message"]
    assert _lows(data) == [349.2]  # the drafts read as if nothing were declared


def test_the_entry_point_reads_the_option_as_the_command_line_does(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[dict[str, Any]] = []
    monkeypatch.setattr("desertcheck.cli.run_audit.run", lambda *a, **k: calls.append(k))
    monkeypatch.setattr("desertcheck.cli.guard.guarded", lambda f: f())
    launch._direct_audit(["audit", "d.md", "--language", "DE_at"])
    assert [c["language"] for c in calls] == ["de-at"]
    launch._direct_audit(["audit", "d.md", "--language", "German"])  # the app says why
    assert len(calls) == 1


def test_the_page_marks_a_draft_with_the_language_declared(tmp_path: Path) -> None:
    pytest.importorskip("jinja2")
    pytest.importorskip("markdown_it")
    (tmp_path / "kurz.md").write_text(SHORT, "utf-8")
    (tmp_path / "wien.md").write_text("---\nlang: de-AT\n---\n" + SHORT, "utf-8")
    out = tmp_path / "audit.html"
    drafts = [str(tmp_path / "kurz.md"), str(tmp_path / "wien.md")]
    args = ["audit", "--root", str(PROJECT), *drafts, "-f", "html", "-o", str(out)]
    cli_runner().invoke(app, args)
    page = out.read_text("utf-8")
    short, vienna = (page.split('<article class="draft"')[n].split(">")[0] for n in (1, 2))
    assert "lang=" not in short  # one sentence: too little to guess
    assert vienna.endswith('lang="de-at"')
