"""Live pages: the small JSON document a results page polls to update itself in place (static/live.js).

A kind marks a page live with `live=True` in its PageSpec context; with site.yaml `live_updates` above 0,
base.html then marks the page's live regions (an element with an id and `data-live`) and loads
/static/live.js. The JSON is a
version hash of the page as it was rendered and a one-line summary for screen readers, about 100
bytes: a poll costs next to nothing, and when the version moves the script fetches the page itself
and puts its live regions in place, so what a reader sees is always what the page is. (The JSON used
to carry the regions' HTML too: 49 MB of a 5,000-area site's 120 MB, a second copy of every page.)
"""
from __future__ import annotations

import hashlib
import json

LIVE_FILE = "live.json"  # beside the page's index.html: {page URL}live.json
VERSION_SLOT = 'data-live-version=""'  # in base.html's script tag, filled in once the page is rendered
_SLOT = VERSION_SLOT.encode("ascii")


def is_live(context: dict, live_updates: int) -> bool:
    """Whether a page with this context polls for updates."""
    return bool(live_updates) and bool(context.get("live"))


def live_path(page_file: str) -> str:
    """The JSON beside a page's file: 'areas/x/index.html' -> 'areas/x/live.json'."""
    folder = page_file.rpartition("/")[0]
    return f"{folder}/{LIVE_FILE}" if folder else LIVE_FILE


def live_files(html: str, summary: str) -> tuple[bytes, bytes]:
    """The page's bytes with its version filled in (the script's starting point), and its JSON: the
    version is a hash of the page as rendered (its version slot still empty) and of the summary, so any
    change to either moves it, and the same page and summary always give the same bytes."""
    page = html.encode("utf-8")  # once: a page with any letter beyond ASCII takes 9 us a copy at 10 KB
    digest = hashlib.sha256(page)
    digest.update(b"\0" + summary.encode("utf-8"))
    version = digest.hexdigest()[:16]
    return page.replace(_SLOT, b'data-live-version="%s"' % version.encode("ascii"), 1), live_document(summary, version)


def live_document(summary: str, version: str) -> bytes:
    """The JSON of a page of this version and summary."""
    text = json.dumps({"summary": summary}, ensure_ascii=True, separators=(",", ":"))
    # The version first, for a reader of the first bytes; `</` and `<!--` escaped (JSON allows `<\/`) so
    # that the document stays inert even if someone inlines it in a <script>.
    text = '{"version":"%s",%s' % (version, text[1:])
    return text.replace("</", "<\\/").replace("<!--", "\\u003c!--").encode("ascii") + b"\n"


def live_paths(specs: list, live_updates: int) -> set[str]:
    """The JSON files that the live pages among `specs` come with."""
    from ..urls import output_file

    return {live_path(output_file(s.url)) for s in specs if is_live(s.context, live_updates)}
