"""Finnish, Romanian, Turkish and Greek period words, read as the English ones are
(:mod:`.periods`):
"vuodesta 2022 lähtien", "vuonna 2024", "vuosina 2018–2022", "vuoden 2024 aikana",
"huhtikuussa 2025", "keväällä 2025", "joulukuuhun 2024 mennessä", "kesäkuun 2025 loppuun
mennessä", "marraskuun 2024 ja heinäkuun 2025 välillä", "tammikuusta 2024 kesäkuuhun
2025"; "din 2022", "din decembrie 2024", "în 2024", "doar în 2025", "în primăvara lui
2025", "până în decembrie 2024", "până la sfârșitul lui iunie 2025", "între noiembrie 2024
și iulie 2025", "între ianuarie și mai 2025".

Finnish puts the words of a period after its date ("mennessä": by, "välillä": between,
"lähtien": since) and marks the rest by the month's case: "tammikuusta" (from January),
"joulukuuhun" (up to December), "huhtikuussa" (in April); the months in all their cases
are :data:`desertcheck.audit.finnish.MONTH_FORMS`. A month in "kesä–elokuussa" (June to
August) is no month alone and is not read. Romanian "din" is "since" after a verb ("au
dezertat din 2022") but "of" after a noun with its article ("Decretul din 2024": the
decree of 2024): a period in that year. Months, seasons and the readers are those of
:mod:`.continental_periods`; none of these words is English.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from desertcheck.audit.bulgarian_periods import PATTERNS as BULGARIAN_PATTERNS
from desertcheck.audit.continental_periods import (
    _FIRST,
    _MONTH_RE,
    _SEASON_RE,
    _YEAR,
    _point,
    _read,
    _two_years,
)
from desertcheck.audit.estonian_periods import PATTERNS as ESTONIAN_PATTERNS
from desertcheck.audit.finnish import MONTH_FORMS as FINNISH_MONTHS
from desertcheck.audit.hungarian_periods import PATTERNS as HUNGARIAN_PATTERNS
from desertcheck.compiled import regex

if TYPE_CHECKING:
    from desertcheck.audit.ukrainian_periods import Patterns


def _finnish_case(ending: str) -> str:
    """A lookahead for a Finnish month in the case of ``ending`` ("sta", "hun", "ssa")."""
    forms = sorted((f for f in FINNISH_MONTHS if f.endswith("kuu" + ending)), key=len)
    return "(?=(?i:" + "|".join(reversed(forms)) + r")\s)"


_AND: Final = r"(?:și|şi|si)"
_UNTIL: Final = r"(?:până|pana)\s+(?:în|in|la)\s+(?:(?:sfârșitul|sfârşitul|sfarsitul)\s+lui\s+)?"
#: (kind, pattern, reader), tried before the English ones.
PATTERNS: Final[Patterns] = [
    (
        "between",
        regex(rf"(?<!\w){_FIRST}\s+ja\s+" + _point("m2", "y2") + r"\s+välillä", re.IGNORECASE),
        _read,
    ),
    (
        "between",
        regex(
            rf"(?<!\w){_finnish_case('sta')}{_FIRST}\s+{_finnish_case('hun')}" + _point("m2", "y2"),
            re.IGNORECASE,
        ),
        _read,
    ),
    (
        "between",
        regex(rf"(?<!\w)vuosina\s+(?P<y1>{_YEAR})\s+ja\s+(?P<y2>{_YEAR})", re.IGNORECASE),
        _two_years,
    ),
    (
        "since",
        regex(
            rf"(?<!\w)(?:vuodesta\s+|{_finnish_case('sta')})" + _point("m", "y"),
            re.IGNORECASE,
        ),
        _read,
    ),
    (
        "as-of",
        regex(
            r"(?<!\w)(?:vuoteen\s+|vuoden\s+(?=\d{4}\s+loppuun))?"
            + _point("m", "y")
            + r"(?=(?:\s+loppuun)?\s+mennessä)",
            re.IGNORECASE,
        ),
        _read,
    ),
    (
        "in",
        regex(
            rf"(?<![\w–-])(?:vuonna\s+|vuosina\s+|vuoden\s+(?=\d{{4}}\s+aikana)|{_finnish_case('ssa')}"
            r"|(?=(?:keväällä|kesällä|syksyllä|talvella)\s))" + _point("m", "y"),
            re.IGNORECASE,
        ),
        _read,
    ),
    (
        "between",
        regex(
            rf"(?<!\w)(?:între|intre)\s+{_FIRST}\s+{_AND}\s+" + _point("m2", "y2"), re.IGNORECASE
        ),
        _read,
    ),
    (
        "between",
        regex(
            rf"(?<!\w)(?:între|intre)\s+(?P<y1>{_YEAR})\s+{_AND}\s+" + _point("m2", "y2"),
            re.IGNORECASE,
        ),
        _read,
    ),
    ("as-of", regex(rf"(?<!\w){_UNTIL}" + _point("m", "y"), re.IGNORECASE), _read),
    ("in", regex(r"(?<=ul\s)din\s+" + _point("m", "y"), re.IGNORECASE), _read),
    ("since", regex(r"(?<!\w)din\s+(?:anul\s+)?" + _point("m", "y"), re.IGNORECASE), _read),
    (
        "in",
        regex(
            r"(?<!\w)(?:numai\s+|doar\s+)?în\s+(?:tot\s+)?(?:anul\s+)?" + _point("m", "y"),
            re.IGNORECASE,
        ),
        _read,
    ),
]

#: Turkish puts the words of a period after its date, and an ending after an apostrophe:
#: "'den" (from, since), "'e kadar" (until), "'te" (in). None of these words is English.
_TR_FROM: Final = r"['’][dt][ae]n"
_TR_UNTIL: Final = r"(?:['’]y?[ae]|\s+sonuna)\s+kadar"
_TR_SEASON: Final = r"(?P<ms>(?:ilk|son)?baharında|yazında|kışında)"
#: A period's first point: a year, its month or season before it ("Ocak 2024", "2022").
_TR_FIRST: Final = rf"(?:(?:(?P<m1>{_MONTH_RE})|(?P<m1s>{_SEASON_RE}))\s+)?(?P<y1>{_YEAR})"
#: A half of a year after it: "2025'in ilk yarısında" (the first half of 2025).
_TR_HALF: Final = r"['’][^\W\d_]+\s+(?P<mh>(?:ilk|ikinci)\s+yarısında)"
_NO_GROUP: Final = r"(?P<m>(?!))?(?P<ye>(?!))?"
PATTERNS.extend(
    [
        (
            "between",
            regex(
                rf"(?<!\w){_TR_FIRST}\s+ile\s+" + _point("m2", "y2") + r"\s+arasında",
                re.IGNORECASE,
            ),
            _read,
        ),
        (
            "between",
            regex(
                rf"(?<!\w){_TR_FIRST}{_TR_FROM}\s+" + _point("m2", "y2") + _TR_UNTIL,
                re.IGNORECASE,
            ),
            _read,
        ),
        (
            "between",
            regex(rf"(?<!\w){_FIRST}\s*[-–]\s*" + _point("m2", "y2"), re.IGNORECASE),
            _read,
        ),
        (
            "between",
            regex(
                rf"(?<!\w)(?P<y1>{_YEAR})\s+ve\s+(?P<y2>{_YEAR})(?=['’]|\s+yıllarında)",
                re.IGNORECASE,
            ),
            _two_years,
        ),
        (
            "since",
            regex(
                r"(?<!\w)" + _point("m", "y") + rf"{_TR_FROM}\s+(?:bu\s+yana|beri|itibaren)(?!\w)",
                re.IGNORECASE,
            ),
            _read,
        ),
        (
            "as-of",
            regex(
                r"(?<!\w)(?:\d{1,2}\s+)?"
                + _point("m", "y")
                + rf"(?:{_TR_UNTIL}|\s+itibar[ıi]yla)(?!\w)",
                re.IGNORECASE,
            ),
            _read,
        ),
        (
            "in",
            regex(
                r"(?<![\w–-])"
                + _point("m", "y")
                + r"(?=\s+yılı|\s+döneminde|\s+arasında|['’][dt][ae](?!\w))",
                re.IGNORECASE,
            ),
            _read,
        ),
        (
            "in",
            regex(
                rf"(?<!\w){_NO_GROUP}(?P<y>{_YEAR})(?:\s+{_TR_SEASON}|{_TR_HALF})(?!\w)",
                re.IGNORECASE,
            ),
            _read,
        ),
    ]
)

#: Greek writes an article before a date and "του" (of) between its month and its year:
#: "από το 2022", "τον Οκτώβριο του 2025", "έως τα τέλη Μαΐου 2025", "το πρώτο εξάμηνο
#: του 2025", "Ιανουαρίου–Ιουνίου 2025". None of these words is English.
_GR_ART: Final = r"(?:(?:το|τον|την|τη|τα)\s+)"
_GR_FROM: Final = r"(?:από|απο)"
_GR_UNTIL: Final = r"(?:έως|εως|ως|μέχρι|μεχρι)\s+(?:και\s+)?"


def _greek_point(m: str, y: str) -> str:
    """A Greek date: a year, its month, season or half before it, "του" between them."""
    return (
        rf"(?:(?:τα\s+)?(?:τέλη|τελη)\s+)?(?:(?P<{m}>{_MONTH_RE})\s+(?:του\s+)?|"
        rf"(?P<{m}s>{_SEASON_RE})\s+(?:του\s+)?|(?P<{m}h>(?:πρώτο|πρωτο|δεύτερο|δευτερο)\s+"
        rf"(?:εξάμηνο|εξαμηνο))\s+(?:του\s+)?)?(?P<{y}>{_YEAR})"
        rf"(?:\s*[-–]\s*(?P<{y}e>(?:19|20)?\d\d)(?!\d))?"
    )


_GR_FIRST: Final = (
    rf"(?:(?P<m1>{_MONTH_RE})|(?P<m1s>{_SEASON_RE}))?(?:\s*(?:του\s+)?(?P<y1>{_YEAR}))?"
)
PATTERNS.extend(
    [
        (
            "between",
            regex(
                rf"(?<!\w){_GR_FROM}\s+{_GR_ART}?(?=\S*\d|{_MONTH_RE}|{_SEASON_RE}){_GR_FIRST}"
                rf"\s+{_GR_UNTIL}{_GR_ART}?" + _greek_point("m2", "y2"),
                re.IGNORECASE,
            ),
            _read,
        ),
        (
            "between",
            regex(
                rf"(?<!\w)(?P<m1>{_MONTH_RE})(?P<y1>(?!))?\s*[-–]\s*" + _greek_point("m2", "y2"),
                re.IGNORECASE,
            ),
            _read,
        ),
        (
            "since",
            regex(
                rf"(?<!\w){_GR_FROM}\s+την\s+(?:(?:αρχή|έναρξη)\s+του\s+πολέμου|εισβολή)"
                r"(?P<y>(?!))?(?!\w)",
                re.IGNORECASE,
            ),
            _read,
        ),
        (
            "since",
            regex(rf"(?<!\w){_GR_FROM}\s+{_GR_ART}?" + _greek_point("m", "y"), re.IGNORECASE),
            _read,
        ),
        (
            "as-of",
            regex(rf"(?<!\w){_GR_UNTIL}{_GR_ART}?" + _greek_point("m", "y"), re.IGNORECASE),
            _read,
        ),
        (
            "in",
            regex(
                r"(?<![\w–-])(?:(?:μόνο|μονο|κατά|κατα)\s+)?(?:το|τον|την|τη|του|στο|στον|στην"
                r"|στη)\s+" + _greek_point("m", "y"),
                re.IGNORECASE,
            ),
            _read,
        ),
    ]
)
PATTERNS.extend(HUNGARIAN_PATTERNS)  # "2022 óta", "2025 októberéig"
PATTERNS.extend(ESTONIAN_PATTERNS)  # "2022. aastast alates", "2024. aastal"
PATTERNS.extend(BULGARIAN_PATTERNS)  # "от 2022 г. насам", "през 2024 г."
