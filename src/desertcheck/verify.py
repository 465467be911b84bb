"""``desertcheck verify``: run every check over a loaded registry and collect the findings.

Per-claim checks run on each selected claim with its source (each source's text is
normalised once and shared by its claims); cross-claim checks run once over the whole
registry, so a ``--claim`` selection is still checked against the rest. Loader and config
findings are filtered by ``--select``/``--ignore`` like the checks' — except loader errors,
which are always reported: a registry that does not load is never "verified".
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from desertcheck import acceptance, parallel
from desertcheck.cache.manifest import unchanged
from desertcheck.checks import CHECKS, quote_not_found
from desertcheck.checks.base import ClaimContext, RegistryContext
from desertcheck.codes import Code
from desertcheck.config import Vocabulary
from desertcheck.findings import Finding, Severity, accepted, count, exit_code, sort_findings

if TYPE_CHECKING:
    from desertcheck.cache.checks import CheckCache, Key
    from desertcheck.checks import Check
    from desertcheck.config import Config
    from desertcheck.model import Claim, Source
    from desertcheck.registry import LoadResult, Registry
    from desertcheck.registry.fanout import FanOut
    from desertcheck.text import Normalized

STATUS_BY_SEVERITY = {Severity.ERROR: "error", Severity.WARNING: "warning"}


@dataclass(frozen=True, slots=True)
class ClaimStatus:
    id: str
    status: str  # verified | warning | error
    quote_line: int | None  # line of the quote in its source file, when found
    codes: tuple[str, ...]
    #: (code, reason) of each accepted finding about the claim: reported, never counted
    accepted: tuple[tuple[str, str], ...] = ()

    def to_dict(self) -> dict[str, object]:
        return {"id": self.id, "status": self.status, "quote_line": self.quote_line}


@dataclass(frozen=True, slots=True)
class VerifyResult:
    registry: Registry
    findings: tuple[Finding, ...]
    claims: tuple[ClaimStatus, ...]
    vocabulary: Vocabulary = field(default_factory=Vocabulary)  # declared: its descriptions
    #: desertcheck.toml's codes not reported (``ignore``), and those lowered from error
    #: (``[verify.severity]``), with the severity they are given: the summary says so
    quieted: tuple[tuple[str, str], ...] = ()

    @property
    def summary(self) -> dict[str, int]:
        from desertcheck.registry.result import files_not_loaded

        counts = count(self.findings)
        return {
            "claims": len(self.claims),
            "claims_files_not_loaded": len(files_not_loaded(self.registry, self.findings)),
            "sources": len(self.registry.sources),
            "errors": counts[Severity.ERROR],
            "warnings": counts[Severity.WARNING],
            "infos": counts[Severity.INFO],
            "accepted": accepted(self.findings),
        }

    def grouped(self) -> tuple[dict[str, list[Finding]], list[Finding], list[Finding]]:
        """Findings about one claim (by claim id), across claims, and about no claim.

        A finding about a claim that did not load (its id is known, the claim is not) is
        about no claim: every report must still show it.
        """
        verified = {c.id for c in self.claims}
        per_claim: dict[str, list[Finding]] = {}
        cross: list[Finding] = []
        loose: list[Finding] = []
        for f in self.findings:
            if len(f.claims) == 1 and f.claims[0] in verified:
                per_claim.setdefault(f.claims[0], []).append(f)
            elif len(f.claims) > 1:
                cross.append(f)
            else:
                loose.append(f)
        return per_claim, cross, loose

    def exit_code(self, *, strict: bool = False) -> int:
        """1 on any error finding, or on any warning with ``strict``; infos never fail."""
        return exit_code(self.findings, strict=strict)

    def to_dict(self) -> dict[str, object]:
        return {
            "summary": self.summary,
            "findings": [f.to_dict() for f in self.findings],
            "claims": [c.to_dict() for c in self.claims],
        }


def active_codes(
    config: Config, select: Collection[Code] | None, ignore: Collection[Code] | None
) -> set[Code]:
    """The codes a run reports: ``select`` (default all) less ``ignore`` and the config's.

    Loader errors are always reported: the file they concern did not load.
    """
    codes = set(select) if select else set(Code)
    codes -= set(ignore or ()) | set(config.ignore)
    return codes | {c for c in Code if c.fatal}


class ClaimChecker:
    """The per-claim checks a run reports, of one claim with its source; each source's
    text is normalised once, and only when a claim of it is checked."""

    def __init__(self, config: Config, codes: Collection[Code]) -> None:
        self.checks = [c for c in CHECKS if c.kind == "claim" and c.code in codes]
        self.tolerance = config.tolerance
        #: what the results depend on besides the claim and its source
        self.tag = (tuple(sorted(c.code.value for c in self.checks)), self.tolerance)
        self.normalized: dict[str, Normalized] = {}

    def __call__(
        self, sources: Mapping[str, Source], claim: Claim
    ) -> tuple[list[Finding], int | None]:
        """The per-claim checks' findings for ``claim`` and the line of its quote."""
        source = sources.get(claim.source)
        norm = None
        if source is not None:
            norm = self.normalized.get(source.id)
            if norm is None:
                from desertcheck.text import normalize

                norm = self.normalized[source.id] = normalize(source.text)
        ctx = ClaimContext(claim, source, norm, self.tolerance)
        findings: list[Finding] = []
        for check in self.checks:
            findings.extend(check.run(ctx))
        loc = ctx.location
        # the quote's line in the source's text, found with it (the text is ``norm``'s
        # original): ``source.file_line(loc.start)`` without counting the lines again
        line = source.body_line + loc.line - 1 if (source is not None and loc is not None) else None
        return findings, line


