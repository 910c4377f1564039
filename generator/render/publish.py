"""What a published site needs beyond its pages: data downloads, embeds, 404, robots, sitemap, feed, share images."""
from __future__ import annotations

import datetime as dt
import hashlib
import marshal
import xml.etree.ElementTree as ET
import zoneinfo
from dataclasses import dataclass
from functools import partial
from typing import BinaryIO, Callable
from urllib.parse import urlsplit

from ..model import Site
from ..model.documents import sort_key
from ..urls import absolute, absolute_links, output_file
from . import OutputFile, PageSpec
from .datasets import Dataset, TextCache, downloads, write_downloads
from .figures import Figure
from .share_images import ShareCard, draw_card, share_url
from .hexmap_image import draw_map_card
from ..rehearsal import BANNER, ROBOTS, stamped_image

ATOM = "http://www.w3.org/2005/Atom"
SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9"
NOT_FOUND = "/404.html"
FEED = "/feed.xml"


CARDS_VERSION = 1  # the layout of a stored card file (dump_cards)


class PublishCache:
    """What publishing_files reuses from a Builder's last build: the serialised rows of unchanged
    areas (TextCache; not with rows=False) and the share images of unchanged cards, so that an edit
    redoes only its own. The cards can be kept on disk between processes (dump_cards, load_cards)."""

    def __init__(self, rows: bool = True) -> None:
        self.rows = TextCache() if rows else None
        self._cards: dict[tuple, bytes] = {}
        self._stored: dict[str, bytes] = {}  # from load_cards: image by card_digest of its key
        # draw_many(draw, keys) -> [draw(key) for key in keys], as the Builder spreads it over its cores
        self.draw_many: Callable[[Callable[[tuple], bytes], list[tuple]], list[bytes]] | None = None

    def cards(self, keys: list[tuple], draw: Callable[[tuple], bytes]) -> list[bytes]:
        """draw(key) for each key (everything the image is drawn from), kept for the next build."""
        last, self._cards = self._cards, {}
        missing: list[tuple] = []
        for key in keys:
            if key not in self._cards:
                hit = last.get(key)
                if hit is None and self._stored:
                    hit = self._stored.get(card_digest(key))
                self._cards[key] = hit
                if hit is None:
                    missing.append(key)
        self._stored = {}
        drawn = self.draw_many(draw, missing) if self.draw_many and len(missing) > 1 else [draw(k) for k in missing]
        self._cards.update(zip(missing, drawn))
        return [self._cards[key] for key in keys]

    def dump_cards(self, code: str) -> bytes:
        """This build's share images as plain data (marshal), each under the digest of what it was drawn
        from, and `code` (a digest of the drawing code): load_cards takes them back only for the same code."""
        return marshal.dumps((CARDS_VERSION, code, {card_digest(k): v for k, v in self._cards.items()}))

    def load_cards(self, data: bytes, code: str) -> None:
        """The images of dump_cards(code); a file of another shape, version or code is ignored."""
        try:
            value = marshal.loads(data)
        except (EOFError, ValueError, TypeError):
            return
        if type(value) is not tuple or len(value) != 3 or value[0] != CARDS_VERSION or value[1] != code \
                or type(value[2]) is not dict:
            return
        stored = value[2]
        if all(type(k) is str and type(v) is bytes and v.startswith(b"\x89PNG\r\n\x1a\n") for k, v in stored.items()):
            self._stored = stored


def card_digest(key: tuple) -> str:
    """A share card's key (the card with its figures, the site's title, address and accent) as a digest of its
    repr: the frozen dataclasses' reprs spell every field. A repr with an object's address in it matches no
    later process, so it only misses."""
    return hashlib.sha256(repr(key).encode("utf-8")).hexdigest()


def publishing_pages(site: Site, figures: list[Figure], datasets: list[Dataset]) -> list[PageSpec]:
    """The data page, one embeddable page per chart, and the 404 page."""
    home = [("Home", "/")]
    specs = [PageSpec("/data/", "data.html", dict(
        title="Data", crumbs=home, datasets=datasets, figures=figures,
        description="Download every figure on this site as CSV or JSON, made from the same data as the pages."))]
    for fig in figures:
        specs.append(PageSpec(fig.embed_url, "embed.html", dict(
            title=fig.title, figure=fig.with_id("chart"), crumbs=[], description=fig.description)))
    # A host serves 404.html at whatever address was missing, at any depth, and it may be opened from disk:
    # its stylesheet is inlined, as no one link to static/style.css works from all of those.
    specs.append(PageSpec(NOT_FOUND, "404.html", dict(title="Page not found", crumbs=[], inline_stylesheet=True,
                                                      description="There is no page at this address."),
                          root_links=True))
    return specs


def _is_listed(spec: PageSpec) -> bool:
    """Pages for readers to find (not embeds or the 404 page)."""
    return spec.url.endswith("/") and not spec.url.startswith("/embed/")


@dataclass(frozen=True)
class DownloadFiles:
    """A dataset's CSV and JSON files, written together into two open files by write(csv, json)."""

    paths: tuple[str, str]
    write: Callable[[BinaryIO, BinaryIO], None]


