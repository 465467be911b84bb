"""Machine formats after a fact-check developer's trial: a source url that is not a web
address (``javascript:alert(1)``) passed verify and became a ClaimReview's
``appearance.url``; a JSON or CSV export of a registry with loader errors carried no sign
that claims were missing."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from desertcheck.cli import app
from desertcheck.weburl import web_url

from .conftest import FIXTURES, cli_runner

URL_FIXTURE = FIXTURES / "verify" / "url-not-web"
BAD = "javascript:alert(1)"

# (a url as written, whether it is a web address that may be published)
URLS = [
    ("https://www.example.org/report", True),
    ("http://example.org", True),
    ("HTTPS://EXAMPLE.ORG/A?b=1#c", True),
    ("https://пример.рф/отчёт", True),
    (BAD, False),
    ("JavaScript:alert(1)", False),
    ("data:text/html,<script>alert(1)</script>", False),
    ("file:///etc/passwd", False),
    ("www.example.org/report", False),
    ("example.org/report", False),
    ("/reports/2024.pdf", False),
    ("doi:10.1000/182", False),
    ("https://", False),
    ("https:///path", False),
    ("http://[::1", False),
    ("https://example.org/a b", False),
    ("https://example.org/a\u202eb", False),
    ("https://example.org/\x1b[31m", False),
    ('https://example.org/"onmouseover="x', False),
    ("ftp://example.org/file", False),
]


@pytest.mark.parametrize(("url", "web"), URLS)
def test_a_web_address_is_absolute_http_or_https(url: str, web: bool) -> None:
    assert (web_url(url) == url) is web
    assert (web_url(url) is None) is not web


def _registry(tmp_path: Path) -> Path:
    """The url-not-web fixture, with an origin whose url is not a web address either and
    ClaimReview settings."""
    root = tmp_path / "r"
    shutil.copytree(URL_FIXTURE, root)
    (root / "sources" / "origins.yaml").write_text(
        "court-data:\n  title: Court data\n  publisher: Test Court\n  url: www.example.org/data\n",
        encoding="utf-8",
    )
    claims = root / "claims" / "claims.yaml"
    text = claims.read_text(encoding="utf-8")
    origin = "    source: report\n    origin: court-data\n"
    claims.write_text(text.replace("    source: report\n", origin), encoding="utf-8")
    (root / "desertcheck.toml").write_text(
        '[claimreview]\nauthor = "Test Desk"\nurl = "https://fc.example.org/claims/"\n',
        encoding="utf-8",
    )
    return root


def _run(*args: str):
    return cli_runner().invoke(app, list(args), catch_exceptions=False)


def test_verify_names_the_url_line_and_the_fix(tmp_path: Path) -> None:
    root = _registry(tmp_path)
    r = _run("verify", "--root", str(root), "--format", "json")
    assert r.exit_code == 1
    found = [f for f in json.loads(r.stdout)["findings"] if f["code"] == "url-not-web"]
    where = {(f["file"], f["line"]): f["message"] for f in found}
    assert set(where) == {("sources/report.md", 5), ("sources/origins.yaml", 4)}
    assert "https://…" in where["sources/report.md", 5]
    assert "https://www.example.org/data" in where["sources/origins.yaml", 4]
    assert all(f["claims"] == [] for f in found)  # the claims keep their status
    assert {c["status"] for c in json.loads(r.stdout)["claims"]} == {"verified"}


@pytest.mark.parametrize(
    ("fmt", "extra"),
    [("claimreview", ["--date", "2025-11-02"]), ("json", []), ("markdown", [])],
)
def test_no_export_publishes_a_url_that_is_not_a_web_address(
    tmp_path: Path, fmt: str, extra: list[str]
) -> None:
    root = _registry(tmp_path)
    r = _run("export", "--root", str(root), "--format", fmt, *extra)
    assert r.exit_code == 0, r.stderr
    assert "javascript" not in r.stdout.lower() and "www.example.org" not in r.stdout
    assert "news.example.org/convictions-2024" in r.stdout  # a web address is kept
    assert "sources/report.md:5: the url of source 'report'" in r.stderr
    assert ("origin 'court-data'" in r.stderr) is (fmt != "markdown")  # the sheet names none


def test_claimreview_leaves_the_url_out_as_one_not_given(tmp_path: Path) -> None:
    root = _registry(tmp_path)
    r = _run("export", "--root", str(root), "-f", "claimreview", "--date", "2025-11-02")
    reviews = {rv["url"].rsplit("/", 1)[1]: rv["itemReviewed"] for rv in json.loads(r.stdout)}
    assert "url" not in reviews["desertions"]["appearance"]
    assert "url" not in reviews["desertions"]["firstAppearance"]
    assert reviews["convictions"]["appearance"]["url"].startswith("https://news.example.org/")


def test_claimreview_names_are_on_one_line_without_control_characters(tmp_path: Path) -> None:
    root = _registry(tmp_path)
    source = root / "sources" / "other.md"
    text = source.read_text(encoding="utf-8")
    source.write_text(text.replace("title: Another paper", 'title: "\\e[5mBLINK\\nAnother"'))
    r = _run("export", "--root", str(root), "-f", "claimreview", "--date", "2025-11-02")
    (work,) = [
        rv["itemReviewed"]["appearance"]
        for rv in json.loads(r.stdout)
        if "url" in rv and rv["url"].endswith("/convictions")
    ]
    assert work["headline"] == "\ufffd[5mBLINK Another"


BROKEN = "claims:\n  - id: broken\n    value: [1,\n"


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv", "claimreview", "markdown"])
def test_an_export_with_claims_missing_says_so(tmp_path: Path, fmt: str) -> None:
    root = _registry(tmp_path)
    (root / "claims" / "zz-broken.yaml").write_text(BROKEN, encoding="utf-8")
    r = _run("export", "--root", str(root), "--format", fmt)
    assert r.exit_code == 1
    assert "the export is incomplete: the registry has 1 error that keeps claims" in r.stderr
    if fmt == "json":
        assert json.loads(r.stdout)["load_errors"] == 1


def test_a_complete_json_export_has_no_load_errors(tmp_path: Path) -> None:
    r = _run("export", "--root", str(_registry(tmp_path)), "--format", "json")
    assert r.exit_code == 0 and json.loads(r.stdout)["load_errors"] == 0
    assert "incomplete" not in r.stderr


# registry text -> how the fact sheet writes it: GitHub (cmark-gfm) links a bare
# scheme://… and www.… by itself; written so, each renders as the same text, unlinked
# (checked against cmark-gfm when these cases were written)
AUTOLINKS = [
    ("see https://evil.example/p?a=1 now", "see https&#58;//evil.example/p?a=1 now"),
    ("ftp://a.example", "ftp&#58;//a.example"),
    ("HTTP://EVIL.EXAMPLE", "HTTP&#58;//EVIL.EXAMPLE"),
    ("x_www.evil.example", "x\\_www\\.evil.example"),
    ("(WWW.evil.example)", "\\(WWW\\.evil.example\\)"),
    ("a: b, 10:30, c:/d", "a: b, 10:30, c:/d"),  # no // after the colon: as it is
]


@pytest.mark.parametrize(("text", "written"), AUTOLINKS)
def test_the_fact_sheet_leaves_no_bare_address_for_gfm_to_link(text: str, written: str) -> None:
    from desertcheck.reporters.markdown import md

    assert md(text) == written


def test_a_statement_holding_a_url_is_text_in_the_fact_sheet(tmp_path: Path) -> None:
    root = _registry(tmp_path)
    claims = root / "claims" / "claims.yaml"
    text = claims.read_text(encoding="utf-8")
    claims.write_text(
        text.replace(
            '"13,500 soldiers were convicted in 2024."',
            '"13,500 soldiers were convicted in 2024 (https://evil.example/p, www.evil.example)."',
        ),
        encoding="utf-8",
    )
    r = _run("export", "--root", str(root), "--format", "markdown")
    assert "https&#58;//evil.example/p, www\\.evil.example" in r.stdout
    assert "https://evil.example" not in r.stdout and "www.evil" not in r.stdout


@pytest.mark.parametrize("published", ["2024", "2023-12", "2023-12-05"])
def test_claimreview_dates_are_the_registry_dates_as_written(
    tmp_path: Path, published: str
) -> None:
    """docs/export.md: a year or month stays a year or month (ISO 8601 reduced precision),
    never padded to a day the work may not have appeared on."""
    root = _registry(tmp_path)
    origins = root / "sources" / "origins.yaml"
    origins.write_text(origins.read_text(encoding="utf-8") + f'  published: "{published}"\n')
    r = _run("export", "--root", str(root), "-f", "claimreview", "--date", "2025-11-02")
    (review,) = [rv for rv in json.loads(r.stdout) if rv["url"].endswith("/desertions")]
    assert review["itemReviewed"]["firstAppearance"]["datePublished"] == published
    assert review["datePublished"] == "2025-11-02"


@pytest.mark.parametrize("fmt", ["json", "claimreview"])
def test_a_stored_export_replays_its_warnings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str
) -> None:
    """An unchanged registry's export is written from the cache: with the same warnings
    (a url left out, a claim left out of ClaimReview) as the run that stored it."""
    monkeypatch.delenv("DESERTCHECK_NO_CACHE", raising=False)
    root = _registry(tmp_path)
    args = ["export", "--root", str(root), "--format", fmt]
    first, again = _run(*args), _run(*args)
    assert (root / ".desertcheck-cache").is_dir()
    assert "the url of source 'report'" in first.stderr
    assert (again.stdout, again.stderr, again.exit_code) == (
        first.stdout,
        first.stderr,
        first.exit_code,
    )


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_diff_says_a_change_to_a_script_url_introduces_an_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The trial's `diff` showed `url: (none) → "javascript:alert(1)"` as a plain change,
    exit 0."""
    import subprocess

    from .conftest import isolated_git

    isolated_git(monkeypatch, tmp_path)
    root = tmp_path / "repo"
    shutil.copytree(URL_FIXTURE, root)
    report = root / "sources" / "report.md"
    text = report.read_text(encoding="utf-8")
    report.write_text(text.replace(f'url: "{BAD}"\n', ""), encoding="utf-8")

    def commit(message: str) -> None:
        for args in (["init", "-q"], ["add", "-A"], ["commit", "-q", "-m", message]):
            subprocess.run(["git", "-C", str(root), *args], check=True, capture_output=True)

    commit("no url")
    report.write_text(text, encoding="utf-8")
    commit("a script for a url")
    r = _run("diff", "HEAD~1", "HEAD", "--root", str(root), "--format", "json")
    assert r.exit_code == 1, r.stdout + r.stderr
    assert "url-not-web" in {f["code"] for f in json.loads(r.stdout)["findings"]["introduced"]}
