"""Label words: the nouns that name a thing by the number after them, so that the number
is a label, not a statistic: "Table 1", "Figure 3", "Section 2", "Category 1 calls",
"Level 3", "Stage 2", "Grade 4", "Tier 2", "Priority 1" ("Article 337" and "§ 5" the parser
leaves out itself, as references).

One list for ``scan`` (:func:`desertcheck.authoring.scan.not_a_statistic`: no claim is
drafted for the "1" of "Category 1 calls" or of a CSV header "Category 1 mean (minutes)")
and for audit (:mod:`desertcheck.audit.references`, which adds the words that label a
draft's own parts and units: "brigade 155", "episode 3"). A label's number is bare: a
hedge, thousands grouping or a scale makes it a statistic after any of these words.
"""

from __future__ import annotations

from typing import Final

#: The label nouns, as a regular expression's alternation (lower case; matched without
#: regard to case), each optionally abbreviated with a full stop ("fig.", "cat.").
LABEL_WORDS: Final = (
    r"table|figure|fig|figs|chart|graph|map|box|annex|appendix|exhibit|section|chapter|"
    r"page|p|category|categories|cat|level|stage|phase|grade|tier|band|priority|class|"
    r"step|round|rank"
)
