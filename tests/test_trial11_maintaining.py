"""A registry's life as a volunteer maintaining it met it: a publisher's correction that a
whole-sentence statement goes on contradicting, a repeated figure of one source, a
desertcheck.toml naming what is gone, a relation naming a claim renamed or retired."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from desertcheck.cli import app

from .conftest import cli_runner

SOURCE = """---
title: Courts convict deserters
publisher: Test Press
language: en
published: 2024-02-22
---
Courts convicted more than 4,600 soldiers since the invasion nearly two years ago, the
outlet reported. Over 50,000 soldiers have deserted since 2022, a report found.
"""

SENTENCE = (
    "Courts convicted more than 4,600 soldiers since the invasion nearly two years ago, the "
    "outlet reported."
)
WAR = f"""  - id: war-age
    statement: "{SENTENCE}"
    value: 2
    qualifier: nearly
    unit: years
    measure: war-duration
    scope: war
    period: "2022-02-24/2024-02-22"
    source: courts
    quote: "since the invasion nearly two years ago"
"""


def registry(root: Path, claims: str, source: str = SOURCE, toml: str | None = None) -> Path:
    (root / "sources").mkdir(parents=True)
    (root / "claims").mkdir()
    (root / "sources" / "courts.md").write_text(source, "utf-8")
    (root / "claims" / "courts.yaml").write_text("claims:\n" + claims, "utf-8")
    if toml is not None:
        (root / "desertcheck.toml").write_text(toml, "utf-8")
    return root


def verify(root: Path, *args: str) -> tuple[int, list[dict[str, Any]]]:
    r = cli_runner().invoke(app, ["verify", "--root", str(root), "--format", "json", *args])
    return r.exit_code, list(json.loads(r.stdout)["findings"])


def codes(found: list[dict[str, Any]]) -> list[str]:
    return [f["code"] for f in found]


def test_a_statements_other_figure_the_corrected_source_no_longer_gives_is_flagged(
    tmp_path: Path,
) -> None:
    """Findings 14 and 17: the source's sentence corrected 4,600 to 4,700; the statement of
    the war's age, drafted from the whole sentence, kept 4,600 and was published as
    accurately sourced."""
    root = registry(tmp_path / "r", WAR)
    assert "statement-mismatch" not in codes(verify(root)[1])  # the sentence gives 4,600
    source = root / "sources" / "courts.md"
    source.write_text(SOURCE.replace("4,600", "4,700"), "utf-8")
    (found,) = [f for f in verify(root)[1] if f["code"] == "statement-mismatch"]
    assert found["file"] == "claims/courts.yaml" and found["line"] == 3
    assert (
        "the statement also states 'more than 4,600', which the source's sentence "
        "(sources/courts.md:7) does not give (it gives 'more than 4,700')" in found["message"]
    )
    assert "say only this claim's figure (nearly 2 years) in it" in found["message"]


def test_a_statements_other_figure_is_found_by_its_words_too(tmp_path: Path) -> None:
    """ "The 2022 amendments" reads as 2022 amendments, which the source's "in 2022" is not:
    its words are in the sentence, so it is no mismatch."""
    statement = "Since the 2022 amendments, the maximum penalty is ten years."
    source = SOURCE + "Since mobilisation in 2022, amendments raised the maximum to ten years.\n"
    claim = f"""  - id: max-penalty
    statement: "{statement}"
    value: 10
    unit: years
    measure: max-penalty
    scope: law
    period: "2024-02-22"
    source: courts
    quote: "amendments raised the maximum to ten years"
