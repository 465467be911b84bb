"""Small registries for the machine-output tests (SARIF, JUnit, JSON schemas).

Each is made in a temporary folder from the ``valid`` fixture, then given what the test
needs: odd file names, a claim that fails to load, a broken desertcheck.toml, an empty
claims folder.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from .conftest import FIXTURES

ODD_NAMES = ("my claims.yaml", "odd,name:50%.yaml", "ünï#cödé?.yaml")

BAD_CONFIG = """\
[verify]
tolerance = 7
colour = "red"
"""

BROKEN_CLAIM = """\
  - id: broken-{name}
    statement: A further 300 cases were opened.
    value: 300
    unit: cases
    measure: cases
    scope: army
    period: "2024"
    source: alpha
    quote: A further 300 cases were opened
    {field}: red
"""


def broken_claims(*names: str) -> str:
    """A claims file whose claims each fail to load: an unknown field apiece."""
    return "claims:\n" + "".join(
        BROKEN_CLAIM.format(name=n, field=f"colour{i}") for i, n in enumerate(names)
    )


def copy_valid(dest: Path) -> Path:
    shutil.copytree(FIXTURES / "loader" / "valid", dest)
    return dest


def odd_names(dest: Path) -> Path:
    """The valid registry with its claims files renamed to names a URI must encode, one of
    them holding a claim whose quote is not in its source."""
    root = copy_valid(dest)
    files = sorted((root / "claims").glob("*.yaml"))
    for path, name in zip(files, ODD_NAMES, strict=False):
        path.rename(path.with_name(name))
    broken = (root / "claims" / ODD_NAMES[0]).read_text(encoding="utf-8")
    (root / "claims" / ODD_NAMES[0]).write_text(
        broken.replace("deserted in 2024\n", "deserted in 2023\n", 1), encoding="utf-8"
    )
    return root


def load_errors(dest: Path) -> Path:
    """The valid registry plus a claims file whose two claims fail to load."""
    root = copy_valid(dest)
    (root / "claims" / "broken.yaml").write_text(broken_claims("one", "two"), encoding="utf-8")
    return root


def config_errors(dest: Path) -> Path:
    """The valid registry with a desertcheck.toml holding two problems."""
    root = copy_valid(dest)
    (root / "desertcheck.toml").write_text(BAD_CONFIG, encoding="utf-8")
    return root


def no_claims(dest: Path) -> Path:
    """A registry whose claims/ folder is empty: a finding about a folder."""
    root = copy_valid(dest)
    for path in (root / "claims").glob("*.yaml"):
        path.unlink()
    return root


def many_errors(dest: Path, n: int) -> Path:
    """The valid registry plus ``n`` claims that fail to load."""
    root = copy_valid(dest)
    names = [str(i) for i in range(n)]
    (root / "claims" / "broken.yaml").write_text(broken_claims(*names), encoding="utf-8")
    return root


MAKERS = {
    "odd-names": odd_names,
    "load-errors": load_errors,
    "config-errors": config_errors,
    "no-claims": no_claims,
}
