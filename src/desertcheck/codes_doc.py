"""The code reference at the end of docs/checks.md, generated from the code catalogue."""

from __future__ import annotations

from desertcheck.codes import Code, Origin


def _doc_table(codes: list[Code]) -> list[str]:
    rows = ["| code | severity | what it means |", "|---|---|---|"]
    rows += [f"| [`{c}`](#{c}) | {c.severity.value} | {c.summary} |" for c in codes]
    return rows


_HEADINGS = {
    Origin.LOADER: "Loading the registry",
    Origin.CONFIG: "Configuration",
    Origin.CHECK: "Checks",
    Origin.ACCEPT: "Accepted findings",
    Origin.AUDIT: "Audit verdicts",
    Origin.DRAFT: "Reading drafts",
    Origin.SCAN: "Scan (coverage of the sources)",
}


def reference() -> str:
    """The code reference of docs/checks.md: a table per origin, then each code's doc."""
    import textwrap

    parts: list[str] = []
    for origin, heading in _HEADINGS.items():
        codes = [c for c in Code if c.origin is origin]
        parts += [f"### {heading}", "", *_doc_table(codes), ""]
    for code in Code:
        parts += [f"#### {code}", ""]
        parts.append(f"Default severity: **{code.severity.value}**; from: {code.origin.value}.")
        doc = textwrap.dedent(code.doc).strip() or f"{code.summary[0].upper()}{code.summary[1:]}."
        parts += ["", doc, ""]
    return "\n".join(parts).rstrip("\n") + "\n"
