"""``scan --stubs`` and audit date "in the quarter" and "that month" by the heading above
(else the title) that names which; a CSV table with no period column takes its title's;
``add source`` drops a CSV's extension from the id as it drops an HTML page's."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from desertcheck.audit.run import prepare
from desertcheck.cli import app
from desertcheck.registry import load_registry

from .conftest import cli_runner, one_source
from .test_stub_periods_units import stubs_of


def _head(title: str) -> str:
    return (
        f'---\ntitle: "{title}"\npublisher: "Ambulance Service"\nlanguage: "en"\n'
        'published: "2025-11-13"\n---\n'
    )


def _stubs(root: Path, text: str) -> list[dict[str, object]]:
    return stubs_of(root, text, "board")


@pytest.mark.parametrize(
    ("title", "body", "period"),
    [
        # the heading line above
        ("Board report", "# Board report, Q3 2025\n\nIn the quarter 97,450 incidents were "
         "attended.\n", "2025-07/2025-09"),
        ("Board report", "# Board report, Q3 2025\n\nSickness absence averaged 6.8% over the "
         "quarter.\n", "2025-07/2025-09"),
        ("Board report", "# Board report, Q3 2025\n\n## October 2025\n\nThat month the "
         "service answered 41,320 calls.\n", "2025-10"),
        ("Board report", "# Q3 2025\n\n## October 2025\n\nIn the month 41,320 calls were "
         "answered.\n", "2025-10"),
        # no heading line: the document's title
        ("Board report, Q3 2025", "This quarter 97,450 incidents were attended.\n",
         "2025-07/2025-09"),
        # a heading of another length names no quarter: the publication date, as before
        ("Board report", "# October 2025\n\nIn the quarter 97,450 incidents were attended.\n",
         "2025-11-13"),
        # a sentence that names its own period keeps it
        ("Board report, Q3 2025", "In the quarter to September 2024 the service attended "
         "97,450 incidents.\n", "2024-09"),
    ],
)  # fmt: skip
def test_a_period_named_by_its_length_takes_its_heading_s(
    tmp_path: Path, title: str, body: str, period: str
) -> None:
    (stub, *_) = _stubs(tmp_path, _head(title) + body)
    assert stub["period"] == period


@pytest.mark.parametrize(
    ("draft", "status"),
    [
        ("# Performance, Q3 2025\n\nIn the quarter the service attended 97,450 incidents.\n",
         "supported"),
        ("# Performance, Q2 2025\n\nIn the quarter the service attended 97,450 incidents.\n",
         "period-drift"),
        ("# Performance\n\n## Q2 2025\n\nThis quarter the service attended 97,450 incidents.\n",
         "period-drift"),
        # a heading of another length: no period read
        ("# October 2025\n\nIn the quarter the service attended 97,450 incidents.\n",
         "supported"),
    ],
)  # fmt: skip
def test_audit_reads_a_period_named_by_its_length_under_its_heading(
    tmp_path: Path, draft: str, status: str
) -> None:
    root = one_source(
        tmp_path / "reg",
        _head("Performance, Q3 2025")
        + "Between July and September 2025 the service attended 97,450 incidents.\n",
        "perf",
    )
    (root / "claims" / "perf.yaml").write_text(
        'claims:\n  - id: incidents\n    statement: "Between July and September 2025 the '
        'service attended 97,450 incidents."\n    value: 97450\n    qualifier: exactly\n'
        "    unit: incidents\n    measure: incidents-attended\n    scope: region\n"
        '    period: "2025-07/2025-09"\n    source: perf\n    quote: "97,450 incidents"\n',
        "utf-8",
    )
    auditor = prepare(load_registry(root))[0]
    assert [(it.figure.text, it.status) for it in auditor.audit(draft, "d.md")] == [
        ("97,450", status)
    ]


def test_a_csv_table_takes_its_title_s_period_and_keeps_its_name(tmp_path: Path) -> None:
    runner = cli_runner()
    root = tmp_path / "reg"
    assert runner.invoke(app, ["init", str(root)]).exit_code == 0
    data = tmp_path / "response-by-district.csv"
    data.write_text("District,Calls\nMillbrook,9875\nNorthvale,12410\n", "utf-8")
    args = ["add", "source", str(data), "--root", str(root), "--publisher", "NHA"]
    title = "Response times by district, October 2025"
    r = runner.invoke(app, [*args, "--title", title, "--language", "en"])
    assert r.exit_code == 0, r.stdout + r.stderr
    assert (root / "sources" / "response-by-district.md").is_file()  # no "-csv"
    r = runner.invoke(app, ["scan", "--stubs", "--root", str(root)])
    assert r.exit_code == 0, r.stderr
    yaml_text = r.stdout.split("append under claims:", 1)[1].rsplit("\n# ", 1)[0]
    stubs = yaml.safe_load(yaml_text)
    assert [(s["value"], s["period"]) for s in stubs] == [(9875, "2025-10"), (12410, "2025-10")]
    assert all(s["id"].startswith("response-by-district-") for s in stubs)
    assert not any("-csv-" in s["id"] for s in stubs)
