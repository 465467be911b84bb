"""Who a sentence says reported its figure ("Proekt … found", "the UN counts", "По данным
ООН"): the names are the words of the claims' own `origin` and `source` ids (those that
name no measure, scope or unit of the registry and that the claims write as a name, capitalised
mid-sentence, and never in lower case), said in the sentence as a name is, with
a capital (its first word only in capitals, or before a comma or a possessive: a capital
that opens a sentence names nothing by itself). A claim whose origin or source the
sentence names is chosen before claims of other origins whose value fits as well, with
:data:`NAMED_SOURCE` points for the name; a chosen claim of another origin keeps its
verdict, with a note that says so."""

from __future__ import annotations

from dataclasses import replace
from functools import cached_property
from typing import TYPE_CHECKING, Final
from weakref import WeakKeyDictionary

from desertcheck.audit.terms import slug_terms, terms
from desertcheck.audit.verdicts import SUPPORTED, UNSOURCED, decide
from desertcheck.compiled import regex

if TYPE_CHECKING:
    from desertcheck.audit.auditor import Auditor
    from desertcheck.audit.index import ClaimIndex
    from desertcheck.audit.periods import DraftPeriod
    from desertcheck.audit.sentence import Sentence
    from desertcheck.audit.verdicts import Candidate, Verdict
    from desertcheck.model import Claim
    from desertcheck.quantity import Quantity

#: The points a claim gains when the sentence names its origin or source: evidence beyond
#: the words, as a figure that is the claim's own number is (VALUE_FIRST)
NAMED_SOURCE: Final = 15.0
#: A word that starts with a capital letter ("Proekt", "UN", "ООН", "Mediazona's")
_CAPITALISED = regex(r"(?<!\w)[^\W\d_a-zа-яёіїєґ][\w'’]*")

#: The sentence's first word, when it may be a name all the same: in capitals ("UN"), or
#: set off by a comma or a possessive ("Proekt, an outlet, found", "Mediazona's count")
_FIRST_NAME = regex(r"\W*(?:[^\W\d_a-zа-яёіїєґ]+\b|\w+(?=,|['’]s\b))")
#: A word in lower case
_LOWER = regex(r"(?<!\w)[a-zа-яёіїєґ][\w'’]*")


class _Names:
    """The name words of each claim's origin and source ids, in one registry's index."""

    def __init__(self, index: ClaimIndex) -> None:
        keys = {t for e in index.entries for t in e.key}
        lower: set[str] = set()  # and words the claims write in lower case: no names
        for e in index.entries:
            lower.update(_LOWER.findall(e.claim.statement), _LOWER.findall(e.claim.quote))
        keys.update(t for word in lower for t in terms(word))  # each distinct word once
        self.ids: dict[str, frozenset[str]] = {}
        self.origins = {e.claim.origin for e in index.entries if e.claim.origin}
        for e in index.entries:
            for slug in (e.claim.origin, e.claim.source):
                if slug and slug not in self.ids:
                    self.ids[slug] = frozenset(
                        t for t in slug_terms(slug) if t not in keys and not t.isdigit()
                    )

    def of(self, claim: Claim) -> frozenset[str]:
        """The name words of ``claim``'s origin and source."""
        mine = self.ids.get(claim.origin or "", frozenset())
        return mine | self.ids.get(claim.source, frozenset())

    @cached_property
    def slugs(self) -> dict[str, set[str]]:
        """The origin and source ids each name word is a word of."""
        slugs: dict[str, set[str]] = {}
        for slug, words in self.ids.items():
            for word in words:
                slugs.setdefault(word, set()).add(slug)
        return slugs

    def named(self, said: frozenset[str]) -> set[str]:
        """The origin and source ids one of whose name words is ``said`` (looked up by
        word: a registry of 10,000 sources held them all against every figure)."""
        return {slug for word in said for slug in self.slugs.get(word, ())}


