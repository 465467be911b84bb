"""audit's index kept in the cache (desertcheck.cache.auditindex): an index built back
from the cache is the index built from the claims, a new draft against an unchanged
registry is judged without loading it, and an entry that does not check out — truncated,
edited, of another version or code, of another registry or configuration, of the wrong
shape — is never trusted."""

from __future__ import annotations

import marshal
import shutil
from pathlib import Path
from typing import Any

import pytest

from desertcheck.audit.auditor import Auditor, synonyms_of
from desertcheck.audit.index import _PER_CLAIM, _STATE, ClaimIndex
from desertcheck.cache import CACHE_DIR, Store
from desertcheck.cache.auditindex import ECHOES, ENTRY
from desertcheck.cache.claims import ClaimRows, claim_row
from desertcheck.cli import app
from desertcheck.registry import load_registry

from . import test_cache
from .conftest import PROJECT, cli_runner, entries_read
from .test_audit import DRAFTS, auditor

DATA = Path(__file__).parent / "data"
_cache_on = test_cache._cache_on  # the fixtures of the cache's tests: the cache on, and
shipped = test_cache.shipped  # the shipped registry, one claim's value changed
DRAFT = (
    "More than 60,000 soldiers have deserted the Russian army since 2022.\n\n"
    "Courts heard 5,620 cases of going AWOL in 2023, and about 1,500 new cases a month.\n"
)


def rebuilt(index: ClaimIndex) -> ClaimIndex:
    """``index`` through the cache's rows and marshal, as a warm run reads it."""
    rows = marshal.loads(marshal.dumps(index.rows(claim_row)))
    return ClaimIndex.from_rows(rows, index.synonyms, ClaimRows().claim_of)


def test_the_index_built_back_is_the_index_built() -> None:
    built = auditor().index
    back = rebuilt(built)
    # every attribute of an index is kept: a new one, not kept, fails here
    kept_by_run = {"_read", "_spans", "_agreed", "_of_kind", "_single"}  # built as asked
    assert set(vars(built)) == {"synonyms", *kept_by_run, *_STATE, *_PER_CLAIM}
    assert set(vars(back)) == set(vars(built))
    for name in (*_STATE, *_PER_CLAIM):
        assert getattr(back, name) == getattr(built, name), name
    assert [e.claim.where for e in back.entries] == [e.claim.where for e in built.entries]
    assert [e.claim.model_fields_set for e in back.entries] == [
        e.claim.model_fields_set for e in built.entries
    ]


def test_the_index_keeps_the_registrys_own_synonyms() -> None:
    claims = load_registry(PROJECT).registry.claims
    index = ClaimIndex(claims, {}, synonyms_of({"samovolka": ["awol"]}))
    back = rebuilt(index)
    assert back.synonyms is index.synonyms and back.keys == index.keys


def _drafts() -> list[Path]:
    return sorted([*DRAFTS.glob("*.md"), *DATA.glob("audit_*/*.md")])


def test_every_draft_gets_the_same_verdicts_from_the_index_built_back() -> None:
    built = auditor()
    back = Auditor(
        (), standing=built.standing, min_score=built.min_score, index=rebuilt(built.index)
    )
    assert _drafts()
    for path in _drafts():
        text = path.read_text(encoding="utf-8")
        expected = [it.to_dict() for it in built.audit(text, path.name)]
        assert [it.to_dict() for it in back.audit(text, path.name)] == expected, path


def audit(root: Path, draft: Path, *args: str) -> tuple[str, str, int]:
    argv = ["audit", str(draft), "--root", str(root), "--format", "json", *args]
    r = cli_runner().invoke(app, argv, catch_exceptions=False)
    return r.stdout, r.stderr, r.exit_code


def new_draft(tmp_path: Path, n: int) -> Path:
    """A draft audit has not seen (no stored report replays it)."""
    path = tmp_path / f"draft{n}.md"
    path.write_text(DRAFT + f"\nThe {n} figures above are from the registry.\n")
    return path


