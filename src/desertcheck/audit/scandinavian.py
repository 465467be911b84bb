"""Swedish, Norwegian and Danish words read as one table: the three languages write many
of the field's words alike ("soldater", "distrikt", "advokat", "tortur"; Norwegian and
Danish "desertør", "dømt", "tiltalt", "fravær"), and a word of any of them meets the parts
of all three, the longest first ("straffeforfulgt", Norwegian, is a prosecution before it
is the Swedish "straff", a sentence; "retsforfulgt", Danish, alike).

Each language keeps its own words (:data:`.swedish.PARTS`, :data:`.norwegian.PARTS`,
:data:`.danish.PARTS`); a word two tables hold stands for the same concepts in both (a
test holds it).
"""

from __future__ import annotations

from typing import Final

from desertcheck.audit import danish, norwegian, swedish
from desertcheck.audit.word_parts import concept_reader

#: The English concept words a Swedish, Norwegian or Danish word (lower case) stands for.
concepts: Final = concept_reader(
    {**swedish.WHOLE, **norwegian.WHOLE, **danish.WHOLE},
    {**swedish.PARTS, **norwegian.PARTS, **danish.PARTS},
)
#: The stop words of the three languages.
STOP: Final = swedish.STOP | norwegian.STOP | danish.STOP
