"""``desertcheck init``: the folders and commented files of a new registry.

Nothing that exists is ever overwritten: when any of the files or folders is already
there, nothing at all is written and the error names what exists.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desertcheck.findings import EXIT_OK

EXAMPLE_CLAIMS = """\
# Claims: one statistic each, tied to the exact words of the source that states it.
# The format of this file: docs/registry-format.md in desertcheck's documentation.
#
# You rarely write claims by hand: `desertcheck scan --stubs --write` drafts one for every
# figure of your sources, and `desertcheck add claim --source ID --quote TEXT` adds one for
# a quote; both write to claims/<source>.yaml. This file may stay as it is, or hold claims
# you write yourself, like this one:
#
# claims:
#   - id: city-bus-trips-2023
#     statement: Buses carried 13.4 million trips in 2023.
#     value: 13400000
#     qualifier: exactly        # exactly, about, over, at-least, nearly, up-to, between
#     unit: trips
#     measure: bus-trips        # what is counted: one slug for one quantity, in every file
#     scope: city-buses         # whose, or where
#     period: "2023"            # YYYY, YYYY-MM, YYYY-MM-DD, or START/END
#     source: city-transit-report   # the file sources/city-transit-report.md
#     quote: "carried 13.4 million trips in 2023"

claims: []
"""

ORIGINS = """\
# Origins: primary works that your sources report on but whose text you do not store
# (a UN report, a court data set). A source names them in its front matter (`cites:`), a
# claim in `origin:`. The format: docs/registry-format.md.
#
# un-special-rapporteur-2025:
#   title: "Situation of human rights in the Russian Federation"
#   publisher: "UN Human Rights Council"
#   published: "2025-09-15"     # optional: YYYY, YYYY-MM or YYYY-MM-DD
#   url: "https://example.org/report"   # optional
"""

CONFIG = """\
# desertcheck's settings for this registry; every one is optional (docs/checks.md).

# [verify]
# tolerance = 0.1                 # how far "about" and "nearly" may stray (0 < t < 1)
# ignore = ["series-decrease"]    # codes never reported
#
# [verify.severity]               # a code's severity: "error", "warning" or "info"
# qualifier-mismatch = "error"

# Figures that `desertcheck scan` finds in a source but that are not statistics, each with
# the passage that holds it and the reason (docs/authoring.md):
#
# [[scan.exclude]]
# source = "city-transit-report"
# quote = "2 min read"
# reason = "the blog platform's reading time, not a statistic"

# One vocabulary: once a table is here, a claim's measure or scope that it does not
# declare is an error, and each description shows in show, export and vocab
# (docs/checks.md#one-vocabulary; `desertcheck vocab` lists the slugs in use).
#
# [vocabulary.measures]
# bus-trips = "Journeys made on the city's buses, as the operator counts them"
#
# [vocabulary.scopes]
# city-buses = "The buses the city's transit authority runs"

# [audit]
# min-score = 45                  # the bar for a claim to match a draft's figure (0-100)
#
# [audit.synonyms]                # words that say the same in this registry's field
# trips = ["journeys", "rides"]

# [claimreview]                   # for `desertcheck export --format claimreview`
# author = "Example Fact Desk"
# url = "https://factcheck.example.org/claims/"   # each review: url + the claim's id
"""

#: what init creates, in order: (path relative to the registry, content; None for a folder)
LAYOUT: tuple[tuple[str, str | None], ...] = (
    ("claims", None),
    ("claims/example.yaml", EXAMPLE_CLAIMS),
    ("sources", None),
    ("sources/origins.yaml", ORIGINS),
    ("desertcheck.toml", CONFIG),
)


class ScaffoldError(Exception):
    """init cannot write the registry; the message says why and what to do."""


@dataclass(frozen=True, slots=True)
class InitResult:
    root: Path
    created: tuple[str, ...]

    def exit_code(self, *, strict: bool = False) -> int:
        return EXIT_OK

    def to_dict(self) -> dict[str, object]:
        return {"root": str(self.root), "created": list(self.created)}


def _ignore_cache(root: Path) -> bool:
    """Have git ignore the cache folder: a .gitignore created, or the line added to the
    one there (nothing else in it changes); whether a .gitignore was created."""
    from desertcheck.cache import CACHE_DIR
    from desertcheck.files import as_written, read_for_edit, write_atomic

    path = root / ".gitignore"
    line = CACHE_DIR + "/"
    if not path.exists():
        write_atomic(path, line + "\n")
        return True
    text, end = read_for_edit(path, errors="surrogateescape")
    if line not in text.splitlines() and CACHE_DIR not in text.splitlines():
        sep = "" if not text or text.endswith("\n") else "\n"
        edited = as_written(text + sep + line + "\n", end)
        write_atomic(path, edited.encode("utf-8", "surrogateescape"))
    return False


def init(root: Path) -> InitResult:
    """Create the registry's folders and files in ``root`` (created when missing)."""
    from desertcheck.files import write_atomic

    if root.exists() and not root.is_dir():
        raise ScaffoldError(f"{root} is a file, not a folder")
    existing = [
        rel + ("/" if content is None else "")
        for rel, content in LAYOUT
        if (root / rel).exists() or (root / rel).is_symlink()
    ]
    if existing:
        raise ScaffoldError(
            f"{root} already holds {', '.join(existing)}; init overwrites nothing, so nothing "
            "was written (use another folder, or add to this registry with desertcheck add)"
        )
    created: list[str] = []
    try:
        root.mkdir(parents=True, exist_ok=True)
        for rel, content in LAYOUT:
            path = root / rel
            if content is None:
                path.mkdir()
            else:
                write_atomic(path, content)
            created.append(rel + ("/" if content is None else ""))
        if _ignore_cache(root):
            created.append(".gitignore")
    except OSError as exc:
        raise ScaffoldError(
            f"cannot create {exc.filename or root}: {exc.strerror or exc}"
        ) from None
    return InitResult(root, tuple(created))