def publishing_files(site: Site, specs: list[PageSpec], datasets: list[Dataset],
                     cache: PublishCache | None = None, streamed: list[DownloadFiles] | None = None) -> list[OutputFile]:
    """robots.txt, sitemap.xml, the Atom feed, the CSV and JSON downloads and the share images.

    With `cache` (kept by a Builder between builds), only changed areas and cards are made again.
    With `streamed`, the downloads are not made here but added to it, for the caller to write.
    """
    base = site.config.base_url
    robots = ROBOTS if site.config.rehearsal else f"User-agent: *\nAllow: /\nSitemap: {absolute(base, '/sitemap.xml')}\n"
    files = [OutputFile("robots.txt", robots.encode()),
             OutputFile("sitemap.xml", sitemap(base, [s.url for s in specs if _is_listed(s)])),
             OutputFile(output_file(FEED), atom_feed(site))]
    rows = cache.rows if cache else None
    for ds in datasets:
        paths, canonical = (output_file(ds.csv_url), output_file(ds.json_url)), absolute(base, ds.json_url)
        if streamed is not None:
            streamed.append(DownloadFiles(paths, partial(write_downloads, ds, canonical, cache=rows)))
            continue
        csv_data, json_data = downloads(ds, canonical, rows)
        files += [OutputFile(paths[0], csv_data), OutputFile(paths[1], json_data)]
    address = (urlsplit(base).netloc + urlsplit(base).path).rstrip("/")
    cards = [(s.url, s.context["share"]) for s in specs if isinstance(s.context.get("share"), ShareCard)]
    if not any(url == "/" for url, _ in cards):
        cards.append(("/", ShareCard(site.config.title, None)))
    keys = [(card, site.config.title, address, site.config.accent) for _, card in cards]
    draw = (lambda *key: stamped_image(_draw(*key))) if site.config.rehearsal else _draw
    keys = [(*key, site.config.rehearsal) for key in keys]  # a rehearsal's images are never reused outside one
    images = cache.cards(keys, lambda key: draw(*key[:-1])) if cache else [draw(*key[:-1]) for key in keys]
    files += [OutputFile(output_file(share_url(url)), image) for (url, _), image in zip(cards, images)]
    return files


def _draw(card: ShareCard, *rest: str) -> bytes:
    """A share image: the hex map's (render/hexmap_image.py) when the card has one, else the bars'."""
    return draw_map_card(card, *rest) if card.hexes else draw_card(card, *rest)


def _xml(root: ET.Element) -> bytes:
    ET.indent(root)
    return b'<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="utf-8", xml_declaration=False) + b"\n"


def sitemap(base_url: str, urls: list[str]) -> bytes:
    """sitemap.xml listing every page's absolute address.

    The bytes ElementTree writes for it (indented), one line per element without building a tree:
    ElementTree's pure-Python indent and serialiser took 0.05 s for 5,000 areas on every rebuild
    (tests/test_datasets_cache.py compares the two).
    """
    if not urls:
        return _xml(ET.Element("urlset", {"xmlns": SITEMAP}))
    entries = "".join(f"  <url>\n    <loc>{_xml_text(absolute(base_url, url))}</loc>\n  </url>\n" for url in urls)
    return f'<?xml version="1.0" encoding="utf-8"?>\n<urlset xmlns="{SITEMAP}">\n{entries}</urlset>\n'.encode()


def _stamp(value: dt.date | dt.datetime, tz: str) -> str:
    """RFC 3339, as Atom requires; a bare date is midnight in the site's timezone."""
    moment = sort_key(value)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=zoneinfo.ZoneInfo(tz))
    return moment.isoformat()


def _xml_text(text: str) -> str:
    """xml.sax.saxutils.escape's text (& < >), without importing it: it pulls in urllib.request, http,
    ssl and email, 12 ms of every rebuild's start."""
    return text.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")


def atom_feed(site: Site) -> bytes:
    """An Atom feed of the updates with absolute addresses; 'updated' is the newest update, not the build time."""
    config = site.config
    ET.register_namespace("", ATOM)
    a = f"{{{ATOM}}}"
    feed = ET.Element(f"{a}feed", {"xml:lang": config.language})
    test = f"{BANNER}: " if config.rehearsal else ""
    ET.SubElement(feed, f"{a}title").text = f"{test}{config.title}: updates"
    ET.SubElement(feed, f"{a}subtitle").text = config.description
    ET.SubElement(feed, f"{a}id").text = absolute(config.base_url, FEED)
    ET.SubElement(feed, f"{a}link", {"rel": "self", "type": "application/atom+xml",
                                     "href": absolute(config.base_url, FEED)})
    ET.SubElement(feed, f"{a}link", {"rel": "alternate", "type": "text/html",
                                     "href": absolute(config.base_url, "/updates/")})
    newest = site.updates[0].date if site.updates else None
    ET.SubElement(feed, f"{a}updated").text = _stamp(newest, config.timezone) if newest \
        else site.built_at.replace(microsecond=0).isoformat()
    ET.SubElement(ET.SubElement(feed, f"{a}author"), f"{a}name").text = config.publisher or config.title
    for u in site.updates:
        url = absolute(config.base_url, u.url)
        entry = ET.SubElement(feed, f"{a}entry", {"xml:base": url})
        ET.SubElement(entry, f"{a}title").text = test + u.title
        ET.SubElement(entry, f"{a}id").text = url
        ET.SubElement(entry, f"{a}link", {"rel": "alternate", "type": "text/html", "href": url})
        ET.SubElement(entry, f"{a}updated").text = _stamp(u.date, config.timezone)
        if u.summary or test:
            ET.SubElement(entry, f"{a}summary").text = test + (u.summary or "")
        ET.SubElement(entry, f"{a}content", {"type": "html"}).text = absolute_links(u.html, url)
    return _xml(feed)
