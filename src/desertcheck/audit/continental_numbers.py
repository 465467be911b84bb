"""German and French numbers written in words, read whole: "fünfzigtausend",
"sechzehntausend", "zweihundertfünfzig", "fünfzig Tausend", "cinquante mille", "deux
cents", "vingt-cinq mille", "quatre-vingt-dix".

German writes a number below a million as one word, its parts in a fixed order
(:func:`desertcheck.quantity.german_words.german_word`, which verify's reader of German
sources shares). Both languages may also write the
scale as a word of its own ("fünfzig Tausend", "cinquante mille"), and French joins its
parts with hyphens and "et" ("vingt et un", "soixante-dix"). :func:`number_words` finds
the runs of such words in a text and reads each run as one number. A lone "ein", "eine",
"un" or "une" is an article, not a number; a run right before a fraction word
("zwei Drittel", "deux tiers") or a word of times ("zwei Mal", "deux fois") is not read;
"cent" after "pour" is per cent.

A fraction in words is a share (:func:`fractions`), as English "two-thirds" is: "zwei
Drittel", "ein Viertel", "die Hälfte", "jeder zehnte", "drei von zehn"; "les deux tiers",
"un quart", "la moitié", "un soldat sur dix". A number word inside one is no figure of
its own.
"""

from __future__ import annotations

from typing import Final

from desertcheck.compiled import regex
from desertcheck.quantity.german_words import german_word
from desertcheck.quantity.german_words import shares as german_shares

_FRENCH_SMALL: Final = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14,
    "quinze": 15, "seize": 16, "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40,
    "cinquante": 50, "soixante": 60, "septante": 70, "huitante": 80, "octante": 80,
    "nonante": 90,
}  # fmt: skip
_FRENCH_HUNDRED: Final = frozenset({"cent", "cents"})
_FRENCH_THOUSAND: Final = "mille"


def french_words(words: list[str]) -> int | None:
    """The number French number words (lower case, "et" and hyphens dropped) write, below
    a million, else None: ["cinquante", "mille"] 50,000, ["quatre", "vingt", "dix"] 90."""
    total = current = 0
    for w in words:
        if w in _FRENCH_SMALL:
            n, r = _FRENCH_SMALL[w], current % 100
            if n == 20 and r == 4:  # "quatre-vingt(s)": 80
                current += 76
            elif r == 0 or (
                (r in (10, 70, 90) and n in (7, 8, 9))  # "dix-sept", "soixante-dix-sept"
                or (r >= 20 and r % 10 == 0 and n < (20 if r in (60, 80) else 10))
            ):
                current += n  # "vingt-cinq", "soixante-douze", "quatre-vingt-onze"
            else:
                return None
        elif w in _FRENCH_HUNDRED:
            if current >= 10:
                return None
            current = max(current, 1) * 100
        elif w == _FRENCH_THOUSAND and not total:
            total = max(current, 1) * 1000
            current = 0
        else:
            return None
    return total + current


#: A word, hyphens inside it kept ("vingt-cinq", "quatre-vingt-dix").
_WORD: Final = regex(r"[^\W\d_]+(?:-[^\W\d_]+)*")
#: Words after a number that make it no count: fractions, times, "the first five" (months).
_NOT_AFTER: Final = regex(
    r"[ \t\u00a0]+(?i:drittel\w*|viertel\w*|fünftel\w*|zehntel\w*|hälfte\w*|tiers|quarts?"
    r"|cinquièmes?|dixièmes?|fois|mal|premier|premiers|premières?|derniers|dernières?)(?!\w)"
)
_POUR: Final = regex(r"(?i:pour)[ \t\u00a0]+\Z")


