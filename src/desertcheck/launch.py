"""The entry point: a stored report first, the command line (typer) only when needed.

``desertcheck verify`` (or ``list``) on a registry that has not changed since the last run
writes the report it stored (:mod:`desertcheck.cache.reports`). Reaching that answer through typer
would cost more than the answer itself — typer, click, rich and, through typer's value
conversion, pydantic — so this module reads the few options such a run may have, computes
the same cache key the command computes (:func:`verify_key`), and replays the report.
Anything it does not know (another command, --help, an unknown option, a malformed value)
goes to the full command line, which also says what is wrong; so does a cache miss.
``desertcheck diff BASE HEAD`` of two revisions met before is compared here from the
cache (:mod:`desertcheck.diff.fast`), and ``desertcheck --version`` alone is answered here.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Collection, Sequence

NO_CACHE_ENV = "DESERTCHECK_NO_CACHE"
COMPLETE_VAR = "_DESERTCHECK_COMPLETE"
_FLAGS = {
    "verify": {"--strict": "strict", "--quiet": "quiet", "-q": "quiet"},
    "list": {},
}
_COMMON = {"--format": "format", "-f": "format", "--root": "root"}
_VALUES = {
    "verify": {
        **_COMMON,
        **{"--select": "select", "--ignore": "ignore", "--claim": "claim"},
        **{"--jobs": "jobs", "-j": "jobs"},  # how the work is done: no part of the key
    },
    "list": {
        **_COMMON,
        **{f"--{name}": name for name in ("source", "measure", "scope", "tag", "search", "sort")},
    },
}
_SINGLE = ("format", "root", "search", "sort", "jobs")  # given once at most


def chosen(fmt: str | None, *, ci: bool = False, default: str = "table") -> str:
    """The format asked for, or the default (``github`` under GitHub Actions with ``ci``)."""
    if fmt is not None:
        return fmt
    if ci and os.environ.get("GITHUB_ACTIONS") == "true":
        return "github"
    return default


#: ``--no-cache`` given before the command (``desertcheck --no-cache verify``), set by the
#: app's callback on every run of the command line.
cache_off_before_command = False


def cache_enabled() -> bool:
    return not cache_off_before_command and os.environ.get(NO_CACHE_ENV, "") in ("", "0")


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


def list_key(
    fmt: str, filters: Sequence[Sequence[str]], search: str | None, sort: str
) -> list[object]:
    """What a list report depends on besides the files: format, filters, search, order."""
    return ["list", fmt, [list(f) for f in filters], search, sort]


def _options(
    words: list[str],
    known: dict[str, str],
    switches: dict[str, str],
    single: Collection[str] = (),
    positional: list[str] | None = None,
) -> tuple[dict[str, list[str]], set[str]] | None:
    """``words`` read into values and flags (and, with ``positional``, the words that are
    no option into it); None on anything not understood, or on a value of ``single`` or
    :data:`_SINGLE` given twice."""
    values: dict[str, list[str]] = {}
    flags: set[str] = set()
    i = 0
    while i < len(words):
        word = words[i]
        name, eq, given = word.partition("=")
        if positional is not None and (word == "-" or not word.startswith("-")):
            positional.append(word)
        elif word in switches:
            flags.add(switches[word])
        elif name in known and eq and name.startswith("--"):
            values.setdefault(known[name], []).append(given)
        elif word in known and i + 1 < len(words) and not words[i + 1].startswith("-"):
            values.setdefault(known[word], []).append(words[i + 1])
            i += 1
        else:
            return None
        i += 1
    if any(len(values.get(k, ())) > 1 for k in (*_SINGLE, *single)):
        return None
    return values, flags


def _key(command: str, values: dict[str, list[str]], flags: set[str]) -> list[object] | None:
    """The cache key the command computes from these options (None: not decidable here)."""
    one = {k: v[0] for k, v in values.items() if k in _SINGLE}
    if command == "list":
        filters = [values.get(k, []) for k in ("source", "measure", "scope", "tag")]
        return list_key(
            one.get("format", "table"), filters, one.get("search"), one.get("sort", "file")
        )
    if not all(j.isascii() and j.isdigit() for j in values.get("jobs", [])):
        return None  # the command line says what is wrong with it
    from desertcheck.codes import CodeError, parse_codes

    try:
        selected = parse_codes(values.get("select"), what="--select")
        ignored = parse_codes(values.get("ignore"), what="--ignore", ignorable=True)
    except CodeError:
        return None
    fmt = chosen(one.get("format"), ci=True)
    claims = values.get("claim", [])
    return verify_key(fmt, "strict" in flags, selected, ignored, claims, "quiet" in flags)


def _globals(argv: list[str]) -> tuple[list[str], str | None] | None:
    """The words after the options before the command, and the ``--root`` among them;
    None on one not understood."""
    global_root = None
    while argv and (argv[0] in ("--root", "--debug") or argv[0].startswith("--root=")):
        if argv[0] == "--debug":
            argv = argv[1:]
        elif argv[0] == "--root" and len(argv) > 1:
            global_root, argv = argv[1], argv[2:]
        elif argv[0].startswith("--root="):
            global_root, argv = argv[0].partition("=")[2], argv[1:]
        else:
            return None
    return argv, global_root


def _diff(argv: list[str]) -> bool:
    """``diff BASE HEAD`` of two revisions met before, from the cache
    (:mod:`desertcheck.diff.fast`): written (and exit); False when it cannot be."""
    if not cache_enabled() or os.environ.get(COMPLETE_VAR):
        return False
    split = _globals(argv)
    if split is None or len(split[0]) < 3 or split[0][0] != "diff":
        return False
    (_, base, head, *rest), global_root = split
    if base.startswith("-") or head.startswith("-"):
        return False
    parsed = _options(rest, _COMMON, {"--strict": "strict"})
    if parsed is None:
        return False
    values, flags = parsed
    fmt = values.get("format", ["table"])[0]
    if fmt not in ("table", "json"):  # markdown also writes the step summary: the full run
        return False
    from desertcheck.diff import DiffError
    from desertcheck.diff.fast import diff_from_cache
    from desertcheck.registry.root import RootNotFound, find_root

    try:
        root = find_root(values.get("root", [global_root])[0])
        got = diff_from_cache(root, base, head)
    except (RootNotFound, DiffError):
        return False  # the full run says what is wrong
    if got is None:
        return False
    from desertcheck.cli.flow import seen_from_here
    from desertcheck.reporters import Options
    from desertcheck.reporters.diff import FORMATS
    from desertcheck.reporters.terminal import safe_for_terminal

    result, prefix = got
    strict = "strict" in flags
    # file:line as the full run gives them: the table's from the working directory
    options = Options(prefix=prefix, here=seen_from_here(root), strict=strict)
    text = FORMATS[fmt](result, options)
    sys.stdout.write(text if fmt == "table" else safe_for_terminal(text))
    sys.stdout.flush()
    sys.exit(result.exit_code(strict=strict))


#: A command line read here: the command, its options (values, flags), the words before it
#: (``--root DIR``, ``--debug``), the global ``--root`` and the cache key the options give.
_Read = tuple[str, dict[str, list[str]], set[str], list[str], "str | None", list[object]]


def _read(argv: list[str], more: dict[str, str] | None = None) -> _Read | None:
    """``argv`` read into a :data:`_Read` (``more``: switches this use also reads); None
    on anything not understood here."""
    split = _globals(argv)
    if split is None:
        return None
    words, global_root = split
    if not words or words[0] not in _VALUES:
        return None
    command = words[0]
    parsed = _options(words[1:], _VALUES[command], {**_FLAGS[command], **(more or {})})
    if parsed is None:
        return None
    values, flags = parsed
    key = _key(command, values, flags)
    if key is None:
        return None
    return command, values, flags, argv[: len(argv) - len(words)], global_root, key


def _replay(argv: list[str]) -> bool:
    """Write the stored report of this run, when there is one (and exit); False if not."""
    if not cache_enabled() or os.environ.get(COMPLETE_VAR):
        return False
    read = _read(argv)
    if read is None:
        return False
    _, values, _, _, global_root, key = read
    from desertcheck.registry.root import RootNotFound, find_root

    try:
        root = find_root(values.get("root", [global_root])[0])
    except RootNotFound:
        return False
    from desertcheck.cache.reports import ReportCache

    stored = ReportCache(root, key).lookup()
    if stored is None:
        return False
    sys.stdout.write(stored.out)
    sys.stdout.flush()
    from desertcheck.stderr import write

    write(stored.err)
    sys.exit(stored.code)


def _direct(argv: list[str]) -> None:
    """``verify`` whose report is not stored, run by calling the command's function with the
    options read here: typer's parsing converts every value through pydantic, a tenth of a
    second before the first claim is read. Returns, to leave the run to the command line,
    on anything not read here or that the command line must judge: --help, another
    command, an option not known here, a format, code or number it would refuse."""
    if os.environ.get(COMPLETE_VAR):
        return
    read = _read(argv, {"--no-cache": "cache"})
    if read is None or read[0] != "verify":
        return
    _, values, flags, before, global_root, _ = read
    from desertcheck.reporters.verify import FORMATS

    fmt = values.get("format", [None])[0]
    root = values.get("root", [None])[0]
    if (fmt is not None and fmt not in FORMATS) or (root and os.path.isfile(root)):
        return
    from pathlib import Path

    from desertcheck.cli.flow import cache_off
    from desertcheck.cli.guard import guarded
    from desertcheck.cli.run_verify import run
    from desertcheck.cli.state import state

    state.debug = "--debug" in before
    state.root = Path(global_root) if global_root else None
    guarded(
        lambda: run(
            fmt=fmt,
            strict="strict" in flags,
            select=values.get("select"),
            ignore=values.get("ignore"),
            claim=values.get("claim"),
            quiet="quiet" in flags,
            root=Path(root) if root else None,
            no_cache=cache_off("cache" in flags),
            jobs=int(values.get("jobs", ["0"])[0]),
        )
    )


#: audit's options read here (anything else goes to the app), each given once at most
_AUDIT_VALUES: dict[str, str] = {
    **{k: "format" for k in ("--format", "-f")},
    **{k: "jobs" for k in ("--jobs", "-j")},
    **{k: "out" for k in ("--output", "-o")},
    **{"--min-score": "min_score", "--root": "root", "--language": "language"},
}
_AUDIT_FLAGS: dict[str, str] = {
    **{k: "quiet" for k in ("--quiet", "-q")},
    **{f"--{k}": k.replace("-", "_") for k in ("strict", "explain", "no-cache")},
}


def _min_score(text: str | None) -> float | None:
    """``--min-score`` as the command line reads it; ValueError for one it would refuse."""
    if text is None:
        return None
    import math

    value = float(text)
    if not (math.isfinite(value) and 0 <= value <= 100):
        raise ValueError(text)
    return value


def _language(text: str | None) -> str | None:
    """``--language`` as the command line reads it; ValueError for one it would refuse."""
    if text is None:
        return None
    from desertcheck.language_tags import checked

    return checked(text)


def _direct_audit(argv: list[str]) -> None:
    """``audit``, run by calling the command's function with the options read here, as
    :func:`_direct` runs ``verify``; returns, to leave the run to the command line, on
    anything not read here or that the command line must judge."""
    if os.environ.get(COMPLETE_VAR):
        return
    split = _globals(argv)
    if split is None or not split[0] or split[0][0] != "audit":
        return
    words, global_root = split
    drafts: list[str] = []
    single = set(_AUDIT_VALUES.values())
    read = _options(words[1:], _AUDIT_VALUES, _AUDIT_FLAGS, single, drafts)
    if read is None or not drafts:
        return
    values = {k: v[0] for k, v in read[0].items()}
    flags = read[1]
    if not all(values.values()):  # an empty value: the command line says what is wrong
        return
    jobs, root, out = values.get("jobs", "0"), values.get("root"), values.get("out")
    if not (jobs.isascii() and jobs.isdigit()) or any(
        r and os.path.isfile(r) for r in (root, global_root)
    ):
        return
    if out is not None and os.path.isdir(out):
        return
    try:
        min_score = _min_score(values.get("min_score"))
        language = _language(values.get("language"))
    except ValueError:
        return
    from desertcheck.reporters.audit import FORMATS

    fmt = values.get("format")
    if fmt is not None and fmt not in FORMATS:
        return
    from pathlib import Path

    from desertcheck.cli.flow import cache_off
    from desertcheck.cli.guard import guarded
    from desertcheck.cli.run_audit import run
    from desertcheck.cli.state import state

    state.debug = "--debug" in argv[: len(argv) - len(words)]
    state.root = Path(global_root) if global_root else None
    guarded(
        lambda: run(
            drafts,
            fmt=fmt,
            strict="strict" in flags,
            min_score=min_score,
            out=Path(out) if out is not None else None,
            explain="explain" in flags,
            quiet="quiet" in flags,
            language=language,
            root=Path(root) if root else None,
            no_cache=cache_off("no_cache" in flags),
            jobs=int(jobs),
        )
    )


def _version() -> None:
    """``desertcheck --version``, as the command line prints it, without loading it."""
    from desertcheck import __version__

    try:
        sys.stdout.write(f"desertcheck {__version__}\n")
        sys.stdout.flush()
    except BrokenPipeError:  # `desertcheck --version | true`
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - nothing more is written
    sys.exit(0)


#: pydantic looks for plugins of its own (``pydantic`` entry points) in every installed
#: package's metadata the first time a model is built: some 15 ms of every run that loads
#: the model, for plugins that would observe desertcheck's validation. A value the user
#: sets (``""`` to have them) is left as it is.
PLUGINS_ENV = "PYDANTIC_DISABLE_PLUGINS"


def entry() -> None:
    """The console script and ``python -m desertcheck``: :func:`main`, then :func:`leave`
    (:func:`main` itself exits as any command line does, by ``SystemExit``; an interrupt
    as every command does, :func:`desertcheck.cli.guard.interrupted`)."""
    try:
        try:
            main()
        except KeyboardInterrupt:  # before a command took it over (a stored report written)
            from desertcheck.cli.guard import interrupted

            interrupted()
    except SystemExit as done:
        leave(done.code)
        raise
    leave(None)


def leave(code: object) -> None:
    """Exit with ``code`` without tearing the interpreter down, when that is safe.

    Python's own exit frees every object and module one by one: some milliseconds of a
    short run (a twentieth of a cold ``verify`` of a small registry), for memory the
    system takes back whole. The exit functions run first (the table of compiled
    patterns is written by one) and the standard streams are flushed; a code that is
    not a number (a message to print), a stream that cannot be flushed (a closed pipe)
    or a thread still running leaves it to Python's exit, which says what went wrong.
    """
    if code is not None and not isinstance(code, int):
        return
    guard = sys.modules.get("desertcheck.cli.guard")  # loaded by any command interrupted
    if guard is not None and guard.seen and code == guard.EXIT_INTERRUPTED:
        # no exit function runs, no thread is waited for
        guard.end_by_sigint()
    threading = sys.modules.get("threading")
    if threading is not None and any(
        t.is_alive() and not t.daemon and t is not threading.main_thread()
        for t in threading.enumerate()
    ):
        return
    import atexit

    atexit._run_exitfuncs()
    try:
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                stream.flush()
    except (OSError, ValueError):
        return
    os._exit(code or 0)


def _asks_for_help(args: Sequence[str]) -> bool:
    """The command line asks for help (no command, ``-h``, ``--help``): nothing of the
    cache serves it, and loading it would cost a tenth of the answer."""
    return not args or "--help" in args or "-h" in args


def main() -> None:
    import gc

    os.environ.setdefault(PLUGINS_ENV, "__all__")

    # One short-lived process that builds a large, acyclic registry: collect the young
    # generation less often (the default, every 700 objects, rescans it all the time).
    gc.set_threshold(50_000, 20, 100)
    from desertcheck.bulk import freeze_after_bulk

    freeze_after_bulk()
    if sys.argv[1:] == ["--version"] and sys.stdout is not None:
        _version()
    from desertcheck.empty_arguments import empty_argument

    if empty_argument(sys.argv[1:]):
        sys.exit(2)  # EXIT_USAGE, as the command line's own usage errors
    if cache_enabled() and "--no-cache" not in sys.argv[1:] and not _asks_for_help(sys.argv[1:]):
        from desertcheck import compiled
        from desertcheck.cache import classcode

        classcode.install()  # the methods of every dataclass made from here on
        compiled.install()  # the patterns of every module imported from here on
    if sys.stdout is not None:
        try:
            _replay(sys.argv[1:])
            _diff(sys.argv[1:])
            _direct(sys.argv[1:])
            _direct_audit(sys.argv[1:])
        except BrokenPipeError:
            sys.exit(0)
        except (OSError, ValueError):
            pass  # whatever went wrong here, the full command line computes the answer
    from desertcheck.cli.typer_app import main as cli_main

    cli_main()
