"""Import quality: the share of each test document's sentences that `add source` recovers
exactly after desertcheck's normalisation, and the boilerplate that leaks into its text.

    python bench/import_quality.py

The reference text of each document is tests/data/authoring/reference.yaml. Needs the
import extra (pip install 'desertcheck[import]').
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import yaml

from desertcheck.authoring.extract import detect, extract
from desertcheck.text import find_quote, normalize

DOCS = Path(__file__).resolve().parent.parent / "tests" / "data" / "authoring"


def main() -> int:
    reference = yaml.safe_load((DOCS / "reference.yaml").read_text("utf-8"))
    total = found_all = 0
    for name, ref in reference.items():
        data = (DOCS / name).read_bytes()
        t0 = time.perf_counter()
        doc = extract(data, detect(data, name))
        ms = (time.perf_counter() - t0) * 1000
        text = normalize(doc.text)
        missed = [s for s in ref["sentences"] if find_quote(s, text) is None]
        leaked = [b for b in ref["boilerplate"] if normalize(b).text in text.text]
        n = len(ref["sentences"])
        found = n - len(missed)
        total += n
        found_all += found
        print(
            f"{name:40} {found:3}/{n:<3} sentences ({found / n:6.1%})  "
            f"boilerplate leaked: {len(leaked)}  {ms:6.1f} ms"
        )
        for s in missed:
            print(f"    missed: {s}")
        for b in leaked:
            print(f"    leaked: {b}")
    print(f"{'all':40} {found_all:3}/{total:<3} sentences ({found_all / total:6.1%})")
    return 0 if found_all == total else 1


if __name__ == "__main__":
    sys.exit(main())
