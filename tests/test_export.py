"""`desertcheck export`: every format, round trips, hostile registry text, atomic -o."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
from pathlib import Path
from typing import Any

import pytest

from desertcheck import export as ex
from desertcheck import fact_sheet as fs
from desertcheck.cli import app
from desertcheck.config import Config
from desertcheck.model import Claim, Origin, Relation, SourceMeta
from desertcheck.registry import LoadResult, load_registry
from desertcheck.reporters.machine import csv_cell
from desertcheck.reporters.markdown import md, md_url
from desertcheck.verify import ClaimStatus, verify

from .conftest import FIXTURES, PROJECT, cli_runner

VALID = FIXTURES / "loader" / "valid"
CONFIG = '[claimreview]\nauthor = "Example Fact Desk"\nurl = "https://factcheck.example.org/c/"\n'


def invoke(*args: str | Path) -> Any:
    return cli_runner().invoke(app, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture(scope="module")
def shipped() -> tuple[LoadResult, dict[str, ClaimStatus]]:
    loaded = load_registry(PROJECT)
    assert not loaded.findings
    result = verify(loaded, Config())
    return loaded, {s.id: s for s in result.claims}


def _without(item: dict[str, Any], *keys: str) -> dict[str, Any]:
    return {k: v for k, v in item.items() if k not in keys}


# -- json / jsonl ------------------------------------------------------------------------------


def test_json_round_trips_every_field(shipped: tuple[LoadResult, dict[str, ClaimStatus]]) -> None:
    loaded, statuses = shipped
    reg = loaded.registry
    data = json.loads(ex.to_json(reg, reg.claims, statuses, complete=True))
    assert list(data) == ["schema", "load_errors", "claims", "sources", "origins", "relations"]
    assert len(data["claims"]) == len(reg.claims) > 50
    for claim, item in zip(reg.claims, data["claims"], strict=True):
        back = Claim.model_validate(_without(item, "status", "codes", "accepted", "file", "line"))
        assert back.model_dump() == claim.model_dump()
        assert back.model_dump(mode="json") == claim.model_dump(mode="json")
        assert (item["file"], item["line"]) == (claim.file, claim.line)
        assert item["status"] == statuses[claim.id].status
        assert item["codes"] == list(statuses[claim.id].codes)
        accepted = [{"code": c, "reason": r} for c, r in statuses[claim.id].accepted]
        assert item["accepted"] == accepted
    assert [s["id"] for s in data["sources"]] == list(reg.sources)
    for item in data["sources"]:
        meta = SourceMeta.model_validate(_without(item, "id", "file"))
        assert meta.model_dump() == reg.sources[item["id"]].meta.model_dump()
        assert "text" not in item
    for item in data["origins"]:
        origin = Origin.model_validate(_without(item, "id", "file", "line"))
        assert origin.model_dump() == reg.origins[item["id"]].model_dump()
    assert len(data["relations"]) == len(reg.relations)
    for rel, item in zip(reg.relations, data["relations"], strict=True):
        back_rel = Relation.model_validate(_without(item, "file", "line"))
        assert back_rel.model_dump() == rel.model_dump()


def test_shipped_statuses_show_the_warnings(
    shipped: tuple[LoadResult, dict[str, ClaimStatus]],
) -> None:
    loaded, statuses = shipped
    data = json.loads(ex.to_json(loaded.registry, loaded.registry.claims, statuses, complete=True))
    warned = {c["id"]: c["codes"] for c in data["claims"] if c["status"] == "warning"}
    assert warned and all(codes for codes in warned.values())
    assert "euaa-un-desertion-prosecutions-2024" in warned


def test_filtered_json_is_self_contained(
    shipped: tuple[LoadResult, dict[str, ClaimStatus]],
) -> None:
    loaded, statuses = shipped
    reg = loaded.registry
    some = [c for c in reg.claims if c.source == "euaa-desertion-punishments"]
    data = ex.export_data(reg, some, statuses, complete=False)
    assert [s["id"] for s in data["sources"]] == ["euaa-desertion-punishments"]
    origin_ids = {o["id"] for o in data["origins"]}
    assert {c.origin for c in some if c.origin} <= origin_ids
    assert set(data["sources"][0]["cites"]) <= origin_ids
    claim_ids = {c.id for c in some}
    assert data["relations"], "the district sum lies within this source"
    for rel in data["relations"]:
        assert {*rel["parts"], rel["whole"]} <= claim_ids


def test_jsonl_is_the_json_claims_one_a_line(
    shipped: tuple[LoadResult, dict[str, ClaimStatus]],
) -> None:
    loaded, statuses = shipped
    reg = loaded.registry
    lines = ex.to_jsonl(reg.claims, statuses).splitlines()
    claims = json.loads(ex.to_json(reg, reg.claims, statuses, complete=True))["claims"]
    assert [json.loads(line) for line in lines] == claims


def test_jsonl_escapes_unicode_line_separators() -> None:
    claim = _claim(statement="one\u2028two\u2029three")
    text = ex.to_jsonl([claim], {claim.id: _status(claim.id)})
    assert len(text.splitlines()) == 1
    assert json.loads(text)["statement"] == "one\u2028two\u2029three"


# -- csv -------------------------------------------------------------------------------------

HOSTILE = [
    '=HYPERLINK("http://x")',
    "+1+1",
    "-2+3",
    "@SUM(A1)",
    "\tTab first",
    "<script>alert(1)</script>",
    "[x](javascript:alert(1))",
    "\x1b[31mred\x1b[0m",
    'Quote "inside", comma\nand newline',
]


def _claim(**fields: Any) -> Claim:
    data: dict[str, Any] = {
        "id": "c-1",
        "statement": "Over 1,200 soldiers deserted in 2024.",
        "value": 1200,
        "qualifier": "over",
        "unit": "soldiers",
        "measure": "desertions",
        "scope": "army",
        "period": "2024",
        "source": "alpha",
        "quote": "over 1,200 soldiers deserted in 2024",
    }
    data.update(fields)
    return Claim.model_validate(data)


def _status(cid: str, status: str = "verified", codes: tuple[str, ...] = ()) -> ClaimStatus:
    return ClaimStatus(cid, status, None, codes)


def test_csv_reads_back_as_written_and_is_spreadsheet_safe() -> None:
    claims = [
        _claim(id=f"c-{i}", statement=text, note=text, unit="soldiers")
        for i, text in enumerate(HOSTILE)
    ]
    claims.append(_claim(id="c-range", value=(20.5, 30), qualifier="between", unit="percent"))
    claims.append(_claim(id="c-negative", value=-5, qualifier="exactly"))
    statuses = {
        c.id: _status(c.id, "warning", ("qualifier-mismatch", "contradiction")) for c in claims
    }
    header, rows = ex.csv_rows(claims, statuses)
    text = ex.to_csv(claims, statuses)
    back = list(csv.reader(io.StringIO(text, newline="")))
    assert back[0] == header
    assert header[-4:] == ["status", "codes", "accepted", "accepted_reasons"]
    assert back[1:] == [[str(csv_cell(v)) for v in row] for row in rows]
    col = {name: i for i, name in enumerate(header)}
    for row, original in zip(back[1:], HOSTILE, strict=False):
        if original[0] in "=+-@\t":
            assert row[col["statement"]] == "'" + original
            assert row[col["note"]] == "'" + original
        else:
            assert row[col["statement"]] == original
        assert float(row[col["value"]]) == 1200 and float(row[col["line"]]) == 0
        assert row[col["status"]] == "warning"
        assert row[col["codes"]] == "qualifier-mismatch contradiction"
    by_id = {row[0]: row for row in back[1:]}
    assert by_id["c-range"][col["value"]] == "20.5-30"
    assert float(by_id["c-range"][col["low"]]) == 20.5
    assert by_id["c-negative"][col["value"]] == "-5"  # a number stays a number, unescaped


@pytest.mark.parametrize(
    ("period", "start", "end"),
    [
        ("2024", "2024-01-01", "2024-12-31"),
        ("2025-06", "2025-06-01", "2025-06-30"),
        ("2025-06-30", "2025-06-30", "2025-06-30"),
        ("2022-02-24/2024-02-22", "2022-02-24", "2024-02-22"),
    ],
)
def test_csv_gives_every_period_as_two_whole_dates(period: str, start: str, end: str) -> None:
    """Found in a user trial: opened in LibreOffice, the period column held 48 texts, 9
    numbers (2024) and 6 dates (2025-06-30); start and end are whole dates in every row,
    one type a column, beside the period as written."""
    claim = _claim(period=period)
    text = ex.to_csv([claim], {claim.id: _status(claim.id)})
    (row,) = csv.DictReader(io.StringIO(text, newline=""))
    assert (row["period"], row["start"], row["end"]) == (period, start, end)


def test_csv_excel_bom() -> None:
    claim = _claim()
    text = ex.to_csv([claim], {claim.id: _status(claim.id)}, bom=True)
    assert text.startswith("\ufeffid,statement,")


# -- markdown --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("plain words, 50,000 soldiers.", "plain words, 50,000 soldiers."),
        ("[x](javascript:alert(1))", r"\[x\]\(javascript:alert\(1\)\)"),
        ("![img](http://x/a.png)", r"\!\[img\]\(http&#58;//x/a.png\)"),
        ("<script>alert(1)</script>", r"&lt;script&gt;alert\(1\)&lt;/script&gt;"),
        ("a *b* _c_ `d` | e ~f~ &amp; \\", r"a \*b\* \_c\_ \`d\` \| e \~f\~ &amp;amp; \\"),
        ("# heading", r"\# heading"),
        ("- item", r"\- item"),
        ("+ item", r"\+ item"),
        ("> quote", "&gt; quote"),
        ("1. first", r"1\. first"),
        ("12) twelfth", r"12\) twelfth"),
        ("=== setext", r"\=== setext"),
        ("\x1b[31mred", r"�\[31mred"),
        ("two\nlines\r\nhere", "two lines here"),
        ("bidi\u202eevil", "bidievil"),
        ("ask @someone", "ask &#64;someone"),
    ],
)
def test_md_escape(text: str, expected: str) -> None:
    """One escaper for every Markdown report (fact sheet, audit, diff)."""
    assert md(text) == expected


def test_md_url_links_only_plain_http() -> None:
    assert md_url("https://example.org/a?b=1") == "<https://example.org/a?b=1>"
    assert md_url("javascript:alert(1)") == "javascript:alert\\(1\\)"
    # shown as text that GFM does not autolink either (its ':' an entity)
    assert md_url("https://x.org/><script>") == "https&#58;//x.org/&gt;&lt;script&gt;"
    assert md_url("https://x.org/\u202eevil") == "https&#58;//x.org/evil"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025-03-01", "1 March 2025"),
        ("2025-06", "June 2025"),
        ("2024", "2024"),
        ("2025-13", "2025-13"),
    ],
)
def test_human_date(text: str, expected: str) -> None:
    assert fs.human_date(text) == expected


def test_human_period_and_title() -> None:
    assert fs.human_title("war-deaths") == "War deaths"
    assert fs.human_title("co2-emissions") == "CO2 emissions"
    claim = _claim(period="2022-02-24/2025-09", cumulative=True)
    assert fs.human_period(claim) == "24 February 2022 – September 2025, running total"


def test_markdown_fact_sheet_on_the_shipped_registry(
    shipped: tuple[LoadResult, dict[str, ClaimStatus]],
) -> None:
    loaded, statuses = shipped
    reg = loaded.registry
    text = fs.to_markdown(reg, reg.claims, statuses)
    assert text.startswith("# Fact sheet\n")
    for claim in reg.claims:
        assert f"`{claim.id}`" in text
        assert md(claim.figure) in text
    forms = fs.written_forms([c.statement for c in reg.claims] + [c.note or "" for c in reg.claims])
    for measure in {c.measure for c in reg.claims}:
        assert f"\n## {fs.human_title(measure, forms)}\n" in text
    assert "\n## AWOL convictions\n" in text
    refs = set(re.findall(r"\[\^(\d+)\](?!:)", text))
    notes = re.findall(r"^\[\^(\d+)\]: (.*)$", text, flags=re.MULTILINE)
    assert refs == {n for n, _ in notes}
    mt = next(body for _, body in notes if "The Moscow Times" in body)
    assert "22 February 2024" in mt and "<https://www.themoscowtimes.com/" in mt
    assert "Quote: “" in mt


def test_markdown_with_hostile_text(tmp_path: Path) -> None:
    root = _hostile_registry(tmp_path)
    r = invoke("export", "--root", root, "--format", "markdown")
    assert r.exit_code == 0, r.stderr
    out = r.stdout
    assert "\x1b" not in out
    ours = re.sub(r"\[\^\d+\]:?", "", out)  # footnote references and definitions
    assert not re.search(r"(?<!\\)[<>\[\]]", ours)  # every other bracket is escaped
    assert "\\[x\\]\\(javascript:alert\\(1\\)\\)" in out and "&lt;script&gt;" in out
    assert "javascript:" in out  # kept as visible, inert text
    assert "<javascript:" not in out
    # no registry text starts a line, so none can open a heading, list, quote or footnote
    for line in out.splitlines():
        assert not line or re.match(r"^(# |## |- \*\*|\[\^\d+\]: |\d+ claims? from )", line), line


# -- the command -----------------------------------------------------------------------------


def _hostile_registry(tmp_path: Path) -> Path:
    root = tmp_path / "hostile"
    shutil.copytree(VALID, root)
    entries = []
    for i, text in enumerate(HOSTILE):
        entries.append(
            f"  - id: hostile-{i}\n"
            f"    statement: {json.dumps(text)}\n"
            "    value: 300\n"
            "    unit: cases\n"
            "    measure: cases\n"
            "    scope: army\n"
            "    period: 2024\n"
            "    source: alpha\n"
            "    quote: A further 300 cases were opened.\n"
            f"    note: {json.dumps(text)}\n"
        )
    (root / "claims" / "hostile.yaml").write_text("claims:\n" + "".join(entries), encoding="utf-8")
    return root


def test_every_format_on_the_fixture() -> None:
    for fmt in ("json", "jsonl", "csv", "markdown"):
        r = invoke("export", "--root", VALID, "--format", fmt)
        assert r.exit_code == 0, (fmt, r.stderr)
        assert "alpha-desertions-2024" in r.stdout and "alpha-cases" in r.stdout, fmt
        assert r.stderr == ""
    data = json.loads(invoke("export", "--root", VALID).stdout)  # json is the default
    assert [c["status"] for c in data["claims"]] == ["verified", "verified"]
    assert data["origins"][0]["id"] == "alpha-origin"


def test_filters_sort_and_status(shipped_copy: Path) -> None:
    r = invoke("export", "--root", shipped_copy, "-f", "jsonl", "--status", "warning")
    items = [json.loads(line) for line in r.stdout.splitlines()]
    assert items and {i["status"] for i in items} == {"warning"}
    r = invoke(
        "export",
        "--root",
        shipped_copy,
        "-f",
        "jsonl",
        "--status",
        "warning",
        "--status",
        "verified",
    )
    assert len(r.stdout.splitlines()) == len(load_registry(shipped_copy).registry.claims)
    r = invoke("export", "--root", shipped_copy, "-f", "jsonl", "--status", "error")
    assert r.exit_code == 0 and r.stdout == ""
    r = invoke(
        "export", "--root", shipped_copy, "-f", "json", "--measure", "desertions", "--sort", "value"
    )
    data = json.loads(r.stdout)
    values = [  # by unit, then by value (docs/export.md)
        (c["unit"], min(c["value"]) if isinstance(c["value"], list) else c["value"])
        for c in data["claims"]
    ]
    assert values == sorted(values) and {c["measure"] for c in data["claims"]} == {"desertions"}
    r = invoke("export", "--root", shipped_copy, "-f", "csv", "--status", "nope")
    assert r.exit_code == 2


def test_markdown_lists_every_shipped_claim(shipped_copy: Path) -> None:
    r = invoke("export", "--root", shipped_copy, "--format", "markdown")
    assert r.exit_code == 0
    for claim in load_registry(shipped_copy).registry.claims:
        assert f"`{claim.id}`" in r.stdout


def test_hostile_text_json_is_faithful_csv_is_neutralised(tmp_path: Path) -> None:
    root = _hostile_registry(tmp_path)
    r = invoke("export", "--root", root, "-f", "json")
    assert r.exit_code == 0 and "\x1b" not in r.stdout  # JSON escapes control characters
    by_id = {c["id"]: c for c in json.loads(r.stdout)["claims"]}
    for i, text in enumerate(HOSTILE):
        assert by_id[f"hostile-{i}"]["statement"] == text
    r = invoke("export", "--root", root, "-f", "csv", "--excel")
    assert r.stdout.startswith("\ufeff")
    rows = {row[0]: row for row in csv.reader(io.StringIO(r.stdout[1:], newline=""))}
    assert rows["hostile-0"][1] == "'" + HOSTILE[0]
    assert rows["hostile-6"][1] == HOSTILE[6]
    r = invoke("export", "--root", root, "-f", "claimreview")
    assert r.exit_code == 2  # not configured
    (root / "desertcheck.toml").write_text(CONFIG, encoding="utf-8")
    r = invoke("export", "--root", root, "-f", "claimreview")
    assert "<script>" not in r.stdout and "\x1b" not in r.stdout
    reviewed = {i["url"].rsplit("/", 1)[1]: i["claimReviewed"] for i in json.loads(r.stdout)}
    assert reviewed["hostile-5"] == HOSTILE[5]
    assert reviewed["hostile-7"] == "�[31mred�[0m"


def test_with_text(tmp_path: Path) -> None:
    r = invoke("export", "--root", VALID, "--with-text")
    source = json.loads(r.stdout)["sources"][0]
    assert source["text"].startswith("Alpha Press reports")
    assert source["id"] == "alpha" and source["publisher"] == "Alpha Press"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["-f", "json", "--excel"], "--excel applies to --format csv only"),
        (["-f", "csv", "--with-text"], "--with-text applies to --format json only"),
        (["-f", "json", "--date", "2025-01-01"], "--date applies to --format claimreview"),
        (["-f", "yaml"], ""),
    ],
)
def test_usage_errors(args: list[str], message: str) -> None:
    r = invoke("export", "--root", VALID, *args)
    assert r.exit_code == 2 and message in r.stderr


def test_loader_errors_exit_1_but_export_what_loaded() -> None:
    r = invoke("export", "--root", FIXTURES / "loader" / "unknown-source", "-f", "jsonl")
    assert r.exit_code == 1
    items = {json.loads(line)["id"]: json.loads(line) for line in r.stdout.splitlines()}
    assert items["alpha-desertions-2024"]["status"] == "verified"
    assert items["alpha-cases"]["status"] == "error"
    # its source is not there: never "verified" unchecked (unknown-source says why, and
    # no second error says the quote could not be checked)
    assert items["alpha-cases"]["codes"] == ["unknown-source"]
    assert "[unknown-source]" in r.stderr
    r = invoke("export", "--root", FIXTURES / "loader" / "unknown-source", "-f", "markdown")
    assert r.exit_code == 1 and "source `alpah` (not in the registry)" in r.stdout


# -- -o, atomically ------------------------------------------------------------------------------


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(".desertcheck-"))


def test_output_file_is_replaced_whole(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    target.write_text("x" * 100_000, encoding="utf-8")
    r = invoke("export", "--root", VALID, "-o", target)
    assert r.exit_code == 0 and r.stdout == ""
    assert json.loads(target.read_text(encoding="utf-8"))["claims"][0]["id"]
    r = invoke("export", "--root", VALID, "-f", "csv", "--excel", "--output", target)
    assert target.read_bytes().startswith(b"\xef\xbb\xbfid,")
    assert _leftovers(tmp_path) == []


def test_output_failed_render_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out.json"
    target.write_text("old", encoding="utf-8")

    def boom(*args: Any, **kwargs: Any) -> str:
        raise RuntimeError("rendering failed")

    monkeypatch.setattr(ex, "to_json", boom)
    r = cli_runner().invoke(app, ["export", "--root", str(VALID), "-o", str(target)])
    assert isinstance(r.exception, RuntimeError)
    assert target.read_text(encoding="utf-8") == "old"
    assert _leftovers(tmp_path) == []


def test_output_failed_write_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out.json"
    target.write_text("old", encoding="utf-8")

    def no_rename(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", no_rename)
    r = invoke("export", "--root", VALID, "-o", target)
    assert r.exit_code == 2
    assert "cannot write" in r.stderr and "No space left on device" in r.stderr
    assert target.read_text(encoding="utf-8") == "old"
    assert _leftovers(tmp_path) == []


def test_output_missing_folder_or_a_folder(tmp_path: Path) -> None:
    r = invoke("export", "--root", VALID, "-o", tmp_path / "nope" / "out.json")
    assert r.exit_code == 2 and "no such folder" in r.stderr
    assert not (tmp_path / "nope").exists()
    r = invoke("export", "--root", VALID, "-o", tmp_path)
    assert r.exit_code == 2


def test_a_fact_sheet_of_a_registry_with_unloaded_claims_says_it_is_incomplete(
    tmp_path: Path,
) -> None:
    """Found in a user trial: a claim a loader error kept out vanished from the sheet, which
    then counted "0 not supported by their source"."""
    root = tmp_path / "r"
    shutil.copytree(VALID, root)
    path = root / "claims" / "second.yaml"
    path.write_text(
        path.read_text().replace("    unit: cases\n", "    unit: cases\n    bogus: 1\n")
    )
    r = cli_runner().invoke(app, ["export", "--root", str(root), "-f", "markdown"])
    assert r.exit_code == 1
    lines = r.stdout.splitlines()
    assert lines[2].startswith("**Incomplete:** the registry has 1 error that keeps claims")
    r = cli_runner().invoke(app, ["export", "--root", str(VALID), "-f", "markdown"])
    assert "Incomplete" not in r.stdout


def test_a_fact_sheet_is_complete_when_an_error_only_names_a_missing_claim(
    tmp_path: Path,
) -> None:
    """Found in a user trial: a relation naming a deleted claim (`unknown-claim`) made the
    sheet say an error kept claims from loading, though every claim had loaded."""
    root = tmp_path / "r"
    shutil.copytree(FIXTURES / "verify" / "relation-qualified", root)
    claims = root / "claims" / "claims.yaml"
    claims.write_text(
        claims.read_text(encoding="utf-8").replace("whole: total", "whole: totl"),
        encoding="utf-8",
    )
    r = cli_runner().invoke(app, ["export", "--root", str(root), "-f", "markdown"])
    assert r.exit_code == 1
    assert "Incomplete" not in r.stdout and "4 claims from 1 source" in r.stdout


def test_csv_gives_each_accepted_finding_with_its_reason() -> None:
    """A spreadsheet reader needs the reason, not only the code (a user trial)."""
    claim = _claim(id="c-accepted", unit="soldiers")
    reasons = (
        ("period-mismatch", "the 2023 in the quote is\nthe year compared with"),
        ("qualifier-mismatch", "the source rounds"),
    )
    status = ClaimStatus("c-accepted", "verified", None, (), reasons)
    back = list(csv.reader(io.StringIO(ex.to_csv([claim], {claim.id: status}), newline="")))
    row = dict(zip(back[0], back[1], strict=True))
    assert row["accepted"] == "period-mismatch qualifier-mismatch"
    assert row["accepted_reasons"] == (
        "period-mismatch: the 2023 in the quote is the year compared with; "
        "qualifier-mismatch: the source rounds"
    )
