"""The paraphrase lexicon: words of the field that say the same thing in other words.

Each group below is a set of words a reporter uses for one idea; a word of a group stands
for the group's *concept words* too (the words after ``=``), in the draft and in the
registry alike, so "sent to Ukraine" meets "deployed", "went AWOL" meets "unauthorised
absence", "faced trial" meets "prosecuted". Country names and their demonyms and
possessives are one word (``Ukrainian``, ``Ukraine's`` = ``ukraine``).

Russian words are read by their stem's beginning (:data:`RUSSIAN`): ``дезертир…`` is
``desertion`` whatever its ending, so a Russian sentence can meet an English claim.

A registry adds its own groups in ``desertcheck.toml`` (``[audit.synonyms]``, see
docs/audit.md); :func:`user_synonyms` reads them into the same shape.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Final

#: ``words = concept words``: each word on the left also stands for the words on the right.
#: Concept words are stemmed like any word, so ``convicted`` and ``conviction`` are one.
_GROUPS: Final = """
awol absence absent unauthorised unauthorized soch overstay overstays overstayed
    overstaying permission = awol absence
deserted deserting desert deserts deserters deserter desertion desertions fled flee flees
    fleeing abandoned abscond absconded absconding = desertion
troops troop servicemen servicemembers personnel conscripts conscript men contract
    contractors soldiers soldier recruits officers = soldiers
army military forces armed = military
trial trials tried charged charges charge defendants defendant accused prosecuted
    prosecution prosecutions prosecute indicted indictment case cases = cases prosecution
sentenced convicted conviction convictions guilty = convictions
verdict verdicts decisions decision judgments judgements rulings = verdicts
punishable punishment penalty penalties prison jail imprisonment sentence sentences
    term carries carry carrying facing risk risks risked risking = sentence
increase increased increasing expand expanded expansion raise raised grow grew grown
    growth rise rises rising rose climb climbed climbing boost boosted enlarge enlarged
    = increase
maximum max ceiling cap capped caps most = maximum
disobey disobeys disobeyed disobeying disobedience insubordination order orders = disobedience
refuse refused refusing refusal refusals = refusal
serve serving service = service
sent deployed deployment stationed posted fighting = deployed
courts court tribunals tribunal judges judge = courts
new opened registered received launched initiated filed = opened
monthly month = month
yrs yr years year = years
weekly week = week
daily day = day
recruited recruitment recruits enlisted enlist signed signs enlistment = recruited
prisoners prisoner inmates convicts = prisoners
malingering feigning feigned faking faked simulating simulated self-harm = malingering
psychiatric psychiatry forced coercive compulsory = psychiatric coercive
killed killing deaths dead died death fatalities lives = deaths
injured wounded injuries injury harmed hurt maimed = injured
displaced refugees fled uprooted = displaced
asylum refuge = asylum
help helped helping assistance assist aid = assistance
requests request appeals pleas applications ask asks asking asked = requests
volunteer volunteers network group groups organisation organisations organization
    organizations = group
