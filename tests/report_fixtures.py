"""A registry whose every string is hostile, for the HTML report's tests."""

from __future__ import annotations

from pathlib import Path

SCRIPT = "</script><script>window.pwned=1</script>"
IMG = "<img src=x onerror=window.pwned=2>"
BIDI = "\u202eevil\u202c"  # a right-to-left override and its end

SOURCE = f"""---
title: "Report {SCRIPT}"
publisher: "Press {IMG}"
language: en
url: "javascript:window.pwned=3"
---
The army said {BIDI} that 1,200 soldiers deserted in 2024 {IMG} and {SCRIPT}.
Another count gave 1,500 soldiers deserting in 2024.
"""

CLAIMS = f"""claims:
  - id: deserted-2024
    statement: "1,200 soldiers deserted in 2024 {IMG}"
    value: 1200
    unit: soldiers
    measure: desertions
    scope: army
    period: "2024"
    source: hostile
    quote: "1,200 soldiers deserted in 2024 {IMG}"
  - id: deserted-2024-other
    statement: "1,500 soldiers deserted in 2024."
    value: 1500
    unit: soldiers
    measure: desertions
    scope: army
    period: "2024"
    source: hostile
    quote: "1,500 soldiers deserting in 2024"
    note: "{SCRIPT}"
"""

DRAFT = f"""# Desertion {SCRIPT}

The army lost 1,200 soldiers to desertion in 2024 {IMG}, and {BIDI} 1,500 by another count.
[a link](javascript:window.pwned=4) and <script>window.pwned=5</script> and &#57344;7 here.
"""


def hostile_registry(root: Path) -> Path:
    (root / "claims").mkdir(parents=True)
    (root / "sources").mkdir()
    (root / "claims" / "hostile.yaml").write_text(CLAIMS, encoding="utf-8")
    (root / "sources" / "hostile.md").write_text(SOURCE, encoding="utf-8")
    (root / "draft.md").write_text(DRAFT, encoding="utf-8")
    return root
