"""The formats a draft is read from before its text is audited: LaTeX as it typesets
(:mod:`.latex`), an e-mail as its reader reads it (:mod:`.mail`), a notebook's cells
(:mod:`.notebook`), a subtitle file's cues as its sentences run (:mod:`.subtitles`; an
ASS script's dialogue lines, :mod:`.ass_drafts`), a PDF's two columns one after the
other (:mod:`.columns`), a JSON export's values (:mod:`.json_drafts`), a YAML or TOML
file's values as a JSON export's (:mod:`.yaml_drafts`, :mod:`.toml_drafts`), an MDX
page's components' props as such and its prose as Markdown (:mod:`.mdx`), a calendar's
events' words (:mod:`.calendar_drafts`), a gettext file's messages (:mod:`.po_drafts`), a
forum post's words without its BBCode tags (:mod:`.bbcode`), a chat's export a message a
paragraph without its timestamps (:mod:`.chat_export`), a fact sheet's dot-leader rows a
row a paragraph (:mod:`.fact_sheet`), a Word or OpenDocument document's blocks as
Markdown (:mod:`desertcheck.office`), an RTF document's text as a word processor shows it
(:mod:`.rtf`), an XML draft's text (TTML subtitles' cues as a subtitle file's, an SVG
graphic's labels a line a row: :mod:`.xml_drafts`), a news feed's items' words, the
HTML they hold as a browser shows it (:mod:`.feed_drafts`), a social network's post without the
lines of its actions and authors (:mod:`.social_post`). Each gives the text read with its
map back to the draft (:class:`desertcheck.typography.Plain`), so a figure is placed
where the draft writes it; None for a draft read as it stands."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desertcheck.audit.ass_drafts import is_ass, read_ass
from desertcheck.audit.bbcode import is_bbcode, read_bbcode
from desertcheck.audit.bibtex_drafts import is_bibtex, read_bibtex
from desertcheck.audit.calendar_drafts import is_calendar, read_calendar
from desertcheck.audit.chat_export import is_chat_export, read_chat_export
from desertcheck.audit.columns import two_columns
from desertcheck.audit.fact_sheet import is_fact_sheet, read_fact_sheet
from desertcheck.audit.feed_drafts import is_feed, read_feed
from desertcheck.audit.json_drafts import is_json, read_json
from desertcheck.audit.latex import is_latex, read_latex
from desertcheck.audit.mail import is_mail, read_mail
from desertcheck.audit.mdx import is_mdx, read_mdx
from desertcheck.audit.notebook import is_notebook, read_notebook
from desertcheck.audit.po_drafts import is_po, read_po
from desertcheck.audit.rtf import RtfError, is_rtf, read_rtf
from desertcheck.audit.social_post import is_social_post, read_social_post
from desertcheck.audit.subtitles import is_subtitles, read_subtitles
from desertcheck.audit.toml_drafts import is_toml, read_toml
from desertcheck.audit.xml_drafts import is_xml, read_xml
from desertcheck.audit.xml_tree import XmlError
from desertcheck.audit.yaml_drafts import is_yaml, read_yaml
from desertcheck.office import as_markdown, is_document

if TYPE_CHECKING:
    from desertcheck.typography import Plain


def read_source(file: str, text: str) -> Plain | None:
    """The draft ``file``'s ``text`` read from its format, or None (read as it stands)."""
    if is_document(file):  # draft.docx, read a paragraph a line
        return as_markdown(text)
    if is_rtf(text):  # read as a word processor shows it, a paragraph a line
        try:
            return read_rtf(text)
        except RtfError:  # refused when read from a file (desertcheck.draft)
            return None
    if is_bibtex(file) and (bib := read_bibtex(text)) is not None:
        return bib
    if is_latex(file, text):
        return read_latex(text)
    if is_mail(file, text):
        return read_mail(text)
    if is_feed(text):  # Atom, RSS: each item's words; read as it stands if not well-formed
        try:
            return read_feed(text)
        except XmlError:
            return None
    if is_xml(file, text):  # refused when read from a file (desertcheck.cli.run_audit)
        try:
            return read_xml(text)
        except XmlError:
            return None
    if is_notebook(file, text):
        read = read_notebook(text)
    elif is_calendar(file, text):
        read = read_calendar(text)
    elif is_json(file, text):
        read = read_json(text)
    elif is_yaml(file):
        read = read_yaml(text)
    elif is_toml(file):
        read = read_toml(text)
    elif is_po(file):
        read = read_po(text)
    elif is_mdx(file):
        read = read_mdx(text)
    elif is_chat_export(text):
        read = read_chat_export(text)
    elif is_bbcode(text):
        read = read_bbcode(text)
    elif is_ass(file):
        read = read_ass(text)
    elif is_social_post(text):
        read = read_social_post(text)
    elif is_subtitles(file, text):
        read = read_subtitles(text)
    elif is_fact_sheet(file, text):
        read = read_fact_sheet(text)
    else:
        read = None
    return read if read is not None else two_columns(text)
