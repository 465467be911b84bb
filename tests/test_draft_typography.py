"""A draft's typography (invisible characters, HTML references, Markdown escapes, odd
spaces and dashes) read as its plain equivalent, columns still pointing at the draft."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desertcheck.typography import plain

from .test_audit import auditor

SHY, ZWSP, WJ, BOM, RLM = "\u00ad", "\u200b", "\u2060", "\ufeff", "\u200f"


def read(text: str) -> list[tuple[str, str, float]]:
    """(status, claim, value) of each figure of ``text``; each figure's column points at
    the draft's own first character of it."""
    items = auditor().audit(text, "d.md")
    lines = text.split("\n")
    out = []
    for it in items:
        assert text[it.figure.start] == lines[it.line - 1][it.column - 1]
        assert not text[it.figure.start].isspace()
        out.append((it.status, it.claim.id if it.claim else "", it.figure.low))
    return out


DESERTED = "Since 2022 over {} troops have deserted the Russian army."
OPENED = "Between {} prosecutors opened 501 desertion cases."
# (as an editor's draft has it, the same in plain ASCII)
PAIRS = [
    # invisible characters inside a number
    (DESERTED.format(f"70{SHY}000"), DESERTED.format("70,000")),
    (DESERTED.format(f"70{ZWSP}000"), DESERTED.format("70,000")),
    (DESERTED.format(f"70{WJ},000"), DESERTED.format("70,000")),
    (DESERTED.format(f"70,{BOM}000"), DESERTED.format("70,000")),
    (DESERTED.format(f"70,{ZWSP}000"), DESERTED.format("70,000")),
    (DESERTED.format("70\u200c000"), DESERTED.format("70,000")),
    # the figure, punctuation and hair spaces as digit group separators
    (DESERTED.format("70\u2007000"), DESERTED.format("70,000")),
    (DESERTED.format("70\u2008000"), DESERTED.format("70,000")),
    (DESERTED.format("70\u200a000"), DESERTED.format("70,000")),
    # HTML character references
    (DESERTED.format("70&nbsp;000"), DESERTED.format("70,000")),
    (DESERTED.format("70&#44;000"), DESERTED.format("70,000")),
    (DESERTED.format("70&#x202F;000"), DESERTED.format("70,000")),
    (
        "Since 2022 &gt;50,000 troops have deserted the Russian army.",
        "Since 2022 >50,000 troops have deserted the Russian army.",
    ),
    (OPENED.format("2022&ndash;2023"), OPENED.format("2022-2023")),
    # Markdown escapes, U+2010 and an em dash in a year range
    (OPENED.format("2022\\-2023"), OPENED.format("2022-2023")),
    (OPENED.format("2022\u20102023"), OPENED.format("2022-2023")),
    (OPENED.format("2022\u20142023"), OPENED.format("2022-2023")),
    (
        "Between 2022 and 2023 prosecutors opened 5\\,260 cases of absence without leave.",
        "Between 2022 and 2023 prosecutors opened 5,260 cases of absence without leave.",
    ),
    # a space before K
    (
        "Since the invasion over 4.5 K soldiers were convicted of desertion.",
        "Since the invasion over 4.5K soldiers were convicted of desertion.",
    ),
]


@pytest.mark.parametrize(("typographic", "ascii_copy"), PAIRS)
def test_typography_reads_as_its_plain_equivalent(typographic: str, ascii_copy: str) -> None:
    got = read(typographic)
    assert got, "the figure vanished"
    assert got == read(ascii_copy)


@pytest.mark.parametrize(
    "text",
    [
        # a footnote mark or an invisible character after a full stop ends the sentence:
        # the next one's "April 2025" is not the share's period
        "Deserters make up almost 10% of Russia's troops in Ukraine.\u00b9 In April 2025 "
        "alone, courts issued 848 verdicts.",
        "Deserters make up almost 10% of Russia's troops in Ukraine.\u00b9\u00b2 In April 2025 "
        "alone, courts issued 848 verdicts.",
        f"Deserters make up almost 10% of Russia's troops in Ukraine.{RLM} In April 2025 "
        "alone, courts issued 848 verdicts.",
        f"Deserters make up almost 10% of Russia's troops in Ukraine.{ZWSP} In April 2025 "
        "alone, courts issued 848 verdicts.",
        "Deserters make up almost 10% of Russia's troops in Ukraine.\u202c In April 2025 "
        "alone, courts issued 848 verdicts.",
        # a footnote number flattened onto a year: "2022.1" is the year and note 1
        "Over 50,000 troops have deserted the Russian army since 2022.1 In April 2025 "
        "alone, courts issued 848 verdicts.",
    ],
)
def test_sentence_ends_after_a_footnote_mark(text: str) -> None:
    got = read(text)
    assert [s for s, _, _ in got] == ["supported", "supported"], got


