"""Russian and Ukrainian verbs of killing and wounding, those who returned from the front,
Verstka's name, and French "cas … documentés" (the forty-third set): a sentence that
retells Verstka's count of people killed or injured by returning combatants, or the UN's
count of torture cases, in those words met no claim, so its figure stayed ``unsourced``,
right or misstated."""

from __future__ import annotations

import pytest

from .test_audit import auditor

VERSTKA = "nge-verstka-killed-injured-by-returning-combatants"
TORTURE = "nge-un-torture-cases-2024-25"


@pytest.mark.parametrize(
    ("draft", "expected"),
    [
        (
            "Вернувшиеся с фронта убили или тяжело ранили более 750 человек (подсчёт «Вёрстки»).",
            ("более 750", "supported", VERSTKA),
        ),
        # a zero dropped: the claim its words name, misstated
        (
            "Вернувшиеся с фронта убили или тяжело ранили более 75 человек (подсчёт «Вёрстки»).",
            ("более 75", "mismatch", VERSTKA),
        ),
        (
            "Ті, хто повернувся з фронту, вбили або тяжко поранили понад 750 людей "
            "(підрахунок «Вьорстки»).",
            ("понад 750", "supported", VERSTKA),
        ),
        (
            "Ті, хто повернувся з фронту, вбили або тяжко поранили понад 75 людей.",
            ("понад 75", "mismatch", VERSTKA),
        ),
        (
            "Quelque 2 580 cas de torture ont par ailleurs été documentés en 2024-2025.",
            ("Quelque 2 580", "mismatch", TORTURE),
        ),
        (
            "Quelque 258 cas de torture ont par ailleurs été documentés en 2024-2025.",
            ("Quelque 258", "supported", TORTURE),
        ),
    ],
)
def test_the_words_meet_the_claim(draft: str, expected: tuple[str, str, str]) -> None:
    (item,) = auditor().audit(draft + "\n", "d.md")
    assert (item.figure.text, item.status, item.claim and item.claim.id) == expected
