"""With a declared vocabulary, every measure and scope must be declared.

``desertcheck.toml`` may declare the measures and scopes a registry uses, each with a
description:

```toml
[vocabulary.measures]
desertions = "Soldiers who left their unit without leave, as counted by the source"

[vocabulary.scopes]
russian-armed-forces = "The armed forces of the Russian Federation"
```

When a table is there, a claim whose slug is not in it is an error, with the declared
slug it most likely meant; a registry that declares only measures leaves scopes free.
The descriptions show in ``show``, ``export``, ``vocab`` and the verify report. Declare a
new slug (with what it counts) rather than accept this finding: it cannot be accepted.
"""

from __future__ import annotations

from collections.abc import Iterator

from desertcheck.checks.base import RegistryContext
from desertcheck.codes import Code
from desertcheck.findings import Finding
from desertcheck.suggest import did_you_mean

CODE = Code.VOCABULARY_UNDECLARED
KIND = "registry"


def check(ctx: RegistryContext) -> Iterator[Finding]:
    declared = ctx.vocabulary
    for field, table in (("measure", declared.measures), ("scope", declared.scopes)):
        if table is None:
            continue
        for c in ctx.registry.claims:
            slug = getattr(c, field)
            if slug in table:
                continue
            hint = did_you_mean(slug, table, cutoff=0.5)
            yield Finding.of(
                CODE,
                f"{field} {slug!r} of claim {c.id!r} is not declared in [vocabulary.{field}s] "
                f"of desertcheck.toml{f' ({hint})' if hint else ''}: use a declared {field}, "
                f'or declare it there with a description ({slug} = "...")',
                c.file,
                *c.where.of(field),
                (c.id,),
            )