def claim_checker(
    config: Config, select: Collection[Code] | None, ignore: Collection[Code] | None
) -> ClaimChecker:
    """The per-claim checks of ``verify`` with these options (for
    :mod:`desertcheck.registry.fanout`, which runs them as it reads the claims)."""
    return ClaimChecker(config, active_codes(config, select, ignore))


def verify(
    loaded: LoadResult,
    config: Config,
    *,
    select: Collection[Code] | None = None,
    ignore: Collection[Code] | None = None,
    claim_ids: Collection[str] | None = None,
    extra: Iterable[Finding] = (),
    progress: Callable[[int], None] | None = None,
    cache: CheckCache | None = None,
    jobs: int = 1,
    fan: FanOut | None = None,
) -> VerifyResult:
    """Every check over ``loaded``; with ``cache``, per-claim results of unchanged claims
    and sources are taken from it (:mod:`desertcheck.cache.checks`) and this run's kept.
    ``jobs`` processes check the claims (0: one per core) when there are enough of them
    (:mod:`desertcheck.parallel`); the claims ``fan`` checked as it read them are not
    checked again."""
    registry = loaded.registry
    codes = active_codes(config, select, ignore)
    wanted = set(claim_ids) if claim_ids else None
    if config.scan_exclusions:  # one naming a source or claim that is gone: scan's finding
        from desertcheck.authoring.scan import dangling

        extra = (*extra, *dangling(config, registry))
    found: list[Finding] = [f for f in (*loaded.findings, *extra) if f.code in codes]
    checker = ClaimChecker(config, codes)
    claim_checks = checker.checks
    run_key = None
    if cache is not None:
        cache.merge = cache.merge or wanted is not None  # the claims not run stay stored
        cache.begin(repr((sorted(c.code.value for c in claim_checks), config.tolerance)))
        run_key = cache.run_key(repr((sorted(codes), sorted(wanted or ()))), found)
        stored = cache.get_run(run_key)
        if stored is not None:  # these files, these options: the run as it was
            chosen = [c for c in registry.claims if wanted is None or c.id in wanted]
            statuses = _statuses(chosen, stored[0], stored[1])
            found_ = tuple(stored[0])
            return VerifyResult(registry, found_, statuses, config.vocabulary, quieted(config))
    run = _ClaimRun(registry, checker, found, cache)
    if fan is not None and fan.tag == checker.tag:
        run.early, run.digests = fan.checked, fan.digest
    quote_lines = run.all(wanted, progress, jobs)
    if cache is not None and not unchanged(cache.manifest):
        cache = None  # a file was saved while it was read: keep nothing of this run
    if cache is not None:
        cache.save()
    rctx = RegistryContext(_finished(registry), config.tolerance, config.vocabulary)
    across = [c for c in CHECKS if c.kind == "registry" and c.code in codes]
    found.extend(
        f for f in _across(rctx, across, cache, loaded) if wanted is None or wanted & set(f.claims)
    )
    found = quote_not_found.told_by_loader(found)  # no second error for a missing source
    found = quote_not_found.told_at_source(found, registry)  # one for a source not loaded
    if config.severity:
        found = [
            replace(f, severity=config.severity[f.code])
            if f.code in config.severity and not f.code.fatal
            else f
            for f in found
        ]
    findings = tuple(sort_findings(acceptance.apply(found, registry.claims, codes, wanted)))
    chosen = [c for c in registry.claims if wanted is None or c.id in wanted]
    statuses = _statuses(chosen, findings, quote_lines)
    if cache is not None:
        cache.put_run(run_key, findings, quote_lines)
    return VerifyResult(registry, findings, statuses, config.vocabulary, quieted(config))


