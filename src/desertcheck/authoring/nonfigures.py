"""Numbers a source writes that count nothing, for ``scan``: a number word made part of a
compound adjective ("a two-bedroom home", "a three-year plan"), telephone numbers
("999 calls", "dial 111", "0800 123 4567"), the top of a scale ("7.8 out of 10"), and a
year that names a kind of year ("the 2024 school year"). Each rule is a shape of the text
around the figure, never a list of sources; the reason it gives is shown with the excluded
figure."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desertcheck.quantity import Quantity

#: after a number word: "-bedroom home", "-year plan", "-storey block": a compound adjective
#: before its noun (the hyphenated word, then a space and a word)
_COMPOUND = re.compile(r"-(?P<word>[^\W\d_]+(?:-[^\W\d_]+)*)[ \t]+[^\W\d_]")
#: after a number word's hyphen, a figure said roughly or a ratio, not an adjective:
#: "twenty-odd", "forty-ish", "a thirty-fold rise"
_NOT_AN_ADJECTIVE = frozenset({"odd", "ish", "plus", "something", "some", "fold"})
#: emergency and service numbers of three digits: 999 and 111 (UK), 101 (UK police non
#: emergency), 911 (North America), 112 (EU)
_SERVICE_NUMBERS = frozenset({"999", "111", "101", "911", "112"})
#: before a telephone number: "dial 999", "call 111", "ring 101", "NHS 111", "phone:"
_DIALLED = re.compile(
    r"(?i:\b(?:dial(?:l?ed|l?ing|s)?|call(?:ed|ing|s)?|ring(?:ing|s)?|rang|phone[ds]?|tel\.?"
    r"|telephone[ds]?|text(?:ed|ing)?|hotline|helpline|NHS))[ \t:]*\Z"
)
#: after a service number, a noun it names: "a 999 call", "the 111 service", "101 line"
_SERVICE_AFTER = re.compile(
    r"[ \t]+(?i:call|call-handl\w*|call[ \t]+handl\w*|line|number|service|operator|emergency)\b"
)
#: "999 calls" is the emergency line's calls after a determiner or preposition ("of 999
#: calls", "the 999 calls"), a count of calls after a verb ("took 999 calls")
_CALLS = re.compile(r"[ \t]+(?i:calls|callers|lines|services|operators)\b")
_DETERMINER = re.compile(
    r"(?i:\b(?:of|the|a|an|all|every|to|for|most|these|those|their|its|our|non)|%)[ \t]*\Z"
)
#: a telephone number in digit groups: "0800 123 4567", "+44 20 7946 0958", "(020) 7946-0958"
_PHONE = re.compile(
    r"(?<![\w.,])(?:\+[0-9]{1,3}[ \t.-]?(?:\(0\)[ \t]?)?|\(0[0-9]{1,4}\)[ \t.-]?|0(?=[0-9]))"
    r"[0-9]{1,5}(?:[ \t.-][0-9]{2,5}){1,4}(?![\w]|[.,][0-9])"
)
_PHONE_DIGITS = 9  # a telephone number has at least this many digits
#: after a year: the kind of year it names ("the 2024 school year", "the 2023 fiscal
#: year"): a period, not a count of schools
_NAMED_YEAR = re.compile(
    r"[ \t]+(?i:school|academic|fiscal|financial|tax|calendar|budget|model|crop|marketing"
    r"|business|reporting)[ \t]+(?i:years?)\b"
)


#: before the top of a scale: a figure and "out of" ("rated 7.8 out of 10", "4.5 out of 5")
_OUT_OF = re.compile(r"(?<![\w.,])[0-9]+(?:[.,][0-9]+)?[ \t]+(?i:out[ \t]+of)[ \t]+\Z")


def not_a_count(text: str, q: Quantity) -> str | None:
    """Why figure ``q`` of ``text`` counts nothing (a compound adjective's number word, a
    telephone number, the top of a scale), or None."""
    written = " ".join(q.text.split())
    if written.isdigit() and (m := _OUT_OF.search(text, max(0, q.start - 30), q.start)):
        return f"the top of the scale of “{m.group()}{written}”, not a count"
    if written.isalpha() and (m := _COMPOUND.match(text, q.end)):
        if m["word"].lower() in ("year-old", "years-old", "month-old", "week-old"):
            return None  # an age: the age rule says it
        if m["word"].lower() in _NOT_AN_ADJECTIVE:
            return None  # "twenty-odd soldiers", "a thirty-fold rise": a figure, a ratio
        noun = re.match(r"\S+[ \t]+[^\W\d_]+", text[q.start : q.start + 60])
        said = noun.group() if noun else written
        return f"a number word in a compound adjective (“{said}”): a kind, not a count"
    year = written.isdigit() and len(written) == 4 and written[:2] in ("19", "20")
    if year and (named := _NAMED_YEAR.match(text, q.end)):
        return f"the year of “{written}{named.group()}”: a period, not a count"
    if written in _SERVICE_NUMBERS:
        before = text[max(0, q.start - 30) : q.start]
        plural = _CALLS.match(text, q.end) and _DETERMINER.search(before)
        if _DIALLED.search(before) or _SERVICE_AFTER.match(text, q.end) or plural:
            return f"the telephone number {written} (an emergency or service line), not a count"
    if written.isdigit():
        lo = max(0, text.rfind("\n", 0, q.start) + 1, q.start - 30)
        for m in _PHONE.finditer(text, lo, q.end + 30):
            digits = sum(c.isdigit() for c in m.group())
            if m.start() <= q.start and q.end <= m.end() and digits >= _PHONE_DIGITS:
                return f"part of the telephone number {m.group()}, not a count"
    return None


_YEARS = re.compile(r"(?i:[ \t]*(?:-[ \t]*)?years?)\b")
#: after a span of years: it dates the sentence ("more than three years after the
#: invasion", "two years into the war"), it counts nothing
_SPAN_AFTER = re.compile(r"[ \t]+(?i:after|into|on[ \t]+from|since)\b")
#: before a span of years: the most a law allows ("up to 15 years", "punishable by ten
#: years", "a maximum penalty of five years", "raised the maximum from five to ten years")
_MAXIMUM_BEFORE = re.compile(
    r"(?i:\b(?:up[ \t]+to|maximum|max\.|punishable[ \t]+by|penalty[ \t]+of|at[ \t]+most))\b"
)


def years_not_counted(text: str, q: Quantity) -> str | None:
    """Why a span of years counts nothing: a legal maximum ("up to 15 years in prison"),
    or the time since an event that dates the sentence ("three years after the invasion").
    A court's sentence ("sentenced to six years") and a duration measured stay figures.
    Scan's rule only: a registry may check penalties, and audit reads them as figures."""
    years = _YEARS.match(text, q.end) if q.unit in (None, "year", "years") else None
    if years is None:
        return None
    written = " ".join(text[q.start : years.end()].split())
    if _SPAN_AFTER.match(text, years.end()):
        return f"a span of time that dates the sentence (“{written} after”), not a statistic"
    lo = max(0, text.rfind(".", 0, q.start) + 1, q.start - 60)
    if _MAXIMUM_BEFORE.search(text, lo, q.start):
        return (
            f"the most a law allows (“{written}”), not a count: register it with add claim "
            "if the registry checks penalties"
        )
    return None
