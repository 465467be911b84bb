"""Found in a user trial: the docs said what the tool does not. README and docs/audit.md
quoted different "latest blind" sets; docs/audit.md called "some 16,000 ... in 2024"
`supported` (it is `contested`); docs/report.md's table of marks left out `contested`; and
the docs said control characters are "removed" where each is shown as U+FFFD. Each
statement is held to what the tool does."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from .conftest import PROJECT
from .test_cli import invoke

README = (PROJECT / "README.md").read_text(encoding="utf-8")
AUDIT = (PROJECT / "docs" / "audit.md").read_text(encoding="utf-8")
REPORT = (PROJECT / "docs" / "report.md").read_text(encoding="utf-8")
ORDINALS = (
    "twenty-first",
    "twenty-second",
    "twenty-third",
    "twenty-fourth",
    "twenty-fifth",
    "twenty-sixth",
    "twenty-seventh",
    "twenty-eighth",
    "twenty-ninth",
    "thirtieth",
    "thirty-first",
    "thirty-second",
    "thirty-third",
    "thirty-fourth",
    "thirty-fifth",
    "thirty-sixth",
    "thirty-seventh",
    "thirty-eighth",
    "thirty-ninth",
    "fortieth",
    "forty-first",
    "forty-second",
    "forty-third",
    "forty-fourth",
)


def flat(text: str) -> str:
    return " ".join(text.split())


def latest_set() -> str:
    """The ordinal of the newest labelled set in tests/data (``audit_twenty_seventh``)."""
    held = {p.name for p in (PROJECT / "tests" / "data").glob("audit_*")}
    return [o for o in ORDINALS if f"audit_{o.replace('-', '_')}" in held][-1]


def table_rate(ordinal: str) -> str:
    (row,) = [ln for ln in AUDIT.splitlines() if ln.startswith(f"| {ordinal} ")]
    return row.split(" | ")[2]


def test_readme_and_audit_md_quote_the_latest_set_alike() -> None:
    latest = latest_set()
    rate = table_rate(latest)
    readme = flat(README[README.index("How far to trust it") :])[:1000]
    cannot = flat(AUDIT[AUDIT.index("### What it cannot catch") :])[:1000]
    for said in (readme, cannot):
        assert f"the {latest}" in said.split("before it")[0], said
        assert f"({rate})" in said, said
        assert "audit-rounds.md" in said, said
    planted = re.search(r"\| (\d+) of (\d+) \|", AUDIT[AUDIT.index(f"| {latest} ") :])
    assert planted
    passing, total = int(planted[1]), int(planted[2])
    for said in (readme, cannot):
        assert f"{total - passing} of {total} planted errors fail a plain run" in said


def test_some_16000_in_2024_is_what_audit_md_says(tmp_path: Path) -> None:
    said = flat(AUDIT)
    m = re.search(r'written "some 16,000 \.\.\. in 2024".*?it would be `([a-z-]+)`', said)
    assert m, "docs/audit.md names the verdict"
    draft = tmp_path / "probe.md"
    draft.write_text("Some 16,000 soldiers were prosecuted for desertion in 2024.\n", "utf-8")
    r = invoke("audit", "--root", str(PROJECT), "--no-cache", "-f", "json", str(draft))
    assert f'"status": "{m[1]}"' in r.stdout, (m[1], r.stdout)


def test_every_verdict_of_the_page_has_its_mark_in_report_md() -> None:
    pytest.importorskip("jinja2")
    from desertcheck.report.audit import ORDER
    from desertcheck.report.page import icon

    table = REPORT[REPORT.index("| verdict | mark |") :].split("\n\n")[0]
    for verdict in ORDER:
        assert f"| `{verdict}` | {icon(verdict)}, " in table, verdict


def test_control_characters_are_shown_as_replacement_characters(tmp_path: Path) -> None:
    draft = tmp_path / "esc.md"
    draft.write_text("Desertion carries \x1b[31m(red)\x1b[0m up to 15 years.\n", "utf-8")
    r = invoke("audit", "--root", str(PROJECT), "--no-cache", str(draft), env={"COLUMNS": "200"})
    assert "\x1b" not in r.stdout and "\ufffd[31m(red)\ufffd[0m" in r.stdout
    assert "`\ufffd[31m(red)\ufffd[0m`" in AUDIT and "`\ufffd[31m`" in README
    for doc in (README, AUDIT):
        assert "with control characters removed" not in flat(doc)
