"""`desertcheck audit`: draft reading, periods, verdicts, the example drafts and the CLI."""

from __future__ import annotations

import json
from collections import Counter
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

from desertcheck.audit import STATUSES, AuditItem, Auditor, find_periods
from desertcheck.cli import app
from desertcheck.draft import blank, sentences
from desertcheck.quantity import parse_quantities
from desertcheck.registry import load_registry

PROJECT = Path(__file__).parent.parent
DRAFTS = PROJECT / "examples" / "drafts"
LABELLED = Path(__file__).parent / "data" / "audit_labelled.yaml"


@cache
def auditor() -> Auditor:
    """The shipped registry's auditor, with verify's word on its claims, as the CLI has."""
    from desertcheck.audit.standing import standings
    from desertcheck.config import load_config
    from desertcheck.verify import verify

    loaded = load_registry(PROJECT)
    found = verify(loaded, load_config(PROJECT)[0]).findings
    return Auditor(loaded.registry.claims, standing=standings(found))


def verdicts(items: list[AuditItem]) -> list[tuple[int, str, str, str | None]]:
    return [(it.line, it.figure.text, it.status, it.claim.id if it.claim else None) for it in items]


# -- precision and recall over the labelled set -------------------------------------------


def _labelled() -> list[dict[str, Any]]:
    data = yaml.safe_load(LABELLED.read_text(encoding="utf-8"))
    items: list[dict[str, Any]] = data["items"]
    return items


def test_labelled_set_is_well_formed() -> None:
    entries = _labelled()
    figures = [f for e in entries for f in e["figures"]]
    assert len(figures) >= 40
    # claim-fails-verify needs a registry whose claims verify rejects: test_audit_standing.py
    assert {f["status"] for f in figures} == set(STATUSES) - {"claim-fails-verify"}
    for e in entries:
        for f in e["figures"]:
            assert f["figure"] in e["sentence"]
            assert (f["claim"] is None) == (f["status"] == "unsourced")


def test_precision_and_recall_on_labelled_set() -> None:
    """Precision and recall of the verdicts over tests/data/audit_labelled.yaml.

    Every labelled sentence is audited as a one-sentence draft. A reported figure is a
    true positive (TP) for its class (status) when a labelled figure with the same text has
    that status and, except for ``unsourced``, the reported claim is one of the labelled
    claims. Any other reported figure - wrong status, wrong claim, or a figure that is not
    labelled at all - is a false positive (FP) for the class it was reported as; a labelled
    figure without a true positive is a false negative (FN) for its labelled class.

    Per class: precision = TP / (TP + FP), recall = TP / (TP + FN) (1.0 when the
    denominator is 0). The reported numbers are **macro averages** over the five classes
    (each verdict counts the same, however many examples it has), together with
    micro averages and the per-class table. Both macro numbers must be at least 0.9.
    """
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    wrong: list[str] = []
    for entry in _labelled():
        items = auditor().audit(entry["sentence"], "labelled")
        expected = list(entry["figures"])
        for it in items:
            match = next((f for f in expected if f["figure"] == it.figure.text), None)
            if match is not None:
                expected.remove(match)
                claims = match["claim"] if isinstance(match["claim"], list) else [match["claim"]]
                got = it.claim.id if it.claim else None
                if match["status"] == it.status and (it.status == "unsourced" or got in claims):
                    tp[it.status] += 1
                    continue
                fn[match["status"]] += 1
                wrong.append(
                    f"{entry['sentence']!r}: {it.figure.text!r} -> {it.status} {got}; "
                    f"expected {match['status']} {match['claim']} ({it.message})"
                )
            else:
                wrong.append(f"{entry['sentence']!r}: unexpected figure {it.figure.text!r}")
            fp[it.status] += 1
        for f in expected:
            fn[f["status"]] += 1
            wrong.append(f"{entry['sentence']!r}: figure {f['figure']!r} not found")

    def ratio(a: int, b: int) -> float:
        return a / b if b else 1.0

    precision = {s: ratio(tp[s], tp[s] + fp[s]) for s in STATUSES}
    recall = {s: ratio(tp[s], tp[s] + fn[s]) for s in STATUSES}
    macro_p = sum(precision.values()) / len(STATUSES)
    macro_r = sum(recall.values()) / len(STATUSES)
    total_tp = sum(tp.values())
    micro_p = ratio(total_tp, total_tp + sum(fp.values()))
    micro_r = ratio(total_tp, total_tp + sum(fn.values()))
    print()
    print(f"{'verdict':<16} {'TP':>3} {'FP':>3} {'FN':>3} {'precision':>9} {'recall':>7}")
    for s in STATUSES:
        print(f"{s:<16} {tp[s]:>3} {fp[s]:>3} {fn[s]:>3} {precision[s]:>9.3f} {recall[s]:>7.3f}")
    print(f"macro precision {macro_p:.3f}, macro recall {macro_r:.3f}")
    print(f"micro precision {micro_p:.3f}, micro recall {micro_r:.3f}")
    for w in wrong:
        print("  wrong:", w)
    assert macro_p >= 0.9
    assert macro_r >= 0.9


