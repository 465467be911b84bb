"""``export --format claimreview``: schema.org ClaimReview as Google's fact-check guidance
asks, and never a review of a claim that fails verify."""

from __future__ import annotations

import json
import shutil
import tomllib
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desertcheck import claimreview as cr
from desertcheck.cli import app
from desertcheck.registry import load_registry

from .conftest import PROJECT, cli_runner

CONFIG = '[claimreview]\nauthor = "Example Fact Desk"\nurl = "https://factcheck.example.org/c/"\n'
CONTRADICTION = PROJECT / "tests" / "fixtures" / "verify" / "contradiction"


def invoke(*args: str | Path, env: dict[str, str] | None = None) -> Any:
    return cli_runner().invoke(app, [str(a) for a in args], env=env, catch_exceptions=False)


@pytest.mark.parametrize(
    ("text", "keep", "expected"),
    [
        ("Short claim.", 0, "Short claim."),
        ("x" * 74, 0, "x" * 74),
        ("x" * 75, 0, "x" * 75),  # no clause to end at: whole (75 is a recommendation)
        ("  spaced\n\tout  ", 0, "spaced out"),
        # found in a user trial: a word cut dropped the figure ("had received criminal…")
        (
            "By the end of May 2025, Russian military courts had received criminal cases "
            "against 20,662 men related to refusal to serve.",
            108,
            "By the end of May 2025, Russian military courts had received criminal cases "
            "against 20,662 men related to refusal to serve.",
        ),
        # never at a comma, which may cut a list short ("desertion, refusal to fight")
        ("Over 5,000 cases were opened, " + "a" * 60, 10, None),
        # at the end of the sentence or clause that holds the figure
        ("Over 5,000 cases were opened. " + "A" * 60, 10, "Over 5,000 cases were opened…"),
        ("Over 5,000 cases were opened; " + "a" * 60, 10, "Over 5,000 cases were opened…"),
        ("Over 5,000 cases — " + "a" * 60, 10, "Over 5,000 cases…"),
        # but not before the figure, nor when the figure is unknown
        ("Cases were opened. " + "A" * 50 + " 5,000 soldiers", 74, None),
        ("Over 5,000 cases were opened. " + "A" * 60, None, None),
        # a full stop inside a sentence ("approx. 5,000") is not its end
        ("Over 5,000 cases, approx. " + "a" * 60, 10, None),
    ],
)
def test_claim_reviewed(text: str, keep: int | None, expected: str | None) -> None:
    out = cr.claim_reviewed(text, keep)
    assert out == (expected if expected is not None else cr.flat(text))


@given(
    st.text(alphabet=st.sampled_from("ab Cd,.;\n–5"), max_size=200),
    st.integers(min_value=0, max_value=200),
)
def test_claim_reviewed_properties(text: str, keep: int) -> None:
    out = cr.claim_reviewed(text, keep)
    flat = " ".join(text.split())
    if len(flat) <= cr.CLAIM_REVIEWED_MAX:
        assert out == flat
    elif out != flat:  # cut: under 75, after the kept figure, at a clause's end
        assert len(out) <= cr.CLAIM_REVIEWED_MAX < 75 and out.endswith("…")
        kept = out[:-1]
        assert flat.startswith(kept) and len(kept) >= keep
        assert flat[len(kept)] in " .;:–"


def test_json_ld_is_safe_in_a_script_element() -> None:
    text = cr.json_ld({"a": "</script><!-- & \u2028"})
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text
    assert json.loads(text) == {"a": "</script><!-- & \u2028"}


def _with_config(root: Path, config: str = CONFIG) -> Path:
    (root / "desertcheck.toml").write_text(config, encoding="utf-8")
    return root


