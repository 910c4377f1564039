"""Live pages: the small JSON document a results page polls to update itself in place (static/live.js).

A kind marks a page live with `live=True` in its PageSpec context; with site.yaml `live_updates` above 0,
base.html then marks the page's live regions (an element with an id and `data-live` as its last
attribute, closed by `<!--/live-->` right after its end tag) and loads /static/live.js. The JSON is cut from the page as it was
rendered, so the page and its JSON always agree: the regions' inner HTML (already escaped by the
templates), the page title, a one-line summary for screen readers and a version hash.
"""
from __future__ import annotations

import hashlib
import json
import re

LIVE_FILE = "live.json"  # beside the page's index.html: {page URL}live.json
END = "<!--/live-->"
_START = re.compile(r'<(\w+)\b[^>]*?\bid="([\w-]+)"[^>]*?\bdata-live\b[^>]*>')
VERSION_SLOT = 'data-live-version=""'  # in base.html's script tag, filled in once the page is rendered
_TITLE = re.compile(r"<title>(.*?)</title>", re.S)


def is_live(context: dict, live_updates: int) -> bool:
    """Whether a page with this context polls for updates."""
    return bool(live_updates) and bool(context.get("live"))


def live_path(page_file: str) -> str:
    """The JSON beside a page's file: 'areas/x/index.html' -> 'areas/x/live.json'."""
    folder = page_file.rpartition("/")[0]
    return f"{folder}/{LIVE_FILE}" if folder else LIVE_FILE


def live_files(html: str, summary: str) -> tuple[bytes, bytes]:
    """The page with its version filled in (the script's starting point), and its JSON."""
    doc, version = live_document(html, summary)
    return html.replace(VERSION_SLOT, f'data-live-version="{version}"', 1).encode("utf-8"), doc


def live_document(html: str, summary: str) -> tuple[bytes, str]:
    """The JSON of a rendered page's live regions, byte-identical for the same page, and its version."""
    regions = dict(_regions(html))
    title = _TITLE.search(html)
    body = {"title": title[1] if title else "", "summary": summary, "regions": dict(sorted(regions.items()))}
    text = json.dumps(body, ensure_ascii=True, sort_keys=True, separators=(",", ":"))
    version = hashlib.sha256(text.encode("ascii")).hexdigest()[:16]
    # The version first, for a reader of the first bytes; `</` and `<!--` escaped (JSON allows `<\/`) so
    # that the document stays inert even if someone inlines it in a <script>.
    text = '{"version":"%s",%s' % (version, text[1:])
    return text.replace("</", "<\\/").replace("<!--", "\\u003c!--").encode("ascii") + b"\n", version


def _regions(html: str):
    """(id, inner HTML) of each live region. str.find over the page, and a regex only on the start tags:
    a regex over the whole page took 0.3 s for the 663 live pages of a general election."""
    at = html.find(" data-live>")
    while at >= 0:
        start = html.rfind("<", 0, at)
        tag = _START.match(html, start)
        end = html.find(END, at)
        if tag is None or end < 0:
            at = html.find(" data-live>", at + 1)
            continue
        close = f"</{tag[1]}>"
        if html.endswith(close, 0, end):
            yield tag[2], html[tag.end():end - len(close)]
        at = html.find(" data-live>", end)


def live_paths(specs: list, live_updates: int) -> set[str]:
    """The JSON files that the live pages among `specs` come with."""
    from ..urls import output_file

    return {live_path(output_file(s.url)) for s in specs if is_live(s.context, live_updates)}
