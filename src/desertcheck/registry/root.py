"""Where the registry is: ``--root``, ``$DESERTCHECK_ROOT``, or the nearest ``claims/``."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

ENV_ROOT = "DESERTCHECK_ROOT"


class RootNotFound(Exception):
    """No registry could be found; the message says where the search looked."""


def find_root(
    explicit: str | Path | None = None,
    *,
    env: Mapping[str, str] | None = None,
    cwd: Path | None = None,
) -> Path:
    """``--root``, else ``$DESERTCHECK_ROOT``, else the nearest ancestor with ``claims/``."""
    env = os.environ if env is None else env
    if explicit is not None and not str(explicit).strip():  # `--root "$UNSET"`: not "here"
        raise RootNotFound("--root is empty: give the registry's folder (--root . for this one)")
    for given, how in ((explicit, "--root"), (env.get(ENV_ROOT) or None, f"${ENV_ROOT}")):
        if given is None:
            continue
        path = Path(given).expanduser()
        try:
            if not path.is_dir():
                raise RootNotFound(f"{how} {given}: no such folder{_hint(path, cwd)}")
            if not (path / "claims").is_dir():
                raise RootNotFound(f"{how} {given}: no claims/ folder there{_hint(path, cwd)}")
        except OSError as exc:  # a name too long, a loop of links, ...
            raise RootNotFound(f"{how} {given}: {exc.strerror or exc}") from None
        return path
    start = (cwd or Path.cwd()).resolve()
    for folder in (start, *start.parents):
        if (folder / "claims").is_dir():
            return folder
    raise RootNotFound(
        f"no registry found: no claims/ folder in {start} or any folder above it; "
        f"pass --root DIR or set {ENV_ROOT}"
    )


def _hint(path: Path, cwd: Path | None) -> str:
    """Where a relative folder was looked for, and the registry the user likely meant: the
    folder above ``claims/`` when given ``claims/`` itself, the same name in a folder above
    (CI runs commands from the repository's top, or from a subfolder)."""
    here = cwd or Path.cwd()
    said = "" if path.is_absolute() else f" (looked for in {here})"
    if path.name == "claims" and (path.parent / "claims").is_dir():
        return f"{said}; {path} is the claims folder itself: give its parent, --root {path.parent}"
    if not path.is_absolute():
        for up in range(1, 4):
            candidate = Path(*[".."] * up, path)
            if (here / candidate / "claims").is_dir():
                return f"{said}; a registry is at {candidate}: --root {candidate}"
    return said
