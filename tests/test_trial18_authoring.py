"""Authoring and import as a newsroom user met them building a registry on a county's
libraries: add source checks a url as verify does, stub units and periods read from the
figure's own clause, and files that are not UTF-8 text are named for what they are."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from desertcheck.cli import app

from .conftest import cli_runner

FRONT = """---
title: "Northvale County Library Service: Annual Report 2024 (invented for a test)"
publisher: Northvale County Council
language: en
published: {published}
---
"""


def run(*args: str) -> tuple[int, str, str]:
    r = cli_runner().invoke(app, list(args))
    return r.exit_code, r.stdout, r.stderr


def _registry(tmp_path: Path, text: str, published: str = "2025-03-20") -> Path:
    root = tmp_path / "reg"
    (root / "sources").mkdir(parents=True)
    (root / "claims").mkdir()
    front = FRONT.format(published=published)
    (root / "sources" / "report.md").write_text(front + text + "\n", "utf-8")
    return root


def _files(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in root.rglob("*") if p.is_file()}


# -- add source checks a url as verify's url-not-web does ---------------------------------


@pytest.mark.parametrize(
    ("url", "said"),
    [
        ("javascript:alert(1)", "--url 'javascript:alert(1)' is not an absolute http or https"),
        ("www.example.org/report", "write it with its scheme, https://www.example.org/report"),
        ("doi:10.1000/182", "https://doi.org/10.1000/182"),
        ("/reports/2024.html", "is not an absolute http or https address"),
    ],
)
def test_add_source_refuses_a_url_that_verify_would_refuse(
    tmp_path: Path, url: str, said: str
) -> None:
    root = _registry(tmp_path, "Visits rose to 1.2 million in 2024.")
    doc = tmp_path / "report.txt"
    doc.write_text("In 2024 the libraries recorded 1.2 million visits.\n", "utf-8")
    before = _files(root)
    code, _, err = run(
        "add", "source", str(doc), "--id", "js", "--title", "T", "--publisher", "P",
        "--language", "en", "--url", url, "--root", str(root),
    )  # fmt: skip
    assert code == 2, err
    assert said in " ".join(err.split())
    assert "nothing was written" in err
    assert _files(root) == before


def test_add_source_refuses_a_front_matter_url_that_is_not_web(tmp_path: Path) -> None:
    root = _registry(tmp_path, "Visits rose to 1.2 million in 2024.")
    doc = tmp_path / "page.md"
    doc.write_text(
        "---\ntitle: T\nurl: javascript:alert(1)\n---\nVisits rose to 1.2 million.\n", "utf-8"
    )
    before = _files(root)
    code, _, err = run(
        "add", "source", str(doc), "--publisher", "P", "--language", "en", "--root", str(root)
    )
    assert code == 2
    assert "front matter url: 'javascript:alert(1)' is not an absolute" in " ".join(err.split())
    assert _files(root) == before


def test_add_source_with_a_web_url_verifies(tmp_path: Path) -> None:
    root = _registry(tmp_path, "Visits rose to 1.2 million in 2024.")
    doc = tmp_path / "report.txt"
    doc.write_text("In 2024 the libraries recorded 1.2 million visits.\n", "utf-8")
    code, _, err = run(
        "add", "source", str(doc), "--id", "web", "--title", "T", "--publisher", "P",
        "--language", "en", "--url", "https://example.org/r", "--root", str(root),
    )  # fmt: skip
    assert code == 0, err
    code, out, err = run("verify", "--root", str(root))
    assert "url-not-web" not in out + err


# -- the period of a figure's own clause --------------------------------------------------

VISITS = (
    "In 2024 the county's 14 public libraries recorded 1.2 million visits, up from 987,000 in 2023."
)


def _stubs(root: Path) -> list[dict]:
    r = cli_runner().invoke(app, ["scan", "report", "--root", str(root), "--stubs", "--write"])
    assert r.exit_code in (0, 1), r.stdout + r.stderr
    data = yaml.safe_load((root / "claims" / "report.yaml").read_text("utf-8"))
    return data["claims"]


def _periods(root: Path) -> dict[object, tuple[str, bool]]:
    """Each stub's value: (its period, whether a todo note calls it a guess)."""
    return {c["value"]: (c["period"], "note" in c) for c in _stubs(root)}


