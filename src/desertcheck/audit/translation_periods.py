"""Dutch and Portuguese period words, read as the English ones are (:mod:`.periods`): "sinds
2022", "sinds de invasie", "in 2022 en 2023", "tussen november 2024 en juli 2025", "van
januari tot en met mei 2025", "tussen de invasie en februari 2024", "tot eind juni 2025",
"eind mei 2025", "in het voorjaar van 2025", "in heel 2021", "voor 2024"; "desde 2022",
"desde o início da guerra", "em 2022 e 2023", "entre novembro de 2024 e julho de 2025", "de
janeiro a maio de 2025", "até ao fim de maio de 2025", "no final de maio de 2024", "na
primavera de 2025", "em todo o ano de 2021", "só em 2024".

Months, seasons and the words of a month's part ("eind", "fim de") are those of
:mod:`.continental_periods`, whose readers these patterns share. They are tried before the
English ones: the English "in 2022" would otherwise take the start of "in 2022 en 2023".
None of their words is English.
"""

from __future__ import annotations

import re
from typing import Final

from desertcheck.audit.continental_periods import (
    _MONTH_RE,
    _SEASON_RE,
    _YEAR,
    _point,
    _read,
    _two_years,
)
from desertcheck.compiled import regex

_FIRST: Final = (
    rf"(?:(?P<m1>{_MONTH_RE})|(?P<m1s>{_SEASON_RE}))(?:\s+(?:de\s+|van\s+)?(?P<y1>{_YEAR}))?"
)
_WAR: Final = (
    r"(?:(?:de|o|a)\s+)?(?:(?:start|begin|aanvang|início|inicio)\s+(?:van\s+de|da|do)\s+)?"
    r"(?:(?:volledige\s+)?invasie|oorlog|invasão|invasao|guerra)(?!\w)"
)
#: (kind, pattern, reader), tried before the English ones.
PATTERNS: Final = [
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
