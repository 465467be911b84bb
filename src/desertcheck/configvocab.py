"""``[vocabulary]`` of desertcheck.toml: the measures and scopes a registry declares."""

from __future__ import annotations

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
            if not is_id(slug):
                bad(
                    f"{slug!r} in [{where}] is not a slug: use lowercase letters, digits and "
                    "single hyphens",
                    line,
                )
            elif not isinstance(description, str) or not description.strip():
                bad(f'{slug} in [{where}]: write its description as text, {slug} = "..."', line)
            else:
                table[slug] = description
        tables[name] = table
    return tables["measures"], tables["scopes"]