# -- the example drafts -------------------------------------------------------------------

CLEAN = [
    (10, "More than 50,000", "supported", "nge-un-desertions-since-2022"),
    (12, "almost 10%", "supported", "nge-un-deserters-share-of-deployed"),
    (18, "50,500", "supported", "euaa-frontelligence-desertions-total-dec-2024"),
    (19, "Nearly 22,580", "supported", "euaa-frontelligence-desertions-southern-md-dec-2024"),
    (20, "nearly 13,800", "supported", "euaa-frontelligence-desertions-central-md-dec-2024"),
    (25, "18,159", "supported", "isl-mediazona-awol-cases"),
    (26, "1,010", "supported", "isl-mediazona-desertion-cases"),
    (27, "1,369", "supported", "isl-mediazona-disobedience-cases"),
    # supported: the EUAA retells NGE's 13,500 as "over 13,500", another qualifier only
    (31, "13,500", "supported", "nge-un-desertion-convictions-2024"),
    # contested: the EUAA retells the UN's 16,000 "since 2022" as "over 16,000" in 2024
    (32, "some 16,000", "contested", "nge-un-desertion-prosecutions-since-2022"),
    (33, "around 1,000", "supported", "isl-mediazona-new-cases-per-month-spring-2025"),
    (34, "between 700 and 800", "supported", "isl-mediazona-convictions-per-month-spring-2025"),
    (35, "848", "supported", "isl-mediazona-verdicts-april-2025"),
    (35, "38", "supported", "isl-mediazona-verdicts-per-working-day-april-2025"),
    (38, "up to 15", "supported", "isl-desertion-max-sentence"),
    (39, "up to ten", "supported", "isl-awol-max-sentence"),
    (44, "4,373", "supported", "mt-proekt-awol-convictions-wartime"),
    (45, "527", "supported", "mt-proekt-awol-convictions-2021"),
]

ERRORS = [
    # planted: the UN's "over 50,000" retold as "more than 60,000"
    (9, "More than 60,000", "mismatch", "nge-un-desertions-since-2022"),
    # planted: "almost 10%" retold as "more than 10%"
    (11, "more than 10%", "qualifier-drift", "nge-un-deserters-share-of-deployed"),
    # "16,000 prosecuted in 2024": NOT a period drift. The EUAA report gives the UN's figure
    # as "over 16,000 in 2024" (euaa-un-desertion-prosecutions-2024), so the period agrees
    # with a claim; what the draft gets wrong is dropping "over". Novaya Gazeta gives the
    # same figure "since 2022" - a disagreement inside the registry (verify reports it as
    # attribution-drift), which the message notes.
    (15, "16,000", "qualifier-drift", "euaa-un-desertion-prosecutions-2024"),
    # planted: the 2024 convictions retold as a total since 2022
    (16, "13,500", "period-drift", "nge-un-desertion-convictions-2024"),
    # planted: a wartime running total (Feb 2022 - Feb 2024) retold as one year's figure
    (17, "4,373", "period-drift", "mt-proekt-awol-convictions-wartime"),
    (23, "18,159", "supported", "isl-mediazona-awol-cases"),
    (24, "1,010", "supported", "isl-mediazona-desertion-cases"),
    (25, "1,369", "supported", "isl-mediazona-disobedience-cases"),
    # planted: a figure no source gives
    (29, "An estimated 3,700", "unsourced", None),
    (30, "nearly\n22,580", "supported", "euaa-frontelligence-desertions-southern-md-dec-2024"),
    (33, "up to 15", "supported", "isl-desertion-max-sentence"),
]


