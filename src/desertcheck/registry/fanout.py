"""Claims files read, validated and checked in worker processes: a cold ``verify --jobs``.

Reading a large registry is as much work as checking it: parsing the YAML with every
value's place, then validating each claim. Both are per file, so when a load has many
claims files to read (none in the cache), forked workers (:mod:`desertcheck.parallel`)
each read a share of them after the sources are loaded, and each also runs the per-claim
checks of the claims it read (it has the sources): loading runs on every core, and the
checks start in the same processes without a second fork.

A worker sends back, for each file that loaded without a finding, its claims and
relations in the cache's compact form (:mod:`desertcheck.cache.claims`) and each claim's
check results. The loader then takes the file as it takes one from the cache: the caps
count it, its objects are kept in order and duplicate ids and references are checked
across files as always. A file with any finding — or one the worker could not read — is
read again here, so its findings are the loader's own, in its order: the report is the
same byte for byte whatever the number of jobs.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from desertcheck import parallel

if TYPE_CHECKING:
    from desertcheck.cache.claims import RowBuilder
    from desertcheck.model import Claim, Source
    from desertcheck.registry.loader import _Loader

#: About how many bytes of a claims file a claim takes (the benchmark's: 460): the work a
#: set of files holds, in claims, for :func:`desertcheck.parallel.workers_for`.
BYTES_PER_CLAIM: Final = 450

#: A claim's check results: (findings, quote line), as :mod:`desertcheck.verify` makes them.
CheckOne = Callable[["Mapping[str, Source]", "Claim"], Any]
#: What a worker sends back for a file that loaded cleanly: its rows, its claims' results
#: and their digests.
Early = tuple[Any, dict[str, Any], dict[str, str]]
#: A progress bar: ``bar(what, total)`` gives the tick to call with the count done less one,
#: or None when no bar is drawn (as :func:`desertcheck.cli.flow.progress_bar`).
Bar = Callable[[str, int], AbstractContextManager[Callable[[int], None] | None]]


@contextlib.contextmanager
def _no_bar(what: str, total: int) -> Iterator[None]:
    yield None


class FanOut:
    """Claims files to read in workers, ``jobs`` of them (0: one per core); with ``check``
    each claim read (of the ids ``only``, when given) is checked there too, ``tag`` naming
    the checks run (verify takes the results only under the same tag), and with
    ``digests`` its digest for the checks' cache is made there."""

    def __init__(
        self,
        jobs: int,
        check: CheckOne | None = None,
        tag: object = None,
        only: Collection[str] | None = None,
        digests: bool = False,
        bar: Bar | None = None,
    ) -> None:
        self.jobs = jobs
        self.bar = bar or _no_bar  # progress while the workers read
        self.check = check
        self.tag = tag
        self.only = frozenset(only) if only is not None else None
        self.digests = digests  # make each claim's digest for the checks' cache
        self.digest: dict[tuple[str, str], str] = {}  # (file, claim id): its digest
        self.checked: dict[tuple[str, str], Any] = {}  # (file, claim id): results
        self.files = 0  # files read in the workers (for the tests)
        self._builder: RowBuilder | None = None

    def read(self, loader: _Loader, paths: Sequence[Path]) -> dict[str, Early]:
        """The files of ``paths`` that the workers read cleanly, by their registry path;
        none when there are too few to pay for the workers."""
        cache = loader.cache
        todo = [p for p in paths if cache is None or not cache.has(loader.rel(p))]
        if len(todo) < 2:
            return {}
        size = sum(_size(path) for path in todo)
        workers = parallel.workers_for(size // BYTES_PER_CLAIM, self.jobs)
        if workers <= 1:
            return {}
        run = parallel.check_all(range(len(todo)), lambda i: self._one(loader, todo[i]), workers)
        early: dict[str, Early] = {}
        total = max(1, size // BYTES_PER_CLAIM)
        with self.bar("reading and checking claims", total) as tick:
            done = 0  # claims read, as the files' sizes tell
            for i, got in run:
                if got is not None:
                    early[loader.rel(todo[i])] = got
                done += _size(todo[i]) // BYTES_PER_CLAIM
                if tick is not None and done:
                    tick(min(done, total) - 1)
        self.files = len(early)
        return early

    def _one(self, loader: _Loader, path: Path) -> Early | None:
        """In a worker: the file at ``path`` read, validated and checked, when it loads
        without a finding (``loader`` is the worker's copy of the parent's)."""
        from desertcheck.cache.checks import claim_digest
        from desertcheck.cache.claims import rows_of
        from desertcheck.model import Claim

        rel = loader.rel(path)
        _alone(loader)
        before = _state(loader)
        loader.file_objects = []
        parsed = loader.read_yaml(path, rel)
        if parsed is None:
            return None
        loader.load_claims_file(rel, *parsed)
        if _state(loader) != before:
            return None
        objs = loader.file_objects
        checked: dict[str, Any] = {}
        digest: dict[str, str] = {}
        if self.check is not None:
            sources = loader.sources
            only = self.only
            checked = {
                o.id: self.check(sources, o)
                for o in objs
                if isinstance(o, Claim) and (only is None or o.id in only)
            }
            if self.digests:
                digest = {
                    o.id: claim_digest(rel, o)
                    for o in objs
                    if isinstance(o, Claim) and o.id in checked
                }
        return rows_of(objs), checked, digest

    def keep(self, loader: _Loader, path: Path, rel: str, early: Early) -> bool:
        """Keep the objects of the file a worker read cleanly, as the loader keeps a file
        from the cache (and keep them in the cache when there is one); False when they
        cannot be built back, and the file is read here."""
        from desertcheck.cache.claims import RowBuilder, objects_of

        if self._builder is None:
            self._builder = RowBuilder()
        objs = objects_of(rel, early[0], self._builder)
        if objs is None or not loader.take(path, rel, objs):
            return objs is not None  # not read within the caps: as the cache's file
        if loader.cache is not None:
            loader.cache.put_rows(rel, early[0], objs)
        for cid, result in early[1].items():
            self.checked[(rel, cid)] = result
        for cid, digest in early[2].items():
            self.digest[(rel, cid)] = digest
        return True


def _alone(loader: _Loader) -> None:
    """Forget the ids of the files this worker read before: each file is judged alone, as
    the parent takes it (ids are checked across files there). Kept, a file whose claim
    takes an id of the worker's earlier file was sent back or not by which worker got it."""
    loader.claims = {}
    loader.claim_ids = set()
    loader.unloaded_ids = {}
    loader.relation_ids = {}
    loader.relations = []


def _state(loader: _Loader) -> tuple[int, ...]:
    """What a file's load may add to besides its objects: any change is a finding (or a
    file left unread)."""
    hidden = sum(loader.hidden.values())
    return len(loader.findings), hidden, len(loader.raw_refs), len(loader.over_total)


def _size(path: Path) -> int:
    try:
        return path.lstat().st_size
    except OSError:
        return 0  # the loader says why