def test_time_words_opening_the_sentence_date_its_main_clause(tmp_path: Path) -> None:
    got = _periods(_registry(tmp_path, VISITS))
    assert got[14] == ("2024", False)
    assert got[1200000] == ("2024", False)  # not the 987,000's "in 2023", after "up from"
    assert got[987000] == ("2023", True)  # compared: a guess, as before


def test_add_claim_reads_the_opening_year_in_a_pipe(tmp_path: Path) -> None:
    root = _registry(tmp_path, VISITS)
    code, _, err = run(
        "add", "claim", "--source", "report", "--quote", "recorded 1.2 million visits",
        "--measure", "library-visits", "--scope", "northvale-libraries", "--root", str(root),
    )  # fmt: skip
    assert code == 0, err
    (claim,) = yaml.safe_load((root / "claims" / "report.yaml").read_text("utf-8"))["claims"]
    assert claim["period"] == "2024"
    assert "note" not in claim


@pytest.mark.parametrize(
    ("sentence", "period", "guessed"),
    [
        # an opening that is not the whole year, or a change compared with a year: guesses
        ("In late 2024 the service lent 311,000 e-books, up from 250,000.", "2024", True),
        ("In 2024, 3,415 households were assessed, an increase of 8.2% on 2023.", "2024", True),
    ],
)
def test_an_opening_year_stays_a_guess_where_the_reading_is_unsure(
    tmp_path: Path, sentence: str, period: str, guessed: bool
) -> None:
    stubs = _stubs(_registry(tmp_path, sentence))
    last = stubs[-1] if "8.2%" in sentence else stubs[0]
    assert (last["period"], "note" in last) == (period, guessed)


def test_a_comparison_separates_a_later_year_from_the_figure(tmp_path: Path) -> None:
    text = "Respondents rated the service 7.8 on average, compared\nwith 7.1 in 2022."
    got = _periods(_registry(tmp_path, text, published="2025-03-01"))
    assert got[7.8] == ("2025-03-01", True)  # the publication date, said to be a guess
    assert got[7.1][0] == "2022"


@pytest.mark.parametrize(
    ("sentence", "period", "guessed"),
    [
        ("Libraries welcomed more than 1.2 million visitors last year.", "2024", False),
        ("The council will spend £6.8m on libraries this year.", "2025", True),
        # the twelve months before, not the calendar year before: not read
        ("Some 5,400 residents joined in the last year.", "2025-02-11", True),
    ],
)
def test_last_year_and_this_year_are_read_against_the_publication_date(
    tmp_path: Path, sentence: str, period: str, guessed: bool
) -> None:
    (stub,) = _stubs(_registry(tmp_path, sentence, published="2025-02-11"))
    assert (stub["period"], "note" in stub) == (period, guessed)
    assert "2025-02-11" in stub.get("note", "") + _comment(tmp_path, "period")


def _comment(tmp_path: Path, field: str) -> str:
    """The comment after ``field`` in the stubs written."""
    text = (tmp_path / "reg" / "claims" / "report.yaml").read_text("utf-8")
    line = next(x for x in text.splitlines() if x.strip().startswith(f"{field}:"))
    return line.partition("#")[2]


# -- units ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "unit", "quote"),
    [
        (
            "The service employed 163 full-time equivalent staff, down from 171.",
            "staff",
            "163 full-time equivalent staff",
        ),
        ("The council funds 12 full-time equivalent posts.", "posts", None),
        ("There are 5 long-term empty homes.", "homes", None),
        ("The service employs 40 full-time staff.", "staff", None),
        ("It sent 9 boil-water notices.", "notices", None),
    ],
)
def test_a_unit_after_modifiers_is_the_noun(
    tmp_path: Path, sentence: str, unit: str, quote: str | None
) -> None:
    stub = _stubs(_registry(tmp_path, sentence))[0]
    assert stub["unit"] == unit
    if quote:
        assert stub["quote"] == quote


