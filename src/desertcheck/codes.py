"""The one catalogue of every code desertcheck can emit.

Each code is declared here once, with its default severity, where it comes from, a
one-line summary and its documentation. Everything else reads this: the loader, the
config reader and the checks emit these constants (never a string literal), SARIF rules
and JUnit categories are built from them, ``--select``/``--ignore`` and the severity
overrides accept them (with "did you mean" for a typo), and docs/checks.md is generated
from them (``python -m desertcheck.codes``; a test keeps it current).

A check code's long documentation is the docstring of its module in
:mod:`desertcheck.checks`, where the rule lives; every other code's is in
:mod:`desertcheck.codes_text`.

This module imports nothing heavy: the command line reads it at start-up.
"""

from __future__ import annotations

import importlib
from enum import StrEnum
from typing import Any

from desertcheck.findings import Severity

__all__ = [
    "Code",
    "CodeError",
    "Origin",
    "lookup",
    "parse_codes",
    "reference",
    "refusal",
]


class Origin(StrEnum):
    """What emits a code."""

    LOADER = "loader"  # reading claims/, sources/ and origins.yaml
    CONFIG = "config"  # reading desertcheck.toml
    CHECK = "check"  # a verify check (one module in desertcheck.checks)
    AUDIT = "audit"  # a verdict on one figure of a draft
    DRAFT = "draft"  # reading a draft (desertcheck audit), on the draft as a whole
    SCAN = "scan"  # the coverage of the sources by the claims (desertcheck scan)
    ACCEPT = "accept"  # verify, on the findings accepted in claims (``accept:``)


_E, _W, _I = Severity.ERROR, Severity.WARNING, Severity.INFO


