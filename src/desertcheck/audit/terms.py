"""The words of a sentence or a claim as content stems: stop words dropped, a crude
English stemmer (deserted/deserters/desertion are one word), and synonyms: a few here (``AWOL`` =
``absence``, ``troops`` = ``soldiers``) and the field's paraphrase lexicon
(:mod:`.lexicon`: ``sent`` = ``deployed``, ``faced trial`` = ``prosecuted``, ``Ukrainian`` =
``Ukraine``, and Russian words by their stems).

A word is a run of letters of any script (with apostrophes and combining accents, which
are dropped), casefolded. Words in Latin script go through the English stop words,
stemmer and synonyms; Cyrillic words through Russian ones (:mod:`.russian`), or Ukrainian
ones when their letters say so (:mod:`.ukrainian`); words of other scripts are kept whole.
"""

from __future__ import annotations

import functools
from typing import Final, TypeAlias

from desertcheck.audit import (
    bulgarian,
    continental,
    czech,
    dutch,
    estonian,
    finnish,
    greek,
    hungarian,
    italian,
    portuguese,
    romanian,
    scandinavian,
    turkish,
    ukrainian,
)
from desertcheck.audit.lexicon import WORDS as LEXICON
from desertcheck.audit.lexicon import russian_concepts
from desertcheck.audit.russian import STOP as RUSSIAN_STOP
from desertcheck.audit.russian import STOP_STEMS as RUSSIAN_STOP_STEMS
from desertcheck.audit.russian import stem as russian_stem
from desertcheck.compiled import regex


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_STOP: Final = _words(
    """a an the of to in on at by for from with without and or but nor as is are was were be
    been being has have had do does did it its it's this that these those there their they
    them he she his her who whom which what when where while than then so such into onto
    out up over under about some nearly almost around roughly approximately more most less
    fewer least at since between during after before until till through throughout per
    each every any all both another further other only just alone total record also
    according said says say told reported reportedly report reports estimated estimate
    estimates according new now currently still yet not no one two three four five six
    seven eight nine ten year years month months week weeks day days working
    january february march april may june july august september october november december
    spring summer autumn fall winter early late mid end start beginning half first second
    last this next past dozen hundred hundreds thousand thousands million millions
    billion percent per cent share average can could would will may might must
    whole entire calendar pre post war's yr yrs mo mos mth mths wk wks avg approx
    think guess"""
)

#: word -> other words it also stands for (applied to draft and registry alike)
_SYNONYM_WORDS: Final[dict[str, str]] = {
    "awol": "absence unauthorised",
    "absence": "awol",
    "absent": "awol absence",
    "unauthorised": "awol absence",
    "unauthorized": "awol absence unauthorised",
    "troops": "soldiers",
    "troop": "soldiers",
    "servicemen": "soldiers",
    "personnel": "soldiers",
    "conscripts": "soldiers",
    "men": "soldiers",
    "deserters": "soldiers",
    "army": "armed forces",
    "military": "armed forces",
    "trial": "cases",
    "trials": "cases",
    "tried": "cases",
    "charged": "cases",
    "charges": "cases",
    "defendants": "cases",
    "accused": "cases",
    "prosecuted": "cases",
    "decisions": "verdicts",
    "sentenced": "convicted",
    "punishable": "sentence maximum",
    "punishment": "sentence maximum",
    "penalty": "sentence maximum",
    "prison": "sentence",
    "max": "maximum",
    "disobey": "disobedience",
    "disobeys": "disobedience",
    "disobeyed": "disobedience",
    "disobeying": "disobedience",
}