def quieted(config: Config) -> tuple[tuple[str, str], ...]:
    """(code, "ignored" or the severity it is lowered to) of each code the settings keep
    from failing a run as an error, in code order."""
    out = {c.value: "ignored" for c in config.ignore if not c.fatal}
    for code, severity in config.severity.items():
        if code.severity is Severity.ERROR and severity is not Severity.ERROR and not code.fatal:
            out.setdefault(code.value, severity.value)
    return tuple(sorted(out.items()))


def _across(
    rctx: RegistryContext, checks: Sequence[Check], cache: CheckCache | None, loaded: LoadResult
) -> list[Finding]:
    """The findings of the checks across claims; with ``cache``, those of the checks that
    compare claims within one group only, of the groups an edit left as they were, are
    taken from it (:mod:`desertcheck.cache.cross`), unless the loader found anything."""
    if cache is None or loaded.findings:
        return [f for check in checks for f in check.run(rctx)]
    from desertcheck.cache.cross import PARTITIONED, CrossCache

    parted = [c for c in checks if c.code in PARTITIONED]
    cross = CrossCache(cache.store, cache.manifest, cache.context, merge=cache.merge)
    got = cross.run(rctx, parted)
    if got is None:
        got = [f for check in parted for f in check.run(rctx)]
    else:
        cross.save()
    return got + [f for check in checks if check.code not in PARTITIONED for f in check.run(rctx)]


def _finished(registry: Registry) -> Registry:
    """The registry without the claims whose measure or scope is still ``todo``: a stub is
    compared with no other claim until a person has said what it counts."""
    from desertcheck.checks.placeholder import is_todo

    claims = registry.claims
    # a registry has few measures and scopes: each text is judged once
    todo = {v for v in {c.measure for c in claims} | {c.scope for c in claims} if is_todo(v)}
    if not todo:
        return registry
    kept = tuple(c for c in claims if c.measure not in todo and c.scope not in todo)
    return replace(registry, claims=kept, _by_id={c.id: c for c in kept})


