"""What an editor should know of a draft audit reads, but not as it reads English: an HTML
page (its menus and footers are audited too) or a language whose words it reads in part
or not at all. The command prints the note on standard error; the HTML page shows it
under the draft's name and marks the draft's language (``lang``) so that a screen reader
reads "Rund 16.000" with a German voice."""

from __future__ import annotations

import re
from typing import Final

from desertcheck.compiled import regex

#: The languages :func:`desertcheck.audit.language.unread_language` names, as HTML codes.
LANG_CODES: Final = {
    "German": "de",
    "French": "fr",
    "Spanish": "es",
    "Italian": "it",
    "Portuguese": "pt",
    "Polish": "pl",
    "Dutch": "nl",
    "Swedish": "sv",
    "Norwegian": "nb",
    "Danish": "da",
    "Czech": "cs",
    "Finnish": "fi",
    "Romanian": "ro",
    "Turkish": "tr",
    "Greek": "el",
    "Hungarian": "hu",
    "Estonian": "et",
    "Bulgarian": "bg",
}
_HTML_PAGE = re.compile(r"\A(?:\ufeff)?\s*(?:<!doctype\s+html|<html[\s>])", re.IGNORECASE)
_LETTER = regex(r"[^\W\d_]")
_CYRILLIC = regex(r"[\u0400-\u04ff]")
_UKRAINIAN = regex(r"[іїєґІЇЄҐ]")


def note_on(name: str, text: str) -> str | None:
    """The note for the draft ``name`` of ``text``, or None when it reads as it should."""
    from desertcheck.audit.continental import LANGUAGES as READ_IN_PART
    from desertcheck.audit.language import unread_language

    if _HTML_PAGE.match(text):
        return (
            f"{name} is an HTML page: audit reads a draft as Markdown or plain text (tags "
            "skipped), so its menus and footers are audited too; save the article's text "
            "as .md or .txt for a cleaner audit"
        )
    language = unread_language(text)
    if language in READ_IN_PART or language in (
        "Italian",
        "Dutch",
        "Portuguese",
        "Swedish",
        "Norwegian",
        "Danish",
        "Czech",
        "Finnish",
        "Romanian",
        "Turkish",
        "Greek",
        "Hungarian",
        "Estonian",
        "Bulgarian",
    ):
        return (
            f"{name} {_as(language)}: audit reads the figures of any language and, in "
            f"{language}, the words of its lexicon (the shipped registry's field, and the "
            "synonyms desertcheck.toml adds), not every word: more of its figures may be "
            "unsourced than in English (docs/audit.md#languages)"
        )
    if language:
        return f"{name} {_as(language)}: {_UNREAD}"
    script = unread_script(text)
    if script:
        return f"{name} is written in {script} script: {_UNREAD}"
    return None


def _as(language: str) -> str:
    """ "is declared German" when its editor said so (:mod:`.declared`), else "reads as
    German"."""
    from desertcheck.audit.declared import declared

    return f"is declared {language}" if declared() is not None else f"reads as {language}"


_UNREAD: Final = (
    "audit reads the figures of any language but the words around them only in English, "
    "Russian, Ukrainian, German, French, Italian, Dutch, Portuguese, Swedish, Norwegian, "
    "Danish, Czech, Finnish, Romanian, Turkish, Greek, Hungarian, Estonian and Bulgarian, so "
    "most of its "
    "figures will be unsourced and a misstated one may pass; audit an English "
    "translation (docs/audit.md#languages)"
)

#: Scripts whose words audit does not read, by their Unicode blocks (Greek's it reads in
#: part: a Greek draft is named by its words, :mod:`desertcheck.audit.language`).
_SCRIPTS: Final = {
    "Arabic": "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff",
    "Hebrew": "\u0590-\u05ff\ufb1d-\ufb4f",
    "Armenian": "\u0530-\u058f",
    "Georgian": "\u10a0-\u10ff\u1c90-\u1cbf",
    "Devanagari": "\u0900-\u097f",
    "Thai": "\u0e00-\u0e7f",
    "Chinese or Japanese": "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff",
    "Korean": "\uac00-\ud7af\u1100-\u11ff",
}
_SCRIPT_LETTERS: Final = {name: regex(f"[{block}]") for name, block in _SCRIPTS.items()}
#: Letters of one script a draft must hold before it is named: a quoted place name is not.
MIN_SCRIPT_LETTERS: Final = 40


def unread_script(text: str) -> str | None:
    """The script most of ``text``'s letters are written in, when audit reads no words
    in it (Arabic, Hebrew, Georgian...), else None."""
    letters = len(_LETTER.findall(text))
    if letters < MIN_SCRIPT_LETTERS:
        return None
    for name, pattern in _SCRIPT_LETTERS.items():
        found = len(pattern.findall(text))
        if found >= MIN_SCRIPT_LETTERS and found * 2 > letters:
            return name
    return None


def lang_of(text: str) -> str | None:
    """The draft's language as an HTML ``lang`` code when it is not English: the tag its
    editor declared (:mod:`.declared`), or one that
    :func:`~desertcheck.audit.language.unread_language` names, or Russian or Ukrainian
    when most of its letters are Cyrillic; None for English, a mix, or too little text."""
    from desertcheck.audit.declared import declared
    from desertcheck.audit.language import unread_language

    tag = declared()
    if tag is not None:  # as its editor declared it: English is the page's own
        return None if tag.split("-")[0] == "en" else tag
    language = unread_language(text)
    if language in LANG_CODES:
        return LANG_CODES[language]
    letters = len(_LETTER.findall(text))
    cyrillic = len(_CYRILLIC.findall(text))
    if letters and cyrillic * 2 > letters:
        # Ukrainian by its own letters, more than a place name's ("Києві" in Russian text)
        ukrainian = len(_UKRAINIAN.findall(text))
        return "uk" if ukrainian >= 3 and ukrainian * 100 >= cyrillic else "ru"
    return None


_LETTERS: Final = regex(r"[^\W\d_]+")
#: The languages whose numbers in words audit reads, with words of theirs no English
#: sentence holds, one of which a draft must have before its number words are named.
_NUMBER_WORD_LANGUAGES: Final = (
    (
        "French",
        "fr",
        frozenset(
            ["les", "des", "depuis", "selon", "ont", "été", "sont", "dans", "une", "leur", "avec"]
        ),
    ),
    (
        "German",
        "de",
        frozenset(
            ["der", "das", "und", "seit", "wurden", "sind", "ist", "nach", "im", "den", "auch"]
        ),
    ),
)


def words_unread_note(name: str, text: str) -> str | None:
    """For a draft audit read no figure in, guessing no language: the note that it holds
    French or German numbers in words ("Cinquante mille déserteurs depuis 2022."), which
    audit reads only in a draft of that language, with the option that says so; None
    when it holds none. A post of a few lines says too little for the guess."""
    from desertcheck.audit.continental_numbers import fractions, number_words

    words = {w.casefold() for w in _LETTERS.findall(text)}
    for language, tag, function_words in _NUMBER_WORD_LANGUAGES:
        if words.isdisjoint(function_words):  # "an elf" in English is no German eleven
            continue
        found = number_words(text, language)
        if found or (language == "German" and fractions(text)):
            start, end, _ = found[0] if found else fractions(text)[0]
            return (
                f"{name}: no figure read, but “{text[start:end]}” reads as a number in "
                f"{language} words, read only in a {language} draft: if it is one, audit "
                f"it with --language {tag} (or lang: {tag} in its front matter)"
            )
    return None