@pytest.mark.parametrize(("name", "expected"), [("clean", CLEAN), ("errors", ERRORS)])
def test_example_drafts_pinned(name: str, expected: list[tuple[int, str, str, str | None]]) -> None:
    path = DRAFTS / f"{name}-explainer.md"
    items = auditor().audit(path.read_text(encoding="utf-8"), str(path))
    assert verdicts(items) == expected


def test_errors_draft_note_on_the_registry_disagreement() -> None:
    path = DRAFTS / "errors-explainer.md"
    items = auditor().audit(path.read_text(encoding="utf-8"), "d.md")
    item = next(it for it in items if it.figure.text == "16,000")
    assert "drops the qualifier" in item.message
    assert "nge-un-desertion-prosecutions-since-2022" in item.message


# -- draft reading ------------------------------------------------------------------------


def test_blank_keeps_offsets_and_lines() -> None:
    text = (
        "---\ntitle: 500 deserters\n---\n"
        "## 4.5.1. Heading\n"
        "1. First item with 10 cases\n"
        "2) Second, see `code 3,000` and [link](https://x.org/2024/16000)[^2].\n"
        "```\n50,000 in a fence\n```\n"
        "<!-- 77 hidden -->\n"
        "[^2]: Footnote with 12 cases.\n"
    )
    out = blank(text)
    assert len(out) == len(text)
    assert out.count("\n") == text.count("\n")
    for gone in ("500", "4.5.1", "1.", "2)", "3,000", "16000", "50,000", "77", "[^2]"):
        assert gone not in out, gone
    for kept in ("10 cases", "12 cases", "Heading"):
        assert kept in out


def test_blank_leaves_out_terminal_control_sequences_and_stops_a_url_at_a_bracket() -> None:
    """Found in a user trial: the 0 and 2 of "ESC]0;title BEL" and "ESC[2J" were audited as
    figures, and a bare URL ran on through "]" and took "4.2 million" with it."""
    text = (
        "Passengers: [link=http://x.org]4.2 million passengers[/link] in 2025.\n"
        "A title \x1b]0;pwned 7\x07 set, \x1b[2J\x1b[31;1m cleared \x1b]8;;http://x\x1b\\9 x.\n"
        "See https://x.org/a]5,000 and http://[::1]/ too.\n"
    )
    out = blank(text)
    assert len(out) == len(text) and out.count("\n") == text.count("\n")
    for gone in ("\x1b", "0;", "7", "2J", "31;1m", "8;;", "https://x.org/a", "http://x.org"):
        assert gone not in out, gone
    for kept in ("4.2 million passengers", "9 x.", "]5,000 and"):
        assert kept in out, kept


def test_blank_leaves_out_a_pages_code_and_a_blockquotes_marks() -> None:
    """Found in a user trial: "<script>var x = 12345;</script>" was audited, and "> 4,373
    soldiers …" (a Markdown quotation) was read as "more than 4,373"."""
    text = (
        "<style>p{margin:0 0 1200px}</style><p>Over 50,000 deserted.</p>\n"
        "<SCRIPT type='x'>var x = 12345;\nvar y = 678;</SCRIPT>\n"
        "> 4,373 soldiers were convicted.\n"
        ">> > 527 in 2021.\n"
        "Turnout was > 60% and 3 > 2.\n"
    )
    out = blank(text)
    assert len(out) == len(text) and out.count("\n") == text.count("\n")
    for gone in ("1200", "12345", "678", "> 4,373", "> 527"):
        assert gone not in out, gone
    for kept in ("Over 50,000", "4,373 soldiers", "527 in 2021", "> 60%", "3 > 2"):
        assert kept in out, kept
    quoted = "> 4,373 soldiers have been convicted of absence without leave during the war.\n"
    [item] = auditor().audit(quoted)
    assert (item.figure.text, item.status) == ("4,373", "supported")


@pytest.mark.parametrize(
    ("heading", "number", "blanked"),
    [
        ("## 3. Penalties", "3.", True),
        ("### 4.5.1 Desertion", "4.5.1", True),
        ("## 2 Prosecutions", "2", True),
        ("## 4: The courts", "4", True),
        ("## 5 — Beyond the front", "5", True),
        ("## 6", "6", True),
        ("## 6\nThe courts.", "6", True),  # a line of its own in a longer text
        ("## 7\n\n## 16,000 prosecuted", "7", True),
        # a headline's figure is read like any other: headlines are the most read figures
        ("## 192 desertion trials", "192", False),
        ("# 60,000 soldiers have deserted since 2022", "60,000", False),
        ("## 16,000 prosecuted", "16,000", False),
    ],
)
def test_a_heading_number_is_blanked_only_when_it_numbers_the_section(
    heading: str, number: str, blanked: bool
) -> None:
    out = blank(heading + "\n")
    assert (number not in out) is blanked
    quantities = [q.text for q in parse_quantities(heading)]
    assert (number not in " ".join(quantities)) is blanked


