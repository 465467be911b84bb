"""The cache of results, in ``.desertcheck-cache/`` at the registry root.

* :mod:`.reports` keeps each command's whole report while the registry's files are
  unchanged: a second run writes it again without loading anything;
* :mod:`.checks` keeps each claim's per-claim findings keyed by the content of its claims
  file and of its source, so a run after an edit checks only what the edit touched;
* :mod:`.manifest` says what the files are (stat first, then a digest); :mod:`.store`
  writes entries atomically and reads back only those that check out; :mod:`.stamp`
  keys everything to the tool's version and code.

Imports here stay light: the warm path loads neither the model's validation nor the checks.
"""

from desertcheck.cache.store import CACHE_DIR, Store

__all__ = ["CACHE_DIR", "Store"]
