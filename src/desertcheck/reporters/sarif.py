"""``--format sarif``: SARIF 2.1.0, the shape GitHub code scanning uploads.

One run; the tool's rules are every code verify can emit, from the code catalogue (summary as
``shortDescription``, documentation as ``fullDescription`` and ``help.text`` in plain text,
and as Markdown in ``help.markdown``; ``helpUri`` when the package declares where its docs
are published). One result a
finding with ``ruleId``, ``level`` (error | warning | note), ``message.text`` and one
physical location: the file relative to the repository root as a percent-encoded URI
reference against ``%SRCROOT%`` (declared in ``originalUriBaseIds``), with a region when the
line is known, from the column to the end of that line (columns in code points). A finding
about a folder (``no-claims``) or the registry as a whole is placed on that folder, line 1,
so that every result has the location code scanning requires. A ``partialFingerprints``
entry built from the code, the claims, the file and the message (and the occurrence among
identical ones) keeps a result the same alert when lines move, and tells two findings in
one file apart. The tests validate the output against the OASIS schema (tests/schemas/).
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from pathlib import PurePosixPath
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from desertcheck import __version__
from desertcheck.findings import Finding, Severity
from desertcheck.reporters import Options, join
from desertcheck.reporters.machine import to_json
from desertcheck.reporters.terminal import clean

if TYPE_CHECKING:
    from pathlib import Path

    from desertcheck.verify import VerifyResult

SCHEMA = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
SRCROOT = "%SRCROOT%"
FINGERPRINT = "desertcheckFinding/v1"


#: reStructuredText's ``code`` marks (not a Markdown fence, ```), written as Markdown's
_RST_CODE = re.compile(r"(?<!`)``(?!`)")


def _plain(doc: str) -> str:
    """A code's documentation as plain text on one line (GitHub shows ``help.text`` as it
    is, so its reStructuredText double backticks are single ones already)."""
    return " ".join(doc.split())


def docs_url() -> str | None:
    """Where the docs/ folder is published: the ``Documentation`` URL of the installed
    package's metadata (``[project.urls]`` in pyproject.toml), ending in ``/``; None when
    it declares none (this repository publishes no docs site), or one that is not an
    absolute http(s) address."""
    from importlib import metadata

    from desertcheck.weburl import web_url

    try:
        entries = metadata.metadata("desertcheck").get_all("Project-URL") or []
    except metadata.PackageNotFoundError:
        return None
    for entry in entries:
        label, _, url = entry.partition(",")
        found = web_url(url)
        if label.strip().lower() in ("documentation", "docs") and found:
            return found.rstrip("/") + "/"
    return None


def rules(docs: str | None = None) -> list[dict[str, Any]]:
    """A rule for every code verify can emit, from the code catalogue: its documentation as
    plain text and, in ``help.markdown``, as the Markdown of docs/checks.md (which GitHub
    shows in an alert); ``helpUri`` its section of checks.md under ``docs`` when given."""
    import textwrap

    from desertcheck.codes import Code, Origin

    out = []
    for code in Code:
        if code.origin in (Origin.AUDIT, Origin.DRAFT, Origin.SCAN):  # verify never emits them
            continue
        doc = _RST_CODE.sub("`", textwrap.dedent(code.doc).strip()) or code.summary
        text = _plain(doc)
        page = f"{docs}checks.md#{code.value}" if docs else None
        see = f"[docs/checks.md#{code.value}]({page})" if page else f"docs/checks.md#{code.value}"
        rule: dict[str, Any] = {
            "id": code.value,
            "name": code.name.title().replace("_", ""),
            "shortDescription": {"text": code.summary},
            "fullDescription": {"text": text},
            "help": {
                "text": f"{text}\n\nSee docs/checks.md#{code.value}.",
                "markdown": f"{doc}\n\nSee {see}.",
            },
        }
        if page:
            rule["helpUri"] = page
        rule["defaultConfiguration"] = {"level": LEVEL[code.severity]}
        out.append(rule)
    return out


def uri(path: str | None) -> str:
    """``path`` as a relative URI reference: each byte but letters, digits, ``-._~`` and
    ``/`` percent-encoded (UTF-8), so spaces, ``,``, ``:`` and ``%`` survive a viewer."""
    return quote(path or "", safe="/", errors="surrogateescape")


def artifact(path: str) -> dict[str, str]:
    """An ``artifactLocation``: against ``%SRCROOT%`` when relative, a ``file:`` URI when the
    registry lies outside the repository and the working directory (an absolute path)."""
    if path.startswith("/"):
        return {"uri": "file://" + uri(path)}
    return {"uri": uri(path), "uriBaseId": SRCROOT}


class Lines:
    """The lines of the registry's files, read once each, to end a region where its line
    ends (a YAML value runs to the end of its line); nothing when a file cannot be read."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.files: dict[str, list[str]] = {}

    def length(self, file: str, line: int) -> int | None:
        if file not in self.files:
            try:
                text = (self.root / file).read_text(encoding="utf-8", errors="replace")
            except (OSError, ValueError):
                text = ""
            self.files[file] = text.split("\n")
        lines = self.files[file]
        return len(lines[line - 1].rstrip("\r")) if 0 < line <= len(lines) else None


