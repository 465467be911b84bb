"""German sentences and quotes inside any draft, and how a draft's numbers were read.

A draft is guessed German or French as a whole (:func:`desertcheck.audit.language.
unread_language`), which needs a few lines of it; a social post of one sentence, or a
German quote inside an English article („Mehr als 16.000 Soldaten …“), says too little
for that guess. Its words still say German, sentence by sentence: German function words
("der", "wurden", "seit", "wegen"), a German month before a year ("Dezember 2024"), a
quote opened with „. :func:`german_parts` finds those sentences and quotes, and:

* :func:`european_parts` reads a number with a dot before three digits in them as
  thousands ("16.000" is 16,000), as it reads one in a draft guessed German or French as a
  whole, where a single such number is enough (the section's own evidence decides
  otherwise, :mod:`.convention`);
* :func:`desertcheck.audit.continental.read_figures` reads their figures with the German
  words around them ("rund", "fast", "bis Dezember 2024" no figure, number words).

When a number written "5.260" is read as a decimal (5.26: nothing says the draft writes
the European convention), :func:`decimal_note` says so in the message and the
explanation, as :func:`desertcheck.audit.convention.as_written` does for the other way.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from typing import TYPE_CHECKING, Final

from desertcheck.compiled import regex

if TYPE_CHECKING:
    from desertcheck.audit.verdicts import AuditItem


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: German words a sentence of the field writes and an English one does not: articles,
#: pronouns, prepositions, conjunctions, auxiliaries, a few adverbs and the words of
#: time and per cent after a figure (lower case).
GERMAN_WORDS: Final = _words(
    "der die das den dem des ein eine einer einem einen eines und oder aber nicht "
    "mit von vom zum zur für auf im ist sind war waren wurde wurden wird werden hat "
    "haben hatte gab es sich seit wegen bei aus nach als auch noch nur wie über bis "
    "zu laut gegen inzwischen heute bereits dass diese dieser sowie zufolge insgesamt "
    "jahre jahren monate monaten prozent"
)
#: French words a sentence of the field writes and an English one does not (lower case;
#: an elision's letter is a word of its own: "l'armée", "d'après").
FRENCH_WORDS: Final = _words(
    "le la les l d et des du une un est dans pour sur que qu qui au aux ont été sont "
    "ne pas selon depuis plus par avec ce cette ces leur leurs"
)
_WORDS: Final = {"German": GERMAN_WORDS, "French": FRENCH_WORDS}
#: English words that say a sentence is English (lower case).
ENGLISH_WORDS: Final = _words(
    "the of and to that is was for on with by from are were have has this been which"
)
_GERMAN_MONTH_YEAR: Final = regex(
    r"(?<!\w)(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober"
    r"|November|Dezember)[ \t\u00a0]+(?:19|20)[0-9]{2}(?![0-9])"
)
_TOKEN: Final = regex(r"[^\W\d_]+")
#: A quote opened with the German low mark („…“) or French guillemets («…»).
_QUOTES: Final = (
    ("German", regex(r"„([^“”\"\n]{3,}?)[“”\"]")),
    ("French", regex(r"«([^»\n]{3,}?)»")),
)
#: A sentence's end: a full stop, ! or ? before white space, or a line break.
_END: Final = regex(r"[.!?…][ \t\u00a0]+(?=\S)|\n")


def reads_as(piece: str, quoted: str | None = None) -> str | None:
    """German or French when ``piece`` (a sentence or a quote) is written in it: two of
    its words or more, more than twice its English ones and more than the other
    language's (a German month before a year counts as a German word, and a quote's marks,
    ``quoted``, as one of their language); else None."""
    counts = dict.fromkeys(_WORDS, 0)
    english = 0
    for word in _TOKEN.findall(piece.casefold()):
        for lang, words in _WORDS.items():
            counts[lang] += word in words
        english += word in ENGLISH_WORDS
    counts["German"] += sum(1 for _ in _GERMAN_MONTH_YEAR.finditer(piece))
    if quoted:
        counts[quoted] += 1
    lang, hits = max(counts.items(), key=lambda kv: kv[1])
    other = min(counts.values())
    if hits >= 2 and hits > 2 * english and hits > other:
        return lang
    return None


def reads_german(piece: str, quoted: bool = False) -> bool:
    """Whether ``piece`` reads German (:func:`reads_as`)."""
    return reads_as(piece, "German" if quoted else None) == "German"


def _sentences(text: str) -> list[tuple[int, int]]:
    from desertcheck.quantity.german import without_false_stops

    stops = without_false_stops(text)  # "Dez. 2024", "ca. 50": no sentence's end
    out: list[tuple[int, int]] = []
    start = 0
    for m in _END.finditer(stops):
        out.append((start, m.end()))
        start = m.end()
    out.append((start, len(text)))
    return [(a, b) for a, b in out if text[a:b].strip()]


def continental_parts(text: str) -> list[tuple[int, int, str]]:
    """The sentences and quotes of ``text`` that read as German or French (:func:`reads_as`),
    with their language, in order, none overlapping (a quote inside a sentence that reads
    as one language is of that sentence)."""
    if not text.strip():
        return []
    found: list[tuple[int, int, str]] = []
    for a, b in _sentences(text):
        if lang := reads_as(text[a:b]):
            found.append((a, b, lang))
    for lang, pattern in _QUOTES:
        for m in pattern.finditer(text):
            inside = any(a <= m.start() and m.end() <= b for a, b, _ in found)
            if not inside and (said := reads_as(m[1], lang)):
                found.append((m.start(), m.end(), said))
    found.sort()
    out: list[tuple[int, int, str]] = []
    for a, b, lang in found:
        if out and a < out[-1][1]:
            continue  # a quote across sentences' ends: the sentence's
        out.append((a, b, lang))
    return out


def german_parts(text: str) -> list[tuple[int, int]]:
    """The sentences and quotes of ``text`` that read as German."""
    return [(a, b) for a, b, lang in continental_parts(text) if lang == "German"]


#: The languages whose drafts, guessed as a whole, write a dot between thousands.
_DOTTED: Final = ("German", "French", "Romanian", "Danish", "Turkish", "Greek", "Hungarian")


def european_parts(text: str, parts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``parts`` (read in the European convention, :mod:`.convention`) with the German
    sentences and quotes of ``text`` that write a number with a dot before three digits
    and none in the English convention, and, in a draft that reads German, French or
    Romanian as a whole, every section (text between headings) that does."""
    from desertcheck.audit import convention
    from desertcheck.audit.language import unread_language
    from desertcheck.audit.po_drafts import catalogue_parts

    extra: list[tuple[int, int]] = []
    if unread_language(text) in _DOTTED:  # "16.000"
        bounds = [0, *(m.start() for m in convention._HEADING.finditer(text)), len(text)]
        extra += [(a, b) for a, b in itertools.pairwise(bounds) if a < b]
    extra += [(a, b) for a, b, _ in continental_parts(text)]
    extra += catalogue_parts(text)  # a gettext file's German messages
    added = False
    out = list(parts)
    for a, b in extra:
        if any(p <= a and b <= q for p, q in out):
            continue
        eu, en = convention._evidence(text[a:b])
        if eu and not en:
            out.append((a, b))
            added = True
    if not added:
        return parts
    out.sort()
    merged: list[tuple[int, int]] = []
    for a, b in out:
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged


#: A number written with a dot before exactly three digits: "5.260", "16.000".
_DOT_THOUSANDS: Final = regex(r"(?<![\d.,])[0-9]{1,3}\.[0-9]{3}(?![\d.,])")
_NUMBER: Final = re.compile(r"[0-9]+(?:\.[0-9]+)?")


def decimal_note(item: AuditItem, european: list[tuple[int, int]]) -> AuditItem:
    """``item`` with its message and explanation saying that its number, written with a
    dot before three digits ("5.260"), was read as a decimal (5.26), when it was."""
    q = item.figure
    m = _DOT_THOUSANDS.search(q.text)
    if m is None or any(a <= q.start < b for a, b in european) or q.low >= 1000:
        return item
    read = m[0].rstrip("0").rstrip(".")
    note = f"a decimal ({m[0]} is {read}): nothing in the draft says its dots group thousands"
    why = item.explanation
    if why is not None:
        why = replace(why, convention=note)
    quoted = f"“{q.text}”"
    message = item.message
    if quoted in message:
        message = message.replace(quoted, f"{quoted} (read as {read})", 1)
    return replace(item, explanation=why, message=message)
