"""A draft's language as its editor declares it, in place of audit's guess.

audit guesses a draft's language from its function words (:mod:`.language`) and its
number convention from its figures (:mod:`.convention`). A few lines say too little for
either: "2024 wurden 349.200 Ehen geschlossen." is one German sentence with one number,
read as 349.2. The editor can say what the draft is, in order of precedence:

1. ``audit --language de`` (every draft of the run);
2. the draft's own front matter, ``lang: de`` or ``language: de-AT`` (YAML ``---`` or
   TOML ``+++``), or an HTML page's ``<html lang="de">``;
3. ``[audit] language = "de"`` in desertcheck.toml (a German newsroom's registry);
4. otherwise the guess, as before. ``--language auto`` asks for the guess whatever the
   configuration says.

A declared language decides the number convention of the whole draft: ``de``, ``fr``,
``ru``... (:data:`desertcheck.quantity.convention.DECIMAL_COMMA`) read ``16.000`` as
sixteen thousand and ``2,4`` as two point four everywhere in it; ``en`` (and ``de-CH``,
whose numbers are written ``18'159.5``) reads the English convention, a German sentence or
quote inside it still in its own (:mod:`.continental_sentences`). It also stands for the
guess of :func:`desertcheck.audit.language.unread_language`, so the draft's words are read
as that language's where audit reads them (German and French qualifiers, number words,
periods; the lexicon of the others).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Final

from desertcheck.language_tags import AUTO, NAMES, checked
from desertcheck.quantity.convention import decimal_comma, primary

_DECLARED: ContextVar[str | None] = ContextVar("declared_language", default=None)


@contextmanager
def speaking(tag: str | None) -> Iterator[None]:
    """While a draft is read: its declared language ``tag`` (None or ``auto``: guessed)."""
    token = _DECLARED.set(None if tag in (None, AUTO) else tag)
    try:
        yield
    finally:
        _DECLARED.reset(token)


def declared() -> str | None:
    """The tag declared for the draft being read, or None."""
    return _DECLARED.get()


def name() -> str | None:
    """The declared language's name as :mod:`.language` names languages ("German"), or
    None when nothing is declared or it is a language :data:`NAMES` does not name."""
    tag = _DECLARED.get()
    return None if tag is None else NAMES.get(primary(tag))


def european() -> bool | None:
    """Whether the declared language groups thousands with a dot (None: none declared)."""
    tag = _DECLARED.get()
    return None if tag is None else decimal_comma(tag)


_FRONT_KEY: Final = re.compile(
    r"^(?:lang|language|locale)[ \t]*[:=][ \t]*[\"']?([^\W\d][\w-]*)(?:\.[\w-]+)?[\"']?"
    r"[ \t]*(?:#[^\r\n]*)?\r?$",  # "de_DE.UTF-8": its encoding left out
    re.MULTILINE,
)
_HTML_LANG: Final = re.compile(
    r"\A(?:\ufeff)?\s*(?:<!doctype\s+html[^>]*>\s*)?<html\b[^>]*?(?<![\w:-])lang=[\"']?([^\W\d][\w-]*)",
    re.IGNORECASE,
)


def written_in(text: str) -> str | None:
    """The language the draft ``text`` says it is in, as written (front matter's ``lang``,
    ``language`` or ``locale``; an HTML page's ``<html lang>``), or None."""
    from desertcheck.draft import FRONT_MATTER

    m = FRONT_MATTER.match(text)
    found = _FRONT_KEY.search(m["body"]) if m else _HTML_LANG.match(text[:2000])
    return None if found is None else found[1]


def declared_in(text: str) -> str | None:
    """The language the draft ``text`` declares itself in (:func:`written_in`), when
    audit knows it; ``auto`` when it asks for the guess."""
    written = written_in(text)
    if written is None:
        return None
    try:
        return checked(written)  # "auto": the guess, over the configuration's language
    except ValueError:
        return None


def unknown_note(name: str, text: str) -> str | None:
    """What to tell the editor of a draft whose front matter names a language audit does
    not know (``lang: français``): it is read as if it named none."""
    written = written_in(text)
    if written is None or declared_in(text) is not None:
        return None
    return (
        f"{name}: its front matter's language {written!r} is not a language tag audit knows "
        "(like fr, de, en-GB): the draft was read as if it declared none"
    )