class Code(StrEnum):
    """A finding's code: compares equal to its text (``Code.NO_CLAIMS == "no-claims"``)."""

    severity: Severity
    origin: Origin
    summary: str

    def __new__(cls, value: str, severity: Severity, origin: Origin, summary: str) -> Code:
        member = str.__new__(cls, value)
        member._value_ = value
        member.severity = severity
        member.origin = origin
        member.summary = summary
        return member

    @property
    def doc(self) -> str:
        """The documentation: a check module's docstring, or :mod:`desertcheck.codes_text`."""
        if self.origin is Origin.CHECK:
            module = importlib.import_module(f"desertcheck.checks.{self.value.replace('-', '_')}")
            return (module.__doc__ or "").strip()
        from desertcheck.codes_text import DOCS

        return DOCS.get(self.value, "")

    @property
    def fatal(self) -> bool:
        """A loader error: the file did not load, so no option may ignore or lower it."""
        return self.origin is Origin.LOADER and self.severity is Severity.ERROR

    @property
    def leaves_claims_out(self) -> bool:
        """A loader error after which claims of its file may be missing: not one about an id
        that a claim, source or relation which did load names (``unknown-claim``)."""
        return self.fatal and self.value not in _REFERENCES

    # -- loader -------------------------------------------------------------------------
    YAML_SYNTAX = ("yaml-syntax", _E, Origin.LOADER, "the file is not valid YAML")
    YAML_DUPLICATE_KEY = (
        "yaml-duplicate-key",
        _E,
        Origin.LOADER,
        "a mapping has the same key twice",
    )
    YAML_ALIAS = ("yaml-alias", _E, Origin.LOADER, "a YAML anchor or alias is used")
    YAML_TAG = (
        "yaml-tag",
        _E,
        Origin.LOADER,
        "an explicit YAML tag (like `!!python/object`) is used",
    )
    YAML_STRUCTURE = (
        "yaml-structure",
        _E,
        Origin.LOADER,
        "the file does not have the expected shape",
    )
    YAML_COMMENT_CUT = (
        "yaml-comment-cut",
        _W,
        Origin.LOADER,
        "an unquoted quote, statement or note is cut short where ` #` starts a YAML comment",
    )
    YAML_STRAY_QUOTE = (
        "yaml-stray-quote",
        _W,
        Origin.LOADER,
        'an unquoted quote, statement or note ends in a `"` it never opened',
    )
    FRONT_MATTER = ("front-matter", _E, Origin.LOADER, "a source has no valid front-matter block")
    UNKNOWN_FIELD = ("unknown-field", _E, Origin.LOADER, "a field the format does not define")
    MISSING_FIELD = ("missing-field", _E, Origin.LOADER, "a required field is missing")
    INVALID_FIELD = ("invalid-field", _E, Origin.LOADER, "a field has the wrong type or value")
    INVALID_ID = (
        "invalid-id",
        _E,
        Origin.LOADER,
        "an id that is not lowercase letters, digits and hyphens",
    )
    INVALID_PERIOD = (
        "invalid-period",
        _E,
        Origin.LOADER,
        "a period that is not an ISO 8601 date or interval",
    )
    DUPLICATE_ID = ("duplicate-id", _E, Origin.LOADER, "two claims or two relations share an id")
    UNKNOWN_SOURCE = (
        "unknown-source",
        _E,
        Origin.LOADER,
        "a claim names a source that is not in `sources/`",
    )
    UNKNOWN_ORIGIN = (
        "unknown-origin",
        _E,
        Origin.LOADER,
        "a claim or source names an origin not in `sources/origins.yaml`",
    )
    UNKNOWN_CLAIM = (
        "unknown-claim",
        _E,
        Origin.LOADER,
        "a relation names a claim that does not exist",
    )
    UNSAFE_PATH = (
        "unsafe-path",
        _E,
        Origin.LOADER,
        "a path or id that would reach outside the registry, or a symlink",
    )
    NOT_UTF8 = ("not-utf8", _E, Origin.LOADER, "a file, or a file's name, that is not UTF-8 text")
    FILE_TOO_LARGE = ("file-too-large", _E, Origin.LOADER, "a file over the 2 MiB size cap")
    REGISTRY_TOO_LARGE = (
        "registry-too-large",
        _E,
        Origin.LOADER,
        "the registry's files add up to more than 64 MiB",
    )
    TOO_MANY_FINDINGS = (
        "too-many-findings",
        _E,
        Origin.LOADER,
        "a file has more than 100 loader findings; the rest are counted, not shown",
    )
    UNREAD_FILE = (
        "unread-file",
        _W,
        Origin.LOADER,
        "a file that looks like registry content but is not read",
    )
    NO_CLAIMS = ("no-claims", _W, Origin.LOADER, "the registry has no claims")

    # -- configuration ------------------------------------------------------------------
    INVALID_CONFIG = ("invalid-config", _E, Origin.CONFIG, "desertcheck.toml is invalid")

    # -- checks (documented in their modules) --------------------------------------------
    QUOTE_NOT_FOUND = ("quote-not-found", _E, Origin.CHECK, "the quote is not in its source")
    VALUE_NOT_IN_QUOTE = (
        "value-not-in-quote",
        _E,
        Origin.CHECK,
        "the quote does not state the claim's value",
    )
    QUALIFIER_MISMATCH = (
        "qualifier-mismatch",
        _E,
        Origin.CHECK,
        "the claim's qualifier is not the one its quote gives",
    )
    PERIOD_MISMATCH = (
        "period-mismatch",
        _W,
        Origin.CHECK,
        "the claim's period is not one its quote names",
    )
    STATEMENT_MISMATCH = (
        "statement-mismatch",
        _W,
        Origin.CHECK,
        "the statement does not give the claim's value, overstates the quote, or states "
        "another figure its source's sentence does not",
    )
    CONTRADICTION = (
        "contradiction",
        _W,
        Origin.CHECK,
        "claims of one quantity for one period cannot agree",
    )
    DUPLICATE_CLAIM = (
        "duplicate-claim",
        _W,
        Origin.CHECK,
        "two claims of one source record one figure",
    )
    UNIT_SPLIT = (
        "unit-split",
        _W,
        Origin.CHECK,
        "claims of one quantity for one period in different units cannot agree",
    )
    ATTRIBUTION_DRIFT = (
        "attribution-drift",
        _W,
        Origin.CHECK,
        "the same figure from the same origin changes its meaning as it is retold",
    )
    SERIES_DECREASE = ("series-decrease", _W, Origin.CHECK, "a running total goes down")
    RELATION_VIOLATED = (
        "relation-violated",
        _W,
        Origin.CHECK,
        "parts and whole of a relation cannot add up",
    )
    RELATION_QUALIFIED = (
        "relation-qualified",
        _I,
        Origin.CHECK,
        "a sum holds only thanks to its qualifiers",
    )
    PLACEHOLDER = (
        "placeholder",
        _E,
        Origin.CHECK,
        "a claim field still holds the placeholder `todo`",
    )
    VOCABULARY_NEAR_DUPLICATE = (
        "vocabulary-near-duplicate",
        _W,
        Origin.CHECK,
        "two slugs of one field are almost the same",
    )
    VOCABULARY_UNDECLARED = (
        "vocabulary-undeclared",
        _E,
        Origin.CHECK,
        "a measure or scope that the declared vocabulary does not have",
    )
    SOURCE_MODIFIED = (
        "source-modified",
        _E,
        Origin.CHECK,
        "a source's text no longer matches its fingerprint",
    )
    SOURCE_UNFINGERPRINTED = (
        "source-unfingerprinted",
        _I,
        Origin.CHECK,
        "a source has no fingerprint",
    )
    LANGUAGE_UNREAD = (
        "language-unread",
        _W,
        Origin.CHECK,
        "a source's language is read with English rules",
    )
    URL_NOT_WEB = (
        "url-not-web",
        _E,
        Origin.CHECK,
        "a source's or origin's url is not an absolute http(s) address",
    )

    # -- accepted findings --------------------------------------------------------------
    ACCEPT_UNUSED = (
        "accept-unused",
        _W,
        Origin.ACCEPT,
        "a claim accepts a finding that no longer occurs",
    )

    # -- audit verdicts -----------------------------------------------------------------
    SUPPORTED = ("supported", _I, Origin.AUDIT, "a claim of the registry states the draft's figure")
    CONTESTED = (
        "contested",
        _W,
        Origin.AUDIT,
        "a claim states the figure, but another claim of the registry disputes it",
    )
    QUALIFIER_DRIFT = (
        "qualifier-drift",
        _E,
        Origin.AUDIT,
        "the figure is a claim's, but its qualifier says more than the source",
    )
    PERIOD_DRIFT = (
        "period-drift",
        _E,
        Origin.AUDIT,
        "the figure is a claim's, but for another period",
    )
    MISMATCH = (
        "mismatch",
        _E,
        Origin.AUDIT,
        "the sentence speaks of a claim whose value the figure cannot be",
    )
    CLAIM_FAILS_VERIFY = (
        "claim-fails-verify",
        _W,
        Origin.AUDIT,
        "the claim matching the figure fails verify, so it is no evidence for it",
    )
    UNSOURCED = ("unsourced", _W, Origin.AUDIT, "no claim of the registry speaks of this figure")

    # -- drafts -------------------------------------------------------------------------
    EMPTY_DRAFT = ("empty-draft", _E, Origin.DRAFT, "a draft given to audit holds no text")

    # -- scan ---------------------------------------------------------------------------
    UNREGISTERED_FIGURE = (
        "unregistered-figure",
        _I,
        Origin.SCAN,
        "a figure of a source that no claim records and no exclusion explains",
    )
    UNUSED_EXCLUSION = (
        "unused-exclusion",
        _W,
        Origin.SCAN,
        "an exclusion of desertcheck.toml explains no figure",
    )
    COVERAGE_BELOW_MINIMUM = (
        "coverage-below-minimum",
        _E,
        Origin.SCAN,
        "the claims register fewer of the sources' figures than `--min-coverage` asks",
    )


