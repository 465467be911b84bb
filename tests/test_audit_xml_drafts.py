"""An XML draft is read as a person reads it: the text of its elements, not its markup or
attributes; a TTML file's timed cues as a subtitle file's; an SVG's labels on one baseline
a line. Each figure is placed on the line of the file that writes it. A draft that is not
well-formed, or of which no text is read, is refused in words. The drafts are written for
these tests; the claims are the shipped registry's."""

from __future__ import annotations

import time

import pytest

from desertcheck.audit.xml_drafts import checked, is_xml, read_xml
from desertcheck.audit.xml_tree import MAX_DEPTH, XmlError
from desertcheck.draft import Draft, DraftError

from .test_audit_mail_notebook import placed
from .test_cli_inputs import invoke

TT = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<tt xmlns="http://www.w3.org/ns/ttml" xmlns:ttp="http://www.w3.org/ns/ttml#parameter"'
    ' xmlns:tts="http://www.w3.org/ns/ttml#styling" ttp:frameRate="25">\n'
    "  <head>\n"
    "    <metadata><title>Reel 2, version 4.0.2, 18 August 2026</title></metadata>\n"
    '    <styling><style xml:id="s1" tts:fontSize="100%"/></styling>\n'
    '    <layout><region xml:id="r1" tts:origin="10% 80%"/></layout>\n'
    "  </head>\n"
    "  <body><div>\n"
)
SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="960" height="400" viewBox="0 0 960 400">\n'
    "  <title>Deserters, in numbers</title>\n"
)


def cue(n: int, text: str) -> str:
    return f'    <p begin="00:00:{n:02d}.000" end="00:00:{n + 1:02d}.500">{text}</p>\n'


@pytest.mark.parametrize(
    ("xml", "read"),
    [
        # the head (a frame rate, "100%", "10% 80%", a version) and attributes not read;
        # <br/> a line's end, a span running on in its line; a closed cue a paragraph
        (
            TT
            + cue(1, "<span>NARRATOR:</span> Since the invasion,<br/>50,000 have deserted.")
            + cue(3, "Of them, 16,000 prosecuted.")
            + "  </div></body>\n</tt>\n",
            "NARRATOR: Since the invasion,\n50,000 have deserted.\n\nOf them, 16,000 prosecuted.",
        ),
        # a cue that leaves its sentence open runs on into the next, on a line of its own
        (
            TT
            + cue(1, "That is nearly")
            + cue(3, "ten per cent of them.")
            + cue(5, "Twelve left.")
            + "  </div></body>\n</tt>\n",
            "That is nearly\nten per cent of them.\n\nTwelve left.",
        ),
        # a cue that opens with a small letter goes on after a comma
        (
            TT
            + cue(1, "Investigators opened 5,260 cases in 2022,")
            + cue(3, "and 510 for desertion.")
            + cue(5, "Twelve left,")
            + cue(7, "Nine came back.")
            + "  </div></body>\n</tt>\n",
            "Investigators opened 5,260 cases in 2022,\nand 510 for desertion.\n\nTwelve left,"
            "\n\nNine came back.",
        ),
        # captions with no punctuation, most cues open: each cue a paragraph
        (
            TT + cue(1, "that is nearly") + cue(3, "ten per cent") + cue(5, "of them.") + "</div>"
            "</body></tt>",
            "that is nearly\n\nten per cent\n\nof them.",
        ),
        # SVG: a bar's label and its value on one baseline are one line; the bar, its
        # coordinates, sizes and colours no text; a wrapped line goes on; <desc> is prose
        (
            SVG
            + "  <desc>Draft v2.3, 23 September 2026.</desc>\n"
            + '  <g transform="translate(40, 340)">\n'
            + '    <text x="0" y="0" font-size="22">Cases by district, Feb 2022 – Dec 2024</text>\n'
            + '    <text x="0" y="62" font-size="15">Southern</text>\n'
            + '    <rect x="150" y="48" width="452" height="20" fill="#c0392b"/>\n'
            + '    <text x="612" y="63" font-size="15">22,580</text>\n'
            + '    <text x="0" y="96" font-size="15">Central</text>\n'
            + '    <text x="436" y="97" font-size="15">13,800</text>\n'
            + '    <text x="0" y="130">More than 50,000 deserted since 2022</text>\n'
            + '    <text x="0" y="150">— nearly <tspan font-weight="700">10%</tspan>.</text>\n'
            + "  </g>\n</svg>\n",
            "Deserters, in numbers\n\nDraft v2.3, 23 September 2026.\n\n"
            "Cases by district, Feb 2022 – Dec 2024\n\nSouthern 22,580\n\nCentral 13,800\n\n"
            "More than 50,000 deserted since 2022\n— nearly 10%.",
        ),
        # a <tspan> on a row of its own is a line of its own; an entity is read as its text
        (
            SVG + '<text x="0" y="10">AWOL &amp; desertion<tspan x="0" dy="1.2em">18,159'
            '</tspan><tspan x="0" dy="1.2em">cases</tspan></text></svg>',
            "Deserters, in numbers\n\nAWOL & desertion\n18,159\ncases",
        ),
        # a cue's own timed words are no cues; a declared encoding is not read again (the
        # draft is decoded as UTF-8 already)
        (
            '<?xml version="1.0" encoding="ISO-8859-1"?><tt><body>'
            '<p begin="1s" end="2s">Renée: <span begin="1.5s">over</span> 50,000.</p>'
            '<p begin="3s" end="4s">Twelve left.</p></body></tt>',
            "Renée: over 50,000.\n\nTwelve left.",
        ),
        # a document type that only names its DTD (as graphics programs write it): never
        # fetched, the graphic read
        (
            '<?xml version="1.0"?>\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" '
            '"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n'
            '<svg><text y="5">Over 50,000 since 2022</text></svg>',
            "Over 50,000 since 2022",
        ),
        # XML of another vocabulary: each element a paragraph, its attributes not read
        (
            '<?xml version="1.0"?><story id="4412" v="3"><hed>Deserters</hed>'
            '<body><para n="1">Over 50,000 since 2022.</para><para n="2">Twelve left.'
            "</para></body></story>",
            "Deserters\n\nOver 50,000 since 2022.\n\nTwelve left.",
        ),
    ],
)
def test_an_xml_draft_is_read_as_its_text(xml: str, read: str) -> None:
    got = read_xml(xml)
    assert got.text == read
    for word in ("50,000", "22,580", "18,159", "ten per cent", "Twelve"):
        if word in read and word in xml:  # maps back to where the file writes it
            assert got.start(got.text.index(word)) == xml.index(word)


