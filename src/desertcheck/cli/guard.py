"""How a command runs: :func:`guarded`, for the app and for the entry point's direct
``verify`` alike. Standard library only: ``desertcheck --help`` loads it."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable
from typing import NoReturn

from desertcheck.cli.state import state

#: The exit code of a command interrupted (Ctrl-C, SIGINT), as shells give it: 128 + 2.
#: Not 1, which says that the registry or the draft has an error.
EXIT_INTERRUPTED = 130

#: Set when a command ends on an interrupt: the entry point then ends the process by
#: SIGINT itself (:func:`desertcheck.launch.leave`), as a shell expects of a program that
#: handled Ctrl-C, so that a shell loop or ``make`` running it stops too.
seen: list[bool] = []


def mark_interrupted() -> None:
    """Note that the command ends on an interrupt (:data:`seen`)."""
    seen.append(True)


def echo_line(line: str) -> None:
    """One line on stderr, as ``typer.echo(line, err=True)`` writes it."""
    sys.stderr.write(line + "\n")
    sys.stderr.flush()


def interrupted(said: str = "interrupted") -> NoReturn:
    """End the command on an interrupt, as every command ends on one: one line on stderr
    (``desertcheck: interrupted``; on a terminal on a line of its own, after the ``^C``
    the terminal shows) and exit :data:`EXIT_INTERRUPTED` (the entry point then ends by
    SIGINT itself)."""
    mark_interrupted()
    with contextlib.suppress(OSError, ValueError, AttributeError):
        fresh = "\n" if sys.stderr.isatty() else ""
        echo_line(f"{fresh}desertcheck: {said}")
    sys.exit(EXIT_INTERRUPTED)


def guarded(run: Callable[[], object]) -> None:
    """Run ``run`` (the app, or a command's function) as the entry point does: a closed
    pipe ends quietly, a system error and an unexpected one are one line (unless --debug),
    an interrupt is :func:`interrupted`, and a command's exit (``typer.Exit``) is the
    process's."""
    try:
        run()
    except KeyboardInterrupt:  # Ctrl-C: the same line and exit code in every command
        interrupted()
    except BrokenPipeError:  # `desertcheck list | head -1`: the reader has what it wanted
        with contextlib.suppress(OSError):
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - nothing more is written
        from desertcheck.findings import EXIT_OK

        sys.exit(EXIT_OK)
    except OSError as exc:  # the system said no: disk full, device gone, ...
        if state.debug or "--debug" in sys.argv[1:]:
            raise
        from desertcheck.findings import EXIT_USAGE
        from desertcheck.reporters.terminal import clean

        where = f": {exc.filename}" if exc.filename else " (writing the output)"
        echo_line(f"desertcheck: error: {clean(exc.strerror or exc)}{clean(where)}")
        sys.exit(EXIT_USAGE)
    except Exception as exc:  # the last line of defence: no traceback reaches a user
        typer = sys.modules.get("typer")
        if typer is not None and isinstance(exc, typer.Exit):  # a command's, called directly
            sys.exit(exc.exit_code)
        if state.debug or "--debug" in sys.argv[1:]:
            raise
        from desertcheck.reporters.terminal import clean

        echo_line(
            f"desertcheck: internal error: {clean(type(exc).__name__)}: {clean(exc)}\n"
            "This is a bug in desertcheck; rerun with --debug for the traceback and report it."
        )
        sys.exit(3)
