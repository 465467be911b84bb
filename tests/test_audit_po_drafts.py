"""A gettext translation file is read as its messages: each msgid and msgstr a paragraph,
its quoted pieces joined, its escapes read; comments, contexts, the header and
placeholders are no figures. The files are written for these tests; the claims are the
shipped registry's."""

from __future__ import annotations

import pytest

from desertcheck.audit.po_drafts import (
    catalogue,
    catalogue_language,
    catalogue_parts,
    is_po,
    read_po,
)

from .test_audit_mail_notebook import placed

HEADER = (
    'msgid ""\nmsgstr ""\n"Project-Id-Version: explainer 2.3\\n"\n'
    '"POT-Creation-Date: 2026-10-02 14:05+0200\\n"\n'
    '"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n\n'
)


@pytest.mark.parametrize(
    ("catalogue", "read"),
    [
        # the header, a reference's line number, a flag and a context are not read
        (
            HEADER + '#: src/cards.js:42\n#, c-format\nmsgctxt "card.2"\n'
            'msgid "Over 50,000 deserted"\nmsgstr "Über 50.000 desertiert"\n',
            "\n\nOver 50,000 deserted\n\nÜber 50.000 desertiert\n",
        ),
        # a message over several quoted lines is one paragraph; escapes read
        (
            'msgid ""\n"Over 50,000 soldiers "\n"have \\"deserted\\"\\n"\nmsgstr ""\n',
            '\n\nOver 50,000 soldiers have "deserted"\n\n',
        ),
        # placeholders are no figures; %% is a per cent sign; plural forms each read
        (
            'msgid "%d case in %1$s"\nmsgid_plural "%d cases, 10%% of {total}"\n'
            'msgstr[0] "%.1f Fall"\nmsgstr[1] "%2$d Fälle"\n',
            "\n\n case in \n\n cases, 10% of \n\n Fall\n\n Fälle\n",
        ),
        # an obsolete message is a comment
        ('#~ msgid "Over 60,000"\nmsgid "a"\nmsgstr "b"\n', "\n\na\n\nb\n"),
    ],
)
def test_a_catalogue_is_read_as_its_messages(catalogue: str, read: str) -> None:
    got = read_po(catalogue)
    assert got is not None
    assert got.text == read


def test_each_figure_is_placed_on_its_line() -> None:
    catalogue = (
        HEADER + '#: src/cards.js:42\nmsgid ""\n"Mediazona counted 18,159 AWOL cases "\n'
        '"to June 2025."\nmsgstr "Mediazona zählte bis Juni 2025 18.159 AWOL-Fälle."\n'
    )
    got = [(line, text) for line, text, _, _ in placed(catalogue, "strings.po")]
    assert got == [(9, "18,159"), (11, "18.159")]
    assert placed(catalogue, "strings.po")[0][2] == "supported"


def test_a_file_with_no_message_is_read_as_it_stands() -> None:
    assert read_po("# only a comment\n") is None
    assert is_po("de/LC_MESSAGES/explainer.PO") and is_po("explainer.pot")
    assert not is_po("draft.md")


#: An English message and its German translation that writes no German function word:
#: only the catalogue's language says its dots group thousands.
_DISTRICTS = (
    'msgid "Central: nearly 13,800. Moscow: nearly 7,780."\n'
    'msgstr "Zentral: knapp 13.800. Moskau: knapp 7.780."\n'
)


@pytest.mark.parametrize(
    ("catalogue", "name", "expected"),
    [
        # the header names German: each message read in its own convention
        (
            HEADER.replace('"Plural', '"Language: de\\n"\n"Plural', 1) + _DISTRICTS,
            "strings.po",
            [
                ("nearly 13,800", "supported"),
                ("nearly 7,780", "supported"),
                ("knapp 13.800", "supported"),
                ("knapp 7.780", "supported"),
            ],
        ),
        # a regional code is its language's
        (
            HEADER.replace('"Plural', '"Language: de_AT\\n"\n"Plural', 1) + _DISTRICTS,
            "strings.po",
            [
                ("nearly 13,800", "supported"),
                ("nearly 7,780", "supported"),
                ("knapp 13.800", "supported"),
                ("knapp 7.780", "supported"),
            ],
        ),
        # no Language field: a message that reads as German is read as German, its
        # sentence without a German word too
        (
            HEADER + 'msgid "The numbers are Mediazona\'s. Desertion: 1,010 soldiers."\n'
            'msgstr "Die Zahlen sind die der Mediazona und wurden geprüft. Desertion: 1.010 '
            'Soldaten."\n',
            "strings.po",
            [("1,010", "supported"), ("1.010", "supported")],
        ),
    ],
)
def test_each_message_is_read_in_its_own_convention(
    catalogue: str, name: str, expected: list[tuple[str, str]]
) -> None:
    assert [(text, status) for _, text, status, _ in placed(catalogue, name)] == expected


@pytest.mark.parametrize(
    ("catalogue", "name"),
    [
        # a catalogue of a language that writes the English convention
        (HEADER.replace('"Plural', '"Language: en_GB\\n"\n"Plural', 1) + _DISTRICTS, "x.po"),
        # no Language field and no German words: nothing says the dots group thousands
        (HEADER + _DISTRICTS, "strings.po"),
    ],
)
def test_a_message_is_read_in_english_when_nothing_says_otherwise(
    catalogue: str, name: str
) -> None:
    texts = [(text, status) for _, text, status, _ in placed(catalogue, name)]
    assert ("nearly 13,800", "supported") in texts
    assert not any(t.endswith("13.800") and s == "supported" for t, s in texts)


@pytest.mark.parametrize(
    ("header", "language"),
    [
        ('msgid ""\nmsgstr ""\n"Language: de\\n"\n', "de"),
        ('msgid ""\nmsgstr ""\n"Language: pt_BR\\n"\n', "pt"),
        ('msgid ""\nmsgstr ""\n"Language-Team: German\\n"\n', None),
        ('msgid ""\nmsgstr ""\n"Language: \\n"\n', None),
    ],
)
def test_the_catalogue_language_is_its_header_field(header: str, language: str | None) -> None:
    assert catalogue_language(header) == language


def test_the_languages_are_read_only_while_a_catalogue_is_audited() -> None:
    text = "\n\nZentral: knapp 13.800.\n"
    assert catalogue_parts(text) == []
    with catalogue("strings.po", '"Language: de\\n"\n'):
        assert catalogue_parts(text) == [(2, len(text))]
    with catalogue("draft.md", '"Language: de\\n"\n'):
        assert catalogue_parts(text) == []
    assert catalogue_parts(text) == []
