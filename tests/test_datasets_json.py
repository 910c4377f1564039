"""The row-by-row downloads are byte for byte json.dumps(indent=1) and csv.writer of the same rows."""
from __future__ import annotations

import csv
import io
import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.model.site import Source
from generator.render.datasets import Dataset, downloads


def _inert(v):
    """OWASP's rule for CSV injection, written out here: text that a spreadsheet would read as a formula
    gets a leading apostrophe."""
    if isinstance(v, str) and v[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + v
    return v


def reference_csv(dataset: Dataset) -> bytes:
    """The csv.writer implementation, all rows at once, kept as the oracle (with formulas made inert)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([_inert(name) for name, _ in dataset.columns])
    for row in dataset.rows:
        writer.writerow(["" if v is None else ("true" if v is True else "false" if v is False else _inert(v))
                         for v in row])
    return buffer.getvalue().encode("utf-8")


def reference_json(dataset: Dataset, canonical: str) -> bytes:
    """The json.dumps implementation the row-by-row writer replaced, kept as the oracle."""
    doc: dict[str, Any] = {
        "title": dataset.title, "description": dataset.description, "url": canonical,
        "sources": [{"name": s.name, "url": s.url} for s in dataset.sources],
        "columns": [{"name": n, "description": d} for n, d in dataset.columns],
        "rows": [dict(zip((n for n, _ in dataset.columns), row)) for row in dataset.rows],
    }
    return (json.dumps(doc, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


TEXT = st.text(max_size=12)
VALUE = st.one_of(st.none(), st.booleans(), st.integers(-10**9, 10**9), st.floats(allow_nan=False), TEXT,
                  st.lists(st.integers(0, 9), max_size=3))


@st.composite
def datasets(draw) -> Dataset:
    names = draw(st.lists(TEXT, min_size=1, max_size=5, unique=True))
    rows = draw(st.lists(st.tuples(*[VALUE for _ in names]), max_size=6))
    sources = tuple(Source(draw(TEXT), draw(TEXT)) for _ in range(draw(st.integers(0, 2))))
    return Dataset(draw(TEXT), draw(TEXT), draw(TEXT), tuple((n, draw(TEXT)) for n in names), tuple(rows), sources)


@settings(max_examples=300, deadline=None)
@given(datasets(), TEXT)
def test_row_by_row_downloads_match_json_dumps_and_csv_writer(dataset, canonical):
    assert downloads(dataset, canonical) == (reference_csv(dataset), reference_json(dataset, canonical))
