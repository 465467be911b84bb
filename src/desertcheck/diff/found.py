"""Comparing the findings of two sides of ``desertcheck diff``: which are introduced and
which resolved, and which resolved findings' claims fail verify in head."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence

from desertcheck.findings import Finding, Severity


def failing_claims(
    head: Iterable[Finding],
    resolved: Iterable[Finding],
    rename: Mapping[str, str] | None = None,
    gone: Collection[str] = (),
) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The claims of resolved findings that fail verify in head, each with the codes of
    its open errors there: a finding about such a claim may be gone only because the
    claim is now broken (a quote no longer found), not fixed. A claim renamed is looked
    for under its new id (and given under its old one, as the finding names it); a claim
    ``gone`` from head fails nothing: a finding that names it (a relation's
    ``unknown-claim``) is about the claim's absence."""
    rename = rename or {}
    ids = {rename.get(c, c): c for f in resolved for c in f.claims if c not in gone}
    out: dict[str, list[str]] = {}
    for f in head:
        if f.severity is Severity.ERROR and not f.accepted:
            for c in f.claims:
                if c in ids and f.code not in out.setdefault(ids[c], []):
                    out[ids[c]].append(f.code)
    return tuple((c, tuple(codes)) for c, codes in sorted(out.items()))


def finding_key(
    f: Finding, rename: Mapping[str, str] | None = None, files: Mapping[str, str] | None = None
) -> tuple[object, ...]:
    """What a finding is about: its code and sorted claim ids (renamed ids mapped through
    ``rename``), or its code and file when it concerns no claim (a renamed source's file
    mapped through ``files``). Never its line."""
    if f.claims:
        ids = sorted((rename or {}).get(c, c) for c in f.claims)
        return (f.code, tuple(ids))
    file = f.file or ""
    return (f.code, (), (files or {}).get(file, file))


def compare_findings(
    base: Sequence[Finding],
    head: Sequence[Finding],
    rename: dict[str, str] | None = None,
    files: Mapping[str, str] | None = None,
) -> tuple[list[Finding], list[Finding]]:
    """(introduced, resolved): findings of ``head`` not in ``base`` and the other way round,
    compared by :func:`finding_key` as multisets. Within a key, findings with the same
    message are paired first, so the ones reported are the ones that really differ."""
    introduced, resolved, _ = findings_compared(base, head, rename, files)
    return introduced, resolved


def findings_compared(
    base: Sequence[Finding],
    head: Sequence[Finding],
    rename: dict[str, str] | None = None,
    files: Mapping[str, str] | None = None,
    sources: Mapping[str, str] | None = None,
) -> tuple[list[Finding], list[Finding], list[tuple[Finding, Finding]]]:
    """(introduced, resolved, reworded): as :func:`compare_findings`, with the pairs (base,
    head) of one finding whose message says something else now: the same code about the
    same claims, its words changed other than by a line number or a renamed id of a
    claim or (``sources``) a source (an ``attribution-drift`` that was of the qualifier
    and is now of the measure too)."""
    names = {**(rename or {}), **(sources or {})}
    old: dict[tuple[object, ...], list[Finding]] = defaultdict(list)
    new: dict[tuple[object, ...], list[Finding]] = defaultdict(list)
    for f in base:
        old[finding_key(f, rename, files)].append(f)
    for f in head:
        new[finding_key(f)].append(f)
    introduced: list[Finding] = []
    resolved: list[Finding] = []
    reworded: list[tuple[Finding, Finding]] = []
    for key in dict.fromkeys([*old, *new]):
        before, after, pairs = _unpaired(old.get(key, []), new.get(key, []))
        resolved.extend(before)
        introduced.extend(after)
        reworded += [(a, b) for a, b in pairs if _said(a, names) != _said(b)]
    return sort_by_severity(introduced), sort_by_severity(resolved), reworded


#: A place in a registry file, as a message gives it: ``claims/x.yaml:12`` or ``…:12:5``.
_PLACE = re.compile(r"(\.(?:ya?ml|md|toml)):\d+(?::\d+)?")


def _said(f: Finding, rename: Mapping[str, str] | None = None) -> str:
    """What a finding's message says, without the lines it names (moving a claim is no
    news) and with each renamed claim under its new id."""
    text = _PLACE.sub(r"\1", f.message)
    for old_id, new_id in (rename or {}).items():
        if old_id in text:
            text = re.sub(rf"(?<![\w-]){re.escape(old_id)}(?![\w-])", new_id, text)
    return text


def _unpaired(
    before: list[Finding], after: list[Finding]
) -> tuple[list[Finding], list[Finding], list[tuple[Finding, Finding]]]:
    messages = Counter(f.message for f in before)
    rest_after = []
    for f in after:
        if messages[f.message] > 0:
            messages[f.message] -= 1
        else:
            rest_after.append(f)
    rest_before = []
    for f in before:
        if messages[f.message] > 0:
            messages[f.message] -= 1
            rest_before.append(f)
    # What is left on both sides pairs up regardless of message (the same thing, reworded).
    n = min(len(rest_before), len(rest_after))
    return rest_before[n:], rest_after[n:], list(zip(rest_before[:n], rest_after[:n], strict=True))


def sort_by_severity(findings: Iterable[Finding]) -> list[Finding]:
    return sorted(findings, key=lambda f: (f.severity.rank, *f.sort_key()))
