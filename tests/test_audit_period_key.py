"""Found when the whole suite ran: a draft's verdicts depended on the drafts audited
before it by the same auditor (and so, with ``--jobs``, on which worker took which
draft). The claims found to agree with a draft's period words were kept by the words'
kind and days alone, so a running total's date (:class:`CountDate`) or a timeline's label
(:class:`ItemLabel`), which agree with other claims, were answered with the claims a
plain period of the same days had found, or the other way round."""

from __future__ import annotations

from datetime import date

from .test_cache_audit import DATA, auditor

# judgment-facts.md dates a running total by its month; encyclopedia-article.md says the
# same month as a plain period first
FIRST = DATA / "audit_nineteenth" / "encyclopedia-article.md"
LATER = DATA / "audit_twenty_second" / "judgment-facts.md"


def test_a_drafts_verdicts_do_not_depend_on_the_drafts_audited_before_it() -> None:
    alone = auditor()
    later = LATER.read_text(encoding="utf-8")
    expected = [it.to_dict() for it in alone.audit(later, LATER.name)]
    shared = auditor()
    shared.audit(FIRST.read_text(encoding="utf-8"), FIRST.name)
    assert [it.to_dict() for it in shared.audit(later, LATER.name)] == expected


def test_period_words_of_another_reading_are_kept_apart() -> None:
    from desertcheck.audit.dated_totals import CountDate
    from desertcheck.audit.item_label import ItemLabel
    from desertcheck.audit.periods import DraftPeriod

    days = (date(2024, 2, 1), date(2024, 2, 29))
    plain = DraftPeriod("in", days, days, "in February 2024", 0, 16)
    dated = CountDate("in", days, days, "in February 2024", 0, 16)
    label = ItemLabel("in", days, days, "February 2024", 0, 13)
    labelled_day = ItemLabel("in", days, days, "February 2024", 0, 13, day=date(2024, 2, 22))
    keys = {p.said() for p in (plain, dated, label, labelled_day)}
    assert len(keys) == 4
    assert plain.said() == DraftPeriod("in", days, days, "February 2024", 5, 18).said()
