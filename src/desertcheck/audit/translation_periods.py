"""Dutch and Portuguese period words, read as the English ones are (:mod:`.periods`): "sinds
2022", "sinds de invasie", "in 2022 en 2023", "tussen november 2024 en juli 2025", "van
januari tot en met mei 2025", "tussen de invasie en februari 2024", "tot eind juni 2025",
"eind mei 2025", "in het voorjaar van 2025", "in heel 2021", "voor 2024"; "desde 2022",
"desde o início da guerra", "em 2022 e 2023", "entre novembro de 2024 e julho de 2025", "de
janeiro a maio de 2025", "até ao fim de maio de 2025", "no final de maio de 2024", "na
primavera de 2025", "em todo o ano de 2021", "só em 2024"; "sedan 2022", "sedan invasionen",
"under 2022 och 2023", "mellan november 2024 och juli 2025", "från januari 2024 till juni
2025", "fram till den 30 juni 2025", "i slutet av maj 2025", "i april 2025", "under hela
2021", "under åren 2018–2022", "under första halvåret 2025", "våren 2025".

Months, seasons and the words of a month's part ("eind", "fim de") are those of
:mod:`.continental_periods`, whose readers these patterns share. They are tried before the
English ones: the English "in 2022" would otherwise take the start of "in 2022 en 2023".
None of their words is English, but Swedish "i", "under" and "till": the Swedish patterns
are read only in a text with a Swedish letter (å, ä, ö), as no English one has ("under
2000 people" is a count).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from desertcheck.audit.continental_periods import (
    _MONTH_RE,
    _SEASON_RE,
    _YEAR,
    _point,
    _read,
    _two_years,
)
from desertcheck.audit.czech import MONTH_FORMS
from desertcheck.compiled import regex, trie

if TYPE_CHECKING:
    from desertcheck.audit.ukrainian_periods import Patterns, _Days, _Read

_FIRST: Final = (
    rf"(?:(?P<m1>{_MONTH_RE})|(?P<m1s>{_SEASON_RE}))(?:\s+(?:de\s+|van\s+)?(?P<y1>{_YEAR}))?"
)
_WAR: Final = (
    r"(?:(?:de|o|a)\s+)?(?:(?:start|begin|aanvang|início|inicio)\s+(?:van\s+de|da|do)\s+)?"
    r"(?:(?:volledige\s+)?invasie|oorlog|invasão|invasao|guerra)(?!\w)"
)
#: (kind, pattern, reader), tried before the English ones.
PATTERNS: Final[Patterns] = [
    (
        "between",
        regex(
            rf"(?<!\w)(?:in|em)\s+(?P<y1>{_YEAR})\s+(?:en|e)\s+(?:(?:in|em)\s+)?(?P<y2>{_YEAR})",
            re.IGNORECASE,
        ),
        _two_years,
    ),
    (
        "between",
        regex(
            rf"(?<!\w)(?:tussen|van|entre|de)\s+(?:o\s+|a\s+)?{_FIRST}\s+"
            r"(?:en|tot(?:\s+en\s+met)?|e|a|até)\s+(?:o\s+|a\s+)?" + _point("m2", "y2"),
            re.IGNORECASE,
        ),
        _read,
    ),
    (
        "between",
        regex(rf"(?<!\w)tussen\s+(?P<y1>{_YEAR})\s+en\s+" + _point("m2", "y2"), re.IGNORECASE),
        _read,
    ),
    (
        "as-of",
        regex(rf"(?<!\w)tussen\s+{_WAR}\s+en\s+" + _point("m", "y"), re.IGNORECASE),
        _read,
    ),
    ("since", regex(rf"(?<!\w)(?:sinds|desde)\s+{_WAR}", re.IGNORECASE), _read),
    (
        "since",
        regex(r"(?<!\w)(?:sinds|vanaf|desde)\s+" + _point("m", "y"), re.IGNORECASE),
        _read,
    ),
    (
        "as-of",
        regex(
            r"(?<!\w)(?:tot\s+(?:en\s+met\s+)?|(?=eind\s)|até\s+(?:ao\s+|à\s+|a\s+)?"
            r"|n[oa]\s+(?=(?:fim|final)\s+de\s))" + _point("m", "y"),
            re.IGNORECASE,
        ),
        _read,
    ),
    (
        "in",
        regex(
            r"(?<!\w)(?:(?:in\s+)?heel\s+|in\s+(?:het|de)\s+|voor\s+|em\s+todo\s+o\s+ano\s+de\s+"
            r"|só\s+em\s+|em\s+|durante\s+(?:o\s+|a\s+)?"
            rf"|n[ao]\s+(?=(?:{_SEASON_RE}|{_MONTH_RE}|fim|final|início)))" + _point("m", "y"),
            re.IGNORECASE,
        ),
        _read,
    ),
]

_SV_LETTER: Final = regex(r"[åäöæøÅÄÖÆØ]")


def _swedish(read: _Read) -> _Read:
    """``read`` for a Swedish or Norwegian pattern: None in a text without a Scandinavian
    letter."""

    def in_swedish(kind: str, m: re.Match[str]) -> tuple[str, _Days, _Days] | None:
        return read(kind, m) if _SV_LETTER.search(m.string) else None

    return in_swedish


#: Norwegian, tried before the Swedish patterns (whose "i 2022" would take the start of "i
#: 2022 og 2023"): each holds a word of no other language audit reads ("og", "siden",
#: "mellom", "fram til", "hele"), but "per" ("per oktober 2025"), read only in a text with
#: a Scandinavian letter. Swedish's "i 2024" reads Norwegian's too.
_NO_WAR: Final = r"(?:(?:fullskala)?invasjonen|krigen|krigens\s+start)(?!\w)"
PATTERNS.extend(
    [
        (
            "between",
            regex(
                rf"(?<!\w)(?:i|for)\s+(?:årene\s+)?(?P<y1>{_YEAR})\s+og\s+(?P<y2>{_YEAR})",
                re.IGNORECASE,
            ),
            _two_years,
        ),
        (
            "between",
            regex(
                rf"(?<!\w)(?:mellom|fra)\s+{_FIRST}\s+(?:og|til)\s+" + _point("m2", "y2"),
                re.IGNORECASE,
            ),
            _read,
        ),
        ("since", regex(rf"(?<!\w)siden\s+{_NO_WAR}", re.IGNORECASE), _read),
        ("since", regex(r"(?<!\w)siden\s+" + _point("m", "y"), re.IGNORECASE), _read),
        (
            "as-of",
            regex(r"(?<!\w)fr[ae]m\s+til\s+(?:og\s+med\s+)?" + _point("m", "y"), re.IGNORECASE),
            _read,
        ),
        (
            "as-of",
            regex(r"(?<!\w)per\s+(?=[^\W\d])" + _point("m", "y"), re.IGNORECASE),
            _swedish(_read),
        ),
        (
            "in",
            regex(
                r"(?<!\w)(?:(?:i\s+)?hele\s+(?:året\s+)?|i\s+løpet\s+av\s+|i\s+årene\s+"
                r"|(?=(?:sommeren|høsten|vinteren)\s))" + _point("m", "y"),
                re.IGNORECASE,
            ),
            _read,
        ),
    ]
)

#: Danish, as Norwegian is read above ("siden 2022", "fra januar til maj 2025", "i 2024"):
#: "pr." (as of) before a date, "fra invasionen til december 2024", "fra 2022 til 2025".
_DA_WAR: Final = r"(?:(?:fuldskala)?invasionen|krigen|krigens\s+start)"
PATTERNS.extend(
    [
        (
            "between",
            regex(rf"(?<!\w)fra\s+(?P<y1>{_YEAR})\s+til\s+" + _point("m2", "y2"), re.IGNORECASE),
            _read,
        ),
        (
            "as-of",
            regex(rf"(?<!\w)(?:siden|fra)\s+{_DA_WAR}\s+til\s+" + _point("m", "y"), re.IGNORECASE),
            _read,
        ),
        (
            "as-of",
            regex(r"(?<!\w)pr\.\s+(?:\d{1,2}\.\s+)?(?=[^\W\d])" + _point("m", "y"), re.IGNORECASE),
            _swedish(_read),
        ),
        (
            "in",
            regex(
                r"(?<!\w)i\s+(?=(?:foråret|efteråret|sommeren|vinteren|første|andet)\s)"
                + _point("m", "y"),
                re.IGNORECASE,
            ),
            _read,
        ),
    ]
)

_SV_WAR: Final = r"(?:(?:fullskale)?invasionen|kriget|krigets\s+början)(?!\w)"
_SV_DAY: Final = rf"(?:den\s+)?\d{{1,2}}\s+(?={_MONTH_RE})"
PATTERNS.extend(
    [
        (
            "between",
            regex(
                rf"(?<!\w)(?:under|i)\s+(?:åren\s+)?(?P<y1>{_YEAR})\s+och\s+(?P<y2>{_YEAR})",
                re.IGNORECASE,
            ),
            _swedish(_two_years),
        ),
        (
            "between",
            regex(
                rf"(?<!\w)(?:mellan|från)\s+(?:{_SV_DAY})?{_FIRST}\s+(?:och|till)\s+"
                rf"(?:{_SV_DAY})?" + _point("m2", "y2"),
                re.IGNORECASE,
            ),
            _swedish(_read),
        ),
        ("since", regex(rf"(?<!\w)sedan\s+{_SV_WAR}", re.IGNORECASE), _swedish(_read)),
        ("since", regex(r"(?<!\w)sedan\s+" + _point("m", "y"), re.IGNORECASE), _swedish(_read)),
        (
            "as-of",
            regex(
                rf"(?<!\w)(?:fram\s+till\s+(?:och\s+med\s+)?(?:{_SV_DAY})?|i\s+(?=slutet\s+av\s))"
                + _point("m", "y"),
                re.IGNORECASE,
            ),
            _swedish(_read),
        ),
        (
            "in",
            regex(
                r"(?<!\w)(?:under\s+(?:hela\s+)?(?:året\s+|åren\s+)?|i\s+|hela\s+"
                r"|(?=(?:våren|sommaren|hösten|vintern)\s))" + _point("m", "y"),
                re.IGNORECASE,
            ),
            _swedish(_read),
        ),
    ]
)

#: A Scandinavian "i" in lower case before a date, in any sentence ("| i 2024 |", a table
#: cell with no Scandinavian letter): English writes no lower-case "i" before a year. Tried
#: after the Swedish patterns, whose "i 2022 och 2023" comes first.
PATTERNS.append(("in", regex(r"(?<![\w.])i\s+" + _point("m", "y")), _read))

#: Czech: each pattern holds a word of no other language audit reads ("od", "mezi", "v
#: roce", "během", "na jaře", a month in a Czech case), so none needs a Czech letter.
_CS_WAR: Final = r"(?:začátku\s+)?(?:ruské\s+)?(?:plnohodnotné\s+)?(?:invaze|války)(?!\w)"
_CS_MONTH: Final = "(?:" + trie(MONTH_FORMS) + r")(?!\w)"
PATTERNS.extend(
    [
        (
            "between",
            regex(rf"(?<!\w)v\s+letech\s+(?P<y1>{_YEAR})\s+a\s+(?P<y2>{_YEAR})", re.IGNORECASE),
            _two_years,
        ),
        (
            "between",
            regex(
                rf"(?<!\w)(?:mezi|od)\s+{_FIRST}\s+(?:a|do)\s+" + _point("m2", "y2"),
                re.IGNORECASE,
            ),
            _read,
        ),
        (
            "as-of",
            regex(rf"(?<!\w)od\s+{_CS_WAR}\s+do\s+" + _point("m", "y"), re.IGNORECASE),
            _read,
        ),
        ("since", regex(rf"(?<!\w)od\s+{_CS_WAR}", re.IGNORECASE), _read),
        ("since", regex(r"(?<!\w)od\s+(?:roku\s+)?" + _point("m", "y"), re.IGNORECASE), _read),
        (
            "as-of",
            regex(
                rf"(?<!\w)do\s+(?:roku\s+|(?=(?:konce\s+|začátku\s+)?{_CS_MONTH}))"
                + _point("m", "y"),
                re.IGNORECASE,
            ),
            _read,
        ),
        (
            "in",
            regex(
                rf"(?<!\w)(?:v\s+(?:celém\s+)?(?:roce|letech)\s+|ve?\s+(?={_CS_MONTH})|během\s+"
                r"(?:roku\s+)?|na\s+(?=(?:jaře|létě|podzim|zimě)\s)|(?=(?:první|druhé)\s+pololetí))"
                + _point("m", "y"),
                re.IGNORECASE,
            ),
            _read,
        ),
    ]
)