def test_a_year_and_its_footnote_number_is_no_decimal() -> None:
    # read plain, the footnote number goes; a decimal inside a sentence stays
    assert plain("since 2022.1 The deserters").text == "since 2022. The deserters"
    assert plain("rose by 2022.1 tonnes").text == "rose by 2022.1 tonnes"
    assert plain("was 12,022.1 In all").text == "was 12,022.1 In all"


def test_html_references_keep_line_breaks_and_unknown_names() -> None:
    assert plain("a &bogus; b &#10; c &amp; d").text == "a &bogus; b &#10; c & d"


def test_map_points_at_the_draft() -> None:
    text = f"x 5&nbsp;2{SHY}60 y"
    p = plain(text)
    assert p.text == "x 5\u00a0260 y"
    start, end = p.text.index("5"), p.text.index(" y")
    assert text[p.start(start) : p.end(end)] == f"5&nbsp;2{SHY}60"


INVISIBLE = st.sampled_from([SHY, ZWSP, WJ, BOM, RLM, "\u200e", "\u2066", "\u2069", "\u200c"])


@settings(max_examples=40, deadline=None)
@given(where=st.integers(min_value=1, max_value=5), mark=INVISIBLE)
def test_an_invisible_character_inside_a_number_never_hides_it(where: int, mark: str) -> None:
    figure = "70,000"
    text = f"Since 2022 over {figure[:where]}{mark}{figure[where:]} troops have deserted."
    got = read(text)
    assert [v for _, _, v in got] == [70000.0]
    assert got[0][0] == "mismatch"  # the registry's figure is over 50,000


@pytest.mark.parametrize(
    ("text", "status", "value"),
    [
        # a digit group of four, of two, a stray last digit: never dropped, read by its digits
        ("Courts convicted 13,5000 soldiers of desertion offences in 2024.", "mismatch", 135000),
        ("Since 2022 over 70,0000 troops have deserted the Russian army.", "unsourced", 700000),
        ("Since 2022 over 50,000,0 troops have deserted the Russian army.", "mismatch", 500000),
        ("Since 2022 over 50,000,00 troops have deserted the Russian army.", "mismatch", 5000000),
        # read by its digits it is the claim's figure: still a mismatch, written wrong
        ("Mediazona counted 1,8159 cases under Article 337 by mid-2025.", "mismatch", 18159),
        # no claim near it: unsourced, but listed
        ("The village baked 1,2345 loaves for the fair.", "unsourced", 12345),
    ],
)
def test_a_misgrouped_number_is_reported_not_dropped(text: str, status: str, value: int) -> None:
    items = auditor().audit(text, "d.md")
    assert [(it.status, it.figure.low) for it in items] == [(status, value)]
    written = text.split()[[w[:1].isdigit() and "," in w for w in text.split()].index(True)]
    assert f"“{written}”: its digit groups are not of three" in items[0].message
    assert written in items[0].figure.text


@pytest.mark.parametrize(
    "text",
    [
        "Articles 1,2,3 of the code apply.",  # a list of single digits
        "The index rose to 84,4 points.",  # a decimal comma
        "Between 2022,2023 and 2024 nothing changed.",  # no number's first group
        "The rate was 0,25 per cent.",  # a leading zero: a decimal comma
        "The train left at 10,30 and the bus at 11,45.",  # times
        "The pass lies at 47,12 north and 38,65 east.",  # coordinates
        "Pi is roughly 3,14, the children were told.",  # a decimal comma
        "The 35,36 and 37 rifle companies marched.",  # a list
        "Clauses 12,13,14 of the lease were read out.",  # a list
        "The cells 1,23,45 were marked.",  # no grouping of any kind
    ],
)
def test_what_is_no_misgrouped_number_is_left_alone(text: str) -> None:
    from desertcheck.audit.misgrouped import regrouped

    assert regrouped(text) == (text, {})


@pytest.mark.parametrize(
    ("text", "read", "written"),
    [
        # a decimal comma with a share or money: read as the decimal it is, no alarm
        ("Some 9,75 % of the unit's conscripts are said to have left.", 9.75, "9,75 %"),
        ("The canteen charged 2,50 euros for a bowl of soup.", 2.5, "2,50 euros"),
        ("A ticket cost €3,40 on the night train.", 3.4, "€3,40"),
        # Indian grouping is a style, not a slip: read as 100,000, no alarm
        ("The fair drew 1,00,000 visitors over the weekend.", 100000, "1,00,000"),
        ("The district counted 12,34,567 voters.", 1234567, "12,34,567"),
    ],
)
def test_a_decimal_comma_or_indian_grouping_is_no_slip(
    text: str, read: float, written: str
) -> None:
    items = auditor().audit(text, "d.md")
    assert [it.figure.low for it in items] == [read]
    assert written in items[0].figure.text
    assert "not of three" not in items[0].message
    assert items[0].status != "mismatch"


