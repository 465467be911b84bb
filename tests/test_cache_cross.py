"""Cross-claim findings kept by partition (:mod:`desertcheck.cache.cross`): after each edit,
a warm verify writes what a cold one writes, checking afresh only the partitions the edit
touched; an entry that does not check out is checked afresh."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from desertcheck.cache import CACHE_DIR, cross
from desertcheck.cache.store import Store
from desertcheck.checks import BY_CODE
from desertcheck.cli import app
from desertcheck.codes import Code

from .conftest import cli_runner

MEASURES = ("absence-cases", "desertion-verdicts")
SCOPES = ("tula", "tver", "omsk")


def _claim(k: int, source: int, value: int, *, measure: str = "", scope: str = "") -> str:
    measure = measure or MEASURES[k % 2]
    scope = scope or SCOPES[k % 3]
    return (
        f"  - id: c{k}\n"
        f"    statement: The court in {scope} counted {value:,} cases in 2024.\n"
        f"    value: {value}\n"
        "    unit: cases\n"
        f"    measure: {measure}\n"
        f"    scope: {scope}\n"
        '    period: "2024"\n'
        f"    source: report-{source}\n"
        f'    quote: "In 2024 the court in {scope} counted {value:,} cases, file {k}."\n'
    )


@pytest.fixture
def registry(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Three claims files of twelve claims, each of one source and one measure (the first
    and the last of one); each claim's quote in its source."""
    monkeypatch.delenv("DESERTCHECK_NO_CACHE", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "user-cache"))
    root = tmp_path / "reg"
    (root / "claims").mkdir(parents=True)
    (root / "sources").mkdir()
    for f in range(3):
        body, quotes = ["claims:\n"], []
        for k in range(f * 12, f * 12 + 12):
            value, scope = 1000 + 10 * k, SCOPES[k % 3]
            body.append(_claim(k, f, value, measure=MEASURES[f % 2], scope=scope))
            quotes.append(f"In 2024 the court in {scope} counted {value:,} cases, file {k}.")
        (root / "claims" / f"part-{f}.yaml").write_text("".join(body), encoding="utf-8")
        text = "---\ntitle: Report\npublisher: Monitor\nlanguage: en\n---\n" + "\n\n".join(quotes)
        (root / "sources" / f"report-{f}.md").write_text(text + "\n", encoding="utf-8")
    return root


def _run(root: Path, *args: str) -> tuple[str, str, int]:
    r = cli_runner().invoke(app, ["verify", "--root", str(root), *args], catch_exceptions=False)
    return r.stdout, r.stderr, r.exit_code


@pytest.fixture
def checked(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[int]]:
    """The partitions each warm run checked afresh (appended as runs save their entry)."""
    counts: list[int] = []
    save = cross.CrossCache.save

    def counting(self: cross.CrossCache) -> None:
        counts.append(self.checked)
        save(self)

    monkeypatch.setattr(cross.CrossCache, "save", counting)
    yield counts


def _append(name: str, text: str) -> Callable[[Path], None]:
    def apply(root: Path) -> None:
        path = root / "claims" / name
        path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")

    return apply


def _replace(name: str, old: str, new: str) -> Callable[[Path], None]:
    def apply(root: Path) -> None:
        path = root / "claims" / name
        text = path.read_text(encoding="utf-8")
        assert old in text
        path.write_text(text.replace(old, new, 1), encoding="utf-8")

    return apply


EDITS: list[tuple[str, Callable[[Path], None]]] = [
    # c0 (part-0, report-0): absence-cases / tula, 1,000; a rival in part-2 contradicts it
    (
        "a contradiction",
        _append("part-2.yaml", _claim(90, 2, 5000, measure=MEASURES[0], scope="tula")),
    ),
    # the words and value of c3 (part-0, report-0), from the same source: a duplicate
    (
        "a duplicate",
        _append(
            "part-2.yaml",
            _claim(91, 0, 1030, measure=MEASURES[0], scope="tula").replace("file 91", "file 3"),
        ),
    ),
    (
        "a statement changed",
        _replace("part-1.yaml", "counted 1,120 cases in 2024.\n", "counted 1,125 cases in 2024.\n"),
    ),
    ("lines moved", _replace("part-2.yaml", "claims:\n", "# moved\nclaims:\n")),
    ("the rival leaves", _replace("part-2.yaml", "value: 5000\n", "value: 1000\n")),
    (
        "in another unit",
        _replace("part-2.yaml", "value: 1000\n    unit: cases", "value: 1000\n    unit: verdicts"),
    ),
]


