"""``desertcheck audit``'s result: every figure of the drafts with its verdict.

A verdict is a code of the catalogue (:mod:`desertcheck.codes`), and its severity decides
the exit code as for every other command: drifts and mismatches are errors, ``unsourced``
is a warning (it fails with ``--strict``), and so are ``contested`` and
``claim-fails-verify`` (verify is run on the registry first: :mod:`.standing`);
``supported`` is an info.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from desertcheck.codes import lookup
from desertcheck.findings import Finding, Severity, fails

if TYPE_CHECKING:
    from desertcheck.audit import AuditItem, Auditor
    from desertcheck.audit.index import ClaimIndex
    from desertcheck.audit.standing import Standing
    from desertcheck.cache.auditindex import IndexCache
    from desertcheck.cache.checks import CheckCache
    from desertcheck.config import Config
    from desertcheck.draft import Draft
    from desertcheck.registry import LoadResult
    from desertcheck.registry.fanout import FanOut

    #: the registry, loaded when needed: given a :class:`FanOut`, its claims files are read
    #: (and checked) in worker processes, as a cold ``verify`` reads them
    Load = Callable[[FanOut | None], LoadResult]


def severity(status: str) -> Severity:
    """The severity of an audit verdict, from the code catalogue."""
    code = lookup(status)
    if code is None:  # every verdict is declared; tests/test_codes.py keeps it so
        raise KeyError(status)
    return code.severity


@dataclass(frozen=True, slots=True)
class DraftRead:
    """How a draft was read: ``language``, the tag it was read in (None: as English, the
    guess finding no other language), and where that came from (``language_from``:
    ``option``, ``front matter``, ``configuration`` or ``guess``, :mod:`.declared`), with
    the notes said of it (:mod:`.draft_notes`)."""

    file: str
    language: str | None
    language_from: str
    notes: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, object]:
        return {
            "file": self.file,
            "language": self.language,
            "language_from": self.language_from,
            "notes": list(self.notes),
        }


@dataclass(frozen=True, slots=True)
class AuditResult:
    items: tuple[AuditItem, ...]
    drafts: int
    min_score: float
    findings: tuple[Finding, ...]  # the loader's and the config's
    explain: bool = False  # the formats for a person print each verdict's explanation
    notes: tuple[str, ...] = ()  # on the drafts' own acceptances (:mod:`.accepting`)
    #: What audit reads of a draft but not as it reads English, a line a draft
    #: (:mod:`.draft_notes`): the Markdown report carries them, stderr has them too
    draft_notes: tuple[str, ...] = ()
    #: how each draft was read, in order (the command line's; none for a library call)
    drafts_read: tuple[DraftRead, ...] = ()

    @property
    def summary(self) -> dict[str, int]:
        from desertcheck.audit import summarize

        return summarize(self.items, self.drafts)

    def exit_code(self, *, strict: bool = False) -> int:
        severities = [Severity.INFO if it.accepted else severity(it.status) for it in self.items]
        return fails([*severities, *(f.severity for f in self.findings)], strict=strict)

    def to_dict(self) -> dict[str, object]:
        return {
            "summary": {**self.summary, "min_score": self.min_score},
            "drafts": [d.to_dict() for d in self.drafts_read],
            "items": [it.to_dict() for it in self.items],
        }


def _standing(
    loaded: LoadResult,
    config: Config,
    cache: CheckCache | None = None,
    jobs: int = 1,
    fan: FanOut | None = None,
) -> dict[str, Standing]:
    """verify's word on every claim (:mod:`desertcheck.audit.standing`); with ``cache``,
    verify's per-claim results of unchanged claims are taken from it, and those ``fan``
    checked as it read the claims are not checked again."""
    from desertcheck.audit.standing import standings
    from desertcheck.verify import verify

    if not loaded.registry.claims:
        return {}
    return standings(verify(loaded, config, cache=cache, jobs=jobs, fan=fan).findings)


def _fan(config: Config, cache: CheckCache | None, jobs: int) -> FanOut:
    """Claims files read in ``jobs`` worker processes, each claim checked there by the
    checks :func:`_standing`'s verify runs: a cold audit loads the registry as a cold
    ``verify`` does, on every core, rather than in one process before verify's checks."""
    from desertcheck.registry.fanout import FanOut
    from desertcheck.verify import claim_checker

    checker = claim_checker(config, None, None)
    return FanOut(jobs, checker, checker.tag, digests=cache is not None)


