"""One vocabulary: near-duplicate slugs, a declared vocabulary, and `desertcheck vocab`."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desertcheck.checks.vocabulary_near_duplicate import how_near, near_pairs, one_edit_apart
from desertcheck.cli import app
from desertcheck.config import load_config

from .conftest import FIXTURES, PROJECT, cli_runner

NEAR = FIXTURES / "verify" / "vocabulary-near-duplicate"


def verify_json(root: Path, *args: str) -> tuple[int, dict]:
    r = cli_runner().invoke(app, ["verify", "--root", str(root), "-f", "json", *args])
    return r.exit_code, json.loads(r.stdout)


def codes(data: dict) -> list[tuple[str, list[str]]]:
    return [(f["code"], f["claims"]) for f in data["findings"] if f["severity"] != "info"]


def test_a_one_letter_slug_typo_no_longer_hides_a_contradiction(tmp_path: Path) -> None:
    """The case of the issue: `area-burnt` on one claim took a real contradiction out of
    verify without a word. Now the near duplicate is reported in its place."""
    root = tmp_path / "r"
    shutil.copytree(NEAR, root)
    _, data = verify_json(root)
    assert codes(data) == [("vocabulary-near-duplicate", ["ministry-area", "independent-area"])]
    path = root / "claims" / "claims.yaml"
    path.write_text(path.read_text().replace("area-burnt", "area-burned"))
    _, data = verify_json(root)
    assert codes(data) == [("contradiction", ["ministry-area", "independent-area"])]


@pytest.mark.parametrize(
    ("a", "b", "how"),
    [
        ("area-burned", "area-burnt", "plural"),
        ("desertion", "desertions", "plural"),
        ("russian-army", "army-russian", "order"),
        ("war-casualties", "war-casualty", "plural"),
        ("mobilisation", "mobilization", "plural"),
        ("defence-spending", "defense-spending", "letter"),
        ("labour-camps", "labor-camps", "plural"),
        ("prosecutions", "prosecutoins", "letter"),
        ("convictions", "convicitons", "letter"),
        ("soldier", "soldiers", "plural"),
        ("russian-armed-forces", "russian-arm-forces", "plural"),
    ],
)
def test_near_duplicates(a: str, b: str, how: str) -> None:
    found = how_near(a, b)
    assert found is not None and how_near(b, a) is not None
    word = {"plural": "plural", "order": "order", "letter": "letter"}[how]
    assert word in found or (how == "letter" and found)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("district-1", "district-2"),  # numbers differ
        ("cases-2023", "cases-2024"),
        ("men", "women"),
        ("man", "men"),  # one letter, but too short to tell a slip from a word
        ("desertions", "convictions"),
        ("prosecutions", "persecutions"),  # two letters: another word
        ("russian-army", "russian-navy"),
        ("desertion-cases", "desertion-convictions"),
        ("deaths", "births"),
        # currency codes are upper case: their words were read as none, so any two were
        # "the same words in another order"
        ("EUR", "GBP"),
        ("USD", "RUB"),
    ],
)
def test_not_near_duplicates(a: str, b: str) -> None:
    assert how_near(a, b) is None


SLUG = st.from_regex(r"[a-z]{1,8}(-[a-z0-9]{1,6}){0,2}", fullmatch=True)


@given(st.lists(SLUG, max_size=30, unique=True))
def test_near_pairs_finds_exactly_the_near_pairs(slugs: list[str]) -> None:
    """The bucketed search finds what comparing every pair would, each pair once."""
    expected = {
        frozenset((a, b))
        for i, a in enumerate(slugs)
        for b in slugs[i + 1 :]
        if how_near(a, b) is not None
    }
    found = [frozenset((a, b)) for a, b, _ in near_pairs(slugs)]
    assert len(found) == len(set(found))
    assert set(found) == expected


@given(SLUG, st.integers(0, 20), st.sampled_from("abcxyz"))
def test_one_edit_apart_matches_its_definition(word: str, at: int, letter: str) -> None:
    i = at % (len(word) + 1)
    inserted = word[:i] + letter + word[i:]
    assert one_edit_apart(word, inserted) and one_edit_apart(inserted, word)
    if i < len(word) and word[i] != letter:
        assert one_edit_apart(word, word[:i] + letter + word[i + 1 :])
    if i + 1 < len(word) and word[i] != word[i + 1]:
        assert one_edit_apart(word, word[:i] + word[i + 1] + word[i] + word[i + 2 :])
    assert not one_edit_apart(word, word)
    assert not one_edit_apart(word, word + "ab")


def test_the_shipped_registry_has_no_near_duplicates() -> None:
    _, data = verify_json(PROJECT)
    assert "vocabulary-near-duplicate" not in {f["code"] for f in data["findings"]}


# -- a declared vocabulary ----------------------------------------------------------------

DECLARED = """
[vocabulary.measures]
area-burned = "Land burned by wildfires, in hectares"
firefighter-calls = "Calls answered by firefighters"

