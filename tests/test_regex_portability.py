"""Every regular expression means the same on every Python the tool supports.

Python 3.11.0 to 3.11.4 match a possessive quantifier on a group wrongly when the group
fails partway (CPython gh-100061, gh-106052; fixed in 3.11.5): ``(?:,\\d++)++`` reads
"4,500, a" as "4,500," there, and audit called a correct "over 4,500," a misgrouped
number on Debian 12's Python 3.11.2 while it passed on 3.11.7. Atomic groups, which mean
the same (``X++`` is ``(?>X+)``), are right on all of them, so no pattern of the package
puts a possessive quantifier on a group: each is written as an atomic group instead. A
possessive quantifier on one character or class (``\\d++``) is another engine path, right
everywhere, and stays.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections.abc import Iterator
from typing import Any

import pytest

import desertcheck

from .conftest import PROJECT

SOURCE = PROJECT / "src" / "desertcheck"

#: ``)`` then a possessive quantifier, in a source file's text
_GROUP_POSSESSIVE = re.compile(r"\)(?:\+\+|\*\+|\?\+|\{\d*,?\d*\}\+)")


def _unescaped(text: str, at: int) -> bool:
    backslashes = len(text[:at]) - len(text[:at].rstrip("\\"))
    return backslashes % 2 == 0


def _in_source() -> Iterator[str]:
    for path in sorted(SOURCE.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        for m in _GROUP_POSSESSIVE.finditer(text):
            if _unescaped(text, m.start()):
                line = text.count("\n", 0, m.start()) + 1
                yield f"{path.relative_to(PROJECT)}:{line}: {m.group()}"


def _possessive_groups(parsed: Any) -> Iterator[str]:
    """The possessive repeats of more than one character or class in a parsed pattern."""
    from re import _compiler, _constants  # type: ignore[attr-defined]

    for op, av in parsed:
        if op is _constants.POSSESSIVE_REPEAT and not _compiler._simple(av[2]):
            yield str(av[2])[:60]
        for part in av if isinstance(av, (list, tuple)) else ():
            if hasattr(part, "data"):  # a SubPattern
                yield from _possessive_groups(part)
            elif isinstance(part, list):  # a branch's alternatives
                for alternative in part:
                    if hasattr(alternative, "data"):
                        yield from _possessive_groups(alternative)


def _patterns() -> Iterator[tuple[str, re.Pattern[Any]]]:
    """Every compiled pattern a module of the package holds at its top level."""
    for info in pkgutil.walk_packages(desertcheck.__path__, "desertcheck."):
        if info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            values = value if isinstance(value, (tuple, list)) else (value,)
            for item in values:
                if isinstance(item, re.Pattern):
                    yield f"{info.name}.{name}", item


def test_no_group_has_a_possessive_quantifier_in_the_source() -> None:
    assert list(_in_source()) == []


def test_no_compiled_pattern_has_a_possessive_group() -> None:
    from re import _parser  # type: ignore[attr-defined]

    found = [
        f"{where}: {group}"
        for where, pattern in _patterns()
        for group in _possessive_groups(_parser.parse(pattern.pattern, pattern.flags))
    ]
    assert len(dict(_patterns())) > 100  # the walk reaches the package's patterns
    assert found == []


def test_the_check_finds_a_possessive_group() -> None:
    from re import _parser  # type: ignore[attr-defined]

    assert list(_possessive_groups(_parser.parse(r"a(?:,\d++)++b"))) != []
    assert list(_possessive_groups(_parser.parse(r"x(?: ?%)?+|y"))) != []
    assert list(_possessive_groups(_parser.parse(r"(?>(?:,\d++)+)\d++[a-z]*+"))) == []


@pytest.mark.parametrize(
    "text",
    [
        "The headline rounded it down to over 4,500, a figure repeated widely.",
        "some 16,000, the UN said",
        "16,000,",
    ],
)
def test_a_comma_after_a_number_is_not_a_digit_group(text: str) -> None:
    from desertcheck.audit.misgrouped import regrouped

    assert regrouped(text) == (text, {})