def test_sentences_split_on_stops_lists_and_blank_lines() -> None:
    text = "Art. 337 applies. In 2024, 5 men fled.\n\n- Item one\n- Item two. Next one."
    spans = sentences(blank(text), text)
    assert [text[a:b] for a, b in spans] == [
        "Art. 337 applies.",
        "In 2024, 5 men fled.",
        "- Item one",
        "- Item two.",
        "Next one.",
    ]


@pytest.mark.parametrize(
    ("text", "split"),
    [
        # a wiki's italics and link brackets before the next sentence's first letter
        ("It counts 51 people.\n''[[Verstka]]'' has counted 750.", True),
        ("It counts 51 people. '''Verstka''' has counted 750.", True),
        ("It counts 51 people. [[Verstka]] has counted 750.", True),
        # a lower-case word after the markup goes on the sentence
        ("It counts 51 people. ''[[e.g.]]'' more.", False),
    ],
)
def test_a_sentence_starts_after_wiki_markup(text: str, split: bool) -> None:
    assert (len(sentences(blank(text), text)) == 2) is split


@pytest.mark.parametrize(
    ("text", "kind", "first", "last"),
    [
        ("in 2024", "in", "2024-01-01", "2024-12-31"),
        ("In April 2025 alone", "in", "2025-04-01", "2025-04-30"),
        ("since 2022", "since", "2022-01-01", "2022-12-31"),
        ("since the full-scale invasion", "since", "2022-02-24", "2022-02-24"),
        ("between 2024 and mid-2025", "between", "2024-01-01", "2025-08-31"),
        ("between January and May 2025", "between", "2025-01-01", "2025-05-31"),
        ("by the end of May 2025", "as-of", "2025-05-01", "2025-05-31"),
        ("as of December 2024", "as-of", "2024-12-01", "2024-12-31"),
        ("in the first half of 2025", "in", "2025-01-01", "2025-06-30"),
        ("by spring 2025", "as-of", "2025-03-01", "2025-05-31"),
        ("in 2024-25", "in", "2024-01-01", "2025-12-31"),
        ("in the pre-war year of 2021", "in", "2021-01-01", "2021-12-31"),
        # two points joined by "and": the stretch from the first to the second
        ("in 2022 and 2023", "between", "2022-01-01", "2023-12-31"),
        ("in 2024 and the first half of 2025", "between", "2024-01-01", "2025-06-30"),
        ("In 2024 and in May 2025", "between", "2024-01-01", "2025-05-31"),
        ("over 2023 and early 2024", "between", "2023-01-01", "2024-12-31"),
        # "until": what held up to then, or a count up to then: ending within the year
        # before the point, or in it
        ("until the autumn of 2022", "as-of", "2021-09-01", "2022-11-30"),
        ("till December 2024", "as-of", "2023-12-02", "2024-12-31"),
        # before or until an event: up to the event's date (found in a user trial)
        ("before the law was changed in the autumn of 2022", "as-of", "2021-09-01", "2022-11-30"),
        ("until it was amended in September 2022", "as-of", "2021-09-01", "2022-09-30"),
    ],
)
def test_periods(text: str, kind: str, first: str, last: str) -> None:
    (period,) = find_periods(text)
    assert period.kind == kind
    assert str(period.a[0]) == first
    assert str(period.b[1]) == last


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        # found in a user trial: "until" read as a stock on that date
        ("Until the autumn of 2022, a deserter faced at most five years in prison.", "supported"),
        ("Until September 2022, desertion carried at most five years.", "supported"),
        (
            "Before the law was changed in the autumn of 2022, a deserter faced at most five "
            "years.",
            "supported",
        ),
        (
            "Before the law was changed in the autumn of 2024, a deserter faced at most five "
            "years.",
            "period-drift",
        ),
        # a year too late is still a drift
        (
            "Until the autumn of 2024, a deserter faced at most five years in prison.",
            "period-drift",
        ),
    ],
)
def test_a_period_until_a_date(sentence: str, status: str) -> None:
    (item,) = auditor().audit(sentence, "d.md")
    assert (item.status, item.claim and item.claim.id) == (
        status,
        "baghai-desertion-max-sentence-before-law",
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "At least 912 people were prosecuted for political reasons in 2024 and the first "
        "half of 2025.",
        "In 2024 and the first half of 2025, at least 912 people were prosecuted for "
        "political reasons.",
    ],
)
def test_a_period_of_two_joined_points_is_read_whole(runner: CliRunner, sentence: str) -> None:
    """ "in 2024 and the first half of 2025" is the claim's 2024 to mid-2025, not "in 2024":
    read as the first point alone, a correct figure was a period-drift."""
    data = json.loads(run(runner, "-", "-f", "json", input=sentence + "\n").stdout)
    (item,) = data["items"]
    assert (item["status"], item["claims"][0]["id"]) == (
        "supported",
        "nge-un-political-prosecutions-2024-mid-2025",
    )


