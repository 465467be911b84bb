"""Drafts in other languages and scripts: sentences, words and matching (Russian here)."""

from __future__ import annotations

from desertcheck.draft import blank, sentences


def test_sentences_start_with_a_capital_of_any_script() -> None:
    text = (
        "В апреле 2025 года суды вынесли 848 приговоров. «Медиазона» насчитала 4350 дел. "
        "Около 20 тыс. Дел нет. По ст. 337 УК осуждены 4373 человека."
    )
    spans = sentences(blank(text), text)
    assert [text[a:b] for a, b in spans] == [
        "В апреле 2025 года суды вынесли 848 приговоров.",
        "«Медиазона» насчитала 4350 дел.",
        "Около 20 тыс. Дел нет.",
        "По ст. 337 УК осуждены 4373 человека.",
    ]
