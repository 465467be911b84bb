"""Portuguese drafts: the field's words as English concepts, as Italian ones are
(:mod:`.italian`), and the words around a Portuguese draft's figures (:data:`WRITING`, read
by :mod:`.translations`).

A desk's Portuguese translation says "desertores", "processos", "condenações", "ausência
sem licença"; the claims are written in English. Each Portuguese word listed here (accents
dropped) stands for the English concept words the claims use, by a part of it
(:data:`PARTS`: "condena" in "condenados", "condenações") or whole (:data:`WHOLE`: short
words such as "casos", "pena"); its articles, prepositions and auxiliaries weigh nothing in
a sentence's score (:data:`STOP`). No part is a part of an English word ("processos", a
part of "processing"'s stem, is read whole), and no stop word is an English word ("a",
"as", "no", "do" are not there).
"""

from __future__ import annotations

import re
from typing import Final

from desertcheck.audit.translations import Writing
from desertcheck.audit.word_parts import concept_reader
from desertcheck.compiled import regex

#: Parts of Portuguese words (accents dropped) and the English concept words they stand for.
PARTS: Final = {
    "deserc": "desertion",
    "soldad": "soldiers",
    "efetivo": "deployed soldiers",
    "enviad": "deployed",
    "condena": "convictions",
    "julgament": "cases trials",
    "julgad": "cases",
    "sentenca": "verdicts",
    "ausencia": "awol absence",
    "licenca": "awol",
    "recusa": "refusal",
    "combater": "fight",
    "distrito": "district",
    "moscovo": "moscow",
    "leninegrado": "leningrad",
    "ucrani": "ukraine",
    "abert": "opened",
    "semana": "week",
    "trabalho": "working",
    "recrutad": "recruited",
    "detido": "detainees prisoners",
    "estrangeir": "foreign",
    "organizac": "organisations",
    "indesejave": "undesirable",
    "psiquiatri": "psychiatric",
    "forcad": "coercive",
    "deslocad": "displaced",
    "pedido": "requests",
    "isencao": "exemption",
    "responsabilidade": "liability",
    "arguido": "defendants accused",
    "relator": "rapporteur",
    "advogad": "lawyer",
    "simulacao": "malingering",
}
#: Short Portuguese words read whole (accents dropped).
WHOLE: Final = {
    "processo": "cases prosecution",
    "processos": "cases prosecution",
    "casos": "cases",
    "caso": "cases",
    "pena": "sentence",
    "penas": "sentence",
    "maxima": "maximum",
    "maximas": "maximum",
    "anos": "",
    "insubordinacao": "disobedience",
    "sul": "southern",
    "centro": "central",
    "leste": "eastern",
    "russos": "russia",
    "russo": "russia",
    "russa": "russia",
    "russas": "russia",
    "novos": "new opened",
    "novas": "new opened",
    "abre": "opened",
    "abriam": "opened",
    "mes": "month",
    "dia": "day",
    "presos": "prisoners",
    "agentes": "agents",
    "tortura": "torture",
    "mortos": "deaths",
    "ajuda": "assistance",
    "onu": "un",
    "asilo": "asylum",
    "agencia": "agency",
    "homens": "people soldiers",
    "pessoas": "people",
    "guerra": "war",
    "forcas": "forces",
    "armadas": "armed military",
    "politicos": "political",
    "politicas": "political",
    "militares": "military soldiers",
}
#: Portuguese words that say nothing of what a figure counts. None is an English word, nor
#: one of the other languages read ("conta": Italian), nor a qualifier ("até" is "up to").
_STOP_WORDS: Final = (
    "o os e da dos das na nas num numa uma uns umas que para com pelo pela pelos pelas "
    "foram foi são ser estão está este esta esse essa isso seu sua seus suas ao aos "
    "desde entre já ou como quais desses dessas houve tinham sido segundo mesmo mesma "
    "conta contou registou fala"
)
STOP: Final = frozenset(_STOP_WORDS.split())


#: The English concept words a Portuguese word (lower case) stands for
#: (:func:`.word_parts.concepts_of`).
concepts: Final = concept_reader(WHOLE, PARTS)


_MONTHS: Final = (
    "janeiro|fevereiro|março|marco|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro"
)
#: Units of time after a figure, as the English unit a claim writes.
_UNITS: Final = {
    "ano": "years", "anos": "years", "mês": "months", "meses": "months", "semana": "weeks",
    "semanas": "weeks", "dia": "days", "dias": "days",
}  # fmt: skip
#: Small numbers in words.
_NUMBERS: Final = {
    "dois": 2, "duas": 2, "três": 3, "quatro": 4, "cinco": 5, "seis": 6, "sete": 7, "oito": 8,
    "nove": 9, "dez": 10, "onze": 11, "doze": 12, "quinze": 15, "vinte": 20, "trinta": 30,
    "quarenta": 40, "cinquenta": 50,
}  # fmt: skip
#: How a Portuguese draft writes the words around its figures.
WRITING: Final = Writing(
    language="Portuguese",
    year_before=regex(
        rf"(?<![\w])(?i:desde|em|de|até|ate|entre|ano|fim|final|início|meados|{_MONTHS}"
        r"|primavera|verão|outono|inverno|(?:19|20)[0-9]{2}[ \t\u00a0]+e"
        r"|(?:19|20)[0-9]{2}[–-])[ \t\u00a0]*\Z"
    ),
    qualifiers=(
        ("over", regex(r"(?<![\w])(?i:acima\s+de|para\s+cima\s+de)[ \t\u00a0]+\Z")),
        ("about", regex(r"(?<![\w])(?i:cerca\s+de|à\s+volta\s+de|uns|umas)[ \t\u00a0]+\Z")),
    ),
    to=regex(r"\A[ \t\u00a0]*(?:a|-|–)[ \t\u00a0]*\Z"),
    and_=regex(r"\A[ \t\u00a0]+e[ \t\u00a0]+\Z"),
    between=regex(r"(?<![\w])(?i:entre)[ \t\u00a0]+\Z"),
    units=_UNITS,
    numbers=_NUMBERS,
    rate=regex(
        r"\A[^.;:!?\d]{0,40}?(?<!\w)(?:por|cada|ao)\s+(mês|mes|semana|dia)(?!\w)",
        re.IGNORECASE,
    ),
    vague={
        "centenas": (100.0, 999.0),
        "milhares": (1e3, 9999.0),
        "dezenas de milhares": (1e4, 99999.0),
        "centenas de milhares": (1e5, 999999.0),
        "milhões": (1e6, 9999999.0),
    },
    articles=regex(r"(?<![\w])(?i:os|as|dos|das|nos|nas)[ \t\u00a0]+\Z"),
    scales=True,
    rate_spans={"mês": "month", "mes": "month", "semana": "week", "dia": "day"},
)