def number_words(text: str, language: str) -> list[tuple[int, int, float]]:
    """The numbers written in words in ``text``, a ``language`` (German or French) draft:
    (start, end, value) of each run of number words read as one number (see the module's
    docstring)."""
    runs: list[tuple[int, int, list[str]]] = []
    last_end = -1
    for m in _WORD.finditer(text):
        word = m[0].casefold()
        parts = word.split("-")
        if language == "German":
            ok = len(parts) == 1 and german_word(word) is not None
        else:
            ok = all(p in _FRENCH_SMALL or p in _FRENCH_HUNDRED or p == "mille" for p in parts)
            if word == "et" and runs and last_end >= 0:  # "vingt et un": kept if "un" follows
                after = _WORD.match(text, m.end() + 1)
                ok = after is not None and after[0].casefold() in ("un", "une", "onze")
            if (
                ok
                and parts[0] in _FRENCH_HUNDRED
                and _POUR.search(text, max(0, m.start() - 12), m.start())
            ):
                ok = False  # "dix pour cent"
        gap = text[last_end : m.start()] if runs else ""
        joined = runs and last_end >= 0 and gap.strip(" \t\u00a0") == "" and "\n" not in gap
        if ok and joined:
            start, _, words = runs[-1]
            runs[-1] = (start, m.end(), [*words, *parts])
        elif ok:
            runs.append((m.start(), m.end(), parts))
        else:
            last_end = -1
            continue
        last_end = m.end()
    out: list[tuple[int, int, float]] = []
    for start, end, words in runs:
        words = [w for w in words if w != "et"]
        value = _german_run(words) if language == "German" else french_words(words)
        if value is None or value < 2 or _NOT_AFTER.match(text, end):
            continue
        out.append((start, end, float(value)))
    return out


def _german_run(words: list[str]) -> int | None:
    """A run of German number words: one ("sechzehntausend"), or one and a scale word
    ("fünfzig Tausend", "zwei hundert")."""
    if len(words) == 1:
        return german_word(words[0])
    if len(words) == 2 and words[1] in ("tausend", "hundert"):
        head = german_word(words[0])
        scale = 1000 if words[1] == "tausend" else 100
        if head is None or head >= scale:
            return None
        return head * scale
    return None


_FRACTION_COUNTS: Final = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4}
_FRACTION_PARTS: Final = {
    "tiers": 3, "quart": 4, "quarts": 4, "cinquième": 5, "cinquièmes": 5, "dixième": 10,
    "dixièmes": 10,
}  # fmt: skip
_FRACTION: Final = regex(
    r"(?<![\w-])(?i:(un|une|deux|trois|quatre)[ \t\u00a0]+"
    r"(tiers|quarts?|cinquièmes?|dixièmes?))(?![\w-])"
    r"|(?<![\w-])(?i:la)[ \t\u00a0]+(?i:(moitié))(?![\w-])"
)


#: French "x sur y", both in words, with at most two words between them naming what is
#: counted: "un soldat sur dix", "une personne sur cinq", "trois déserteurs sur dix", "un
#: sur trois". Digits ("1 sur 10") are left as the two numbers they are, as in German.
_ONE_IN: Final = regex(
    r"(?<![\w-])(?P<x>(?i:une?|deux|trois|quatre|cinq|six|sept|huit|neuf))"
    r"(?:[ \t\u00a0]+[^\W\d_][\w-]*){0,2}?[ \t\u00a0]+(?i:sur)[ \t\u00a0]+"
    r"(?P<y>(?i:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|vingt|cent))"
    r"(?![\w-]|[ \t\u00a0]+(?i:mille|cents?|millions?)(?!\w))"  # "un sur dix mille"
)


def _x_sur_y(text: str) -> list[tuple[int, int, float]]:
    """The French shares "un soldat sur dix" (1/10) of ``text``: (start, end, value)."""
    out = []
    for m in _ONE_IN.finditer(text):
        between = text[m.end("x") : m.start("y")].split()[:-1]  # the words before "sur"
        if any(w.casefold() in _FRENCH_SMALL or w.casefold() == "sur" for w in between):
            continue  # "un sur deux sur trois": not one share
        x, y = _FRENCH_SMALL[m["x"].casefold()], m["y"].casefold()
        of = 100 if y == "cent" else _FRENCH_SMALL[y]
        if 0 < x < of:
            out.append((m.start(), m.end(), x / of))
    return out


def fractions(text: str) -> list[tuple[int, int, float]]:
    """The shares written in words in ``text`` (German or French): (start, end, value) of
    German's (:func:`desertcheck.quantity.german_words.shares`: "zwei Drittel", "die
    Hälfte", "jeder zehnte", "drei von zehn") and French "les deux tiers", "un quart", "la
    moitié" (the half's word only, 1/2), "un soldat sur dix" (1/10)."""
    out = german_shares(text) + _x_sur_y(text)
    for m in _FRACTION.finditer(text):
        if m[3]:
            out.append((m.start(3), m.end(3), 0.5))
            continue
        count = _FRACTION_COUNTS[m[1].casefold()]
        part = _FRACTION_PARTS[m[2].casefold()]
        if count < part:
            out.append((m.start(), m.end(), count / part))
    return sorted(out)
