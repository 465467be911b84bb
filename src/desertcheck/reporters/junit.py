"""``--format junit``: JUnit XML as GitLab and most CI servers read it.

One test suite per claims file, one test case per claim (``classname`` the file, ``name``
the claim id): an error finding is a ``<failure>``; warnings and infos go to the case's
``<system-out>`` so they are visible without failing the pipeline (with ``--strict``,
warnings are failures too, as they fail the run); an accepted finding never fails, it
goes to ``<system-out>`` with its reason. Cross-claim findings form a suite of
their own, one case per finding, and so do findings about the registry's files (a claim
that did not load, the configuration, a folder). Text is stripped of characters XML cannot
carry.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import defaultdict
from typing import TYPE_CHECKING

from desertcheck.findings import Finding, Severity
from desertcheck.reporters import Options, join
from desertcheck.reporters.terminal import clean

if TYPE_CHECKING:
    from desertcheck.verify import VerifyResult

_XML_BAD = re.compile("[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
CROSS = "cross-claim checks"
REGISTRY = "registry files"


def x(text: object) -> str:
    return _XML_BAD.sub("", clean(text))


def _line(f: Finding, prefix: str) -> str:
    where = join(prefix, f.file) or "-"
    if f.line:
        where += f":{f.line}"
    accepted = f" (accepted: {f.accepted.reason})" if f.accepted else ""
    return f"{where}: {f.severity.value}: {f.message} [{f.code}]{accepted}"


def report(result: VerifyResult, options: Options) -> str:
    prefix, strict = options.prefix, options.strict
    per_claim, cross, loose = result.grouped()
    by_file: dict[str, list[str]] = defaultdict(list)
    for c in result.registry.claims:
        if any(s.id == c.id for s in result.claims):
            by_file[c.file].append(c.id)
    root = ET.Element("testsuites", name="desertcheck verify")
    totals = {"tests": 0, "failures": 0}

    def case(suite: ET.Element, classname: str, name: str, findings: list[Finding]) -> None:
        tc = ET.SubElement(suite, "testcase", classname=x(classname), name=x(name))
        failing = {Severity.ERROR, Severity.WARNING} if strict else {Severity.ERROR}
        errors = [f for f in findings if f.severity in failing and f.accepted is None]
        others = [f for f in findings if f not in errors]
        for f in errors:
            fail = ET.SubElement(tc, "failure", message=x(f.message), type=x(f.code))
            fail.text = x(_line(f, prefix))
        if others:
            ET.SubElement(tc, "system-out").text = x("\n".join(_line(f, prefix) for f in others))
        suite.set("tests", str(int(suite.get("tests", "0")) + 1))
        suite.set("failures", str(int(suite.get("failures", "0")) + bool(errors)))
        totals["tests"] += 1
        totals["failures"] += bool(errors)

    for file, ids in by_file.items():
        path = join(prefix, file) or file
        suite = ET.SubElement(root, "testsuite", name=x(path), tests="0", failures="0")
        for cid in ids:
            case(suite, path, cid, per_claim.get(cid, []))
    if cross:
        suite = ET.SubElement(root, "testsuite", name=CROSS, tests="0", failures="0")
        for f in cross:
            case(suite, CROSS, f"{f.code}: {', '.join(f.claims)}", [f])
    if loose:  # the registry's own files: claims that did not load, config, folders
        suite = ET.SubElement(root, "testsuite", name=REGISTRY, tests="0", failures="0")
        for f in loose:
            case(suite, join(prefix, f.file) or REGISTRY, f"{f.code} {f.location}", [f])
    root.set("tests", str(totals["tests"]))
    root.set("failures", str(totals["failures"]))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
