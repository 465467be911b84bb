"""How a text writes its numbers: which of ``.`` and ``,`` groups thousands.

English writes ``270,773`` and ``3.5%``; German, French, Spanish, Italian, Portuguese,
Polish, Dutch, Russian and most languages of continental Europe write ``270.773`` and
``3,5 %``. The figure parser reads the English convention. A text in the other one is read
through a copy in which the two separators of each of its numbers are swapped, character
for character (:func:`swapped`): every span of the copy is a span of the text.

Who says which convention a text is in:

* a source, by its ``language`` (front matter): :func:`decimal_comma` names the languages
  read in the European convention; ``verify``, ``scan`` and ``add claim`` read the
  source's text, its claims' quotes and statements so;
* a draft, by its own figures: ``audit`` infers the convention section by section
  (:mod:`desertcheck.audit.convention`) and swaps with the same pattern.

:func:`desertcheck.quantity.reading.reading` sets the language in force for the plain
:func:`~desertcheck.quantity.parse_quantities` calls of a command that works on one source
(``add claim``); an explicit ``language`` argument always wins over it.
"""

from __future__ import annotations

import functools
from typing import Final

from desertcheck.compiled import regex

#: Languages (ISO 639-1, the primary subtag of a language tag) that group thousands with a
#: dot (or a space) and mark decimals with a comma.
DECIMAL_COMMA: Final = frozenset(
    {
        *("de", "fr", "es", "it", "pt", "pl", "nl", "ru", "uk", "be", "cs", "sk", "sl"),
        *("hr", "sr", "bs", "mk", "bg", "ro", "hu", "tr", "da", "nb", "nn", "no", "sv"),
        *("fi", "et", "lv", "lt", "el", "ca", "gl", "eu", "id", "vi", "az", "ka", "kk"),
        *("is", "sq", "lb"),
    }
)
#: Regions of those languages that write the English way (Swiss German: ``18'159.5``).
_POINT_REGIONS: Final = frozenset({"de-ch", "de-li", "it-ch", "fr-ch"})
#: Languages whose figures are read with their words: the parser's English and Russian,
#: and German (:mod:`desertcheck.quantity.german`).
READ_FULLY: Final = frozenset({"en", "ru", "de"})

#: A number's end: no further digit, and no separator followed by a digit.
END: Final = r"(?![0-9]|[.,'’][0-9])"
BEFORE: Final = r"(?<![0-9.,'’])"
#: A number written in the European convention: thousands by dots, decimals by a comma (one
#: or two decimals: "1,234" may be an English thousand, which a draft's sections decide).
EU_NUMBER: Final = regex(
    rf"{BEFORE}(?:[0-9]{{1,3}}(?:\.[0-9]{{3}})+(?:,[0-9]+)?|[0-9]+,[0-9]{{1,2}}){END}"
)
#: The same in a text whose language says it is European: any number of decimals.
_DECLARED_NUMBER: Final = regex(
    rf"{BEFORE}(?:[0-9]{{1,3}}(?:\.[0-9]{{3}})+(?:,[0-9]+)?|[0-9]+,[0-9]+){END}"
)
#: A whole number whose points group thousands, alone ("21.900", "1.234.567"): the
#: European convention's, or an English decimal of three places, as its language says.
POINT_GROUPED: Final = regex(r"[-+]?[0-9]{1,3}(?:\.[0-9]{3})+")
SWAP: Final = str.maketrans({".": ",", ",": ".", "'": ",", "’": ","})


def primary(language: str | None) -> str:
    """The primary subtag of a language tag, lower case: "de" of "de-AT" and "DE_at"."""
    return (language or "").strip().lower().replace("_", "-").split("-", 1)[0]


def decimal_comma(language: str | None) -> bool:
    """Whether a text in ``language`` writes ``1.234,5`` (read in the European convention)."""
    tag = (language or "").strip().lower().replace("_", "-")
    return primary(tag) in DECIMAL_COMMA and tag not in _POINT_REGIONS


@functools.lru_cache(maxsize=64)
def rules(language: str) -> tuple[bool, bool]:
    """(whether ``language`` writes ``1.234,5``, whether its words are German's), asked
    once a language tag."""
    return decimal_comma(language), primary(language) == "de"


def unread(language: str | None) -> str | None:
    """What of a text in ``language`` is read with English rules: "words" (its numbers are
    read in its convention, its scale, qualifier and date words are not), "figures"
    (numbers and words alike), or None when the language is read (:data:`READ_FULLY`)."""
    if primary(language) in READ_FULLY:
        return None
    return "words" if decimal_comma(language) else "figures"


def swap_european(text: str) -> str:
    """``text`` with the separators of each number :data:`EU_NUMBER` matches swapped."""
    return EU_NUMBER.sub(lambda m: m[0].translate(SWAP), text)


def swapped(text: str) -> str:
    """``text`` as the English convention writes it, the same length: every number written
    ``1.234,5`` (or ``3,5``) becomes ``1,234.5`` (``3.5``); a text whose language declares
    the European convention has every decimal comma read, whatever its number of digits."""
    if "," not in text and "." not in text:
        return text
    return _DECLARED_NUMBER.sub(lambda m: m[0].translate(SWAP), text)
