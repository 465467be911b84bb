"""Verdicts a draft accepts: a figure the piece quotes in order to check it.

A fact-check quotes the claim it checks ("Did 60,000 soldiers desert? No: the UN counts
over 50,000"), so the quoted figure is rightly a ``mismatch``, and the run would fail on
every verdict piece. The draft says so itself, in an HTML comment (hidden when the
Markdown is rendered; audit never reads comments as prose)::

    Did 60,000 soldiers desert? <!-- desertcheck: accept mismatch: the claim under review -->

The comment names the verdicts it accepts (comma-separated) and, after a colon, why. It
covers the figures of its own line; a comment alone on its line covers the next line that
is not blank. An accepted figure keeps its verdict and its message, says that it is
accepted and why, and never fails the run, as an accepted finding of ``verify`` does not.
An acceptance that matches no figure, or that cannot be read, is noted on stderr, so one
left behind after an edit does not silence a later figure unseen.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Final

from desertcheck.codes import Code, Origin
from desertcheck.compiled import regex
from desertcheck.findings import Severity

if TYPE_CHECKING:
    from desertcheck.audit.verdicts import AuditItem
    from desertcheck.draft import Draft

#: The verdicts a draft may accept: every one that fails a run, plainly or with --strict.
ACCEPTABLE: Final = tuple(
    c.value for c in Code if c.origin is Origin.AUDIT and c.severity is not Severity.INFO
)
EXAMPLE: Final = "<!-- desertcheck: accept mismatch: the claim under review -->"
#: What a note on a verdict it cannot accept offers in place of the example.
_CAN_ACCEPT: Final = (
    f"the verdicts it can accept are {', '.join(ACCEPTABLE[:-1])} and {ACCEPTABLE[-1]}"
)

#: ``<!-- desertcheck: accept ... -->``; any other word there ("accepter", "ignore") is read
#: to be refused with a note, not passed over as if the comment were not there
_DIRECTIVE = regex(
    # the scan stops at the next "<!--": a long line of openers and no "-->" is not read
    # again from each of them (quadratic)
    r"<!--[ \t]*desertcheck[ \t]*:[ \t]*(?P<verb>[^\W\d_][\w-]*+)?((?:(?!<!--)[^\n])*?)-->",
    re.IGNORECASE,
)
_ALONE = regex(r"[ \t]*(?:<!--.*?-->[ \t]*)+")


@dataclass(frozen=True, slots=True)
class Acceptance:
    """``codes`` accepted on line ``line`` of a draft, for ``reason``; written on ``at``."""

    line: int
    at: int
    codes: frozenset[str]
    reason: str


def acceptances(text: str) -> tuple[list[Acceptance], list[tuple[int, str, str]]]:
    """The acceptances written in ``text``, and the (line, problem, what to write instead)
    of those that cannot be read."""
    lines = text.split("\n")
    found: list[Acceptance] = []
    problems: list[tuple[int, str, str]] = []
    for n, line in enumerate(lines, start=1):
        for m in _DIRECTIVE.finditer(line):
            verb = (m["verb"] or "").casefold()
            if verb != "accept":  # "accepter", "akzeptieren": the one word audit reads
                problems.append((n, _not_a_word(verb), f"to accept a verdict, write {EXAMPLE}"))
                continue
            codes, _, reason = m.group(2).partition(":")
            named = [c.strip().casefold() for c in codes.split(",") if c.strip()]
            unknown = [c for c in named if c not in ACCEPTABLE]
            if unknown:  # not the example's mismatch: the verdicts it can accept
                problems.append((n, "; ".join(map(_not_acceptable, unknown)), _CAN_ACCEPT))
                continue
            if not named or not reason.strip():
                why = "it needs the verdicts and, after a colon, why"
                problems.append((n, why, f"write {EXAMPLE}"))
                continue
            target = n
            if _ALONE.fullmatch(line):  # a comment alone on its line: the next written line
                target = next((k for k in range(n + 1, len(lines) + 1) if lines[k - 1].strip()), n)
            found.append(Acceptance(target, n, frozenset(named), " ".join(reason.split())))
    return found, problems


def _not_a_word(word: str) -> str:
    """Why a ``desertcheck:`` comment with ``word`` in place of ``accept`` is refused."""
    if not word:
        return f"{_NO_WORD}: it needs the word accept, the verdicts and, after a colon, why"
    return f"{word} is not a word audit reads there: it reads accept, in English"


_NO_WORD = "nothing follows desertcheck"


def _what(why: str) -> str:
    """What a comment that cannot be read is said to be: an accept, unless it names no
    verb or another ("<!-- desertcheck: rerun after the UN update -->" may be an editor's
    note: a desertcheck comment)."""
    other = why.startswith(_NO_WORD) or " is not a word audit reads there" in why
    return "desertcheck comment" if other else "accept"


def _not_acceptable(word: str) -> str:
    """Why ``word`` is refused, with the verdicts closest to it when some are: those it
    is a part of ("drift": qualifier-drift or period-drift), else those spelled like it."""
    import difflib

    close = [c for c in ACCEPTABLE if word in c.split("-")]
    close = close or difflib.get_close_matches(word, ACCEPTABLE, n=2, cutoff=0.6)
    meant = f": did you mean {' or '.join(close)}?" if close else ""
    return f"{word} is not a verdict it can accept{meant}"


def accept(
    items: Sequence[AuditItem], drafts: Sequence[Draft]
) -> tuple[tuple[AuditItem, ...], tuple[str, ...]]:
    """``items`` with those their draft accepts marked, and notes on the acceptances that
    cannot be read or match no figure."""
    out = list(items)
    notes: list[str] = []
    for draft in drafts:
        if not _DIRECTIVE.search(draft.text):
            continue
        found, problems = acceptances(draft.text)
        notes += [
            f"{draft.name}:{n}: cannot read this {_what(why)} ({why}); {instead}"
            for n, why, instead in problems
        ]
        for acc in found:
            hits = [
                i
                for i, it in enumerate(out)
                if it.file == draft.name and it.line == acc.line and it.status in acc.codes
            ]
            for i in hits:
                out[i] = replace(out[i], accepted=acc.reason)
            if not hits:
                codes = " or ".join(sorted(acc.codes))
                notes.append(
                    f"{draft.name}:{acc.at}: accepts {codes}, but no figure on line "
                    f"{acc.line} is one; remove the comment if the figure was corrected"
                )
    return tuple(out), tuple(notes)
