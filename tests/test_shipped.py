"""The shipped registry: it loads cleanly, records every statistic of its five documents,
and verify's findings on it are exactly the disagreements we know of."""

from __future__ import annotations

import yaml

from desertcheck.config import Config
from desertcheck.registry import load_registry
from desertcheck.verify import verify

from .conftest import PROJECT, TESTS, cli_runner

INVENTORY = yaml.safe_load((TESTS / "data" / "shipped_statistics.yaml").read_text("utf-8"))


def shipped():
    return load_registry(PROJECT)


def test_loads_with_no_findings() -> None:
    result = shipped()
    assert result.findings == ()
    assert len(result.registry.sources) == 5
    assert len(result.registry.claims) >= 60


def test_every_statistic_has_a_claim_that_quotes_it() -> None:
    registry = shipped().registry
    listed = set()
    for source_id, items in INVENTORY.items():
        assert source_id in registry.sources
        for item in items:
            claim = registry.claim(item["claim"])
            assert claim is not None, item
            assert claim.source == source_id, item
            assert item["figure"] in claim.quote, item
            listed.add(claim.id)
    # ...and no claim records something that is not a statistic of its document
    assert listed == set(registry.claim_ids)


def test_source_bodies_are_the_documents_as_published() -> None:
    """Every quote is in its source verbatim, not just after normalisation."""
    registry = shipped().registry
    for claim in registry.claims:
        assert claim.quote in registry.sources[claim.source].text, claim.id


# The findings verify gives on the shipped registry, pinned: an edit that changes them
# must change this list too, on purpose.
EXPECTED = {
    (
        "attribution-drift",
        "warning",
        ("euaa-un-desertion-prosecutions-2024", "nge-un-desertion-prosecutions-since-2022"),
    ),
    (
        "attribution-drift",
        "warning",
        ("euaa-un-desertion-convictions-2024", "nge-un-desertion-convictions-2024"),
    ),
    (
        "relation-qualified",
        "info",
        (
            "euaa-frontelligence-desertions-total-dec-2024",
            "euaa-frontelligence-desertions-southern-md-dec-2024",
            "euaa-frontelligence-desertions-central-md-dec-2024",
            "euaa-frontelligence-desertions-moscow-md-dec-2024",
            "euaa-frontelligence-desertions-eastern-md-dec-2024",
            "euaa-frontelligence-desertions-leningrad-md-dec-2024",
        ),
    ),
}


def test_verify_findings_are_pinned() -> None:
    result = verify(shipped(), Config())
    got = {(f.code, f.severity.value, f.claims) for f in result.findings}
    assert got == EXPECTED
    assert result.summary["errors"] == 0


def test_broken_quote_in_a_copy_gets_the_closest_passage(shipped_copy) -> None:
    import json

    from desertcheck.cli import app

    path = shipped_copy / "claims" / "moscow-times-proekt-2024.yaml"
    text = path.read_text(encoding="utf-8")
    quote = 'quote: "with 4,373 soldiers convicted during wartime"'
    assert text.count(quote) == 1
    path.write_text(
        text.replace(quote, 'quote: "with 4,373 troops convicted during wartime"'),
        encoding="utf-8",
    )
    r = cli_runner().invoke(app, ["verify", "--root", str(shipped_copy), "-f", "json"])
    assert r.exit_code == 1
    (f,) = [f for f in json.loads(r.stdout)["findings"] if f["code"] == "quote-not-found"]
    assert f["claims"] == ["mt-proekt-awol-convictions-wartime"]
    assert "closest passage at sources/moscow-times-proekt-2024.md:21" in f["message"]
    assert "[-troops-]{+soldiers+}" in f["message"]
