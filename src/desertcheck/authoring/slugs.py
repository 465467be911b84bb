"""The measure and scope slugs ``add claim`` writes: when desertcheck.toml declares them
(``[vocabulary.measures]``, ``[vocabulary.scopes]``) only those are offered, and another
is refused before anything is written, as verify would refuse it after
(:mod:`desertcheck.checks.vocabulary_undeclared`); else those in use are offered, and a
new one almost the same as one of them is a likely slip."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desertcheck.authoring.drafting import Draft
    from desertcheck.config import Vocabulary
    from desertcheck.registry import Registry


class Declared(tuple[str, ...]):
    """Slugs declared in desertcheck.toml, offered as the answers."""

    label = "declared in desertcheck.toml"


def table(vocabulary: Vocabulary, name: str) -> Mapping[str, str] | None:
    """The declared ``measure`` or ``scope`` slugs (None: not declared, any slug goes)."""
    if name == "measure":
        return vocabulary.measures
    return vocabulary.scopes if name == "scope" else None


def offered(registry: Registry, vocabulary: Vocabulary, name: str) -> Sequence[str]:
    """The slugs to offer for ``name``: the declared ones (those in use first) when the
    registry declares them, else those in use, the most used first."""
    from desertcheck.authoring.drafting import in_use

    used = in_use(registry, name)
    declared = table(vocabulary, name)
    if declared is None:
        return used
    return Declared([*(s for s in used if s in declared), *(s for s in declared if s not in used)])


def undeclared(vocabulary: Vocabulary, name: str, value: str, option: str = "") -> str | None:
    """Why ``value`` cannot be the claim's ``name``: the registry declares its slugs, and
    not this one (with the declared one it likely meant); None when it may. ``option``
    starts the message (the option that gave the value)."""
    from desertcheck.suggest import did_you_mean

    declared = table(vocabulary, name)
    if declared is None or value in declared:
        return None
    hint = did_you_mean(value, declared, cutoff=0.5)
    return (
        f"{option}{' ' if option else ''}{value!r} is not declared in [vocabulary.{name}s] of "
        f"desertcheck.toml{f' ({hint})' if hint else ''}: use one declared there, or declare "
        f'it first ({value} = "what it is")'
    )


def near_slug(registry: Registry, name: str, value: str) -> str | None:
    """A slug in use as ``name`` that ``value`` is almost ("war-duraton", "war-duration"),
    said with how near: a new slug that is likely a slip; None when there is none."""
    from desertcheck.authoring.drafting import in_use
    from desertcheck.checks.vocabulary_near_duplicate import how_near

    used = in_use(registry, name)
    if value in used:
        return None
    for other in used:
        how = how_near(value, other)
        if how is not None:
            return f"{other!r} ({how})"
    return None


def near_slugs(d: Draft, registry: Registry) -> Iterator[str]:
    for name in ("measure", "scope"):
        value = str(d.get(name))
        near = near_slug(registry, name, value)
        if near is not None:
            yield f"the {name} {value!r} is new, and almost {near}: if it is a slip, edit it"
