"""A claim drafted from one figure of a source: what the tool can read, and ``todo`` for the
rest (see :mod:`desertcheck.checks.placeholder`).

From the figure it takes the value, qualifier and unit (the quantity parser verify uses),
the statement (the sentence), the quote (the shortest span of the sentence that states the
figure with its qualifier and unit and that verify finds there, and nowhere before) and the
period (the time words near the figure; else the source's publication date, flagged). The
measure and scope stay ``todo``, with the slugs of the registry closest to the sentence
suggested beside them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Final

from desertcheck.authoring import yamltext
from desertcheck.authoring.heading_period import heading_period
from desertcheck.authoring.notes import (
    ROW_NOTE,
    WRITE_PERIOD,
    guessed,
    published_guess,
    signed_start,
    table_statement,
)
from desertcheck.authoring.periods import doubt, elsewhere, guess, open_since
from desertcheck.authoring.scan import LONG_SENTENCE, one_line, sentence_of
from desertcheck.authoring.stated import opens, since_event, stated_period
from desertcheck.authoring.table_period import in_table
from desertcheck.authoring.units import (
    as_written,
    carried_rate_note,
    compared_unit,
    header_unit,
    rate_after,
    rate_further,
    rate_text,
    unit_of,
    unit_word,
)
from desertcheck.checks.placeholder import TODO
from desertcheck.quantity.bases import base_after
from desertcheck.text.display import FOOTNOTE_MARK

if TYPE_CHECKING:
    from desertcheck.model import Source
    from desertcheck.quantity import Quantity
    from desertcheck.registry import Registry
    from desertcheck.text import Normalized

MAX_ID = 72  # characters of a suggested id


@dataclass(slots=True)
class Draft:
    """A claim to append: its fields in order, each with an optional comment."""

    id: str
    source: str
    fields: list[tuple[str, object, str | None]]
    todo: list[str] = field(default_factory=list)  # fields a person must still decide
    figure: str = ""
    where: str = ""  # sources/x.md:line:column of the figure

    def get(self, name: str) -> object:
        return next((v for k, v, _ in self.fields if k == name), None)

    def set(self, name: str, value: object, note: str | None = None) -> None:
        """Set a field (in place, or after the last field), dropping ``todo`` for it."""
        for i, (k, _, _) in enumerate(self.fields):
            if k == name:
                self.fields[i] = (name, value, note)
                break
        else:
            self.fields.append((name, value, note))
        if name in self.todo and not (isinstance(value, str) and value.startswith(TODO)):
            self.todo.remove(name)

    def drop(self, name: str) -> None:
        self.fields = [f for f in self.fields if f[0] != name]

    @property
    def yaml(self) -> str:
        return yamltext.block(self.fields)


def value_of(q: Quantity) -> tuple[object, str]:
    """(value as the registry writes it, qualifier) of a parsed figure."""
    if q.is_range:
        return [_num(q.low), _num(q.high)], "between"
    return _num(q.low), q.qualifier


def _num(x: float) -> int | float:
    text = yamltext.number(x)
    return int(text) if re.fullmatch(r"-?[0-9]+", text) else float(text)


def quote_span(
    text: str,
    norm: Normalized,
    q: Quantity,
    sentence: tuple[int, int],
    unit: str | None = None,
    language: str | None = None,
) -> tuple[int, int]:
    """The shortest span of ``sentence`` around ``q`` (words added right, then left) that
    states its value with its qualifier and unit (``unit``, the claim's, else the parser's
    word), and that verify finds at this place."""
    from desertcheck.text import find_quote

    lo, hi = sentence
    a, b = max(lo, signed_start(text, q.start)), q.end
    for word in (unit.rsplit("-", 1)[-1] if unit else None, q.unit):
        if word and word not in ("percent", "share"):
            m = unit_word(text, word, b, min(hi, b + 80))
            if m is not None:
                b = m.end()
                break
    words = [(lo + m.start(), lo + m.end()) for m in re.finditer(r"\S+", text[lo:hi])]
    spans = [(a, b)]
    while spans:
        # the first that works; any clean end before one with a comma
        for s, e in [*(_trimmed(text, *span) for span in spans), *spans]:
            quote = one_line(text[s:e])
            loc = find_quote(quote, norm)
            if loc is not None and loc.start == s and _states(quote, q, language):
                return s, e
        a, b = spans[0]
        spans = [w for w in (_widen(words, a, b, True), _widen(words, a, b, False)) if w]
        if len(spans) == 2:
            spans.append((spans[1][0], spans[0][1]))
    return lo, hi


def _trimmed(text: str, a: int, b: int) -> tuple[int, int]:
    while b > a + 1 and text[b - 1] in ",;:":
        b -= 1
    return a, b


def _widen(words: list[tuple[int, int]], a: int, b: int, right: bool) -> tuple[int, int] | None:
    if right:
        after = [e for s, e in words if s >= b or (s < b < e)]
        return (a, after[0]) if after else None
    before = [s for s, e in words if e <= a or (s < a < e)]
    return (before[-1], b) if before else None


def _states(quote: str, q: Quantity, language: str | None = None) -> bool:
    """Whether ``quote`` states ``q``'s value with its qualifier, as verify reads quotes of
    a source in ``language``."""
    from desertcheck.figures import same_value
    from desertcheck.quantity import parse_quantities

    for p in parse_quantities(quote, language):
        if (p.unit == "percent") != (q.unit == "percent") or p.qualifier != q.qualifier:
            continue
        if same_value(q.low, p.low) and same_value(q.high, p.high):
            return True
    return False


#: Letters that lose more than an accent when written in ASCII: "ß" is "ss" in any
#: language; German writes "ä", "ö", "ü" as "ae", "oe", "ue" (Swedish, Finnish and
#: Estonian drop the dots: "Nächtigungen" is "naechtigungen" in German alone).
_SHARP_S: Final = str.maketrans({"ß": "ss", "ẞ": "SS"})
_GERMAN_UMLAUTS: Final = str.maketrans(
    {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}
)


def slug(text: str, language: str | None = None) -> str:
    """``text`` as a slug: lower-case ASCII letters and digits joined by hyphens, accents
    dropped, German umlauts written out when ``language`` is German."""
    from desertcheck.quantity.convention import primary

    text = text.translate(_SHARP_S)
    if primary(language) == "de":
        text = text.translate(_GERMAN_UMLAUTS)
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "-".join(re.findall(r"[a-z0-9]+", ascii_text.lower()))


def suggest_id(source: str, words: str, taken: Collection[str], language: str | None = None) -> str:
    """``<source>-<words>``, cut at a hyphen to :data:`MAX_ID`, numbered when taken; the
    words in their ``language``'s letters (:func:`slug`)."""
    base = f"{source}-{slug(words, language)}".strip("-")
    if len(base) > MAX_ID:
        base = base[:MAX_ID].rsplit("-", 1)[0]
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    return candidate


