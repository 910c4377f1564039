"""The pages every kind of site has from its Markdown: the editor's pages and the updates."""
from __future__ import annotations

from ..model import Site
from . import PageSpec

HOME = [("Home", "/")]


def document_pages(site: Site) -> list[PageSpec]:
    """content/pages/ and content/updates/ as pages, each located at the line that gives its address."""
    specs = [PageSpec(p.url, "page.html", dict(title=p.title, doc=p, crumbs=HOME,
                                               description=p.description or p.title), p.path, p.line)
             for p in site.pages]
    specs.append(PageSpec("/updates/", "updates.html", dict(title="Updates", crumbs=HOME, updates=site.updates,
                                                           description="Latest updates")))
    specs += [PageSpec(u.url, "update.html", dict(title=u.title, update=u, crumbs=HOME + [("Updates", "/updates/")],
                                                  description=u.summary or u.title), u.path, u.line)
              for u in site.updates]
    return specs
