"""An HTML table pasted into a draft is read as the pipe table it shows: each one-line row
its own row (a period in one row's cell no longer dates the next row's figure, a row's
words no longer meet the next row's figure), under its header and its caption; a row
inside a line of prose, or written over several lines, is left as it was. The drafts are
written for these tests."""

from __future__ import annotations

import pytest

from desertcheck.html_tables import html_tables
from desertcheck.typography import plain

from .test_audit_reading2 import judge

_HEAD = "<tr><th>Offence</th><th>Convicted</th><th>Compare</th></tr>"
_CAPTION = "<caption>Convictions to 22 February 2024 (Proekt)</caption>"


def _table(*rows: str, frame: bool = False) -> str:
    head = ["<thead>", _HEAD, "</thead>", "<tbody>"] if frame else [_HEAD]
    tail = ["</tbody>", "</table>"] if frame else ["</table>"]
    return "\n".join(["<table>", _CAPTION, *head, *rows, *tail]) + "\n"


_AWOL_2021 = "<tr><td>AWOL</td><td>4,373</td><td>527 in 2021</td></tr>"
_WARTIME = "mt-proekt-desertion-trials-wartime"  # 129 trials, to 22 February 2024


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the period of the row before ("in 2021") is not this row's
        (
            _table(_AWOL_2021, "<tr><td>Desertion (trials)</td><td>129</td><td>—</td></tr>"),
            ("129", "supported", _WARTIME),
        ),
        (
            _table(
                _AWOL_2021, "<tr><td>Desertion (trials)</td><td>129</td><td>—</td></tr>", frame=True
            ),
            ("129", "supported", _WARTIME),
        ),
        # near miss: a period in the row's own cell still dates its figure
        (
            _table(_AWOL_2021, "<tr><td>Desertion (trials)</td><td>129</td><td>in 2021</td></tr>"),
            ("129", "period-drift", _WARTIME),
        ),
        # each row's words are its own: "10 years" is AWOL's maximum, "3 years" disobedience's
        (
            "<table>\n<tr><th>Offence</th><th>Maximum sentence</th></tr>\n"
            "<tr><td>AWOL</td><td>10 years</td></tr>\n"
            "<tr><td>Disobedience</td><td>3 years</td></tr>\n</table>\n",
            ("3", "supported", "isl-disobedience-max-sentence"),
        ),
    ],
)  # fmt: skip
def test_a_row_is_read_alone(text: str, expected: tuple[str, str, str | None]) -> None:
    assert expected in judge(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "<table>\n<tr><td>AWOL</td><td>18&nbsp;159</td></tr>\n</table>\n",
            "       \n    |   AWOL     |   18&nbsp;159     |    \n        \n",
        ),
        # the frame between two rows keeps them one table; before and after, blank
        (
            "<tbody>\n<tr><td>1</td></tr>\n</tbody>\n<tbody>\n<tr><td>2</td></tr>\n</tbody>\n",
            "       \n    |   1     |    \n|-------\n|------\n    |   2     |    \n        \n",
        ),
        (
            '<TR class="x"><TD colspan="2">5</TD></TR>\n',
            '              |               5     |    \n',
        ),
        # left as written: a row inside prose, a row over several lines
        ("Prose <tr><td>5</td></tr> goes on.\n", None),
        ("<tr>\n<td>5</td>\n</tr>\n", None),
        ("No table at all: 5 < 6.\n", None),
    ],
)  # fmt: skip
def test_rows_as_pipes(text: str, expected: str | None) -> None:
    read = html_tables(text)
    assert read == (text if expected is None else expected)
    assert len(read) == len(text)


def test_plain_reads_an_html_table_with_its_entities() -> None:
    text = "<table>\n<tr><td>AWOL</td><td>18&nbsp;159</td></tr>\n</table>\n"
    read = plain(text)
    assert read.text.splitlines()[1].split("|")[2].strip() == "18\u00a0159"
    assert read.start(read.text.index("18")) == text.index("18")
