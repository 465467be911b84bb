"""Scale words of the languages other than English and Russian that figures are written
in: "2,4 millones", "16 mil", "9,16 Mio.".

One table for the two readers of them: audit reads them in a draft that a desk translated
(:mod:`desertcheck.audit.scales`, which says when a word that is something else in English
is read), and a German source's figures are read with the German ones
(:mod:`desertcheck.quantity.german`).
"""

from __future__ import annotations

from typing import Final

#: Scale words of another language (lower case): their value, and whether the word is read
#: only in a draft's European part (it is something else in English).
SCALE_WORDS: Final[dict[str, tuple[float, bool]]] = {
    # Spanish, Portuguese
    "mil": (1e3, True),
    "mil millones": (1e9, False),
    "millón": (1e6, False),
    "millones": (1e6, False),
    "milhão": (1e6, False),
    "milhões": (1e6, False),
    # Italian
    "mila": (1e3, True),
    "milione": (1e6, False),
    "milioni": (1e6, False),
    "miliardo": (1e9, False),
    "miliardi": (1e9, False),
    # French
    "mille": (1e3, True),
    "milliard": (1e9, False),
    "milliards": (1e9, False),
    # German
    "tausend": (1e3, False),
    "millionen": (1e6, False),
    "milliarde": (1e9, False),
    "milliarden": (1e9, False),
    "mio.": (1e6, False),
    "mrd.": (1e9, False),
    # Polish
    "tys.": (1e3, False),
    "milion": (1e6, False),
    "miliony": (1e6, False),
    "milionów": (1e6, False),
    "miliard": (1e9, False),
    "miliardów": (1e9, False),
    "mln": (1e6, False),
    "mld": (1e9, False),
    # Swedish, Danish and Norwegian
    "tusen": (1e3, False),
    "tusind": (1e3, False),
    "miljon": (1e6, False),
    "miljoner": (1e6, False),
    "miljard": (1e9, False),
    "miljarder": (1e9, False),
    "millioner": (1e6, False),
    "milliarder": (1e9, False),
    # Czech
    "tis.": (1e3, False),
    "tisíc": (1e3, False),
    "milionu": (1e6, False),
    "milionů": (1e6, False),
    "miliardy": (1e9, False),
    "miliardu": (1e9, False),
    # Finnish (the partitive after a number: "2,4 miljoonaa")
    "tuhatta": (1e3, False),
    "miljoonaa": (1e6, False),
    "miljardia": (1e9, False),
    # Romanian
    "mii": (1e3, False),
    "milioane": (1e6, False),
    "miliarde": (1e9, False),
    # Turkish ("bin" is an English word: read where its draft is Turkish or European)
    "bin": (1e3, True),
    "milyon": (1e6, False),
    "milyar": (1e9, False),
    # Hungarian
    "ezer": (1e3, False),
    "millió": (1e6, False),
    "milliárd": (1e9, False),
    # Estonian ("15–20 tuhat", "2,4 miljonit", "tuhande" in the genitive, "20 tuh")
    "tuhat": (1e3, False),
    "tuhande": (1e3, False),
    "miljonit": (1e6, False),
    "miljoni": (1e6, False),
    "miljonini": (1e6, False),  # "umbes 2,4 miljonini": to about 2.4 million
    "tuhandeni": (1e3, False),
    "tuh": (1e3, False),  # the abbreviation: "üle 20 tuh kriminaalasja", "15–20 tuh."
    "tuh.": (1e3, False),
    "miljardit": (1e9, False),
    # Bulgarian ("15–20 хиляди", "16 хил.", "2,4 милиона"; Russian writes "миллиона")
    "хиляди": (1e3, False),
    "хил.": (1e3, False),
    "милиона": (1e6, False),
    "милион": (1e6, False),
    "милиарда": (1e9, False),
    # Greek, in the nominative and the genitive ("16 χιλιάδες", "1,5 εκατομμύρια")
    "χιλιάδες": (1e3, False),
    "χιλιάδων": (1e3, False),
    "εκατομμύριο": (1e6, False),
    "εκατομμύρια": (1e6, False),
    "εκατομμυρίων": (1e6, False),
    "δισεκατομμύριο": (1e9, False),
    "δισεκατομμύρια": (1e9, False),
}
