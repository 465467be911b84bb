"""The stamp of the running tool: its version and the state of its own code.

A cached result is valid only for the code that computed it. The version alone is not
enough where the code changes under one version (an editable install), so the stamp also
digests the size and modification time of every module of the package: a stat of each,
about a millisecond, no reading.
"""

from __future__ import annotations

import functools
import hashlib
import os

from desertcheck import __version__


@functools.cache
def tool_stamp() -> str:
    return stamp_of(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def stamp_of(package: str) -> str:
    """The stamp of the package whose folder is ``package``."""
    h = hashlib.sha256(__version__.encode())
    for folder, dirs, files in os.walk(package):
        dirs.sort()
        for name in sorted(files):
            if name.endswith(".py"):
                st = os.stat(os.path.join(folder, name))
                h.update(f"{folder[len(package) :]}/{name}:{st.st_size}:{st.st_mtime_ns};".encode())
    return f"{__version__}+{h.hexdigest()[:16]}"
