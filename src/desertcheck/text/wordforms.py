"""Word forms: a word reduced so that its inflections meet (pure, no imports).

:func:`stem` makes a plural, a past tense and a British spelling alike (the near-duplicate
check of slugs); :func:`root` goes further, dropping the endings that turn a verb into a
noun of the same act (``prosecuted`` / ``prosecution`` / ``prosecutor``), for searching.
"""

from __future__ import annotations

#: irregular past forms, British and American
_IRREGULAR = {
    "burnt": "burn",
    "learnt": "learn",
    "spelt": "spell",
    "spilt": "spill",
    "spoilt": "spoil",
    "dreamt": "dream",
    "smelt": "smell",
    "leapt": "leap",
    "dwelt": "dwell",
    "knelt": "kneel",
}
#: British endings and the American ones they become, longest first
_SPELLINGS = (
    ("isation", "ization"),
    ("ising", "izing"),
    ("ised", "ized"),
    ("ise", "ize"),
    ("yse", "yze"),
    ("ogue", "og"),
    ("our", "or"),
    ("tre", "ter"),
    ("lled", "led"),
    ("lling", "ling"),
)


def stem(word: str) -> str:
    """A word reduced so that its plural, past tense and British spelling are alike."""
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    for british, american in _SPELLINGS:
        if word.endswith(british) and len(word) > len(british) + 1:
            word = word[: -len(british)] + american
            break
    if word.endswith("ies") and len(word) > 4:
        word = word[:-3] + "y"
    elif word.endswith(("ses", "xes", "ches", "shes")):
        word = word[:-2]
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        word = word[:-1]
    if word.endswith("ed") and len(word) > 4:
        word = word[:-2]
    if word.endswith("e") and len(word) > 3:
        word = word[:-1]
    return word


#: endings that make a noun of the act or its agent, dropped by :func:`root`
_AGENT_ENDINGS = ("ations", "ation", "ions", "ion", "ers", "er", "ors", "or", "ings", "ing")
_MIN_ROOT = 4


def root(word: str) -> str:
    """``word``'s stem without the ending that names the act or its agent, so that
    ``prosecuted``, ``prosecutions`` and ``prosecutors`` share ``prosecut``."""
    word = stem(word)
    for ending in _AGENT_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= _MIN_ROOT:
            return word[: -len(ending)]
    return word
