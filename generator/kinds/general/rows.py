"""Table rows that general election pages list by the thousand, written in Python.

A party's page lists each of its candidates (28,500 rows over the 121 party pages of a 5,000-area
election); as a Jinja loop that cost 15 µs a row. The page's template calls the function its context
holds (`{{- contested_rows(link) }}`), so the template stays the one place that says where the rows
go, and a site's own template may write them another way. The bytes are those of the loop it replaces
(the same escaping, markupsafe's, through render/area_fast.escape).
"""
from __future__ import annotations

from typing import Callable

from markupsafe import Markup

from ...numbers import fmt_int, fmt_pct
from ...render.area_fast import escape
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