def reference() -> str:
    """The code reference of docs/checks.md (written by :mod:`desertcheck.codes_doc`)."""
    from desertcheck.codes_doc import reference as write

    return write()


_BY_NAME: dict[str, Code] = {c.value: c for c in Code}
#: Loader errors about a reference to an id that is not there: what names it has loaded.
_REFERENCES = frozenset({"unknown-source", "unknown-origin", "unknown-claim"})


def lookup(name: str) -> Code | None:
    """The code written ``name``, or None."""
    return _BY_NAME.get(name)


def unknown_code_message(word: str, where: str = "") -> str:
    """What to say of a code the catalogue does not declare (``where``: " in ignore")."""
    from desertcheck.suggest import did_you_mean

    hint = did_you_mean(word, Code, n=2)
    return (
        f"unknown code {word!r}{where}{'; ' + hint if hint else ''} "
        "(docs/checks.md lists every code)"
    )


class CodeError(ValueError):
    """A code that is unknown, or that cannot be ignored or lowered."""


def refusal(code: Code, what: str, *, action: str = "ignored") -> str | None:
    """Why ``code`` may not be ``action`` ("ignored", "lowered"), or None when it may."""
    if not code.fatal:
        return None
    if code.value in _REFERENCES:
        return (
            f"{what}: {code} cannot be {action}: it names an id that is not in the registry, "
            "so what names it would silently go unchecked"
        )
    return (
        f"{what}: {code} cannot be {action}: "
        "the file it concerns did not load, so its claims would silently go unchecked"
    )


def parse_codes(words: Any, *, what: str, ignorable: bool = False) -> list[Code]:
    """Codes from ``words`` (strings, each may be comma-separated); raise :class:`CodeError`.

    ``what`` says what they are for ("--ignore"); with ``ignorable``, a loader error is
    refused, since the file it concerns did not load.
    """
    out: list[Code] = []
    for word in words or ():
        for part in str(word).split(","):
            name = part.strip()
            if not name:
                continue
            code = lookup(name)
            if code is None:
                raise CodeError(f"{what}: {unknown_code_message(name)}")
            refused = refusal(code, what) if ignorable else None
            if refused:
                raise CodeError(refused)
            out.append(code)
    return out


if __name__ == "__main__":  # python -m desertcheck.codes: the reference in docs/checks.md
    print(reference(), end="")
