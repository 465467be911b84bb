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
#: SIGINT itself (:func:`end_by_sigint`, from :func:`desertcheck.launch.leave`), as a
#: shell expects of a program that handled Ctrl-C, so that a shell loop or ``make``
#: running it stops too.
seen = False


def mark_interrupted() -> None:
    """Note that the command ends on an interrupt (:data:`seen`)."""
    global seen
    seen = True


def echo_line(line: str) -> None:
    """One line on stderr, as ``typer.echo(line, err=True)`` writes it."""
    sys.stderr.write(line + "\n")
    sys.stderr.flush()


def end_by_sigint() -> None:
    """End the process by SIGINT, its default action restored, after the command said
    ``desertcheck: interrupted``: a shell tells a program killed by Ctrl-C from one that
    exited 130 (bash goes on with a ``for`` loop after the second, and stops after the
    first), and a program that handles SIGINT is to end by it. The shell's status is
    130 either way; a parent in Python sees -2. No exit function runs (they only save
    tables a later run builds again) and no thread is waited for (the report's charts);
    where signals cannot do it, the caller exits 130."""
    if os.name != "posix":
        return
    import signal  # only here: `desertcheck --help` loads this module

    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError, AttributeError):
            stream.flush()
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    os.kill(os.getpid(), signal.SIGINT)


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
        parallel = sys.modules.get("desertcheck.parallel")
        if parallel is not None and isinstance(exc, parallel.WorkerLost):  # killed, not a bug
            from desertcheck.findings import EXIT_USAGE

            echo_line(f"desertcheck: error: {exc}")
            sys.exit(EXIT_USAGE)
        if state.debug or "--debug" in sys.argv[1:]:
            raise
        from desertcheck.reporters.terminal import clean

        echo_line(
            f"desertcheck: internal error: {clean(type(exc).__name__)}: {clean(exc)}\n"
            "This is a bug in desertcheck; rerun with --debug for the traceback and report it."
        )
        sys.exit(3)
