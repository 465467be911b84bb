"""A draft's figures as audit reads them, before any is judged: its text blanked (code,
markup) and read plain ("&#96;", signs, spoken numbers, swapped separators, misgrouped
digits), and its figures found, sentence by sentence, with the limits that refuse a draft
too large to audit in one go."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desertcheck import utf8
from desertcheck.audit import signs
from desertcheck.audit.convention import as_read
from desertcheck.audit.delimited import with_rows
from desertcheck.audit.foreign_words import with_foreign_words
from desertcheck.audit.misgrouped import regrouped
from desertcheck.audit.reading import figures_by_sentence, without_passages, years_in_digits
from desertcheck.audit.scales import with_scale_words
from desertcheck.audit.speech import as_spoken
from desertcheck.compiled import regex
from desertcheck.draft import blank
from desertcheck.typography import literal

if TYPE_CHECKING:
    from desertcheck.audit.speech import Said
    from desertcheck.audit.window import Span
    from desertcheck.quantity import Quantity

#: The most figures audited in one draft: past this a draft is refused, not audited for
#: minutes (about half a millisecond a figure: 5,000 figures take a few seconds).
MAX_FIGURES = 5_000
#: Numbers counted before any is parsed (years, dates and references are numbers too): a
#: draft with more is refused at once, before the parser spends seconds on it.
MAX_NUMBERS = 4 * MAX_FIGURES
_NUMBER = regex(r"\d++")


class TooManyFigures(Exception):
    """A draft with more figures than :data:`MAX_FIGURES`; the message says how to go on."""


@dataclass(frozen=True, slots=True)
class DraftFigures:
    """What :func:`read_draft` read: the draft's ``text`` and ``blanked`` text (as read),
    the ``written`` text (signs, years in digits) and what was ``spoken`` in it, the spans
    whose separators are read ``european``, the misgrouped numbers ``misread``, its sentences'
    ``spans`` and the figures ``by_sentence``."""

    text: str
    blanked: str
    written: str
    spoken: list[Said]
    european: list[tuple[int, int]]
    misread: dict[int, tuple[str, str, bool]]
    line_starts: list[int]
    spans: list[Span]
    by_sentence: dict[Span, list[Quantity]]


def read_draft(text: str, file: str, not_statistics: Sequence[str] = ()) -> DraftFigures:
    """The figures of the draft ``text`` (named ``file`` in a refusal); ``not_statistics``:
    passages whose figures are not statistics (the registry's exclusions). Raises
    :class:`TooManyFigures` for a draft past :data:`MAX_NUMBERS` or :data:`MAX_FIGURES`."""
    blanked = blank(text)
    text, blanked = literal(text), literal(blanked)  # "&#96;": text, not a code span
    written = signs.as_signs(years_in_digits(with_rows(text, blanked)))  # CSV in a fence
    # "about, uh, sixteen thousand", "thirteen sixty-nine": read as written numbers
    said, spoken = as_spoken(written)
    # a draft that writes "18.159" and "84,4 %" is read with its separators swapped
    blanked, european = as_read(said)
    blanked, misread = regrouped(blanked)  # "13,5000": read as 135,000, and said so
    line_starts = utf8.line_starts(text)
    numbers = sum(1 for _ in itertools.islice(_NUMBER.finditer(blanked), MAX_NUMBERS + 1))
    if numbers > MAX_NUMBERS:
        raise TooManyFigures(
            f"{file}: more than {MAX_NUMBERS:,} numbers, more than audit checks in one "
            "draft; split the draft"
        )
    spans, by_sentence = figures_by_sentence(blanked, text)
    by_sentence = with_scale_words(by_sentence, blanked, european)  # "2,4 millones"
    by_sentence = with_foreign_words(by_sentence, blanked, spans)  # "ok. 16 tys.", "66,7 proc."
    if not_statistics:  # "were under 25": an age, as the registry's exclusion says
        by_sentence = without_passages(by_sentence, text, not_statistics)
    count = sum(len(figures) for figures in by_sentence.values())
    if count > MAX_FIGURES:
        raise TooManyFigures(
            f"{file}: {count:,} figures, more than the {MAX_FIGURES:,} one audit checks; "
            "split the draft"
        )
    return DraftFigures(
        text, blanked, written, spoken, european, misread, line_starts, spans, by_sentence
    )
