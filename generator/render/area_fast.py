"""Declared area pages without Jinja: the same bytes as the theme's ge_area.html, ge_layout.html and
base.html, written out in Python (an area page is 5,000 of a 5,200-page site; Jinja's per-value
calls were most of a cold build's rendering time, benchmarks/README.md).

It is used only while those three templates are the theme's own, unchanged (their SHA-256 below,
checked once per Jinja environment): a site's own copy of any of them, or an edit to the theme's,
renders with Jinja as every other page does. tests/test_area_page_fast.py compares the two paths
byte for byte on every area of examples/ge2019 and of synthetic elections, and fails while the
digests below are not the theme's (a template changed: change this module to match, then them).
Anything this module does not write the way the templates do (an undeclared area, a rehearsal, a
page variable it does not expect) returns None, and the page goes to Jinja.
"""
from __future__ import annotations

import hashlib
from typing import Any, Callable

from ..numbers import fmt_change, fmt_int, fmt_pct
from .dates import fmt_date, fmt_iso
from ..theme import THEME
from ..words import plural

TEMPLATES = {  # name -> SHA-256 of the theme's template this module writes the same bytes as
    "ge_area.html": "2c31eb4ebee8fdc5b03716e4b903f4d9169ddf007fd50539d56c7afb65c568e2",
    "ge_layout.html": "c76cb8e7fb5bb88b26e65d92a93a20d11a105daeb16b862827f05855e6a0e7fe",
    "base.html": "a85f275f90c803a0fd70b8ead2ae71baab04e3d8457e74ff11f76d2417b330ea",
}
# The page variables of an area page (general/pages.py) and of render_page; any other may change the page.
EXPECTED = frozenset({"election", "party", "area_rows", "title", "area", "region", "chart", "crumbs", "description",
                      "live", "updated", "compared", "site", "config", "page_url", "link", "canonical", "absolute_url"})
HEAD_STYLE = """<style>
/* General election pages: what static/style.css does not cover (letter links, the A–Z list, the filter). */
.letters ul { display: flex; flex-wrap: wrap; gap: .25rem .5rem; list-style: none; padding: 0; margin: 1rem 0; }
.letters a { display: inline-block; min-width: 2rem; padding: .25rem; text-align: center; font-weight: bold; }
.area-list { columns: 18rem auto; column-gap: 2rem; padding-left: 1.25rem; }
.area-list li { break-inside: avoid; margin-bottom: .25rem; }
.letter-group h2 { scroll-margin-top: 1rem; }
.filter input { font: inherit; padding: .25rem .5rem; min-width: 14rem; }
.pager ul { display: flex; flex-wrap: wrap; gap: .25rem .5rem; list-style: none; padding: 0; margin: 1rem 0; }
.pager a { display: inline-block; min-width: 2rem; padding: .25rem .5rem; text-align: center; }
.pager a[aria-current] { font-weight: bold; text-decoration: none; outline: 1px solid currentColor; }
.letters .count { font-weight: normal; }
</style>
"""
_ENABLED = "_area_fast_enabled"  # attribute on a Jinja environment: whether its templates are the theme's own


def escape(value: Any) -> str:
    """markupsafe.escape's text for `value`, without making a Markup object of it (a third of this module's time)."""
    text = value
    if type(text) is not str:
        if hasattr(value, "__html__"):
            return value.__html__()
        text = str(value)
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    if '"' in text:
        text = text.replace('"', "&#34;")
    if "'" in text:
        text = text.replace("'", "&#39;")
    return text


def theme_digests() -> dict[str, str]:
    """The SHA-256 of each of the theme's templates that this module stands in for."""
    return {name: hashlib.sha256((THEME / "templates" / name).read_bytes()).hexdigest() for name in TEMPLATES}


def enabled(env: Any) -> bool:
    """Whether `env` finds the theme's own, unchanged ge_area.html, ge_layout.html and base.html (worked
    out once per environment; a Builder makes a new one when a template changes)."""
    known = getattr(env, _ENABLED, None)
    if known is None:
        known = True
        for name, want in TEMPLATES.items():
            try:
                source, filename, _ = env.loader.get_source(env, name)
            except Exception:  # noqa: BLE001 - a missing or refused template: Jinja reports it as it should
                known = False
                break
            if hashlib.sha256(source.encode("utf-8")).hexdigest() != want or \
                    filename != str(THEME / "templates" / name):
                known = False
                break
        setattr(env, _ENABLED, known)
    return known


