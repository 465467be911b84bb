"""desertcheck.toml as a data editor writes it: every command reports a broken file, and
each mistake is named where it is, with its mend."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from desertcheck.cli import app
from desertcheck.config import load_config


def _append(root: Path, toml: str) -> None:
    path = root / "desertcheck.toml"
    path.write_text(path.read_text(encoding="utf-8") + toml, encoding="utf-8")


@pytest.mark.parametrize("fmt", ["table", "csv", "json"])
@pytest.mark.parametrize("broken", ["\n[verify]\ntolerance = 5\n", "\n[verify\n"])
def test_list_reports_a_broken_config_and_exits_1(
    runner: CliRunner, shipped_copy: Path, fmt: str, broken: str
) -> None:
    _append(shipped_copy, broken)
    result = runner.invoke(app, ["list", "--root", str(shipped_copy), "--format", fmt])
    assert result.exit_code == 1, result.output
    assert "desertcheck.toml:" in result.stderr
    assert "[invalid-config]" in result.stderr
    ((line, message),) = [(f.line, f.message) for f in load_config(shipped_copy)[1]]
    assert f"desertcheck.toml:{line}:" in result.stderr and message in result.stderr
    if fmt == "json":
        assert '"invalid-config"' in result.stdout


def test_list_of_a_sound_config_exits_0(runner: CliRunner, shipped_copy: Path) -> None:
    result = runner.invoke(app, ["list", "--root", str(shipped_copy), "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert result.stderr == ""


def _messages(root: Path, toml: str) -> list[tuple[int, str]]:
    (root / "desertcheck.toml").write_text(toml, encoding="utf-8")
    _, findings = load_config(root)
    assert all(f.code == "invalid-config" for f in findings)
    return [(f.line, f.message) for f in findings]


# audit's verdicts, which [verify] would take and audit never follow: (toml, line)
AUDIT_CODES = [
    ('[verify.severity]\nunsourced = "error"\n', 2),
    ('[verify.severity]\ncontradiction = "error"\nmismatch = "info"\n', 3),
    ('[verify]\nignore = [\n  "series-decrease",\n  "unsourced",\n]\n', 4),
    ('[verify]\nignore = ["empty-draft"]\n', 2),
]


@pytest.mark.parametrize(("toml", "line"), AUDIT_CODES)
def test_audit_verdicts_are_refused_in_verify_settings(
    tmp_path: Path, toml: str, line: int
) -> None:
    ((got_line, message),) = _messages(tmp_path, toml)
    assert got_line == line
    assert "is audit's, about a draft" in message
    assert "[audit]" in message and "audit --strict" in message


def test_verify_codes_stay_allowed(tmp_path: Path) -> None:
    toml = '[verify]\nignore = ["series-decrease"]\n[verify.severity]\ncontradiction = "error"\n'
    assert _messages(tmp_path, toml) == []


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_a_byte_order_mark_is_read_as_the_yaml_loader_reads_it(
    tmp_path: Path, newline: str
) -> None:
    toml = newline.join(["# the desk's settings", "[verify]", "tolerance = 0.05", ""])
    (tmp_path / "desertcheck.toml").write_bytes(b"\xef\xbb\xbf" + toml.encode())
    config, findings = load_config(tmp_path)
    assert findings == []
    assert config.tolerance == 0.05


def test_a_byte_order_mark_keeps_the_lines_of_findings(tmp_path: Path) -> None:
    toml = "[verify]\ntolerance = 5\n"
    (tmp_path / "desertcheck.toml").write_bytes(b"\xef\xbb\xbf" + toml.encode())
    _, findings = load_config(tmp_path)
    assert [(f.line, f.message[:14]) for f in findings] == [(2, "tolerance = 5:")]


# one mistake in a vocabulary entry: (entry as written, slug it declares, message fragment)
BAD_ENTRIES = [
    ("desertions = 12", "desertions", 'write its description as text, desertions = "..."'),
    ('desertions = "  "', "desertions", "write its description as text"),
    ('Desertions = "Soldiers who left"', "desertions", "not a slug: write it desertions ("),
    ('desertion_cases = "Cases opened"', "desertion-cases", "write it desertion-cases ("),
    ('"war deaths" = "Deaths"', "war-deaths", "not a slug: write it war-deaths ("),
]


@pytest.mark.parametrize(("entry", "slug", "fragment"), BAD_ENTRIES)
def test_a_bad_vocabulary_entry_still_declares_its_slug(
    tmp_path: Path, entry: str, slug: str, fragment: str
) -> None:
    toml = f'[vocabulary.measures]\nother = "Another"\n{entry}\n'
    ((line, message),) = _messages(tmp_path, toml)
    assert line == 3 and fragment in message
    config, _ = load_config(tmp_path)
    assert config.vocabulary.measures is not None
    assert slug in config.vocabulary.measures
    assert config.vocabulary.measures["other"] == "Another"


def test_an_unreadable_key_declares_nothing(tmp_path: Path) -> None:
    ((_, message),) = _messages(tmp_path, '[vocabulary.measures]\n"!!" = "x"\n')
    assert "is not a slug: use lowercase letters" in message
    config, _ = load_config(tmp_path)
    assert config.vocabulary.measures == {}


def test_one_bad_vocabulary_entry_is_one_error_not_one_per_claim(
    runner: CliRunner, shipped_copy: Path
) -> None:
    from desertcheck.registry import load_registry

    claims = load_registry(shipped_copy).registry.claims
    measures = sorted({c.measure for c in claims})
    assert sum(c.measure == "desertions" for c in claims) > 1
    entries = "".join(
        f"{m} = 12\n" if m == "desertions" else f'{m} = "the {m}"\n' for m in measures
    )
    _append(shipped_copy, "\n[vocabulary.measures]\n" + entries)
    result = runner.invoke(app, ["verify", "--root", str(shipped_copy), "--quiet"])
    assert result.exit_code == 1
    assert "vocabulary-undeclared" not in result.stdout
    assert result.stdout.count("[invalid-config]") == 1
    assert "1 error," in result.stdout


DRIFT = Path(__file__).parent / "fixtures" / "verify" / "attribution-drift"


# the unit of the retelling "some 16,000 soldiers were prosecuted in 2024" (the origin's
# figure is "some 16,000 people ... since 2022"), and whether it is still a retelling
@pytest.mark.parametrize(
    ("unit", "retold"),
    [
        ("people", True),
        ("soldiers", True),
        ("servicemen", True),
        ("cases", True),
        ("percent", False),
        ("years", False),
        ("GBP", False),
        ("people-per-month", False),
    ],
)
def test_a_retelling_in_another_word_for_what_is_counted_still_drifts(
    runner: CliRunner, tmp_path: Path, unit: str, retold: bool
) -> None:
    import json
    import shutil

    root = tmp_path / "reg"
    shutil.copytree(DRIFT, root)
    claims = root / "claims" / "claims.yaml"
    text = claims.read_text(encoding="utf-8")
    at = text.index("id: prosecutions-2024")
    text = text[:at] + text[at:].replace("unit: people", f"unit: {unit}", 1)
    claims.write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["verify", "--root", str(root), "--format", "json"])
    drifts = [f for f in json.loads(result.stdout)["findings"] if f["code"] == "attribution-drift"]
    assert bool(drifts) is retold, result.stdout
    if retold:
        assert sorted(drifts[0]["claims"]) == ["prosecutions-2024", "prosecutions-since-2022"]


RELATION = Path(__file__).parent / "fixtures" / "verify" / "relation-violated"


# the relation's parts as written, a claim id misspelt, and the (line, column) of the item
# that names it: each item of a block list at its own line, of a flow list at its column
@pytest.mark.parametrize(
    ("parts", "typo", "where"),
    [
        ("\n      - north\n      - south\n      - east", "south", (48, 9)),
        ("\n      - north\n      - south\n      - east", "east", (49, 9)),
        ("\n      - north\n      - south\n      - east", "north", (47, 9)),
        (" [north, south, east]", "east", (46, 27)),
    ],
)
def test_a_missing_part_is_placed_at_the_item_that_names_it(
    runner: CliRunner, tmp_path: Path, parts: str, typo: str, where: tuple[int, int]
) -> None:
    import json
    import shutil

    root = tmp_path / "reg"
    shutil.copytree(RELATION, root)
    claims = root / "claims" / "claims.yaml"
    text = claims.read_text(encoding="utf-8")
    first = "    parts: [north, south, east]\n"
    assert first in text
    written = parts.replace(typo, typo + "-2042")
    claims.write_text(text.replace(first, f"    parts:{written}\n", 1), encoding="utf-8")
    result = runner.invoke(app, ["verify", "--root", str(root), "--format", "json"])
    (missing,) = [f for f in json.loads(result.stdout)["findings"] if f["code"] == "unknown-claim"]
    assert missing["claims"] == [typo + "-2042"]
    assert (missing["line"], missing["column"]) == where


def test_init_config_shows_every_table_and_each_works_uncommented(
    runner: CliRunner, tmp_path: Path
) -> None:
    import re
    import tomllib

    from desertcheck.config import _TABLES

    root = tmp_path / "reg"
    assert runner.invoke(app, ["init", str(root)]).exit_code == 0
    written = (root / "desertcheck.toml").read_text(encoding="utf-8")
    setting = re.compile(r"# ((?:\[\[?[a-z.]+\]\]?|[a-z-]+ = ).*)$")
    toml = "\n".join(m[1] for line in written.splitlines() if (m := setting.match(line)))
    data = tomllib.loads(toml)
    assert set(data) == set(_TABLES)
    assert set(data["vocabulary"]) == {"measures", "scopes"}
    assert set(data["audit"]) == {"min-score", "synonyms"}
    assert {"author", "url"} <= set(data["claimreview"])
    (root / "desertcheck.toml").write_text(toml, encoding="utf-8")
    config, findings = load_config(root)
    assert findings == []
    assert config.vocabulary.measures and config.audit_synonyms and config.claimreview_url
    result = runner.invoke(app, ["verify", "--root", str(root), "--quiet"])
    assert "vocabulary-undeclared" not in result.stdout, result.stdout


# desertcheck.toml, what is missing, and the lines offered to paste (the header only when
# the file has no [claimreview] table: a second one is a TOML error)
CLAIMREVIEW = [
    (None, ["[claimreview]", 'author = "Example Fact Desk"', 'url = "https://factcheck.ex']),
    ('[claimreview]\nauthor = "Desk"\n', ['url = "https://factcheck.example.org/claims/"']),
    ('[claimreview]\nurl = "https://x.org/"\n', ['author = "Example Fact Desk"']),
    ("[verify]\ntolerance = 0.1\n", ["[claimreview]", 'author = "Example Fact Desk"', "url"]),
]


@pytest.mark.parametrize(("toml", "offered"), CLAIMREVIEW)
def test_claimreview_offers_only_the_lines_that_are_missing(
    runner: CliRunner, tmp_path: Path, toml: str | None, offered: list[str]
) -> None:
    import tomllib

    from desertcheck.cli import app as the_app

    root = tmp_path / "reg"
    assert runner.invoke(the_app, ["init", str(root)]).exit_code == 0
    (root / "desertcheck.toml").unlink()
    if toml is not None:
        (root / "desertcheck.toml").write_text(toml, encoding="utf-8")
    r = runner.invoke(the_app, ["export", "--root", str(root), "--format", "claimreview"])
    assert r.exit_code == 2
    lines = r.stderr.splitlines()
    note = next(i for i, line in enumerate(lines) if "note: add these lines" in line)
    pasted = lines[note + 1 :]
    assert len(pasted) == len(offered)
    assert all(line.startswith(want) for line, want in zip(pasted, offered, strict=True))
    # pasted at the end of the file as it is, it is valid TOML with both keys set
    table = tomllib.loads((toml or "") + "\n".join(pasted) + "\n")["claimreview"]
    assert {"author", "url"} <= set(table)


# small words of config messages: (toml, fragment that must be there, one that must not)
WORDING = [
    (
        '[verify]\nignore = ["unknown-source"]\n',
        "unknown-source cannot be ignored: it names an id that is not in the registry",
        "did not load",
    ),
    (
        '[verify]\nignore = ["yaml-syntax"]\n',
        "yaml-syntax cannot be ignored: the file it concerns did not load",
        "names an id",
    ),
    ('[verify]\ntolerance = "5%"\n', 'tolerance = "5%": write a number', "'5%'"),
    ("[verify]\ntolerance = '5%'\n", 'tolerance = "5%": write a number', "'5%'"),
    (
        "[verify]\ntolerance = 0.1\n[verify\n",
        "(until it is mended, no setting of the file is read)",
        "column",
    ),
]


@pytest.mark.parametrize(("toml", "said", "unsaid"), WORDING)
def test_config_messages_say_what_is_so(tmp_path: Path, toml: str, said: str, unsaid: str) -> None:
    ((_, message),) = _messages(tmp_path, toml)
    assert said in message and unsaid not in message, message


def test_audit_with_a_broken_config_does_not_say_the_registry_did_not_load(
    runner: CliRunner, shipped_copy: Path, tmp_path: Path
) -> None:
    _append(shipped_copy, "\n[verify]\ntolerance = 5\n")
    draft = tmp_path / "d.md"
    draft.write_text("Some 777 soldiers fled in 2024.\n", encoding="utf-8")
    r = runner.invoke(app, ["audit", str(draft), "--root", str(shipped_copy)])
    assert r.exit_code == 1
    said = r.stdout + r.stderr
    assert "did not load fully" not in said
    assert "desertcheck.toml has errors (see below): the defaults are used" in said


@pytest.mark.usefixtures("cache_on")
@pytest.mark.parametrize(
    "args",
    [
        ["--no-cache", "verify", "--quiet"],
        ["verify", "--quiet", "--no-cache"],
        ["--no-cache", "list", "--format", "csv"],
    ],
)
def test_no_cache_is_taken_before_the_command_too(
    runner: CliRunner, shipped_copy: Path, args: list[str]
) -> None:
    result = runner.invoke(app, [*args, "--root", str(shipped_copy)])
    assert result.exit_code == 0, result.output
    assert not (shipped_copy / ".desertcheck-cache").exists()
    # the same run without it keeps its cache there
    kept = [a for a in args if a != "--no-cache"]
    assert runner.invoke(app, [*kept, "--root", str(shipped_copy)]).exit_code == 0
    assert (shipped_copy / ".desertcheck-cache").exists()


def test_a_sound_entry_keeps_its_description_beside_a_bad_one_of_its_slug(
    tmp_path: Path,
) -> None:
    toml = '[vocabulary.measures]\nDesertions = "wrong"\ndesertions = "Soldiers who left"\n'
    assert [line for line, _ in _messages(tmp_path, toml)] == [2]
    config, _ = load_config(tmp_path)
    assert config.vocabulary.measures == {"desertions": "Soldiers who left"}