def no_registry_load(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(found: Path, **_: Any) -> Any:
        raise AssertionError("the registry was loaded")

    monkeypatch.setattr("desertcheck.cli.run_audit.load_found", refuse)


def test_a_new_draft_against_an_unchanged_registry_loads_no_registry(
    shipped: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = new_draft(tmp_path, 1)
    assert audit(shipped, first) == audit(shipped, first, "--no-cache")
    assert isinstance(Store(shipped).read(ENTRY), dict)
    second = new_draft(tmp_path, 2)
    expected = audit(shipped, second, "--no-cache")
    assert expected[2] == 1 and '"supported"' in expected[0]
    with monkeypatch.context() as m:
        no_registry_load(m)
        assert audit(shipped, second) == expected


def test_a_cold_audit_keeps_the_rows_the_load_made(
    shipped: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The index kept holds each claim's row as :func:`claim_row` makes it, taken from the
    rows the load of the claims files made (the workers' in a cold run), not made again."""
    import desertcheck.cache.claims as claims_cache

    made: list[str] = []

    def counted(claim: Any) -> Any:
        made.append(claim.id)
        return claim_row(claim)

    monkeypatch.setattr(claims_cache, "claim_row", counted)
    audit(shipped, new_draft(tmp_path, 1))
    assert made == []  # every claim's row was the load's
    rows = [row[0] for row in Store(shipped).read(ENTRY)["index"]["claims"]]
    assert rows == [claim_row(c) for c in load_registry(shipped).registry.claims]


def test_a_new_draft_reads_the_names_of_sources_from_the_index(
    shipped: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The words that name the claims' origins and sources (audit.attribution) are kept
    with the index: reading them reads every claim's words, a tenth of a new draft's
    audit of 10,000 claims."""
    draft = tmp_path / "named.md"
    draft.write_text("Mediazona counted 4,373 convicted, the UN more than 50,000 deserters.\n")
    audit(shipped, new_draft(tmp_path, 1))
    expected = audit(shipped, draft, "--no-cache")
    with monkeypatch.context() as m:

        def refuse(self: object, index: object) -> None:
            raise AssertionError("the claims' words were read for their names")

        m.setattr("desertcheck.audit.attribution._Names.__init__", refuse)
        assert audit(shipped, draft) == expected


def test_the_names_kept_are_the_names_read() -> None:
    from desertcheck.audit.attribution import _names, keep_names, names_rows

    built = auditor().index
    back = rebuilt(built)
    keep_names(back, marshal.loads(marshal.dumps(names_rows(built))))
    kept, read = _names(back), _names(built)
    assert (kept.ids, kept.origins) == (read.ids, read.origins) and kept.ids


def test_a_new_draft_reads_the_skeletons_of_quotes_from_the_index(
    shipped: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The skeletons of the claims' quotes and statements (audit.echo) are kept beside the
    index: reading them reads every claim's quote and statement, a third of the audit of a
    new draft with a figure no claim states against 10,000 claims."""
    first = unsourced_draft(tmp_path, 1)
    assert audit(shipped, first) == audit(shipped, first, "--no-cache")
    assert isinstance(Store(shipped).read(ECHOES), dict)
    draft = unsourced_draft(tmp_path, 2)
    expected = audit(shipped, draft, "--no-cache")
    with monkeypatch.context() as m:
        no_skeletons_read(m)
        assert audit(shipped, draft) == expected


def no_skeletons_read(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(text: str) -> None:
        raise AssertionError("the claims' quotes were read for their skeletons")

    monkeypatch.setattr("desertcheck.audit.echo._skeleton", refuse)


def unsourced_draft(tmp_path: Path, n: int) -> Path:
    """A new draft with a figure no claim states (the skeletons are read for it)."""
    path = new_draft(tmp_path, n)
    with path.open("a") as f:
        f.write("\nCourts heard 7,777 cases of going AWOL in 2023.\n")
    return path


def test_a_draft_whose_figures_all_have_claims_reads_no_skeletons(
    shipped: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Skeletons are read for a figure that no claim states: a draft of others neither
    reads them, nor keeps any."""
    draft = tmp_path / "stated.md"
    draft.write_text("More than 60,000 soldiers have deserted the Russian army since 2022.\n")
    expected = audit(shipped, draft, "--no-cache")
    with monkeypatch.context() as m:
        no_skeletons_read(m)
        assert audit(shipped, draft) == expected
    assert Store(shipped).read(ECHOES) is None


def test_skeletons_kept_are_read_only_when_a_figure_asks(
    shipped: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The skeletons kept are read back when a figure with no claim of its own first asks
    for them (test_a_new_draft_reads_the_skeletons_of_quotes_from_the_index): a new draft
    whose figures all have claims reads neither the claims' quotes nor the entry (some
    3 MB at 10,000 claims)."""
    audit(shipped, unsourced_draft(tmp_path, 1))
    assert isinstance(Store(shipped).read(ECHOES), dict)
    draft = tmp_path / "stated.md"
    draft.write_text("More than 60,000 soldiers have deserted the Russian army since 2022.\n")
    expected = audit(shipped, draft, "--no-cache")
    with monkeypatch.context() as m:
        no_skeletons_read(m)
        read = entries_read(m)
        assert audit(shipped, draft) == expected
    assert ENTRY in read and ECHOES not in read


def test_a_new_draft_against_an_unchanged_registry_reads_no_checks_kept(
    shipped: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """verify's per-claim results kept (checks.dat, a megabyte at 10,000 claims) serve a
    run that verifies the registry: one that reads the index kept reads none of them."""
    audit(shipped, new_draft(tmp_path, 1))
    draft = new_draft(tmp_path, 2)
    expected = audit(shipped, draft, "--no-cache")
    with monkeypatch.context() as m:
        read = entries_read(m)
        assert audit(shipped, draft) == expected
    assert ENTRY in read and not any(name.startswith("checks") for name in read)
    path = shipped / "claims" / "baghai-deserters-blog-2023.yaml"
    path.write_text(path.read_text().replace("value: 100001\n", "value: 100000\n", 1))
    third = new_draft(tmp_path, 3)  # the index not valid: verify takes the claims kept
    expected = audit(shipped, third, "--no-cache")
    with monkeypatch.context() as m:
        read = entries_read(m)
        assert audit(shipped, third) == expected
    assert "checks.dat" in read


@pytest.mark.parametrize(
    "damage",
    [
        lambda e: {**e, "echoes": [e["echoes"][0], {}]},  # the skeletons as a list
        lambda e: {**e, "echoes": ([*e["echoes"][0][:1], ("x",)], {})},  # a skeleton short
        lambda e: {**e, "key": ["another configuration"]},
        lambda e: {**e, "manifest": {}},
        lambda e: {k: v for k, v in e.items() if k != "echoes"},
    ],
    ids=["list", "short", "key", "manifest", "none"],
)
def test_skeletons_that_do_not_check_out_are_read_again(
    shipped: Path, tmp_path: Path, damage: Any
) -> None:
    same_after_rewriting(shipped, tmp_path, ECHOES, damage, unsourced_draft)


def same_after_rewriting(
    shipped: Path, tmp_path: Path, name: str, change: Any, draft_of: Any
) -> None:
    """A new draft's report, once entry ``name`` is rewritten by ``change``, is the one
    made without the cache."""
    audit(shipped, draft_of(tmp_path, 1))
    store = Store(shipped)
    store.write(name, change(store.read(name)))
    draft = draft_of(tmp_path, 2)
    assert audit(shipped, draft) == audit(shipped, draft, "--no-cache")


def test_every_draft_gets_the_same_verdicts_from_the_skeletons_kept() -> None:
    built = auditor()
    back = Auditor(
        (), standing=built.standing, min_score=built.min_score, index=rebuilt(built.index)
    )
    back.echoes.keep(marshal.loads(marshal.dumps(built.echoes.rows())))
    for path in _drafts():
        text = path.read_text(encoding="utf-8")
        expected = [it.to_dict() for it in built.audit(text, path.name)]
        assert [it.to_dict() for it in back.audit(text, path.name)] == expected, path
    assert back.echoes.rows() == built.echoes.rows()


def test_a_changed_registry_is_loaded_again(
    shipped: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    audit(shipped, new_draft(tmp_path, 1))
    path = shipped / "claims" / "baghai-deserters-blog-2023.yaml"
    path.write_text(path.read_text().replace("value: 100001\n", "value: 100000\n", 1))
    draft = new_draft(tmp_path, 2)
    expected = audit(shipped, draft, "--no-cache")
    assert audit(shipped, draft) == expected
    third = new_draft(tmp_path, 3)
    expected = audit(shipped, third, "--no-cache")
    with monkeypatch.context() as m:  # and the index of the registry as it is now is kept
        no_registry_load(m)
        assert audit(shipped, third) == expected


def test_another_configuration_is_another_index(shipped: Path, tmp_path: Path) -> None:
    """The registry's synonyms change what the index holds: an index of other synonyms is
    not read, though the files are the same (the entry kept under another key)."""
    audit(shipped, new_draft(tmp_path, 1))
    store = Store(shipped)
    entry = store.read(ENTRY)
    index = ClaimIndex.from_rows(entry["index"], synonyms_of({}), ClaimRows().claim_of)
    assert entry["key"] != ["0" * 64]
    store.write(ENTRY, {**entry, "key": ["0" * 64]})
    draft = new_draft(tmp_path, 2)
    assert audit(shipped, draft) == audit(shipped, draft, "--no-cache")
    assert store.read(ENTRY)["key"] == entry["key"]  # rebuilt under the right key
    assert index.entries  # the entry read back was an index


def test_an_index_of_other_code_is_not_read(
    shipped: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    audit(shipped, new_draft(tmp_path, 1))
    from desertcheck.cache import store

    monkeypatch.setattr(store, "tool_stamp", lambda: "0.1.0+another-version-of-the-code")
    draft = new_draft(tmp_path, 2)
    with monkeypatch.context() as m:
        no_registry_load(m)
        with pytest.raises(AssertionError, match="the registry was loaded"):
            audit(shipped, draft)
    assert audit(shipped, draft) == audit(shipped, draft, "--no-cache")


@pytest.mark.parametrize("module", ["audit/index.py", "audit/terms.py", "cache/claims.py"])
def test_a_change_to_the_index_code_changes_the_stamp(tmp_path: Path, module: str) -> None:
    """Every entry carries the tool's stamp, which covers every module of the package: an
    edit to the code that builds the index is a stamp no stored index has."""
    import desertcheck
    from desertcheck.cache.stamp import stamp_of, tool_stamp

    package = Path(desertcheck.__file__).parent  # the code that runs, installed or not
    copy = tmp_path / "desertcheck"
    shutil.copytree(package, copy, ignore=shutil.ignore_patterns("__pycache__"))
    before = stamp_of(str(copy))
    (copy / module).write_text((copy / module).read_text() + "\n# changed\n")
    assert stamp_of(str(copy)) != before != ""
    assert tool_stamp().startswith(desertcheck.__version__ + "+")


def _installed(site: Path, digest: str = "abc") -> Path:
    """A copy of the package in ``site``, as a wheel installs it: a RECORD beside it."""
    import desertcheck

    package = Path(desertcheck.__file__).parent
    copy = site / "desertcheck"
    shutil.copytree(package, copy, ignore=shutil.ignore_patterns("__pycache__"))
    info = site / f"desertcheck-{desertcheck.__version__}.dist-info"
    info.mkdir()
    launcher = f"../../../bin/desertcheck,sha256={site.name},222\n"  # each install's own
    (info / "RECORD").write_text(f"{launcher}desertcheck/__init__.py,sha256={digest},10\n")
    return copy


def test_the_same_release_installed_again_has_the_same_stamp(tmp_path: Path) -> None:
    """Each CI run installs the tool afresh, so its files' times differ from the last
    run's: the stamp of an installed release is its RECORD's, and a cache restored from
    the last run is used."""
    import os

    from desertcheck.cache.stamp import stamp_of

    first = _installed(tmp_path / "a")
    second = _installed(tmp_path / "b")
    for path in second.rglob("*.py"):
        os.utime(path, ns=(1, 1))  # installed at another time
    assert stamp_of(str(first)) == stamp_of(str(second))
    other = _installed(tmp_path / "c", "def")
    assert stamp_of(str(other)) != stamp_of(str(first))  # another build
    edited = second / "audit" / "index.py"
    edited.write_text(edited.read_text() + "\n# changed\n")  # edited where installed
    assert stamp_of(str(second)) != stamp_of(str(first))


def test_a_source_tree_is_stamped_by_its_files_times(tmp_path: Path) -> None:
    """An editable install or a source tree has no RECORD: an edit that keeps a module's
    size still changes its time, and the stamp."""
    import os

    import desertcheck
    from desertcheck.cache.stamp import stamp_of

    copy = tmp_path / "desertcheck"
    shutil.copytree(
        Path(desertcheck.__file__).parent, copy, ignore=shutil.ignore_patterns("__pycache__")
    )
    before = stamp_of(str(copy))
    os.utime(copy / "audit" / "index.py", ns=(1, 1))
    assert stamp_of(str(copy)) != before


@pytest.mark.parametrize(
    "damage",
    [
        lambda raw: raw[: len(raw) // 2],  # truncated
        lambda raw: raw[:-1] + bytes([raw[-1] ^ 1]),  # edited: the MAC no longer matches
        lambda raw: raw.replace(b'"tool":"', b'"tool":"0.0.1+', 1),  # another version
        lambda raw: raw.replace(b'"registry":"', b'"registry":"/elsewhere', 1),
    ],
    ids=["truncated", "edited", "version", "registry"],
)
def test_a_damaged_index_is_ignored_and_rebuilt(
    shipped: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, damage: Any
) -> None:
    audit(shipped, new_draft(tmp_path, 1))
    path = shipped / CACHE_DIR / ENTRY
    path.write_bytes(damage(path.read_bytes()))
    assert Store(shipped).read(ENTRY) is None
    draft = new_draft(tmp_path, 2)
    assert audit(shipped, draft) == audit(shipped, draft, "--no-cache")
    assert isinstance(Store(shipped).read(ENTRY), dict)  # rebuilt


@pytest.mark.parametrize(
    "reshape",
    [
        lambda e: {**e, "index": {**e["index"], "state": {"_idf": {}}}},
        lambda e: {**e, "index": {**e["index"], "claims": [("x",) * 16]}},
        lambda e: {  # a claim's words as a list, not a set
            **e,
            "index": {
                **e["index"],
                "claims": [(*r[:3], list(r[3]), *r[4:]) for r in e["index"]["claims"]],
            },
        },
        lambda e: {**e, "standing": {"c": ("not a list", {})}},
        lambda e: {**e, "findings": [("no-such-code", "error", "m", None, 1, 0, (), None)]},
        lambda e: {k: v for k, v in e.items() if k != "index"},
        lambda e: {**e, "names": [{}, set()]},  # the name words as a list
        lambda e: {k: v for k, v in e.items() if k != "names"},
        lambda e: ["not", "a", "dict"],
    ],
    ids=[
        "state",
        "claims",
        "words",
        "standing",
        "findings",
        "missing",
        "names",
        "no-names",
        "list",
    ],
)
def test_a_well_formed_index_of_the_wrong_shape_is_ignored(
    shipped: Path, tmp_path: Path, reshape: Any
) -> None:
    same_after_rewriting(shipped, tmp_path, ENTRY, reshape, new_draft)


def test_an_index_from_another_registry_is_not_trusted(shipped: Path, tmp_path: Path) -> None:
    other = tmp_path / "other"
    shutil.copytree(shipped, other)
    path = other / "claims" / "baghai-deserters-blog-2023.yaml"
    path.write_text(path.read_text().replace("value: 100001\n", "value: 100000\n", 1))
    audit(shipped, new_draft(tmp_path, 1))
    shutil.copytree(shipped / CACHE_DIR, other / CACHE_DIR)
    draft = new_draft(tmp_path, 2)
    assert audit(other, draft) == audit(other, draft, "--no-cache")


def test_the_html_page_reads_the_registry(shipped: Path, tmp_path: Path) -> None:
    """The page shows the registry's sources: it loads the registry, index kept or not."""
    from desertcheck.report import missing_extra

    if missing_extra():
        pytest.skip("the report extra is not installed")
    audit(shipped, new_draft(tmp_path, 1))
    draft = new_draft(tmp_path, 2)
    page = audit(shipped, draft, "--format", "html")
    assert page == audit(shipped, draft, "--format", "html", "--no-cache")
    assert "<html" in page[0]


@pytest.mark.parametrize("first", [(), ("--strict",)])
def test_a_stored_report_is_of_its_own_strictness(
    shipped: Path, tmp_path: Path, first: tuple[str, ...]
) -> None:
    """A plain run's report, replayed for --strict, let a gate pass on an unsourced figure
    (and a strict run's failed a plain one): --strict is part of what the report is of."""
    draft = tmp_path / "unsourced.md"
    draft.write_text("The town's volunteers counted 4,321 parcels in a week.\n")
    second = ("--strict",) if not first else ()
    for args in (first, second, first, second):
        assert audit(shipped, draft, *args)[2] == (1 if args else 0), args