@pytest.mark.parametrize(
    ("sentence", "units", "noted"),
    [
        # the figure a comparison sets against an earlier one takes its unit, said in a note
        ("The service employed 163 full-time equivalent staff, down from 171.", ["staff"] * 2, 1),
        ("Loans rose to 311,000 e-books in 2024, up from 250,000.", ["e-books"] * 2, 1),
        ("The county recorded 1,204 complaints, compared with 998 in 2023.", ["complaints"] * 2, 1),
        ("Staff fell to 40 people against 52 in 2023.", ["people"] * 2, 1),
        # near misses: no comparison's word right before it, or nothing to take a unit from
        ("The service employed 163 staff and 171 was the target.", ["staff", "todo"], 0),
        ("From 171 the count went to 163.", ["todo", "todo"], 0),
        ("The share rose to 45% from 40%.", ["percent", "percent"], 0),
    ],
)
def test_a_figure_compared_with_another_takes_its_unit(
    tmp_path: Path, sentence: str, units: list[str], noted: int
) -> None:
    """A user trial: "163 full-time equivalent staff, down from 171 a year earlier" gave
    the 171's stub the unit `todo`, though the sentence says what it counts."""
    stubs = _stubs(_registry(tmp_path, sentence))
    assert [c["unit"] for c in stubs] == units
    text = (tmp_path / "reg" / "claims" / "report.yaml").read_text("utf-8")
    assert text.count("# from the figure it is compared with, “") == noted


# -- files that are not UTF-8 text, and files that cannot be written ------------------------


@pytest.mark.parametrize(
    ("encoding", "said"),
    [
        ("utf-16", "UTF-16 text, not UTF-8 (its byte-order mark ff fe opens it)"),
        ("utf-16-be", "UTF-16 text, not UTF-8 (by where its NUL bytes fall)"),
        ("utf-32", "UTF-32 text, not UTF-8 (its byte-order mark ff fe 00 00 opens it)"),
    ],
)
def test_a_utf16_claims_file_is_named_for_what_it_is(
    tmp_path: Path, encoding: str, said: str
) -> None:
    root = _registry(tmp_path, "Visits rose to 1.2 million in 2024.")
    claims = "claims:\n  - id: visits\n    statement: Visits rose to 1.2 million in 2024.\n"
    (root / "claims" / "report.yaml").write_bytes(claims.encode(encoding))
    code, out, _ = run("verify", "--root", str(root))
    assert code == 1
    assert f"claims/report.yaml:1:1: error: the file is {said}; save it as UTF-8" in out
    assert "is not UTF-8;" not in out  # not "byte 0xff is not UTF-8"


@pytest.mark.parametrize(
    ("data", "said"),
    [
        (b"\x00\x01binary", "is not text (it holds NUL bytes): add source imports a text,"),
        ("Visits: 1.2 million\n".encode("utf-16"), "is UTF-16 text, not UTF-8 (its byte-order"),
    ],
)
def test_add_source_refuses_a_binary_or_utf16_file(tmp_path: Path, data: bytes, said: str) -> None:
    root = _registry(tmp_path, "Visits rose to 1.2 million in 2024.")
    doc = tmp_path / "b.txt"
    doc.write_bytes(data)
    before = _files(root)
    code, _, err = run(
        "add", "source", str(doc), "--title", "t", "--publisher", "p", "--language", "en",
        "--root", str(root),
    )  # fmt: skip
    assert code == 2
    assert said in " ".join(err.split())
    assert _files(root) == before


