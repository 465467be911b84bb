"""``desertcheck scan``: every figure each source states, and what registers or explains it.

A figure is what the quantity parser that verify uses finds in the source's text (years,
dates, article and paragraph numbers, footnote markers and list numbering are not figures).
It is *registered* when a claim of that source quotes the passage that holds it and has
its value; a *stub* when the only such claims still have a field to fill (``todo``, as
``scan --stubs`` writes them); *excluded* when a ``[[scan.exclude]]`` entry of
desertcheck.toml covers it with a reason; otherwise *missing*. Coverage is registered /
(figures - excluded): a stub is not yet registered.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desertcheck.codes import Code
from desertcheck.findings import Finding, exit_code, sort_findings
from desertcheck.labels import LABEL_WORDS

if TYPE_CHECKING:
    from desertcheck.config import Config, Exclusion
    from desertcheck.model import Claim, Source
    from desertcheck.quantity import Quantity
    from desertcheck.registry import LoadResult, Registry
    from desertcheck.text import Normalized

CONFIG_FILE = "desertcheck.toml"
SENTENCE_WIDTH = 300  # characters each side of a figure within which its sentence is sought


@dataclass(frozen=True, slots=True)
class Figure:
    """One figure of a source, where it stands, and what registers or explains it."""

    source: str
    file: str  # the source file, relative to the registry root
    line: int  # 1-based, in the source file
    column: int
    start: int  # offsets in the source's text (its body)
    end: int
    quantity: Quantity
    sentence: str  # the sentence around it, on one line
    sentence_span: tuple[int, int]
    status: str  # registered | stub | excluded | missing
    claims: tuple[str, ...] = ()
    reason: str | None = None

    @property
    def text(self) -> str:
        return " ".join(self.quantity.text.split())

    def to_dict(self) -> dict[str, object]:
        q = self.quantity
        return {
            "source": self.source,
            "file": self.file,
            "line": self.line,
            "column": self.column,
            "text": self.text,
            "value": [q.low, q.high] if q.is_range else q.low,
            "qualifier": q.qualifier,
            "unit": q.unit,
            "sentence": self.sentence,
            "status": self.status,
            "claims": list(self.claims),
            "reason": self.reason,
        }


@dataclass(frozen=True, slots=True)
class SourceCoverage:
    source: str
    figures: tuple[Figure, ...]

    def count(self, status: str) -> int:
        return sum(1 for f in self.figures if f.status == status)

    @property
    def coverage(self) -> float | None:
        """Registered share of the figures not excluded, in percent (None: no statistics)."""
        return _percent(self.count("registered"), len(self.figures) - self.count("excluded"))

    def to_dict(self) -> dict[str, object]:
        return {
            "source": self.source,
            "figures": len(self.figures),
            "registered": self.count("registered"),
            "stubs": self.count("stub"),
            "excluded": self.count("excluded"),
            "missing": self.count("missing"),
            "coverage": self.coverage,
        }


def _percent(part: int, whole: int) -> float | None:
    return None if whole == 0 else round(100.0 * part / whole, 1)


@dataclass(frozen=True, slots=True)
class ScanResult:
    registry: Registry
    sources: tuple[SourceCoverage, ...]
    findings: tuple[Finding, ...]
    min_coverage: float | None = None
    missing_only: bool = False

    @property
    def figures(self) -> list[Figure]:
        return [f for s in self.sources for f in s.figures]

    def count(self, status: str) -> int:
        return sum(s.count(status) for s in self.sources)

    @property
    def coverage(self) -> float | None:
        figures = self.figures
        return _percent(self.count("registered"), len(figures) - self.count("excluded"))

    def exit_code(self, *, strict: bool = False) -> int:
        """1 on an error finding (coverage under ``--min-coverage``, a registry that does not
        load), or a warning with ``strict``; unregistered figures are infos and never fail."""
        return exit_code(self.findings, strict=strict)

    def to_dict(self) -> dict[str, object]:
        figures = self.figures
        return {
            "summary": {
                "sources": len(self.sources),
                "figures": len(figures),
                "registered": self.count("registered"),
                "stubs": self.count("stub"),
                "excluded": self.count("excluded"),
                "missing": self.count("missing"),
                "coverage": self.coverage,
                "min_coverage": self.min_coverage,
            },
            "sources": [s.to_dict() for s in self.sources],
            "figures": [
                f.to_dict() for f in figures if not self.missing_only or f.status == "missing"
            ],
            "findings": [f.to_dict() for f in self.findings],
        }


def scan(
    loaded: LoadResult,
    config: Config,
    *,
    sources: Sequence[str] = (),
    min_coverage: float | None = None,
    missing_only: bool = False,
    extra: Iterable[Finding] = (),
) -> ScanResult:
    """The figures of ``sources`` (default: every source) and their coverage by the claims."""
    from desertcheck.text import normalize

    registry = loaded.registry
    chosen = list(sources) or list(registry.sources)
    findings: list[Finding] = [*loaded.findings, *extra]
    by_source: dict[str, list[Claim]] = {}
    for claim in registry.claims:
        by_source.setdefault(claim.source, []).append(claim)
    findings.extend(dangling(config, registry))
    exclusions: dict[str, list[Exclusion]] = {}
    for ex in config.scan_exclusions:
        if ex.source in registry.sources and (ex.claim is None or registry.claim(ex.claim)):
            exclusions.setdefault(ex.source, []).append(ex)
    out: list[SourceCoverage] = []
    for sid in chosen:
        source = registry.sources[sid]
        norm = normalize(source.text)
        figures, unused = _scan_source(
            source, norm, by_source.get(sid, []), exclusions.get(sid, [])
        )
        out.append(SourceCoverage(sid, tuple(figures)))
        findings.extend(_unread(source))
        findings.extend(_unused(ex, why) for ex, why in unused)
        findings.extend(_unregistered(f) for f in figures if f.status == "missing")
    result = ScanResult(registry, tuple(out), (), min_coverage, missing_only)
    coverage = result.coverage
    if min_coverage is not None and coverage is not None and coverage < min_coverage:
        findings.append(_below(coverage, min_coverage, result))
    return ScanResult(
        registry, tuple(out), tuple(sort_findings(findings)), min_coverage, missing_only
    )


def dangling(config: Config, registry: Registry) -> list[Finding]:
    """An ``unused-exclusion`` for each ``[[scan.exclude]]`` of ``config`` that names a
    source or a claim the registry does not hold (renamed or removed), with the id it may
    have become: scan reports them, and verify too (a CI run goes green otherwise). A
    source whose file is there but did not load is not gone, nor a claim whose entry is
    there but did not load: the loader's finding says what is wrong with it."""
    from desertcheck.suggest import did_you_mean

    out = []
    for ex in config.scan_exclusions:
        if ex.source in registry.unread_sources:
            continue
        if ex.source not in registry.sources:
            what, hint = "source", did_you_mean(ex.source, registry.sources)
            why = f"no source {ex.source!r} in sources/"
        elif (
            ex.claim is not None
            and registry.claim(ex.claim) is None
            and ex.claim not in registry.unread_claims  # its own finding says what is wrong
        ):
            # only a claim of the exclusion's source can explain a figure of it
            same = [c.id for c in registry.claims if c.source == ex.source]
            what, hint = "claim", did_you_mean(ex.claim, same)
            why = f"it names claim {ex.claim!r}, which is not registered"
            if _unread_files(registry):
                why += " (or is in a claims file that did not load: mend that file first)"
        else:
            continue
        hint = f" ({hint})" if hint else ""
        fix = f"write the {what}'s id as it is now, or remove the exclusion"
        out.append(_unused(ex, f"{why}{hint}: {fix}"))
    return out


