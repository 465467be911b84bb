"""Authoring and import as a newsroom user met them building a registry on a county's
libraries: add source checks a url as verify does, stub units and periods read from the
figure's own clause, and files that are not UTF-8 text are named for what they are."""

from __future__ import annotations

from pathlib import Path

import pytest

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