def suggestions(
    registry: Registry, name: str, sentence: str, unit: str | None, n: int = 3
) -> list[str]:
    """The registry's ``measure`` or ``scope`` slugs, closest to the sentence first."""
    from rapidfuzz import fuzz

    from desertcheck.checks.placeholder import is_todo

    best: dict[str, float] = {}
    for c in registry.claims:
        value = getattr(c, name)
        if is_todo(value):
            continue
        score = fuzz.token_set_ratio(sentence.lower(), f"{c.statement} {c.unit}".lower())
        score += 10 if unit and c.unit == unit else 0
        best[value] = max(best.get(value, 0.0), score)
    return [k for k, _ in sorted(best.items(), key=lambda kv: (-kv[1], kv[0]))][:n]


def in_use(registry: Registry, name: str) -> list[str]:
    """The registry's ``measure`` or ``scope`` slugs, the most used first."""
    from collections import Counter

    from desertcheck.checks.placeholder import is_todo

    counts = Counter(getattr(c, name) for c in registry.claims)
    return [k for k, _ in counts.most_common() if not is_todo(k)]


def slug_note(registry: Registry, name: str, sentence: str, unit: str | None) -> str:
    close = suggestions(registry, name, sentence, unit)
    if close:
        return "in use, closest first: " + ", ".join(close)
    what = "what is counted" if name == "measure" else "whose, or where"
    return f"none in use yet: write a slug for {what}"


