"""Language tags the commands take (``audit --language``, ``[audit] language``): which
audit knows, and their names. Light: the configuration reads it on every command."""

from __future__ import annotations

import re
from typing import Final

from desertcheck.quantity.convention import DECIMAL_COMMA, primary

#: What ``--language`` takes to ask for the guess (over ``[audit] language``).
AUTO: Final = "auto"
#: Languages whose numbers are written the English way (a dot marks decimals).
_POINT: Final = frozenset({"en", "ga", "mt", "cy", "ja", "zh", "ko", "he", "th", "hi", "ms"})
KNOWN: Final = DECIMAL_COMMA | _POINT
#: Language names :func:`~desertcheck.audit.language.unread_language` gives, by tag.
NAMES: Final = {
    "en": "English",
    "ru": "Russian",
    "uk": "Ukrainian",
    "de": "German",
    "fr": "French",
    "es": "Spanish",
    "it": "Italian",
    "pt": "Portuguese",
    "pl": "Polish",
    "nl": "Dutch",
    "sv": "Swedish",
    "nb": "Norwegian",
    "nn": "Norwegian",
    "no": "Norwegian",
    "da": "Danish",
    "cs": "Czech",
    "fi": "Finnish",
    "ro": "Romanian",
    "tr": "Turkish",
    "el": "Greek",
    "hu": "Hungarian",
    "et": "Estonian",
    "bg": "Bulgarian",
}
_TAG: Final = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*")


def checked(value: str) -> str:
    """``value`` as a language tag audit knows (lower case, ``-`` between its parts), or
    ``auto``; ValueError saying what to write instead."""
    text = value.strip()
    if text.casefold() == AUTO:
        return AUTO
    by_name = {name.casefold(): tag for tag, name in NAMES.items()}
    if text.casefold() in by_name:
        tag = by_name[text.casefold()]
        raise ValueError(f"{value!r} is a language's name: give its tag, {tag}")
    tag = text.lower().replace("_", "-")
    if not _TAG.fullmatch(text) or primary(tag) not in KNOWN:
        known = ", ".join(sorted(KNOWN))
        raise ValueError(
            f"{value!r} is not a language tag audit knows: give one of {known} (a region "
            f"may follow: de-AT), or {AUTO} to guess it from the draft's words"
        )
    return tag
