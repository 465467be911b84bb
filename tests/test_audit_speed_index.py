"""audit's kept index stores each claim's words as the index holds them (sets, dicts,
tuples of stems), which marshal reads back as they are: a stem that claims share is
shared read back as in the index built (marshal keeps an object met again as a reference
to it), and so is the set of words of a unit."""

from __future__ import annotations

import marshal

from desertcheck.audit.index import ClaimIndex
from desertcheck.cache.claims import ClaimRows, claim_row

from .test_audit import auditor


def _back(index: ClaimIndex) -> ClaimIndex:
    rows = marshal.loads(marshal.dumps(index.rows(claim_row)))
    return ClaimIndex.from_rows(rows, index.synonyms, ClaimRows().claim_of)


def _stems(index: ClaimIndex) -> list[str]:
    stems = [t for e in index.entries for words in (e.text, e.own, e.key) for t in words]
    return stems + [t for keys in index.keys for t, _ in keys]


def test_shared_stems_stay_shared_read_back() -> None:
    built = auditor().index
    back = _back(built)
    assert sorted(_stems(back)) == sorted(_stems(built))
    assert len(_stems(built)) > 4 * len(set(_stems(built)))  # claims share words
    assert len({id(t) for t in _stems(back)}) <= len({id(t) for t in _stems(built)})


def test_claims_of_one_unit_share_its_words_read_back() -> None:
    built = auditor().index
    back = _back(built)
    assert len({e.claim.unit for e in built.entries}) < len(built.entries)
    assert len({id(e.unit) for e in back.entries}) == len({id(e.unit) for e in built.entries})
    assert [e.unit for e in back.entries] == [e.unit for e in built.entries]
