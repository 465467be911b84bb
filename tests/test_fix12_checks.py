"""Review 12: a statement's other figure given near the quote or on the other scale of a
share is no mismatch; two claims of one figure from two origins are no duplicate."""

from __future__ import annotations

from pathlib import Path

from .test_trial11_maintaining import HEADLINE, SOURCE, codes, registry, verify

NEAR = SOURCE.replace(
    "a report found.\n",
    "a report found. Nearly 10 % of the force left, it said. Prosecutors opened cases.\n",
)


def claim(statement: str) -> str:
    return f"""  - id: convictions
    statement: "{statement}"
    value: 4600
    qualifier: over
    unit: soldiers
    measure: convictions
    scope: army
    period: "2022-02-24/2024-02-22"
    source: courts
    quote: "Courts convicted more than 4,600 soldiers"
"""


def test_a_figure_of_the_sentences_beside_the_quote_is_given(tmp_path: Path) -> None:
    """Finding 2: "over 50,000" and "2022" are in the next sentence, "10 %" two sentences
    on; "3,000" is nowhere, and a figure three sentences on is too far."""
    root = registry(
        tmp_path / "r", claim("Over 4,600 of over 50,000 soldiers were convicted."), NEAR
    )
    assert "statement-mismatch" not in codes(verify(root)[1])
    (root / "claims" / "courts.yaml").write_text(
        "claims:\n" + claim("Over 4,600 of nearly 10 % of the force were convicted."), "utf-8"
    )
    assert "statement-mismatch" not in codes(verify(root)[1])
    (root / "claims" / "courts.yaml").write_text(
        "claims:\n" + claim("Over 4,600 of over 3,000 soldiers were convicted."), "utf-8"
    )
    (found,) = [f for f in verify(root)[1] if f["code"] == "statement-mismatch"]
    assert "also states 'over 3,000'" in found["message"]
    far = NEAR.replace("opened cases.\n", "opened cases. Then 777 more left.\n")
    root = registry(tmp_path / "far", claim("Over 4,600 of 777 soldiers were convicted."), far)
    assert "statement-mismatch" in codes(verify(root)[1])


def test_a_share_retold_as_the_sources_percentage_is_given(tmp_path: Path) -> None:
    """Finding 7: "a tenth", "one in ten" and "0.1" are the source's "10 %" on the other
    scale; "a fifth" is not."""
    source = SOURCE.replace(
        "Over 50,000 soldiers have deserted since 2022, a report found.",
        "Over 50,000 soldiers, or nearly 10 % of the force, have deserted since 2022.",
    )
    war = HEADLINE.replace(
        'statement: "Over 50,000 soldiers have deserted since 2022."', 'statement: "{}"'
    ).replace(
        'quote: "Over 50,000 soldiers have deserted since 2022"',
        'quote: "Over 50,000 soldiers, or nearly 10 % of the force, have deserted since 2022"',
    )
    root = registry(tmp_path / "r", war.format("Over 50,000 soldiers deserted."), source)
    for share in ("nearly a tenth", "nearly one in ten", "nearly 0.1", "nearly 10 per cent"):
        statement = f"Over 50,000 soldiers, {share} of the force, deserted since 2022."
        (root / "claims" / "courts.yaml").write_text("claims:\n" + war.format(statement), "utf-8")
        assert "statement-mismatch" not in codes(verify(root)[1]), share
    statement = "Over 50,000 soldiers, nearly a fifth of the force, deserted since 2022."
    (root / "claims" / "courts.yaml").write_text("claims:\n" + war.format(statement), "utf-8")
    (found,) = [f for f in verify(root)[1] if f["code"] == "statement-mismatch"]
    assert "also states 'nearly a fifth'" in found["message"]


def test_one_figure_of_two_origins_is_two_counts_not_a_duplicate(tmp_path: Path) -> None:
    """Finding 5: a source reporting that two counters arrived at one number gives two
    claims of different origins: two confirmations, not one figure stated again."""
    source = SOURCE.replace("---\nCourts", "---\nOver 50,000 soldiers deserted\n\nCourts")
    again = HEADLINE.replace("id: desertions", "id: headline-desertions").replace(
        'quote: "Over 50,000 soldiers have deserted since 2022"',
        'quote: "Over 50,000 soldiers deserted"',
    )
    root = registry(tmp_path / "r", HEADLINE + again, source)
    (root / "sources" / "origins.yaml").write_text(
        "mediazona:\n  title: Court data\n  publisher: Mediazona\n"
        "proekt:\n  title: Court count\n  publisher: Proekt\n",
        "utf-8",
    )
    assert "duplicate-claim" in codes(verify(root)[1])  # no origin: one figure twice
    two = HEADLINE + "    origin: mediazona\n" + again + "    origin: proekt\n"
    (root / "claims" / "courts.yaml").write_text("claims:\n" + two, "utf-8")
    code, found = verify(root)
    assert code == 0 and "duplicate-claim" not in codes(found), found
    same = HEADLINE + "    origin: mediazona\n" + again + "    origin: mediazona\n"
    (root / "claims" / "courts.yaml").write_text("claims:\n" + same, "utf-8")
    assert "duplicate-claim" in codes(verify(root)[1])
