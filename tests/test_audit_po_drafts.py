"""A gettext translation file is read as its messages: each msgid and msgstr a paragraph,
its quoted pieces joined, its escapes read; comments, contexts, the header and
placeholders are no figures. The files are written for these tests; the claims are the
shipped registry's."""

from __future__ import annotations

import pytest

from desertcheck.audit.po_drafts import is_po, read_po

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
