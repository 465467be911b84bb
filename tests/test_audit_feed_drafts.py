"""A news feed (Atom, RSS) is read as a feed reader shows it: its items' words, the HTML
they hold (escaped or in CDATA) as a browser shows it, not the feed's ids, links and
version numbers. Each figure is placed on the line of the file that writes it. The feeds
are written for these tests; the claims are the shipped registry's."""

from __future__ import annotations

import time

import pytest

from desertcheck.audit.draft_formats import read_source
from desertcheck.audit.feed_drafts import is_feed, read_feed
from desertcheck.audit.xml_tree import XmlError

from .test_audit_mail_notebook import placed

ATOM = (
    '<?xml version="1.0" encoding="utf-8"?>\n'
    '<feed xmlns="http://www.w3.org/2005/Atom">\n'
    "  <title>Desk checks</title>\n"
    "  <id>tag:desk.example,2026-03-04:/feed/0412</id>\n"
    '  <generator uri="https://desk.example/cms" version="4.2.1">CMS 4.2.1</generator>\n'
    "  <entry>\n"
    '    <link rel="alternate" href="https://desk.example/checks/0412"/>\n'
)
RSS = (
    '<?xml version="1.0"?>\n'
    '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"'
    ' xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd">\n'
    "<channel><title>Show</title><link>https://show.example/ep/31</link>\n"
    "<item><itunes:episode>31</itunes:episode><guid>show-s3e31</guid>\n"
)


@pytest.mark.parametrize(
    ("feed", "read"),
    [
        # escaped HTML read as a browser shows it: a paragraph each, "&nbsp;" decoded later
        # (left as a character reference), no id, link or generator read
        (
            ATOM + '    <content type="html">\n'
            "&lt;p&gt;Over&amp;nbsp;50,000 deserted.&lt;/p&gt;\n"
            "&lt;ul&gt;&lt;li&gt;Southern: nearly 22,580&lt;/li&gt;\n"
            "&lt;li&gt;Central: 13,800&lt;/li&gt;&lt;/ul&gt;\n"
            "    </content>\n  </entry>\n</feed>\n",
            "Desk checks\n\nOver&nbsp;50,000 deserted.\n\nSouthern: nearly 22,580\n\n"
            "Central: 13,800",
        ),
        # a paragraph that opens with a small letter after one left open goes on with it;
        # an inline tag is left for the draft's reading to blank; a comment is not read
        (
            ATOM + '    <summary type="text">A post says 16,000.\n'
            "The EUAA says more.</summary>\n"
            '    <content type="html">&lt;p&gt;About 16,000 were prosecuted,&lt;/p&gt;\n'
            "&lt;p&gt;and &lt;b&gt;13,500&lt;/b&gt; convicted.&lt;!-- 99 --&gt;&lt;/p&gt;"
            "</content>\n  </entry>\n</feed>\n",
            "Desk checks\n\nA post says 16,000. The EUAA says more.\n\n"
            "About 16,000 were prosecuted,\nand <b>13,500</b> convicted.",
        ),
        # RSS: CDATA HTML in content:encoded; the episode number and guid not read; a
        # script's words not read, a line break a line's end, table cells apart
        (
            RSS + "<title>Ep. 31</title><content:encoded><![CDATA[<p>Nearly 10%"
            "<br>of those deployed.</p><script>var n = 5;</script>"
            "<table><tr><td>Southern</td><td>22,580</td></tr></table>]]></content:encoded>"
            "</item></channel></rss>\n",
            "Show\n\nEp. 31\n\nNearly 10%\nof those deployed.\n\nSouthern 22,580",
        ),
        # a timestamp read as its day: no time of day nor zone; a date that is none left
        (
            RSS + "<pubDate>Thu, 14 May 2026 05:00:00 +0000</pubDate>"
            "<dc:date xmlns:dc='http://purl.org/dc/elements/1.1/'>Spring</dc:date>"
            "</item></channel></rss>\n",
            "Show\n\nThu, 14 May 2026\n\nSpring",
        ),
        (
            ATOM + "    <published>2026-10-19T07:45:00Z</published>\n"
            "    <updated>\n      2026-10-19T11:02:00+02:00</updated>\n  </entry>\n</feed>\n",
            "Desk checks\n\n2026-10-19\n\n2026-10-19",
        ),
        # Atom's xhtml content read as an XML draft's elements are
        (
            ATOM + '    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">'
            "<p>Over 50,000.</p><p>Nearly 10%.</p></div></content>\n  </entry>\n</feed>\n",
            "Desk checks\n\nOver 50,000.\n\nNearly 10%.",
        ),
    ],
)
def test_a_feed_is_read_as_a_feed_reader_shows_it(feed: str, read: str) -> None:
    plain = read_feed(feed)
    assert plain.text == read
    # every character read stands where the draft writes it (or at the entity giving it)
    for i, c in enumerate(plain.text):
        at = plain.start(i)
        if c.isdigit():
            assert feed[at] == c


def test_an_atom_feed_is_audited_item_by_item() -> None:
    feed = (
        ATOM + '    <summary type="text">A post says over 50,000 deserted.</summary>\n'
        '    <content type="html">\n'
        "&lt;p&gt;The UN puts it at nearly&amp;nbsp;10% of those deployed.&lt;/p&gt;\n"
        "&lt;ul&gt;\n"
        "&lt;li&gt;Deserted since 2022 (UN): over&amp;nbsp;50,000&lt;/li&gt;\n"
        "&lt;/ul&gt;\n"
        "    </content>\n  </entry>\n</feed>\n"
    )
    assert [(line, text) for line, text, _, _ in placed(feed, "checks.atom")] == [
        (8, "over 50,000"),
        (10, "nearly\xa010%"),
        (12, "over\xa050,000"),
    ]
    verdicts = {status for _, _, status, _ in placed(feed, "checks.atom")}
    assert verdicts == {"supported"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (ATOM + "</entry></feed>", True),
        (RSS + "</item></channel></rss>", True),
        ('<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/>', True),
        ("\ufeff  <feed/>", True),
        ('<?xml version="1.0"?>\n<tt xmlns="http://www.w3.org/ns/ttml"/>', False),
        ("<html><body><p>Over 50,000.</p></body></html>", False),
        ("A feed of 50,000 items.", False),
    ],
)
def test_is_feed(text: str, expected: bool) -> None:
    assert is_feed(text) is expected


def test_a_malformed_feed_is_read_as_it_stands() -> None:
    feed = ATOM + "  <entry><title>Over 50,000</entry></feed>\n"
    with pytest.raises(XmlError):
        read_feed(feed)
    assert read_source("checks.atom", feed) is None  # read as it stands


def test_a_hostile_feed_is_read_in_linear_time() -> None:
    body = "&lt;p&gt;" + "&lt;b&gt;1 " * 20_000 + "&lt;!--" + "x" * 50_000
    feed = ATOM + f'<content type="html">{body}</content></entry></feed>'
    began = time.perf_counter()
    read_feed(feed)
    assert time.perf_counter() - began < 5
