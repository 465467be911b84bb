"""The pages' templates compiled once per machine, not once per run.

Jinja2 compiles a template to Python text, then to byte code, every time a process first
asks for it: some 0.1 s of processor time for the pages' templates (``report`` and
``audit --format html``), against 2 ms to build them from their byte code. The byte code
is kept, as Python keeps a module's, in one table in the user's cache folder beside the
compiled patterns (:mod:`desertcheck.compiled`):
``$XDG_CACHE_HOME/desertcheck/compiled/jinja-<python>-<magic>-<jinja2>.dat``, one table per
interpreter build, byte code format and version of Jinja2, signed with the user's cache
key and read under the same rules as every entry (:mod:`desertcheck.cache.store`), so it
is read only when this user's runs of this build of the tool wrote it. A template's code
is taken from it only when the template's text is the text it was compiled from (Jinja2's
checksum of the source); a table missing, damaged or foreign, an entry that is not code:
the template is compiled as usual, never an error. ``DESERTCHECK_NO_CACHE=1`` and
``--no-cache`` leave the table alone, as the rest of the cache.

Like the table of dataclass methods (:mod:`desertcheck.cache.classcode`), it holds byte
code the process runs: it lives in the user's own cache folder, never in a registry.
"""

from __future__ import annotations

import atexit
import sys
from types import CodeType
from typing import TYPE_CHECKING, Any

from jinja2 import BytecodeCache

if TYPE_CHECKING:
    from jinja2.bccache import Bucket

#: Templates kept at most: the pages have a few.
MAX_ENTRIES = 64


def entry_name() -> str:
    """One table per interpreter build, byte code format and Jinja2 (which writes the
    Python text the code is compiled from)."""
    from importlib.util import MAGIC_NUMBER

    from jinja2 import __version__ as jinja

    return f"jinja-{sys.implementation.cache_tag}-{MAGIC_NUMBER.hex()}-{jinja}.dat"


def _on() -> bool:
    """The cache on for this run: neither ``DESERTCHECK_NO_CACHE=1`` nor ``--no-cache``,
    before the command or after it (which turns off the table of compiled patterns)."""
    from desertcheck import compiled
    from desertcheck.launch import cache_enabled

    return cache_enabled() and not compiled.turned_off()


def _store() -> Any:
    from desertcheck.compiled import _store as compiled_store

    return compiled_store()


class TemplateCode(BytecodeCache):
    """Jinja2's byte code cache, kept in one signed table: read when first asked, written
    back at exit when a template was compiled."""

    def __init__(self) -> None:
        self.entries: dict[str, tuple[str, CodeType]] | None = None
        self.grown = False

    def _entries(self) -> dict[str, tuple[str, CodeType]]:
        if self.entries is None:
            value = _store().read(entry_name())
            self.entries = {
                k: v
                for k, v in (value.items() if isinstance(value, dict) else ())
                if isinstance(k, str)
                and type(v) is tuple
                and len(v) == 2
                and isinstance(v[0], str)
                and type(v[1]) is CodeType
            }
        return self.entries

    def load_bytecode(self, bucket: Bucket) -> None:
        if not _on():
            return
        found = self._entries().get(bucket.key)
        if found is not None and found[0] == bucket.checksum:
            bucket.code = found[1]

    def dump_bytecode(self, bucket: Bucket) -> None:
        if not _on():
            return
        entries = self._entries()
        if bucket.code is None or len(entries) >= MAX_ENTRIES:
            return
        entries[bucket.key] = (bucket.checksum, bucket.code)
        if not self.grown:
            self.grown = True
            atexit.register(self.save)

    def save(self) -> None:
        if self.entries is not None:
            _store().write(entry_name(), self.entries)
