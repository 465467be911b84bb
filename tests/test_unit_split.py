"""unit-split: figures of one quantity for one period in several units that could not all be
true are reported, since the checks across claims compare only claims of one unit."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from desertcheck.cli import app

from .conftest import FIXTURES, cli_runner

SPLIT = FIXTURES / "verify" / "unit-split"


def verify_json(root: Path, *args: str) -> tuple[int, dict]:
    r = cli_runner().invoke(app, ["verify", "--root", str(root), "-f", "json", "--no-cache", *args])
    return r.exit_code, json.loads(r.stdout)


def found(data: dict) -> list[tuple[str, list[str], bool]]:
    return [
        (f["code"], f["claims"], f.get("accepted") is not None)
        for f in data["findings"]
        if f["severity"] != "info"
    ]


def copy(tmp_path: Path) -> Path:
    root = tmp_path / "r"
    shutil.copytree(SPLIT, root)
    return root


def test_85_posts_and_95_jobs_of_one_quantity_are_reported_side_by_side(tmp_path: Path) -> None:
    code, data = verify_json(copy(tmp_path))
    assert found(data) == [("unit-split", ["council-posts", "gazette-jobs"], False)]
    (f,) = data["findings"]
    assert f["severity"] == "warning" and (f["file"], f["line"]) == ("claims/claims.yaml", 2)
    assert "counted in posts and jobs" in f["message"]
    assert "85 posts (council-posts, council); 95 jobs (gazette-jobs, paper)" in f["message"]
    assert "give them one unit" in f["message"]
    assert code == 0
    code, _ = verify_json(copy(tmp_path / "strict"), "--strict")
    assert code == 1


def test_one_unit_turns_the_split_into_the_contradiction_it_hid(tmp_path: Path) -> None:
    root = copy(tmp_path)
    path = root / "claims" / "claims.yaml"
    path.write_text(path.read_text().replace("unit: jobs", "unit: posts"))
    _, data = verify_json(root)
    assert found(data) == [("contradiction", ["council-posts", "gazette-jobs"], False)]


def test_other_periods_and_units_alike_are_no_split(tmp_path: Path) -> None:
    root = copy(tmp_path)
    path = root / "claims" / "claims.yaml"
    # the 2024 claim in another unit: another period, so no split
    path.write_text(
        path.read_text().replace(
            'unit: posts\n    measure: posts-cut\n    scope: test-council\n    period: "2024"',
            'unit: jobs\n    measure: posts-cut\n    scope: test-council\n    period: "2024"',
        )
    )
    text = path.read_text()
    assert text.count("unit: jobs") == 2
    _, data = verify_json(root)
    assert [c for c, _, _ in found(data)] == ["unit-split"]


@pytest.mark.parametrize(
    ("gazette", "split"),
    [
        ("value: 85\n    unit: jobs", False),  # agree: one thing in two words
        ("value: 90\n    qualifier: about\n    unit: jobs", False),  # about 90 allows 85
        ("value: 95\n    unit: jobs", True),
        ("value: 0.85\n    unit: share", True),  # 85% of what? not 85 posts
    ],
)
def test_only_figures_that_could_not_agree_are_reported(
    tmp_path: Path, gazette: str, split: bool
) -> None:
    root = copy(tmp_path)
    path = root / "claims" / "claims.yaml"
    text = path.read_text()
    assert text.count("value: 95\n    unit: jobs") == 1
    path.write_text(text.replace("value: 95\n    unit: jobs", gazette))
    _, data = verify_json(root)
    got = [c for c, _, _ in found(data) if c == "unit-split"]
    assert got == (["unit-split"] if split else [])


def test_a_share_is_compared_as_its_per_cent(tmp_path: Path) -> None:
    root = copy(tmp_path)
    path = root / "claims" / "claims.yaml"
    text = path.read_text().replace("value: 85\n    unit: posts", "value: 85\n    unit: percent")
    path.write_text(text.replace("value: 95\n    unit: jobs", "value: 0.85\n    unit: share"))
    _, data = verify_json(root)
    assert "unit-split" not in [c for c, _, _ in found(data)]


def test_a_split_accepted_with_its_reason(tmp_path: Path) -> None:
    root = copy(tmp_path)
    path = root / "claims" / "claims.yaml"
    text = path.read_text().replace(
        '    quote: "The council will cut 95 jobs this year"\n',
        '    quote: "The council will cut 95 jobs this year"\n'
        "    accept:\n"
        "      - code: unit-split\n"
        "        reason: The Gazette counts jobs, not posts; some posts are shared.\n",
    )
    path.write_text(text)
    code, data = verify_json(root, "--strict")
    assert found(data) == [("unit-split", ["council-posts", "gazette-jobs"], True)]
    assert code == 0
