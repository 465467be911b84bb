"""An MDX draft is read as its page shows it: its imports dropped, its components' props
read as a figure with its qualifier, label and period, a prop's list of points each a
figure, and the prose between them as Markdown. The drafts are written for these tests;
the claims are the shipped registry's."""

from __future__ import annotations

import time

import pytest

from desertcheck.audit.mdx import is_mdx, read_mdx

from .test_audit_mail_notebook import placed as placed_in


def placed(text: str) -> list[tuple[int, str, str, str | None]]:
    return [(line, status, claim) for line, _, status, claim in placed_in(text, "page.mdx")]


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        # a component's props: one figure with its qualifier, label and period
        (
            'import StatCard from "../components/StatCard"\n\n'
            '<StatCard value={50000} qualifier="over" label="soldiers deserted" '
            'period="since 2022" />\n'
            "<StatCard value='20,000' qualifier='over' label='refusal-to-serve cases' "
            "period='to June 2025' />\n",
            [
                (3, "supported", "euaa-un-desertions-since-2022"),
                (4, "supported", "isl-mediazona-refusal-to-serve-cases-over-20000"),
            ],
        ),
        # a prop's list of points, each on its line; a height no figure
        (
            "Frontelligence counted the cases by district to December 2024.\n\n"
            "<DistrictBars height={360} data={[\n"
            '  { district: "Southern", value: 22580, qualifier: "nearly" },\n'
            '  { district: "Leningrad", value: 3050, qualifier: "over" },\n]} />\n',
            [
                (4, "supported", "euaa-frontelligence-desertions-southern-md-dec-2024"),
                (5, "supported", "euaa-frontelligence-desertions-leningrad-md-dec-2024"),
            ],
        ),
    ],
)
def test_an_mdx_draft_is_read_as_its_page_shows(
    page: str, expected: list[tuple[int, str, str | None]]
) -> None:
    assert placed(page) == expected


@pytest.mark.parametrize(
    ("page", "read"),
    [
        ('import X from "x"\nexport const n = 5\nText {/* 2024 */}.', "\n\nText ."),
        ("<Footnote n={3}>Note.</Footnote>", "<Footnote n={3}>Note.</Footnote>"),
        (
            '<StatCard value={1369} label="disobedience cases" />',
            "\n\ndisobedience cases: 1369.\n\n",
        ),
        ("<Card value={ 5 } label='x' data={[1, 2", "<Card value={ 5 } label='x' data={[1, 2"),
    ],
)
def test_components_are_read_as_their_props(page: str, read: str) -> None:
    assert read_mdx(page).text == read


def test_is_mdx() -> None:
    assert is_mdx("feature.MDX") and not is_mdx("feature.md")


def test_an_unclosed_component_is_read_in_linear_time() -> None:
    page = "<Card value={" * 200_000
    start = time.process_time()
    read_mdx(page)
    assert time.process_time() - start < 10
