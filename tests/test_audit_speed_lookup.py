"""The candidate look-up finds by value what it used to find claim by claim: a measure's
claims of one kind (:meth:`ClaimIndex.by_measure_kind_value`), and the claims a figure
cannot fit, beyond their qualifier's reach (:meth:`ClaimIndex.within_reach`); and one
draft is audited without loading what shares drafts out between processes."""

from __future__ import annotations

import math
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from desertcheck.audit.index import ClaimIndex
from desertcheck.audit.precision import fit_reach
from desertcheck.model import Claim

from .test_audit_fitting import QUALIFIERS, claim, claim_values, figure, values
from .test_cli_startup import AUDIT_DRAFT, heavy, loaded_after


def _of(value: float | tuple[float, float], qualifier: str, n: int, unit: str) -> Claim:
    data = claim(value, qualifier, n).model_dump(mode="json", exclude_none=True)
    data.update(unit=unit, measure=unit.replace("percent", "cases"))
    return Claim.model_validate(data)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(claim_values(), st.sampled_from(QUALIFIERS), st.sampled_from(["cases", "%"])),
        min_size=1,
        max_size=30,
    ),
    values,
    values,
)
def test_a_measures_claims_of_one_kind_are_its_claims_of_that_kind(
    found: list[tuple[float | tuple[float, float], str, str]], a: float, b: float
) -> None:
    units = {"cases": "cases", "%": "percent"}
    index = ClaimIndex([_of(v, q, n, units[u]) for n, (v, q, u) in enumerate(found)])
    lo, hi = min(a, b), max(a, b)
    for kind in {e.kind for e in index.entries}:
        whole = index.by_measure_value("cases", lo, hi)
        assert index.by_measure_kind_value("cases", kind, lo, hi) == [
            i for i in whole if index.entries[i].kind == kind
        ]


def _kept_one_by_one(
    index: ClaimIndex, found: list[int], reach: dict[str, float], x: float
) -> list[int]:
    """The claims of ``found`` that :func:`desertcheck.audit.matcher._fitting` asks whether
    they fit: all but those beyond their qualifier's reach."""
    return [
        i
        for i in found
        if not (
            index.entries[i].claim.qualifier in reach
            and abs(index.entries[i].low - x) > reach[index.entries[i].claim.qualifier]
            and index.entries[i].low == index.entries[i].high
        )
    ]


@settings(max_examples=500, deadline=None)
@given(
    values,
    st.sampled_from(QUALIFIERS),
    st.sampled_from([0.05, 0.1, 0.25]),
    st.lists(st.tuples(st.sampled_from(QUALIFIERS), st.integers(-3, 3)), max_size=20),
    st.lists(st.tuples(claim_values(), st.sampled_from(QUALIFIERS)), max_size=20),
)
def test_the_claims_within_reach_are_those_the_reach_keeps_one_by_one(
    x: float,
    qualifier: str,
    t: float,
    at_the_edge: list[tuple[str, int]],
    anywhere: list[tuple[float | tuple[float, float], str]],
) -> None:
    q = figure(x, x, qualifier)
    reach = fit_reach(q, t)
    if reach is None:
        return
    # claims at their qualifier's reach from the figure, and a few floats either side
    edge = []
    for claim_qualifier, ulps in at_the_edge:
        v = x + math.copysign(reach.get(claim_qualifier, x * t), ulps or 1)
        for _ in range(abs(ulps)):
            v = math.nextafter(v, math.inf if ulps > 0 else -math.inf)
        edge.append((v, claim_qualifier))
    index = ClaimIndex([claim(v, cq, n) for n, (v, cq) in enumerate([*edge, *anywhere])])
    window = (min(x * (1 - t), x * (1 + t)), max(x * (1 + t), x * (1 - t)))
    found = index.by_value("count", *window)
    within = index.within_reach("count", found, window, reach, x)
    # a few more, a little beyond the reach, which the look-up asks one by one
    assert set(within) <= set(found)
    kept = _kept_one_by_one(index, found, reach, x)
    assert _kept_one_by_one(index, within, reach, x) == kept
    assert index.within_reach("count", found, window, None, x) == found


def test_claims_beyond_their_reach_are_passed_over_by_value() -> None:
    # "1,234": a claim "over" a number fits it only as that number (within a unit), an
    # exact one anywhere within the tolerance
    reach = fit_reach(figure(1234, 1234, "exactly"), 0.1)
    assert reach is not None and "over" in reach and "exactly" not in reach
    values = [1120, 1200, 1233, 1234, 1235, 1300, 1350]
    claims = [(v, "over") for v in values] + [(v, "exactly") for v in values]
    index = ClaimIndex([claim(v, qual, n) for n, (v, qual) in enumerate(claims)])
    found = index.by_value("count", 1110, 1360)
    within = index.within_reach("count", found, (1110, 1360), reach, 1234)
    assert sorted(index.entries[i].low for i in within if i < len(values)) == [1233, 1234, 1235]
    assert [i for i in within if i >= len(values)] == [i for i in found if i >= len(values)]


def test_one_draft_is_audited_without_loading_the_processes_module(tmp_path: Path) -> None:
    # a draft long enough that several would be shared out between processes
    text = Path(AUDIT_DRAFT).read_text(encoding="utf-8")
    draft = tmp_path / "long.md"
    draft.write_text(text * (1 + 9000 // len(text)), encoding="utf-8")
    out, modules = loaded_after("audit", "--no-cache", "--format", "json", str(draft))
    assert out.returncode in (0, 1), out.stderr
    assert heavy(modules, "multiprocessing") == []
