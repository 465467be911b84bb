"""The table of the pages' compiled templates (:mod:`desertcheck.report.templatecache`): a
page made from it is the page compiled afresh, a second environment compiles no template,
and a table that does not check out, or a template whose text changed, is compiled as
usual."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("jinja2")

from jinja2 import DictLoader, Environment

from desertcheck import compiled
from desertcheck.cache.store import Store, key_path
from desertcheck.report import page, templatecache

PAGES = ("registry.html.j2", "audit.html.j2", "base.html.j2", "macros.html.j2")


@pytest.fixture(autouse=True)
def user_cache(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A user cache folder of this test's, the cache on; the table written when asked."""
    from desertcheck import launch

    monkeypatch.delenv("DESERTCHECK_NO_CACHE", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "user-cache"))
    monkeypatch.setattr(templatecache.atexit, "register", lambda fn: fn)
    # what ``--no-cache`` turns off in this process (an earlier test may have given it)
    monkeypatch.setattr(compiled._TABLE, "off", False)
    monkeypatch.setattr(launch, "cache_off_before_command", False)


def entry() -> Path:
    return key_path().parent / compiled.FOLDER / templatecache.entry_name()


def compiles(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the templates Jinja2 compiles from their text, from here on."""
    names: list[str] = []
    real = Environment.compile

    def counted(self: Environment, source: Any, name: Any = None, *a: Any, **k: Any) -> Any:
        names.append(name)
        return real(self, source, name, *a, **k)

    monkeypatch.setattr(Environment, "compile", counted)
    return names


def code(env: Environment) -> dict[str, bytes]:
    """Each page's template's byte code, as its environment holds it."""
    return {name: env.get_template(name).root_render_func.__code__.co_code for name in PAGES}


def test_a_second_environment_compiles_no_template_and_gets_the_same_code(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page.environment.cache_clear()
    first = page.environment()
    built = code(first)
    first.bytecode_cache.save()  # type: ignore[union-attr]
    assert entry().is_file()
    page.environment.cache_clear()
    names = compiles(monkeypatch)
    again = page.environment()
    assert code(again) == built
    assert names == []
    page.environment.cache_clear()


def test_a_page_from_the_table_is_the_page_compiled_afresh(monkeypatch: pytest.MonkeyPatch) -> None:
    def render() -> str:
        page.environment.cache_clear()
        env = page.environment()
        out = env.get_template("base.html.j2").render(
            css="<b>c</b>", script="s", csp="<p>", version="1"
        )
        env.bytecode_cache.save()  # type: ignore[union-attr]
        return out

    monkeypatch.setenv("DESERTCHECK_NO_CACHE", "1")
    expected = render()
    assert not entry().exists()  # the cache off: no table written
    monkeypatch.delenv("DESERTCHECK_NO_CACHE")
    assert render() == expected  # compiled, kept
    names = compiles(monkeypatch)
    assert render() == expected and names == []  # from the table
    page.environment.cache_clear()


def environment(templates: dict[str, str]) -> tuple[Environment, templatecache.TemplateCode]:
    table = templatecache.TemplateCode()
    return Environment(loader=DictLoader(templates), bytecode_cache=table), table


def test_a_template_whose_text_changed_is_compiled_again(monkeypatch: pytest.MonkeyPatch) -> None:
    env, table = environment({"t": "one {{ x }}"})
    assert env.get_template("t").render(x=1) == "one 1"
    table.save()
    env, _ = environment({"t": "two {{ x }}"})
    names = compiles(monkeypatch)
    assert env.get_template("t").render(x=2) == "two 2"
    assert names == ["t"]


@pytest.mark.parametrize(
    "damage",
    [
        lambda b: b[: len(b) // 2],  # truncated
        lambda b: b[:-10] + bytes(10),  # code changed: the signature fails
        lambda b: b"",
    ],
)
def test_a_damaged_table_is_ignored(damage: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    env, table = environment({"t": "one {{ x }}"})
    env.get_template("t")
    table.save()
    entry().write_bytes(damage(entry().read_bytes()))
    env, _ = environment({"t": "one {{ x }}"})
    names = compiles(monkeypatch)
    assert env.get_template("t").render(x=1) == "one 1"
    assert names == ["t"]


def test_a_signed_entry_that_is_not_code_is_compiled_afresh(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    env, table = environment({"t": "one {{ x }}"})
    env.get_template("t")
    key, (checksum, _) = next(iter((table.entries or {}).items()))
    store = Store(key_path().parent, folder=compiled.FOLDER)
    store.write(templatecache.entry_name(), {key: (checksum, "not code"), 3: b"x"})
    env, _ = environment({"t": "one {{ x }}"})
    names = compiles(monkeypatch)
    assert env.get_template("t").render(x=1) == "one 1"
    assert names == ["t"]


def test_a_table_signed_under_another_key_is_not_trusted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    env, table = environment({"t": "one {{ x }}"})
    env.get_template("t")
    table.save()
    data = entry().read_bytes()
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "another-user"))
    entry().parent.mkdir(parents=True)
    entry().write_bytes(data)
    env, _ = environment({"t": "one {{ x }}"})
    names = compiles(monkeypatch)
    env.get_template("t")
    assert names == ["t"]


@pytest.mark.parametrize("where", ["before", "after"])
def test_no_cache_given_to_the_command_line_reads_and_keeps_no_table(
    tmp_path: Path, where: str
) -> None:
    """``--no-cache`` before the command or after it (audit's own option) leaves the table
    alone, as it leaves the table of compiled patterns."""
    from desertcheck.cli import app

    from .conftest import PROJECT, cli_runner

    draft = tmp_path / "draft.md"
    draft.write_text("More than 60,000 soldiers have deserted the Russian army since 2022.\n")
    argv = ["audit", str(draft), "--root", str(PROJECT), "--format", "html"]
    argv = ["--no-cache", *argv] if where == "before" else [*argv, "--no-cache"]
    page.environment.cache_clear()
    try:
        result = cli_runner().invoke(app, argv, catch_exceptions=False)
        assert "<html" in result.stdout
        assert page.environment().bytecode_cache.entries is None  # type: ignore[union-attr]
    finally:
        page.environment.cache_clear()
