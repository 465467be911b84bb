"""Parsers and checks of option values, answering a bad value in the tool's own words
(typer's wording differs between its versions, and names pydantic's types)."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import Any

import typer


def one_of(choices: Sequence[str], what: str, *, many: bool = False) -> Callable[[Any], Any]:
    """An option callback accepting only ``choices`` (one value, or with ``many`` a list of
    them), saying "did you mean" for a typo instead of the parser's own wording."""

    def check(value: Any) -> Any:
        if many and value is None:
            return []  # typer before 0.13 hands a repeatable option's absence on as None
        for word in value if many else [value]:
            if word is None or word in choices:
                continue
            from desertcheck.suggest import did_you_mean

            hint = did_you_mean(word, choices)
            raise typer.BadParameter(
                f"{word!r} is not {what}{'; ' + hint if hint else ''} "
                f"(use {', '.join(choices[:-1])} or {choices[-1]})"
            )
        return value

    return check


def number(
    *, low: float | None = None, high: float | None = None, whole: bool = False
) -> Callable[[str], float]:
    """An option's parser for a number, saying in our words what is wrong with a value
    (typer's own wording differs between versions, and names pydantic's types)."""
    kind = "a whole number" if whole else "a number"
    if low is not None and high is not None:
        use = f"give one from {low:g} to {high:g}"
    else:
        use = f"give {low:g} or more" if low is not None else f"give {kind}"

    def parse(text: str | float) -> float:
        if isinstance(text, (int, float)):  # a default, already a number
            return text
        try:
            value: float = int(text) if whole else float(text)
        except ValueError:
            value = math.nan
        if math.isnan(value) or math.isinf(value):
            raise typer.BadParameter(f"{text!r} is not {kind}: {use}")
        if (low is not None and value < low) or (high is not None and value > high):
            raise typer.BadParameter(f"{text} is out of range: {use}")
        return value

    return parse


def language_tag(text: str) -> str:
    """``--language``: a language tag audit knows, or ``auto``
    (:func:`desertcheck.audit.declared.checked`)."""
    from desertcheck.language_tags import checked

    try:
        return checked(text)
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from None