def area_page(context: dict[str, Any], cache: dict) -> str | None:
    """The page ge_area.html renders for `context`, or None when this module does not write that page."""
    if not writes(context):
        return None
    area = context["area"]
    config = context["config"]
    link: Callable[[str], str] = context["link"]
    party = context["party"]
    title = escape(context["title"])
    description = escape(context["description"])
    canonical = escape(context["canonical"])
    live_on = bool(context["live"]) and config.live_updates > 0
    head1, head2, head3, nav, foot_start, foot_end = _frame(context, cache, link, live_on)
    out = [head1, title, " – ", head2, description, '">\n<link rel="canonical" href="', canonical,
           '">\n<meta property="og:type" content="website">\n', head3[0], title,
           '">\n<meta property="og:description" content="', description,
           '">\n<meta property="og:url" content="', canonical, head3[1], title, head3[2], title,
           '">\n<meta name="twitter:description" content="', description, head3[3], title, head3[4], nav]
    crumbs = context["crumbs"]
    if crumbs:
        out.append('<nav class="crumbs wrap" aria-label="Breadcrumb">\n  <ol>\n')
        for name, url in crumbs:
            out += ('<li><a href="', escape(link(url)), '">', escape(name), "</a></li>")
        out += ('    <li><span aria-current="page">', title, "</span></li>\n  </ol>\n</nav>\n")
    out.append('<main id="main" class="wrap" data-live>\n' if live_on else '<main id="main" class="wrap">\n')
    _main(out, area, context["region"], context["chart"], context["compared"], party, link)
    out.append("</main><!--/live-->\n" if live_on else "</main>\n")
    out.append(foot_start)
    updated = context["updated"]
    if updated:
        stamp = f'<p class="stamp">Last updated <time datetime="{escape(fmt_iso(updated, config.timezone))}">' \
            f"{escape(fmt_date(updated))}</time></p>"
        out.append(f'<div id="stamp" data-live>{stamp}</div><!--/live-->' if live_on else stamp)
    elif live_on:
        out.append('<div id="stamp" data-live></div><!--/live-->')
    out.append(foot_end[live_on])
    return "".join(out)


def writes(context: dict[str, Any]) -> bool:
    """Whether area_page writes the page of this context (else Jinja renders it)."""
    config = context["config"]
    if not context["area"].declared or config.rehearsal or not context.keys() <= EXPECTED:
        return False
    page_url = context["page_url"]  # a page in the navigation is marked there: Jinja's
    return not any(item.url == page_url for item in config.navigation) and \
        not any(p.nav and p.url == page_url for p in context["site"].pages)


def own_links(context: dict[str, Any]) -> tuple[tuple[str, bool], list[str]]:
    """For a page area_page writes: the key of the frame it shares with every area page at its folder depth
    (the head, navigation and footer, whose links are the same on each), and the site addresses the rest
    of the page links to. Every one of those comes from the model through urls.link, so a link check
    that has read one page of a frame needs only to know that these addresses are pages of the build."""
    area, party = context["area"], context["party"]
    live_on = bool(context["live"]) and context["config"].live_updates > 0
    urls = [url for _, url in context["crumbs"]] + [context["region"].url]
    urls += [party(s.candidate.party).url for s in area.standings]
    if area.previous_party:
        urls.append(party(area.previous_party).url)
    return (context["link"]("/"), live_on), urls


