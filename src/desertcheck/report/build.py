"""``desertcheck report``'s core: verify the registry, then gather what the page shows."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import wait
from contextlib import AbstractContextManager, nullcontext
from dataclasses import replace
from typing import TYPE_CHECKING

from desertcheck.report.data import (
    DEFAULT_TITLE,
    DISPUTES,
    MAX_CHARTS,
    MAX_LISTED,
    MAX_MESSAGE,
    MAX_SIDE,
    ChartGroup,
    ClaimRow,
    Coverage,
    Dispute,
    Drawn,
    FindingRow,
    Located,
    ReportData,
    SourceRow,
    SumGroup,
    colours,
)
from desertcheck.report.made import made
from desertcheck.report.passages import Passages, shown
from desertcheck.reporters.markdown import safe_url

if TYPE_CHECKING:
    from datetime import datetime

    from desertcheck.authoring.scan import SourceCoverage
    from desertcheck.cache.checks import CheckCache
    from desertcheck.config import Config
    from desertcheck.findings import Finding
    from desertcheck.model import Claim
    from desertcheck.registry import LoadResult, Registry
    from desertcheck.verify import VerifyResult


#: ``bar(what, total)``: a progress bar for one stage of the work, a context giving a
#: ``tick(i)`` (item ``i`` is done) or None (no bar: a pipe, or little work).
Bar = Callable[[str, int], AbstractContextManager[Callable[[int], None] | None]]


def _no_bar(what: str, total: int) -> AbstractContextManager[Callable[[int], None] | None]:
    return nullcontext(None)


def build_report(
    loaded: LoadResult, *, cache: CheckCache | None = None, bar: Bar = _no_bar
) -> ReportData:
    """Verify the registry at its config, scan its sources for coverage, and build the
    page's data. ``cache``: verify's results kept for unchanged claims (and a whole run for
    an unchanged registry, as ``verify`` and ``audit`` keep it); ``bar``: each stage's
    progress (verifying, scanning, finding the quotes, drawing the charts)."""
    from desertcheck.config import load_config
    from desertcheck.verify import verify

    config, config_findings = load_config(loaded.registry.root)
    n = len(loaded.registry.claims)
    with bar("verifying", n) as tick:
        result = verify(loaded, config, extra=config_findings, progress=tick, cache=cache)
    with bar("scanning the sources", n) as tick:
        coverage = _coverage(loaded, config, tick)
    from concurrent.futures import Future, ThreadPoolExecutor

    from desertcheck.report.charts import draw_all

    drawing: list[Future[Drawn]] = []
    charts: list[int] = []  # how many charts are drawn
    drawn: list[int] = []  # one item for each chart drawn (appended by the drawing thread)
    with ThreadPoolExecutor(max_workers=1) as pool:
        # the charts are drawn (by vl-convert, outside the interpreter's lock) while the
        # quotes are found in their sources
        def draw(c: Sequence[ChartGroup], s: Sequence[SumGroup], p: Mapping[str, str]) -> None:
            drawing.append(pool.submit(draw_all, c, s, p, lambda: drawn.append(1)))
            charts.append(len(c) + len(s))

        with bar("finding the quotes in their sources", n) as tick:
            found = (*loaded.findings, *config_findings)
            data = report_data(result, found, coverage, on_groups=draw, progress=tick)
        if not drawing:
            return data
        with bar("drawing the charts", n) as tick:
            while tick is not None and not drawing[0].done() and charts[0]:
                tick(max(0, n * len(drawn) // charts[0] - 1))
                wait([drawing[0]], timeout=0.1)
        return replace(data, drawn=drawing[0].result())


def _coverage(loaded: LoadResult, config: Config, tick: Callable[[int], None] | None) -> Coverage:
    """scan's coverage of every source, scanned a part of the sources at a time: ``tick``
    is told how many claims the sources scanned so far hold (a source's figures are read
    against its own claims alone, so the parts add up to one scan of them all)."""
    from desertcheck.authoring.scan import ScanResult, scan

    registry = loaded.registry
    ids = list(registry.sources)
    per_source = Counter(c.source for c in registry.claims)
    step = max(1, len(ids) // 20)
    parts: list[SourceCoverage] = []
    done = 0
    for k in range(0, len(ids), step):
        chunk = ids[k : k + step]
        parts.extend(scan(loaded, config, sources=chunk).sources)
        done += sum(per_source[s] for s in chunk)
        if tick is not None and done:
            tick(done - 1)
    scanned = ScanResult(registry, tuple(parts), ())
    return Coverage(
        scanned.coverage,
        {
            s.source: (s.count("registered"), s.count("missing"), s.coverage)
            for s in scanned.sources
        },
    )


def report_data(
    result: VerifyResult,
    load_findings: Sequence[Finding] = (),
    coverage: Coverage | None = None,
    *,
    on_groups: Callable[[Sequence[ChartGroup], Sequence[SumGroup], Mapping[str, str]], None]
    | None = None,
    checked: datetime | None = None,
    progress: Callable[[int], None] | None = None,
) -> ReportData:
    """The page's data; ``on_groups`` is told the charts to draw as soon as they are known,
    before the quotes are looked up in their sources (the slow part). ``checked``: when
    verify ran (by default, now); ``progress(i)``: claim ``i``'s quote was looked up."""
    registry = result.registry
    per_claim, cross, loose = result.grouped()
    disputing = [f for code in DISPUTES for f in (*cross, *loose) if f.code == code]
    in_dispute: dict[str, list[tuple[int, str, str]]] = {}
    for i, f in enumerate(disputing):
        for cid in f.claims:
            in_dispute.setdefault(cid, []).append((i, str(f.code), f.severity.value))
    # a claim may name a source that did not load: it is charted, in a colour of its own
    palette = colours(sorted({*registry.sources, *(c.source for c in registry.claims)}))
    rows = _claim_rows(registry, result, per_claim, in_dispute)
    if on_groups is not None:
        charts, _ = _chart_groups(rows)
        on_groups(charts, _sum_groups(registry, {r.id: r for r in rows}), palette)
    rows = _with_passages(registry, rows, progress)
    by_id = {r.id: r for r in rows}
    disputes = tuple(_dispute(f, by_id) for f in disputing)
    other = [f for f in (*cross, *loose) if f.code not in DISPUTES]
    others = tuple(FindingRow.of(f) for f in other)
    located = _located(per_claim, disputing, other)
    charts, uncharted = _chart_groups(rows)
    statuses = Counter(r.status for r in rows)
    summary = {**result.summary, "origins": len(registry.origins)}
    made_here = made(registry.root, checked)
    return ReportData(
        title=DEFAULT_TITLE,
        folder=made_here.registry,
        revision=made_here.revision,
        checked=made_here.checked,
        summary=summary,
        statuses={s: statuses.get(s, 0) for s in ("verified", "warning", "error")},
        disputes=disputes,
        charts=charts,
        uncharted=uncharted,
        sums=_sum_groups(registry, by_id),
        claims=tuple(rows),
        sources=_source_rows(registry, coverage),
        coverage=coverage.overall if coverage else None,
        other_findings=others,
        colours=palette,
        load_findings=tuple(load_findings),
        located=located,
    )