class _ClaimRun:
    """The per-claim checks over a registry, adding to ``found``; each source's text is
    normalised once, and only when a claim of it is checked (not taken from the cache)."""

    def __init__(
        self,
        registry: Registry,
        checker: ClaimChecker,
        found: list[Finding],
        cache: CheckCache | None,
    ) -> None:
        self.registry = registry
        self.checker = checker
        self.found = found
        self.cache = cache
        #: results of claims checked as they were read, by (file, claim id)
        self.early: Mapping[tuple[str, str], tuple[list[Finding], int | None]] = {}
        self.digests: Mapping[tuple[str, str], str] = {}  # their digests, for the cache

    def all(
        self, wanted: set[str] | None, progress: Callable[[int], None] | None, jobs: int = 1
    ) -> dict[str, int | None]:
        """Check every claim (of ``wanted``, when given), or take its results from the
        cache; the line of each claim's quote."""
        claims = self.registry.claims
        todo = [i for i, c in enumerate(claims) if wanted is None or c.id in wanted]
        keys: dict[int, Key | None] = {}
        known: dict[int, tuple[list[Finding], int | None]] = {}
        if self.cache is not None:
            files = {sid: s.file for sid, s in self.registry.sources.items()}
            known = self.cache.found_by_id(
                (i, claims[i].file, claims[i].id, files.get(claims[i].source)) for i in todo
            )
            for i in todo:
                if i not in known:
                    keys[i] = self._key(claims[i])
                    hit = self.cache.get(keys[i])
                    if hit is not None:
                        known[i] = hit
        computed: dict[int, tuple[list[Finding], int | None]] = {}
        for i in todo if self.early else ():
            if i not in known and (claims[i].file, claims[i].id) in self.early:
                computed[i] = self.early[claims[i].file, claims[i].id]
        missing = [i for i in todo if i not in known and i not in computed]
        workers = parallel.workers_for(len(missing), jobs)
        if workers > 1:
            run = parallel.check_all(missing, lambda i: self.compute(claims[i]), workers, progress)
            computed.update(run)
        quote_lines: dict[str, int | None] = {}
        for i in todo:
            if progress is not None and workers == 1:
                progress(i)
            result = known.get(i)
            if result is None:
                result = computed.get(i) or self.compute(claims[i])
                if self.cache is not None:
                    digest = self.digests.get((claims[i].file, claims[i].id))
                    self.cache.put(keys[i], *result, digest)
            self.found.extend(result[0])
            quote_lines[claims[i].id] = result[1]
        return quote_lines

    def _key(self, claim: Claim) -> Key | None:
        assert self.cache is not None
        source = self.registry.sources.get(claim.source)
        return self.cache.key(claim.file, claim.id, source.file if source else None, claim)

    def compute(self, claim: Claim) -> tuple[list[Finding], int | None]:
        """The per-claim checks' findings for ``claim`` and the line of its quote."""
        return self.checker(self.registry.sources, claim)


def _statuses(
    claims: Sequence[Claim], findings: Sequence[Finding], quote_lines: dict[str, int | None]
) -> tuple[ClaimStatus, ...]:
    """Each claim's status: the worst severity among its findings (infos do not count)."""
    worst: dict[str, Severity] = {}
    codes_of: dict[str, list[str]] = {}
    accepted: dict[str, list[tuple[str, str]]] = {}
    for f in findings:
        if f.accepted is not None:  # reported, but it changes no claim's status
            for cid in f.claims:
                accepted.setdefault(cid, []).append((str(f.code), f.accepted.reason))
            continue
        for cid in f.claims:
            codes_of.setdefault(cid, []).append(f.code)
            if f.severity is not Severity.INFO and (
                cid not in worst or f.severity.rank < worst[cid].rank
            ):
                worst[cid] = f.severity
    line = quote_lines.get
    plain = _plain_status  # most claims: no finding at all
    return tuple(
        ClaimStatus(
            cid,
            STATUS_BY_SEVERITY.get(worst[cid], "verified") if cid in worst else "verified",
            line(cid),
            tuple(dict.fromkeys(codes_of.get(cid, ()))),
            tuple(dict.fromkeys(accepted.get(cid, ()))),
        )
        if cid in codes_of or cid in accepted
        else plain(cid, line(cid))
        for cid in (c.id for c in claims)
    )


_new = object.__new__
_set_id, _set_status, _set_line, _set_codes, _set_accepted = (
    vars(ClaimStatus)[name].__set__ for name in ("id", "status", "quote_line", "codes", "accepted")
)


def _plain_status(cid: str, line: int | None) -> ClaimStatus:
    """``ClaimStatus(cid, "verified", line, ())``, its slots filled directly: a frozen
    class's own constructor sets each field through ``object.__setattr__``, which at ten
    thousand claims a run was a noticeable part of a run that checked a hundred."""
    status = _new(ClaimStatus)
    _set_id(status, cid)
    _set_status(status, "verified")
    _set_line(status, line)
    _set_codes(status, ())
    _set_accepted(status, ())
    return status
