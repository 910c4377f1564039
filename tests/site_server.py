"""Serve a built output/ folder under a sub-path on 127.0.0.1, as a static host would, and crawl it."""
from __future__ import annotations

import http.server
import threading
import urllib.error
import urllib.request
from contextlib import contextmanager
from functools import partial
from html.parser import HTMLParser
from pathlib import Path
from typing import Iterator
from urllib.parse import unquote, urldefrag, urljoin, urlsplit


class _SubPathHandler(http.server.SimpleHTTPRequestHandler):
    """Maps PREFIX/... to the output folder; anything else, or a missing file, gets 404.html with status 404."""

    prefix = "/"

    def translate_path(self, path: str) -> str:
        clean = unquote(urlsplit(path).path)
        if not clean.startswith(self.prefix):
            return str(Path(self.directory) / "\x00missing")
        return super().translate_path("/" + clean[len(self.prefix):])

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        page = Path(self.directory) / "404.html"
        if code != 404 or not page.is_file():
            return super().send_error(code, message, explain)
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def log_message(self, *args: object) -> None:  # keep test output quiet
        pass


@contextmanager
def serve(output: Path, prefix: str = "/") -> Iterator[str]:
    """Serve `output` at http://127.0.0.1:PORT{prefix}; yields that address."""
    handler = type("Handler", (_SubPathHandler,), {"prefix": prefix})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), partial(handler, directory=str(output)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}{prefix}"
    finally:
        server.shutdown()
        server.server_close()


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.refs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if values.get("id"):
            self.ids.add(values["id"] or "")
        for key in ("href", "src"):
            if values.get(key) and not (tag == "link" and values.get("rel") == "canonical"):
                self.refs.append(values[key] or "")


def fetch(url: str) -> tuple[int, bytes, str]:
    """(status, body, content type) of a URL on the local server or a file:// URL."""
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return getattr(response, "status", None) or 200, response.read(), response.headers.get("Content-Type", "")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read(), exc.headers.get("Content-Type", "")


def crawl(start: str) -> tuple[dict[str, int], list[str]]:
    """Follow every same-site link, asset and anchor from `start`.

    Returns the HTML pages visited (with their status) and a list of problems: links that do not load,
    anchors missing from their page, and links that leave the site root.
    """
    root = start.rsplit("/", 1)[0] + "/" if not start.endswith("/") else start
    pages: dict[str, int] = {}
    ids: dict[str, set[str]] = {}
    problems: list[str] = []
    anchors: list[tuple[str, str, str]] = []
    todo = [(start, "(start)")]
    checked: set[str] = set()
    while todo:
        url, source = todo.pop()
        if url in checked:
            continue
        checked.add(url)
        if url.endswith("/") and url.startswith("file:"):
            problems.append(f"{source} -> {url}: a folder, not a page, when opened from disk")
            continue
        status, body, ctype = fetch(url)
        if status != 200:
            problems.append(f"{source} -> {url}: HTTP {status}")
            continue
        if "html" not in ctype and not url.endswith((".html", "/")):
            continue
        pages[url] = status
        parser = _Links()
        parser.feed(body.decode("utf-8"))
        ids[url] = parser.ids
        for ref in parser.refs:
            absolute = urljoin(url, ref)
            if urlsplit(absolute).scheme in ("http", "https", "file") and not absolute.startswith(root):
                if urlsplit(absolute).netloc == urlsplit(root).netloc and urlsplit(absolute).scheme == urlsplit(root).scheme:
                    problems.append(f"{url}: {ref} leaves the site's folder")
                continue
            target, fragment = urldefrag(absolute)
            if fragment:
                anchors.append((url, target, fragment))
            todo.append((target, url))
    for source, target, fragment in anchors:
        if target in ids and fragment not in ids[target]:
            problems.append(f"{source}: #{fragment} is not on {target}")
    return pages, problems

