"""Reporters: one module a format, looked up by name.

A reporter takes a :class:`~desertcheck.verify.VerifyResult` and returns the text to
print. File paths in findings are relative to the registry root; ``prefix`` (the root's
path from the working directory, or empty) is put before them where a consumer resolves
paths against the repository — GitHub annotations, SARIF, JUnit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from desertcheck.verify import VerifyResult


class Reporter(Protocol):
    def __call__(self, result: VerifyResult, prefix: str = "", *, strict: bool = False) -> str:
        """The report's text; ``strict`` when warnings fail the run too."""
        ...


def get(name: str) -> Reporter:
    if name == "json":
        from desertcheck.reporters.json_report import report
    elif name == "github":
        from desertcheck.reporters.github import report
    elif name == "sarif":
        from desertcheck.reporters.sarif import report
    elif name == "junit":
        from desertcheck.reporters.junit import report
    else:
        raise KeyError(name)
    return report


def join(prefix: str, file: str | None) -> str | None:
    if file is None:
        return None
    return f"{prefix.rstrip('/')}/{file}" if prefix else file