"""
    root = registry(tmp_path / "r", claim, source)
    assert "statement-mismatch" not in codes(verify(root)[1])
    (root / "claims" / "courts.yaml").write_text(
        "claims:\n" + claim.replace("2022 amendments", "2023 amendments"), "utf-8"
    )
    assert "statement-mismatch" in codes(verify(root)[1])


def test_add_claim_writes_the_statement_note_in_the_claims_file(tmp_path: Path) -> None:
    """Finding 4: the advice on a whole-sentence statement was on stderr only, lost in a
    pipe; it is now a comment at the statement, as scan --stubs writes it."""
    root = registry(tmp_path / "r", "")
    (root / "claims" / "courts.yaml").unlink()
    r = cli_runner().invoke(
        app,
        [
            "add", "claim", "--root", str(root), "--source", "courts",
            "--quote", "since the invasion nearly two years ago",
            "--measure", "war-duration", "--scope", "war", "--id", "war-age",
            "--period", "2022-02-24/2024-02-22",
        ],
    )  # fmt: skip
    assert r.exit_code == 0, r.stderr
    written = (root / "claims" / "courts.yaml").read_text("utf-8")
    (line,) = [x for x in written.splitlines() if x.lstrip().startswith("statement:")]
    assert line.endswith(
        "# the statement is the source's whole sentence, which also states 'more than "
        "4,600': say this claim's figure (nearly 2 years) in a statement of its own, since "
        "exports, fact sheets and ClaimReview show it"
    )


HEADLINE = """  - id: desertions
    statement: "Over 50,000 soldiers have deserted since 2022."
    value: 50000
    qualifier: over
    unit: soldiers
    measure: desertions
    scope: army
    period: "2022-02-24/2024-02-22"
    source: courts
    quote: "Over 50,000 soldiers have deserted since 2022"
"""


def test_a_figure_of_one_source_recorded_twice_from_two_passages_is_a_duplicate(
    tmp_path: Path,
) -> None:
    """Findings 2 and 18: a headline repeating the lead, added as a second claim, was
    verified silently and listed twice in the fact sheet."""
    source = SOURCE.replace("---\nCourts", "---\nOver 50,000 soldiers deserted\n\nCourts")
    first = HEADLINE + "    cumulative: true\n"
    again = HEADLINE.replace("id: desertions", "id: headline-desertions").replace(
        'quote: "Over 50,000 soldiers have deserted since 2022"',
        'quote: "Over 50,000 soldiers deserted"',
    )
    root = registry(tmp_path / "r", first + "\n" + again, source)
    code, found = verify(root)
    assert code == 0
    (dup,) = [f for f in found if f["code"] == "duplicate-claim"]
    assert dup["line"] == 14 and dup["claims"] == ["headline-desertions", "desertions"]
    assert (
        "claim headline-desertions records the same figure (over 50,000 soldiers) as "
        "desertions (claims/courts.yaml:2), stated again in another passage of courts; they "
        "differ in cumulative true / false: keep one claim, or accept this finding with the "
        "reason both are kept" in dup["message"]
    )
    sheet = cli_runner().invoke(app, ["export", "--root", str(root), "--format", "markdown"])
    marked = [x for x in sheet.stdout.splitlines() if "`duplicate-claim`" in x]
    assert len(marked) == 2  # the fact sheet marks both entries
    # another period is another figure
    other = again.replace('period: "2022-02-24/2024-02-22"', 'period: "2023"')
    (root / "claims" / "courts.yaml").write_text("claims:\n" + HEADLINE + other, "utf-8")
    assert "duplicate-claim" not in codes(verify(root)[1])


EXCLUDE = """[[scan.exclude]]
source = "{source}"
quote = "the outlet reported"
reason = "a date line, not a statistic"{claim}
"""


def test_verify_reports_an_exclusion_naming_a_source_or_claim_that_is_gone(
    tmp_path: Path,
) -> None:
    """Finding 10: after a source's rename, verify (which CI runs) stayed green while
    desertcheck.toml still excluded a passage of the old id; only scan said so."""
    toml = EXCLUDE.format(source="courts", claim="")
    root = registry(tmp_path / "r", HEADLINE, toml=toml)
    assert "unused-exclusion" not in codes(verify(root)[1])
    (root / "desertcheck.toml").write_text(EXCLUDE.format(source="court", claim=""), "utf-8")
    code, found = verify(root, "--strict")
    assert code == 1
    (gone,) = [f for f in found if f["code"] == "unused-exclusion"]
    assert (gone["file"], gone["line"]) == ("desertcheck.toml", 1)
    assert (
        "no source 'court' in sources/ (did you mean 'courts'?): write the source's id as "
        "it is now, or remove the exclusion" in gone["message"]
    )
    claim = '\nclaim = "desertion"'
    (root / "desertcheck.toml").write_text(EXCLUDE.format(source="courts", claim=claim), "utf-8")
    (gone,) = [f for f in verify(root)[1] if f["code"] == "unused-exclusion"]
    assert (
        "it names claim 'desertion', which is not registered (did you mean 'desertions'?)"
        in (gone["message"])
    )
    scan = cli_runner().invoke(app, ["scan", "--root", str(root)])
    assert "it names claim 'desertion', which is not registered" in scan.stdout + scan.stderr


DISTRICTS = """
  - id: {id}
    statement: "{n} cases were reported in the {d}."
    value: {n}
    unit: cases
    measure: cases
    scope: {d}
    period: "2024"
    source: courts
    quote: "{n} cases in the {d}"