def test_relative_periods_are_not_read() -> None:
    assert find_periods("45 soldiers were acquitted last year") == []


# -- the command --------------------------------------------------------------------------


def run(runner: CliRunner, *args: str, input: str | bytes | None = None) -> Any:
    return runner.invoke(app, ["audit", "--root", str(PROJECT), *args], input=input)


def test_cli_json_shape_and_exit(runner: CliRunner) -> None:
    result = run(runner, str(DRAFTS / "errors-explainer.md"), "--format", "json")
    assert result.exit_code == 1, result.output
    data = json.loads(result.stdout)
    assert set(data) == {"schema", "summary", "drafts", "items", "findings"}
    [draft] = data["drafts"]  # read as English: no language declared or guessed
    assert (draft["language"], draft["language_from"], draft["notes"]) == (None, "guess", [])
    assert data["findings"] == []  # the registry loaded
    assert data["summary"] == {
        "files": 1,
        "figures": 11,
        "supported": 5,
        "contested": 0,
        "qualifier-drift": 2,
        "period-drift": 2,
        "mismatch": 1,
        "claim-fails-verify": 0,
        "unsourced": 1,
        "accepted": 0,
        "min_score": 45.0,
    }
    item = data["items"][0]
    assert set(item) == {
        "file",
        "line",
        "column",
        "text",
        "value",
        "status",
        "claims",
        "message",
        "explanation",
        "accepted",
    }
    assert item["value"] == {
        "text": "More than 60,000",
        "low": 60000.0,
        "high": 60000.0,
        "qualifier": "over",
        "unit": "soldiers",
    }
    assert (item["line"], item["column"], item["status"]) == (9, 1, "mismatch")
    assert item["claims"][0]["id"] == "nge-un-desertions-since-2022"
    assert set(item["claims"][0]) == {"id", "score", "figure", "period", "source", "quote"}


def test_cli_clean_draft_passes(runner: CliRunner) -> None:
    result = run(runner, str(DRAFTS / "clean-explainer.md"))
    assert result.exit_code == 0, result.output
    # some 16,000 prosecuted since 2022 is NGE's figure; the EUAA gives "over 16,000" in
    # 2024: verify reports the attribution drift, so the figure is contested (a warning: the
    # run passes); the 13,500 the EUAA retells as "over 13,500" is supported
    assert "18 figures in 1 draft: 17 supported, 1 contested" in result.stdout


def test_cli_strict_fails_on_unsourced(runner: CliRunner) -> None:
    text = "An estimated 3,700 soldiers have fled to Kazakhstan.\n"
    assert run(runner, "-", input=text).exit_code == 0
    assert run(runner, "-", "--strict", input=text).exit_code == 1


def test_cli_min_score(runner: CliRunner) -> None:
    text = "Courts heard 1,369 cases.\n"
    low = json.loads(run(runner, "-", "-f", "json", input=text).stdout)
    assert low["items"][0]["status"] == "supported"
    high = json.loads(run(runner, "-", "-f", "json", "--min-score", "70", input=text).stdout)
    assert high["items"][0]["status"] == "unsourced"
    assert run(runner, "-", "--min-score", "101", input=text).exit_code == 2