def _frame(context: dict[str, Any], cache: dict, link: Callable[[str], str], live_on: bool):
    """The parts of the page that are the same on every area page of a site at one folder depth."""
    site, config = context["site"], context["config"]
    if cache.get("site") is not site:  # one site's parts at a time: a dev server's builds never pile up
        cache.clear()
        cache["site"] = site
    key = (link("/"), live_on)
    made = cache.get(key)
    if made is not None:
        return made
    ctitle = escape(config.title)
    share_image = escape(context["absolute_url"]("/share.png"))
    head1 = f'<!doctype html>\n<html lang="{escape(config.language)}">\n<head>\n<meta charset="utf-8">\n' \
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>'
    head2 = f'{ctitle}</title>\n<meta name="description" content="'
    head3 = (f'<meta property="og:site_name" content="{ctitle}">\n<meta property="og:title" content="',
             f'">\n<meta property="og:image" content="{share_image}">\n'
             '<meta property="og:image:width" content="1200">\n<meta property="og:image:height" content="630">\n'
             '<meta property="og:image:alt" content="',
             f'">\n<meta property="og:locale" content="{escape(config.language.replace("-", "_"))}">\n'
             '<meta name="twitter:card" content="summary_large_image">\n<meta name="twitter:title" content="',
             f'">\n<meta name="twitter:image" content="{share_image}">\n<meta name="twitter:image:alt" content="',
             "".join(_head_end(context, link, ctitle, live_on)))
    nav = ['<body>\n<a class="skip" href="#main">Skip to content</a>\n<header class="masthead">\n  <div class="wrap">\n'
           f'    <a class="brand" href="{escape(link("/"))}">{ctitle}</a>\n    <nav aria-label="Main">\n      <ul>\n']
    for item in config.navigation:
        href = link(item.url) if item.url.startswith("/") else item.url
        nav.append(f'        <li><a href="{escape(href)}">{escape(item.title)}</a></li>\n')
    for p in site.pages:
        if p.nav:
            nav.append(f'        <li><a href="{escape(link(p.url))}">{escape(p.title)}</a></li>\n')
    nav.append("      </ul>\n    </nav>\n  </div>\n</header>\n")
    foot_start = f'<footer class="site-footer">\n  <div class="wrap">\n    <p>{escape(config.election_name)}' \
        + (f" · Published by {escape(config.publisher)}" if config.publisher else "") + "</p>\n"
    credits = f"<p>{escape(config.credits)}</p>" if config.credits else ""
    tail = f'    <ul class="inline">\n      <li><a href="{escape(link("/data/"))}">Download the data</a></li>\n' \
        f'      <li><a href="{escape(link("/feed.xml"))}">Updates feed (Atom)</a></li>\n    </ul>\n  </div>\n' \
        "</footer>\n</body>\n</html>\n"
    foot_end = (credits + tail, '<p class="live-checked" id="live-checked" hidden></p><p class="visually-hidden" '
                'id="live-announce" aria-live="polite"></p>' + credits + tail)
    frame = (head1, head2, head3, "".join(nav), foot_start, foot_end)
    cache[key] = frame
    return frame


def _head_end(context: dict[str, Any], link: Callable[[str], str], ctitle: str, live_on: bool):
    config = context["config"]
    yield f'">\n<link rel="icon" href="{escape(link("/static/favicon.svg"))}" type="image/svg+xml">\n'
    yield f'<link rel="alternate" type="application/atom+xml" href="{escape(link("/feed.xml"))}" ' \
        f'title="{ctitle}: updates">\n'
    yield f'<link rel="stylesheet" href="{escape(link("/static/style.css"))}">\n'
    yield f"<style>:root {{ --accent: {escape(config.accent)}; --accent-ink: {escape(config.accent_ink)}; }}</style>\n"
    if live_on:
        yield f'<script src="{escape(link("/static/live.js"))}" defer data-live-url="live.json" data-live-version="" ' \
            f'data-live-every="{escape(config.live_updates)}"></script>\n'
    yield HEAD_STYLE
    yield "</head>\n"


def _party_name(p, link: Callable[[str], str], label=None) -> str:
    """ge_area.html's party_name macro."""
    text = f'<span class="swatch" style="background: {escape(p.colour)}"></span><a href="{escape(link(p.url))}">' \
        f"{escape(p.name)}</a>"
    if label and label != p.name:
        text += f' <span class="note">({escape(label)})</span>'
    return text