@functools.lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    """A crude English stemmer: enough to make deserted/deserters/desertion one word."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    w = w.rstrip("'")
    if len(w) <= 3:
        return w
    if w.endswith("ies") and len(w) > 4:
        w = w[:-3] + "y"
    elif w.endswith("sses"):
        w = w[:-2]
    elif w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    for suffix in ("ation", "ition", "ion", "ings", "ing", "ers", "er", "ed", "al", "e"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            w = w[: -len(suffix)]
            break
    return w


def _concepts(words: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(_stem(w) for w in words))


_SYNONYMS: Final[dict[str, tuple[str, ...]]] = {
    word: _concepts([*_SYNONYM_WORDS.get(word, "").split(), *LEXICON.get(word, ())])
    for word in {*_SYNONYM_WORDS, *LEXICON}
}


#: A letter of any script, then letters, apostrophes and combining accents.
#: A word; a Latin letter hyphened to it is its own ("e-book" is "ebook", "x-ray" "xray")
_WORD = regex(
    r"(?<![^\W\d_])(?:[a-zA-Z]-(?=[^\W\d_]{2}))?[^\W\d_](?>(?:[^\W\d_]|['’\u0300-\u036f])*)"
)
_ACCENTS = regex(r"[\u0300-\u036f]")
_LATIN = regex(r"[a-z'\u00df-\u024f]+")
_CYRILLIC = regex(r"[\u0400-\u04ff]+")

#: A word of a text and its content stems: (start, end, stems).
Word: TypeAlias = tuple[int, int, tuple[str, ...]]


def is_latin(term: str) -> bool:
    """Whether a stem is in Latin script (as are every claim's measure, scope and unit)."""
    return _LATIN.fullmatch(term) is not None


@functools.lru_cache(maxsize=65536)
def _word_terms(word: str) -> tuple[str, ...]:
    """A word's stem and synonyms; nothing for a stop word."""
    w = _ACCENTS.sub("", word.casefold()).replace("’", "'").replace("-", "")
    if len(w) < 2:
        return ()
    if _LATIN.fullmatch(w):
        if w in _STOP or w in continental.STOP or w in italian.STOP:  # "the", "die", "gli"
            return ()
        if w in dutch.STOP or w in portuguese.STOP or w in scandinavian.STOP or w in czech.STOP:
            return ()
        if w in finnish.STOP or w in romanian.STOP or w in turkish.STOP:  # "että", "için"
            return ()
        if w in hungarian.STOP or w in estonian.STOP:  # "közül", "neist"
            return ()
        if (rest := continental.elided(w) or italian.elided(w)) is not None:  # "l'armée"
            return _word_terms(rest)
        if w in _SYNONYMS:
            return (_stem(w), *_SYNONYMS[w])
        stem = _stem(w)  # "Verfahren": cases, prosecution
        found = continental.concepts(w) or italian.concepts(w)  # "Verfahren", "condanne"
        found = found or dutch.concepts(w) or portuguese.concepts(w)  # "zaken", "condenados"
        found = found or scandinavian.concepts(w) or czech.concepts(w)  # "dömda", "dømt"
        found = found or finnish.concepts(w) or romanian.concepts(w)  # "tuomittiin", "dosare"
        found = found or turkish.concepts(w) or hungarian.concepts(w)  # "ítéltek"
        found = found or estonian.concepts(w)  # "sõdurit"
        return (stem, *(t for t in _concepts(found) if t != stem))
    if _CYRILLIC.fullmatch(ukrainian.plain(w)):
        w = w.replace("ё", "е")
        if w in RUSSIAN_STOP or w in ukrainian.STOP or w in bulgarian.STOP:
            return ()
        stem = ukrainian.stem(w) if ukrainian.marked(w) else russian_stem(w)
        if stem in RUSSIAN_STOP_STEMS:
            return ()
        found = bulgarian.concepts(w, first=True)  # "войници" (soldiers) is no "войн" (war)
        found = found or russian_concepts(stem) or ukrainian.concepts(w, stem)
        found = found or bulgarian.concepts(w)  # "осъдени", "съдилищата"
        return (stem, *_concepts(found))
    if greek.is_greek(w):  # "λιποτάκτες": by its part, accents dropped
        w = greek.plain_word(w)
        return () if w in greek.STOP else (w, *_concepts(greek.concepts(w)))
    return (w,)


def words(text: str, start: int = 0, end: int | None = None) -> list[Word]:
    """The words of ``text[start:end]`` that have content stems, with their offsets."""
    stop = len(text) if end is None else end
    out: list[Word] = []
    for m in _WORD.finditer(text, start, stop):
        stems = _word_terms(m.group())
        if stems:
            out.append((m.start(), m.end(), stems))
    return out


def terms(text: str) -> list[str]:
    """The content stems of ``text`` (stop words dropped, synonyms added), in order."""
    return [t for _, _, stems in words(text) for t in stems]


@functools.lru_cache(maxsize=65536)
def slug_terms(slug: str) -> tuple[str, ...]:
    """The content stems of a slug (a measure, scope, unit or source id)."""
    return tuple(terms(slug.replace("-", " ")))


class Synonyms:
    """A registry's own synonyms (``[audit.synonyms]``, :func:`desertcheck.audit.lexicon.
    user_synonyms`) as stems: each stem adds the stems of the words it stands for."""

    def __init__(self, table: dict[str, tuple[str, ...]] | None = None) -> None:
        self.table: dict[str, tuple[str, ...]] = {}
        for word, others in (table or {}).items():
            stems = _word_terms(word)
            if not stems:
                continue
            extra = [t for w in others for t in _word_terms(w)[:1]]
            self.table[stems[0]] = tuple(dict.fromkeys((*self.table.get(stems[0], ()), *extra)))

    def __bool__(self) -> bool:
        return bool(self.table)

    def expand(self, stems: tuple[str, ...] | list[str]) -> tuple[str, ...]:
        """``stems`` and the stems they stand for, each once, in order."""
        if not self.table:
            return tuple(stems)
        return tuple(dict.fromkeys((*stems, *(x for t in stems for x in self.table.get(t, ())))))


def measure_words(slug: str) -> list[tuple[str, ...]]:
    """The stems of each word of a slug (a measure's), a short word the stemmer keeps
    whole that ends in a hiss ("bus", "tax", "box") with its plural's in -es too ("buses"
    stems to "buse"): a slug says a word in the singular, a draft in the plural."""
    text = slug.replace("-", " ")
    out = []
    for start, end, stems in words(text):
        w = text[start:end].casefold()
        if len(w) <= 3 and w.endswith(("s", "x", "z")):
            stems = tuple(dict.fromkeys((*stems, *_word_terms(w + "es")[:1])))
        out.append(stems)
    return out
