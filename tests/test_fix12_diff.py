"""Review 12: diff pairs two claims of one quote as a rename only when their other fields
say which is which, and bounds its comparisons of near quotes over the whole change."""

from __future__ import annotations

from pathlib import Path

from desertcheck.diff import pairing

from .test_diff import _git_env, commit, diff, edit, pytestmark, repo
from .test_trial11_diff import diff_json

__all__ = ["_git_env", "pytestmark", "repo"]  # the fixtures of test_diff, used here

SENTENCE = "A further 300 cases were opened and 40 soldiers convicted."
CASES = f"""  - id: alpha-cases
    statement: 300 cases were opened.
    value: 300
    unit: cases
    measure: cases
    scope: army
    period: 2024
    source: alpha
    quote: {SENTENCE}
"""
CONVICTED = f"""  - id: alpha-convicted
    statement: Soldiers were convicted.
    value: 40
    unit: soldiers
    measure: convictions
    scope: army
    period: 2024
    source: alpha
    quote: {SENTENCE}
    accept:
      - code: statement-mismatch
        reason: the statement is the outlet's headline
"""


def one_quote(repo: Path) -> Path:
    """alpha-cases and alpha-convicted, two figures of one sentence, committed."""
    edit(repo / "sources" / "alpha.md", "A further 300 cases were opened.", SENTENCE)
    second = repo / "claims" / "second.yaml"
    second.write_text("claims:\n" + CASES + CONVICTED, encoding="utf-8")
    commit(repo, "two figures of one sentence")
    return second


def test_a_claim_of_a_shared_quote_dropped_and_its_twin_renamed(repo: Path) -> None:
    """Finding 1: the claim dropped was paired with the other one's new id, every field
    "changed", and the acceptance went with the wrong claim."""
    second = one_quote(repo)
    renamed = CONVICTED.replace("id: alpha-convicted", "id: alpha-convictions-2024")
    second.write_text("claims:\n" + renamed, encoding="utf-8")
    data, code = diff_json()
    assert [c["id"] for c in data["claims"]["removed"]] == ["alpha-cases"]
    (r,) = data["claims"]["renamed"]
    assert (r["old_id"], r["new_id"], r["fields"]) == (
        "alpha-convicted",
        "alpha-convictions-2024",
        {},
    )
    assert data["acceptances"] == {"added": [], "removed": []}
    assert data["findings"]["introduced"] == []
    assert code == 0
    out = diff().stdout
    assert "alpha-convicted → alpha-convictions-2024" in out and "value:" not in out


def test_two_claims_of_a_shared_quote_renamed_and_reordered(repo: Path) -> None:
    """Finding 1: the first removed went to the first added, each with every field
    changed; the fields say which is which."""
    second = one_quote(repo)
    both = CONVICTED.replace("id: alpha-convicted", "id: b-convicted") + CASES.replace(
        "id: alpha-cases", "id: b-cases"
    )
    second.write_text("claims:\n" + both, encoding="utf-8")
    data, _ = diff_json()
    pairs = sorted((r["old_id"], r["new_id"], r["fields"]) for r in data["claims"]["renamed"])
    assert pairs == [("alpha-cases", "b-cases", {}), ("alpha-convicted", "b-convicted", {})]
    assert data["claims"]["removed"] == data["claims"]["added"] == []
    assert data["acceptances"] == {"added": [], "removed": []}
    assert data["findings"]["introduced"] == data["findings"]["resolved"] == []


def test_a_tie_between_two_claims_of_one_quote_pairs_nothing(repo: Path) -> None:
    """Two claims alike in every field but the id, one of them renamed: which one is not
    known, so both are removed and the new one added."""
    twin = CASES.replace("id: alpha-cases", "id: alpha-cases-again")
    second = repo / "claims" / "second.yaml"
    edit(repo / "sources" / "alpha.md", "A further 300 cases were opened.", SENTENCE)
    second.write_text("claims:\n" + CASES + twin, encoding="utf-8")
    commit(repo, "one figure twice")
    second.write_text("claims:\n" + CASES.replace("id: alpha-cases", "id: b"), encoding="utf-8")
    data, _ = diff_json()
    assert data["claims"]["renamed"] == []
    assert sorted(c["id"] for c in data["claims"]["removed"]) == [
        "alpha-cases",
        "alpha-cases-again",
    ]
    assert [c["id"] for c in data["claims"]["added"]] == ["b"]


class Quoted:
    def __init__(self, name: str, source: str, quote: str) -> None:
        self.id, self.source, self.quote = name, source, quote


def test_near_quotes_are_compared_within_one_budget_over_the_whole_change(
    monkeypatch, repo: Path
) -> None:
    """Finding 6: the bound was per source, so ten sources of alike quotes cost ten times
    it; now the smallest groups are compared first and the rest left unpaired."""
    calls: list[int] = []
    real = pairing._alike

    def counting(a: str, b: str, least: float) -> float:
        calls.append(1)
        return real(a, b, least)

    monkeypatch.setattr(pairing, "_alike", counting)
    monkeypatch.setattr(pairing, "MOST_PAIRS", 30)
    olds, news, texts = [], [], {}
    for s, size in (("a", 2), ("b", 4), ("c", 5), ("d", 5)):
        for i in range(size):
            o = Quoted(f"{s}{i}", s, f"In region {i} of {s}, courts received {i}00 cases in 2024.")
            n = Quoted(f"{s}{i}x", s, f"In region {i} of {s}, courts received {i}00 cases in 2025.")
            olds.append(o)
            news.append(n)
            texts[id(o)], texts[id(n)] = o.quote, n.quote
    pairs = pairing._closest(
        olds, news, lambda c: c.source, lambda c: c.source, texts, 0.9, lambda o, n: ()
    )
    # a (4 pairs) and b (16) fit in 30; c (25) then does not, nor d
    assert len(calls) == 4 + 16
    assert sorted(o.id for o, _, _ in pairs) == ["a0", "a1", "b0", "b1", "b2", "b3"]
    assert all(n.id == o.id + "x" for o, n, _ in pairs)
