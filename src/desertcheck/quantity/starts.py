"""Where the parser's two big patterns can match, found by cheap scans, so that the patterns
run only there.

:data:`~.patterns.MASTER_RE` (every figure) and :data:`~.patterns.EXCLUDE_RE` (the spans
that are never figures) start with look-arounds, so Python's engine tries them at every
position of a text, and at every word start tries dozens of case-blind alternatives: some
150 ns a character. Each scan here starts with a class of characters, which the engine
skips to in a tight loop: at each character found it tests, by look-arounds, whether the
pattern can match there or at the next character (a word start after a space). It finds
every place where its pattern can match, and a few where it cannot; the pattern is matched
at those places only, in the order :meth:`re.Pattern.finditer` reaches them, so the
matches are the ones ``finditer`` gives (``tests/test_quantity_starts.py`` holds the two
equal on random texts, and every place the pattern matches found by its scan). Where the
scan knows the place starts with a digit, or with a word, a pattern of the forms that can
start so is matched.

The scan for a figure reads the text in lower case with plain letters, which the engine
skips on their first character, where the pattern reads the words case-blind. The two
agree on every character but a few that Unicode folds onto a letter they are not the lower
case of (``ſ`` onto ``s``, ``ᲃ`` onto ``с``): a text with one of those is read by the
pattern itself.
"""

from __future__ import annotations

import re
from typing import Final

from desertcheck.compiled import regex
from desertcheck.quantity import ukrainian
from desertcheck.quantity.patterns import (
    EXCLUDE_RE,
    EXCLUDE_WORDS,
    MASTER_RE,
    MAY_HOLD_RE,
    gate,
    gate_words,
    master,
)

_FRACTIONS: Final = "½¼¾⅓⅔⅕⅛"
#: Characters that the case-blind patterns read as a letter of a word a figure starts with
#: that are not that letter in lower case, and the one character whose lower case is two
#: (``tests/test_quantity_starts.py`` lists them from Python's own engine).
_FOLDED_RE: Final = regex("[\u0130\u0131\u017f\u1c80-\u1c88\u1e9e\u2126\u212a\u212b]")


def _scan(hits: str, here: str, after: str, both: bool = True) -> re.Pattern[str]:
    """A scan for the characters of the class ``hits`` where the pattern may match
    (``here``) or may match at the next character (``after``), each a condition on the
    character found and around it; the match's last group says which held (``both``: the
    two may hold at one character)."""
    if not both:
        return regex(rf"{hits}(?:(?:{here})(?P<here>)|(?:{after})(?P<after>))")
    return regex(
        rf"{hits}(?:(?:{here})(?:(?:{after})(?P<both>)|(?P<here>))|(?:{after})(?P<after>))"
    )


# A word a figure starts with, in the lower-case text, after a character that is neither
# a letter, a digit nor a hyphen (its first letter tested first: most words fail there).
_INITIALS: Final = "".join(sorted({w[0] for w in gate_words()}))
_GATE_AFTER: Final = rf"(?=[{_INITIALS}])(?={gate(lowered=True)})(?<=[^\w-])"
#: Where :data:`~.patterns.MAY_HOLD_RE` matches, in the lower-case text: a digit of any
#: script, a vulgar fraction or a word a figure starts with.
_HOLD_SCAN: Final = _scan(r"[^a-z_\-]", rf"(?<=[\d{_FRACTIONS}])", _GATE_AFTER, both=False)
#: Every place :data:`~.patterns.MASTER_RE` can match, in the lower-case text: the first
#: digit of a number (its digits may follow a letter: "USD100"), a fraction after no digit,
#: a word a figure starts with.
_MASTER_SCAN: Final = _scan(
    r"[^a-z_\-]", rf"(?<=[0-9{_FRACTIONS}])(?<![0-9].)", _GATE_AFTER, both=False
)
#: :data:`~.patterns.MASTER_RE` where the scan found a digit or a fraction: the forms that
#: start with one.
_MASTER_HERE: Final = regex(
    master(("one_in", "and_a_half", "slash", "vulgar"), rf"[0-9{_FRACTIONS}]", digit=True)
)
#: :data:`~.patterns.MASTER_RE` where the scan found a word a figure starts with: the forms
#: that start with a word.
_MASTER_AFTER: Final = regex(
    master(("vague", "ru_fraction", "one_in", "half_a", "dozen", "fraction", "half", "wordnum"), "")
)

