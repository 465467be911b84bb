""" "In the five years before" in the languages of a desk's translation, read as the English
words are (:func:`desertcheck.audit.periods._years_earlier`): the whole years before the
period words before them in the sentence ("2023. aastal 289, viie varasema aasta jooksul
vaid üheksa": 2018 to 2022).

Estonian "viie varasema aasta jooksul", "viie eelneva aasta jooksul", Bulgarian "за петте
години преди това", "през предходните пет години". The number of years is group ``n``,
its value in :data:`NUMBERS`.
"""

from __future__ import annotations

import re
from typing import Final

from desertcheck.compiled import regex

#: The numbers of years these patterns say, as written there.
NUMBERS: Final = {
    # Estonian, in the genitive
    "kahe": 2, "kolme": 3, "nelja": 4, "viie": 5, "kuue": 6, "seitsme": 7, "kaheksa": 8,
    "üheksa": 9, "kümne": 10,
    # Bulgarian, with the article or without it
    "двете": 2, "трите": 3, "четирите": 4, "петте": 5, "шестте": 6, "седемте": 7,
    "осемте": 8, "деветте": 9, "десетте": 10, "две": 2, "три": 3, "четири": 4, "пет": 5,
    "шест": 6, "седем": 7, "осем": 8, "девет": 9, "десет": 10,
}  # fmt: skip
_N: Final = "(?P<n>" + "|".join(sorted(NUMBERS, key=len, reverse=True)) + r")(?!\w)"
#: The patterns, each with the number of years as group ``n``.
PATTERNS: Final = (
    regex(
        rf"(?<!\w){_N}\s+(?:varasema|eelneva|eelnenud|eelmise)\s+aasta\s+(?:jooksul|vältel)"
        r"(?!\w)",
        re.IGNORECASE,
    ),
    regex(
        rf"(?<!\w)(?:за|през|в)\s+(?:предходните|предишните|последните\s+преди\s+това)\s+"
        rf"{_N}\s+години(?!\w)",
        re.IGNORECASE,
    ),
    regex(
        rf"(?<!\w)(?:за|през|в)\s+{_N}\s+години\s+(?:преди\s+(?:това|тях|нея|него)|по-рано)"
        r"(?!\w)",
        re.IGNORECASE,
    ),
)
#: The words one of :data:`PATTERNS` holds: a sentence with none is not searched.
WORDS: Final = regex(r"aasta|години", re.IGNORECASE)
