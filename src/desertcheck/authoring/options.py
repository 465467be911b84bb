"""The options of ``add claim`` and ``add source``, checked before anything is read or
written, by the rules the loader applies to the fields they set.

Each problem names the option, says what is wrong and how to write it ("--period
'2025/26': ... 2025-04/2026-03 for a UK financial year ..."). A command refuses its options
with all their problems at once, so one retry can fix them all.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, get_args

if TYPE_CHECKING:
    from desertcheck.authoring.claim import ClaimOptions
    from desertcheck.authoring.source import SourceOptions
    from desertcheck.registry import Registry

_ID_RULE = "use lowercase letters, digits and single hyphens"


def _slug(option: str, value: str) -> str | None:
    from desertcheck.authoring.drafting import slug
    from desertcheck.model import is_id

    if is_id(value) and value != "todo":
        return None
    fixed = slug(value)
    like = f", like {option} {fixed}" if fixed and fixed != "todo" else ""
    return f"{option} {value!r} is not an id: {_ID_RULE}{like}"


def _text(option: str, value: str) -> str | None:
    return None if value.strip() else f"{option}: give some text; it must not be empty"


def period_problem(value: str) -> str | None:
    """What is wrong with ``value`` as a claim's period, with how to write it; None if right."""
    from desertcheck.model import _parse_period

    try:
        _parse_period(value)
    except ValueError as exc:
        return str(exc).removeprefix("invalid period: ")
    return None


def date_problem(value: str) -> str | None:
    """What is wrong with ``value`` as a publication date; None if right."""
    from desertcheck.model import _parse_partial_date

    try:
        _parse_partial_date(value)
    except ValueError as exc:
        return str(exc)
    return None


def claim_problems(o: ClaimOptions, registry: Registry) -> Iterator[str]:
    """Each problem of ``add claim``'s options."""
    from desertcheck.model import Qualifier
    from desertcheck.suggest import did_you_mean

    if o.id is not None:
        yield from filter(None, [_slug("--id", o.id)])
    for option, value in (("--measure", o.measure), ("--scope", o.scope)):
        if value is not None and (problem := _slug(option, value)):
            yield problem
    for option, value in (("--statement", o.statement), ("--unit", o.unit)):
        if value is not None and (problem := _text(option, value)):
            yield problem
    if o.qualifier is not None and o.qualifier not in get_args(Qualifier):
        yield f"--qualifier {o.qualifier!r}: use one of {', '.join(get_args(Qualifier))}"
    if o.value is not None and not math.isfinite(o.value):
        yield f"--value {o.value}: give the figure as a number, like --value 4.99"
    if o.period is not None and (problem := period_problem(o.period)):
        yield f"--period {problem}"
    if o.origin is not None:
        if problem := _slug("--origin", o.origin):
            yield problem
        elif o.origin not in registry.origins:
            hint = did_you_mean(o.origin, registry.origins)
            yield (
                f"--origin {o.origin!r}: not in sources/origins.yaml{'; ' + hint if hint else ''};"
                " add the origin there first (a title at least)"
            )
    for tag in o.tags:
        if problem := _slug("--tag", tag):
            yield problem


def _option(name: str) -> str:
    return f"--{name}"


def source_problems(o: SourceOptions, named: Callable[[str], str] = _option) -> Iterator[str]:
    """Each problem of ``add source``'s options that the document cannot change; ``named``
    says where a field was given (``--title``, else a front matter's key)."""
    from desertcheck.model import SourceKind
    from desertcheck.weburl import url_problem

    if o.id is not None and (problem := _slug(named("id"), o.id)):
        yield problem
    for name, value in (
        ("title", o.title),
        ("publisher", o.publisher),
        ("language", o.language),
        ("author", o.author),
        ("url", o.url),
    ):
        if value is not None and (problem := _text(named(name), value)):
            yield problem
    if o.url is not None and o.url.strip() and (problem := url_problem(o.url)):
        yield f"{named('url')} {problem}"
    if o.published is not None and (problem := date_problem(o.published)):
        yield f"{named('published')} {problem}"
    kinds = get_args(SourceKind)
    if o.kind is not None and o.kind not in kinds:
        yield f"{named('kind')} {o.kind!r}: use one of {', '.join(kinds)}"
    for origin in o.cites:
        if problem := _slug(named("cites"), origin):
            yield problem


def refusal(problems: list[str]) -> str:
    """One message for all the problems, then: nothing was written."""
    return "; ".join(problems) + " (nothing was written)"


def taken_id(registry: Registry, claim_id: str) -> str:
    """``--id``'s refusal of an id in use, with where it is used (file:line), as verify's
    duplicate-id names the first use."""
    claim = registry.claim(claim_id)
    place = (
        f"{claim.file}:{claim.where.of('id')[0]}"
        if claim is not None
        else _written_at(registry, claim_id)
    )
    at = f" ({place})" if place else ""
    return f"--id: a claim {claim_id!r} exists already{at}: choose another id"


def _written_at(registry: Registry, claim_id: str) -> str | None:
    """file:line of ``id: CLAIM_ID`` in a claims file whose claim did not load."""
    import re

    line = re.compile(rf"^[ \t-]*id[ \t]*:[ \t]*[\"']?{re.escape(claim_id)}[\"']?[ \t]*(#|$)")
    for rel in registry.claim_files:
        try:
            text = (registry.root / rel).read_text("utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        for no, raw in enumerate(text.splitlines(), 1):
            if line.match(raw):
                return f"{rel}:{no}"
    return None


def given_value(text: str, language: str | None = None) -> float:
    """The number ``--value`` gives, written as a number ("50000") or as a source writes
    the figure ("50,000", "over 50 000", "2.4 million"; in a source whose language groups
    thousands by points, "65.700" is 65,700). Raises ValueError with what to
    write when it gives no one figure."""
    from desertcheck.quantity import parse_quantities
    from desertcheck.quantity.convention import POINT_GROUPED, decimal_comma

    words = " ".join(text.split())
    # "65.700" for a German source is 65,700, as its quote writes it, not 65.7
    grouped = decimal_comma(language) and POINT_GROUPED.fullmatch(words)
    try:
        if not grouped:
            return float(words)  # "nan" too: refused with the options' other problems
    except ValueError:
        pass
    found = parse_quantities(words, language)
    if len(found) == 1:  # a range ("700 to 800"): its low end, which picks it too
        return found[0].low
    said = "several figures" if len(found) > 1 else "no figure"
    raise ValueError(
        f"--value {text!r} gives {said}: give the one figure of the quote that the claim is "
        "for, as a number (50000) or as the source writes it (50,000, over 50 000)"
    )