def test_claimreview_on_the_shipped_registry(shipped_copy: Path) -> None:
    root = _with_config(shipped_copy)
    loaded = load_registry(root)
    r = invoke("export", "--root", root, "--format", "claimreview")
    assert r.exit_code == 0, r.stderr
    items = json.loads(r.stdout)
    assert len(items) == len(loaded.registry.claims)  # the shipped registry passes verify
    for item, claim in zip(items, loaded.registry.claims, strict=True):
        assert item["@context"] == "https://schema.org" and item["@type"] == "ClaimReview"
        assert item["url"] == "https://factcheck.example.org/c/" + claim.id
        statement = cr.flat(claim.statement)
        reviewed_text = item["claimReviewed"]
        # the statement whole, or cut under 75 after its figure (never losing it)
        assert reviewed_text == statement or (
            len(reviewed_text) < 75
            and statement.startswith(reviewed_text[:-1])
            and len(reviewed_text) > (cr.figure_end(claim, statement) or 10**6)
        )
        assert item["author"] == {
            "@type": "Organization",
            "name": "Example Fact Desk",
            "url": "https://factcheck.example.org/",
        }
        rating = item["reviewRating"]
        assert rating["@type"] == "Rating"
        assert (rating["bestRating"], rating["worstRating"]) == (3, 1)
        assert rating["alternateName"] in {r.name for r in cr.RATINGS.values()}
        assert item["datePublished"] == date.today().isoformat()  # always, today by default
        meta = loaded.registry.sources[claim.source].meta
        reviewed = item["itemReviewed"]
        assert reviewed["@type"] == "Claim"
        # a named author is a person (found in a user trial: the blog's author was an
        # Organization "Christian Baghai (blog)"); else the publisher speaks
        expected = (
            {"@type": "Person", "name": meta.author}
            if meta.author
            else {"@type": "Organization", "name": meta.publisher}
        )
        assert reviewed["author"] == expected
        appearance = reviewed["appearance"]
        assert appearance["@type"] == "CreativeWork"
        assert appearance.get("url") == meta.url
        if meta.published is None:
            assert "datePublished" not in reviewed and "datePublished" not in appearance
        else:
            assert reviewed["datePublished"] == str(meta.published)
        if claim.origin is None:
            assert "firstAppearance" not in reviewed  # never invented
        else:
            origin = loaded.registry.origins[claim.origin]
            assert reviewed["firstAppearance"]["headline"] == origin.title
            assert reviewed["firstAppearance"].get("url") == origin.url
    ratings = {i["reviewRating"]["alternateName"] for i in items}
    assert ratings == {"Accurately sourced", "Needs context"}
    assert any("url" not in i["itemReviewed"]["appearance"] for i in items)
    assert any("url" in i["itemReviewed"]["appearance"] for i in items)
    assert any("firstAppearance" in i["itemReviewed"] for i in items)


def test_claimreview_date_and_status(shipped_copy: Path) -> None:
    root = _with_config(shipped_copy)
    r = invoke(
        "export", "--root", root, "-f", "claimreview", "--status", "warning", "--date", "2025-11-02"
    )
    assert r.exit_code == 0, r.stderr
    items = json.loads(r.stdout)
    assert items and all(i["reviewRating"]["ratingValue"] == 2 for i in items)
    assert all(i["datePublished"] == "2025-11-02" for i in items)
    for bad in ("2025-13-01", "yesterday", "2025-1-2"):
        r = invoke("export", "--root", root, "-f", "claimreview", "--date", bad)
        assert r.exit_code == 2 and "YYYY-MM-DD" in r.stderr


def _broken_contradiction(tmp_path: Path) -> Path:
    """The contradiction fixture with one value mistyped: claim 'desertions' fails verify."""
    root = tmp_path / "r"
    shutil.copytree(CONTRADICTION, root)
    claims = root / "claims" / "claims.yaml"
    claims.write_text(claims.read_text().replace("value: ", "value: 1", 1), encoding="utf-8")
    return _with_config(root)


def test_a_claim_failing_verify_is_never_a_review(tmp_path: Path) -> None:
    """Found in review: a mistyped value published the source as 'not supported by its
    source'. The claim is left out, and named on stderr."""
    root = _broken_contradiction(tmp_path)
    r = invoke("export", "--root", root, "-f", "json")
    status = {c["id"]: c["status"] for c in json.loads(r.stdout)["claims"]}
    assert status["desertions"] == "error"
    r = invoke("export", "--root", root, "-f", "claimreview", "--date", "2026-01-01")
    assert r.exit_code == 0
    urls = [i["url"] for i in json.loads(r.stdout)]
    assert urls and not any(u.endswith("/desertions") for u in urls)
    assert "claim 'desertions' (claims/claims.yaml:2) fails verify" in r.stderr
    assert all(i["reviewRating"]["ratingValue"] >= 2 for i in json.loads(r.stdout))
    r = invoke("export", "--root", root, "-f", "claimreview", "--status", "error")
    assert json.loads(r.stdout) == [] and "'desertions'" in r.stderr