def _located(
    per_claim: Mapping[str, Sequence[Finding]],
    disputing: Sequence[Finding],
    others: Sequence[Finding],
) -> dict[str, tuple[Located, ...]]:
    """The findings of each severity the summary counts (not accepted), each with a link to
    where the page shows it: its claim, its dispute, or the other findings; at most
    MAX_LISTED of each severity."""
    out: dict[str, list[Located]] = {}

    def add(f: Finding, where: str, href: str) -> None:
        if f.accepted is None:
            listed = out.setdefault(f.severity.value, [])
            if len(listed) < MAX_LISTED:
                listed.append(Located(str(f.code), _short(shown(f.message)), where, href))

    for i, f in enumerate(disputing):
        add(f, "a dispute", f"#x-{i}")
    for cid, found in per_claim.items():
        for f in found:
            add(f, cid, f"#c-{cid}")
    for f in others:
        add(f, "other findings", "#other-findings")
    return {k: tuple(v) for k, v in out.items()}


def _short(message: str, most: int = 160) -> str:
    return message if len(message) <= most else message[:most].rsplit(" ", 1)[0] + " …"


def _dispute(f: Finding, by_id: Mapping[str, ClaimRow]) -> Dispute:
    claims = [by_id[c] for c in f.claims if c in by_id]
    message = shown(f.message)
    if len(message) > MAX_MESSAGE:
        message = message[:MAX_MESSAGE].rsplit(" ", 1)[0] + " …"
    return Dispute(
        str(f.code),
        f.severity.value,
        message,
        shown(f.location),
        f.accepted.reason if f.accepted else None,
        tuple(claims[:MAX_SIDE]),
        tuple(c.id for c in claims[MAX_SIDE:]),
    )


