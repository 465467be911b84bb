"""Reporters: every command's output formats, by name.

Each command has a module here, ``reporters/<command>.py``, whose ``FORMATS`` maps a format
name to a renderer: a function of the command's result and the :class:`Options`, returning
the text to write to stdout. The command line builds the result, writes
``FORMATS[fmt](result, options)`` and exits with ``result.exit_code(strict)``; it holds no
logic of its own.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeAlias

if TYPE_CHECKING:
    from desertcheck.findings import Finding


@dataclass(frozen=True, slots=True)
class Options:
    """What every renderer may be told besides the result."""

    #: The registry root as seen from where a consumer resolves paths (the repository root
    #: or the working directory; '' when they are the same): put before file paths by the
    #: formats that CI reads (GitHub annotations, SARIF, JUnit).
    prefix: str = ""
    #: The registry root as seen from the working directory ('' when it is the working
    #: directory): put before file paths in reports people read, so a `file:line` opens
    #: from where the command ran.
    here: str = ""
    #: Warnings fail the run too (so reports say FAILED and count them as failures).
    strict: bool = False
    #: Only the problems and the summary.
    quiet: bool = False


Renderer: TypeAlias = Callable[[Any, Options], str]
Formats: TypeAlias = Mapping[str, Renderer]


class Lazy(Mapping[str, Renderer]):
    """Formats whose renderers are imported when one is asked for: naming the formats (for
    ``--format``) costs nothing, and drawing one loads its own module, not every format's.

    ``where`` maps a format to ``"module:function"`` in this package.
    """

    def __init__(self, where: Mapping[str, str]) -> None:
        self.where = dict(where)

    def __getitem__(self, name: str) -> Renderer:
        module, _, function = self.where[name].partition(":")
        renderer: Renderer = getattr(importlib.import_module(f"{__name__}.{module}"), function)
        return renderer

    def __iter__(self) -> Iterator[str]:
        return iter(self.where)

    def __len__(self) -> int:
        return len(self.where)


def join(prefix: str, file: str | None) -> str | None:
    if file is None:
        return None
    return f"{prefix.rstrip('/')}/{file}" if prefix else file


def located(f: Finding, here: str) -> str:
    """A finding's ``file:line:col`` with its file as seen from ``here`` (:attr:`Options.here`)."""
    return f.location if not f.file else join(here, f.location) or f.location