_NAMES: WeakKeyDictionary[ClaimIndex, _Names] = WeakKeyDictionary()


def _names(index: ClaimIndex) -> _Names:
    found = _NAMES.get(index)
    if found is None:
        found = _NAMES[index] = _Names(index)
    return found


def names_rows(index: ClaimIndex) -> tuple[dict[str, frozenset[str]], set[str]]:
    """The name words of ``index``'s claims as plain values, kept with the stored index
    (:mod:`desertcheck.cache.auditindex`): reading them reads every claim's words."""
    names = _names(index)
    return names.ids, names.origins


def keep_names(index: ClaimIndex, rows: object) -> None:
    """The name words :func:`names_rows` gave, for ``index`` built back from the rows it
    was stored with; ValueError on rows of another shape."""
    if not (isinstance(rows, tuple) and len(rows) == 2):
        raise ValueError("not the name words of an index")
    ids, origins = rows
    if not (isinstance(ids, dict) and isinstance(origins, set)):
        raise ValueError("not the name words of an index")
    names = _Names.__new__(_Names)
    names.ids, names.origins = ids, origins
    _NAMES[index] = names


_SAID: WeakKeyDictionary[Sentence, frozenset[str]] = WeakKeyDictionary()


def said_names(sentence: Sentence) -> frozenset[str]:
    """The stems of the sentence's capitalised words, read once a sentence (each of its
    figures asks)."""
    found = _SAID.get(sentence)
    if found is None:
        found = _SAID[sentence] = _read_names(sentence)
    return found


def _read_names(sentence: Sentence) -> frozenset[str]:
    text = sentence.blanked[sentence.span[0] : sentence.span[1]]
    first = _CAPITALISED.search(text)  # a capital that opens the sentence names nothing
    if first is None:
        return frozenset()
    opens = first.start() == len(text) - len(text.lstrip(' \t\n*_-#>"“«('))
    named = not opens or _FIRST_NAME.match(text) is not None
    found = _CAPITALISED.finditer(text, first.end())
    words = [first.group()] * named + [m.group() for m in found]
    return frozenset(t for w in words for t in terms(w))


def by_named_source(
    q: Quantity,
    verdict: Verdict,
    fitting: list[Candidate],
    others: list[Candidate],
    period: DraftPeriod | None,
    sentence: Sentence,
    auditor: Auditor,
) -> Verdict:
    """``verdict``, or the verdict among the fitting claims of the origin or source the
    sentence names when that is ``supported`` and the chosen claim is of another."""
    said = said_names(sentence)
    if not said or not fitting:
        return verdict
    names = _names(auditor.index)
    named = [c for c in fitting if names.of(c.claim) & said]
    status, listed, _ = verdict
    if not named or len(named) == len(fitting):
        return verdict
    if listed and status != UNSOURCED and names.of(listed[0].claim) & said:
        return verdict
    boosted = [replace(c, score=min(100.0, c.score + NAMED_SOURCE)) for c in named]
    tried = decide(q, boosted, others, period, auditor.min_score, auditor._failing)
    return tried if tried[0] == SUPPORTED else verdict


def source_note(verdict: Verdict, sentence: Sentence, index: ClaimIndex) -> Verdict:
    """``verdict`` with a note when its sentence names the origin or source of claims of
    the registry and the chosen claim is of neither: "the sentence credits …"."""
    status, listed, message = verdict
    if status == UNSOURCED or not listed:
        return verdict
    said = said_names(sentence)
    names = _names(index)
    claim = listed[0].claim
    if not said or names.of(claim) & said:
        return verdict
    credited = sorted(
        names.named(said),
        key=lambda slug: (slug not in names.origins, slug),
    )
    if not credited:
        return verdict
    whose = claim.origin or claim.source
    return (
        status,
        listed,
        f"{message}; note: the sentence credits {' or '.join(credited[:2])}, but this claim "
        f"is {whose}'s (source {claim.source}): check who reported it",
    )