[vocabulary.scopes]
national-forests = "The forests the national agency manages"
"""


def test_a_declared_vocabulary_rejects_an_undeclared_slug(tmp_path: Path) -> None:
    root = tmp_path / "r"
    shutil.copytree(NEAR, root)
    (root / "desertcheck.toml").write_text(DECLARED)
    code, data = verify_json(root)
    assert code == 1
    [found] = [f for f in data["findings"] if f["code"] == "vocabulary-undeclared"]
    assert found["claims"] == ["independent-area"] and found["severity"] == "error"
    assert (found["file"], found["line"]) == ("claims/claims.yaml", 16)
    assert "measure 'area-burnt'" in found["message"]
    assert "(did you mean 'area-burned'?)" in found["message"]


def test_only_the_declared_field_is_checked(tmp_path: Path) -> None:
    root = tmp_path / "r"
    shutil.copytree(NEAR, root)
    (root / "desertcheck.toml").write_text('[vocabulary.scopes]\nnational-forests = "x"\n')
    _, data = verify_json(root)
    assert "vocabulary-undeclared" not in {f["code"] for f in data["findings"]}


@pytest.mark.parametrize(
    ("toml", "line", "message"),
    [
        ('[vocabulary.measures]\nArea_Burned = "x"\n', 2, "'Area_Burned' in [vocabulary.measures]"),
        ("[vocabulary.measures]\narea-burned = 3\n", 2, "write its description as text"),
        ('[vocabulary.measures]\narea-burned = " "\n', 2, "write its description as text"),
        ('[vocabulary]\nmeasures = ["a"]\n', 2, "measures: write a table [vocabulary.measures]"),
        ('[vocabulary]\nunits = {a = "b"}\n', 2, "unknown key 'units' in [vocabulary]"),
    ],
)
def test_vocabulary_config_errors(tmp_path: Path, toml: str, line: int, message: str) -> None:
    (tmp_path / "desertcheck.toml").write_text(toml)
    _, findings = load_config(tmp_path)
    assert [(f.code, f.line) for f in findings] == [("invalid-config", line)]
    assert message in findings[0].message


def test_vocabulary_config_is_read(tmp_path: Path) -> None:
    (tmp_path / "desertcheck.toml").write_text(DECLARED)
    config, findings = load_config(tmp_path)
    assert findings == []
    assert config.vocabulary.description("measure", "area-burned") == (
        "Land burned by wildfires, in hectares"
    )
    assert config.vocabulary.scopes == {
        "national-forests": "The forests the national agency manages"
    }
    assert config.vocabulary.description("scope", "elsewhere") is None


# -- descriptions and `desertcheck vocab` --------------------------------------------------

CONTRADICTION = FIXTURES / "verify" / "contradiction"
DESCRIBED = """
[vocabulary.measures]
desertions = "Soldiers who left their unit without leave"
convictions = "Soldiers convicted by military courts"
unused-measure = "Declared, not yet used"