def _claim_rows(
    registry: Registry,
    result: VerifyResult,
    per_claim: Mapping[str, list[Finding]],
    in_dispute: Mapping[str, list[tuple[int, str, str]]],
) -> list[ClaimRow]:
    status = {s.id: s.status for s in result.claims}
    return [
        _claim_row(
            c, status.get(c.id, "error"), per_claim.get(c.id, ()), tuple(in_dispute.get(c.id, ()))
        )
        for c in registry.claims
    ]


def _with_passages(
    registry: Registry, rows: Sequence[ClaimRow], progress: Callable[[int], None] | None = None
) -> list[ClaimRow]:
    """The rows with each claim's quote in its source's context."""
    passages = Passages()
    out = []
    for i, (c, r) in enumerate(zip(registry.claims, rows, strict=True)):
        out.append(replace(r, passage=passages.of(c, registry.sources.get(c.source))))
        if progress is not None:
            progress(i)
    return out


def _claim_row(
    c: Claim,
    status: str,
    findings: Sequence[Finding],
    disputes: tuple[tuple[int, str, str], ...],
) -> ClaimRow:
    return ClaimRow(
        id=c.id,
        statement=shown(c.statement),
        figure=shown(c.figure),
        low=c.low,
        high=c.high,
        qualifier=c.qualifier,
        unit=shown(c.unit),
        measure=c.measure,
        scope=c.scope,
        note=shown(c.note) if c.note else None,
        period=str(c.period),
        start=c.period.start.isoformat(),
        end=c.period.end.isoformat(),
        cumulative=c.cumulative,
        source=c.source,
        status=status,
        quote=shown(c.quote),
        file=c.file,
        line=c.line,
        passage=None,
        findings=tuple(FindingRow.of(f) for f in findings),
        disputes=disputes,
    )


def _chart_groups(rows: Sequence[ClaimRow]) -> tuple[tuple[ChartGroup, ...], int]:
    """Each measure, scope and unit with more than one claim; at most MAX_CHARTS of them
    (those with disputes first, then the most claims), and how many more there are. One
    axis never holds two units: 50,500 cases are not 50,000 soldiers."""
    groups: dict[tuple[str, str, str], list[ClaimRow]] = {}
    for r in rows:
        groups.setdefault((r.measure, r.scope, r.unit), []).append(r)
    many = [(k, v) for k, v in groups.items() if len(v) > 1]
    many.sort(key=lambda kv: (not any(r.disputed for r in kv[1]), -len(kv[1]), kv[0]))
    chosen = sorted(many[:MAX_CHARTS], key=lambda kv: kv[0])
    charts = tuple(
        ChartGroup(m, s, u, tuple(sorted(v, key=lambda r: (r.end, r.start, r.id))))
        for (m, s, u), v in chosen
    )
    return charts, max(0, len(many) - MAX_CHARTS)


def _sum_groups(registry: Registry, by_id: Mapping[str, ClaimRow]) -> tuple[SumGroup, ...]:
    out = []
    for rel in registry.relations:
        if rel.kind != "sum" or rel.whole not in by_id:
            continue
        parts = tuple(by_id[p] for p in rel.parts if p in by_id)
        if len(parts) == len(rel.parts):
            out.append(SumGroup(rel.id, by_id[rel.whole], parts))
    return tuple(out)


def _source_rows(registry: Registry, coverage: Coverage | None) -> tuple[SourceRow, ...]:
    citing: dict[str, list[str]] = {}
    for c in registry.claims:
        citing.setdefault(c.source, []).append(c.id)
    rows = []
    for sid in sorted(registry.sources):
        s = registry.sources[sid]
        m = s.meta
        rows.append(
            SourceRow(
                id=sid,
                title=shown(m.title),
                publisher=shown(m.publisher),
                author=shown(m.author) if m.author else None,
                published=str(m.published) if m.published else None,
                url=shown(m.url) if m.url else None,
                link=safe_url(m.url),
                kind=m.kind,
                language=shown(m.language),
                sha256=m.sha256,
                cites=m.cites,
                file=s.file,
                claims=tuple(citing.get(sid, ())),
                coverage=coverage.by_source.get(sid) if coverage else None,
            )
        )
    return tuple(rows)
