"""Russian words as content stems: stop words and a light suffix-stripping stemmer.

Light on purpose: common noun and adjective endings (and a verb's ``-и``/``-а``) are
stripped, the longest first, leaving at least three letters, then a soft sign; no prefixes,
no verb conjugations. Enough for ``приговор``/``приговоров``/``приговорам``,
``военный``/``военных``, ``часть``/``части`` to be one word. Words are casefolded with
``ё`` as ``е`` before they get here.
"""

from __future__ import annotations

from typing import Final


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Function words, qualifiers, number and time words, and attribution ("по данным").
STOP: Final = _words(
    """и в во не что он на я с со как а то все всё она так его но да ты к у же вы за бы по
    только ее мне было вот от меня еще нет о из ему теперь когда даже ну ли если уже или ни
    быть был него до вас опять уж вам ведь там потом себя ничего ей может они тут где есть
    надо ней для мы тебя их чем была сам чтоб без будто чего раз тоже себе под будет ж тогда
    кто этот того потому этого какой совсем ним здесь этом один одна почти тем чтобы нее
    сейчас были куда всех можно при два две об другой хоть после над больше тот через эти
    нас про всего них какая много три эту свою этой перед чуть том такой им более всю между
    это эта также около свыше менее примерно порядка лишь еще ещё который которые которых
    которая которое которым данным словам согласно сообщил сообщила сообщили сообщает
    заявил заявила заявили тыс тысяч тысячи тысяча млн млрд миллион миллиона миллионов
    миллиард миллиарда миллиардов процент процента процентов год года году годы лет годах
    месяц месяца месяцев неделю недели день дня дней дни днях май мая мае весь всего всем
    среди"""
)

#: Stems of time words: "в 2024 году", "за три месяца", "в январе".
STOP_STEMS: Final = _words(
    """год месяц недел январ феврал март апрел июн июл август сентябр октябр ноябр декабр
    весн осен зим"""
)

#: Noun, adjective and short verb endings, the longest tried first.
_ENDING_WORDS: Final = _words(
    """ами ями ого его ому ему ыми ими ых их ым им ой ей ую юю ая яя ое ее ые ие ый ий ов ев
    ам ям ах ях ом ем ью ия ии а я о е ы и у ю ь й"""
)
_ENDINGS: Final = tuple(sorted(_ENDING_WORDS, key=len, reverse=True))


def stem(word: str, endings: tuple[str, ...] = _ENDINGS) -> str:
    """A Russian word's stem: its ending stripped (see the module's docstring); with
    ``endings``, another language's (:mod:`.ukrainian`)."""
    w = word
    for ending in endings:
        if w.endswith(ending) and len(w) - len(ending) >= 3:
            w = w[: -len(ending)]
            break
    if len(w) > 3 and w[-1] in "ьй":
        w = w[:-1]
    return w
