"""German numbers written in words, and German shares: read by audit in German drafts
(:mod:`desertcheck.audit.continental_numbers`) and by verify in German sources
(:func:`desertcheck.quantity.parse_quantities`).

German writes a number below a million as one word, its parts in a fixed order
(:func:`german_word`): thousands ("…tausend"), hundreds ("…hundert"), then the units
before the tens, joined by "und" ("dreiundzwanzig").

A share in words (:func:`shares`) is read as English "two-thirds" and "one in ten" are:

* a fraction: "ein Drittel", "zwei Drittel", "drei Viertel", "ein Fünftel", "ein
  Zehntel", "die Hälfte" (the half's word only);
* every n-th: "jeder zehnte", "jede vierte", "jedes Zweite", "jeden Fünften" (1/n);
* x of y, both in words, y up to a hundred: "drei von zehn", "einer von fünf", "neun von
  zehn". Digits ("3 von 10") are left as the two numbers they are.

A qualifier before one ("fast jeder zehnte", "knapp ein Drittel") is read as before any
figure of a German text (:mod:`.german`).
"""

from __future__ import annotations

from typing import Final

from desertcheck.compiled import regex

_GERMAN_UNITS: Final = {
    "ein": 1, "eins": 1, "eine": 1, "zwei": 2, "zwo": 2, "drei": 3, "vier": 4, "fünf": 5,
    "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12,
    "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15, "sechzehn": 16, "siebzehn": 17,
    "achtzehn": 18, "neunzehn": 19,
}  # fmt: skip
_GERMAN_TENS: Final = {
    "zwanzig": 20, "dreißig": 30, "vierzig": 40, "fünfzig": 50, "sechzig": 60,
    "siebzig": 70, "achtzig": 80, "neunzig": 90,
}  # fmt: skip
#: The units before "und" and a ten: "ein" (einundzwanzig) to "neun".
_GERMAN_UNIT_BEFORE_TEN: Final = {w: n for w, n in _GERMAN_UNITS.items() if n < 10 and w != "eine"}


def _german_below_hundred(word: str) -> int | None:
    if word in _GERMAN_UNITS:
        return _GERMAN_UNITS[word]
    if word in _GERMAN_TENS:
        return _GERMAN_TENS[word]
    unit, und, ten = word.partition("und")
    if und and unit in _GERMAN_UNIT_BEFORE_TEN and ten in _GERMAN_TENS:
        return _GERMAN_UNIT_BEFORE_TEN[unit] + _GERMAN_TENS[ten]
    return None


def _german_below_thousand(word: str) -> int | None:
    before, hundred, after = word.partition("hundert")
    if not hundred:
        return _german_below_hundred(word)
    head = 1 if before in ("", "ein") else _GERMAN_UNITS.get(before)
    if head is None or head > 9:
        return None
    after = after.removeprefix("und")
    tail = _german_below_hundred(after) if after else 0
    return None if tail is None else head * 100 + tail


def german_word(word: str) -> int | None:
    """The number a German number word (lower case) writes, below a million, else None:
    "sechzehntausend" 16,000, "zweihundertfünfzig" 250, "dreiundzwanzig" 23."""
    before, thousand, after = word.partition("tausend")
    if not thousand:
        return _german_below_thousand(word)
    head = 1 if before in ("", "ein") else _german_below_thousand(before)
    tail = _german_below_thousand(after.removeprefix("und")) if after else 0
    if head is None or tail is None:
        return None
    return head * 1000 + tail


#: Ordinals whose stem is not the number's word ("dritte", not "dreite").
_ORDINALS: Final = {"erste": 1, "dritte": 3, "siebte": 7, "achte": 8}


def _ordinal(word: str) -> int | None:
    """The number a German ordinal word writes, in any of its endings: "zehnte",
    "Zehnten" 10, "zwanzigste" 20, "hundertste" 100, "dritte" 3; else None."""
    w = word.casefold()
    if w[-2:] in ("en", "er", "es", "em"):
        w = w[:-1]
    if w in _ORDINALS:
        return _ORDINALS[w]
    if not w.endswith("te"):
        return None
    if w.endswith("ste") and (n := german_word(w[:-3])) is not None:
        return n  # "zwanzigste", "hundertste"
    return german_word(w[:-2])  # "zehnte", "vierte", "sechste"


_FRACTION_COUNTS: Final = {
    "ein": 1, "eine": 1, "einem": 1, "einen": 1, "zwei": 2, "drei": 3, "vier": 4,
}  # fmt: skip
_FRACTION_PARTS: Final = {"drittel": 3, "viertel": 4, "fünftel": 5, "zehntel": 10}
_SPACE = r"[ \t\u00a0]+"
_SHARE: Final = regex(
    rf"(?<![\w-])(?i:(?P<count>ein|eine|einem|einen|zwei|drei|vier){_SPACE}"
    r"(?P<part>drittel|viertel|fünftel|zehntel))(?:n|s)?(?![\w-])"
    rf"|(?<![\w-])(?i:die|der){_SPACE}(?P<half>(?i:hälfte))(?![\w-])"
    rf"|(?<![\w-])(?i:jede[rsnm]?){_SPACE}(?P<nth>[^\W\d_]+)(?![\w-])"
    rf"|(?<![\w-])(?P<x>[^\W\d_]+){_SPACE}(?i:von){_SPACE}(?P<y>[^\W\d_]+)(?![\w-])"
)
#: "einer von zehn": a count of one before "von".
_ONE: Final = frozenset({"ein", "eine", "einer", "eines", "einem", "einen", "eins"})


def shares(text: str) -> list[tuple[int, int, float]]:
    """The shares written in German words in ``text``: (start, end, value), in order (see
    the module's docstring)."""
    out: list[tuple[int, int, float]] = []
    pos = 0
    while (m := _SHARE.search(text, pos)) is not None:
        pos = m.end()
        if m["half"]:
            out.append((m.start("half"), m.end("half"), 0.5))
        elif m["part"]:
            parts = _FRACTION_COUNTS[m["count"].casefold()]
            whole = _FRACTION_PARTS[m["part"].casefold()]
            if parts < whole:
                out.append((m.start(), m.end(), parts / whole))
        elif m["nth"]:
            n = _ordinal(m["nth"])
            if n is not None and 2 <= n <= 1000:
                out.append((m.start(), m.end(), 1 / n))
        else:
            x = m["x"].casefold()
            count = 1 if x in _ONE else german_word(x)
            of = german_word(m["y"].casefold())
            if count is not None and of is not None and 0 < count < of <= 100:
                out.append((m.start(), m.end(), count / of))
            else:  # "Angaben von einer von fünf": the pair may start at its second word
                pos = m.start("y")
    return out