def period_fields(
    text: str,
    q: Quantity,
    region: tuple[int, int],
    published: str | None,
    today: date | None = None,
    sentence: tuple[int, int] | None = None,
    title: str | None = None,
) -> tuple[str, str | None, bool, str | None]:
    """(period, its comment, cumulative, a ``todo:`` note when the period is only a guess).

    A table's period cell is sure; so are the time words of a sentence with one figure
    that compares no periods. In any other sentence the period read is a guess, noted. A
    sentence that names a period by its length alone ("in the quarter") takes its
    heading's or the document's ``title``'s (:mod:`.heading_period`)."""
    cell = in_table(text, q.start, published, title)
    if cell is not None:
        # sure, unless its words may mean another period ("2025-26": both whole years?)
        note = guessed(cell.unsure, cell) if cell.unsure else None
        return cell.period, f"from the table's “{cell.words}”", False, note
    found = stated_period(text, q.start, q.end, region, sentence, published) or guess(
        text, q.start, q.end, region, published, sentence
    )
    if found is not None:
        why = doubt(text, sentence, region, found, q.end) if sentence else None
        if why and sentence and not found.unsure and opens(text, sentence, region, q.start, found):
            why = None  # the year of the sentence's opening words, for its main clause
        note = guessed(why, found) if why else None
        return found.period, f"from “{found.words}”", found.cumulative, note
    if sentence is not None and sentence != region:
        # time words of the sentence nearer another of its figures ("Over 6,100 reservists,
        # nearly 12% of those called, left in 2024"): a guess, and said so, not "none"
        wider = guess(text, q.start, q.end, sentence, published, sentence)
        if wider is not None:
            why = "the sentence holds several figures, and its time words are nearer another"
            return wider.period, f"from “{wider.words}”", wider.cumulative, guessed(why, wider)
    if sentence is not None and sentence == region and not open_since(text, *sentence):
        # a sentence of one figure whose time words stand further than guess reads
        far = (
            None if since_event(text, *sentence) else elsewhere(text, q.start, sentence, published)
        )
        if far is not None:
            return far.period, f"from “{far.words}”", far.cumulative, None
    by_heading = heading_period(text, q.start, sentence, title) if sentence else None
    if by_heading is not None:  # "in the quarter" under "… Q3 2025"
        said, heading = by_heading
        return heading.period, f"“{said}”: “{heading.words}” in a heading", False, None
    if published:
        note = published_guess(text, sentence, published)
        return published, "a guess: the publication date", False, note
    day = (today or date.today()).isoformat()
    # the whole sentence, so that its other figure (--value) gives the same reason
    span = sentence or region
    since = open_since(text, *span) or since_event(text, *span)
    said = (
        f"the sentence gives “{since[0]}” but the source has no publication date to end it"
        if since
        else "the sentence names no period and the source no publication date"
    )
    note = f"{TODO}: {said}; {day} (today) stands in. {WRITE_PERIOD}"
    return day, "a guess: today's date", False, note


#: Markdown a stored source keeps of its page: footnote markers ("^{[957](#)}", "[^3]") and
#: links, whose words stay ("[the report](https://…)": "the report"; a bare "[url](#)": none)
_FOOTNOTE = re.compile(rf"{FOOTNOTE_MARK.pattern}|\[\^[^\]]*\]")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")


#: A word of approximation the parser leaves out of a range: "around 40,000-45,000"
_APPROXIMATELY = re.compile(
    r"(?i:around|about|some|roughly|approximately|nearly|almost|circa|an estimated)[ \t]+$"
)


def approximately_before(text: str, q: Quantity, start: int, lo: int) -> int:
    """The quote's start moved back over a word of approximation right before a range
    the parser read without it ("around 40,000-45,000 men"): the quote keeps what the
    source says of the figure."""
    if q.high is None or q.low == q.high or start != q.start:
        return start
    m = _APPROXIMATELY.search(text, max(lo, start - 20), start)
    return m.start() if m is not None else start