"""
DISTRICT_SOURCE = (
    SOURCE + "There were 300 cases in the north, 200 cases in the south, 100 cases in the east.\n"
)
SUM = """relations:
  - id: district-sum
    kind: sum
    parts: [{parts}]
    whole: {whole}
"""


def districts(root: Path, ids: dict[str, str], parts: str, whole: str) -> Path:
    claims = "".join(
        DISTRICTS.format(id=cid, n=n, d=d)
        for cid, (n, d) in zip(
            ids, [("300", "north"), ("200", "south"), ("100", "east")], strict=True
        )
        if ids[cid]
    )
    total = HEADLINE.replace("desertions", "total")
    text = claims + total + SUM.format(parts=parts, whole=whole)
    return registry(root, text, DISTRICT_SOURCE)


def unknown(root: Path) -> str:
    (found,) = [f for f in verify(root)[1] if f["code"] == "unknown-claim"]
    return str(found["message"])


def test_a_relation_naming_a_claim_removed_says_how_to_mend_it(tmp_path: Path) -> None:
    """Finding 11: the district claim removed, unknown-claim suggested another district,
    a claim the relation already names; and show called the gone claim one that "did not
    load"."""
    ids = {"cases-north": "y", "cases-south": "y", "cases-east": ""}
    root = districts(tmp_path / "r", ids, "cases-north, cases-south, cases-east", "total")
    message = unknown(root)
    assert "did you mean" not in message
    assert message.endswith(
        "names claim 'cases-east', which does not exist: if the claim was removed, remove it "
        "from the relation's parts; if it was renamed, write its new id here"
    )
    r = cli_runner().invoke(app, ["show", "cases-east", "--root", str(root)])
    assert r.exit_code == 2
    assert "did not load" not in r.stderr
    assert "claims/courts.yaml:" in r.stderr and "names it in a relation, but no claim has " in (
        r.stderr
    )


def test_a_relation_naming_a_claim_renamed_offers_the_ids_no_relation_names(
    tmp_path: Path,
) -> None:
    """Finding 7: after a rename the nearest id, another claim, was offered alone; a claim
    renamed is one no relation names any more."""
    ids = {"cases-north": "y", "cases-south": "y", "cases-east-2024": "y"}
    root = districts(tmp_path / "r", ids, "cases-north, cases-south, cases-east", "total")
    assert "(did you mean 'cases-east-2024'? no relation names it, as a claim renamed would " in (
        unknown(root)
    )
    # a typo is offered as one
    root = districts(tmp_path / "t", ids, "cases-north, cases-south, cases-east-2024", "totl")
    assert unknown(root).endswith("which does not exist (did you mean 'total'?)")


def test_add_claim_says_a_running_total_has_no_end_in_a_source_of_no_date(
    tmp_path: Path,
) -> None:
    """Finding 3: "since 2022" in a source of no date was told as a sentence that names no
    period."""
    root = registry(tmp_path / "r", "", SOURCE.replace("published: 2024-02-22\n", ""))
    (root / "claims" / "courts.yaml").unlink()
    r = cli_runner().invoke(
        app,
        [
            "add", "claim", "--root", str(root), "--source", "courts",
            "--quote", "Over 50,000 soldiers have deserted since 2022",
            "--measure", "desertions", "--scope", "army",
        ],
    )  # fmt: skip
    assert r.exit_code == 2
    said = " ".join(r.stderr.split())
    assert "names none" not in said
    assert (
        "pass --period PERIOD (the sentence gives “since 2022” but the source has no date to "
        "end it: write 2022/ and the date the count runs to, as in --period 2022/YYYY-MM-DD, "
        "or give sources/courts.md a published: date)" in said
    )
