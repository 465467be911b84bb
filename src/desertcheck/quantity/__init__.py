"""Find the statistics in a text: numbers with their qualifier, unit and character span.

A pure, dependency-free parser (stdlib ``re`` only) used by ``verify`` on quotes and by
``audit`` on editors' drafts. ``parse_quantities(text)`` returns every figure in order of
appearance and never raises on any ``str``.

Supported forms
---------------
* Digits, optionally with thousands separators: comma, space, U+00A0, U+202F, U+2009 or none
  (``16,000``, ``50 000``, ``50\\u00a0000``, ``3050``). A separator group is only taken when
  exactly three digits follow and all groups use the same separator, so ``in 2024 12 cases``
  is 2024 (a year, skipped) and 12. Decimals with a point (``2.4``); a decimal comma only
  before a Russian scale word or percent (``1,5 млн``).
* Scales: ``4.5K``/``5.5k``, ``2.4M``, ``1.5B``, ``1.5bn``/``1.5 bn``, ``mn``, ``thousand``,
  ``million``, ``billion``, ``trillion``, ``тыс.``, ``тысяч(а/и)``, ``млн``, ``миллион(а/ов)``,
  ``млрд``, ``миллиард(а/ов)``, ``трлн``. Lower-case ``m``/``b`` are not scales (metres...).
* Number words: one..nineteen, twenty..ninety, compounds (``twenty-one``), ``a/two hundred``,
  ``... thousand/million/billion``, ``a dozen`` (12), ``two dozen``, ``half a dozen``,
  ``half a million``, ``one and a half``. A bare ``one`` (``one of the...``) is not returned.
  Ordinals are not quantities: ``21st``, ``2nd``, ``twenty-first``, ``twenty first month``.
* Shares (unit ``"share"``, value as a fraction): ``two-thirds``, ``half``, ``a quarter of``,
  ``three quarters``, ``one in five`` (0.2), ``one out of ten``; Russian ``половина``,
  ``треть``, ``две трети``, ``четверть``. ``a third``/``a quarter`` count only when followed by
  ``of`` or punctuation (``a third country`` is an ordinal); ``first/second half`` is skipped.
* Percent (unit ``"percent"``): ``10%``, ``10 %``, ``10 per cent``, ``10 percent``, ``10 pct``,
  ``10 процентов``.
* Ranges (qualifier ``"between"``): ``20-30%`` (percent and scale carry to the low end: ``2-3
  million``), ``40,000-45,000``, ``40,000–45,000``, ``5 to 10``, ``between 15,000 and 20,000``,
  ``from five to ten years``, ``от 5 до 10 лет``. A qualifier before a range (``as many as
  20-30%``) is dropped: the qualifier of a range is always ``"between"``.
* Vague amounts, returned as ranges with ``vague=True`` (qualifier ``"between"`` unless a
  qualifier precedes them). The choices:

  ====================================  ==========================
  tens of thousands / десятки тысяч     10,000 - 99,999
  hundreds of thousands / сотни тысяч   100,000 - 999,999
  tens of millions                      10,000,000 - 99,999,999
  a few / several N, несколько N        2N - 9N (a few hundred: 200 - 900)
  hundreds / сотни                      100 - 999
  thousands / тысячи                    1,000 - 9,999
  millions / миллионы                   1,000,000 - 9,999,999
  dozens                                24 - 99
  десятки                               20 - 99
  ====================================  ==========================

* Qualifiers, only when directly before the figure (the span then includes them):
  ``over``: over, more than, above, in excess of, upwards of, exceeding, >, более, свыше,
  больше; ``at-least``: at least, no fewer/less than, a minimum of, ≥, не менее, как минимум,
  по меньшей мере; ``nearly``: nearly, almost, close to, just under, почти, без малого;
  ``about``: some, about, around, roughly, approximately, an estimated, circa, ~, ≈, около,
  примерно, приблизительно, порядка; ``up-to``: up to, as many as, no more than, less than,
  fewer than, under, below, at most, <, ≤, до, вплоть до, не более, менее. (``less than`` and
  ``under`` map to ``up-to``: both mean the interval [0, v].) Anything else - including ``a
  total of``, ``only``, ``just`` - leaves the figure ``exactly``.
* Unit: the word after the figure (after ``%``), lower-cased, skipping ``of``, up to two
  modifiers (``new``, ``criminal``, ``military``, ``such``...) or capitalised words (``Russian``)
  when a further word follows, and ``None`` for function words and common verbs (``16,000 have
  been`` -> ``None``). A hyphenated word counts (``10-year`` -> ``year``); letters glued to the
  number are the unit (``10km``).

Not statistics (never returned)
-------------------------------
* Years: a plain 4-digit number 1900-2100 (no separator, decimal, scale or percent) is a year,
  unless a counting qualifier precedes it (over, some, nearly, at least...) or it is followed by
  a percent or a counted lower-case noun (``over 3050 cases``; ``1950 soldiers``) - and it is a
  year whatever follows after ``in``, ``since``, ``by``, ``until``, ``during``, ``from``, a
  season, ``в``, ``с``.... Year ranges and lists: ``2024–25``, ``2022-2023``, ``between 2022 and
  2025``, ``2024 and 2025``, ``mid-2025``, ``1990s``, ``2022 г.``.
* Dates (``15 September 2025``, ``September 15, 2025``, ``Dec 9, 2023``, ``March 2025``,
  ``2025-09-15``, ``24.10.2025``, ``15 сентября 2025``), times (``10:30``, ``10 pm``).
* References: ``Article 337``, ``Art. 338``, ``Articles 337 and 338``, ``para. 91``, ``paragraph
  12``, ``section 4.5``, ``§ 5``, ``chapter 3``, ``No. 5``, ``p. 12``, ``статья 337``, ``ст.
  338``, ``ч. 3``, ``п. 2``, ``№ 5``; numbered headings and list items at the start of a line
  (``4.5.``, ``4.5.1.``, ``1.``, ``2)``, ``## 3``); dotted version-like numbers (``4.5.1``).
* Footnote markers: ``^{[955](#)}``, ``[955](#)``, ``[12]``, ``^12``, ``(1)``, superscript
  digits; link targets ``](...)``; URLs (``http://``, ``www.``, ``host.tld/path``), e-mail
  addresses; digits glued to letters (``a84212``, ``COVID-19``).

Digits of any script (Unicode ``Nd``: full-width ``５０``, Arabic-Indic ``٥٠``, Devanagari...)
are read as their values; full-width punctuation and the Arabic separators ``٬`` ``٫`` and
percent sign ``٪`` as their ASCII forms. Spans and texts stay those of the original text.

A figure never starts or ends inside a number: ``1,5000``, ``12,34,567`` and ``50,000,00``
give no figure rather than 1, 12 or 50,000; nor do digits joined by a soft hyphen, zero-width
space, word joiner or BOM (quote matching removes them: ``1\u200b500`` is 1500 there).

Known limits: Russian number words (``пять``) are not read; a space-separated group after a
small number is joined (``aged 18 300 men`` -> 18300).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from typing import Final

from desertcheck.quantity.figure import Quantity
from desertcheck.quantity.grammar import parse
from desertcheck.quantity.patterns import MAY_HOLD_RE
from desertcheck.vocabulary import QUALIFIERS

__all__ = ["QUALIFIERS", "Quantity", "parse_quantities"]


class _AsciiForms(dict[int, int]):
    """A :meth:`str.translate` table to the ASCII forms the patterns read: any decimal
    digit (``Nd``) to its ASCII digit, full-width punctuation and Arabic separators to
    ASCII. One character to one, so every span is also a span of the original. Filled on
    first sight; characters left alone are not stored."""

    _OTHERS: Final = {0x066A: ord("%"), 0x066B: ord("."), 0x066C: ord(","), 0x3000: ord(" ")}

    def __missing__(self, cp: int) -> int:
        c = chr(cp)
        if unicodedata.category(c) == "Nd":
            to = ord("0") + unicodedata.digit(c)
        elif 0xFF01 <= cp <= 0xFF5E:  # full-width forms of ASCII
            to = cp - 0xFEE0
        else:
            return self._OTHERS.get(cp, cp)
        self[cp] = to
        return to


_ASCII_FORMS: Final = _AsciiForms()
# The characters that _ASCII_FORMS changes: digits other than ASCII ones, the Arabic percent
# sign and separators, the ideographic space and full-width forms.
_OTHER_FORMS_RE: Final = re.compile(r"(?![0-9])\d|[\u066a-\u066c\u3000\uff01-\uff5e]")


def parse_quantities(text: str) -> list[Quantity]:
    """Every figure in ``text``, in order of appearance. Never raises on a ``str``."""
    if not isinstance(text, str) or not text or MAY_HOLD_RE.search(text) is None:
        return []
    if text.isascii() or _OTHER_FORMS_RE.search(text) is None:
        return parse(text)
    read = text.translate(_ASCII_FORMS)
    return [replace(q, text=text[q.start : q.end]) for q in parse(read)]
