"""Numbers that are a way to reach someone or a label, never a statistic: a telephone
number ("+31 30 555 0192", "0031 20 555 7781", "+44 1632 960 214", "01632 960 481",
"call 555 0192",
"toestel 2218", "extensão 3309", "telefon 22 33 48 10"), a post box ("Postbus 4471", "PO
Box 4471"), a code ("code 4471-2026") and a version ("versie 2.3", "version 2.3", "versjon 2.1").

A newsletter's footer, a programme's enquiries line and a translation's credits carry them;
the parser read their digit groups as figures ("30 555", "960 214") and audit reported
each ``unsourced``. :func:`contact_spans` gives the spans :mod:`.reading` skips: an
international number (a "+" or "00" and a country code, then at least two more groups,
eight digits or more in all), a national one (a trunk "0" and an area code, then one or two
groups, ten digits or more: "01632 960 481"), or digits right after a word that names a
telephone, a box or a code (four digits or more) or a version. A figure after such a word
a few words on ("call us about the 555 cases"), a short one right after it ("call 200
people") and a number with a thousands comma ("+1,000", "version 15,300") are not skipped.
"""

from __future__ import annotations

from typing import Final

from desertcheck.compiled import regex

#: An international telephone number: "+31 30 555 0192", "0031 20 555 7781".
_INTERNATIONAL: Final = regex(
    r"(?<![\w+])(?:\+|00)[1-9][0-9]{0,2}(?:[ \u00a0.\-/]?\(?[0-9]{1,5}\)?){2,5}(?![\w]|,[0-9])"
)
#: A national telephone number: a trunk "0" and an area code, then one or two groups of
#: three or four digits (or one of six to eight), ten digits or more in all ("01632 960
#: 481", "(020) 7946 0958", "0800 123 4567"); no statistic is written with a leading zero.
_NATIONAL: Final = regex(
    r"(?<![\w+,.])(?:\(0[1-9][0-9]{1,4}\)|0[1-9][0-9]{1,4})"
    r"(?:(?:[ \u00a0\-][0-9]{3,4}){1,2}|[ \u00a0\-][0-9]{6,8})"
    r"(?![\w]|[,.][0-9])"
)
#: Digits right after a word for a telephone, a box, a code or a version.
_AFTER_WORD: Final = regex(
    r"(?<![\w])(?P<word>(?i:call|phone|telephone|tel\.?|fax|mobile|hotline|desk\s+line|ext\.?|extension"
    r"|toestel|telefoon|telefone|telefon|tlf\.|extensão|ramal|postbus|p\.?\s?o\.?\s+box|caixa\s+postal"
    r"|code|pin|versie|version|versão|versao|versjon))[ \t\u00a0]*:?[ \t\u00a0]*"
    r"(?P<number>\+?[0-9](?:[0-9]|[ \u00a0.\-/](?=[0-9])){1,20})(?![\w]|,[0-9])"
)

#: The words of a version, whose number may be short ("versie 2.3"); after the others a
#: number of four digits or more is skipped ("toestel 2218"), not "call 200 people".
_VERSION: Final = regex(r"(?i:versie|version|versao|versão|versjon)")
#: The words of a code, read right before its number, never before a colon: "Criminal
#: Code: 18 159 cases" says a count.
_LABEL: Final = regex(r"(?i:code|pin)")


def contact_spans(text: str) -> list[tuple[int, int]]:
    """The spans of ``text`` that hold a telephone number, a box, a code or a version (see
    the module's docstring)."""
    out = [m.span() for m in _INTERNATIONAL.finditer(text) if sum(c.isdigit() for c in m[0]) >= 8]
    out += [m.span() for m in _NATIONAL.finditer(text) if sum(c.isdigit() for c in m[0]) >= 10]
    out += [
        m.span("number")
        for m in _AFTER_WORD.finditer(text)
        if (_VERSION.fullmatch(m["word"]) or sum(c.isdigit() for c in m["number"]) >= 4)
        and not (_LABEL.fullmatch(m["word"]) and ":" in text[m.end("word") : m.start("number")])
    ]
    return sorted(set(out))
