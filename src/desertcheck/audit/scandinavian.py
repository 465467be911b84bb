"""Swedish and Norwegian words read as one table: the two languages write many of the
field's words alike ("soldater", "distrikt", "advokat", "tortur"), and a word of either
meets the parts of both, the longest first ("straffeforfulgt", Norwegian, is a prosecution
before it is the Swedish "straff", a sentence).

Each language keeps its own words (:data:`.swedish.PARTS`, :data:`.norwegian.PARTS`); a
word both tables hold stands for the same concepts in both (a test holds it).
"""

from __future__ import annotations

from typing import Final

from desertcheck.audit import norwegian, swedish
from desertcheck.audit.word_parts import concept_reader

#: The English concept words a Swedish or Norwegian word (lower case) stands for.
concepts: Final = concept_reader(
    {**swedish.WHOLE, **norwegian.WHOLE}, {**swedish.PARTS, **norwegian.PARTS}
)
#: The stop words of both languages.
STOP: Final = swedish.STOP | norwegian.STOP
