"""``--format junit``: JUnit XML as Jenkins, GitLab and most CI servers read it.

One test suite a file and one test case a claim (``classname`` the file relative to the
repository root, ``name`` the claim id). A claim that did not load is a case of its claims
file all the same, so a broken registry never shows green; findings about a file but no
claim (a YAML syntax error, a source, desertcheck.toml) form one case of that file's suite,
as does a finding across claims about a source (an edited source quoted by several claims),
other findings across claims a suite ``cross-claim checks`` (a case each), and findings about a
folder or the registry as a whole a suite ``registry folders``. Every error (and with
``--strict`` every warning) of a case goes into its one ``<failure>``; the others, and
accepted findings with their reason, into its ``<system-out>``. Text is stripped of
characters XML cannot carry.

The report is valid against the Jenkins xunit plugin's JUnit schema (``junit-10.xsd``: every
suite has ``errors``, ``failures``, ``tests`` and ``time``; the suite, not the case, names
the ``file``). ``--format junit-gitlab`` adds ``file`` to every case too, as GitLab's unit
test report reads it (a link to the file; for a cross-claim finding, the file of its
first claim); that attribute is outside the Jenkins schema.
Checks are not timed one by one: every ``time`` is ``0``.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import TYPE_CHECKING

from desertcheck.findings import Finding, Severity
from desertcheck.reporters import Options, join
from desertcheck.reporters.terminal import clean

if TYPE_CHECKING:
    from desertcheck.verify import VerifyResult

_XML_BAD = re.compile("[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
CROSS = "cross-claim checks"
FOLDERS = "registry folders"
WHOLE_FILE = "(file)"  # the case of a file's findings that concern no claim


def x(text: object) -> str:
    return _XML_BAD.sub("", clean(text))


def _line(f: Finding, prefix: str) -> str:
    where = join(prefix, f.file) or "-"
    if f.line:
        where += f":{f.line}"
    accepted = f" (accepted: {f.accepted.reason})" if f.accepted else ""
    return f"{where}: {f.severity.value}: {f.message} [{f.code}]{accepted}"


Cases = dict[str, list[Finding]]  # case name -> its findings, in order


def _suites(result: VerifyResult) -> list[tuple[str, str | None, Cases]]:
    """(suite name, file, cases): claims files first (each loaded claim a case, in registry
    order), then the other files (a finding across claims about a source goes to that
    source's file), then the other cross-claim findings, then folders."""
    per_claim, cross, loose = result.grouped()
    files: dict[str, Cases] = {}
    verified = {s.id for s in result.claims}
    for c in result.registry.claims:
        cases = files.setdefault(c.file, {})
        if c.id in verified:
            cases[c.id] = per_claim.get(c.id, [])
    file_of = {c.id: c.file for c in result.registry.claims}
    for f in cross:
        if f.code.fatal:  # a source that did not load: each claim quoting it fails with it
            for cid in f.claims:
                if cid in verified:
                    files[file_of[cid]][cid] = [*files[file_of[cid]][cid], f]
    folders: Cases = {}
    for f in loose:
        if f.file and not (result.registry.root / f.file).is_dir():
            case = f.claims[0] if len(f.claims) == 1 else WHOLE_FILE
            files.setdefault(f.file, {}).setdefault(case, []).append(f)
        else:
            folders.setdefault(f"{f.code} {f.file or '.'}", []).append(f)
    crossed: Cases = {}
    claims_files = {c.file for c in result.registry.claims}
    for f in cross:
        if f.file and f.file not in claims_files:  # about a source its claims quote
            files.setdefault(f.file, {}).setdefault(WHOLE_FILE, []).append(f)
        else:
            crossed.setdefault(f"{f.code}: {', '.join(f.claims)}", []).append(f)
    order = {file: i for i, file in enumerate(files) if file.startswith("claims/")}
    suites: list[tuple[str, str | None, Cases]] = [
        (file, file, files[file])
        for file in sorted(files, key=lambda p: (p not in order, order.get(p, 0), p))
        if files[file]
    ]
    suites += [
        (name, None, cases) for name, cases in ((CROSS, crossed), (FOLDERS, folders)) if cases
    ]
    return suites


def _case(
    suite: ET.Element, classname: str, name: str, findings: list[Finding], options: Options
) -> bool:
    """A test case; True when it fails. All its failing findings make one ``<failure>``."""
    tc = ET.SubElement(suite, "testcase", classname=x(classname), name=x(name), time="0")
    failing = {Severity.ERROR, Severity.WARNING} if options.strict else {Severity.ERROR}
    errors = [f for f in findings if f.severity in failing and f.accepted is None]
    others = [f for f in findings if f not in errors]
    if errors:
        first = errors[0]
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        fail = ET.SubElement(tc, "failure", message=x(first.message + more), type=x(first.code))
        fail.text = "\n".join(x(_line(f, options.prefix)) for f in errors)
    if others:
        out = ET.SubElement(tc, "system-out")
        out.text = "\n".join(x(_line(f, options.prefix)) for f in others)
    return bool(errors)


def render(result: VerifyResult, options: Options, *, case_file: bool = False) -> str:
    """The JUnit XML; ``case_file``: each case names its file too (GitLab)."""
    root = ET.Element("testsuites", name="desertcheck verify")
    totals = [0, 0]
    for name, file, cases in _suites(result):
        path = join(options.prefix, file) or name
        suite = ET.SubElement(root, "testsuite", name=x(path))
        failures = 0
        for case_name, findings in cases.items():
            failures += _case(suite, path, case_name, findings, options)
            where = file or next((f.file for f in findings if f.file), None)
            if case_file and where and not (result.registry.root / where).is_dir():
                suite[-1].set("file", x(join(options.prefix, where)))
        suite.set("tests", str(len(cases)))
        suite.set("failures", str(failures))
        suite.set("errors", "0")
        suite.set("skipped", "0")
        suite.set("time", "0")
        if file is not None:
            suite.set("file", x(path))
        totals[0] += len(cases)
        totals[1] += failures
    root.set("tests", str(totals[0]))
    root.set("failures", str(totals[1]))
    root.set("errors", "0")
    root.set("time", "0")
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def report(result: VerifyResult, options: Options) -> str:
    """``--format junit``: valid against the Jenkins xunit plugin's schema."""
    return render(result, options)


def report_gitlab(result: VerifyResult, options: Options) -> str:
    """``--format junit-gitlab``: the same, each case naming its file for GitLab."""
    return render(result, options, case_file=True)
