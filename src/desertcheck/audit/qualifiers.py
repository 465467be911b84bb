"""Qualifiers by meaning: the words around a figure read onto the qualifier set, and the
figures the parser reads in parts put together.

The quantity parser reads the common qualifier words (``over``, ``about``, ``up to``...).
Audit reads a few more, from the words right before the figure, when the parser left it
``exactly`` (the table is :data:`QUALIFIER_WORDS`, documented in docs/audit.md):

* ``a maximum (sentence|penalty|term) of 15`` is ``up to 15``; ``no more than`` too;
* ``in excess of``, ``upwards of``, ``north of``, ``50,000-plus`` are ``over``;
* ``exceed`` (``exceeds``, ``превышает``...) is ``over``, before any figure; ``pass``,
  ``surpass``, ``top`` (``passed``, ``tops``...) before a round figure (two significant
  digits at most: a mark, "courts pass 20,000 cases") too;
* ``no fewer than``, ``no less than`` are ``at least``;
* ``just under``, ``close to``, ``short of``, ``the best part of``, ``near enough``, ``nigh
  on`` and a note's ``nr`` are ``nearly``; a note's ``abt``, and ``rounded`` ("a rounded one in
  ten"), are ``about``;
* ``a record``, ``a total of``, ``exactly`` say nothing of the figure's precision: exactly;
* after the figure (or its unit word): ``at most``, ``maximum`` are ``up to``; ``at
  least``, ``minimum`` are ``at least`` ("five years at most"); ``, roughly``, ``or so``
  are ``about``; ``, nearly`` and ``, almost`` closing the clause are ``nearly`` ("Moscow
  for 7,780, nearly;").

A claim that states a maximum (its measure names one: ``awol-max-sentence``) is stated as
well by ``up to 10`` as by ``10`` (:func:`maximum_claim`): "up to ten years" and "a
maximum of ten years" are one statement.

Figures in words the parser leaves short of their multiplier (``thirteen and a half``
with ``thousand`` read as its unit) are multiplied out, and ``between seven hundred and
eight hundred`` (read by the parser as 708 hundred) is the range it says
(:func:`at_boundary`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, Final

from desertcheck.audit.flattened import hedge_over_heading
from desertcheck.audit.precision import digit_step
from desertcheck.compiled import regex

if TYPE_CHECKING:
    from desertcheck.model import Claim
    from desertcheck.quantity import Quantity

#: (qualifier, the words right before a figure that give it).
QUALIFIER_WORDS: Final = (
    (
        "up-to",
        r"(?:a\s+)?maximum\s+(?:(?:prison\s+)?(?:sentence|penalty|term)\s+)?of|"
        r"no\s+more\s+than|not\s+more\s+than|at\s+the\s+most",
    ),
    (
        "over",
        r"in\s+excess\s+of|upwards\s+of|north\s+of|well\s+over|just\s+over|"
        # "exceeds 3,050" (of any figure: a count that exceeds it is over it), "превышает"
        # (not after a negation: "did not exceed 13,500" is at most that)
        r"(?<!not\s)(?<!n't\s)(?<!never\s)"
        r"(?:exceed(?:s|ed|ing)?|превыша(?:ет|ют|л|ло|ла)|превысил[аио]?)(?:\s+the)?",
    ),
    ("at-least", r"no\s+fewer\s+than|no\s+less\s+than|not\s+less\s+than|a\s+minimum\s+of"),
    (
        "nearly",
        r"just\s+under|close\s+to|short\s+of|the\s+best\s+part\s+of|just\s+shy\s+of|"
        r"near\s+enough|nigh\s+on|(?-i:nr)\.?",
    ),
    # "rounded" as an adjective ("a rounded one in ten", "rounded to 16,000"), not after
    # "not", nor the verb "rounded up 1,010 soldiers"
    ("about", r"abt\.?|(?<!not\s)(?:a\s+)?rounded(?:\s+(?:down\s+)?to|(?=\s+(?:one|a)\b))?"),
)
_BEFORE: Final = tuple(
    (qualifier, regex(rf"\b(?:{words})\s*\Z", re.IGNORECASE))
    for qualifier, words in QUALIFIER_WORDS
)
#: A verb of passing a mark, before a round figure (two significant digits at most): "over".
#: ("passed 848 verdicts" hands them down; "the top 10" is no mark.)
_MILESTONE: Final = regex(
    r"\b(?:pass|passes|passed|surpass|surpasses|surpassed|tops|topped)\s+(?:the\s+)?\Z",
    re.IGNORECASE,
)
#: (qualifier, the words right after a figure, or after its unit word, that give it):
#: "five years at most", "ten years maximum", "three years at the least".
_AFTER: Final = (
    ("up-to", regex(r"\A\s*(?:[a-z]+\s+)?(?:at\s+(?:the\s+)?most|maximum|max)\b", re.I)),
    ("at-least", regex(r"\A\s*(?:[a-z]+\s+)?(?:at\s+(?:the\s+)?least|minimum)\b", re.I)),
    # "Two hundred thousand recruited, roughly, since '23", "some 600 or so": about; not
    # before another figure ("30 cases, roughly half of them")
    (
        "about",
        regex(
            r"\A\s*(?:[a-z]+\s*)?,?\s*(?:(?:roughly|approximately)(?!\s+(?:half|a|an|one|two|"
            r"three|four|five|six|seven|eight|nine|ten|\d)\b)|or\s+so)\b",
            re.I,
        ),
    ),
    # an afterthought, set off by a comma and closing its clause: "Moscow for 7,780,
    # nearly;", "some 3,380 cases, almost." (not "7,780, nearly all of them"); after a
    # digest's label of up to three words set off by a dash: "7,780 — Moscow district,
    # nearly;"
    (
        "nearly",
        regex(
            r"\A\s*(?:[a-z]+\s*|[—–]\s*(?:[a-z]+\s+){0,2}[a-z]+\s*)?,\s*(?:nearly|almost)"
            r"\s*(?=[,;.:)!?—–\n]|\Z)",
            re.I,
        ),
    ),
)
#: Units the parser gives a figure in words that are its multiplier.
_MULTIPLIERS: Final = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9}
_PLUS: Final = frozenset({"plus", "+"})


def at_boundary(q: Quantity, text: str) -> Quantity:
    """``q`` with the qualifier its words give (see the module's docstring) and a
    multiplier the parser took for its unit multiplied out; ``text`` is the draft."""
    unit = (q.unit or "").casefold()
    both = _both_ends(q, text)
    if both is not None:
        return both
    q = _shared_multiplier(q)
    if unit in _MULTIPLIERS and q.high < 1000:
        factor = _MULTIPLIERS[unit]
        word = re.match(rf"\s*{unit}s?\b", text[q.end :], re.IGNORECASE)
        end = q.end + (word.end() if word else 0)
        q = replace(
            q,
            low=q.low * factor,
            high=q.high * factor,
            unit=None,
            end=end,
            text=text[q.start : end],
        )
    elif unit in _PLUS:
        return replace(q, qualifier="over", unit=None)
    if q.qualifier != "exactly" or q.is_range:
        return q
    before = text[max(0, q.start - 60) : q.start]
    for qualifier, pattern in _BEFORE:
        if pattern.search(before):
            return replace(q, qualifier=qualifier)
    over_heading = hedge_over_heading(text, q.start)  # "nearly\nDISTRICT BREAKDOWN\n22,580"
    if over_heading is not None:
        return replace(q, qualifier=over_heading)
    if _MILESTONE.search(before) and len(digit_step(q.low)[1]) <= 2:
        return replace(q, qualifier="over")  # "courts pass 20,000 cases": a milestone
    after = text[q.end : q.end + 40]
    for qualifier, pattern in _AFTER:
        if pattern.match(after):
            return replace(q, qualifier=qualifier)
    return q


_LAST_WORD: Final = regex(r"([a-z]+)\W*\Z", re.IGNORECASE)
#: A range in digits whose thousands are written once, after its second end: "40-45,000",
#: "15–20.000" (the parser reads 40 to 45,000).
_THOUSANDS_AFTER: Final = regex(r"\d{1,3}\s*[-–—]\s*\d{1,3}[,. ]000")


def _shared_multiplier(q: Quantity) -> Quantity:
    """A range in words whose multiplier is written once, after its second end: "between
    seven and eight hundred" is 700-800 (the parser reads 7-800), "from two to three
    hundred" 200-300, and in digits "40-45,000" is 40,000-45,000. The first end takes the
    multiplier when, without it, it is under it and, with it, still under the second end."""
    last = _LAST_WORD.search(q.text) if q.is_range else None
    factor = _MULTIPLIERS.get(last.group(1).casefold(), 0.0) if last else 0.0
    if q.is_range and _THOUSANDS_AFTER.fullmatch(q.text):  # "40-45,000": 40,000-45,000
        factor = 1e3
    if not factor or not 0 < q.low < factor or q.low * factor >= q.high:
        return q
    return replace(q, low=q.low * factor)


_BETWEEN_BEFORE: Final = regex(r"\bbetween\s+\Z", re.IGNORECASE)
_AND_WORDS: Final = regex(r"\A(?P<low>.+?)\s+and\s+(?P<high>[a-z-]+)\Z", re.IGNORECASE)


def _both_ends(q: Quantity, text: str) -> Quantity | None:
    """ "between seven hundred and eight hundred", which the parser reads as 708 hundred:
    a range from the first words to the second, each with its multiplier."""
    unit = (q.unit or "").casefold()
    m = _AND_WORDS.match(q.text)
    if unit not in _MULTIPLIERS or m is None:
        return None
    between = _BETWEEN_BEFORE.search(text, max(0, q.start - 20), q.start)
    word = re.match(rf"\s*{unit}s?\b", text[q.end :], re.IGNORECASE)
    if between is None or word is None:
        return None
    from desertcheck.quantity import parse_quantities

    low = parse_quantities(m["low"])
    high = parse_quantities(f"{m['high']} {unit}")
    if len(low) != 1 or len(high) != 1 or low[0].high >= high[0].low:
        return None
    start, end = between.start(), q.end + word.end()
    return replace(
        q,
        low=low[0].low,
        high=high[0].high,
        qualifier="between",
        unit=None,
        start=start,
        end=end,
        text=text[start:end],
    )


#: Qualifier words a table's column header or row gives its bare cells: "Cases (approx.)".
HEADER_QUALIFIERS: Final = (
    (
        "about",
        r"approx\.?|approximately|about|around|roughly|estimated|estimate|est\.|circa|ca\.|~|"
        r"rounded|округл\w*|заокругл\w*|"
        r"около|примерно|прибл\.?|близько|приблизно",
    ),
    ("over", r"over|more\s+than|above|in\s+excess\s+of|>|более|свыше|больше|понад|більше"),
    ("at-least", r"at\s+least|min\.|minimum|no\s+fewer\s+than|не\s+менее|щонайменше|принаймні"),
    ("up-to", r"up\s+to|at\s+most|max\.|no\s+more\s+than|не\s+более|щонайбільше"),
    ("nearly", r"nearly|almost|just\s+under|почти|майже"),
)
_HEADER_QUALIFIER: Final = tuple(
    # not after a negation: "Cases (exact, not rounded)", "not more than" is up to
    (qualifier, regex(rf"(?<!\w)(?<!not\s)(?<!non-)(?:{words})(?!\w)", re.IGNORECASE))
    for qualifier, words in HEADER_QUALIFIERS
)


def header_qualifier(text: str) -> str | None:
    """The qualifier a table header or row says of its cells ("Cases (approx.)": about),
    or None when it says none."""
    for qualifier, pattern in _HEADER_QUALIFIER:
        if pattern.search(text):
            return qualifier
    return None


#: A claim's qualifier that states a lower bound ("well over" overstates it).
LOWER_BOUNDS: Final = frozenset({"over", "at-least"})

#: Emphasis right before a lower bound: "well over", "far more than", "way above" (more
#: than a claim's own "over" says).
EMPHATIC: Final = regex(
    r"\b(?:well|far|way|much|significantly|substantially|considerably|greatly)\s+\Z",
    re.IGNORECASE,
)

#: A claim's qualifier that a bare table cell drops, as tables do: a lower bound or a hedge
#: ("over 3,050", "nearly 22,580", "about 1,000"); not a maximum's "up to", which a cell
#: of a column of maximum terms carries in its header or not at all.
TABLE_DROPS: Final = frozenset({"over", "at-least", "nearly", "about"})


def maximum_claim(claim: Claim) -> bool:
    """Whether ``claim`` states a maximum (its measure says so)."""
    return "max" in claim.measure.split("-") or "maximum" in claim.measure.split("-")


def qualifier_fits(stated: str, claim: Claim) -> bool | None:
    """True when ``stated`` states a maximum ``claim`` as well as its own qualifier does
    ("up to 10" for a maximum of 10); None: the general rule decides."""
    if maximum_claim(claim) and {stated, claim.qualifier} <= {"exactly", "up-to"}:
        return True
    return None
