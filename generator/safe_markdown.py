"""Markdown for text that comes from data fields (a bio, a description): raw HTML is shown as text, and
links may only go to web addresses or pages of the site. Markdown files' bodies are trusted and are not
passed through here."""
from __future__ import annotations

from urllib.parse import urlsplit
from xml.etree.ElementTree import Element

import markdown
from markdown.extensions import Extension
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


def data_markdown(text: str | None) -> str:
    """Markdown from a YAML field to HTML, with any HTML in it escaped and unsafe links neutralised."""
    if not text:
        return ""
    return markdown.markdown(text, extensions=["tables", "sane_lists", _DataFieldExtension()], output_format="html")
