"""Party colours: the built-in table of common UK parties and distinct readable colours for the rest."""
from __future__ import annotations

from .urls import slugify

# Party colours as the press uses them, darkened where needed so that a bar keeps 3:1 against white
# (WCAG non-text contrast): Liberal Democrat orange, SNP yellow and Alliance gold are too light as printed.
UK_PARTY_COLOURS: dict[str, str] = {
    "con": "#0087dc", "conservative": "#0087dc", "conservative-and-unionist": "#0087dc",
    "lab": "#e4003b", "labour": "#e4003b", "labour-and-co-operative": "#e4003b", "lab-co-op": "#e4003b",
    "ld": "#c76000", "lib-dem": "#c76000", "liberal-democrat": "#c76000", "liberal-democrats": "#c76000",
    "snp": "#8f7d00", "scottish-national-party": "#8f7d00",
    "green": "#008a4b", "grn": "#008a4b", "green-party": "#008a4b", "scottish-green-party": "#008a4b",
    "brexit": "#0e7f91", "brexit-party": "#0e7f91", "reform": "#0e7f91", "reform-uk": "#0e7f91",
    "pc": "#005b54", "plaid-cymru": "#005b54",
    "dup": "#b5482c", "democratic-unionist-party": "#b5482c",
    "sf": "#326760", "sinn-fein": "#326760",
    "sdlp": "#22802a", "social-democratic-and-labour-party": "#22802a",
    "uup": "#2b74b8", "ulster-unionist-party": "#2b74b8",
    "alliance": "#a67c00", "apni": "#a67c00", "alliance-party": "#a67c00",
    "ukip": "#6d3177", "uk-independence-party": "#6d3177",
    "spk": "#404040", "speaker": "#404040",
    "ind": "#767676", "independent": "#767676",
}

# Distinct colours, each at least 3:1 against white, for parties no table knows.
PALETTE: tuple[str, ...] = (
    "#7b3294", "#1b7837", "#b2182b", "#2166ac", "#8c510a", "#c51b7d", "#01665e", "#5e3c99",
    "#d6604d", "#4d4d4d", "#35978f", "#9e0142",
)


def builtin_colour(*names: str | None) -> str | None:
    """The table's colour for the first of a party's id, short name or name that it knows."""
    for name in names:
        if name and (colour := UK_PARTY_COLOURS.get(slugify(name))):
            return colour
    return None


def assign_colours(parties: list[tuple[str, str | None, str | None, str | None]],
                   site_colours: dict[str, str]) -> dict[str, str]:
    """Each party's colour: its own (from the content), then site.yaml, then the table, else the palette.

    `parties` holds (id, own colour, short name, name) in content order; palette colours already
    taken by another party are skipped, so the same content always gives the same colours.
    """
    chosen: dict[str, str] = {}
    for pid, own, short, name in parties:
        colour = own or site_colours.get(pid) or builtin_colour(pid, short, name)
        if colour:
            chosen[pid] = colour.lower()
    used = set(chosen.values())
    free = [c for c in PALETTE if c not in used]
    for i, (pid, *_rest) in enumerate(p for p in parties if p[0] not in chosen):
        chosen[pid] = free[i % len(free)] if free else PALETTE[i % len(PALETTE)]
    return chosen
