"""`desertcheck audit` on long sentences: each figure's context is a window around it,
and the work per figure does not grow with the sentence. Each test has a generous time
bound; before, these took tens of seconds."""

from __future__ import annotations

import random
from functools import cache
from pathlib import Path

from desertcheck.audit import Auditor, find_periods
from desertcheck.audit.window import CONTEXT_CHARS
from desertcheck.registry import load_registry
from tests.timebound import within

PROJECT = Path(__file__).parent.parent


@cache
def auditor() -> Auditor:
    return Auditor(load_registry(PROJECT).registry.claims)


def _long_paragraph(figures: int = 2_000) -> str:
    rng = random.Random(1)
    parts = [
        f"the army logged {rng.randint(1_000, 99_999):,} desertions there, " for _ in range(figures)
    ]
    return "In 2024 " + "".join(parts) + "and more."


def test_audit_of_one_long_sentence_is_linear() -> None:
    """2,000 figures in one 80 KB sentence: once 24-115 s and 0.5-0.7 GB (every figure
    re-read the whole sentence, and its item carried it)."""
    text = _long_paragraph()
    assert len(text) > 75_000
    with within(15):
        items = auditor().audit(text, "long.md")
    assert len(items) == 2_000
    # each item shows a window around its figure, not the whole sentence
    assert max(len(it.text) for it in items) <= 2 * CONTEXT_CHARS + 40
    for it in items:
        assert it.text[it.figure_start :].startswith(it.figure.text)
    # the period word at the start is far out of reach of the last figures
    assert items[0].period is not None
    assert items[-1].period is None


def test_many_periods_in_one_sentence() -> None:
    text = "in 2024 " * 10_000
    with within(3):
        found = find_periods(text)
    assert len(found) == 10_000


def test_context_is_a_window_around_the_figure() -> None:
    """Words far from a figure do not dilute its context."""
    short = "Some 16,000 soldiers were prosecuted for desertion since 2022."
    padded = short[:-1] + ", " + "while the weather stayed mild and grey " * 60 + "."
    (a,) = auditor().audit(short)
    (b,) = auditor().audit(padded)
    assert a.status == b.status == "supported"
    assert a.claim is not None and b.claim is not None and a.claim.id == b.claim.id
    assert b.text.startswith(short[:-1]) and b.text.endswith("…")


def test_a_sentence_is_read_once_however_many_figures_ask(monkeypatch) -> None:
    """The parts that read a whole sentence (its tokens for an echo of a claim's words, its
    capitalised words for a named source) read it once, not once per figure: per figure,
    a sentence of 2,000 figures took minutes (CPU) on a slow machine."""
    from desertcheck.audit import attribution, echo

    calls = {"tokens": 0, "names": 0}
    tokens, names = echo._tokens, attribution._read_names

    def counted_tokens(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls["tokens"] += 1
        return tokens(*args, **kwargs)

    def counted_names(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls["names"] += 1
        return names(*args, **kwargs)

    monkeypatch.setattr(echo, "_tokens", counted_tokens)
    monkeypatch.setattr(attribution, "_read_names", counted_names)
    text = "Proekt says " + _long_paragraph(300)
    items = auditor().audit(text, "long.md")
    assert len(items) == 300
    assert sum(it.status == "unsourced" for it in items) > 10  # the echo was asked often
    assert calls["tokens"] == 1
    assert calls["names"] == 1