@pytest.mark.parametrize("fmt", ["json", "table"])
def test_after_each_edit_a_warm_verify_writes_what_a_cold_one_writes(
    registry: Path, checked: list[int], fmt: str
) -> None:
    _run(registry, "--format", fmt)  # the cache warm: every partition checked
    assert (registry / CACHE_DIR / cross.ENTRY).is_file()
    total = checked[-1]
    seen = set()
    for name, edit in EDITS:
        edit(registry)
        warm = _run(registry, "--format", fmt)
        assert 0 < checked[-1] < total, name  # some partitions were taken from the cache
        assert warm == _run(registry, "--format", fmt, "--no-cache"), name
        seen.add(warm[0])
    assert len(seen) == len(EDITS)
    if fmt == "json":
        codes = "".join(seen)
        for code in ("contradiction", "duplicate-claim", "unit-split"):
            assert f'"code": "{code}"' in codes  # the edits made each: a test that can fail


@pytest.mark.parametrize(
    "entry",
    [
        "not a mapping",
        {"contradiction\0x": ()},  # a partition of no name of this run's
        "rows of another shape",
        "findings of another check",
    ],
)
def test_an_entry_that_does_not_check_out_is_checked_afresh(
    registry: Path, checked: list[int], entry: object
) -> None:
    _append("part-2.yaml", _claim(90, 2, 5000, measure=MEASURES[0], scope="tula"))(registry)
    cold = _run(registry, "--format", "json", "--no-cache")
    _run(registry, "--format", "json")
    store = Store(registry)
    kept = store.read(cross.ENTRY)
    assert isinstance(kept, dict) and kept
    if entry == "rows of another shape":
        entry = dict.fromkeys(kept, ("not", "a", "row"))
    elif entry == "findings of another check":
        row = ("duplicate-claim", "warning", "m", "claims/part-0.yaml", 1, 1, ("c0",))
        entry = {k: (row,) for k in kept if k.startswith("contradiction")}
    store.write(cross.ENTRY, entry)
    (registry / CACHE_DIR / "checks.dat").unlink()  # no whole run, no report to replay
    for name in Store(registry).names("run-") + Store(registry).names("report-"):
        (registry / CACHE_DIR / name).unlink()
    assert _run(registry, "--format", "json") == cold
    assert checked[-1] > 0


def test_a_truncated_entry_is_checked_afresh(registry: Path, checked: list[int]) -> None:
    _run(registry, "--format", "json")
    path = registry / CACHE_DIR / cross.ENTRY
    path.write_bytes(path.read_bytes()[:-20])
    _replace("part-0.yaml", "counted 1,000 cases in 2024.\n", "counted 1,000 cases then.\n")(
        registry
    )
    warm = _run(registry, "--format", "json")
    assert warm == _run(registry, "--format", "json", "--no-cache")
    assert checked[-1] == checked[0]  # every partition again


def test_a_run_with_loader_findings_keeps_no_partition(registry: Path) -> None:
    _append("part-1.yaml", _claim(3, 1, 77))(registry)  # c3 again: an id given twice
    (registry / CACHE_DIR).mkdir(exist_ok=True)
    warm = _run(registry, "--format", "json")
    assert "duplicate-id" in warm[0]
    assert warm == _run(registry, "--format", "json", "--no-cache")
    assert not (registry / CACHE_DIR / cross.ENTRY).exists()


def test_a_finding_across_partitions_makes_the_checks_run_whole(
    registry: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A check whose finding names claims of two partitions is not of the partitioned
    kind: the cache gives up and the checks run over the whole registry."""
    from desertcheck.checks import Check
    from desertcheck.checks.base import RegistryContext
    from desertcheck.findings import Finding

    def across(ctx: RegistryContext) -> Iterator[Finding]:
        a, b = ctx.registry.claims[0], ctx.registry.claims[12]  # two sources
        yield Finding.of(Code.DUPLICATE_CLAIM, "m", a.file, a.line, 1, (a.id, b.id))

    from desertcheck.cli.flow import load_found
    from desertcheck.registry.root import find_root

    loaded = load_found(find_root(registry))
    ctx = RegistryContext(loaded.registry)
    store = Store(registry)
    from desertcheck.cache.manifest import Manifest

    cache = cross.CrossCache(store, Manifest(registry), "context")
    assert cache.run(ctx, [Check(Code.DUPLICATE_CLAIM, "registry", across)]) is None
    assert cache.run(ctx, [BY_CODE[Code.DUPLICATE_CLAIM]]) == []