def range_approximately(text: str, q: Quantity, qualifier: str) -> str | None:
    """The qualifier's comment when the source puts a word of approximation before a
    range ("around 40,000-45,000"): a range is ``between``, the word stays in the quote."""
    if qualifier != "between" or q.high is None:
        return None
    m = _APPROXIMATELY.search(text, max(0, q.start - 20), q.start)
    if m is None:
        return None
    return f"a range is always between; the source's “{m.group().strip()}” stays in the quote"


def credited(
    registry: Registry, source_id: str, text: str, sentence: tuple[int, int]
) -> str | None:
    """The comment on a drafted claim's source when its sentence credits the figure to
    another body ("according to the UN"): the ``origin`` verify needs to compare it."""
    from desertcheck.authoring.attribution import attributed, origin_note, publisher_is

    body = attributed(text, *sentence)
    if body is None or publisher_is(registry, source_id, body):
        return None
    return origin_note(registry, body)


def whole_sentence(
    text: str, q: Quantity, sentence: tuple[int, int], language: str | None
) -> tuple[int, int]:
    """The whole sentence of figure ``q`` however long ("The report, which was presented
    … , said … 10%": more than 300 characters before its figure), a footnote marker after
    a full stop ("cases).^{[960](#)} Furthermore") ending one as a space would."""
    if text[sentence[0] : sentence[1]].lstrip().startswith("|"):
        return sentence  # a table's row
    blank = _FOOTNOTE.sub(lambda m: " " * len(m.group()), text)
    return sentence_of(blank, q.start, q.end, language, width=LONG_SENTENCE)


#: The longest sentence a stub quotes whole; markup a quote should not carry.
_LONGEST_QUOTE: Final = 300
_MARKUP: Final = re.compile(r"[\[\]|^*_`<>]")
#: A Markdown line's block marker before its words: a heading's, a list item's, a quote's.
_BLOCK_MARKER: Final = re.compile(r"(?:#{1,6}|[-+*]|\d{1,3}[.)]|>)[ \t]+")


def sentence_quote(
    text: str, norm: Normalized, whole: tuple[int, int], q: Quantity, language: str | None
) -> tuple[int, int] | None:
    """The span of the sentence ``whole`` as a stub's quote, when it is the only figure's
    (the caller knows): a quote that says what the figure counts ("The vacancy rate for
    hospital nursing posts was 7.1% in October 2025", not "7.1%"), as the registry's
    own quotes do; without its full stop. None when it is long, carries markup, or is
    not found at its place."""
    from desertcheck.text import find_quote

    a, b = whole
    while a < b and text[a].isspace():
        a += 1
    if marker := _BLOCK_MARKER.match(text, a, b):  # "## 5,000 …", "- 310 men …": the words
        a = marker.end()
    while b > a and (text[b - 1].isspace() or text[b - 1] == "."):
        b -= 1
    quote = one_line(text[a:b])
    if not (a <= q.start and q.end <= b) or len(quote) > _LONGEST_QUOTE or _MARKUP.search(quote):
        return None
    loc = find_quote(quote, norm)
    if loc is None or loc.start != a or not _states(quote, q, language):
        return None
    return a, b


def plain_words(sentence: str) -> str:
    """A sentence as a statement says it: without the page's footnote markers and link
    markup, and without a link whose words are only "url"."""
    out = _FOOTNOTE.sub("", sentence)
    out = _LINK.sub(lambda m: "" if m[1].strip().lower() in ("url", "link", "") else m[1], out)
    return " ".join(out.replace(" ,", ",").split()).rstrip(", ")


