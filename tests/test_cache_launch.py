"""The entry point's settings for the process: pydantic's plugins are not looked for
unless the user asks for them."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from desertcheck.launch import PLUGINS_ENV

SCRIPT = (
    "import os, sys\n"
    "sys.argv = ['desertcheck', '--version']\n"
    "from desertcheck.launch import main\n"
    "try:\n    main()\nexcept SystemExit:\n    pass\n"
    f"print(repr(os.environ.get({PLUGINS_ENV!r})))\n"
)


@pytest.mark.parametrize(("given", "expected"), [(None, "__all__"), ("", ""), ("1", "1")])
def test_pydantic_plugins_are_not_looked_for_unless_asked(given: str | None, expected: str) -> None:
    env = {k: v for k, v in os.environ.items() if k != PLUGINS_ENV}
    if given is not None:
        env[PLUGINS_ENV] = given
    out = subprocess.run(
        [sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, check=True
    ).stdout
    assert out.splitlines()[-1] == repr(expected)
