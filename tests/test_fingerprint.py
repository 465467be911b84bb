"""Source fingerprints: the hash, writing it into front matter, and verify's two findings."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desertcheck.cli import app
from desertcheck.fingerprint import body_of, fingerprint, normalise, with_fingerprint
from desertcheck.registry import load_registry

from .conftest import PROJECT, cli_runner

HEX64 = re.compile(r"[0-9a-f]{64}")


def verify_json(root: Path) -> tuple[int, dict]:
    r = cli_runner().invoke(app, ["verify", "--root", str(root), "-f", "json"])
    return r.exit_code, json.loads(r.stdout)


def run(*args: str):
    return cli_runner().invoke(app, list(args), catch_exceptions=False)


# -- the hash -----------------------------------------------------------------------------


def test_fingerprint_is_sha256_of_the_body_with_lf_line_endings() -> None:
    assert fingerprint("a\r\nb\rc\n") == fingerprint("a\nb\nc\n")
    # pinned: the normalisation is part of the format, it must never change silently
    assert (
        fingerprint("Over 50,000 soldiers\r\n")
        == "1a5189ed5799f705d300c49168f83de7c42709d8165ce6bff5b44f541f88a07b"
    )


@given(st.text())
def test_only_line_endings_are_normalised(body: str) -> None:
    assert HEX64.fullmatch(fingerprint(body))
    lf = normalise(body)  # "\r\n" in the body would become "\r\r\n": two line endings
    assert fingerprint(lf.replace("\n", "\r\n")) == fingerprint(lf) == fingerprint(body)
    assert normalise(body).count("\r") == 0
    # anything but a line ending changes the fingerprint: a character, a space
    assert fingerprint(body + "x") != fingerprint(body)
    assert fingerprint(" " + body) != fingerprint(body)


@given(
    st.lists(st.from_regex(r"[a-z]{1,8}: [A-Za-z ]{1,20}", fullmatch=True), min_size=1, max_size=5),
    st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=200),
    st.sampled_from(["\n", "\r\n"]),
)
def test_with_fingerprint_changes_only_the_field(fields: list[str], body: str, nl: str) -> None:
    fields = [f for f in fields if not f.startswith("sha256")]
    text = f"---{nl}{nl.join(fields)}{nl}---{nl}{body}" if fields else f"---{nl}---{nl}{body}"
    digest = fingerprint(body)
    once = with_fingerprint(text, digest)
    assert body_of(once) == body
    assert once.replace(f"sha256: {digest}{nl}", "", 1) == text
    again = with_fingerprint(once, "0" * 64)
    assert again == once.replace(digest, "0" * 64)


# -- the command --------------------------------------------------------------------------


def test_shipped_sources_are_fingerprinted_and_match() -> None:
    registry = load_registry(PROJECT).registry
    assert registry.sources
    for source in registry.sources.values():
        assert source.meta.sha256 == fingerprint(source.text), source.id


def test_fingerprint_writes_once_and_keeps_everything_else(shipped_copy: Path) -> None:
    path = shipped_copy / "sources" / "moscow-times-proekt-2024.md"
    text = path.read_text(encoding="utf-8")
    path.write_bytes(re.sub(r"sha256: [0-9a-f]+\n", "", text).replace("\n", "\r\n").encode())
    before = path.read_bytes()
    r = run("fingerprint", "--root", str(shipped_copy), "moscow-times-proekt-2024")
    assert r.exit_code == 0
    assert r.stdout.startswith("sources/moscow-times-proekt-2024.md: (none) → ")
    after = path.read_bytes()
    digest = HEX64.search(after.decode()).group()  # type: ignore[union-attr]
    assert after.replace(f"sha256: {digest}\r\n".encode(), b"", 1) == before
    assert b"\n" not in after.replace(b"\r\n", b"")  # the file's own line endings
    r = run("fingerprint", "--root", str(shipped_copy), "moscow-times-proekt-2024")
    assert "unchanged" in r.stdout and path.read_bytes() == after


def test_fingerprint_json_says_old_and_new(shipped_copy: Path) -> None:
    path = shipped_copy / "sources" / "baghai-deserters-blog-2023.md"
    path.write_text(path.read_text(encoding="utf-8") + "A line added.\n", encoding="utf-8")
    old = load_registry(shipped_copy).registry.sources["baghai-deserters-blog-2023"].meta.sha256
    r = run("fingerprint", "--root", str(shipped_copy), "-f", "json")
    data = {s["id"]: s for s in json.loads(r.stdout)["sources"]}
    assert len(data) == 5
    changed = data["baghai-deserters-blog-2023"]
    assert changed["old"] == old and changed["changed"] and changed["new"] != old
    assert [s["id"] for s in data.values() if s["changed"]] == ["baghai-deserters-blog-2023"]


def test_fingerprint_repairs_a_malformed_field_and_keeps_a_bom(shipped_copy: Path) -> None:
    path = shipped_copy / "sources" / "baghai-deserters-blog-2023.md"
    text = re.sub(r"sha256: [0-9a-f]+", "sha256: abc", path.read_text(encoding="utf-8"))
    path.write_bytes(b"\xef\xbb\xbf" + text.encode())
    assert verify_json(shipped_copy)[0] == 1  # invalid-field: the source does not load
    r = run("fingerprint", "--root", str(shipped_copy), "baghai-deserters-blog-2023")
    assert "abc… → " in r.stdout
    assert path.read_bytes().startswith(b"\xef\xbb\xbf---")
    assert verify_json(shipped_copy)[0] == 0


def test_fingerprint_refuses_what_it_cannot_write(shipped_copy: Path) -> None:
    sources = shipped_copy / "sources"
    (sources / "flow.md").write_text("---\n{title: T, publisher: P, language: en}\n---\nText.\n")
    (sources / "bare.md").write_text("No front matter at all.\n")
    r = run("fingerprint", "--root", str(shipped_copy), "flow", "bare")
    assert r.exit_code == 1
    assert "sources/flow.md: not fingerprinted: cannot add the field" in r.stdout
    assert "sources/bare.md: not fingerprinted: it has no front-matter block" in r.stdout
    assert (sources / "flow.md").read_text().startswith("---\n{title")


def test_fingerprint_unknown_source_is_a_usage_error(shipped_copy: Path) -> None:
    r = cli_runner().invoke(app, ["fingerprint", "--root", str(shipped_copy), "baghai-blog"])
    assert r.exit_code == 2
    assert "no source 'baghai-blog'" in r.stderr


# -- verify -------------------------------------------------------------------------------


def test_one_character_edited_fails_verify_naming_source_and_claims(shipped_copy: Path) -> None:
    path = shipped_copy / "sources" / "moscow-times-proekt-2024.md"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("4,600", "4,700", 1), encoding="utf-8")
    code, data = verify_json(shipped_copy)
    assert code == 1
    [found] = [f for f in data["findings"] if f["code"] == "source-modified"]
    assert found["file"] == "sources/moscow-times-proekt-2024.md"
    assert (
        found["line"]
        == text.splitlines().index(next(ln for ln in text.splitlines() if ln.startswith("sha256:")))
        + 1
    )
    registry = load_registry(shipped_copy).registry
    quoting = [c.id for c in registry.claims if c.source == "moscow-times-proekt-2024"]
    assert found["claims"] == quoting and len(quoting) > 1
    assert "'moscow-times-proekt-2024'" in found["message"]
    # the message names the first three and counts the rest, the fix after them
    assert all(cid in found["message"] for cid in quoting[:3])
    assert f"and {len(quoting) - 3} more. Restore the text" in found["message"]
    status = {c["id"]: c["status"] for c in data["claims"]}
    assert all(status[cid] == "error" for cid in quoting)


def test_line_endings_do_not_modify_a_source(shipped_copy: Path) -> None:
    for path in (shipped_copy / "sources").glob("*.md"):
        path.write_bytes(path.read_bytes().replace(b"\n", b"\r\n"))
    code, data = verify_json(shipped_copy)
    assert code == 0
    assert "source-modified" not in {f["code"] for f in data["findings"]}


def test_an_unfingerprinted_source_is_an_info(shipped_copy: Path) -> None:
    path = shipped_copy / "sources" / "moscow-times-proekt-2024.md"
    path.write_text(re.sub(r"sha256: [0-9a-f]+\n", "", path.read_text(encoding="utf-8")))
    code, data = verify_json(shipped_copy)
    assert code == 0
    [found] = [f for f in data["findings"] if f["code"] == "source-unfingerprinted"]
    assert found["severity"] == "info" and found["file"].endswith("moscow-times-proekt-2024.md")


@pytest.mark.parametrize("value", ["abc", "ABCD" * 16, 12])
def test_a_malformed_fingerprint_is_an_invalid_field(shipped_copy: Path, value: object) -> None:
    path = shipped_copy / "sources" / "moscow-times-proekt-2024.md"
    text = re.sub(r"sha256: [0-9a-f]+", f"sha256: {value}", path.read_text(encoding="utf-8"))
    path.write_text(text, encoding="utf-8")
    found = [f for f in load_registry(shipped_copy).findings if f.code == "invalid-field"]
    assert len(found) == 1 and "sha256" in found[0].message


def test_the_report_tells_a_modified_source_in_its_own_words(shipped_copy: Path) -> None:
    path = shipped_copy / "sources" / "moscow-times-proekt-2024.md"
    path.write_text(path.read_text(encoding="utf-8").replace("4,600", "4,700", 1))
    r = cli_runner().invoke(app, ["verify", "--root", str(shipped_copy)], env={"COLUMNS": "200"})
    section = r.stdout.split("✗ source-modified", 1)[1].split("\n\n", 1)[0]
    assert "was edited after it was fingerprinted" in section
    assert "figure" not in section  # the claims share only their source: no side-by-side


# A user trial: a source revised ("48,210" became "48,310"), fingerprinted before its claims
# were mended; the new fingerprint was written without a word of the quotes it broke.
@pytest.mark.parametrize(
    ("old", "new", "said"),
    [
        ("over 2,000 requests", "over 2,100 requests", "1 claim quotes words no longer"),
        ("\n\n", "\n\nA line added.\n\n", None),  # a revision that keeps every quote
    ],
)
def test_fingerprint_of_a_revised_source_names_the_quotes_it_no_longer_holds(
    shipped_copy: Path, old: str, new: str, said: str | None
) -> None:
    path = shipped_copy / "sources" / "baghai-deserters-blog-2023.md"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    r = run("fingerprint", "--root", str(shipped_copy), "baghai-deserters-blog-2023")
    assert r.exit_code == 0 and "→" in r.stdout
    if said is None:
        assert "no longer in its text" not in r.stderr, r.stderr
    else:
        assert said in r.stderr and "run desertcheck verify and mend the quotes" in r.stderr