def test_a_decimal_share_agreeing_with_its_claim_is_no_mismatch() -> None:
    text = (
        "With over 50,000 soldiers, or nearly 9,75 % of the Russian armed forces in Ukraine, "
        "estimated to have deserted since 2022."
    )
    items = auditor().audit(text, "d.md")
    assert all("not of three" not in it.message for it in items)
    share = [it for it in items if "9,75" in it.figure.text]
    assert share and share[0].figure.low == 9.75 and "%" in share[0].figure.text


@settings(max_examples=40, deadline=None)
@given(digits=st.integers(min_value=1000, max_value=9_999_999), cut=st.integers(1, 6))
def test_a_misgrouped_number_never_vanishes(digits: int, cut: int) -> None:
    plain_digits = str(digits)
    cut = min(cut, len(plain_digits) - 1)
    written = f"{plain_digits[:cut]},{plain_digits[cut:]}"
    if len(plain_digits[:cut]) > 3 or len(plain_digits[cut:]) < 4:
        return  # no sure slip: a decimal comma, a list or a well grouped number
    text = f"Since 2022 over {written} troops have deserted the Russian army."
    items = auditor().audit(text, "d.md")
    assert [it.figure.low for it in items] == [digits]
    assert items[0].status in {"mismatch", "unsourced", "qualifier-drift", "period-drift"}


GRID = """Cases of desertion and AWOL by district, to December 2024:

+--------------+--------------------+
| District     | Cases              |
+==============+====================+
| Moscow       | nearly 7 780       |
+--------------+--------------------+
| Leningrad    | over {leningrad}         |
+--------------+--------------------+
"""


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_a_grid_table_is_read_as_a_table(newline: str) -> None:
    # the rows inherit the header and the caption, as a pipe table's do
    right = GRID.format(leningrad="3 050").replace("\n", newline)
    wrong = GRID.format(leningrad="3 500").replace("\n", newline)
    assert [s for s, _, _ in read(right)] == ["supported", "supported"]
    assert [s for s, _, _ in read(wrong)] == ["supported", "mismatch"]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("[b]Over 70,000[/b] troops have deserted the Russian army since 2022.", "mismatch"),
        ("[bold]Over 50,000[/bold] troops have deserted the Russian army since 2022.", "supported"),
        (
            "[color=red]Over 70,000[/color] troops have deserted the Russian army since 2022.",
            "mismatch",
        ),
    ],
)
def test_bbcode_tags_are_blanked(text: str, status: str) -> None:
    assert [s for s, _, _ in read(text)] == [status]


def test_bbcode_strike_is_struck_out() -> None:
    text = "Over [s]70,000[/s] 50,000 troops have deserted the Russian army since 2022."
    assert [(s, v) for s, _, v in read(text)] == [("supported", 50000)]


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        ("Over 50,000 deserted.\n".encode("utf-16"), "UTF-16"),
        (b"\xfe\xff" + "Over 50,000 deserted.\n".encode("utf-16-be"), "UTF-16"),
        ("Over 50,000 deserted.\n".encode("utf-32"), "UTF-32"),
    ],
)
def test_a_utf16_draft_is_named_for_what_it_is(data: bytes, kind: str) -> None:
    from desertcheck.draft import DraftError, decode

    with pytest.raises(DraftError, match=f"is {kind} text, not UTF-8.*save the draft as UTF-8"):
        decode(data, "d.md")


PSYCH = "Some 51 people were put through coercive psychiatric measures in {}."


@pytest.mark.parametrize(
    ("typographic", "ascii_copy"),
    [
        (PSYCH.format("2022/25"), PSYCH.format("2022-25")),
        (PSYCH.format("2022/2025"), PSYCH.format("2022-2025")),
        (
            "In 2022\\\u20132023, prosecutors opened 501 desertion cases.",
            "In 2022-2023, prosecutors opened 501 desertion cases.",
        ),
    ],
)
def test_year_ranges_written_otherwise(typographic: str, ascii_copy: str) -> None:
    got = read(typographic)
    assert got == read(ascii_copy)
    assert [s for s, _, _ in got] == ["supported"]


def test_a_slash_between_years_is_a_range_only_forwards() -> None:
    assert plain("in 2024/23 and 12/2024 and 2022/25/3").text == (
        "in 2024/23 and 12/2024 and 2022/25/3"
    )


