"""Check the links between pages and to files in static/, naming the content line that made each bad one."""
from __future__ import annotations

import posixpath
import re
from html import unescape
from pathlib import Path
from urllib.parse import unquote, urlsplit

from .errors import Collector
from .render import OutputFile, PageSpec
from .urls import output_file

# Files outside content/ that make links on every page (navigation, sources).
_SHARED_SOURCES = ("site.yaml",)


# href="..." and src='...' in the rendered HTML. A regular expression rather than an HTML parser: it is
# ten times faster on a 650-seat site, and the pages come from our templates and Markdown, which quote
# every attribute value.
_LINK_RE = re.compile(r"""\s(?:href|src)\s*=\s*(?:"([^"]*)"|'([^']*)')""")


def link_targets(html: str) -> list[str]:
    """Every href and src value in a page, with character references decoded, each once."""
    return list(dict.fromkeys(unescape(m[1] if m[1] is not None else m[2]) for m in _LINK_RE.finditer(html)))


def internal_target(page_url: str, href: str) -> str | None:
    """The site path a link points to ('/a/b/'), or None for external links, fragments and mail."""
    parts = urlsplit(href)
    if parts.scheme or parts.netloc or not parts.path:
        return None
    path = unquote(parts.path)
    base = page_url if page_url.endswith("/") else posixpath.dirname(page_url) + "/"
    resolved = posixpath.normpath(posixpath.join(base, path))
    if path.endswith("/") and not resolved.endswith("/"):
        resolved += "/"
    return resolved


def _is_page(target: str) -> bool:
    last = target.rstrip("/").rsplit("/", 1)[-1]
    return target.endswith("/") or "." not in last or last.endswith(".html")


def _find_line(text: str, needles: list[str]) -> int | None:
    for needle in needles:
        if not needle:
            continue
        for number, line in enumerate(text.split("\n"), 1):
            if needle in line:
                return number
    return None


def check_links(site_dir: Path, specs: list[PageSpec], files: list[OutputFile], out: Collector) -> None:
    """Report every link from a page to a page or file the build does not produce.

    A bad link is reported at the content line that wrote it (the page's own file, or site.yaml for
    navigation). Links the theme makes to its own static files are the theme's business and are not
    checked here; links to pages are always checked, since a broken one is a broken site.
    """
    exists = {f.path for f in files}
    html = {f.path: f.data for f in files if f.path.endswith(".html")}
    texts: dict[str, str] = {}
    reported: set[tuple[str, int | None, str]] = set()
    for spec in specs:
        data = html.get(output_file(spec.url))
        if data is None:
            continue
        for href in link_targets(data.decode("utf-8")):
            target = internal_target(spec.url, href)
            if target is None or output_file(target) in exists:
                continue
            needles = [href, target, target.removeprefix("/static/"), target.rstrip("/")]
            where = None
            for source in ([spec.source] if spec.source else []) + list(_SHARED_SOURCES):
                if source not in texts:
                    file = site_dir / source
                    texts[source] = file.read_text(encoding="utf-8-sig") if file.is_file() else ""
                line = _find_line(texts[source], needles)
                if line is not None:
                    where = (source, line)
                    break
            if where is None and not _is_page(target):
                continue
            if where is None:
                where = (f"templates/{spec.template}", None)
            key = (where[0], where[1], target)
            if key in reported:
                continue
            reported.add(key)
            kind = "page" if _is_page(target) else "file"
            hint = "check the spelling of the address; the site's pages end in /, like /result/" if kind == "page" \
                else f"put the file in static/{target.removeprefix('/static/')}, or correct the path"
            out.add(where[0], where[1], f"the link to {target} (on the page {spec.url}) goes to a {kind} that "
                    "does not exist", hint)
