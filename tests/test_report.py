"""``desertcheck report``: the page's data, its safety against hostile registry text, and
the command. The page in a browser: tests/browser/."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from desertcheck.cli import app
from desertcheck.codes import Code
from desertcheck.registry import load_registry
from desertcheck.report import charts, missing_extra
from desertcheck.report.build import build_report
from desertcheck.report.page import csp, css_class
from desertcheck.reporters.markdown import safe_url

from .conftest import FIXTURES, PROJECT, cli_runner
from .report_fixtures import hostile_registry

pytest.importorskip("jinja2")
pytest.importorskip("vl_convert")


@pytest.fixture(scope="module")
def shipped():
    return build_report(load_registry(PROJECT))


@pytest.fixture(scope="module")
def shipped_page(tmp_path_factory: pytest.TempPathFactory) -> str:
    out = tmp_path_factory.mktemp("page") / "report.html"
    r = cli_runner().invoke(app, ["report", "--root", str(PROJECT), "-o", str(out)])
    assert r.exit_code == 0, r.stderr
    return out.read_text(encoding="utf-8")


def test_disputes_come_from_verify_cross_claim_findings(shipped) -> None:
    codes = [d.code for d in shipped.disputes]
    assert Code.ATTRIBUTION_DRIFT in codes and Code.RELATION_QUALIFIED in codes
    for d in shipped.disputes:
        assert len(d.claims) >= 2
        if d.severity != "info":
            assert all(c.disputed for c in d.claims)


def test_an_info_is_no_dispute(shipped, shipped_page: str) -> None:
    """Found in a user trial: claims with only relation-qualified (an info) got a yellow
    "disputed" badge and a red ring on their chart."""
    infos = {
        c.id
        for d in shipped.disputes
        if d.code == Code.RELATION_QUALIFIED
        for c in d.claims
        if all(sev == "info" for _, _, sev in c.disputes)
    }
    assert infos
    by_id = {c.id: c for c in shipped.claims}
    assert not any(by_id[cid].disputed for cid in infos)
    for cid in infos:
        row = shipped_page.split(f'<tr id="c-{cid}"', 1)[1].split("</tr>", 1)[0]
        assert 'title="disputed"' not in row
        assert "relation-qualified</code> with other claims" in row  # still linked
    for g in shipped.charts:
        ringed = {p["id"] for p in charts.timeline_spec(g, shipped.colours)["data"]["values"]
                  if p["disputed"]}  # fmt: skip
        assert not ringed & infos


def test_a_chart_never_mixes_units(shipped) -> None:
    """Found in a user trial: one chart plotted 50,500 cases against 50,000 soldiers on an
    axis titled "cases / soldiers"."""
    for g in shipped.charts:
        assert {c.unit for c in g.claims} == {g.unit}
        assert (
            charts.timeline_spec(g, shipped.colours)["layer"][0]["encoding"]["y"]["title"] == g.unit
        )
    units = {(c.measure, c.scope, c.unit) for c in shipped.claims}
    assert ("desertions", "russian-armed-forces", "cases") in units  # the trial's case
    assert ("desertions", "russian-armed-forces", "soldiers") in units


def test_the_default_title_is_not_the_folder_name(shipped_page: str) -> None:
    """Found in a user trial: a clone in a folder named desertcheck was titled
    "desertcheck report: desertcheck"; the folder is named under the title instead."""
    assert "<title>desertcheck report</title>" in shipped_page
    assert "<h1>desertcheck report</h1>" in shipped_page
    assert f"in the registry <code>{PROJECT.resolve().name}</code>" in shipped_page


def test_the_page_names_the_registry_revision_when_in_git(shipped_page: str) -> None:
    from desertcheck.report.made import revision

    rev = revision(PROJECT)
    if rev is None:
        pytest.skip("the project is not a git checkout here")
    assert f"in the registry <code>{PROJECT.resolve().name}</code> (git <code>{rev}</code>)" in (
        shipped_page
    )


def test_the_page_says_when_the_check_ran(shipped_page: str) -> None:
    from datetime import UTC, datetime

    from desertcheck.report.made import checked_at

    assert checked_at(datetime(2026, 12, 1, 5, 40, 59, tzinfo=UTC)) == "1 December 2026, 05:40 UTC"
    header = shipped_page.split("</header>", 1)[0]
    assert re.search(
        r"checked by desertcheck \S+ on \d{1,2} [A-Z][a-z]+ \d{4}, \d\d:\d\d UTC", header
    )


def test_claim_cards_keep_the_period_on_a_phone(shipped_page: str) -> None:
    """Found in a user trial: at 375 px the claim table hid its period column."""
    head = shipped_page.split('<table id="claims">', 1)[1].split("</thead>", 1)[0]
    assert '<th data-key="period">' in head
    assert '<td class="hide-narrow">20' not in shipped_page


def test_coverage_comes_from_scan(shipped) -> None:
    assert shipped.coverage == 100.0  # every statistic of the shipped sources is registered
    by_id = {s.id: s for s in shipped.sources}
    assert all(s.coverage is not None and s.coverage[1] == 0 for s in by_id.values())
    assert sum(s.coverage[0] for s in by_id.values() if s.coverage) >= len(by_id)


def test_sum_relation_shows_the_frontelligence_gap(shipped) -> None:
    (s,) = [s for s in shipped.sums if s.relation == "frontelligence-district-sum"]
    assert len(s.parts) == 5
    assert s.parts_total - s.whole.low == 90


def test_a_chart_for_each_measure_scope_and_unit_with_several_claims(shipped) -> None:
    groups: dict[tuple[str, str, str], int] = {}
    for c in shipped.claims:
        key = (c.measure, c.scope, c.unit)
        groups[key] = groups.get(key, 0) + 1
    wanted = {k for k, n in groups.items() if n > 1}
    assert {(g.measure, g.scope, g.unit) for g in shipped.charts} == wanted
    assert shipped.uncharted == 0


def test_every_claim_has_its_quote_in_context_with_the_figure_marked(shipped) -> None:
    for c in shipped.claims:
        assert c.passage is not None, c.id
        kinds = [s.kind for s in c.passage.segments]
        assert "quote" in kinds or "figure" in kinds
    marked = sum(1 for c in shipped.claims if any(s.kind == "figure" for s in c.passage.segments))
    assert marked >= 0.9 * len(shipped.claims)


def test_timeline_spec_encodes_each_claim(shipped) -> None:
    group = next(g for g in shipped.charts if any(c.qualifier == "over" for c in g.claims))
    spec = charts.timeline_spec(group, shipped.colours)
    values = spec["data"]["values"]
    assert [v["id"] for v in values] == [c.id for c in group.claims]
    over = next(v for v in values if v["shape"] == "triangle-up")
    assert over["high"] is None  # "over" is open upwards
    domain = spec["layer"][0]["encoding"]["color"]["scale"]["domain"]
    assert domain == sorted({c.source for c in group.claims})


def test_points_of_one_place_are_drawn_side_by_side_and_named(shipped) -> None:
    """Found in a user trial: two sources' "over 50,000" for one period were one point
    (the second hid under the first) though the legend listed both sources."""
    from dataclasses import replace

    from desertcheck.report.data import ChartGroup

    group = shipped.charts[0]
    first = group.claims[0]
    twin = replace(first, id="zz-retold", source="zz-other")
    both = ChartGroup(group.measure, group.scope, group.unit, (first, twin))
    values = charts.timeline_spec(both, {**shipped.colours, "zz-other": "#000"})["data"]["values"]
    assert values[0]["at"] != values[1]["at"]  # set apart on the axis
    assert "zz-retold (zz-other)" in values[0]["label"] and first.id in values[1]["label"]
    assert both.beside(first) == ("zz-retold",) and both.beside(twin) == (first.id,)
    # a lone point stands at its date: the end of its period
    alone = charts.timeline_spec(group, shipped.colours)["data"]["values"]
    lone = [v for v in alone if not group.beside(next(c for c in group.claims if c.id == v["id"]))]
    assert lone and all(v["at"] == v["end"] + "T00:00:00Z" for v in lone)


def test_sum_spec_stacks_the_parts_against_the_whole(shipped) -> None:
    spec = charts.sum_spec(shipped.sums[0])
    bars = {v["bar"] for v in spec["data"]["values"]}
    assert bars == {"sum of the parts", "stated whole"}
    assert spec["encoding"]["x"]["stack"] == "zero"


def test_svg_is_rendered_offline(shipped) -> None:
    svg = charts.svg(charts.timeline_spec(shipped.charts[0], shipped.colours))
    assert svg.startswith("<svg") and "viewBox" in svg
    assert not re.search(r"(?:href|src)=\"https?:", svg)


@pytest.mark.parametrize(
    ("url", "link"),
    [
        ("https://example.org/a?b=1", "https://example.org/a?b=1"),
        ("HTTP://EXAMPLE.ORG", "HTTP://EXAMPLE.ORG"),
        ("javascript:alert(1)", None),
        (" JavaScript:alert(1)", None),
        ("data:text/html,<b>x</b>", None),
        ("//evil.example/x", None),
        ("https://ex ample.org", None),
        ("https://example.org/\nx", None),
        ('https://example.org/"onmouseover="x', None),
        ("https://example.org/\u202ex", None),
        (None, None),
    ],
)
def test_safe_url(url: str | None, link: str | None) -> None:
    assert safe_url(url) == link


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        ("mismatch", "mismatch"),
        ("contested", "contested"),
        ("a-new-verdict", "other"),
        ('x" onmouseover="y', "other"),
    ],
)
def test_unknown_statuses_get_a_class_of_their_own(status: str, cls: str) -> None:
    assert css_class(status) == cls


def test_policy_forbids_every_load() -> None:
    policy = csp("let a = 1;")
    assert "default-src 'none'" in policy and "img-src data:" in policy
    assert "unsafe-inline" not in policy.split("script-src")[1].split(";")[0]


def test_shipped_page_is_self_contained_and_small(shipped_page: str) -> None:
    assert len(shipped_page.encode("utf-8")) < 1_000_000
    assert shipped_page.endswith("</html>\n")  # a text file ends with a newline
    assert 'http-equiv="Content-Security-Policy"' in shipped_page
    assert not re.search(r"<(?:link|img|iframe|object|embed)\b", shipped_page)
    assert not re.search(r"\bsrc=", shipped_page)
    assert shipped_page.count("<script") == 1
    assert shipped_page.count("<svg") >= 12
    for section in ("summary", "disputes", "charts", "claims-section", "sources"):
        assert f'id="{section}"' in shipped_page


def test_hostile_text_is_escaped(tmp_path: Path) -> None:
    root = hostile_registry(tmp_path / "r")
    out = tmp_path / "report.html"
    r = cli_runner().invoke(app, ["report", "--root", str(root), "-o", str(out)])
    assert r.exit_code == 0, r.stderr
    page = out.read_text(encoding="utf-8")
    assert page.count("<script") == 1 and page.count("</script>") == 1
    assert "<img" not in page
    assert "&lt;img src=x onerror=window.pwned=2&gt;" in page
    assert 'href="javascript:' not in page.lower()
    assert "javascript:window.pwned=3" in page  # shown as text, not linked
    assert "\u202e" not in page and "\u202c" not in page


def test_missing_extra_names_the_install_command(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name: None if name == "vl_convert" else real(name)
    )
    assert missing_extra() == (
        "the HTML report needs vl-convert-python: pip install 'desertcheck[report]' "
        "(in a clone of desertcheck: pip install '.[report]')"
    )
    r = cli_runner().invoke(app, ["report", "--root", str(PROJECT), "-o", "x.html"])
    assert r.exit_code == 2
    assert "pip install 'desertcheck[report]'" in r.stderr


def test_report_refuses_a_missing_folder(tmp_path: Path) -> None:
    r = cli_runner().invoke(app, ["report", "--root", str(PROJECT), "-o", str(tmp_path / "no/x")])
    assert r.exit_code == 2 and "no such folder" in r.stderr


def test_loading_errors_exit_1_and_still_report(tmp_path: Path) -> None:
    out = tmp_path / "r.html"
    root = FIXTURES / "loader" / "two-problems"
    r = cli_runner().invoke(app, ["report", "--root", str(root), "-o", str(out)])
    assert r.exit_code == 1, r.stderr
    assert out.exists()


def test_every_time_axis_label_names_its_year(shipped) -> None:
    """Found in a user trial: labels thinned to "April ... February April" left two Aprils
    of different years apart with no year shown."""
    for group in shipped.charts:
        svg = charts.svg(charts.timeline_spec(group, shipped.colours))
        # the x axis's labels: the texts of its tick marks that name a month
        months = re.findall(r">((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[^<]*)<", svg)
        assert months, group
        assert all(re.fullmatch(r"[A-Z][a-z]{2} [0-9]{4}", m) for m in months), months


def test_a_passage_shows_a_footnote_marker_as_its_number(shipped_page: str) -> None:
    """Found in a user trial: quotes showed the stored page's "^{[957](#)}" markup."""
    assert "^{[" not in shipped_page
    assert "military district,[957] which" in shipped_page


def test_the_page_takes_a_title_and_escapes_it(tmp_path: Path) -> None:
    """Found in a user trial: a clone in a folder named desertcheck gave the page the title
    "desertcheck report: desertcheck", and a title given was still prefixed with
    "desertcheck report —"."""
    out = tmp_path / "report.html"
    args = [
        "report",
        "--root",
        str(PROJECT),
        "-o",
        str(out),
        "--title",
        "<b>Desertion</b> \x1b[31m",
    ]
    r = cli_runner().invoke(app, args)
    assert r.exit_code == 0, r.stderr
    page = out.read_text(encoding="utf-8")
    assert "<h1>&lt;b&gt;Desertion&lt;/b&gt; \ufffd[31m</h1>" in page  # as given, escaped
    assert "<title>&lt;b&gt;Desertion&lt;/b&gt; \ufffd[31m</title>" in page
    assert "\x1b" not in page
    r = cli_runner().invoke(app, ["report", "--root", str(PROJECT), "-o", str(out), "--title", " "])
    assert r.exit_code == 2 and "--title: give some text" in r.stderr
