"""The entry point: a stored report first, the command line (typer) only when needed.

``desertcheck verify`` on a registry that has not changed since the last run writes the
report it stored (:mod:`desertcheck.cache.reports`). Reaching that answer through typer
would cost more than the answer itself — typer, click, rich and, through typer's value
conversion, pydantic — so this module reads the few options such a run may have, computes
the same cache key the command computes (:func:`verify_key`), and replays the report.
Anything it does not know (another command, --help, an unknown option, a malformed value)
goes to the full command line, which also says what is wrong; so does a cache miss.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

NO_CACHE_ENV = "DESERTCHECK_NO_CACHE"
COMPLETE_VAR = "_DESERTCHECK_COMPLETE"
_FLAGS = {"--strict": "strict", "--quiet": "quiet", "-q": "quiet"}
_VALUES = {
    "--format": "format",
    "-f": "format",
    "--select": "select",
    "--ignore": "ignore",
    "--claim": "claim",
    "--root": "root",
}


def chosen(fmt: str | None, *, ci: bool = False, default: str = "table") -> str:
    """The format asked for, or the default (``github`` under GitHub Actions with ``ci``)."""
    if fmt is not None:
        return fmt
    if ci and os.environ.get("GITHUB_ACTIONS") == "true":
        return "github"
    return default


def cache_enabled() -> bool:
    return os.environ.get(NO_CACHE_ENV, "") in ("", "0")


def verify_key(
    fmt: str,
    strict: bool,
    selected: Sequence[str],
    ignored: Sequence[str],
    claims: Sequence[str],
    quiet: bool,
) -> list[object]:
    """What a verify report depends on besides the registry's files and the terminal."""
    return ["verify", fmt, strict, sorted(selected), sorted(ignored), list(claims), quiet]


def _options(words: list[str], values: dict[str, list[str]], flags: set[str]) -> bool:
    """Read ``words`` into ``values`` and ``flags``; False on anything not understood."""
    i = 0
    while i < len(words):
        word = words[i]
        name, eq, given = word.partition("=")
        if word in _FLAGS:
            flags.add(_FLAGS[word])
        elif name in _VALUES and eq and name.startswith("--"):
            values.setdefault(_VALUES[name], []).append(given)
        elif word in _VALUES and i + 1 < len(words) and not words[i + 1].startswith("-"):
            values.setdefault(_VALUES[word], []).append(words[i + 1])
            i += 1
        else:
            return False
        i += 1
    return True


def _replay(argv: list[str]) -> bool:
    """Write the stored report of this verify run, when there is one; whether it was."""
    if not cache_enabled() or os.environ.get(COMPLETE_VAR):
        return False
    global_root = None
    while argv and (argv[0] in ("--root", "--debug") or argv[0].startswith("--root=")):
        if argv[0] == "--debug":
            argv = argv[1:]
        elif argv[0] == "--root" and len(argv) > 1:
            global_root, argv = argv[1], argv[2:]
        elif argv[0].startswith("--root="):
            global_root, argv = argv[0].partition("=")[2], argv[1:]
        else:
            return False
    if not argv or argv[0] != "verify":
        return False
    values: dict[str, list[str]] = {}
    flags: set[str] = set()
    if not _options(argv[1:], values, flags):
        return False
    if any(len(values.get(k, ())) > 1 for k in ("format", "root")):
        return False
    from desertcheck.codes import CodeError, parse_codes
    from desertcheck.registry.root import RootNotFound, find_root

    try:
        selected = parse_codes(values.get("select"), what="--select")
        ignored = parse_codes(values.get("ignore"), what="--ignore", ignorable=True)
        root = find_root(values.get("root", [global_root])[0])
    except (CodeError, RootNotFound):
        return False
    fmt = chosen(values.get("format", [None])[0], ci=True)
    key = verify_key(
        fmt, "strict" in flags, selected, ignored, values.get("claim", []), "quiet" in flags
    )
    from desertcheck.cache.reports import ReportCache

    stored = ReportCache(root, key).lookup()
    if stored is None:
        return False
    sys.stdout.write(stored.out)
    sys.stdout.flush()
    for line in stored.err:
        sys.stderr.write(line + "\n")
    sys.exit(stored.code)


def main() -> None:
    if sys.stdout is not None:
        try:
            _replay(sys.argv[1:])
        except BrokenPipeError:
            sys.exit(0)
        except (OSError, ValueError):
            pass  # whatever went wrong here, the full command line computes the answer
    from desertcheck.cli import main as cli_main

    cli_main()
