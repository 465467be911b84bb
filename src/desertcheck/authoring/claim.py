"""``desertcheck add claim``: a claim for a quote of a source, appended to its claims file.

The quote is found in the source as verify finds it (normalised; the closest passage when
it is not there). Its figure gives the value, qualifier and unit, the sentence the
statement, the time words near the figure the period (see :mod:`.drafting`). Options set
any field. What cannot be inferred — measure, scope, a period the sentence does not give —
is asked for on a terminal (``ask``), with the slugs in use offered, and is an error in a
pipe. The claim is appended as text (comments and layout kept), written atomically, and
verified before the command returns.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import TYPE_CHECKING

from desertcheck.authoring.drafting import Draft, draft, regions
from desertcheck.authoring.notes import statement_note
from desertcheck.authoring.running import keep_running_total
from desertcheck.authoring.scan import (
    located_claims,
    one_line,
    recorded_by,
    sentence_of,
)
from desertcheck.authoring.slugs import near_slugs
from desertcheck.authoring.source import Ask
from desertcheck.checks.placeholder import TODO
from desertcheck.findings import Finding, exit_code

if TYPE_CHECKING:
    from desertcheck.config import Config
    from desertcheck.model import Source
    from desertcheck.quantity import Quantity
    from desertcheck.registry import Registry
    from desertcheck.text import Normalized

MIN_SIMILARITY = 80.0  # a closest passage less alike than this is not taken for the quote
TRIES = 3  # answers asked for one field before giving up


class ClaimError(Exception):
    """The claim cannot be added; the message says why and what to do."""


@dataclass(frozen=True, slots=True)
class ClaimOptions:
    source: str
    quote: str
    id: str | None = None
    statement: str | None = None
    value: float | None = None  # which of the quote's figures, when it gives several
    qualifier: str | None = None
    unit: str | None = None
    measure: str | None = None
    scope: str | None = None
    period: str | None = None
    cumulative: bool | None = None
    origin: str | None = None
    tags: tuple[str, ...] = ()
    note: str | None = None
    file: str | None = None
    again: bool = False  # add it even when a claim records the same figure already


@dataclass(frozen=True, slots=True)
class AddClaimResult:
    id: str
    file: str
    line: int
    yaml: str
    status: str  # verified | warning | error
    findings: tuple[Finding, ...]
    notes: tuple[str, ...] = field(default=())

    def exit_code(self, *, strict: bool = False) -> int:
        return exit_code(self.findings, strict=strict)

    def to_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "file": self.file,
            "line": self.line,
            "yaml": self.yaml,
            "status": self.status,
            "notes": list(self.notes),
            "findings": [f.to_dict() for f in self.findings],
        }


def add_claim(registry: Registry, options: ClaimOptions, ask: Ask | None = None) -> AddClaimResult:
    from desertcheck.authoring.options import claim_problems, refusal, taken_id
    from desertcheck.authoring.stubs import claims_file, claims_file_of, held, written_ids
    from desertcheck.text import normalize

    problems = list(claim_problems(options, registry))
    if problems:
        raise ClaimError(refusal(problems))
    source = registry.sources.get(options.source)
    if source is None:
        from desertcheck.suggest import did_you_mean

        hint = did_you_mean(options.source, registry.sources)
        raise ClaimError(
            f"--source: no source {options.source!r} in sources/{'; ' + hint if hint else ''}"
        )
    rel = _file(options.file or claims_file_of(registry, source.id))
    norm = normalize(source.text)
    notes: list[str] = [] if rel == _file(options.file or claims_file(source.id)) else [held(rel)]
    # one line: a quote pasted across a line break ("£2.4⏎million") is matched on
    # normalised text anyway, and a claims file should not keep the break
    quote, start, end, fuzzy = _locate(source, norm, " ".join(options.quote.split()), notes)
    from desertcheck.config import load_config

    config, _ = load_config(registry.root)  # read once: for its exclusions, then verify

    def rank(q: Quantity) -> int:  # 0: scan counts it; 1: excluded; 2: no statistic
        from desertcheck.authoring.scan import not_a_statistic

        if not_a_statistic(source.text, q):
            return 2
        return 1 if any(_excluded(config, source, norm, q)) else 0

    q = _figure(source, start, end, options.value, ask, rank)
    notes.extend(_excluded(config, source, norm, q))
    taken = set(registry.claim_ids) | written_ids(registry.root)
    sentence, region, others = _sentence(source, q)
    d = draft(registry, source, norm, q, sentence, region, taken, quote=quote)
    if options.id is not None and options.id in taken:
        raise ClaimError(taken_id(registry, options.id))
    if not options.again:
        _refuse_recorded(registry, source, norm, q, fuzzy)
    _apply(d, options)
    credit = next((n for k, _, n in d.fields if k == "source"), None)
    if credit is not None and options.origin is None:
        notes.append(f"{credit.replace('write origin:', 'pass --origin')}")
    elif credit is not None:
        d.set("source", source.id)  # the origin is given
    from desertcheck.authoring.settling import settle

    settle(d, registry, source, ask, config.vocabulary)
    if others and options.statement is None and not str(d.get("statement")).startswith(TODO):
        notes.append(statement_note(d, others, " (--statement)"))
        # and in the claims file, as scan --stubs writes it: a note on stderr is lost in a pipe
        d.set("statement", d.get("statement"), statement_note(d, others))
    notes.extend(near_slugs(d, registry))
    _loads(d, rel)
    from desertcheck.authoring.claimfile import ClaimFileError
    from desertcheck.authoring.stubs import write

    try:
        (written,) = write(registry, [d], rel)
    except ClaimFileError as exc:
        raise ClaimError(str(exc)) from None
    except OSError as exc:
        raise ClaimError(f"cannot write {rel}: {exc.strerror or exc}") from None
    status, findings = _verify(registry, config, d.id)
    return AddClaimResult(d.id, rel, written.lines[0], d.yaml, status, findings, tuple(notes))


def _locate(
    source: Source, norm: Normalized, quote: str, notes: list[str]
) -> tuple[str, int, int, str]:
    """The quote as the source writes it, where, and "" when found as given, else what was
    matched instead ("the closest passage, 97% similar, is '…'")."""
    from desertcheck.text import closest_passage, find_quote

    loc = find_quote(quote, norm)
    if loc is not None:
        return quote, loc.start, loc.end, ""
    passage = closest_passage(quote, norm)
    if passage is None or passage.similarity < MIN_SIMILARITY:
        near = ""
        if passage is not None:
            line = source.file_line(passage.start)
            near = (
                f"; the closest passage, {source.file}:{line} ({passage.similarity:.0f}% "
                f"similar), is {one_line(passage.text)!r}"
            )
        raise ClaimError(f"--quote: not in {source.file}{near}: copy the words from the source")
    text = one_line(passage.text)
    changed = _figures_not_in(quote, text)
    if changed:  # a passage alike in words but not in figures is another statement
        line = source.file_line(passage.start)
        raise ClaimError(
            f"--quote: not in {source.file}: it gives {changed}, and the closest passage, "
            f"{source.file}:{line} ({passage.similarity:.0f}% similar), does not: {text!r}; "
            "copy the figure as the source writes it"
        )
    notes.append(
        f"the quote is not in {source.file} as given; the closest passage "
        f"({passage.similarity:.0f}% similar) is used instead: {text!r}"
    )
    matched = f"the closest passage, {passage.similarity:.0f}% similar, is {text!r}"
    return text, passage.start, passage.end, matched


def _figures_not_in(quote: str, passage: str) -> str:
    """The figures ``quote`` gives in place of ``passage``'s, written out: "" unless each
    gives one the other does not (a figure changed, not a typo that reads as one more)."""
    from desertcheck.figures import quantities_in

    said = quantities_in(quote)
    values, there = (
        {(q.low, q.high) for q in said},
        {(p.low, p.high) for p in quantities_in(passage)},
    )
    missing = [q for q in said if (q.low, q.high) not in there]
    if not missing or there <= values:
        return ""
    return ", ".join(repr(" ".join(q.text.split())) for q in missing)  # as the quote writes it


def _refuse_recorded(
    registry: Registry, source: Source, norm: Normalized, q: Quantity, fuzzy: str = ""
) -> None:
    """A figure that a claim of the registry records already is not added twice unasked.
    ``fuzzy``: what was matched when the quote is not in the source as given, said first:
    a mistyped quote is the first thing to mend, even of a figure recorded already."""
    mine = (c for c in registry.claims if c.source == source.id)
    same = recorded_by(located_claims(mine, norm), q)
    if same:
        c = same[0]
        if fuzzy:
            raise ClaimError(
                f"--quote: not in {source.file} as given ({fuzzy}), and claim {c.id!r} "
                f"({c.file}:{c.line}, quote {c.quote!r}) records that passage's figure "
                "already: mend the quote, edit that claim, or pass --again to add a second one"
            )
        raise ClaimError(
            f"{c.file}:{c.line}: claim {c.id!r} records this figure already "
            f"(quote {c.quote!r}): edit that claim, or pass --again to add a second one for it"
        )


def _figure(
    source: Source,
    start: int,
    end: int,
    value: float | None,
    ask: Ask | None,
    rank: Callable[[Quantity], int],
) -> Quantity:
    """The figure of the quote at ``source.text[start:end]``: the one it gives, the one
    ``value`` names, or the one asked for. Of several, only those of the lowest ``rank``
    count: a figure scan counts before one a ``[[scan.exclude]]`` excludes ("in the past
    twelve months"), and that before one that is no statistic (the top of a scale, "out
    of 10")."""
    from desertcheck.figures import same_value
    from desertcheck.quantity import parse_quantities
    from desertcheck.vocabulary import format_number

    inside = [q for q in parse_quantities(source.text) if start <= q.start and q.end <= end]
    if value is not None:
        inside = [q for q in inside if same_value(value, q.low) or same_value(value, q.high)]
    if len(inside) > 1:
        ranks = [rank(q) for q in inside]
        inside = [q for q, r in zip(inside, ranks, strict=True) if r == min(ranks)]
    if not inside and value in (None, 0):  # a zero written "no": "No fines were imposed"
        inside = _zeros(source, start, end)
    if not inside and value is not None:
        raise ClaimError(f"--value: the quote does not state {format_number(value)}")
    if not inside:
        raise ClaimError("--quote: it states no figure; quote the words that give the number")
    if len(inside) == 1:
        return inside[0]
    shown = [" ".join(q.text.split()) for q in inside]
    if ask is None:
        raise ClaimError(
            f"--quote gives {len(inside)} figures ({', '.join(shown)}): choose one with --value"
        )
    numbered = "; ".join(f"{i}: {text}" for i, text in enumerate(shown, 1))
    question = f"which figure of the quote ({numbered})"
    for _ in range(TRIES):
        answer = ask("figure", question, ()).strip()
        if answer in shown:
            return inside[shown.index(answer)]
        if answer.isdigit() and 1 <= int(answer) <= len(shown):
            return inside[int(answer) - 1]
        question = (
            f"{answer!r} is not one of them: give its number, 1 to {len(shown)}\n  "
            + (question.split("\n  ")[-1])
        )
    raise ClaimError(f"no figure chosen in {TRIES} tries: choose one with --value")


def _zeros(source: Source, start: int, end: int) -> list[Quantity]:
    """The zeros written "no" in the quote at ``start:end`` (:mod:`desertcheck.zeros`), at
    their place in the source."""
    from dataclasses import replace

    from desertcheck.zeros import zeros_in

    return [
        replace(q, start=q.start + start, end=q.end + start)
        for q in zeros_in(source.text[start:end], source.meta.language)
    ]


def _sentence(source: Source, q: Quantity) -> tuple[tuple[int, int], tuple[int, int], list[str]]:
    """The sentence of figure ``q``, the part of it that is the figure's own, and the other
    figures it states, as written: statistics, as scan reads them (an age, "aged 16 to 64",
    or a label's number is none: :func:`~desertcheck.authoring.scan.not_a_statistic`)."""
    from desertcheck.authoring.scan import not_a_statistic
    from desertcheck.quantity import parse_quantities

    a, b = sentence_of(source.text, q.start, q.end)
    said = source.text[a:b]
    found = [p for p in parse_quantities(said) if not not_a_statistic(said, p)]
    spans = [(a + p.start, a + p.end) for p in found]
    others = [
        one_line(p.text) for p, span in zip(found, spans, strict=True) if span != (q.start, q.end)
    ]
    if (q.start, q.end) not in spans:
        spans.append((q.start, q.end))
    return (a, b), regions(spans, (a, b))[(q.start, q.end)], others


def _apply(d: Draft, o: ClaimOptions) -> None:
    if o.id is not None:
        d.id = o.id
        d.set("id", o.id)
    for name in ("statement", "qualifier", "unit", "measure", "scope"):
        value = getattr(o, name)
        if value is not None:
            d.set(name, value)
    if o.period is not None:
        if o.cumulative is None and str(d.get("period")) != o.period:
            keep_running_total(d, o.period)
        d.set("period", o.period)
        d.drop("note")
        if "period" in d.todo:
            d.todo.remove("period")
    if o.cumulative is not None:
        d.set("cumulative", o.cumulative)
    if o.origin is not None:
        d.set("origin", o.origin)
    if o.tags:
        d.set("tags", list(o.tags))
    if o.note is not None:
        d.set("note", o.note)


def _excluded(config: Config, source: Source, norm: Normalized, q: Quantity) -> Iterator[str]:
    """A note for each ``[[scan.exclude]]`` of desertcheck.toml that says the figure is no
    statistic (or repeats a claim): one of the two is now wrong."""
    from desertcheck.text import find_quote

    for ex in config.scan_exclusions:
        if ex.source != source.id:
            continue
        loc = find_quote(ex.quote, norm)
        if loc is not None and loc.start <= q.start and q.end <= loc.end:
            yield (
                f"desertcheck.toml:{ex.line} excludes this figure from scan ({ex.reason}): if "
                "the new claim is right, remove that [[scan.exclude]]; if not, drop the claim"
            )


def _loads(d: Draft, rel: str) -> None:
    """Refuse a draft the loader would not load (an option with the figure it was read
    with: ``--qualifier between`` for one number), before it is written."""
    from desertcheck.model import Claim
    from desertcheck.validation import ValidationError

    try:
        Claim.model_validate({k: v for k, v, _ in d.fields})
    except ValidationError as exc:
        problems = []
        for err in exc.errors():
            where = ".".join(str(p) for p in err["loc"]) or "claim"
            problems.append(f"{where}: {str(err['msg']).removeprefix('Value error, ')}")
        raise ClaimError(
            f"the claim would not load from {rel}: {'; '.join(problems)} (nothing was written)"
        ) from None


def _file(rel: str) -> str:
    path = PurePosixPath(rel.replace("\\", "/"))
    if path.is_absolute() or ".." in path.parts or not path.parts or path.parts[0] != "claims":
        raise ClaimError(f"--file {rel}: give a file under claims/, like claims/extra.yaml")
    if path.suffix != ".yaml":
        raise ClaimError(f"--file {rel}: a claims file ends with .yaml")
    return path.as_posix()


def _verify(registry: Registry, config: Config, claim_id: str) -> tuple[str, tuple[Finding, ...]]:
    from desertcheck.registry import load_registry
    from desertcheck.verify import verify

    loaded = load_registry(registry.root)
    result = verify(loaded, config, claim_ids=[claim_id])
    mine = tuple(f for f in result.findings if claim_id in f.claims)
    status = next((c.status for c in result.claims if c.id == claim_id), "error")
    return status, mine