def test_cli_usage_errors(runner: CliRunner, tmp_path: Path) -> None:
    missing = run(runner, str(tmp_path / "nope.md"))
    assert missing.exit_code == 2
    assert "nope.md: no such file" in missing.stderr
    assert "Traceback" not in missing.stderr
    bad = tmp_path / "bad.md"
    bad.write_bytes(b"Fine line.\nOver 50,000 \xff deserted.\n")
    result = run(runner, str(bad))
    assert result.exit_code == 2
    assert "bad.md:2:13: not UTF-8" in result.stderr
    assert run(runner, str(tmp_path)).exit_code == 2


def test_cli_github_and_markdown(runner: CliRunner) -> None:
    text = "More than 60,000 soldiers have deserted since 2022.\nNothing here | *x* [a](b)\n"
    gh = run(runner, "-", "-f", "github", input=text)
    assert gh.exit_code == 1
    assert gh.stdout.startswith(
        "::error file=<stdin>,line=1,col=1,title=desertcheck audit mismatch::"
    )
    md = run(runner, "-", "-f", "markdown", input=text)
    assert md.stdout.splitlines()[0] == "| where | figure | verdict | claim | message |"
    assert "✗ mismatch" in md.stdout


def test_cli_draft_text_is_not_markup(runner: CliRunner) -> None:
    text = "[bold red]Over 9,999[/] soldiers \x1b[31mfled\x1b[0m to Mars.\n"
    result = run(runner, "-", input=text)
    assert "[bold red]" in result.stdout
    assert "\x1b[31m" not in result.stdout


def test_github_annotations_name_drafts_from_the_repository_root(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / ".git").mkdir()
    desk = tmp_path / "newsroom" / "desk"
    desk.mkdir(parents=True)
    (desk / "draft.md").write_text(
        "More than 60,000 soldiers have deserted since 2022.\n", encoding="utf-8"
    )
    monkeypatch.chdir(desk)
    for name in ("draft.md", "./draft.md", "../desk/draft.md"):
        gh = run(runner, name, "-f", "github")
        assert gh.stdout.startswith("::error file=newsroom/desk/draft.md,line=1,col=1,"), name
    absolute = run(runner, str(desk / "draft.md"), "-f", "github")
    assert f"file={desk / 'draft.md'}," in absolute.stdout


def test_the_report_is_the_same_whatever_the_hash_seed() -> None:
    """Scores summed over sets of words must not depend on the order a set iterates in:
    with a plain sum, two runners-up of equal score swapped places from one process to
    the next, and the golden files changed under an unchanged tree."""
    import os
    import subprocess
    import sys

    drafts = [
        str(PROJECT / "examples" / "drafts" / n)
        for n in ("clean-explainer.md", "errors-explainer.md")
    ]
    outs = set()
    for seed in ("1", "102", "105"):  # 102 and 105 swapped two runners-up before the fix
        env = {**os.environ, "PYTHONHASHSEED": seed}
        run = subprocess.run(
            [sys.executable, "-m", "desertcheck", "audit", *drafts, "-f", "json", "--explain"],
            cwd=PROJECT,
            env=env,
            capture_output=True,
            text=True,
        )
        assert run.returncode in (0, 1), run.stderr
        outs.add(run.stdout)
    assert len(outs) == 1


def test_an_unsourced_figure_a_claim_states_in_other_words_is_not_said_to_be_stated_by_none() -> (
    None
):
    """Found in a user trial: "no claim in the registry states “15”" of a German sentence,
    where a claim states "up to 15" in English words: the message was false."""
    [item] = auditor().audit("The museum sold 13,500 tickets to its summer exhibition.\n")
    assert item.status == "unsourced"
    assert item.message.startswith("no claim states “13,500” in words that meet this sentence's")
    [item] = auditor().audit("The museum sold 987,654 tickets to its summer exhibition.\n")
    assert item.message.startswith("no claim in the registry states “987,654”")


def test_a_contested_figure_names_the_claim_that_disputes_it_once() -> None:
    """Found in a user trial: "…; the registry also has X for 2024; disputed by X (…)"."""
    text = "Some 16,000 soldiers have been prosecuted for desertion since 2022, the UN says.\n"
    [item] = auditor().audit(text)
    assert item.status == "contested"
    assert item.message.count("euaa-un-desertion-prosecutions-2024") == 1
    assert "disputed by euaa-un-desertion-prosecutions-2024 (over 16,000 soldiers" in item.message