def _unread_files(registry: Registry) -> bool:
    """Whether a claim may be missing only because it was not read: an entry left out, or
    a claims file none of whose claims loaded."""
    loaded = {c.file for c in registry.claims} | {r.file for r in registry.relations}
    return bool(registry.unloaded) or any(f not in loaded for f in registry.claim_files)


def _unread(source: Source) -> list[Finding]:
    """The source's ``language-unread`` finding, when its language is read as English."""
    from desertcheck.checks.language_unread import unread_finding

    found = unread_finding(source.id, source.file, source.meta.language)
    return [found] if found is not None else []


def _below(coverage: float, min_coverage: float, result: ScanResult) -> Finding:
    from desertcheck.vocabulary import plural

    missing, stubs = result.count("missing"), result.count("stub")
    todo = []
    if stubs:
        todo.append(
            f"fill the todo fields of the {plural(stubs, 'stub')} (desertcheck verify lists them)"
        )
    if missing or not stubs:
        todo.append(
            f"register the {plural(missing, 'missing figure')} (desertcheck scan --missing --stubs)"
        )
    return Finding.of(
        Code.COVERAGE_BELOW_MINIMUM,
        f"coverage is {coverage:g}%, under the --min-coverage of {min_coverage:g}%: "
        f"{', '.join(todo)}, or exclude those that are no statistics",
    )


