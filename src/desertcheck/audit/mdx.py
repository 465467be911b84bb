"""An MDX draft (Markdown with JSX components) read as its page shows it.

A data desk's article in MDX mixes Markdown with components::

    import StatCard from "../components/StatCard"

    <StatCard value={50000} qualifier="over" label="soldiers deserted" period="since 2022" />
    <DistrictBars height={360} data={[
      { district: "Southern", value: 22580, qualifier: "nearly" },
    ]} />

Read as Markdown, an import was a line of prose and a component an HTML tag, blanked with
its figures. :func:`read_mdx` drops the ``import`` and ``export`` lines and the ``{/* ...
*/}`` comments, and reads a component's props as a JSON draft's object is read
(:mod:`.json_drafts`): props with a value beside a label, qualifier, unit or period are one
figure with its context ("soldiers deserted: over 50000, since 2022."), a number in braces
(``{16000}``) a number; a prop holding a list or an object (``data={[...]}``) is read as its
values, each point a figure. A component's other props (a height, a footnote's number) are
not read, and its tag is left to be blanked as an HTML tag is; the prose between components
is Markdown. Each character read maps back to where the draft writes it. A draft is MDX
when its name ends in ``.mdx``.
"""

from __future__ import annotations

from typing import Any, Final

from desertcheck.audit.json_drafts import figure_fields, read_into
from desertcheck.audit.json_text import JsonOut, Path
from desertcheck.audit.yaml_drafts import YamlLiterals, composed
from desertcheck.compiled import regex
from desertcheck.typography import Plain

#: The longest component tag read, props and all; a longer one is left as text.
MAX_TAG: Final = 20_000
#: What is not shown: an import or export line, a comment in braces; or a component's tag.
_SKIP: Final = regex(r"(?m)^(?:import|export)[ \t][^\n]*+|\{/\*.*?\*/\}|<([A-Z][\w.]*+)(?=[\s/>])")
_PROP: Final = regex(r"\s*+([A-Za-z_][\w:-]*+)(?:\s*+=\s*+(?:\"([^\"]*+)\"|'([^']*+)'|(\{)))?")


def is_mdx(name: str) -> bool:
    """Whether the draft ``name`` is MDX."""
    return name.lower().endswith(".mdx")


def read_mdx(text: str) -> Plain:
    """``text``, an MDX draft, read as its page shows it (see the module's docstring), with
    its map back to ``text``. The tags are looked into for at most twice the draft's length
    in all (:data:`MAX_TAG` at least), so a draft of tags nested in props or never closed
    is read in linear time: the rest is read as it stands."""
    out = JsonOut()
    pos = 0
    budget = 2 * len(text) + MAX_TAG
    for m in _SKIP.finditer(text):
        if m.start() < pos:
            continue
        out.copy(text, pos, m.start())
        pos = m.end()
        if m.group(1) is None:
            continue  # an import, an export, a comment: not shown
        if budget <= 0:
            out.copy(text, m.start(), m.end())
            continue
        end, looked = _read_component(out, text, m.end())
        budget -= looked
        if end is None:  # not a tag: read as it stands
            out.copy(text, m.start(), m.end())
        elif end < 0:  # a tag holding no figure, read as it stands
            out.copy(text, m.start(), -end)
            pos = -end
        else:
            pos = end
    out.copy(text, pos, len(text))
    out.back.append(len(text))
    return Plain(out.text(), out.back, out.wide or None)


def _read_component(out: JsonOut, text: str, pos: int) -> tuple[int | None, int]:
    """The props of the component whose name ends at ``pos`` read into ``out`` when they
    hold figures: the tag's end (negated when they hold none; None when it is no tag), and
    how far the tag was looked into."""
    props: dict[str, Any] = {}
    found: list[tuple[Path, int, int]] = []  # its props of a string or a number
    within: list[tuple[Path, int, int]] = []  # the values of its props of lists, objects
    styles: dict[int, tuple[str | None, str]] = {}
    begin, limit = pos, min(len(text), pos + MAX_TAG)
    while (m := _PROP.match(text, pos, limit)) is not None:
        pos, name = m.end(), m.group(1)
        quoted = 2 if m.group(2) is not None else 3 if m.group(3) is not None else 0
        if quoted:
            a, b = m.span(quoted)
            props[name] = text[a:b]
            found.append((("props", name), a - 1, b + 1))
            styles[a - 1] = ('"' if quoted == 2 else "'", text[a:b])
        elif m.group(4) is not None:
            close = _closing_brace(text, m.start(4), limit)
            if close is None:
                return None, limit - begin
            pos = close + 1
            inner = text[m.end(4) : close].strip()
            if inner[:1] in ("[", "{"):
                values: list[tuple[Path, int, int]] = []
                props[name] = composed(text, m.end(4), close, values, styles)
                if props[name] is not None:
                    within += [(("props", name, *path), a, b) for path, a, b in values]
            elif inner:
                a = text.index(inner, m.end(4))
                props[name] = _number(inner)
                found.append((("props", name), a, a + len(inner)))
                styles[a] = (None, inner)
    end = _TAG_END.match(text, pos, limit)
    if end is None:
        return None, pos - begin
    if figure_fields(props) is not None:
        read_into(out, {"props": props}, found, YamlLiterals(text, styles))
    elif within:
        read_into(out, {"props": props}, within, YamlLiterals(text, styles))
    else:
        return -end.end(), end.end() - begin
    out.read("\n\n", end.end() - 1, end.end() - 1)
    return end.end(), end.end() - begin


_TAG_END: Final = regex(r"\s*+/?>")


def _closing_brace(text: str, start: int, limit: int) -> int | None:
    """The offset of the brace closing the one at ``start`` (strings in it skipped), or
    None before ``limit``."""
    depth = 0
    quote = ""
    i = start
    while i < limit:
        c = text[i]
        if quote:
            if c == "\\":
                i += 1
            elif c == quote:
                quote = ""
        elif c in "\"'`":
            quote = c
        elif c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    return None


def _number(text: str) -> Any:
    try:
        return int(text.replace("_", "")) if text.lstrip("-").isdigit() else float(text)
    except ValueError:
        return text
