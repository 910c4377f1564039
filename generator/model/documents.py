"""Markdown pages and dated updates, with their front matter checked."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..errors import Collector
from ..load import MarkdownDoc
from ..safe_markdown import page_markdown
from ..schema import F, Bool, DateTime, Int, PageId, Record, Str, validate
from ..urls import page_url, segment_problem, slugify

PAGE_META = Record({
    "title": F(Str(max_len=200), required=True),
    "description": F(Str(max_len=500)),
    "slug": F(PageId(), description="the page's URL segment; defaults to the file name"),
    "order": F(Int(), default=100, description="position in the navigation"),
    "nav": F(Bool(), default=True, description="list the page in the navigation"),
}, title="content/pages/*.md front matter")

UPDATE_META = Record({
    "title": F(Str(max_len=200), required=True),
    "date": F(DateTime(), required=True, description="YYYY-MM-DD HH:MM in the site's timezone"),
    "summary": F(Str(max_len=500)),
    "slug": F(PageId(), description="the update's URL segment; defaults to the file name"),
}, title="content/updates/*.md front matter")


@dataclass(frozen=True)
class Page:
    title: str
    description: str | None
    order: int
    nav: bool
    html: str
    url: str
    path: str
    line: int = 1  # where the page's address is decided (its slug, or the top of the file)


@dataclass(frozen=True)
class Update:
    title: str
    date: dt.date | dt.datetime
    summary: str | None
    html: str
    url: str
    path: str
    line: int = 1


def sort_key(value: dt.date | dt.datetime) -> dt.datetime:
    """Dates and datetimes in one order (a bare date sorts at the start of its day)."""
    return value if isinstance(value, dt.datetime) else dt.datetime(value.year, value.month, value.day)


def _stem(path: str) -> str:
    return path.rsplit("/", 1)[-1].rsplit(".", 1)[0]


def _slug(doc: MarkdownDoc, meta, out: Collector) -> str | None:
    """The page's address segment (its slug, or its file's name), or None after reporting one that cannot
    be a folder name (`con`, `aux` and the other names Windows reserves for devices)."""
    slug = meta["slug"] or slugify(_stem(doc.path))
    problem = segment_problem(slug)
    if problem is None:
        return slug
    where = f"the slug '{slug}'" if meta["slug"] else f"the file name gives the address '{slug}', which"
    out.add(doc.path, meta.line_of("slug") if meta["slug"] else 1, f"{where} cannot be used: {problem}",
            "rename the file (or set `slug:` in the front matter) to another name, like `contact` or `about`"
            if not meta["slug"] else "choose another slug, like `contact` or `about`")
    return None


def make_pages(docs: tuple[MarkdownDoc, ...], out: Collector) -> tuple[Page, ...]:
    pages = []
    for doc in docs:
        meta = validate(doc.meta, PAGE_META, doc.path, out, "the front matter")
        if meta is None:
            continue
        slug = _slug(doc, meta, out)
        if slug is None:
            continue
        pages.append(Page(meta["title"], meta["description"], meta["order"], meta["nav"], page_markdown(doc.body),
                          page_url(slug), doc.path, meta.line_of("slug") if meta["slug"] else 1))
    return tuple(sorted(pages, key=lambda p: (p.order, p.title)))


def make_updates(docs: tuple[MarkdownDoc, ...], out: Collector) -> tuple[Update, ...]:
    updates = []
    for doc in docs:
        meta = validate(doc.meta, UPDATE_META, doc.path, out, "the front matter")
        if meta is None:
            continue
        slug = _slug(doc, meta, out)
        if slug is None:
            continue
        updates.append(Update(meta["title"], meta["date"], meta["summary"], page_markdown(doc.body),
                              page_url("updates", slug), doc.path, meta.line_of("slug") if meta["slug"] else 1))
    return tuple(sorted(updates, key=lambda u: (sort_key(u.date), u.url), reverse=True))