[vocabulary.scopes]
army = "The army, all branches"
"""


@pytest.fixture
def described(tmp_path: Path) -> Path:
    root = tmp_path / "r"
    shutil.copytree(CONTRADICTION, root)
    (root / "desertcheck.toml").write_text(DESCRIBED)
    return root


def invoke(*args: str):
    return cli_runner().invoke(app, list(args), env={"COLUMNS": "200"})


def test_descriptions_show_in_show_export_and_the_report(described: Path) -> None:
    root = str(described)
    show = invoke("show", "--root", root, "desertions").stdout
    assert "desertions — Soldiers who left their unit without leave" in show
    assert "army — The army, all branches" in show
    report = invoke("verify", "--root", root).stdout
    assert "measure desertions (Soldiers who left their unit without leave)" in report
    data = json.loads(invoke("export", "--root", root).stdout)
    assert data["vocabulary"]["scopes"] == {"army": "The army, all branches"}
    sheet = invoke("export", "--root", root, "-f", "markdown").stdout
    assert "## Desertions\n\n*Soldiers who left their unit without leave*\n" in sheet


def test_export_has_no_vocabulary_when_none_is_declared() -> None:
    data = json.loads(invoke("export", "--root", str(CONTRADICTION)).stdout)
    assert "vocabulary" not in data


def test_vocab_lists_every_field_with_counts_claims_and_descriptions(described: Path) -> None:
    r = invoke("vocab", "--root", str(described), "-f", "json")
    assert r.exit_code == 0
    data = json.loads(r.stdout)
    assert list(data) == ["schema", "measures", "scopes", "units", "tags", "origins", "findings"]
    measures = {t["slug"]: t for t in data["measures"]}
    assert measures["desertions"] == {
        "slug": "desertions",
        "count": 2,
        "claims": ["desertions", "desertions-other"],
        "description": "Soldiers who left their unit without leave",
        "declared": True,
    }
    assert measures["unused-measure"]["count"] == 0
    assert [t["slug"] for t in data["units"]] == ["soldiers"]
    assert data["units"][0]["declared"] is None  # units have no declared vocabulary
    assert [t["slug"] for t in data["origins"]] == ["test-study"]
    assert data["findings"] == []


def test_vocab_reports_near_duplicates_and_undeclared_slugs(tmp_path: Path) -> None:
    root = tmp_path / "r"
    shutil.copytree(NEAR, root)
    r = invoke("vocab", "--root", str(root))
    assert r.exit_code == 0
    assert "area-burnt" in r.stdout and "[vocabulary-near-duplicate]" in r.stdout
    assert r.stdout.splitlines()[-1] == (
        "3 measures, 1 scope, 2 units, 0 tags, 0 origins; 1 near duplicate, 0 undeclared"
    )
    assert invoke("vocab", "--root", str(root), "--strict").exit_code == 1
    (root / "desertcheck.toml").write_text(DECLARED)
    r = invoke("vocab", "--root", str(root))
    assert r.exit_code == 1 and "(not declared)" in r.stdout
    assert r.stdout.splitlines()[-1].endswith("1 undeclared")


def test_vocab_on_the_shipped_registry() -> None:
    r = invoke("vocab", "--root", str(PROJECT), "-f", "json")
    assert r.exit_code == 0
    data = json.loads(r.stdout)
    measures = {t["slug"]: t["count"] for t in data["measures"]}
    assert measures["desertions"] == 9
    assert sum(t["count"] for t in data["measures"]) == 63


@pytest.mark.parametrize("width", [60, 80, 120])
def test_vocab_in_a_narrow_terminal_never_cuts_an_id(width: int) -> None:
    """Below 140 columns the slugs are listed, their claims wrapped at spaces: in a table
    the long slugs left "used by" 16 columns, which cut every claim id in pieces."""
    from .conftest import PROJECT, cli_runner

    result = cli_runner().invoke(
        app, ["vocab", "--root", str(PROJECT)], env={"COLUMNS": str(width), "FORCE_COLOR": "1"}
    )
    plain = [re.sub(r"\x1b\[[0-9;]*m", "", line) for line in result.stdout.splitlines()]
    assert all(len(line) <= width and line == line.rstrip() for line in plain)
    words = {w.strip(",") for line in plain for w in line.split()}
    ids = json.loads(
        cli_runner().invoke(app, ["list", "--root", str(PROJECT), "-f", "json"]).stdout
    )
    shown = [c["id"] for c in ids["claims"] if c["id"] in " ".join(plain)]
    assert shown and all(cid in words for cid in shown)


@pytest.mark.parametrize(
    ("value", "qualifier", "unit", "said"),
    [
        ((1_000_000.0, 9_999_999.0), "exactly", "people", "millions of people"),
        ((10_000.0, 99_999.0), "exactly", "cases", "tens of thousands of cases"),
        ((100_000.0, 999_999.0), "over", "soldiers", "over hundreds of thousands of soldiers"),
        # a range that is not a vague amount's keeps its digits
        ((700.0, 800.0), "exactly", "convictions", "700–800 convictions"),
        ((1_000_000.0, 2_000_000.0), "exactly", "people", "1–2 million people"),
        ((10_000.0, 99_998.0), "exactly", "cases", "10,000–99,998 cases"),
        (50_000.0, "over", "soldiers", "over 50,000 soldiers"),
    ],
)
def test_a_vague_amount_is_said_in_its_words(
    value: float | tuple[float, float], qualifier: str, unit: str, said: str
) -> None:
    """ "displaced millions" is read as 1,000,000–9,999,999: shown in digits, the fact sheet
    claimed a precision the source never gave."""
    from desertcheck.vocabulary import figure_text

    assert figure_text(value, qualifier, unit) == said


def test_of_two_slugs_as_common_the_one_its_claims_do_not_say_is_the_slip(
    tmp_path: Path,
) -> None:
    """One claim each: the finding stood at the first in file order, here the correctly
    spelt one; it now stands at the slug whose words its claims' text does not use."""
    (tmp_path / "sources").mkdir()
    (tmp_path / "claims").mkdir()
    (tmp_path / "sources" / "police.md").write_text(
        "---\ntitle: Annual report\npublisher: Test Police\nlanguage: en\n---\n"
        "Knife crime offences rose to 214 in 2024, from 187 in 2023.\n",
        encoding="utf-8",
    )
    claims = "claims:\n"
    for cid, measure, year, value in (
        ("knife-2024", "knife-crime", "2024", 214),
        ("knife-2023", "knfie-crime", "2023", 187),
    ):
        claims += (
            f"  - id: {cid}\n    statement: There were {value} knife crime offences in {year}.\n"
            f"    value: {value}\n    unit: offences\n    measure: {measure}\n    scope: s\n"
            f"    period: '{year}'\n    source: police\n    quote: '{value}'\n"
        )
    (tmp_path / "claims" / "claims.yaml").write_text(claims, encoding="utf-8")
    _, data = verify_json(tmp_path, "--no-cache")
    [f] = [f for f in data["findings"] if f["code"] == "vocabulary-near-duplicate"]
    assert f["claims"][0] == "knife-2023" and f["line"] == 15  # its measure
    assert f["message"].startswith("measures 'knfie-crime' and 'knife-crime'")


def test_the_slugs_of_a_field_are_each_value_once_in_the_order_first_met() -> None:
    from types import SimpleNamespace

    from desertcheck.checks.vocabulary_near_duplicate import _slugs

    claims = [
        SimpleNamespace(measure="b", tags=("x", "y")),
        SimpleNamespace(measure="a", tags=()),
        SimpleNamespace(measure="b", tags=("z", "x")),
    ]
    assert _slugs(claims, "measure") == ["b", "a"]  # type: ignore[arg-type]
    assert _slugs(claims, "tags") == ["x", "y", "z"]  # type: ignore[arg-type]
