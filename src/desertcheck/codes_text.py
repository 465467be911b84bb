"""The documentation of every code that is not a verify check's, by code.

A check's documentation is the docstring of its module in :mod:`desertcheck.checks`;
every other code's is here. :attr:`desertcheck.codes.Code.doc` reads it when asked, so
the command line never loads it at start-up.
"""

from __future__ import annotations

DOCS: dict[str, str] = {
    "yaml-syntax": (
        "The message says what is likely wrong (a tab, a missing `:`, an unclosed quote "
        "or bracket, a line indented unlike its neighbours) and gives libyaml's own "
        "words after it."
    ),
    "yaml-duplicate-key": (
        "YAML would silently keep only the last value; the message names the first line."
    ),
    "yaml-alias": (
        "Anchors and aliases hide data (and a few lines of them can expand to "
        "gigabytes): write the value out in full."
    ),
    "yaml-tag": "The registry's schema, not a tag, decides what a value is.",
    "yaml-structure": (
        "Not a mapping at the top, several documents in one file, a mapping used as a "
        "key, or nesting deeper than 32 levels."
    ),
    "yaml-comment-cut": (
        "In YAML, a `#` after a blank starts a comment, even in the middle of an unquoted "
        "sentence: `quote: ranked #1 of 20` is read as `ranked`. A quote cut short this "
        "way usually fails verify without saying why; this finding says where the text "
        'was cut. Put the value in quotes (`quote: "ranked #1 of 20"`), or, if the '
        "comment is meant, accept the finding."
    ),
    "yaml-stray-quote": (
        'A value whose opening quote was lost (`statement: Around 12% of calls were late."`) '
        'is read as plain text, the closing `"` kept in it: verify passes, and the stray '
        "quote shows in every export. The warning points at the value: put back its opening "
        'quote, or delete the closing one. A value with `"` pairs inside it, or quoted as a '
        "whole, is not reported."
    ),
    "front-matter": (
        "A source file starts with `---`, its metadata in YAML, and `---`; the text follows."
    ),
    "unknown-field": "Usually a typo: the message suggests the field meant.",
    "unknown-claim": (
        "A typo, a claim renamed or a claim removed. The message offers a close id that no "
        "relation names (a claim renamed is one, several when they are as close), or one "
        "that differs in a character or two, never one the relation names already; "
        "otherwise it says the fix: remove the id from the relation's parts (or the "
        "relation, for its whole) when the claim was removed, or write its new id."
    ),
    "invalid-field": (
        "The message says what the field takes (a number, a list, one of a set of words)."
    ),
    "invalid-period": (
        "A period is `2024`, `2024-05`, `2024-05-31` or an interval of two of them "
        "(`2022-02-24/2025-09-15`); the end may not come before the start."
    ),
    "unsafe-path": (
        "A source id with `..` or `/`, a symlinked file or folder, a file that resolves "
        "outside the registry, something that is not a regular file (a FIFO, a device, "
        "a socket), or folders nested too deep: such files are not read."
    ),
    "not-utf8": (
        "The first byte that is not UTF-8 is pointed at. A UTF-16 or UTF-32 file (Windows' "
        '"Unicode"; with a byte-order mark, or its text mostly in Latin letters) is named as '
        "such at 1:1, with its byte-order mark, rather than by its first byte. A file whose "
        "name is not UTF-8 is not read; the name is shown with its odd bytes as `\\xNN`. A "
        "source holding a NUL byte (valid UTF-8, but no text holds one: a binary or damaged "
        "file) is not read either, and the first NUL is pointed at."
    ),
    "registry-too-large": (
        "Files are read in order (origins, sources, then claims) until the next would "
        "pass the cap; one finding names the first file left unread and how many more "
        "there are."
    ),
    "too-many-findings": (
        "One finding per file says how many more there were; fix the ones shown and run again."
    ),
    "unread-file": (
        "In `claims/`, a `*.json` file or a `*.YAML`/`*.YML` (suffixes other than "
        "lowercase `.yaml` and `.yml`); in `sources/`, a `*.txt`, `*.markdown`, `*.MD` "
        "or YAML file other than `origins.yaml`. Rename or convert it, or move it out "
        "of the registry."
    ),
    "no-claims": (
        "`claims/` holds no claims at all (no `*.yaml` or `*.yml` files, or only empty "
        "`claims:` lists) — usually `--root` points at the wrong folder."
    ),
    "invalid-config": (
        "The message gives the line and what the setting takes; the defaults are used "
        "for what could not be read. A file that is not valid TOML is told what its line "
        "lacks (a string or a list left open, a value not in quotes, a table declared "
        "twice), at the line that opens what is left open."
    ),
    "accept-unused": (
        "A claim's `accept:` entry names a code that verify no longer reports of it "
        "(nor of any cross-claim finding that names it): the problem was fixed, or the "
        "code is wrong. Remove the entry, as you would a stale `noqa` comment. Not "
        "reported when the code is left out of the run (`--select`, `--ignore`, "
        "`[verify] ignore`)."
    ),
    "supported": (
        "Same value (within the claim's qualifier), a qualifier that says no more than "
        "the claim's, and a period that fits."
    ),
    "contested": (
        "verify reports a contradiction or an attribution drift between the claim that "
        "supports the figure and another: the item names the other claim and its "
        "source. It fails the run with `--strict`."
    ),
    "qualifier-drift": ('For example "more than 10%" where the source says "almost 10%".'),
    "period-drift": ('For example "in 2024" for a total the source gives since 2022.'),
    "claim-fails-verify": (
        "The item says which error verify reports on the claim (its value not in its "
        "quote, a quote not found...). Fix the claim, then audit again. It fails the "
        "run with `--strict`. A figure that disagrees with such a claim keeps its drift "
        "or mismatch (an error), and the item says the claim fails verify too."
    ),
    "unsourced": "Not an error: the figure is unchecked. It fails the run with `--strict`.",
    "empty-draft": (
        "Nothing was audited: an empty draft is almost always an export that failed, "
        'which would pass a gate as "no figure to check", so it is an error that fails '
        "the run (exit 1, as a mismatch does; not 2, which is kept for a draft that "
        "cannot be read: the other drafts are still audited). It is printed on stderr "
        "as the draft is read, before the report and its summary."
    ),
    "unregistered-figure": (
        "Either a statistic still to register (`desertcheck scan --stubs` writes a "
        "claim for it) or a figure that is not a statistic, to list under "
        "`[[scan.exclude]]` in desertcheck.toml with the reason. An info: a report "
        "never fails on it."
    ),
    "unused-exclusion": (
        "Its source is not in the registry, its quote is not in the source, or the "
        "passage holds no figure that is not registered: fix the quote or remove the "
        "exclusion. An exclusion naming a source or a claim that is not in the registry "
        "(renamed or removed) is reported by `verify` too, so that CI sees it: write the "
        "id as it is now, or remove the exclusion."
    ),
    "coverage-below-minimum": (
        "Coverage is the registered share of the figures that are not excluded."
    ),
}
