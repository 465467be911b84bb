"""Two slugs of one field must not be almost the same.

The cross-claim checks compare only claims whose ``measure``, ``scope`` and ``unit`` are
written alike, so a slug that differs by a letter quietly takes its claims out of every
comparison: ``area-burnt`` on one claim and ``area-burned`` on another hide any
contradiction between them. Measures, scopes, units and tags are each compared among
themselves; two of them are near duplicates when

* they are the same words in another order (``russian-army`` / ``army-russian``);
* their words differ only by a plural, a past tense or British and American spelling
  (``desertion`` / ``desertions``, ``area-burned`` / ``area-burnt``,
  ``mobilisation`` / ``mobilization``);
* or one letter apart — one added, removed, changed, or two swapped — when both have at
  least five letters (``prosecutions`` / ``prosecutoins``).

Slugs whose numbers differ (``district-1`` / ``district-2``, ``cases-2023`` /
``cases-2024``) are never near duplicates. The finding names both slugs and the claims
that use each. Use one slug for one quantity; when the two really differ, accept the
finding on one of its claims with the reason.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from itertools import chain
from operator import attrgetter

from desertcheck.checks.base import RegistryContext
from desertcheck.codes import Code
from desertcheck.findings import Finding
from desertcheck.model import Claim
from desertcheck.text.wordforms import stem
from desertcheck.vocabulary import some_of

CODE = Code.VOCABULARY_NEAR_DUPLICATE
KIND = "registry"

#: Fields compared, with how a finding names them.
FIELDS = ("measure", "scope", "unit", "tags")
_MIN_LETTERS = 5  # below this, one letter is a different word ("men", "man")
_WORD = re.compile(r"[a-z0-9]+")
_DIGITS = re.compile(r"[0-9]+")


def one_edit_apart(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by one insertion, deletion, substitution or swap of
    two neighbouring letters (optimal string alignment distance 1)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        if a[i + 1 :] == b[i + 1 :]:
            return True
        return a[i : i + 2] == b[i : i + 2][::-1] and a[i + 2 :] == b[i + 2 :]
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    return longer[i + 1 :] == shorter[i:]


def how_near(a: str, b: str) -> str | None:
    """How two different slugs are near duplicates (for the message), or None."""
    if _DIGITS.findall(a) != _DIGITS.findall(b):
        return None
    words_a, words_b = _WORD.findall(a.lower()), _WORD.findall(b.lower())  # units: "GBP"
    if not words_a or not words_b:
        return None
    if sorted(words_a) == sorted(words_b):
        return "the same words in another order"
    if sorted(map(stem, words_a)) == sorted(map(stem, words_b)):
        return "the same words but for a plural, a tense or a spelling"
    letters = min(sum(map(len, words_a)), sum(map(len, words_b)))
    if letters >= _MIN_LETTERS and one_edit_apart(a, b):
        return "one letter apart"
    return None


def near_pairs(slugs: Sequence[str]) -> Iterator[tuple[str, str, str]]:
    """(a, b, how) for each pair of ``slugs`` that are near duplicates, each pair once.

    Candidates are found without comparing every pair: by their stemmed words, and by the
    strings left when one letter is deleted (two strings one edit apart share one).
    """
    buckets: dict[object, list[str]] = {}
    for s in slugs:
        words = _WORD.findall(s.lower())
        keys: set[object] = {tuple(sorted(map(stem, words)))}
        keys |= {("-", s)} | {("-", s[:i] + s[i + 1 :]) for i in range(len(s))}
        for key in keys:
            buckets.setdefault(key, []).append(s)
    seen: set[tuple[str, str]] = set()
    order = {s: i for i, s in enumerate(slugs)}
    for group in buckets.values():
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                pair = (a, b) if order[a] < order[b] else (b, a)
                if pair in seen or a == b:
                    continue
                seen.add(pair)
                how = how_near(*pair)
                if how is not None:
                    yield (*pair, how)


def _slip_rank(slug: str, claims: list[Claim]) -> tuple[int, int]:
    """How unlikely ``slug`` is to be the slip: its claims, then how many of its words
    their statements and quotes use ("knfie-crime" on a claim about "knife crime": 1)."""
    said = {stem(w) for c in claims for w in _WORD.findall(f"{c.statement} {c.quote}".lower())}
    return len(claims), sum(stem(w) in said for w in _WORD.findall(slug.lower()))


def _values(claim: Claim, field: str) -> tuple[str, ...]:
    value = getattr(claim, field)
    return tuple(value) if isinstance(value, tuple) else (value,)


def _slugs(claims: Sequence[Claim], field: str) -> list[str]:
    """The values of ``field`` among ``claims`` (each of a tuple's), each once, in the order
    first met: found without a step in Python for each claim (ten thousand of them)."""
    values = list(map(attrgetter(field), claims))
    kinds = set(map(type, values))
    if kinds == {tuple}:  # tags
        values = list(chain.from_iterable(values))
    elif tuple in kinds:
        values = list(chain.from_iterable(v if isinstance(v, tuple) else (v,) for v in values))
    return list(dict.fromkeys(values))


def check(ctx: RegistryContext) -> Iterator[Finding]:
    for field in FIELDS:
        pairs = list(near_pairs(_slugs(ctx.registry.claims, field)))
        if not pairs:
            continue  # almost always: no claim is gone through again
        users: dict[str, list[Claim]] = {}
        for c in ctx.registry.claims:
            for value in _values(c, field):
                users.setdefault(value, []).append(c)
        for a, b, how in pairs:
            # the rarer slug is the likely slip: point at its first claim (of two as
            # common, the one whose words its claims' statements and quotes use less)
            rare, common = (a, b) if _slip_rank(a, users[a]) <= _slip_rank(b, users[b]) else (b, a)
            rare_ids = {c.id for c in users[rare]}
            claims = [*users[rare], *(c for c in users[common] if c.id not in rare_ids)]
            first = users[rare][0]
            name = "tag" if field == "tags" else field
            yield Finding.of(
                CODE,
                f"{name}s {rare!r} and {common!r} are almost the same ({how}): "
                f"{rare!r} is used by {some_of([c.id for c in users[rare]])}, {common!r} by "
                f"{some_of([c.id for c in users[common]])}. Claims are compared only when their "
                f"{name} is written alike: if they mean one thing, use one {name}; if not, "
                "accept this finding on one of the claims with the reason",
                first.file,
                *first.where.of(field),
                tuple(c.id for c in claims),
            )
