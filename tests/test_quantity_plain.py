"""The cheap reader of plain texts (:mod:`desertcheck.quantity.plain`) against the full
parser: on every text it takes, the same atoms and the same figures (values, qualifiers,
units, spans, texts); any other text it declines."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from desertcheck.quantity import parse_quantities
from desertcheck.quantity.compound import joined
from desertcheck.quantity.grammar import parse, parse_atoms, tokens
from desertcheck.quantity.plain import plain_atoms

ROOT = Path(__file__).resolve().parent.parent


def _same_or_declined(text: str) -> bool:
    """Whether the reader declines ``text`` or reads it as the full parser does; asserts
    the second."""
    atoms = plain_atoms(text)
    if atoms is None:
        return False
    assert atoms == tokens(text), text
    assert parse_atoms(text, atoms) == parse(text), text
    # the figures the parser returns: the full parser's, compound durations joined
    assert parse_quantities(text) == joined(text, parse(text)), text
    return True


def _registry_texts() -> list[str]:
    texts = []
    for path in sorted((ROOT / "claims").glob("*.yaml")):
        for claim in yaml.safe_load(path.read_text(encoding="utf-8"))["claims"]:
            texts += [claim[k] for k in ("quote", "statement") if isinstance(claim.get(k), str)]
    return texts


def _draft_texts() -> list[str]:
    """Every draft of the labelled sets whole, by paragraph, line and sentence."""
    texts: list[str] = []
    for path in sorted((ROOT / "tests" / "data").glob("audit_*/**/*")):
        if path.suffix not in (".md", ".txt", ".yaml"):
            continue
        text = path.read_text(encoding="utf-8")
        texts += [text, *text.split("\n\n")]
        for line in text.splitlines():
            texts += [line, *re.split(r"(?<=[.!?])\s+", line)]
    return list(dict.fromkeys(t for t in texts if t.strip()))


def test_every_text_of_the_shipped_registry() -> None:
    texts = _registry_texts()
    taken = sum(_same_or_declined(t) for t in texts)
    assert taken >= len(texts) // 3  # most quotes write their figures plainly


def test_every_draft_of_the_labelled_sets() -> None:
    texts = _draft_texts()
    taken = sum(_same_or_declined(t) for t in texts)
    assert taken >= len(texts) // 10


@pytest.mark.parametrize(
    "text",
    [
        "In October 2021, the garrison court in Amur recorded about 8,283 cases of "
        "unauthorised absence, according to figures seen by reporters in case file 12.",
        "The court heard more than 1,204 cases in March 5, 2023 and 12.5% were upheld.",
        "Some 40 % of them, or nearly 310 people, said so; 2024 was worse.",
        "Mediazona counted 7,300 verdicts by 2024 \u2014 \u201cat least\u201d that many.",
    ],
)
def test_a_plain_text_is_read_cheaply(text: str) -> None:
    assert _same_or_declined(text)


@pytest.mark.parametrize(
    "text",
    [
        "1. The court heard 500 cases.",  # a list number
        "The court heard 5 March 2023 cases.",  # a date, day first
        "They heard five hundred cases.",  # number words
        "It cost $500 or 300 dollars.",  # currencies
        "Under Article 337 of the code, 12 men were tried.",  # a reference
        "At 5 pm, 1 in 5 had left.",  # a time, a share
        "The court heard 1,5000 cases, 12 345 appeals and 5km of files.",
        "A 5-year term for 3 men (a 20 per cent rise).",
        "Ten cases\nand 12 appeals.",
        ", 5 a.m.th",  # a time the full parser reads before a word glued on (hypothesis)
        "They met at 5 a.m.x and left.",
        "It opened at 9 p.m.sharp.",
    ],
)
def test_any_doubt_is_the_full_parsers(text: str) -> None:
    assert plain_atoms(text) is None


_PIECES = [
    *"0123456789 ,.;:!?%\"'-",
    *["\u2019", "\u201c", "\u201d", "\u2014", "\u2013", "\n", "(", "$", "\u00a0"],
    *["1,000", "12,345", "1,5000", "3.5", "12.5", "2021", "1999", "07", " 5", " 12,000"],
    *[" cases", " people", " in", " of", " out of", " am", " pm", " a.m.", " to", " and"],
    *[" between", " from", " or", " more than", " about", " nearly", " over", " up to"],
    *[" March", " Dec.", " May", " may", " Sept", " Article", " art.", " no.", " p.", " www."],
    *[" per cent", " percent", " pct", " million", " bn", " hundred", " one", " a third"],
    *[" dollars", " USD", " Rs", " euros", " roubles", " rose", " fell", " per", " year"],
    *[" the", " The", " said", " Russian", " new", " soldiers", " minus", "th", "s", "km"],
]


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=16).map("".join))
def test_number_like_strings(text: str) -> None:
    _same_or_declined(text)


@settings(max_examples=1500, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(_PIECES),
            st.from_regex(r"\A ?[0-9]{1,5}([.,][0-9]{1,4}){0,2}( ?%)?\Z"),
            st.text(alphabet="abcdefghijklmnopqrstuvwxyzAMDJ ,.'%-0123456789", max_size=6),
        ),
        max_size=12,
    ).map("".join)
)
def test_generated_texts_around_numbers(text: str) -> None:
    _same_or_declined(text)