def region(f: Finding, lines: Lines) -> dict[str, int]:
    """The finding's line, from its column (when known) to the end of that line."""
    out = {"startLine": f.line}
    if f.column:
        out["startColumn"] = f.column
    length = lines.length(f.file or "", f.line)
    if length is not None and length + 1 > max(f.column, 1):
        out["endLine"] = f.line
        out["endColumn"] = length + 1  # columns in code points, the one after the last
    return out


def location(f: Finding, prefix: str, lines: Lines) -> dict[str, Any]:
    """Where a finding is: its file and region, or the folder it concerns (the registry root
    when it names none), at line 1."""
    if f.file and not (lines.root / f.file).is_dir():
        loc: dict[str, Any] = {"artifactLocation": artifact(join(prefix, f.file) or f.file)}
        if f.line:
            loc["region"] = region(f, lines)
        return {"physicalLocation": loc}
    folder = str(PurePosixPath(prefix or ".", f.file or "."))
    return {
        "physicalLocation": {
            "artifactLocation": artifact("./" if folder == "." else folder + "/"),
            "region": {"startLine": 1},
        }
    }


def fingerprints(findings: tuple[Finding, ...]) -> list[str]:
    """One stable fingerprint a finding: a hash of what it says and where (the file, not the
    line), and ``:n`` for the n-th finding with that hash, as code scanning's own do."""
    seen: Counter[str] = Counter()
    out = []
    for f in findings:
        key = "\0".join((f.code, *f.claims, f.file or "", f.message))
        digest = hashlib.sha256(key.encode("utf-8", "surrogateescape")).hexdigest()[:32]
        seen[digest] += 1
        out.append(f"{digest}:{seen[digest]}")
    return out


def result_item(f: Finding, fingerprint: str, where: dict[str, Any]) -> dict[str, Any]:
    item: dict[str, Any] = {
        "ruleId": f.code,
        "level": LEVEL[f.severity],
        "message": {"text": clean(f.message)},
        "locations": [where],
        "partialFingerprints": {FINGERPRINT: fingerprint},
    }
    if f.claims:
        item["properties"] = {"claims": list(f.claims)}
    if f.accepted is not None:  # SARIF's own way: a suppression in the source, accepted
        item["suppressions"] = [
            {
                "kind": "inSource",
                "status": "accepted",
                "justification": clean(f"{f.accepted.claim}: {f.accepted.reason}"),
            }
        ]
    return item


def report(result: VerifyResult, options: Options) -> str:
    docs = docs_url()
    all_rules = rules(docs)
    index = {r["id"]: i for i, r in enumerate(all_rules)}
    lines = Lines(result.registry.root)
    results = []
    for f, fp in zip(result.findings, fingerprints(result.findings), strict=True):
        item = result_item(f, fp, location(f, options.prefix, lines))
        if f.code in index:
            item["ruleIndex"] = index[f.code]
        results.append(item)
    run = {
        "tool": {
            "driver": {
                "name": "desertcheck",
                "version": __version__,
                "semanticVersion": __version__,
                **({"informationUri": docs} if docs else {}),
                "rules": all_rules,
            }
        },
        "columnKind": "unicodeCodePoints",
        "originalUriBaseIds": {
            SRCROOT: {"description": {"text": "The repository root: paths are relative to it."}}
        },
        "results": results,
    }
    return to_json({"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}) + "\n"
