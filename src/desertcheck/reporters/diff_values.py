"""The changed fields of ``desertcheck diff``'s claims and sources as its table, Markdown
and GitHub formats show them: a claim's value as its figure is shown everywhere else, any
other value as JSON writes it (the JSON format keeps every value as the registry has it).
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from desertcheck.reporters.terminal import clean

if TYPE_CHECKING:
    from desertcheck.diff import FieldChanges
    from desertcheck.model import Claim


def show_value(value: Any) -> str:
    """A field value as one line: strings quoted (so an empty one shows), absent as (none)."""
    if value is None:
        return "(none)"
    return clean(json.dumps(value, ensure_ascii=False))


def claim_fields(fields: FieldChanges, claim: Claim | None) -> list[tuple[str, str, str]]:
    """(field, old, new) of changed fields, each side as one line: a claim's value as the
    claim's figure (:func:`~desertcheck.vocabulary.figure_text`: "1.45 million
    passengers", with the qualifier and unit of its side), any other field as
    :func:`show_value`. Values that read the same once formatted are shown raw, so no
    change is hidden."""
    out = []
    for name, (old, new) in fields.items():
        a, b = show_value(old), show_value(new)
        if name == "value" and claim is not None:
            a = _figure(old, fields, claim, 0) or a
            b = _figure(new, fields, claim, 1) or b
            if a == b:
                a, b = show_value(old), show_value(new)
        out.append((name, a, b))
    return out


def _figure(value: Any, fields: FieldChanges, claim: Claim, side: int) -> str | None:
    """A side's value read as the claim's figure; None when it is no number or range."""
    from desertcheck.vocabulary import figure_text

    def of(name: str) -> Any:
        return fields[name][side] if name in fields else getattr(claim, name)

    if isinstance(value, list) and len(value) == 2:
        value = (value[0], value[1])
    numbers = value if isinstance(value, tuple) else (value,)
    if not all(isinstance(x, int | float) and not isinstance(x, bool) for x in numbers):
        return None
    qualifier, unit = of("qualifier"), of("unit")
    if not isinstance(qualifier, str) or not isinstance(unit, str | None):
        return None
    return clean(figure_text(value, qualifier, unit))