def draft(
    registry: Registry,
    source: Source,
    norm: Normalized,
    q: Quantity,
    sentence: tuple[int, int],
    region: tuple[int, int],
    taken: Collection[str],
    *,
    quote: str | None = None,
    alone: bool = False,
) -> Draft:
    """A claim for figure ``q`` of ``source`` (its quote is found when not given: its
    whole sentence when ``q`` is ``alone`` in it, else the words that state it)."""
    text, language = source.text, source.meta.language
    value, qualifier = value_of(q)
    row = table_statement(text, q)
    whole = whole_sentence(text, q, sentence, language)
    statement = row or plain_words(one_line(text[whole[0] : whole[1]]))
    found = unit_of(text, q, language)
    unit_note = None if found else "the parser found no unit after the figure"
    if found is None and (headed := header_unit(text, q, language)) is not None:
        found, unit_note = headed[0], f"from the column's header “{headed[1]}”"
    elif found is None and (other := compared_unit(text, q, sentence, language)) is not None:
        found, unit_note = other[0], f"from the figure it is compared with, “{other[1]}”"
    found = as_written(text, q, found, sentence[1], language)
    rate = rate_after(text, q, found, sentence[1], language)
    further = rate is None and (rate := rate_further(text, q, found, region[1], language))
    if further and rate is not None and unit_note is None:
        said = rate_text(rate, language)
        unit_note = f"the rate “{said}” stands a few words on: check it is this figure's"
    if rate is None and unit_note is None and found is not None:
        unit_note = carried_rate_note(text, q, found, sentence[0], language)
    span = sentence_quote(text, norm, whole, q, language) if alone and not row else None
    if quote is None and span is not None:
        quote = one_line(text[span[0] : span[1]])
    if quote is None:
        a, b = quote_span(text, norm, q, sentence, found, language)
        if (
            rate is not None
            and b <= rate.start()
            and (further or not text[b : rate.start()].strip())
        ):
            b = rate.end()  # "£1,085 a month": the rate belongs with the figure
        a = approximately_before(text, q, a, sentence[0])
        if q.per is not None and (base := base_after(text, q)) is not None:
            b = max(b, base[3])  # "37.9 crimes per 1,000 residents": and so does its base
        quote = one_line(text[a:b])
    if found is not None and rate is not None:
        found = f"{found} {rate_text(rate, language)}"
    if q.per is not None:  # "37.9 crimes per 1,000 residents": the base is the unit's
        found = f"{found or ''} per {q.per}".lstrip()
    published = str(source.meta.published) if source.meta.published else None
    period, period_comment, cumulative, note = period_fields(
        text, q, region, published, sentence=sentence, title=source.meta.title
    )
    unit = found or TODO
    named = found if found not in (None, "percent", "share") else ""
    words = " ".join(p for p in (" ".join(q.text.split()), named) if p)
    d = Draft(suggest_id(source.id, words, taken, language), source.id, [])
    d.figure = " ".join(q.text.split())
    d.set("id", d.id)
    d.set("statement", statement, ROW_NOTE if row else None)
    d.set("value", value)
    d.set("qualifier", qualifier, range_approximately(text, q, qualifier))
    d.set("unit", unit, unit_note)
    d.set("measure", TODO, slug_note(registry, "measure", statement, q.unit))
    d.set("scope", TODO, slug_note(registry, "scope", statement, q.unit))
    d.set("period", period, period_comment)
    if cumulative and rate is None:  # "15,000 cases per month since December": a rate
        d.set("cumulative", True, "a running total: “since …”")
    d.set("source", source.id, credited(registry, source.id, text, whole))
    d.set("quote", quote)
    if note:
        d.set("note", note)
    d.todo = [n for n in ("unit", "measure", "scope") if d.get(n) == TODO]
    if note:
        d.todo.append("period")
    return d


def regions(
    figures: Iterable[tuple[int, int]], sentence: tuple[int, int]
) -> dict[tuple[int, int], tuple[int, int]]:
    """For each figure span of one sentence, the part of the sentence no other figure is
    closer to: from the end of the figure before it to the start of the one after."""
    spans = sorted(figures)
    out: dict[tuple[int, int], tuple[int, int]] = {}
    for i, (s, e) in enumerate(spans):
        lo = spans[i - 1][1] if i > 0 else sentence[0]
        hi = spans[i + 1][0] if i + 1 < len(spans) else sentence[1]
        out[(s, e)] = (min(lo, s), max(hi, e))
    return out
