"""Table rows that general election pages list by the thousand, written in Python.

A party's page lists each of its candidates (28,500 rows over the 121 party pages of a 5,000-area
election) and a region's its constituencies (5,000 rows over 24 pages); as Jinja loops those cost
10-15 µs a row. The templates call the functions their context holds (`{{- contested_rows(link) }}` in
ge_party.html, `{{- area_rows(areas, show_region, link, party) }}` in ge_macros.html's areas_table),
so a template stays the one place that says where the rows go, and a site's own template may write
them another way. The bytes are those of the loops they replace (the same escaping, markupsafe's,
through render/area_fast.escape).
"""
from __future__ import annotations

from typing import Callable

from markupsafe import Markup

from ...numbers import fmt_int, fmt_pct
from ...render.area_fast import escape
from .area import Area
from .party import Party


def contested_rows(contested: tuple, p: Party, link: Callable[[str], str]) -> Markup:
    """ge_party.html's rows for `contested` ((area, candidate, standing or None) per row), each after a
    newline and its indent."""
    out: list[str] = []
    for a, c, s in contested:
        elected = bool(s) and s.elected
        out += ('\n    <tr class="elected" role="row">' if elected else '\n    <tr role="row">',
                f'<th scope="row" role="rowheader"><a href="{escape(link(a.url))}">{escape(a.name)}</a></th>'
                f'<td role="cell" class="wide" data-label="Candidate">{escape(c.name)}')
        if c.label and c.label != p.name:
            out.append(f' <span class="note">({escape(c.label)})</span>')
        if elected:
            out.append(' <strong class="badge">Elected</strong>')
        if s:
            out.append(f'</td><td class="num" role="cell" data-label="Votes">{escape(fmt_int(s.votes))}</td>'
                       f'<td class="num" role="cell" data-label="Share">{escape(fmt_pct(s.share))}</td>'
                       f'<td class="num" role="cell" data-label="Place">{escape(s.rank)}</td></tr>')
        else:
            out.append(f'</td><td class="num wide" colspan="3" role="cell" data-label="Result">{escape(a.result)}'
                       '</td></tr>')
    return Markup("".join(out))


def _short(text: str, full: str) -> str:
    """ge_macros.html's short(): a short name with its full one for a reader who does not know it."""
    return f'<abbr title="{escape(full)}">{escape(text)}</abbr>' if text != full else escape(text)


def area_rows(areas: list[Area], show_region: bool, link: Callable[[str], str], party: Callable) -> Markup:
    """areas_table's rows (constituency, region if shown, result, winner, majority), each after a newline
    and its indent."""
    out: list[str] = []
    for a in areas:
        out.append(f'\n    <tr class="status-{escape(a.status)}" role="row"><th scope="row" role="rowheader">'
                   f'<a href="{escape(link(a.url))}">{escape(a.name)}</a></th>')
        if show_region:
            out.append(f'<td role="cell" class="wide" data-label="Region">{escape(a.region)}</td>')
        out.append(f'<td role="cell" class="wide" data-label="Result">{_short(a.result_short, a.result)}</td>'
                   '<td role="cell" class="wide" data-label="Winner">')
        if a.winner:
            w = party(a.winner.candidate.party)
            out.append(f"{escape(a.winner.candidate.name)} ({_short(w.short_name, w.name)})")
        else:
            out.append("–")
        out.append(f'</td><td class="num" role="cell" data-label="Majority">{escape(fmt_int(a.majority))}</td></tr>')
    return Markup("".join(out))
