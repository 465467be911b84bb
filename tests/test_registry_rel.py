"""A file's name below the registry root, found from the path's text where it plainly
begins with the root's, is the name ``Path.relative_to`` gives."""

from __future__ import annotations

from pathlib import Path

import pytest

from desertcheck.registry.files import RegistryFiles


@pytest.mark.parametrize(
    "root",
    [Path("/tmp/reg"), Path("reg"), Path("."), Path("/"), Path("a/../reg"), Path("/tmp/reg x")],
)
@pytest.mark.parametrize(
    "below",
    ["claims/a.yaml", "sources/deep/b.md", "claims/ü.yaml", "claims/x\udcff.yaml", "c"],
)
def test_a_files_name_below_the_root_is_what_relative_to_gives(root: Path, below: str) -> None:
    files = RegistryFiles(root, 1 << 20, 1 << 30)
    path = root / below
    want = path.relative_to(root).as_posix()
    from desertcheck.registry.files import display_path

    assert files.rel(path) == display_path(want)
    assert files.utf8_name(path) is ("\udcff" not in below)


def test_a_path_outside_the_root_keeps_its_whole_name() -> None:
    files = RegistryFiles(Path("/tmp/reg"), 1 << 20, 1 << 30)
    assert files.rel(Path("/tmp/region/claims/a.yaml")) == "/tmp/region/claims/a.yaml"
    assert files.rel(Path("/tmp/reg")) == "."