def test_per_claim_writes_one_page_a_review(tmp_path: Path) -> None:
    root = _broken_contradiction(tmp_path)
    out = tmp_path / "reviews"
    args = ["export", "--root", root, "-f", "claimreview", "--date", "2026-01-01"]
    r = invoke(*args, "--per-claim", out)
    assert r.exit_code == 0, r.stderr
    items = {i["url"].rsplit("/", 1)[1]: i for i in json.loads(r.stdout)}
    files = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in out.iterdir()}
    assert files == items and "desertions" not in files
    assert not [p for p in out.iterdir() if not p.name.endswith(".jsonld")]  # no temp files
    assert f"wrote {len(files)} ClaimReview files" in r.stderr
    (out / "stale.tmp").write_text("x")
    r = invoke(*args, "--per-claim", out / "stale.tmp")
    assert r.exit_code == 2 and "is a file" in r.stderr
    r = invoke("export", "--root", root, "-f", "json", "--per-claim", out)
    assert r.exit_code == 2 and "applies to --format claimreview only" in r.stderr


@pytest.mark.parametrize(
    ("url", "problem"),
    [
        ("javascript:alert(1)", "absolute http or https"),
        ("/claims/", "absolute http or https"),
        ("claims", "absolute http or https"),
        ("ftp://example.org/c/", "absolute http or https"),
        ("https:///c/", "absolute http or https"),
        ("https://example.org/c/?id=", "no ?query or #fragment"),
        ("https://example.org/c#", "no ?query or #fragment"),
        ("https://exa mple.org/c/", "absolute http or https"),
    ],
)
def test_claimreview_url_must_be_an_absolute_web_address(
    registry_copy: Any, url: str, problem: str
) -> None:
    root = _with_config(registry_copy("valid"), f'[claimreview]\nauthor = "D"\nurl = "{url}"\n')
    r = invoke("export", "--root", root, "-f", "claimreview")
    assert r.exit_code == 2 and r.stdout == ""
    assert "desertcheck.toml:3" in r.stderr and problem in r.stderr
    r = invoke("verify", "--root", root, "-f", "json")
    assert [f["code"] for f in json.loads(r.stdout)["findings"]].count("invalid-config") == 1


@pytest.mark.parametrize(
    ("url", "review"),
    [
        ("https://example.org/c", "https://example.org/c/alpha-desertions-2024"),
        ("https://example.org/c/", "https://example.org/c/alpha-desertions-2024"),
        ("HTTP://example.org", "HTTP://example.org/alpha-desertions-2024"),
    ],
)
def test_claimreview_url_gets_its_final_slash(registry_copy: Any, url: str, review: str) -> None:
    config = (
        f'[claimreview]\nauthor = "D"\nurl = "{url}"\nauthor-url = "https://example.org/about"\n'
    )
    root = _with_config(registry_copy("valid"), config)
    r = invoke("export", "--root", root, "-f", "claimreview")
    assert r.exit_code == 0, r.stderr
    items = json.loads(r.stdout)
    assert review in {i["url"] for i in items}
    assert all(i["author"]["url"] == "https://example.org/about" for i in items)


@pytest.mark.parametrize(
    ("config", "missing"),
    [(None, "author and url"), ('[claimreview]\nauthor = "Desk"\n', "url")],
)
def test_claimreview_refuses_without_config(
    registry_copy: Any, config: str | None, missing: str
) -> None:
    root = registry_copy("valid")
    if config is not None:
        (root / "desertcheck.toml").write_text(config, encoding="utf-8")
    r = invoke("export", "--root", root, "--format", "claimreview")
    assert r.exit_code == 2
    assert r.stdout == ""
    assert f"needs {missing} under [claimreview]" in r.stderr
    assert "desertcheck.toml" in r.stderr
    # in a pipe, one line a message (found in a user trial: the snippet ran over 8 lines),
    # then the lines to add as TOML reads them (a later trial pasted "author = …, url = …")
    lines = r.stderr.splitlines()
    if config is not None:  # the table is there: only the line it lacks, without a header
        assert lines[-2].startswith("desertcheck: note: add these lines under the [claimreview]")
        assert lines[-1] == 'url = "https://factcheck.example.org/claims/"'
        return
    assert all(line.startswith("desertcheck: ") for line in lines[:-3]), lines
    assert lines[-4].startswith("desertcheck: note: add these lines")
    assert lines[-3:] == [
        "[claimreview]",
        'author = "Example Fact Desk"',
        'url = "https://factcheck.example.org/claims/"',
    ]
    assert tomllib.loads("\n".join(lines[-3:]))["claimreview"]["author"] == "Example Fact Desk"
    # in a terminal, the table to paste, as it is written in the file
    r = invoke("export", "--root", root, "--format", "claimreview", env={"FORCE_COLOR": "1"})
    assert r.exit_code == 2
    lines = r.stderr.splitlines()
    i = lines.index("[claimreview]")
    assert lines[i + 1] == 'author = "Example Fact Desk"'
    assert lines[i + 2] == 'url = "https://factcheck.example.org/claims/"'
