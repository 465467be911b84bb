"""A temporary file made without :mod:`tempfile` (:func:`desertcheck.files.make_temp`), as
``tempfile.mkstemp`` makes it."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from desertcheck.files import make_temp


def test_a_temporary_file_is_new_private_and_named_as_asked(tmp_path: Path) -> None:
    made = [make_temp(tmp_path, prefix=".tmp-", suffix=".dat") for _ in range(50)]
    paths = {path for _, path in made}
    assert len(paths) == 50
    for fd, path in made:
        os.write(fd, b"x")
        os.close(fd)
        name = os.path.basename(path)
        assert os.path.isabs(path) and os.path.dirname(path) == str(tmp_path)
        assert name.startswith(".tmp-") and name.endswith(".dat")
        if os.name != "nt":
            assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
        assert Path(path).read_bytes() == b"x"


def test_a_name_taken_is_never_opened(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    names = iter([b"\0" * 8, b"\0" * 8, b"\1" * 8])
    monkeypatch.setattr(os, "urandom", lambda n: next(names))
    first, _ = make_temp(tmp_path)
    second, path = make_temp(tmp_path)  # the first name is taken: the next one
    os.close(first)
    os.close(second)
    assert os.path.basename(path) == "01" * 8


def test_a_link_in_the_way_is_not_followed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    if os.name == "nt":
        pytest.skip("symlinks need privileges on Windows")
    target = tmp_path / "elsewhere"
    (tmp_path / ("00" * 8)).symlink_to(target)
    names = iter([b"\0" * 8, b"\2" * 8])
    monkeypatch.setattr(os, "urandom", lambda n: next(names))
    fd, path = make_temp(tmp_path)
    os.close(fd)
    assert not target.exists() and os.path.basename(path) == "02" * 8


def test_a_cold_verify_writes_its_cache_without_tempfile(tmp_path: Path) -> None:
    project = Path(__file__).resolve().parent.parent
    code = (
        "import atexit, sys\n"
        "atexit.register(lambda: print('tempfile' in sys.modules, file=sys.stderr))\n"
        f"sys.argv = ['desertcheck', '--root', {str(project)!r}, 'verify']\n"
        "from desertcheck.launch import main\nmain()\n"
    )
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path), "DESERTCHECK_NO_CACHE": ""}
    registry = tmp_path / "registry"
    for part in ("claims", "sources"):
        (registry / part).mkdir(parents=True)
        for f in (project / part).iterdir():
            (registry / part / f.name).write_bytes(f.read_bytes())
    (registry / "desertcheck.toml").write_bytes((project / "desertcheck.toml").read_bytes())
    for path in registry.rglob("*"):  # written long ago: nothing changes while it is read
        os.utime(path, (1_600_000_000, 1_600_000_000))
    code = code.replace(repr(str(project)), repr(str(registry)))
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert done.returncode == 0 and (registry / ".desertcheck-cache").is_dir()
    assert done.stderr.strip().splitlines()[-1] == "False"
