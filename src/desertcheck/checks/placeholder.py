"""No claim field may still hold the placeholder ``todo``.

``desertcheck scan --stubs`` writes a claim for every figure no claim records yet. What it
cannot know it leaves as ``todo`` — the ``measure`` and ``scope`` (with the slugs already in
use as suggestions in a comment beside them), a ``unit`` the parser did not find — and
when the sentence names no period it puts the source's publication date in ``period``, a
guess, and a ``note`` that starts with ``todo:`` and says so. Each is an error until a
person writes the real value (and, for the period, removes the ``todo:`` note), so no
guess ever passes as a checked claim.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from desertcheck.checks.base import ClaimContext
from desertcheck.codes import Code
from desertcheck.findings import Finding

if TYPE_CHECKING:
    from desertcheck.model import Claim

CODE = Code.PLACEHOLDER
KIND = "claim"
TODO = "todo"

_WHAT = {
    "statement": "write the claim in your words, as a draft would say it",
    "unit": "write what one counts in (soldiers, cases, percent, ...)",
    "measure": "write a slug for what is counted; reuse one in use where it fits "
    "(desertcheck list shows them)",
    "scope": "write a slug for whose or where; reuse one in use where it fits",
}


def is_todo(value: object) -> bool:
    """Whether a field's value is the placeholder (``todo``, or text starting ``todo:``)."""
    if not isinstance(value, str):
        return False
    word = value.strip().lower()
    return word == TODO or word.startswith(TODO + ":")


def unfilled(claim: Claim) -> bool:
    """Whether a field of ``claim`` still holds the placeholder: a stub to fill."""
    return any(is_todo(getattr(claim, name)) for name in (*_WHAT, "note"))


def check(ctx: ClaimContext) -> Iterator[Finding]:
    claim = ctx.claim
    for name, fix in _WHAT.items():
        if is_todo(getattr(claim, name)):
            yield ctx.finding(CODE, f"{name} is still {TODO}: {fix}", name)
    if is_todo(claim.note):
        yield ctx.finding(
            CODE,
            f"the note still starts with '{TODO}:' ({_cut(claim.note or '')}); settle what it "
            f"asks (the period is {claim.period}), then rewrite or remove the note",
            "note",
        )


def _cut(text: str, n: int = 120) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"