def _unused(ex: Exclusion, why: str) -> Finding:
    code = Code.UNUSED_EXCLUSION
    return Finding.of(
        code,
        f"[[scan.exclude]] of {ex.source} ({_short(ex.quote)!r}) explains no figure: {why}",
        CONFIG_FILE,
        ex.line,
        1 if ex.line else 0,
    )


def _unregistered(f: Figure) -> Finding:
    code = Code.UNREGISTERED_FIGURE
    return Finding.of(
        code,
        f"{f.text!r} is not registered: {_short(f.sentence, 160)!r}",
        f.file,
        f.line,
        f.column,
    )


def _short(text: str, n: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def _scan_source(
    source: Source, norm: Normalized, claims: list[Claim], exclusions: list[Exclusion]
) -> tuple[list[Figure], list[tuple[Exclusion, str]]]:
    from desertcheck.checks.placeholder import unfilled
    from desertcheck.text import find_quote

    located = located_claims(claims, norm)
    passages: list[tuple[Exclusion, int, int]] = []
    unused: list[tuple[Exclusion, str]] = []
    for ex in exclusions:
        loc = find_quote(ex.quote, norm)
        if loc is None:
            unused.append((ex, f"its quote is not in {source.file}"))
        else:
            passages.append((ex, loc.start, loc.end))
    used: set[int] = set()
    figures: list[Figure] = []
    for q in figures_in(source.text, source.meta.language):
        recording = recorded_by(located, q)
        by = tuple(c.id for c in recording)
        reason = None
        status = "missing" if not by else "stub" if all(map(unfilled, recording)) else "registered"
        if not by:
            for ex, a, b in passages:
                if a <= q.start and q.end <= b:
                    status, reason = "excluded", ex.reason
                    used.add(id(ex))
                    break
            else:
                reason = not_a_statistic(source.text, q)
                status = "excluded" if reason else status
        figures.append(_figure(source, q, status, by, reason))
    for ex, _, _ in passages:
        if id(ex) not in used:
            unused.append((ex, "its passage holds no figure that is not registered"))
    return figures, unused


def figures_in(text: str, language: str | None) -> list[Quantity]:
    """The figures scan counts in a source's ``text``, read as its ``language`` writes
    numbers ("3,5 Mio." in German); ``add source`` counts the same at import."""
    from desertcheck.quantity import parse_quantities

    return parse_quantities(text, language)


#: A label's noun right before the number (:mod:`desertcheck.labels`).
_LABEL = re.compile(rf"(?i:\b(?:{LABEL_WORDS})\.?)[ \t]*\Z")


def not_a_statistic(text: str, q: Quantity) -> str | None:
    """Why figure ``q`` of ``text`` is no statistic, for kinds the parser reads as
    figures: a label's number ("Table 1"), an age ("were under 25", "aged 16 to 24",
    "over 65s"), a number word of a compound adjective ("a two-bedroom home") and a
    telephone number ("999 calls"; :mod:`.nonfigures`); None for any other figure."""
    from desertcheck.authoring.ages import an_age
    from desertcheck.authoring.nonfigures import not_a_count, years_not_counted

    if reason := not_a_count(text, q):
        return reason
    if q.low != int(q.low) or q.low < 0 or q.high > 120:
        return None
    if reason := years_not_counted(text, q):
        return reason
    before = text[max(0, q.start - 40) : q.start]
    written = " ".join(q.text.split())
    if written.isdigit() and _LABEL.search(before):
        return "a label's number (table, figure, section, ...), not a statistic"
    return "an age, not a statistic" if an_age(text, q) else None


def located_claims(claims: Iterable[Claim], norm: Normalized) -> list[tuple[Claim, int, int]]:
    """Each claim whose quote is in the normalised source text, with the quote's span."""
    from desertcheck.text import find_quote

    located: list[tuple[Claim, int, int]] = []
    for claim in claims:
        loc = find_quote(claim.quote, norm)
        if loc is not None:
            located.append((claim, loc.start, loc.end))
    return located


def recorded_by(located: list[tuple[Claim, int, int]], q: Quantity) -> tuple[Claim, ...]:
    """The claims that register figure ``q``: their quote holds it and they state its value."""
    from desertcheck.figures import states

    return tuple(c for c, a, b in located if a <= q.start and q.end <= b and states(c, q))


def _figure(
    source: Source, q: Quantity, status: str, claims: tuple[str, ...], reason: str | None
) -> Figure:
    from desertcheck.text import line_col

    line, column = line_col(source.text, q.start)
    a, b = sentence_of(source.text, q.start, q.end, source.meta.language)
    return Figure(
        source=source.id,
        file=source.file,
        line=source.body_line + line - 1,
        column=column,
        start=q.start,
        end=q.end,
        quantity=q,
        sentence=one_line(source.text[a:b]),
        sentence_span=(a, b),
        status=status,
        claims=claims,
        reason=reason,
    )


LONG_SENTENCE = 2000  # characters each side within which a statement's whole sentence is sought


def sentence_of(
    text: str, start: int, end: int, language: str | None = None, width: int = SENTENCE_WIDTH
) -> tuple[int, int]:
    """The span of the sentence that holds ``text[start:end]``: a table's row is its
    figures' sentence; elsewhere headings before and after are left out. In German
    (``language``, else the language in force: ``quantity.reading``) the full stop of
    "Mio." or of "1. Juli" ends no sentence."""
    from desertcheck.quantity.convention import primary
    from desertcheck.quantity.reading import in_force
    from desertcheck.text import context

    row = table_row(text, start)
    if row is not None:
        return row
    read = text
    if primary(language if language is not None else in_force()) == "de":
        from desertcheck.quantity.german import without_false_stops

        read = without_false_stops(text)
    a, b = context(read, start, end, width)
    return after_headings(text, a, start), before_headings(text, end, b)


def table_row(text: str, at: int) -> tuple[int, int] | None:
    """The span of the Markdown table row (``| 2022 | 612 | 388 |``) that holds offset
    ``at``, without the spaces around it; None when its line is no table row."""
    lo = text.rfind("\n", 0, at) + 1
    hi = text.find("\n", at)
    hi = len(text) if hi < 0 else hi
    line = text[lo:hi]
    body = line.strip()
    if len(body) < 3 or body[0] != "|" or body[-1] != "|":
        return None
    lo += len(line) - len(line.lstrip())
    return lo, lo + len(body)


HEADING_MAX = 60  # characters: a line this short without end punctuation may be a heading


def after_headings(text: str, a: int, start: int) -> int:
    """``a`` moved past the heading-like lines before ``start``: a line break after a short
    line without end punctuation, before a capital letter, ends a heading, not a sentence
    ("2. Service⏎The fleet grew to 186 buses", where no full stop marks the end)."""
    base, line_start, cut = a, a, a
    for m in re.finditer(r"\n[ \t]*", text[base:start]):
        line = text[line_start : base + m.start()].strip()
        nxt = base + m.end()
        if (
            line
            and len(line) <= HEADING_MAX
            and line[-1] not in ".,;:!?)]”’\"'"
            and text[nxt : nxt + 1].isupper()
        ):
            cut = nxt
        line_start = nxt
    return cut


_MARKERS = "¹²³⁴⁵⁶⁷⁸⁹⁰*†‡ \t"


def before_headings(text: str, end: int, b: int) -> int:
    """``b`` moved back to the end of the sentence that a heading-like line follows: after
    "... reorganised in 2016.¹" comes "2. Service", which no full stop separates."""
    for m in re.finditer(r"\n", text[end:b]):
        brk = end + m.start()
        if not text[:brk].rstrip(_MARKERS).endswith((".", "!", "?")):
            continue
        line_end = text.find("\n", brk + 1)
        line = text[brk + 1 : b if line_end < 0 else min(line_end, b)].strip()
        if line and len(line) <= HEADING_MAX and line[-1] not in ".,;:!?":
            return brk
    return b


_HYPHEN_BREAK = re.compile(r"(?<=[^\W\d_])[-\u00ad][ \t]*\r?\n[ \t]*(?=[a-zà-ÿ])")


def one_line(text: str) -> str:
    """Text on one line: a word hyphenated at a line break joined, whitespace folded."""
    return " ".join(_HYPHEN_BREAK.sub("", text).split())
