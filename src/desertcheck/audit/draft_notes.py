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
    ):
        return (
            f"{name} reads as {language}: audit reads the figures of any language and, in "
            f"{language}, the field's words, not every word: more of its figures may be "
            "unsourced than in English (docs/audit.md#languages)"
        )
    if language:
        return (
            f"{name} reads as {language}: audit reads the figures of any language but the "
            "words around them only in English, Russian, Ukrainian, German, French, "
            "Italian, Dutch, Portuguese, Swedish, Norwegian, Danish, Czech, Finnish, Romanian, "
            "Turkish, Greek and Hungarian, so most of its figures will be unsourced; audit an "
            "English translation (docs/audit.md#languages)"
        )
    return None


def lang_of(text: str) -> str | None:
    """The draft's language as an HTML ``lang`` code when it is not English: one that
    :func:`~desertcheck.audit.language.unread_language` names, or Russian or Ukrainian
    when most of its letters are Cyrillic; None for English, a mix, or too little text."""
    from desertcheck.audit.language import unread_language

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
