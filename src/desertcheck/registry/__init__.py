"""Find a registry, read it, and turn every problem in it into a finding.

``load_registry(root)`` never raises on bad input: YAML errors, schema errors, broken
references, unsafe paths and special files, non-UTF-8 text or names, oversized files and
a registry over its total size each become a :class:`~desertcheck.findings.Finding` with
the file and line, and the rest of the registry still loads, so one broken file never
hides the problems of the others.

* :mod:`.root` finds the registry; :mod:`.files` reads its folders and files safely;
* :mod:`.loader` runs the passes that build sources, origins, claims and relations;
* :mod:`.entries` parses a YAML file and validates its entries into records;
* :mod:`.explain` turns validation errors into findings; :mod:`.references` checks ids;
* :mod:`.result` holds what loading gives: :class:`Registry` and :class:`LoadResult`.
"""

from typing import TYPE_CHECKING, Any

from desertcheck.registry.files import (
    MAX_FILE_BYTES,
    MAX_FINDINGS_PER_FILE,
    MAX_FOLDER_DEPTH,
    MAX_REGISTRY_BYTES,
)
from desertcheck.registry.root import ENV_ROOT, RootNotFound, find_root

if TYPE_CHECKING:
    from desertcheck.registry.loader import load_registry
    from desertcheck.registry.result import LoadResult, Registry

#: Names whose modules load the model and the YAML reader: imported when first asked for, so that
#: finding the root (and a cached report) costs no model.
_LAZY = {
    "load_registry": "desertcheck.registry.loader",
    "LoadResult": "desertcheck.registry.result",
    "Registry": "desertcheck.registry.result",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module), name)


__all__ = [
    "ENV_ROOT",
    "MAX_FILE_BYTES",
    "MAX_FINDINGS_PER_FILE",
    "MAX_FOLDER_DEPTH",
    "MAX_REGISTRY_BYTES",
    "LoadResult",
    "Registry",
    "RootNotFound",
    "find_root",
    "load_registry",
]