_HS: Final = "[ \t\u00a0\u202f\u2009]"
# What the digits of a number that starts a word go on with in a span left out: a date, a
# time, a phone number, a host, an address, a list number.
_DIGITS_GO_ON: Final = (
    r"[0-9](?:[0-9]*+(?:[-–./:)@_+(]|[^\W\d_])"
    rf"|[0-9]{{0,2}}+{_HS}*\(|[0-9]?+{_HS}+[^\W\d_])"
)
# What the letters that start a word go on with in a link, a host, an address or a code;
# and a reference or a Russian month and year (the pattern itself, where a number follows).
_LETTERS_GO_ON: Final = (
    r"[^\W\d_][a-zA-Z]*+[^\W\d_]*+(?:[@\d_]|://|\.(?=\S)|(?<=[wW])\.)"
    # a host or an address with a hyphen, which starts after no "." or "-" (so that a run
    # like "a-a-a-…" is read once, not from each of its words)
    r"|(?<![.-])[^\W\d_][a-zA-Z]*+[^\W\d_]*+-[\w-]*+[.@+]"
    # the first letters of a reference (as the pattern has them) and of a Russian or
    # Ukrainian month (any case, and the forms Unicode folds onto them)
    rf"|(?=[ACFNPRSacfnprsсчпгяфмаиондЯФМАИСОНД{ukrainian.MONTH_INITIALS}\u1c80-\u1c88])"
    rf"(?=[a-zA-Z]*+[^\W\d_]*+\.?{_HS}+\d){EXCLUDE_WORDS}"
)
#: The one thing each of :data:`_LETTERS_GO_ON`'s forms needs after a word's letters: one
#: of ``@ _ : . -``, a digit, or spaces and a digit. Tested first, in one read of the word,
#: so that a word followed by none (most words) is not read again by each form.
_LETTERS_THEN: Final = rf"(?=[^\W\d_][a-zA-Z]*+[^\W\d_]*+(?:[@\d_:.\-]|{_HS}+\d))"
#: Every place :data:`~.patterns.EXCLUDE_RE` can match. At the next character: a word that
#: starts with ``_``, ``§``, ``№`` or ``+``, or whose digits or letters go on as in a span
#: left out (a reference or a Russian month and year: the pattern itself); a line that starts
#: with a list number or a heading. Here: a capital word before spaces and a digit (a month:
#: "readDec 9"), a bracket or caret before what a link target or footnote goes on with.
_EXCLUDE_SCAN: Final = _scan(
    r"[^a-z0-9_]",
    r"(?<=[A-Z\](^\[])(?:"
    rf"(?<=[A-Z])(?=[a-z]*+\.?{_HS}+\d)|(?<=\])(?=\()|(?<=\^)(?=[{{\[\d])|(?<=[\[(])(?=\d))",
    rf"(?<=\W)(?={_LETTERS_THEN}(?:{_LETTERS_GO_ON})|[_§№+]|{_DIGITS_GO_ON}|(?<=\n)[ \t>*#\-])",
)


def folded(text: str) -> bool:
    """Whether ``text`` has a character that the case-blind patterns read otherwise than its
    lower case."""
    return not text.isascii() and _FOLDED_RE.search(text) is not None


def _lowered(text: str) -> str | None:
    """``text`` in lower case after a line break, when the scans of the lower-case text read
    it as the case-blind patterns read ``text``; else None. Kept for the last text asked
    (:func:`may_hold` and :func:`master_matches` ask for each text in turn)."""
    global _last_lowered
    said, lowered = _last_lowered
    if said is not text:
        lowered = None if folded(text) else "\n" + text.lower()
        _last_lowered = (text, lowered)
    return lowered


_last_lowered: tuple[str | None, str | None] = (None, None)


def may_say(text: str, word: str) -> bool:
    """False when ``text`` cannot hold ``word`` in any case: ``word`` is in lower case, of
    letters that no other character matches case-blind, as ``p``, ``e`` and ``r`` (the tests
    hold it for every character Unicode has). Reads the lower-case text kept for the last
    text asked, so that a pattern searched case-blind over the whole text is searched only
    in a text that has its word."""
    lowered = _lowered(text)
    return lowered is None or word in lowered


def may_hold(text: str) -> bool:
    """Whether :data:`~.patterns.MAY_HOLD_RE` finds anything in ``text``."""
    lowered = _lowered(text)
    if lowered is None:
        return MAY_HOLD_RE.search(text) is not None
    return _HOLD_SCAN.search(lowered) is not None


def master_matches(text: str) -> list[re.Match[str]]:
    """``list(MASTER_RE.finditer(text))``, the pattern tried only where it can match."""
    lowered = _lowered(text)
    if lowered is None:
        return list(MASTER_RE.finditer(text))
    return _matches((_MASTER_HERE, _MASTER_AFTER, MASTER_RE), _MASTER_SCAN, text, lowered)


def exclude_matches(text: str) -> list[re.Match[str]]:
    """``list(EXCLUDE_RE.finditer(text))``, the pattern tried only where it can match."""
    return _matches((EXCLUDE_RE,) * 3, _EXCLUDE_SCAN, text, "\n" + text)


def _matches(
    patterns: tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]],
    scan: re.Pattern[str],
    text: str,
    padded: str,
) -> list[re.Match[str]]:
    """The matches that ``finditer`` of the last of ``patterns`` gives in ``text``, tried in
    order where ``scan`` finds a place in ``padded``: the text after a line break (so that
    its first character starts a line and a word), a hit at ``h`` of the text at ``h + 1``
    there. The first two of ``patterns`` match as the last does where the scan's ``here``
    and ``after`` hold."""
    found: list[re.Match[str]] = []
    here, after, full = patterns
    pos = 0  # places before it are tried or inside a match
    at_hit = 0  # where the next hit is looked for, in the padded text
    while (hit := scan.search(padded, at_hit)) is not None:
        h = hit.start() - 1
        at_hit = h + 2
        kind = hit.lastgroup
        places: tuple[tuple[int, re.Pattern[str]], ...]
        if kind == "here":
            places = ((h, here),)
        elif kind == "after":
            places = ((h + 1, after),)
        else:
            places = ((h, full), (h + 1, full))
        for at, pattern in places:
            if at < pos:
                continue
            m = pattern.match(text, at)
            if m is None:
                pos = at + 1
                continue
            if m.end() == at:  # an empty match, which finditer steps over in its own way
                return list(full.finditer(text))
            found.append(m)
            pos = m.end()
            at_hit = max(at_hit, pos)
            break
    return found