def test_a_ttml_draft_is_audited_cue_by_cue() -> None:
    ttml = (
        TT
        + cue(1, "NARRATOR: The UN says more than 50,000 Russian soldiers")
        + cue(3, "have deserted since 2022.")
        + cue(5, "That is nearly")
        + cue(7, "ten per cent of those deployed.")
        + "  </div></body>\n</tt>\n"
    )
    assert placed(ttml, "film.ttml") == [
        (9, "more than 50,000", "supported", "euaa-un-desertions-since-2022"),
        (12, "nearly\nten per cent", "supported", "euaa-un-deserters-share-of-deployed"),
    ]


@pytest.mark.parametrize(
    ("xml", "why"),
    [
        ("<tt><body><p>over 50,000</body></tt>", "is not well-formed XML \\(mismatched tag"),
        (
            '<?xml version="1.0"?><!DOCTYPE tt [<!ENTITY a "aaaa">]><tt>&a;</tt>',
            "declares a document type",
        ),
        ("<tt>" + "<div>" * (MAX_DEPTH + 1), f"nests elements over {MAX_DEPTH} deep"),
        ("<?xml version='1.0'?>", "is not well-formed XML"),
    ],
)
def test_malformed_xml_is_refused(xml: str, why: str) -> None:
    with pytest.raises(XmlError, match=why):
        read_xml(xml)
    with pytest.raises(DraftError, match="subs.xml: it " + why):
        checked(Draft("subs.xml", xml))


def test_xml_of_which_no_text_is_read_is_refused() -> None:
    empty = TT + '<p begin="00:00:01.000" end="00:00:02.000"/></div></body></tt>'
    with pytest.raises(DraftError, match="no text is read from this XML"):
        checked(Draft("subs.ttml", empty))


def test_malformed_xml_is_a_clear_error_from_the_command(tmp_path) -> None:
    draft = tmp_path / "subs.xml"
    draft.write_text(TT + cue(1, "Over 50,000 deserted.") + "</body></tt>\n")
    r = invoke("audit", str(draft), "--no-cache")
    assert r.exit_code == 2
    assert "subs.xml: it is not well-formed XML (mismatched tag: line 10" in r.stderr
    assert "Traceback" not in r.output
    empty = tmp_path / "empty.svg"
    empty.write_text(SVG.replace("<title>Deserters, in numbers</title>", "") + "<rect/></svg>")
    r = invoke("audit", str(empty), "--no-cache")
    assert r.exit_code == 2
    assert "no text is read from this XML" in r.stderr


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("subs.ttml", "<tt/>", True),
        ("graphic.svg", "<svg/>", True),
        ("-", '<?xml version="1.0"?>\n<tt/>', True),
        ("feed.xml", '<?xml version="1.0"?>\n<rss version="2.0"/>', False),  # as it stands
        ("page.xml", '<?xml version="1.0"?>\n<!-- x --><html/>', False),
        ("draft.md", "<tt>not XML by its name or its declaration</tt>", False),
    ],
)
def test_is_xml(name: str, text: str, expected: bool) -> None:
    assert is_xml(name, text) is expected


def test_a_hostile_xml_draft_is_read_in_linear_time() -> None:
    body = "<svg>" + '<text y="1">a &amp; <tspan dy="1">1,000</tspan></text>' * 40_000 + "</svg>"
    start = time.process_time()
    read_xml(body)
    assert time.process_time() - start < 10