district districts region regions okrug = district
share proportion percentage fraction tenth = share
total overall combined altogether = total
un united nations = un
article articles art arts = article
rapporteur rapporteurs = rapporteur
kremlin putin decree government authorities = russia
zelensky kyiv kiev = ukraine
size strength strong headcount authorised authorized = size
politically political = political
undesirable = undesirable
foreign agents agent = foreign agent
torture tortured = torture
veterans veteran returning combatants returnees = combatants
"""

#: Countries and their demonyms and possessives: each word stands for the country.
_PLACES: Final = """
russia russian russians russia's ru rus = russia
ukraine ukrainian ukrainians ukraine's ua ukr = ukraine
belarus belarusian belarusians = belarus
kazakhstan kazakh kazakhs kazakhstani = kazakhstan
georgia georgian georgians = georgia
armenia armenian armenians = armenia
finland finnish finns = finland
poland polish poles = poland
germany german germans = germany
europe european europeans = europe
america american americans = america
"""

#: Russian stem beginnings and the English concept words they stand for.
RUSSIAN: Final[Mapping[str, str]] = {
    "дезертир": "desertion",
    "самовол": "awol absence",
    "соч": "awol absence",
    "оставлен": "awol absence",
    "отказ": "refusal",
    "служ": "service",
    "военнослужащ": "soldiers",
    "военн": "military",
    "солдат": "soldiers",
    "контингент": "soldiers deployed",
    "арми": "military",
    "приговор": "verdicts",
    "осужд": "convictions",
    "осуди": "convictions",
    "решени": "verdicts decisions",
    "обвиня": "cases prosecution",
    "обвинительн": "convictions guilty",
    "обвинен": "cases prosecution",
    "преслед": "cases prosecution",
    "подсудим": "cases",
    "дел": "cases",
    "уголовн": "criminal",
    "суд": "courts",
    "неисполнен": "disobedience",
    "неподчинен": "disobedience",
    "приказ": "disobedience order",
    "наказан": "sentence maximum",
    "лишени": "sentence prison",
    "свобод": "prison",
    "срок": "sentence",
    "максимальн": "maximum",
    "округ": "district",
    "южн": "southern",
    "центральн": "central",
    "московск": "moscow",
    "восточн": "eastern",
    "ленинградск": "leningrad",
    "западн": "western",
    "росси": "russia",
    "украин": "ukraine",
    "оон": "un",
    "спецдокладчик": "special rapporteur",
    "докладчик": "rapporteur",
    "рабоч": "working",
    "нов": "new opened",
    "получ": "received opened",
    "поступ": "received opened",
    "вторжени": "invasion",
    "войн": "war",
    "мобилизац": "mobilisation",
    "вербов": "recruited",
    "завербова": "recruited",
    "заключенн": "prisoners",
    "психиатр": "psychiatric",
    "принудительн": "coercive",
    "симуляц": "malingering",
    "симулир": "malingering",
    "убежищ": "asylum",
    "случа": "cases",
    "медиазон": "mediazona",
    "проект": "proekt",
    "европейск": "european",
    "агентств": "agency",
    "ежемесячн": "month",
    "еженедельн": "week",
    "ежедневн": "day",
    "грози": "sentence",
    "грозя": "sentence",
    "убит": "deaths",
    "погиб": "deaths",
    "смерт": "deaths",
    "жизн": "deaths",
    "ранен": "injured",
    "убил": "deaths",  # the verbs: "убили или тяжело ранили более 750 человек"
    "убив": "deaths",
    "ранил": "injured",
    "ранив": "injured",
    "верстк": "verstka",
    "вернувш": "combatants",
    "ветеран": "combatants",
    "участник": "combatants",
    "беженц": "displaced",
    "переселен": "displaced",
    "покину": "displaced",
    "человек": "people",
    "люд": "people",
    "срочник": "soldiers conscripts",
    "контрактник": "soldiers contract",
    "войск": "soldiers",
    "вооружен": "military forces",
    "отправлен": "deployed",
    "направлен": "deployed",
    "просьб": "requests",
    "обращени": "requests",
    "помощ": "assistance",
    "волонтер": "volunteer group",
    "групп": "group",
    "антивоен": "anti-war",
    "доклад": "report",
    "правозащитник": "rights",
    # the registry's other measures, in Russian: designations, detention, shares, law
    "нежелательн": "undesirable",
    "организаци": "organisation group",
    "признан": "designation",
    "иностранн": "foreign",
    "агент": "agent",
    "пыт": "torture",
    "политзаключ": "political prisoners",
    "политическ": "political",
    "сизо": "pretrial detainees detention",
    "страж": "detention",
    "процент": "percent share",
    "ответственност": "liability",
    "освобожд": "exemption",
    "численност": "size",
    "средн": "average",
    "задокументир": "documented",
}


def _parse(text: str) -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    for entry in " ".join(text.split("\n    ")).splitlines():
        if "=" not in entry:
            continue
        left, right = entry.split("=", 1)
        concept = tuple(right.split())
        for word in left.split():
            out[word] = tuple(dict.fromkeys((*out.get(word, ()), *concept)))
    return out


#: word -> the concept words it also stands for (before stemming).
WORDS: Final[Mapping[str, tuple[str, ...]]] = {**_parse(_GROUPS), **_parse(_PLACES)}

#: The Russian beginnings, longest first, so ``военнослужащ`` wins over ``военн``.
RUSSIAN_PREFIXES: Final = tuple(sorted(RUSSIAN, key=len, reverse=True))


def russian_concepts(stem: str) -> tuple[str, ...]:
    """The English concept words a Russian stem stands for (none for most words)."""
    for prefix in RUSSIAN_PREFIXES:
        if stem.startswith(prefix):
            return tuple(RUSSIAN[prefix].split())
    return ()


def user_synonyms(table: Mapping[str, Sequence[str]]) -> dict[str, tuple[str, ...]]:
    """``[audit.synonyms]`` as word -> words it stands for: ``deployed = ["sent",
    "posted"]`` makes the three words one (each stands for the others)."""
    out: dict[str, list[str]] = {}
    for key, listed in table.items():
        group = [key, *([listed] if isinstance(listed, str) else listed)]
        for word in group:
            others = [w.casefold() for w in group if w != word]
            out.setdefault(word.casefold(), []).extend(others)
    return {w: tuple(dict.fromkeys(v)) for w, v in out.items()}