def test_fingerprint_names_the_source_it_could_not_write(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    from desertcheck import files

    root = _registry(tmp_path, "Visits rose to 1.2 million in 2024.")

    def read_only(folder: str, prefix: str = "", suffix: str = "") -> tuple[int, str]:
        name = f"{folder}/{prefix}477caa9813acdd00{suffix}"
        raise OSError(errno.EROFS, "Read-only file system", name)

    monkeypatch.setattr(files, "make_temp", read_only)
    code, _, err = run("fingerprint", "--root", str(root))
    assert code == 2
    assert "cannot write sources/report.md: Read-only file system" in err
    assert ".tmp" not in err and "Traceback" not in err


# -- figures scan does not count -----------------------------------------------------------

SURVEY = (
    "The survey found that 63% had visited a library in the past twelve months.\n\n"
    "Respondents rated the service 7.8 out of 10 on average."
)
EXCLUDE = """[[scan.exclude]]
source = "report"
quote = "in the past twelve months"
reason = "the span of the question, not a statistic"
"""


def test_scan_reads_the_top_of_a_scale_as_no_figure(tmp_path: Path) -> None:
    root = _registry(tmp_path, SURVEY)
    _, out, _ = run("scan", "report", "--format", "json", "--root", str(root))
    figures = json.loads(out)["figures"]
    ten = next(f for f in figures if f["text"] == "10")
    assert ten["status"] == "excluded", ten
    assert "top of the scale" in ten["reason"]
    assert next(f for f in figures if f["text"] == "7.8")["status"] == "missing"


@pytest.mark.parametrize(
    ("quote", "value"),
    [
        ("found that 63% had visited a library in the past twelve months", 63),
        ("7.8 out of 10", 7.8),
    ],
)
def test_add_claim_leaves_out_a_figure_scan_does_not_count(
    tmp_path: Path, quote: str, value: float
) -> None:
    root = _registry(tmp_path, SURVEY)
    (root / "desertcheck.toml").write_text(EXCLUDE, "utf-8")
    _, _, err = run(
        "add", "claim", "--source", "report", "--quote", quote, "--measure", "m",
        "--scope", "s", "--period", "2024", "--unit", "percent", "--root", str(root),
    )  # fmt: skip
    assert "figures" not in err, err  # not "--quote gives 2 figures (63%, twelve)"
    (claim,) = yaml.safe_load((root / "claims" / "report.yaml").read_text("utf-8"))["claims"]
    assert claim["value"] == value


# -- a rise's plus sign --------------------------------------------------------------------

TABLE = """Visits by branch, 2024

| Branch | Visits | Change on 2023 |
|---|---|---|
| Central | 412,000 | +18% |
| Eastmoor | 96,500 | -4% |
"""


def test_a_plus_sign_is_kept_in_quote_and_statement_and_the_value_is_the_number(
    tmp_path: Path,
) -> None:
    root = _registry(tmp_path, TABLE)
    stubs = {c["value"]: c for c in _stubs(root)}
    rise, fall = stubs[18], stubs[-4]
    assert (rise["quote"], fall["quote"]) == ("+18%", "-4%")
    assert rise["statement"].endswith("Change on 2023: +18%")
    assert fall["statement"].endswith("Change on 2023: -4%")
    # the quote as drafted states the value: verify finds no quote or value problem
    _, out, _ = run("verify", "--root", str(root), "--format", "json")
    codes = {f["code"] for f in json.loads(out)["findings"] if rise["id"] in f["claims"]}
    assert "placeholder" in codes  # the stub's todo fields, so the claim's findings are here
    assert codes <= {"placeholder"}, codes


# -- ClaimReview: an organisation's name is an Organization ---------------------------------


@pytest.mark.parametrize(
    ("author", "kind"),
    [
        ("Press Office", "Organization"),
        ("Northvale Research Unit", "Organization"),
        ("Northvale County Council", "Organization"),  # the publisher's own name
        ("Reuters Staff", "Organization"),
        ("Dana Whitlock", "Person"),
        ("Christian Baghai", "Person"),
        ("Officer Dibble", "Person"),  # a word that only begins like "office"
    ],
)
def test_claimreview_types_the_author_by_its_name(tmp_path: Path, author: str, kind: str) -> None:
    root = _registry(tmp_path, "In 2024 the libraries recorded 1.2 million visits.")
    source = root / "sources" / "report.md"
    source.write_text(
        source.read_text("utf-8").replace("language: en", f"language: en\nauthor: {author}"),
        "utf-8",
    )
    claims = """claims:
  - id: visits
    statement: "In 2024 the libraries recorded 1.2 million visits."
    value: 1200000
    unit: visits
    measure: library-visits
    scope: northvale
    period: "2024"
    source: report
    quote: "1.2 million visits"
"""
    (root / "claims" / "report.yaml").write_text(claims, "utf-8")
    (root / "desertcheck.toml").write_text(
        '[claimreview]\nauthor = "Desk"\nurl = "https://desk.example.org/claims/"\n', "utf-8"
    )
    code, out, err = run("export", "--format", "claimreview", "--root", str(root))
    assert code == 0, err
    (review,) = json.loads(out) if out.lstrip().startswith("[") else [json.loads(out)]
    assert review["itemReviewed"]["author"] == {"@type": kind, "name": author}
