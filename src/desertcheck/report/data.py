"""What the registry page shows, built from verify's result: a summary, the disputes, the
chart groups, the claims and the sources. Pure Python; the templates only lay it out."""

from __future__ import annotations

from dataclasses import dataclass, field

from desertcheck.codes import Code
from desertcheck.findings import Finding, exit_code
from desertcheck.report.passages import Passage, shown

#: Findings between claims that the page puts first, in this order.
DISPUTES = (
    Code.CONTRADICTION,
    Code.ATTRIBUTION_DRIFT,
    Code.SERIES_DECREASE,
    Code.RELATION_VIOLATED,
    Code.RELATION_QUALIFIED,
)
#: At most this many charts: the measures with disputes first, then the most claims. A
#: larger registry's page says how many more measures it did not chart.
MAX_CHARTS = 24
#: A dispute shows at most this many claims side by side (the others as links), and at
#: most this much of verify's message (which may list every claim of a large group).
MAX_SIDE = 6
MAX_MESSAGE = 600


@dataclass(frozen=True, slots=True)
class FindingRow:
    severity: str
    code: str
    message: str
    location: str
    accepted: str | None  # the reason, when the finding is accepted

    @classmethod
    def of(cls, f: Finding) -> FindingRow:
        reason = f.accepted.reason if f.accepted else None
        return cls(f.severity.value, str(f.code), shown(f.message), shown(f.location), reason)


#: The findings of one severity listed under the summary; the status filter finds the rest.
MAX_LISTED = 50


@dataclass(frozen=True, slots=True)
class Located:
    """A finding in the summary's list of its severity, with where the page shows it."""

    code: str
    message: str
    where: str  # what the link names: a claim's id, "a dispute", "other findings"
    href: str  # "#c-ID", "#x-N" or "#other-findings"


@dataclass(frozen=True, slots=True)
class ClaimRow:
    id: str
    statement: str
    figure: str
    low: float
    high: float
    qualifier: str
    unit: str
    measure: str
    scope: str
    period: str
    start: str  # ISO dates of the period's first and last day
    end: str
    cumulative: bool
    source: str
    status: str  # verify's: verified | warning | error
    quote: str
    file: str
    line: int
    passage: Passage | None
    findings: tuple[FindingRow, ...]  # its own (about this claim alone)
    #: (index in ReportData.disputes, code, severity) of each dispute naming the claim
    disputes: tuple[tuple[int, str, str], ...]
    note: str | None = None  # the registry's note on it (a caveat, how it was derived)

    @property
    def disputed(self) -> bool:
        """Whether a warning or an error sets the claim against others: an info
        (``relation-qualified``: the parts agree, with a qualifier) is no dispute."""
        return any(severity != "info" for _, _, severity in self.disputes)


@dataclass(frozen=True, slots=True)
class SourceRow:
    id: str
    title: str
    publisher: str
    author: str | None
    published: str | None
    url: str | None  # as written (shown as text)
    link: str | None  # the same, when safe to link to
    kind: str | None
    language: str
    sha256: str | None
    cites: tuple[str, ...]
    file: str
    claims: tuple[str, ...]
    #: scan's figures registered and missing, and the coverage in percent (None: no figure)
    coverage: tuple[int, int, float | None] | None = None


@dataclass(frozen=True, slots=True)
class Coverage:
    """How much of the sources' statistics the claims register (desertcheck scan)."""

    overall: float | None
    by_source: dict[str, tuple[int, int, float | None]]


@dataclass(frozen=True, slots=True)
class Dispute:
    code: str
    severity: str
    message: str
    location: str
    accepted: str | None
    claims: tuple[ClaimRow, ...]  # side by side: at most MAX_SIDE
    more: tuple[str, ...]  # the ids of the others


@dataclass(frozen=True, slots=True)
class ChartGroup:
    """One measure, scope and unit with more than one claim: a timeline chart. Claims of
    one measure in two units (cases, soldiers) are two charts, never one axis."""

    measure: str
    scope: str
    unit: str
    claims: tuple[ClaimRow, ...]

    @property
    def key(self) -> str:
        return f"{self.measure}--{self.scope}--{self.unit}"

    def beside(self, row: ClaimRow) -> tuple[str, ...]:
        """The other claims drawn at ``row``'s place (one value at one date), which the
        chart sets side by side and the line under it names."""
        return tuple(c.id for c in self.claims if c is not row and place(c) == place(row))


def place(row: ClaimRow) -> tuple[str, float]:
    """Where a claim's point stands on a timeline: its period's end and its value (a
    range's middle)."""
    return row.end, (row.low if row.qualifier != "between" else (row.low + row.high) / 2)


@dataclass(frozen=True, slots=True)
class SumGroup:
    """A sum relation: the parts stacked against the whole."""

    relation: str
    whole: ClaimRow
    parts: tuple[ClaimRow, ...]

    @property
    def parts_total(self) -> float:
        return sum(p.low for p in self.parts)


#: The SVG of each timeline and of each sum, in the order of their groups.
Drawn = tuple[tuple[str, ...], tuple[str, ...]]


#: The page's title when ``--title`` gives none.
DEFAULT_TITLE = "desertcheck report"


@dataclass(frozen=True, slots=True)
class ReportData:
    title: str  # the page's title as given, or DEFAULT_TITLE
    summary: dict[str, int]
    statuses: dict[str, int]
    disputes: tuple[Dispute, ...]
    charts: tuple[ChartGroup, ...]
    uncharted: int  # measures with more than one claim left out past MAX_CHARTS
    sums: tuple[SumGroup, ...]
    claims: tuple[ClaimRow, ...]
    sources: tuple[SourceRow, ...]
    other_findings: tuple[FindingRow, ...]  # about no one claim, and not a dispute
    coverage: float | None = None  # scan's: registered share of the sources' figures
    drawn: Drawn | None = None  # the charts' and the sums' SVG, when drawn already
    colours: dict[str, str] = field(default_factory=dict)  # source id -> colour
    load_findings: tuple[Finding, ...] = ()
    folder: str = ""  # the registry folder's name, said under the title
    revision: str | None = None  # its git commit ("985f1c0"), when it is in a repository
    checked: str = ""  # when verify ran, as the page says it ("1 December 2026, 05:40 UTC")
    #: the findings of each severity (not accepted), where the page shows them, at most
    #: MAX_LISTED of each
    located: dict[str, tuple[Located, ...]] = field(default_factory=dict)

    def exit_code(self, *, strict: bool = False) -> int:
        """The report is not a gate: 1 only when the registry has loading errors."""
        return exit_code(self.load_findings, strict=strict)


#: One colour per source, in the order of the sources' ids (Okabe and Ito's palette, told
#: apart with most colour vision deficiencies, then Tableau's).
PALETTE = (
    "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000",
    "#4E79A7", "#F28E2B", "#59A14F", "#B07AA1", "#9C755F", "#76B7B2", "#EDC948", "#BAB0AC",
)  # fmt: skip


def colours(source_ids: list[str]) -> dict[str, str]:
    return {sid: PALETTE[i % len(PALETTE)] for i, sid in enumerate(sorted(source_ids))}