def test_a_footnote_number_on_a_per_cent_sign_is_dropped() -> None:
    text = "Deserters make up almost 10%2 of Russia's troops in Ukraine since 2022."
    assert read(text) == read(text.replace("%2", "%"))
    assert [s for s, _, _ in read(text)] == ["supported"]
    assert plain("10%2a and 10%2.5").text == "10%2a and 10%2.5"


@pytest.mark.parametrize("written", ["&gt;", "&#62;", "\\>"])
def test_an_escaped_greater_than_opening_a_line_is_no_quote(written: str) -> None:
    text = f"{written}50,000 troops have deserted the Russian army since 2022."
    assert read(text) == read("More than 50,000 troops have deserted the Russian army since 2022.")


def test_a_letter_k_in_a_file_number_is_no_thousand() -> None:
    # a German court's file number: "7 K 2291/24"
    assert plain("judgment of 12 May 2025, file 7 K 2291/24.").text.count("7 K") == 1
    assert plain("over 4.5 K soldiers").text == "over 4.5K soldiers"


# -- an escaped or encoded Markdown marker is literal text --------------------------------

ESCAPED_MARKERS = {
    # how a marker is kept literal: a backslash escape, a decimal or a hex reference
    "escape": lambda c: "\\" + c,
    "decimal": lambda c: f"&#{ord(c)};",
    "hex": lambda c: f"&#x{ord(c):x};",
}


@settings(max_examples=30, deadline=None)
@given(
    marker=st.sampled_from(["~~", "~", "`", "``"]),
    how=st.sampled_from(sorted(ESCAPED_MARKERS)),
)
def test_an_escaped_marker_never_hides_a_figure(marker: str, how: str) -> None:
    wrapped = "".join(ESCAPED_MARKERS[how](c) for c in marker)
    text = f"By mid-2025 Mediazona had counted {wrapped}18,159{wrapped} cases under Article 337."
    assert [v for _, _, v in read(text)] == [18159]


@pytest.mark.parametrize(
    "text",
    [
        "Proekt found &lt;!-- 5,260 --&gt; criminal cases opened between 2022 and 2023.",
        "Proekt found &lt;code&gt;5,260&lt;/code&gt; criminal cases opened between 2022 and 2023.",
        "Proekt found \\<!-- 5,260 --> criminal cases opened between 2022 and 2023.",
    ],
)
def test_an_encoded_comment_or_element_is_text(text: str) -> None:
    assert [v for _, _, v in read(text)] == [5260]


def test_real_markup_still_hides_what_it_hides() -> None:
    text = "Mediazona counted ~~17,000~~ `16,500` <!-- 15,000 --> 18,159 cases under Article 337."
    assert [v for _, _, v in read(text)] == [18159]


# -- a span never ends inside an HTML reference --------------------------------------------


@pytest.mark.parametrize(
    ("last", "tail"),
    [("&#48;", ""), ("&#x30;", ""), ("0", "&nbsp;"), ("0", "\u00ad")],
)
def test_a_figure_span_ends_after_the_draft_characters_it_was_read_from(
    last: str, tail: str
) -> None:
    text = f"Overall, Proekt counted 5,26{last}{tail} criminal cases opened between 2022 and 2023."
    items = auditor().audit(text, "d.md")
    assert len(items) == 1
    q = items[0].figure
    assert text[q.start : q.end] == f"5,26{last}"


@settings(max_examples=60, deadline=None)
# digits 0 and 9 only: no reference among them decodes to nothing (as "&#5;" does)
@given(text=st.text(alphabet="09,&#;x\\\u00ad\u200b ab", max_size=30))
def test_plain_spans_end_on_whole_draft_characters(text: str) -> None:
    got = plain(text)
    for i in range(1, len(got.text)):
        end, following = got.end(i), got.start(i)
        # a span ends after its last character's draft text, and only dropped invisible
        # characters lie between it and the next character's draft text
        assert got.start(i - 1) < end <= following
        assert all(c in "\u00ad\u200b" for c in text[end:following])


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"\x00\x00\xfe\xff" + "Over 50,000 deserted.\n".encode("utf-32-be"), "UTF-32"),
        ("Over 50,000 deserted.\n".encode("utf-32-le"), "UTF-32"),
        ("Over 50,000 deserted.\n".encode("utf-16-le"), "UTF-16"),
        ("Over 50,000 deserted.\n".encode("utf-16-be"), "UTF-16"),
    ],
)
def test_a_wide_unicode_draft_is_named_with_or_without_a_bom(data: bytes, kind: str) -> None:
    from desertcheck.draft import DraftError, decode

    with pytest.raises(DraftError, match=f"is {kind} text, not UTF-8"):
        decode(data, "d.md")


def test_a_binary_file_is_still_not_text() -> None:
    from desertcheck.draft import DraftError, decode

    with pytest.raises(DraftError, match="not text"):
        decode(bytes(range(256)) * 4, "d.bin")