def run_audit(
    loaded: LoadResult | Load,
    drafts: Sequence[Draft],
    *,
    min_score: float | None = None,
    explain: bool = False,
    cache: CheckCache | None = None,
    jobs: int = 1,
    stored: IndexCache | None = None,
    languages: Sequence[str | None] = (),
) -> AuditResult:
    """Audit every draft against the registry; ``min_score`` overrides desertcheck.toml;
    ``explain``: the formats for a person print why each verdict was given; ``jobs``:
    processes for verify's checks and for the drafts, when there is enough work
    (:mod:`desertcheck.parallel`); ``stored``: the index kept for an unchanged registry
    (:mod:`desertcheck.cache.auditindex`), and ``loaded`` then a function that loads the
    registry, called only when the stored index is not valid (and, with no ``cache``
    given, verify's results kept for the registry read only then); ``languages``: the
    language each draft is declared in (:mod:`.declared`), when any is."""
    if stored is None:
        loaded = loaded(None) if callable(loaded) else loaded
        auditor, config_findings = prepare(loaded, min_score=min_score, cache=cache, jobs=jobs)
        findings = (*loaded.findings, *config_findings)
    else:
        auditor, findings = _prepare_stored(loaded, stored, min_score, cache, jobs)
    from desertcheck.audit.accepting import accept

    found = [item for items in each_draft(auditor, drafts, jobs, languages) for item in items]
    items, notes = accept(found, drafts)
    return AuditResult(items, len(drafts), auditor.min_score, findings, explain, notes)


def prepare(
    loaded: LoadResult,
    *,
    min_score: float | None = None,
    cache: CheckCache | None = None,
    jobs: int = 1,
) -> tuple[Auditor, list[Finding]]:
    """The registry indexed for audit, with verify's word on every claim, and the
    configuration's findings."""
    from desertcheck.config import load_config

    config, config_findings = load_config(loaded.registry.root)
    auditor = _auditor(config, min_score, _standing(loaded, config, cache, jobs), loaded)
    return auditor, config_findings


def _auditor(
    config: Config,
    min_score: float | None,
    standing: dict[str, Standing],
    loaded: LoadResult | None = None,
    index: ClaimIndex | None = None,
) -> Auditor:
    """The auditor of ``loaded``'s claims, or of those ``index`` holds."""
    from desertcheck.audit import DEFAULT_MIN_SCORE, Auditor

    score = min_score if min_score is not None else config.audit_min_score
    return Auditor(
        loaded.registry.claims if loaded is not None else (),
        tolerance=config.tolerance,
        min_score=score if score is not None else DEFAULT_MIN_SCORE,
        standing=standing,
        descriptions=config.vocabulary.measures,
        synonyms=config.audit_synonyms,
        index=index,
        # a passage an exclusion says is not a statistic (not one repeating a claim's)
        not_statistics=[e.quote for e in config.scan_exclusions if e.claim is None],
    )


def _prepare_stored(
    loaded: LoadResult | Load,
    stored: IndexCache,
    min_score: float | None,
    cache: CheckCache | None,
    jobs: int,
) -> tuple[Auditor, tuple[Finding, ...]]:
    """:func:`prepare` with the index kept for an unchanged registry: read when it is
    valid (the registry is then not loaded), else built and kept."""
    from desertcheck.audit.auditor import synonyms_of
    from desertcheck.cache.auditindex import Prepared, config_digest
    from desertcheck.config import load_config

    config, config_findings = load_config(stored.root)
    digest = config_digest(config.vocabulary.measures or {}, config.audit_synonyms)
    hit = stored.get(digest, synonyms_of(config.audit_synonyms))
    if hit is not None:
        auditor = _auditor(config, min_score, hit.standing, index=hit.index)
        # the skeletons kept, when a figure first asks; none kept: read from the claims
        auditor.echoes.keep_later(partial(stored.echoes, digest))
        auditor.echoes.on_read = partial(stored.put_echoes, digest)
        return auditor, (*hit.findings, *config_findings)
    if cache is None:  # verify's results kept: read only now, the registry verified afresh
        cache = stored.checks()
    fan = _fan(config, cache, jobs) if callable(loaded) else None
    loaded = loaded(fan) if callable(loaded) else loaded
    auditor = _auditor(config, min_score, _standing(loaded, config, cache, jobs, fan), loaded)
    stored.put(digest, Prepared(auditor.index, auditor.standing, tuple(loaded.findings)))
    auditor.echoes.on_read = partial(stored.put_echoes, digest)
    return auditor, (*loaded.findings, *config_findings)


#: Characters of drafts, at least, before they are audited in several processes. Against
#: 10,000 claims on two cores (bench/parallel.py --audit): two drafts of 3,900 characters
#: in all gain nothing (0.97×), of 12,750 take 0.70× the time, of 31,000 0.59×.
AUDIT_PARALLEL_MIN = 8_000


def each_draft(
    auditor: Auditor, drafts: Sequence[Draft], jobs: int, languages: Sequence[str | None] = ()
) -> list[list[AuditItem]]:
    """Each draft's items, in the drafts' order (each read in its language of
    ``languages``, when given); on several cores when they are many."""
    said = list(languages) or [None] * len(drafts)

    def one(i: int) -> list[AuditItem]:
        return auditor.audit(drafts[i].text, drafts[i].name, said[i])

    if len(drafts) <= 1:  # nothing to share out: not even the processes' module loaded
        return [one(i) for i in range(len(drafts))]
    from desertcheck import parallel

    size = sum(len(d.text) for d in drafts)
    workers = min(len(drafts), parallel.workers_for(size, jobs, AUDIT_PARALLEL_MIN))
    if workers <= 1:
        return [one(i) for i in range(len(drafts))]
    done = dict(parallel.check_all(range(len(drafts)), one, workers))
    return [done[i] for i in range(len(drafts))]
