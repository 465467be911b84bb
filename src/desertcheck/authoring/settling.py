"""What ``add claim`` asks for, or refuses, of the fields it could not read from the
quote: a measure, scope, unit or period left ``todo`` is asked for on a terminal (the slugs
in use offered, a bad answer asked again, saying what is wrong) and is an error in a pipe,
naming the option to pass."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from desertcheck.authoring.claim import TRIES, ClaimError
from desertcheck.authoring.notes import spoken_list
from desertcheck.authoring.running import period_hint, undated
from desertcheck.authoring.slugs import near_slug
from desertcheck.authoring.source import Ask
from desertcheck.authoring.units import unit_hint

if TYPE_CHECKING:
    from desertcheck.authoring.drafting import Draft
    from desertcheck.config import Vocabulary
    from desertcheck.model import Source
    from desertcheck.registry import Registry

_OPTION = {
    "unit": "--unit UNIT",
    "measure": "--measure SLUG",
    "scope": "--scope SLUG",
    "period": "--period PERIOD",
}


def settle(
    d: Draft, registry: Registry, source: Source, ask: Ask | None, vocabulary: Vocabulary
) -> None:
    """Ask for (or refuse) every field still left todo; refuse a measure or scope the
    registry does not declare, when it declares them."""
    from desertcheck.authoring.slugs import offered, undeclared

    for name in ("measure", "scope"):
        problem = None if name in d.todo else undeclared(vocabulary, name, str(d.get(name)), name)
        if problem is not None:
            raise ClaimError(f"--{problem} (nothing was written)")
    if not d.todo:
        return
    if ask is None:
        hints = []
        for name in d.todo:
            used = offered(registry, vocabulary, name) if name in ("measure", "scope") else []
            label = getattr(used, "label", "in use")
            extra = f" ({label}: {', '.join(used[:6])})" if used else ""
            if name == "period":
                extra = period_hint(d, source)
            elif name == "unit":
                extra = unit_hint(str(d.get("quote") or ""))
            hints.append(f"{_OPTION[name]}{extra}")
        raise ClaimError(
            f"cannot infer the {spoken_list(list(d.todo))} from the quote: "
            f"pass {spoken_list(hints)}"
        )
    for name in list(d.todo):
        choices = offered(registry, vocabulary, name) if name in ("measure", "scope") else []
        default, about = None, ""
        if name == "period":
            about = period_hint(d, source)
            default = None if undated(d) else str(d.get("period"))  # read from the sentence
        d.set(name, _ask_valid(ask, name, choices, default, about, registry, vocabulary))
        if name == "period":
            d.drop("note")
            if "period" in d.todo:
                d.todo.remove("period")


_QUESTIONS = {
    "measure": "measure: what is counted (a slug: lowercase words joined by hyphens)",
    "scope": "scope: whose, or where (a slug: lowercase words joined by hyphens)",
    "unit": "unit: what one counts in (percent, GBP, people, ...)",
    "period": "period: YYYY, YYYY-MM, YYYY-MM-DD or START/END",
}


def _ask_valid(
    ask: Ask,
    name: str,
    choices: Sequence[str],
    default: str | None = None,
    about: str = "",
    registry: Registry | None = None,
    vocabulary: Vocabulary | None = None,
) -> str:
    """An answer for ``name`` that the loader takes: a bad one is asked again, saying what
    is wrong; Enter gives ``default`` when there is one."""
    question = _QUESTIONS[name] + about + (f" [Enter: {default}]" if default else "")
    problem, warned = None, None
    for _ in range(TRIES):
        answer = ask(name, f"{problem}\n  {question}" if problem else question, choices).strip()
        if not answer and default:
            return default
        problem = _answer_problem(name, answer)
        if problem is None and vocabulary is not None:
            from desertcheck.authoring.slugs import table, undeclared

            problem = undeclared(vocabulary, name, answer)
            if table(vocabulary, name) is not None:
                warned = answer  # declared: no slip to ask about
        if problem is None and answer != warned and registry is not None:
            near = near_slug(registry, name, answer) if name in ("measure", "scope") else None
            if near is not None:  # a likely slip: asked once more
                warned = answer
                problem = f"{answer!r} is new, and almost {near}: type it again to add it"
                continue
        if problem is None:
            return answer
    raise ClaimError(
        f"no valid {name} given in {TRIES} tries ({problem}): pass {_OPTION[name]} instead"
    )


def _answer_problem(name: str, answer: str) -> str | None:
    from desertcheck.authoring.options import period_problem
    from desertcheck.model import is_id

    if not answer or answer == "todo":
        return f"give the {name}"
    if name in ("measure", "scope") and not is_id(answer):
        from desertcheck.authoring.drafting import slug

        like = f", like {slug(answer)}" if slug(answer) else ""
        return f"{answer!r} is not a slug: use lowercase letters, digits and single hyphens{like}"
    return period_problem(answer) if name == "period" else None
