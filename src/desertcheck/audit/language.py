"""Which language a draft is written in, roughly: enough to tell an editor that audit will
read its figures but not the words around them.

audit reads the words of English, Russian and Ukrainian (docs/audit.md, "Languages"); a draft in
another language has its figures parsed, but no claim's words meet its sentences, so most
figures come out ``unsourced``, which does not fail a plain run. This guess lets the
command say so. It counts each language's commonest function words (articles,
prepositions, conjunctions): a draft whose words are mostly those of one language that
audit does not read, and barely English or Russian, is named. A translation that keeps
another language's number formats but is written in English is English.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache
from typing import Final

from desertcheck.audit.declared import declared
from desertcheck.audit.declared import name as declared_name
from desertcheck.compiled import regex

#: Languages whose words audit reads.
READ: Final = frozenset({"English", "Russian", "Ukrainian"})

_FUNCTION_WORDS: Final = {
    "English": "the of and to in that is was for on with by from are were have has this",
    "Russian": "и в не на что с по из за от для как это к о его было были года также",
    "Ukrainian": "і та що від для які був була було року також це не на з до за",
    "German": "der die das und nicht mit von den dem des ist sind wurde wurden für auf im zu",
    "French": "le la les et des du une un est dans pour sur que qui au aux ont été sont",
    "Spanish": "el la los las y del en que por con una un para se al fue han son como",
    "Italian": "il la di e che per con del della dei delle sono è stato gli nel alla",
    "Portuguese": "o a os as e do da dos das em que para com uma um foram são pelo não",
    "Polish": "i w z na się że nie do od jest są za przez dla oraz było roku tys",
    "Dutch": "de het een en van in op dat met voor zijn werd worden door niet bij",
    "Swedish": "och att det som på är av för med har inte ett var från hade sina eller också",
    "Norwegian": "og ikke er fra hadde også ble blir mot hvor etter eller det som på av med har "
    "var den til",
    # Danish, after Norwegian: a text of the words both write reads as Norwegian, as before
    "Danish": "og ikke er fra havde også blev bliver mod hvor efter eller det som på af med "
    "har var den til mellem nogle sig hvad meget mere",
    "Czech": "se je jsou bylo byla byl byly v ve pro jako které který která kteří podle také "
    "jen už již při než tedy mezi jich nich však",
    "Finnish": "ja että oli ovat olivat ei sekä myös tai mutta kun kuin joka jotka joista "
    "mukaan heistä niistä vuonna mennessä välillä lähtien jo vain sen tämä mitä kanssa "
    "hänen niin jos",
    "Romanian": "și şi în din pentru este sunt au fost că sau ale unui unei dintre până "
    "între care potrivit doar acest această",
    "Turkish": "ve bir bu ile için olarak göre ise da de ki gibi daha çok sonra olan ayrıca "
    "aynı yılında arasında kadar",
    "Hungarian": "az és hogy nem egy van volt szerint óta között után alatt miatt mint több "
    "csak már még ezek közül közülük pedig",
    "Estonian": "ja ning ei et oli olid kui aga ka mis kes või selle seda nende neist neid "
    "järgi alates pärast vastu eest aastal aastast seisuga sõnul andmeil ligi umbes üle",
    "Greek": "και το η ο οι τα του της των τον την τους τις από για με σε στο στη στην στον "
    "ότι που είναι ήταν έχουν",
}
_WORDS: Final = {lang: frozenset(words.split()) for lang, words in _FUNCTION_WORDS.items()}
#: Bulgarian's function words that Russian and Ukrainian do not write ("са", "към",
#: "през", "тях", "това"), and its hard sign before a consonant ("съд", "осъдени"), as
#: Russian writes it only before "е", "ё", "ю", "я" ("объявил"). Bulgarian shares its
#: script and its commonest words ("и", "в", "на", "от", "за") with Russian, so a draft is
#: Bulgarian when these outweigh the Russian and Ukrainian words it does not share.
_BULGARIAN: Final = frozenset(
    {
        "са", "се", "към", "през", "че", "като", "тях", "това", "тези", "които", "която",
        "който", "също", "според", "срещу", "насам", "обаче", "още", "вече", "най",
    }
)  # fmt: skip
_BULGARIAN_LETTERS: Final = regex(r"ъ(?![еёюя])")
#: The Russian and Ukrainian function words Bulgarian writes too.
_SHARED_CYRILLIC: Final = frozenset(["и", "в", "на", "с", "по", "за", "от", "до", "не", "о", "к"])
#: Letters one language of two that share their function words writes and the other does
#: not: Czech "ě", "ř", "ů", Polish "ł", "ą", "ę"..., Romanian "ă", "ș", "ț" (with a comma
#: below or a cedilla), Finnish's doubled front vowels; a word with one counts for its
#: language.
_LETTERS: Final = {
    "Czech": regex(r"[ěřů]"),
    "Polish": regex(r"[łąęśźżćń]"),
    # Romanian "ș", "ț"; Turkish writes "ş" too, but a word with its "ğ" or dotless "ı" is
    # Turkish alone
    "Romanian": regex(r"\A(?!.*[ğı]).*[ășțşţ]"),
    "Turkish": regex(r"[ğı]"),
    # Hungarian "ő", "ű", as no other language read writes
    "Hungarian": regex(r"[őű]"),
    # Estonian "õ", but not Portuguese "õe", "ões"
    "Estonian": regex(r"õ(?!e)"),
    # a word in Greek letters is Greek (as a word in Cyrillic is Russian or Ukrainian)
    "Greek": regex(r"[\u0370-\u03ff\u1f00-\u1fff]"),
    # Norwegian and Danish "æ", "ø", as Swedish does not write; the two are told apart by
    # their function words ("af", "havde", "blev" are Danish; "av", "hadde", "ble"
    # Norwegian)
    "Norwegian": regex(r"[æø]"),
    "Danish": regex(r"[æø]"),
    # Finnish vowel harmony: "ää", "yy", two front vowels in a word ("tämä", "kääntäjä"),
    # as Swedish and German seldom write; its "on" (is) counts for English
    "Finnish": regex(r"ää|öö|yy|[äö][^\W\d_]*[äö]"),
}
_TOKEN = regex(r"[^\W\d_]+")

#: Function words a draft must hold before a guess is made: a few lines say too little.
MIN_WORDS: Final = 6


def unread_language(text: str) -> str | None:
    """The language ``text`` is written in when it is one audit does not read, else None
    (English, Russian, Ukrainian, mixed, or too short to tell); the language its editor
    declared (:mod:`.declared`) when there is one, whatever its words."""
    if declared() is not None:
        language = declared_name()
        return None if language in READ else language
    return _guessed(text)


@lru_cache(maxsize=8)  # a draft's note, its page's note and its page's language ask alike
def _guessed(text: str) -> str | None:
    counts: Counter[str] = Counter()
    for word in _TOKEN.findall(text.casefold()):
        for lang, words in _WORDS.items():
            if word in words:
                counts[lang] += 1
        for lang, letters in _LETTERS.items():
            if letters.search(word):
                counts[lang] += 1
    if not counts:
        return None
    if _bulgarian(text):
        return "Bulgarian"
    lang, hits = counts.most_common(1)[0]
    read = max(counts[name] for name in READ)
    if lang in READ or hits < MIN_WORDS or hits < 3 * read:
        return None
    return lang


def _bulgarian(text: str) -> bool:
    """Whether ``text`` is Bulgarian: its own function words and letters at least
    :data:`MIN_WORDS`, and three times the Russian and Ukrainian function words it does
    not share (:data:`_SHARED_CYRILLIC`)."""
    own = other = 0
    for word in _TOKEN.findall(text.casefold()):
        if word in _BULGARIAN or _BULGARIAN_LETTERS.search(word):
            own += 1
        elif word not in _SHARED_CYRILLIC and (
            word in _WORDS["Russian"] or word in _WORDS["Ukrainian"]
        ):
            other += 1
    return own >= MIN_WORDS and own >= 3 * other
