"""Synthetic registries for the speed benchmark: unique texts, realistic shapes.

Every claim gets a sentence of its own — its own figure, place, body, subject and period —
written into its source among sentences with no claim, so no two quotes repeat and no
memoisation of texts is flattered. A source holds ``per_source`` claims. A few claims in a
hundred are wrong on purpose (a figure the quote does not state), as in a real registry.

Place, subject and year repeat every :data:`CYCLE` claims; past the first cycle the scope
names the cycle too, so a registry of any size has no more claims that share measure,
scope and period (and so contradict each other) than one of :data:`CYCLE` claims: none.
Without it, the 50,000-claim registry had 3,038 contradictions and the 10,000-claim one
none, and its 50k / 10k ratios measured that work as well as the registry's size.
"""

from __future__ import annotations

import random
from pathlib import Path

import yaml

PLACES = (
    "Amur Tambov Kursk Omsk Tomsk Kaluga Penza Samara Saratov Tula Tver Vologda Ryazan Orel "
    "Bryansk Smolensk Pskov Novgorod Kirov Perm Ufa Kazan Izhevsk Chita Irkutsk Buryatia Altai "
    "Khakassia Tyva Yakutia Magadan Sakhalin Kamchatka Primorye Khabarovsk Murmansk Karelia Komi "
    "Arkhangelsk Kostroma Ivanovo Vladimir Yaroslavl Lipetsk Voronezh Belgorod Rostov Kuban "
    "Stavropol Dagestan Chechnya Ingushetia Adygea Kalmykia Astrakhan Volgograd Orenburg "
    "Chelyabinsk Kurgan Tyumen Sverdlovsk Novosibirsk Kemerovo"
).split()
BODIES = (
    "regional court",
    "military prosecutor's office",
    "garrison court",
    "district registry",
    "human rights group",
    "statistics office",
    "legal aid network",
    "veterans' committee",
    "migration service",
    "volunteer hotline",
    "independent monitor",
    "press service",
)
SUBJECTS = (
    ("cases of unauthorised absence", "absence-cases", "cases"),
    ("desertion verdicts", "desertion-verdicts", "verdicts"),
    ("requests for legal help", "legal-help-requests", "requests"),
    ("asylum applications", "asylum-applications", "applications"),
    ("conscientious objector petitions", "objector-petitions", "petitions"),
    ("soldiers listed as missing", "missing-soldiers", "soldiers"),
    ("criminal cases for refusing orders", "refusal-cases", "cases"),
    ("suspended sentences", "suspended-sentences", "sentences"),
    ("calls to the hotline", "hotline-calls", "calls"),
    ("families seeking information", "families-seeking-information", "families"),
)
VERBS = ("recorded", "counted", "registered", "reported", "received", "documented", "heard")
MONTHS = (
    "January February March April May June July August September October November December"
).split()
QUALIFIED = (("", "exactly"), ("more than ", "over"), ("about ", "about"), ("nearly ", "nearly"))
FILLER = (
    "The {body} in {place} gave no breakdown by unit in its {month} bulletin.",
    "Officials in {place} declined to comment on the {body}'s figures for {month}.",
    "Lawyers working with the {body} say the real number is hard to establish in {place}.",
    "A spokesperson for the {body} in {place} said the {month} data would be revised later.",
)


#: Claims after which place, subject and year come round again (15,750).
CYCLE = len(PLACES) * len(SUBJECTS) * 25


def _sentence(rng: random.Random, k: int) -> tuple[str, dict[str, object]]:
    """One sentence stating a figure, and the claim that registers it."""
    place = PLACES[k % len(PLACES)]
    body = rng.choice(BODIES)
    phrase, measure, unit = SUBJECTS[(k // len(PLACES)) % len(SUBJECTS)]
    year = 2000 + (k // (len(PLACES) * len(SUBJECTS))) % 25
    cycle = f"-{k // CYCLE}" if k >= CYCLE else ""  # the first cycle's scopes as they were
    month = rng.randrange(12)
    value = rng.randrange(12, 98_000)
    words, qualifier = rng.choice(QUALIFIED)
    verb = rng.choice(VERBS)
    text = (
        f"In {MONTHS[month]} {year}, the {body} in {place} {verb} {words}{value:,} {phrase}, "
        f"according to figures seen by reporters in case file {k}."
    )
    claim: dict[str, object] = {
        "id": f"c{k}-{place.lower()}-{measure}",
        "statement": f"The {body} in {place} {verb} {words}{value:,} {phrase} in "
        f"{MONTHS[month]} {year}.",
        "value": value,
        "qualifier": qualifier,
        "unit": unit,
        "measure": measure,
        "scope": f"{place.lower()}-{k % 7}{cycle}",
        "period": f"{year}-{month + 1:02d}",
        "source": "",
        "quote": text,
    }
    if rng.random() < 0.01:  # a figure the quote does not state
        claim["value"] = value + 1
    return text, claim


def build_registry(root: Path, n: int, per_source: int, rng: random.Random) -> None:
    """``n`` claims in files of 100, ``per_source`` claims a source, under ``root``."""
    (root / "claims").mkdir(parents=True)
    (root / "sources").mkdir()
    claims: list[dict[str, object]] = []
    for s in range(0, n, per_source):
        sid = f"report-{s // per_source:05d}"
        paragraphs = []
        for k in range(s, min(n, s + per_source)):
            text, claim = _sentence(rng, k)
            claim["source"] = sid
            claims.append(claim)
            filler = rng.choice(FILLER).format(
                body=rng.choice(BODIES), place=rng.choice(PLACES), month=rng.choice(MONTHS)
            )
            paragraphs.append(f"{text} {filler}")
        front = {
            "title": f"Report {s // per_source}",
            "publisher": "Synthetic Monitor",
            "language": "en",
        }
        body = "\n\n".join(paragraphs)
        (root / "sources" / f"{sid}.md").write_text(
            "---\n" + yaml.safe_dump(front, sort_keys=False) + "---\n" + body + "\n",
            encoding="utf-8",
        )
    for f in range(0, len(claims), 100):
        text = yaml.safe_dump(
            {"claims": claims[f : f + 100]}, allow_unicode=True, sort_keys=False, width=200
        )
        (root / "claims" / f"part-{f // 100:04d}.yaml").write_text(text, encoding="utf-8")


def build_draft(root: Path, words: int, rng: random.Random) -> str:
    """A draft of about ``words`` words: registered sentences, some figures changed, filler."""
    quotes: list[str] = []
    for path in sorted((root / "claims").glob("*.yaml"))[:20]:
        quotes += [c["quote"] for c in yaml.safe_load(path.read_text(encoding="utf-8"))["claims"]]
    out: list[str] = []
    count = 0
    while count < words:
        if rng.random() < 0.5:
            sentence = rng.choice(quotes)
            if rng.random() < 0.2:
                sentence = sentence.replace("0", "5", 1)
        else:
            sentence = rng.choice(FILLER).format(
                body=rng.choice(BODIES), place=rng.choice(PLACES), month=rng.choice(MONTHS)
            )
        out.append(sentence)
        count += len(sentence.split())
    paragraphs = [" ".join(out[i : i + 5]) for i in range(0, len(out), 5)]
    return "# Draft\n\n" + "\n\n".join(paragraphs) + "\n"
