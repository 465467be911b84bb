"""The stamp of the running tool: its version and the state of its own code.

A cached result is valid only for the code that computed it. The version alone is not
enough where the code changes under one version (an editable install), so the stamp also
digests the size and modification time of every module of the package: a stat of each,
about a millisecond, no reading.

An installed copy (a wheel's, beside its ``desertcheck-VERSION.dist-info``) is stamped by
its ``RECORD`` instead, the installer's list of every file with its content's digest, and
its modules' sizes: the same release installed again has the same stamp. With the times,
every fresh install (each CI run's) had a stamp of its own, and a cache restored from the
run before was never used.
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
    record = _record(package)
    if record is not None:
        h.update(b"record:" + record)
    for folder, dirs, files in os.walk(package):
        dirs.sort()
        for name in sorted(files):
            if name.endswith(".py"):
                st = os.stat(os.path.join(folder, name))
                when = "" if record is not None else f":{st.st_mtime_ns}"
                h.update(f"{folder[len(package) :]}/{name}:{st.st_size}{when};".encode())
    return f"{__version__}+{h.hexdigest()[:16]}"


def _record(package: str) -> bytes | None:
    """The lines of the package's own files in the ``RECORD`` of the installed release
    whose folder is ``package`` (their content digests; not the launcher script, which
    names the interpreter of each install), or None: an editable install or a source tree
    has none beside it."""
    info = os.path.join(os.path.dirname(package), f"desertcheck-{__version__}.dist-info")
    try:
        with open(os.path.join(info, "RECORD"), "rb") as f:
            lines = f.read(1 << 20).splitlines()
    except OSError:
        return None
    own = [line for line in lines if line.startswith(b"desertcheck/")]
    return b"\n".join(own) if own else None
