"""Party colours: each common UK party's own colour as the press prints it, and a neutral grey for the rest."""
from __future__ import annotations

from .charts import contrast
from .urls import slugify

# Each party's own colour, not darkened: the "meta colours" of Wikipedia's UK election articles
# (https://en.wikipedia.org/wiki/Wikipedia:Index_of_United_Kingdom_political_parties_meta_attributes),
# the hues the BBC and the papers print (SNP yellow, Liberal Democrat amber, Alliance gold).
# Contrast (WCAG 1.4.11, 3:1 for a graphic) comes from the outline every coloured mark carries in
# var(--ink) (style.css .chart-bar and .swatch; the share images' INK outline) and from the text
# label beside each bar, not from the fill: the SNP's yellow is 1.1:1 on white, its outline 17:1.
UK_PARTY_COLOURS: dict[str, str] = {
    "con": "#0087dc", "conservative": "#0087dc", "conservative-and-unionist": "#0087dc",
    "lab": "#e4003b", "labour": "#e4003b", "labour-and-co-operative": "#e4003b", "lab-co-op": "#e4003b",
    "ld": "#faa61a", "lib-dem": "#faa61a", "liberal-democrat": "#faa61a", "liberal-democrats": "#faa61a",
    "snp": "#fdf38e", "scottish-national-party": "#fdf38e",
    "green": "#02a95b", "grn": "#02a95b", "green-party": "#02a95b",
    "scottish-green-party": "#00b140", "scottish-greens": "#00b140",
    "brexit": "#12b6cf", "brexit-party": "#12b6cf", "reform": "#12b6cf", "reform-uk": "#12b6cf",
    "pc": "#005b54", "plaid-cymru": "#005b54",
    "dup": "#d46a4c", "democratic-unionist-party": "#d46a4c",
    "sf": "#326760", "sinn-fein": "#326760",
    "sdlp": "#2aa82c", "social-democratic-and-labour-party": "#2aa82c",
    "uup": "#48a5ee", "ulster-unionist-party": "#48a5ee",
    "alliance": "#f6cb2f", "apni": "#f6cb2f", "alliance-party": "#f6cb2f",
    "ukip": "#6d3177", "uk-independence-party": "#6d3177",
}

# The Speaker, independents and every party no table knows: a neutral grey that reads as no party,
# never a strong colour that a reader could take for a big party's.
NEUTRAL = "#bdbdbd"


def builtin_colour(*names: str | None) -> str | None:
    """The table's colour for the first of a party's id, short name or name that it knows."""
    for name in names:
        if name and (colour := UK_PARTY_COLOURS.get(slugify(name))):
            return colour
    return None


def assign_colours(parties: list[tuple[str, str | None, str | None, str | None]],
                   site_colours: dict[str, str]) -> dict[str, str]:
    """Each party's colour: its own (from the content), then site.yaml, then the table, else NEUTRAL.

    `parties` holds (id, own colour, short name, name) in content order.
    """
    return {pid: (own or site_colours.get(pid) or builtin_colour(pid, short, name) or NEUTRAL).lower()
            for pid, own, short, name in parties}


def text_on(background: str) -> str:
    """Black or white, whichever reads better on `background` (at least 4.5:1 for every colour)."""
    return "#000000" if contrast("#000000", background) >= contrast("#ffffff", background) else "#ffffff"