def _main(out: list, area, region, chart, compared, party, link: Callable[[str], str]) -> None:
    """ge_area.html's block main, for a declared area."""
    out.append(f'<h1>{escape(area.name)}</h1>\n<p class="lede"><a href="{escape(link(region.url))}">'
               f"{escape(area.region)}</a>")
    if area.nation != area.region:
        out.append(f", {escape(area.nation)}")
    out.append(f'</p>\n<p class="status status-{escape(area.status)}" id="status">Declared')
    if area.declared_at:
        out.append(f" {escape(fmt_date(area.declared_at))}")
    out.append(f'</p>\n<p class="headline" id="result"><strong class="result-label">{escape(area.result)}</strong>')
    baseline = area.baseline
    winner = area.winner
    if winner:
        out.append(f": {escape(winner.candidate.name)} ({escape(party(winner.candidate.party).name)}) elected with "
                   f"{escape(plural(winner.votes, 'vote'))} ({escape(fmt_pct(winner.share))}), a majority of "
                   f"{escape(fmt_int(area.majority))} ({escape(fmt_pct(area.majority_share))})")
        if baseline:
            out.append(f"; last time {escape(fmt_int(baseline.majority))} → {escape(fmt_int(area.majority))}")
        out.append(".")
    else:
        out.append(": the leading candidates have the same number of votes.")
    change_th = '<th scope="col" class="num" role="columnheader">Change <span class="note">(points)</span></th>' \
        if baseline else ""
    out.append(f"</p>\n<figure>{escape(chart)}</figure>\n"
               '<div class="table-scroll" role="region" aria-label="Votes by candidate (table)" tabindex="0">\n'
               '<table class="figures stack" id="result-table" role="table">\n  <caption>Votes by candidate</caption>\n'
               '  <thead role="rowgroup"><tr role="row"><th scope="col" role="columnheader">Candidate</th>'
               '<th scope="col" role="columnheader">Party</th>'
               '<th scope="col" class="num" role="columnheader">Votes</th>'
               f'<th scope="col" class="num" role="columnheader">Share</th>{change_th}</tr></thead>\n'
               '  <tbody role="rowgroup">\n')
    for s in area.standings:
        c = s.candidate
        p = party(c.party)
        row = ['    <tr class="elected" role="row">' if s.elected else '    <tr role="row">',
               f'<th scope="row" role="rowheader">{escape(c.name)}',
               ' <strong class="badge">Elected</strong></th>' if s.elected else "</th>",
               f'<td role="cell" class="wide" data-label="Party"><span class="swatch" style="background: '
               f'{escape(p.colour)}"></span><a href="{escape(link(p.url))}">{escape(p.name)}</a>']
        if c.label and c.label != p.name:
            row.append(f' <span class="note">({escape(c.label)})</span>')
        row.append(f'</td><td class="num" role="cell" data-label="Votes">{escape(fmt_int(s.votes))}</td>'
                   f'<td class="num" role="cell" data-label="Share">{escape(fmt_pct(s.share))}</td>')
        if baseline:
            moved = area.change_of(c.party)
            row.append(f'<td class="num" role="cell" data-label="Change">'
                       f'{"new" if moved is None else escape(fmt_change(moved))}</td>')
        row.append("</tr>\n")
        out += row
    valid = escape(fmt_int(area.valid_votes))
    majority = escape(fmt_int(area.majority))
    out.append('  </tbody>\n  <tfoot role="rowgroup"><tr role="row"><th scope="row" colspan="2" role="rowheader">'
               f'Total valid votes</th><td class="num" role="cell" data-label="Votes">{valid}</td>'
               f'<td class="num" role="cell" data-label="Share">{escape(fmt_pct(area.share))}</td>'
               + ('<td class="num" role="cell"></td>' if baseline else "") + "</tr></tfoot>\n</table>\n</div>\n"
               '<table class="figures" id="turnout-table">\n  <caption>Ballots and turnout</caption>\n  <tbody>\n')
    if area.electorate is not None:
        out.append(f'<tr><th scope="row">Electorate</th><td class="num">{escape(fmt_int(area.electorate))}</td></tr>')
    out.append(f'  <tr><th scope="row">Valid votes</th><td class="num">{valid}</td></tr>\n')
    if area.invalid_votes is not None:
        out.append(f'<tr><th scope="row">Rejected ballots</th><td class="num">{escape(fmt_int(area.invalid_votes))}'
                   "</td></tr>")
    out.append(f'  <tr><th scope="row">Majority</th><td class="num">{majority}</td></tr>\n')
    if baseline:
        out.append(f'<tr><th scope="row">Majority last time</th><td class="num">{escape(fmt_int(baseline.majority))}'
                   "</td></tr>")
    if area.turnout is not None:
        out.append(f'<tr><th scope="row">Turnout (valid votes over electorate)</th><td class="num">'
                   f"{escape(fmt_pct(area.turnout))}</td></tr>")
    if area.turnout_change is not None:
        out.append(f'<tr><th scope="row">Turnout last time</th><td class="num">{escape(fmt_pct(baseline.turnout))}'
                   f'</td></tr>\n  <tr><th scope="row">Change in turnout</th><td class="num">'
                   f"{escape(fmt_change(area.turnout_change))} points</td></tr>")
    out.append("  </tbody>\n</table>\n")
    if area.previous_party:
        out.append(f'<p id="previous">Held before this election by {_party_name(party(area.previous_party), link)}')
        if baseline and not area.previous_from_baseline and baseline.winner != area.previous_party:
            won = escape(party(baseline.winner).name) if baseline.winner else "no party"
            out.append(f" (won by {won} at the previous general election, which the changes compare with)")
        out.append(".</p>")
    if baseline:
        out.append('<p id="compared">Changes are since the previous general election'
                   + (", against a <strong>notional</strong> result on these boundaries" if baseline.notional else "")
                   + ".</p>")
    elif compared:
        out.append('<p id="compared"><strong>New seat</strong>: there is no previous result on these boundaries to '
                   "compare with.</p>")
