"""``[vocabulary]`` of desertcheck.toml: the measures and scopes a registry declares.

An entry with a mistake (a description that is not text, a key that is no slug) is
reported once, and still declares the slug it reads as: otherwise every claim that uses
it would be reported undeclared too, each with a "did you mean" of another slug.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from desertcheck.tomllines import Lines, parent


def declared(
    section: Any, lines: Lines, bad: Callable[[str, int], None]
) -> tuple[dict[str, str] | None, dict[str, str] | None]:
    """The [vocabulary] table: its measures and its scopes, each a table of slug =
    "description" (None: not declared); ``bad(message, line)`` reports each problem."""
    from desertcheck.model import is_id

    if not isinstance(section, dict):
        return None, None
    tables: dict[str, dict[str, str] | None] = {"measures": None, "scopes": None}
    for name in tables:
        if name not in section:
            continue
        value = section[name]
        where = f"vocabulary.{name}"
        if not isinstance(value, dict):
            bad(
                f'{name}: write a table [{where}] of slug = "description"',
                lines.key(*parent(where)),
            )
            continue
        table: dict[str, str] = {}
        for slug, description in value.items():
            line = lines.key(where, slug)
            text = description if isinstance(description, str) and description.strip() else ""
            # an entry with a mistake still declares the slug it reads as: its one
            # invalid-config error, not one undeclared slug a claim that uses it
            read = as_slug(slug)
            if not is_id(slug):
                rule = "lowercase letters, digits and single hyphens"
                mend = f"write it {read} ({rule})" if read else f"use {rule}"
                bad(f"{slug!r} in [{where}] is not a slug: {mend}", line)
            elif not text:
                bad(f'{slug} in [{where}]: write its description as text, {slug} = "..."', line)
            if is_id(slug) and text:
                table[slug] = description
            elif read:
                table.setdefault(read, text)
        tables[name] = table
    return tables["measures"], tables["scopes"]


def as_slug(key: str) -> str | None:
    """The slug ``key`` reads as (``Desertions``, ``desertion_cases``, ``war deaths``:
    lowercase, words joined by single hyphens), or None when it reads as none."""
    from desertcheck.model import is_id

    slug = "-".join(re.split(r"[\s_-]+", key.strip().lower()))
    return slug if is_id(slug) else None
