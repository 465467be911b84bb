"""``desertcheck diff``: what a change does to a registry, and to its verify findings.

Two halves, both free of any command-line concern:

* **Reading a side** (:mod:`.git`). A side is a registry folder: the working tree, a
  folder given with ``--dirs``, or a git revision written into a temporary folder by
  :func:`checkout`.
* **Comparing two sides** (:mod:`.comparison`). :func:`compare` sets two verified registries
  side by side; what it finds is in :mod:`.results`.
"""

from desertcheck.diff.comparison import (
    WORKING_TREE,
    Side,
    compare,
    text_change,
    verified,
)
from desertcheck.diff.found import compare_findings, finding_key, sort_by_severity
from desertcheck.diff.git import (
    REGISTRY_PARTS,
    DiffError,
    Repo,
    checkout,
    find_repo,
    resolve_revision,
)
from desertcheck.diff.pairing import field_changes
from desertcheck.diff.results import (
    AcceptanceEntry,
    ClaimChange,
    ClaimEntry,
    ClaimMove,
    ClaimRename,
    FieldChanges,
    Hunk,
    RegistryDiff,
    RelationChange,
    RelationEntry,
    SourceChange,
    SourceEntry,
    SourceRename,
    TextChange,
)

__all__ = [
    "REGISTRY_PARTS",
    "WORKING_TREE",
    "AcceptanceEntry",
    "ClaimChange",
    "ClaimEntry",
    "ClaimMove",
    "ClaimRename",
    "DiffError",
    "FieldChanges",
    "Hunk",
    "RegistryDiff",
    "RelationChange",
    "RelationEntry",
    "Repo",
    "Side",
    "SourceChange",
    "SourceEntry",
    "SourceRename",
    "TextChange",
    "checkout",
    "compare",
    "compare_findings",
    "field_changes",
    "find_repo",
    "finding_key",
    "resolve_revision",
    "sort_by_severity",
    "text_change",
    "verified",
]
