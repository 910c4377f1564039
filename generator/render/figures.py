"""A chart with what readers do with it: its data download, its embed page and its share image."""
from __future__ import annotations

import html
import math
import textwrap
import xml.etree.ElementTree as ET
from dataclasses import dataclass

from markupsafe import Markup

from ..charts import Group, bar_chart
from ..model.site import Source
from ..urls import page_url

# The embed page around its chart, for the iframe height: padding and margins, and the title and credit
# lines as they wrap in a 300 px column (about 28 and 34 characters a line in the theme's fonts).
EMBED_MARGINS = 44
TITLE_LINE, TITLE_CHARS = 20, 28
CREDIT_LINE, CREDIT_CHARS = 21, 34
CREDIT_TEXT = ": full figures and sources · Data"  # what templates/embed.html writes after the site title
SOURCE_TEXT = "Source: "


def _lines(text: str, chars: int) -> int:
    """Lines the text takes when wrapped at word breaks, as a browser does (never fewer than by length)."""
    return max(len(textwrap.wrap(text, chars)), math.ceil(len(text) / chars), 1)


@dataclass(frozen=True)
class Figure:
    """An SVG chart (rendered where the template prints it) and where its data and embed live."""

    slug: str                 # the chart's name in /embed/<slug>/
    title: str
    description: str
    groups: tuple[Group, ...]
    svg: Markup
    height: int               # the SVG's height in px, for the embed snippet's iframe
    dataset: str              # the id of the dataset on the data page that holds these figures
    page: str                 # the page the chart belongs to, linked from its embed
    domain_max: int | None = None
    source: Source | None = None  # credited on the embed page

    def __html__(self) -> str:
        return str(self.svg)

    @property
    def embed_url(self) -> str:
        return page_url("embed", self.slug)

    @property
    def data_url(self) -> str:
        return f"/data/#{self.dataset}"

    def embed_height(self, site_title: str) -> int:
        """Tall enough for the embed page in a column 300 px wide or wider, so it never scrolls."""
        title_lines = _lines(self.title, TITLE_CHARS)
        credit_lines = _lines(site_title + CREDIT_TEXT, CREDIT_CHARS)
        if self.source:
            credit_lines += _lines(SOURCE_TEXT + self.source.name, CREDIT_CHARS)
        return self.height + EMBED_MARGINS + title_lines * TITLE_LINE + credit_lines * CREDIT_LINE

    def embed_code(self, src: str, site_title: str) -> str:
        """The iframe a newsroom pastes into its page to show this chart."""
        return (f'<iframe src="{html.escape(src)}" title="{html.escape(self.title)}" width="100%" '
                f'height="{self.embed_height(site_title)}" style="border:0" loading="lazy"></iframe>')

    def with_id(self, chart_id: str) -> "Figure":
        """The same chart with another element id, for a page that shows several charts."""
        return make_figure(self.slug, chart_id, self.groups, self.title, self.description, self.dataset,
                           self.page, domain_max=self.domain_max, source=self.source)


def make_figure(slug: str, chart_id: str, groups: tuple[Group, ...] | list[Group], title: str, description: str,
                dataset: str, page: str, *, domain_max: int | None = None, source: Source | None = None,
                marker: int | None = None) -> Figure:
    """Draw the chart once and keep the data it was drawn from (`marker`: a line at that value, charts.bar_chart)."""
    svg = bar_chart(chart_id, list(groups), title, description, domain_max=domain_max, marker=marker)
    height = int(ET.fromstring(str(svg)).get("height", "0"))
    return Figure(slug, title, description, tuple(groups), svg, height, dataset, page, domain_max, source)
