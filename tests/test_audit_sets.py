"""The labelled sets of tests/data, scored in-process as bench/audit_eval.py scores
them: each holds at its exact-verdict rate, every planted error fails the run, and no
correct figure does.

The levels are the ones reached (see docs/audit.md, "How well it does"); the third set
was written by a labeller blind to the matcher, and audit's second round was then built
looking at its failures; each later set was written blind, then studied by the next round
(the sixth by the fifth round, the seventh by the sixth, the ninth by the eighth, the
tenth by the ninth, the eleventh by the tenth, the twelfth by the eleventh, the
thirteenth by the twelfth, the fourteenth by the thirteenth, the fifteenth by the
fourteenth, the sixteenth to eighteenth by the fifteenth and sixteenth, the nineteenth by
the seventeenth, the twentieth and twenty-first by the eighteenth, the twenty-second by the
nineteenth): the honest measure is always the set written after it.
"""

from __future__ import annotations

import importlib.util
import sys
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from desertcheck.audit.run import severity
from desertcheck.findings import Severity

from .test_audit import PROJECT, auditor

DATA = Path(__file__).parent / "data"


@cache
def evaluation() -> ModuleType:
    """bench/audit_eval.py, whose loaders, matching and scores the test shares."""
    path = PROJECT / "bench" / "audit_eval.py"
    spec = importlib.util.spec_from_file_location("audit_eval", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["audit_eval"] = module
    spec.loader.exec_module(module)
    return module


@cache
def scored(name: str) -> dict[str, Any]:
    ev = evaluation()
    labelled = (
        ev.load_sentences(DATA / name) if name.endswith(".yaml") else ev.load_drafts(DATA / name)
    )
    assert not labelled.problems
    for draft in labelled.drafts:
        text = "\n".join(draft.lines) + "\n"
        items = auditor().audit(text, draft.name)
        draft.items = [it.to_dict() for it in items]
        severities = [severity(it.status) for it in items]
        draft.exit_code = int(Severity.ERROR in severities)
        draft.exit_code_strict = int(Severity.ERROR in severities or Severity.WARNING in severities)
    result: dict[str, Any] = ev.score(labelled, ev.match(labelled))
    return result


#: (set, the exact-verdict rate it holds, planted errors allowed to pass the run, correct
#: or unsourced figures allowed to fail it): the levels reached, held so they do not fall.
#: The ruling on retold qualifiers (docs/audit.md, "contested") raised the thirtieth to
#: fortieth sets, whose labellers called the UN's 13,500 supported, and relabelled the sets
#: before them, which called it contested: their levels are as reached after it.
LEVELS = [
    ("audit_labelled.yaml", 1.0, 0, 0),
    ("audit_second", 0.98, 0, 0),
    ("audit_third", 0.97, 0, 0),
    # written blind after audit's second round was built; its third round was then built
    # looking at this set's failures, so it is no longer blind
    ("audit_fourth", 0.95, 4, 0),
    # written blind after that, never used to build anything until the fourth round
    # studied its failures by class (docs/audit.md): held at the level reached
    ("audit_fifth", 0.94, 4, 1),
    # written blind after the fourth round was built and measured once on it (0.696); the
    # fifth round then studied its failures by class (docs/audit.md), so it is no longer
    # blind: held at the level reached
    ("audit_sixth", 0.98, 0, 0),
    # written blind while the fifth round was being built, scored once before it and once
    # after (0.788); the sixth round then studied its failures by class (docs/audit.md),
    # so it is no longer blind: held at the level reached (raised by the seventh round; 0.975
    # after the seventeenth, two planted maxima more failing the run; 0.992 and every planted
    # error failing after the twenty-third)
    ("audit_seventh", 0.99, 0, 0),
    # written blind to the matcher and scored once (0.840, before the seventh round); the
    # seventh round then studied its failures by class (docs/audit.md), so it is no longer
    # blind: held at the level reached
    ("audit_eighth", 0.97, 2, 1),
    # written blind while the sixth and seventh rounds were being built, scored before them
    # (0.797) and after each (0.807, 0.827); the eighth round then studied its failures by
    # class (docs/audit.md), so it is no longer blind: held at the level reached (0.970)
    ("audit_ninth", 0.97, 1, 1),
    # written blind while the eighth round was being built, scored before it (0.849) and
    # after (0.862); the ninth round then studied its failures by class (docs/audit.md),
    # so it is no longer blind: held at the level reached (0.885; 0.891 after the tenth
    # round; 0.905 after the sixteenth, a planted error more failing the run; 0.918 after
    # the seventeenth; 0.928 and a planted error more after the nineteenth; 0.947 after
    # the twentieth, its infobox in a fence read)
    ("audit_tenth", 0.96, 3, 1),
    # written blind while the ninth round was being built, scored before it (0.782) and
    # after (0.786); the tenth round then studied its failures by class (docs/audit.md),
    # so it is no longer blind: held at the level reached (0.870; 0.874 after fixes from a
    # user's trial; a planted error more fails the run after the eleventh round)
    # a month's slack no longer joins two periods of named months (a user's trial: "from
    # January to July 2024" passed for January to June): its "around 1,000 a month … for
    # the spring", dated by the sentence's first period ("between January and May"), is
    # now unsourced, where the slack had let it through (0.901 -> 0.898)
    ("audit_eleventh", 0.89, 4, 7),
    # written blind while the tenth round was being built, scored before it (0.757) and
    # after (0.779); the eleventh round then studied its failures by class
    # (docs/audit.md), so it is no longer blind: held at the level reached (0.907; 0.913
    # after the seventeenth round; 0.941 after the twenty-eighth, its abstract's "add up
    # to 50,590" the writer's sum)
    ("audit_twelfth", 0.94, 1, 2),
    # written blind while the eleventh round was being built, scored before it and after
    # (0.866 both times: the round changed none of its verdicts); the twelfth round then
    # studied its failures by class (docs/audit.md), so it is no longer blind: held at the
    # level reached (0.928; 0.934 after the sixteenth round)
    ("audit_thirteenth", 0.94, 0, 3),
    # written blind while the twelfth round was being built, scored before it (0.838) and
    # after (0.847); the thirteenth round then studied its failures by class
    # (docs/audit.md), so it is no longer blind: held at the level reached (0.894; 0.900
    # and a correct figure fewer failing after the nineteenth round)
    # a sentence starts after a wiki's markup (the thirty-eighth round): "… in 2021+}.
    # [[PL: the 527 is AWOL only …]]" is an editor's note of its own, and its words no
    # longer hold the sentence before it; that sentence's "more than 4,600" is then taken
    # for the 13,500 claim its words match (a mismatch, where it was unsourced): a correct
    # figure more failing (4 -> 5; the figure taken for a claim that is not its value's
    # is the cause to fix)
    ("audit_fourteenth", 0.91, 1, 5),
    # written blind while the thirteenth round was being built, scored before it and after
    # (0.836 both times); the fourteenth round then studied its failures by class
    # (docs/audit-rounds.md), so it is no longer blind: held at the level reached (0.916)
    ("audit_fifteenth", 0.92, 1, 2),
    # written blind while the fourteenth round was being built; scored before it (0.848)
    # and after (0.851); the fifteenth round then studied the misses it shares with the
    # seventeenth (docs/audit-rounds.md), so it is no longer blind: held at the level
    # reached (0.854; 0.861 after the sixteenth round; 0.868 after the nineteenth; 0.901
    # after a transport registry's trial's fixes)
    ("audit_sixteenth", 0.9, 4, 3),
    # written blind while the fourteenth round was being built; scored before it (0.837)
    # and after (0.845); studied by the fifteenth round with the sixteenth, so no longer
    # blind: held at the level reached (0.852; 0.855 after the seventeenth round; 0.866
    # after the eighteenth and an editor's trial's fixes; 0.876 after the nineteenth)
    ("audit_seventeenth", 0.89, 5, 2),
    # written blind while the fifteenth round was being built; scored before it (0.803)
    # and after (0.806); the sixteenth round then studied the misses it shares with the
    # sixteenth and seventeenth (docs/audit-rounds.md), so it is no longer blind: held at
    # the level reached (0.825; 0.828 after the seventeenth round; 0.834 and a correct
    # figure fewer failing after an editor's trial's fixes; 0.840 after the nineteenth
    # round; a correct figure fewer failing after the twenty-third)
    ("audit_eighteenth", 0.86, 7, 5),
    # written blind while the sixteenth round was being built; scored before it (0.771) and
    # after (0.781); the seventeenth round then studied its failures by class, with the
    # eighteenth's (docs/audit-rounds.md), so it is no longer blind: held at the level
    # reached (0.821; 0.841 after the nineteenth round, which studied it again; a planted
    # error more failing after the twenty-third)
    ("audit_nineteenth", 0.86, 9, 6),
    # written blind while the seventeenth round was being built (its drafts, labels and
    # failures unread by the round); scored before it (0.669) and after (0.672); then
    # after Ukrainian drafts were read (0.797: its Ukrainian draft, 2 of 53 right before;
    # docs/audit-rounds.md says how that work was chosen); the eighteenth round then
    # studied it with the twenty-first (0.850 after it; 0.856 after the nineteenth)
    # a bare table cell drops a claim's hedge as it drops a lower bound: 10 correct
    # figures failing (and 1 unsourced)
    ("audit_twentieth", 0.88, 7, 11),
    # written blind after the seventeenth round and the Ukrainian drafts' reading were
    # merged, and scored once on that code (0.830); the eighteenth round then studied its
    # failures by class, with the twentieth's, so it is no longer blind: held at the level
    # reached (0.844; 0.855 after the nineteenth round)
    # the same rule: "From January to May 2025, … 2,355 …; two-thirds of Ukrainian trials
    # …" gives the share, of December 2024 to June 2025, the clause before's months: a
    # period-drift, where the slack had let both ends through (0.887 -> 0.879)
    ("audit_twenty_first", 0.87, 6, 10),
    # written blind while the eighteenth round was being built (its drafts, labels and
    # failures unread by the round), and scored once before the round was merged (0.833;
    # 36 of 49 planted errors failing a plain run, 3 correct figures failing it), and once
    # after it and the fixes of an editor's trial (0.848); the nineteenth round then
    # studied its failures by class, with the nineteenth's and eighteenth's, so it is no
    # longer blind: held at the level reached (0.869; 40 of 49 failing, 1 correct figure;
    # 42 of 49 after the twenty-third round)
    # a bare table cell drops a claim's hedge: no correct figure fails
    ("audit_twenty_second", 0.88, 5, 0),
    # written blind while the nineteenth round was being built (its drafts, labels and
    # failures unread by the round), and scored once before the round was merged (0.731;
    # 30 of 44 planted errors failing a plain run, 6 correct figures failing it) and once
    # after it (0.734; the same 30 and 6); the twentieth round then studied its failures
    # by class, so it is no longer blind: held at the level reached (0.871; 35 of 44
    # failing, 4 correct figures; 37 of 44 after the twenty-third round)
    # a bare table cell drops a claim's hedge: 0.900
    ("audit_twenty_third", 0.9, 5, 3),
    # written blind while the twentieth round was being built (its drafts, labels and
    # failures unread by the round), and scored once before the round was merged (0.771;
    # 24 of 44 planted errors failing a plain run, 1 correct and 2 unsourced figures failing)
    # and once after it (the same); the twenty-first round then studied it (its rule was
    # set on the odd-numbered sets, this one held out): 0.829, 28 of 44 failing the run;
    # the twenty-second read its German brief (German words, figures and periods): 0.911,
    # 34 of 44
    ("audit_twenty_fourth", 0.92, 6, 3),
    # written blind while the twenty-first round was being built (its drafts, labels and
    # failures unread by the round), and scored before the round (0.642; 28 of 50 planted
    # errors failing a plain run, 14 correct figures failing) and with it (0.704; 29 of 50,
    # 14); the twenty-second round read its French brief (French words, figures and
    # periods): 0.769, 31 of 50; the twenty-third studied its correct figures failing the
    # run: 0.799, 32 of 50, 9 failing
    ("audit_twenty_fifth", 0.82, 13, 5),
    # written blind while the twenty-second round was being built (its drafts, labels and
    # failures unread by the round), and scored before the round (0.670; 20 of 46 planted
    # errors failing a plain run, 21 correct figures failing) and with it (0.778; 28 of 46,
    # 24: three figures of its French review now read and judged drifts); the twenty-third
    # round then studied its correct figures failing the run: 0.852, 31 of 46, 7 failing
    ("audit_twenty_sixth", 0.87, 10, 5),
    # written blind while the twenty-third round was being built (its drafts, labels and
    # failures unread by the round), and scored before the round (0.827; 27 of 44 planted
    # errors failing a plain run, 14 correct figures failing) and with it (0.834; 29 of 44,
    # 13 correct and 1 unsourced figure failing); 0.852 (11 correct failing) with the
    # fixes of two users' trials made the same day, none drawn from it; the twenty-fourth
    # round then studied its correct figures failing the run: 0.880, 30 of 44, 5 failing
    ("audit_twenty_seventh", 0.88, 11, 5),
    # written blind while the twenty-fourth round was being built (its drafts, labels and
    # failures unread by the round) and scored before the round, on d699aab: 0.833; 34 of
    # 48 planted errors failing a plain run, 10 correct figures failing; after it, with the
    # fixes of two users' trials made the same day, none drawn from it: 0.846, 35 of 48, 7
    # correct figures failing: never studied
    ("audit_twenty_eighth", 0.89, 7, 6),
    # written blind while the twenty-fifth round was being built (its drafts, labels and
    # failures unread by the round) and scored before the round, on 80cbf2d: 0.801; 43 of
    # 53 planted errors failing a plain run, 32 correct figures and 1 unsourced figure
    # failing it; after it, with the fixes of a user's trial made the same day, none drawn
    # from it: 0.810, 46 of 53, 32 and 1 (22 of the 32 are period-drifts, 10 of them a
    # chronology's date at the head of a line read as the figure's period); the
    # twenty-sixth round then studied its correct figures failing the run: a timeline's
    # date label read as when its figures were reported (a span label, a label along the
    # line, a rate or share within it, a state of the law from it, a day's report) and a
    # digest's lines that open with a pictograph, each of its own period, and a hedge cut
    # off from its figure by a heading of a flattened PDF, "in 2024 alone" kept to the
    # figures before it, a hedge after a digest's label ("7,780 — Moscow district,
    # nearly;"): 0.872, 46 of 53, 8 and 1; the thirtieth round (a two-column fact sheet
    # read column by column, a table row's span holding its maximum sentences): 0.875,
    # 46 of 53, 5 and 1
    # (a figure read from the two-column fact sheet placed at its number, the thirty-second
    # round: 0.885)
    ("audit_twenty_ninth", 0.88, 7, 6),
    # written blind while the twenty-sixth round was being built (its drafts, labels and
    # failures unread by the round) and scored before the round, on b8beb8a: 0.778; 33 of
    # 56 planted errors failing a plain run (17 of the others unsourced, among them five
    # rates retold over another span, "1,000 every week" for a monthly rate; three
    # "ten years" the labeller called a mismatch of the fifteen-year maximum that the
    # registry's maximum after the 2023 law supports), 12 correct figures and 2 unsourced
    # failing it; after it, the same on every count; the twenty-seventh round then studied
    # its planted errors that pass: a rate retold over another span than its claim's, a
    # count's number said as a rate, a wrong value "of them" after a named measure: 0.802,
    # 40 of 56 failing, the same 12 correct figures failing (6 bare retellings of hedged
    # claims, 5 period-drifts, 1 mismatch); the twenty-eighth round: 0.813, 41 of 56, 10
    # (a pivot table's "527 (2021)" dated by its brackets, a row "per hour")
    # and a bare table cell that drops a claim's hedge (its pivot table): 0.823, 7
    # correct figures failing (and 2 unsourced)
    ("audit_thirtieth", 0.84, 15, 9),
    # written blind while the twenty-seventh round was being built (its drafts, labels and
    # failures unread by the round) and scored before the round, on 41d2a87: 0.810; 38 of
    # 53 planted errors failing a plain run (13 of the others unsourced: rates retold over
    # another unit of time, wrong values in loosely named sentences), 16 correct figures
    # failing it, no unsourced figure; after it (never studied): 0.824, 43 of 53 failing
    # (rates over another span, "some 1,100 of them"), the same 16 correct figures failing;
    # the twenty-eighth round then studied its failures by class (an HTML table's rows, a
    # period in one "that" clause, "10y", a withdrawn period, a hedged swap …): 0.882, 47
    # of 53 failing, 6 correct figures failing (4 of them bare retellings of hedged claims)
    ("audit_thirty_first", 0.89, 6, 6),
    # written blind while the twenty-seventh and twenty-eighth rounds were being built and
    # scored blind on 982175d: 0.688; 33 of 56 planted errors failing a plain run, 13
    # correct figures failing it, 12 of 55 non-figures reported; the twenty-ninth round
    # then studied it (a LaTeX draft read as it typesets, an Italian draft's words and
    # periods, a five-digit number no year): 0.810, 40 of 56, 6 correct figures failing,
    # 9 non-figures reported (the rest: "13,500" labelled supported, contested by audit's
    # rule; Italian ranges and number words; Slack shorthand)
    ("audit_thirty_second", 0.84, 15, 6),
    # written blind while the twenty-eighth and twenty-ninth rounds were being built (its
    # drafts and labels unread by either) and scored on 982175d, before both: 0.618; 30 of
    # 56 planted errors failing a plain run (Dutch and Portuguese translations' numbers
    # unread, rates over another span, digit slips), 30 correct figures failing it; after
    # the twenty-eighth round 0.616 (31 of 56 failing, 31 correct failing), after the
    # twenty-ninth and a table's dropped hedge 0.613 (31 of 56, 32 correct failing: an
    # HTML table's rows, now read, took the period of the paragraph before the table,
    # its column header's "Feb 2022–Dec 2024" unread); the thirtieth round then studied
    # it (Dutch and Portuguese read, a span of two bare month-years a period, a
    # two-column page read column by column, telephone numbers, codes and axis ticks no
    # figures): 0.844, 47 of 56 failing, 9 correct figures failing (4 of them "13,500"
    # labelled supported, contested by audit's rule), 7 non-figures reported
    # (a figure read from the two-column layout placed at its number, the thirty-second
    # round: 0.864)
    ("audit_thirty_third", 0.88, 9, 9),
    # written blind while the thirtieth round and a user trial's fixes were being built
    # (its drafts and labels unread by either) and scored on 95bebe8, before both: 0.717;
    # 32 of 50 planted errors failing a plain run (a Swedish translation's words unread,
    # org-mode shorthand, rates over another span), 20 correct figures failing it; after
    # the thirtieth round and the trial's fixes (2fca33c) 0.720, the same 32 and 20: the
    # rules for Dutch, Portuguese and two-column pages did not carry to its styles; the
    # thirty-first round then studied it (Swedish read, MediaWiki, Org and reST markup,
    # qualifier cells, shorthand, words broken across lines): 0.846, 37 failing, 9 correct
    # with the fixes of a transport registry's trial beside it: 0.849, 38 failing
    # (0.880 and a correct figure fewer failing after the thirty-eighth round: a wiki
    # link read as the words it shows)
    ("audit_thirty_fourth", 0.88, 11, 8),
    # written blind while the thirty-first round and two fixes were being built (its drafts
    # and labels unread by them) and scored on c151fae, before them: 0.579; 26 of 52
    # planted errors failing a plain run (a chart-data CSV whose rows were mostly not read,
    # a Czech translation's words unread, a quoted-printable e-mail), 24 correct failing;
    # after them (2770e63) 0.595, the same 26 failing, 19 correct figures failing; the
    # thirty-second round then studied it (a CSV file read as a table with its unit,
    # qualifier and period columns, Czech read, an e-mail's headers and quoted-printable,
    # a notebook's cells, subtitle cues, a shared document's suggestions): 0.889, 42 of
    # 52 failing, 10 correct figures failing (7 of them "13,500" labelled supported,
    # contested by audit's rule), no non-figure reported; the thirty-ninth round's veto of
    # a value by the measure its words name: 0.916, 44 failing ("Desertion cases opened
    # …: 5,260", the AWOL count)
    ("audit_thirty_fifth", 0.91, 8, 10),
    # written blind while the thirty-second round and a user trial's fixes were being built
    # (its drafts and labels unread by them) and scored on 72d80b9, before them: 0.553; 26
    # of 51 planted errors failing a plain run (Finnish and Romanian translations unread, a
    # semicolon export's decimal commas, JSON fact boxes, a calendar's timestamps), 41
    # correct figures failing and one unsourced; after them (ef34c5d) 0.582, 29 failing, the
    # same 41 correct figures and one unsourced failing; the thirty-third round then read
    # its Finnish and Romanian translations and its drafts in file formats (a CMS's JSON, a
    # semicolon export's title row, qualifier and period columns, an iCalendar file's
    # events, a BBCode post): 0.914, 44 failing, 5 correct figures failing
    ("audit_thirty_sixth", 0.92, 7, 5),
    # written blind while the thirty-third round, the Word and OpenDocument readers and a
    # user's CI trial's fixes were being built (its drafts and labels unread by them) and
    # scored on 7c84b25, before them: 0.434; 19 of 53 planted errors failing a plain run (a
    # Norwegian translation unread, an RTF memo refused, YAML chart data, MDX props, a
    # WhatsApp export's "16k", a fixed-width fact sheet), 53 correct figures failing; after
    # them 0.436, 20 failing, the same 53 correct figures failing. Held here as this test
    # scores it: each draft's text audited as it stands (the RTF memo, which the command
    # then refused, read as its raw text: 0.516, 30 planted errors passing, 61 failing).
    # The thirty-fourth round then read its Norwegian translation and the Indian wire
    # story's lakh and crore, and its RTF memo (as the command now does, here too), YAML
    # chart data, MDX article, WhatsApp export and fact sheet: 0.862, 16 passing, 10 failing
    ("audit_thirty_seventh", 0.88, 16, 10),
    # written blind while the thirty-fourth round was being built (its drafts and labels
    # unread by it) and scored on 3360a5f, before it: 0.434; 19 of 53 planted errors failing
    # a plain run (Danish and Turkish translations unread, TTML subtitles not read at all,
    # an SVG infographic's labels beside their bars), 17 correct figures failing; after it
    # (its Norwegian reading reads the Danish translation in part) 0.508, 23 failing, 18
    # correct figures failing. The thirty-fifth round then read its Danish translation as
    # Danish and its Turkish one, and its TTML subtitles, SVG infographic and LinkedIn post
    # as their formats: 0.857, 10 passing, 14 failing; the thirty-ninth round's veto of a
    # value by the measure its words name: 0.892, 9 passing ("129 of them for going AWOL")
    ("audit_thirty_eighth", 0.88, 9, 14),
    # written blind while the thirty-fifth round was being built and scored on d082dc4,
    # before it and before the TOML, gettext and ASS readers: 0.543, 24 of 52 planted
    # errors failing a plain run (Hungarian and Greek translations unread), 14 correct
    # figures failing; after those readers and the round, 0.572, 25 failing, 10 failing;
    # after its feed, ASS, TOML and forum answer were read as their formats, 0.599, 26
    # failing, 3 failing; after its Greek and Hungarian translations were read and its
    # catalogue's messages each in their own number convention too: 0.880, 43 failing, 2
    # failing
    # the thirty-ninth round's veto of a value by the words said of it: 0.920, 44 failing
    # ("Davon wurden 20.662 verurteilt": the defendants' number given to the convicted)
    ("audit_thirty_ninth", 0.92, 7, 2),
    # written blind while the thirty-sixth round was being built (its drafts and labels
    # unread by it) and scored on 10989e5, before it: 0.547; 21 of 50 planted errors failing
    # a plain run (Estonian and Bulgarian translations unread, a BibTeX list's "50{,}000"
    # read as two numbers), 16 correct figures failing; after the round and a BibTeX reader
    # written from the format's description: 0.629, 22 failing, 11 failing; after the
    # thirty-seventh round studied it (Estonian and Bulgarian read): 0.876, 36 failing, 7
    # failing; the thirty-ninth round's veto of a value by the measure its words name:
    # 0.908, 12 passing ("of them 129 for going absent without leave")
    ("audit_fortieth", 0.9, 12, 7),
    # written blind (drafts and labels unread by any round) and scored on b0200ea2, before
    # the thirty-seventh round: 0.617; 22 of 42 planted errors failing a plain run (its
    # Estonian and Bulgarian drafts unread), 19 correct figures failing; after the ruling on
    # retold qualifiers (13,500 supported): 0.638; after the thirty-seventh round (Estonian
    # and Bulgarian read, a round that never saw this set): 0.844, 30 failing, 16 failing;
    # 0.847 and 31 failing with named months taking no slack; the thirty-eighth round then
    # studied its failures by class (DokuWiki header rows, Estonian number words, wiki
    # links and markup), so it is no longer blind: 0.916, 32 failing, 2 failing
    ("audit_forty_first", 0.91, 10, 2),
    # written blind after it and scored on eaeb4d18, before the thirty-seventh round: 0.636;
    # 23 of 45 planted errors failing a plain run, 18 correct figures failing; after the
    # thirty-seventh round, which never saw it: 0.821, 30 failing, 13 failing; the
    # thirty-eighth round then studied its failures by class (a rundown's wrapped notes,
    # Estonian "tuh", a reporting date, a row label's year), so it is no longer blind:
    # 0.904, 32 failing, no correct figure failing
    ("audit_forty_second", 0.9, 13, 0),
    # written blind while the thirty-eighth round was being built (its drafts and labels
    # unread by it) and scored on 2031087b, before it and before the session's other
    # changes: 0.799; 24 of 44 planted errors failing a plain run, 9 correct figures
    # failing; after audit --language and German shares in words 0.802, after a French
    # desk's trial's fixes (French periods and hedges) 0.805; after the thirty-eighth
    # round, which studied the forty-first and forty-second sets and never saw this one:
    # 0.805, the same 24 failing and 9 failing; the thirty-ninth round then studied it (a
    # value vetoed by the measure its words name; Russian and Ukrainian verbs of killing
    # and wounding, French "cas … documentés"; a claim's quote read for its own number's
    # words, and an unsourced figure's own number too; a date after "the report" when it
    # was reported): 0.836, 31 failing, 7 failing
    ("audit_forty_third", 0.83, 13, 7),
    # written blind while the thirty-ninth round was being built (its drafts and labels
    # unread by it), at least half of its planted errors a figure given to the wrong
    # measure; scored on a63de907, before that round: 0.795, 34 of 46 planted errors
    # failing a plain run, 8 correct figures failing; after the session's French, German
    # and working-day rules 0.795; after the thirty-ninth round, which never saw it:
    # 0.799, 35 failing, 8 failing
    ("audit_forty_fourth", 0.79, 11, 8),
]


@pytest.mark.parametrize(("name", "level", "missed", "failing"), LEVELS)
def test_exact_verdicts(name: str, level: float, missed: int, failing: int) -> None:
    result = scored(name)
    assert result["exact_rate"] >= level, "\n".join(result["wrong"])


@pytest.mark.parametrize(("name", "level", "missed", "failing"), LEVELS)
def test_planted_errors_fail_the_run(name: str, level: float, missed: int, failing: int) -> None:
    planted = scored(name)["planted"]
    assert planted["total"] - planted["fail_run"] <= missed, "\n".join(planted["missed"])


@pytest.mark.parametrize(("name", "level", "missed", "failing"), LEVELS)
def test_correct_figures_pass_the_run(name: str, level: float, missed: int, failing: int) -> None:
    result = scored(name)
    clean = result["correct_figures"]
    wrongly = clean["fail_run"] + result["unsourced_figures"]["fail_run"]
    assert wrongly <= failing, "\n".join(clean["failing"])
