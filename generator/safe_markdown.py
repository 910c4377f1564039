"""Markdown to HTML, the one place its extensions are chosen: for text from data fields (a bio, a
description) raw HTML is shown as text and links may only go to web addresses or pages of the site;
Markdown files' bodies (pages, updates) are the editors' own and may hold HTML.

Both render fenced code blocks (```) and tables with the markdown package's own extensions; the code in a
fenced block is always escaped, so a `<script>` shown in one is text, never run."""
from __future__ import annotations

from urllib.parse import urlsplit
from xml.etree.ElementTree import Element

import markdown
from markdown.extensions import Extension
from markdown.extensions.attr_list import AttrListExtension
from markdown.extensions.fenced_code import FencedCodeExtension
from markdown.extensions.footnotes import FootnoteExtension
from markdown.extensions.sane_lists import SaneListExtension
from markdown.extensions.tables import TableExtension
from markdown.treeprocessors import Treeprocessor

SAFE_SCHEMES = ("", "http", "https", "mailto")


def is_safe_url(url: str) -> bool:
    """True for http(s), mailto and relative addresses; False for javascript:, data: and the like."""
    cleaned = "".join(ch for ch in url if ch > " ")  # browsers ignore control characters and spaces here
    try:
        return urlsplit(cleaned).scheme.lower() in SAFE_SCHEMES
    except ValueError:
        return False


class _DropUnsafeUrls(Treeprocessor):
    def run(self, root: Element) -> None:
        for element in root.iter():
            for attr in ("href", "src"):
                if attr in element.attrib and not is_safe_url(element.attrib[attr]):
                    element.attrib[attr] = "#"


class _DataFieldExtension(Extension):
    def extendMarkdown(self, md: markdown.Markdown) -> None:
        md.preprocessors.deregister("html_block")
        md.inlinePatterns.deregister("html")
        md.treeprocessors.register(_DropUnsafeUrls(md), "drop_unsafe_urls", 0)


def _common() -> list[Extension]:
    """fenced_code, tables, sane_lists (a numbered list and a bulleted one next to each other stay two
    lists): new instances for each text, as markdown makes from their names, without its search of
    every installed package's entry points for those names (40 ms of each build that renders Markdown)."""
    return [FencedCodeExtension(), TableExtension(), SaneListExtension()]


def page_markdown(text: str | None) -> str:
    """Markdown written by trusted editors (a page's or an update's body; may contain HTML) to HTML,
    with attr_list and footnotes too."""
    if not text:
        return ""
    return markdown.markdown(text, extensions=[*_common(), AttrListExtension(), FootnoteExtension()],
                             output_format="html")


def data_markdown(text: str | None) -> str:
    """Markdown from a YAML field to HTML, with any HTML in it escaped and unsafe links neutralised."""
    if not text:
        return ""
    return markdown.markdown(text, extensions=[*_common(), _DataFieldExtension()], output_format="html")
