"""``desertcheck add source``: a document imported as ``sources/<id>.md``, its front matter
filled from what the document says about itself and from the options.

A required field that neither gives (title, publisher, language) is asked for through
``ask`` on a terminal; without ``ask`` (in a pipe) it is an error that names the options to
pass. An existing id is refused unless ``force``; the file is written atomically.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desertcheck.authoring.extract import Document, detect, extract
from desertcheck.authoring.yamltext import plain
from desertcheck.findings import EXIT_OK
from desertcheck.weburl import web_url

if TYPE_CHECKING:
    from desertcheck.registry import Registry

MAX_INPUT = 50 * 1024 * 1024  # bytes of a file to import
REQUIRED = ("title", "publisher", "language")
FIELDS = ("title", "publisher", "language", "author", "published", "url", "kind", "cites")
PREVIEW_LINES = 12
_HINT = {
    "title": "--title TEXT",
    "publisher": "--publisher NAME",
    "language": "--language TAG (en, ru, ...)",
}

#: ask(field, question, choices) -> the answer; given only on a terminal
Ask = Callable[[str, str, Sequence[str]], str]


class SourceError(Exception):
    """The document cannot be imported; the message says why and what to do."""


@dataclass(frozen=True, slots=True)
class SourceOptions:
    id: str | None = None
    title: str | None = None
    publisher: str | None = None
    language: str | None = None
    author: str | None = None
    published: str | None = None
    url: str | None = None
    kind: str | None = None
    cites: tuple[str, ...] = ()
    force: bool = False


@dataclass(frozen=True, slots=True)
class AddSourceResult:
    id: str
    file: str  # relative to the registry root
    kind: str  # text | markdown | html | pdf
    origin: str  # the file or URL it came from
    front_matter: dict[str, object]
    text: str
    replaced: bool = False
    figures: int = 0
    asked: tuple[str, ...] = field(default=())
    notes: tuple[str, ...] = field(default=())  # said on stderr: front matter keys not used

    @property
    def lines(self) -> list[str]:
        return self.text.splitlines()

    def exit_code(self, *, strict: bool = False) -> int:
        return EXIT_OK

    def to_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "file": self.file,
            "kind": self.kind,
            "from": self.origin,
            "replaced": self.replaced,
            "front_matter": self.front_matter,
            "lines": len(self.lines),
            "characters": len(self.text),
            "figures": self.figures,
            "text": self.text,
        }


def read(location: str) -> tuple[bytes, str, str | None, str | None]:
    """(bytes, name, content type, final URL) of a file or an http(s) URL."""
    from desertcheck.authoring.fetch import FetchError, fetch, is_url

    if is_url(location):
        try:
            got = fetch(location)
        except FetchError as exc:
            raise SourceError(str(exc)) from None
        return got.data, got.url, got.content_type, got.url
    path = Path(location)
    try:
        if not path.is_file():
            raise SourceError(f"{location}: no such file (give a file or an http(s) URL)")
        if path.stat().st_size > MAX_INPUT:
            raise SourceError(f"{location}: larger than {MAX_INPUT // (1024 * 1024)} MiB")
        return path.read_bytes(), path.name, None, None
    except OSError as exc:
        raise SourceError(f"{location}: {exc.strerror or exc}") from None


def _refuse_existing(registry: Registry, sid: str, force: bool) -> bool:
    """Whether ``sources/SID.md`` exists; an error unless ``force``."""
    path = registry.root / f"sources/{sid}.md"
    exists = path.exists() or path.is_symlink()
    if exists and not force:
        raise SourceError(
            f"sources/{sid}.md exists: pass --force to replace it, or --id to import under "
            "another id"
        )
    return exists


def add_source(
    registry: Registry, location: str, options: SourceOptions, ask: Ask | None = None
) -> AddSourceResult:
    """Import the document at ``location`` (a file or a URL) into ``registry``."""
    from desertcheck.authoring.extract import ExtractError, FrontMatterError
    from desertcheck.authoring.options import refusal, source_problems

    problems = list(source_problems(options))
    if problems:
        raise SourceError(refusal(problems))

    data, name, ctype, final_url = read(location)
    kind = detect(data, name, ctype)
    try:
        doc = extract(data, kind)
    except FrontMatterError as exc:
        raise SourceError(f"{location}:{exc.line}: {exc}") from None
    except ExtractError as exc:
        raise SourceError(f"{location}: {exc}") from None
    from desertcheck.model import is_id

    if options.id and is_id(options.id):  # said before the front matter is asked for
        _refuse_existing(registry, options.id, options.force)
    given, notes = from_front_matter(doc.front, options)
    if options.force and options.id:  # a corrected version: what neither says is kept
        given, kept = _kept_from(registry, options.id, doc, given)
        if kept:
            notes.append(f"kept from the source it replaces: {', '.join(kept)}")
    meta, asked = _front_matter(registry, doc, given, final_url, ask)
    sid = options.id or suggest_id(name, meta.get("title"), meta.get("language"))
    if not given.title and doc.page_title and meta.get("title") != doc.page_title:
        notes.append(
            f"title: “{meta.get('title')}”, the page's title “{doc.page_title}” less the "
            "site's name after it; give --title to write another"
        )

    if not is_id(sid):
        raise SourceError(
            f"{sid!r} is not a source id: use lowercase letters, digits and single hyphens "
            f"(--id {suggest_id(sid, None)})"
        )
    rel = f"sources/{sid}.md"
    path = registry.root / rel
    exists = _refuse_existing(registry, sid, options.force)
    content = render(meta, doc.text)
    from desertcheck.registry import MAX_FILE_BYTES

    if len(content.encode("utf-8")) > MAX_FILE_BYTES:
        raise SourceError(
            f"{location}: its text is over {MAX_FILE_BYTES // (1024 * 1024)} MiB, more than a "
            "source may hold: import the part that states the figures"
        )
    from desertcheck.authoring.scan import figures_in
    from desertcheck.files import write_atomic

    try:
        write_atomic(path, content)
    except OSError as exc:
        raise SourceError(f"cannot write {rel}: {exc.strerror or exc}") from None
    return AddSourceResult(
        sid,
        rel,
        kind,
        location,
        meta,
        doc.text,
        replaced=exists,
        figures=len(figures_in(doc.text, str(meta["language"]))),
        asked=tuple(asked),
        notes=tuple(notes),
    )


def _kept_from(
    registry: Registry, sid: str, doc: Document, given: SourceOptions
) -> tuple[SourceOptions, list[str]]:
    """``given`` with each field that neither it (the options, the file's front matter)
    nor the document's own metadata gives taken from the source ``sid`` replaces (a
    publisher's corrected file imported with --force), and the names of those fields."""
    import dataclasses

    old = registry.sources.get(sid)
    if old is None:
        return given, []
    meta = old.meta
    from_doc = {
        "title": doc.title,
        "publisher": doc.publisher,
        "language": doc.language,
        "author": doc.author,
        "published": doc.published,
        "url": doc.url,
    }
    taken: dict[str, Any] = {}
    for name in FIELDS:
        value = getattr(meta, name)
        if value in (None, ()) or getattr(given, name) not in (None, ()) or from_doc.get(name):
            continue
        taken[name] = str(value) if name == "published" else value
    return dataclasses.replace(given, **taken), list(taken)


#: A Markdown front matter's other names for a source's fields (Hugo, Jekyll, Pandoc)
ALIASES = {"date": "published", "lang": "language"}


def from_front_matter(
    front: dict[str, object], options: SourceOptions
) -> tuple[SourceOptions, list[str]]:
    """``options`` with each field they leave empty taken from a Markdown file's own front
    matter, when it has that key of a source's front matter (docs/registry-format.md; or
    ``date``, ``lang``), checked as the option would be; and a note naming the keys not
    used. The command line wins: a key whose option is given is not read, nor checked.
    A key with a problem is an error (nothing is written) that says to fix it or give
    the option."""
    import dataclasses

    from desertcheck.authoring.options import refusal, source_problems

    taken: dict[str, Any] = {}
    unused: list[str] = []
    for key, value in front.items():
        name = ALIASES.get(key, key)
        if name not in FIELDS or (name != key and name in front) or value is None:
            if value is not None:
                unused.append(key)
            continue
        if getattr(options, name) not in (None, ()):
            continue  # the command line wins
        taken[name] = _front_value(name, value)
    keyed = {ALIASES.get(k, k): k for k in front}

    def named(name: str) -> str:
        return f"front matter {keyed.get(name, name)}:"

    front_options = SourceOptions(**{k: v for k, v in taken.items() if v is not _BAD})
    problems = [
        f"{named(k)} give {_WANTED.get(k, 'some text')}" for k, v in taken.items() if v is _BAD
    ]
    problems += source_problems(front_options, named)
    if problems:
        fix = "fix the front matter, or give the option, which wins over it"
        raise SourceError(refusal([*problems, fix]))
    notes = []
    if unused:
        fingerprint = " (sha256: `desertcheck fingerprint` writes it)" if "sha256" in unused else ""
        notes.append(
            f"front matter {', '.join(unused)} not used: a source's front matter has "
            f"{', '.join(FIELDS)}{fingerprint}"
        )
    return dataclasses.replace(options, **taken), notes


_BAD = object()  # a front matter value of the wrong type
_WANTED = {"cites": "a list of origin ids", "published": "a date: YYYY, YYYY-MM or YYYY-MM-DD"}


def _front_value(name: str, value: object) -> object:
    """A front matter value as the option would give it; _BAD when of the wrong type."""
    import datetime

    if name == "cites":
        items = [value] if isinstance(value, str) else value
        if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
            return _BAD
        return tuple(items)
    if isinstance(value, datetime.datetime):
        value = value.date()
    if isinstance(value, dict | list | bool):
        return _BAD
    text = " ".join(str(value).split())
    if name == "published":
        from desertcheck.authoring.extract import iso_date

        # the date of an ISO date-time ("2024-03-14T08:30:00+01:00"): else as written
        iso = iso_date(text)
        return iso if iso and text[len(iso) : len(iso) + 1] in ("", "T", " ") else text
    return text


def _title(doc: Document, publisher: str | None) -> str | None:
    """The document's title; of a page, without a trailing "| Site name" when the site's
    name is the publisher given (:func:`~desertcheck.authoring.extract.page_title`)."""
    if doc.page_title and publisher:
        from desertcheck.authoring.extract import page_title

        return page_title(doc.page_title, [doc.publisher, publisher])
    return doc.title


def _front_matter(
    registry: Registry,
    doc: Document,
    options: SourceOptions,
    final_url: str | None,
    ask: Ask | None,
) -> tuple[dict[str, object], list[str]]:
    values: dict[str, object] = {
        "title": options.title or _title(doc, options.publisher),
        "publisher": options.publisher or doc.publisher,
        "language": options.language or doc.language,
        "author": options.author or doc.author,
        "published": options.published or doc.published,
        "url": options.url or web_url(doc.url) or final_url,  # a page's own, if a web address
        "kind": options.kind,
        "cites": list(options.cites),
    }
    asked: list[str] = []
    missing = [f for f in REQUIRED if not values[f]]
    if missing and ask is None:
        raise SourceError(
            "the document does not say its "
            + ", ".join(missing)
            + ": give "
            + " ".join(_HINT[f] for f in missing)
        )
    for name in missing:
        assert ask is not None
        values[name] = _ask_given(ask, name)
        asked.append(name)
    unknown = [c for c in options.cites if c not in registry.origins]
    if unknown:
        raise SourceError(
            f"--cites {', '.join(unknown)}: not in sources/origins.yaml; add the origin there "
            "first (a title at least), then cite it"
        )
    meta = {k: v for k, v in values.items() if v not in (None, "", [])}
    _validate(meta)
    return meta, asked


def _ask_given(ask: Ask, name: str) -> str:
    """A required field's answer, asked again (three times at most) while it is empty."""
    what = {"title": "as the document titles itself", "publisher": "who published it"}
    question = f"{name} of the document (required: {what.get(name, 'a tag: en, ru, ...')})"
    for _ in range(3):
        answer = ask(name, question, ()).strip()
        if answer:
            return answer
        question = f"the {name} is required\n  {question}"
    raise SourceError(f"no {name} given: pass {_HINT[name]}")


def _validate(meta: dict[str, object]) -> None:
    from desertcheck.model import SourceMeta
    from desertcheck.validation import ValidationError

    try:
        SourceMeta.model_validate(meta)
    except ValidationError as exc:
        problems = []
        for err in exc.errors():
            where = ".".join(str(p) for p in err["loc"]) or "front matter"
            problems.append(f"{where}: {str(err['msg']).removeprefix('Value error, ')}")
        raise SourceError("the front matter would not load: " + "; ".join(problems)) from None


def render(meta: dict[str, object], text: str) -> str:
    """A source file: the front matter between ``---`` lines, then the text."""
    lines = ["---"]
    for key in FIELDS:
        if key in meta:
            value = meta[key]
            lines.append(f"{key}: {plain('tags' if key == 'cites' else key, value)}")
    lines.append("---")
    return "\n".join(lines) + "\n" + text


def suggest_id(name: str, title: object, language: object = None) -> str:
    """An id from the file name or the URL's last path segment, less the extension of a
    document ``add source`` reads (``.html``, ``.pdf``, ``.md``, ``.txt``, ``.csv``, ``.tsv``,
    ``.docx``, ``.odt`` …), else from the title."""
    from urllib.parse import urlsplit

    from desertcheck.authoring.drafting import slug

    path = urlsplit(name).path if "://" in name else name
    stem = re.sub(
        r"\.(html?|xhtml|pdf|md|markdown|txt|text|csv|tsv|docx|odt)$",
        "",
        path.rstrip("/").rsplit("/", 1)[-1],
        flags=re.I,
    )
    said = language if isinstance(language, str) else None
    candidate = slug(stem, said) or (slug(str(title), said) if title else "") or "source"
    if len(candidate) > 60:
        candidate = candidate[:60].rsplit("-", 1)[0]
    return candidate
