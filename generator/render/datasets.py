"""The site's figures as CSV and JSON downloads, taken from the same model objects as the pages."""
from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from typing import Any, BinaryIO, Callable, Iterable, Iterator

from ..model.site import Source

Value = str | int | float | bool | None
Row = tuple[Value, ...]


class GroupedRows:
    """A dataset's rows, made group by group (one group per area) only when they are read.

    Nothing holds the rows of 20,000 areas at once, and the downloads can reuse the bytes of a group
    unchanged since the last build (TextCache). `context` is everything besides the group that the
    rows are made from (the parties, whose names every row shows), compared with ==.
    """

    __slots__ = ("groups", "make", "context", "_count")

    def __init__(self, groups: tuple[Any, ...], make: Callable[[Any], Iterable[Row]], context: Any,
                 count: int) -> None:
        self.groups, self.make, self.context, self._count = groups, make, context, count

    def __len__(self) -> int:
        return self._count

    def __iter__(self) -> Iterator[Row]:
        for group in self.groups:
            yield from self.make(group)


class TextCache:
    """The serialised bytes of every row group of the last build's downloads, kept by a Builder.

    A group is matched by identity: the model's objects are frozen, and a Builder gives an unchanged
    area file the same Area object again (kinds/general/model.py _area_of), so the same object with the
    same context makes the same bytes. The cache holds each group it keeps, so that no other object
    can take its id; each dataset keeps only the groups of its latest build.
    """

    def __init__(self) -> None:
        self._datasets: dict[str, tuple[Any, dict[int, tuple[Any, tuple[bytes, ...]]]]] = {}

    def pieces(self, key: str, context: Any, groups: Iterable[Any],
               make: Callable[[Any], tuple[bytes, ...]]) -> Iterator[tuple[bytes, ...]]:
        """make(group) for each group, taken from the last build's `key` dataset where it is the same."""
        last_context, last = self._datasets.pop(key, (None, {}))  # a failure midway leaves nothing half-made
        if last_context != context:
            last = {}
        kept: dict[int, tuple[Any, tuple[bytes, ...]]] = {}
        for group in groups:
            hit = last.get(id(group))
            piece = hit[1] if hit is not None and hit[0] is group else make(group)
            kept[id(group)] = (group, piece)
            yield piece
        self._datasets[key] = (context, kept)


@dataclass(frozen=True)
class Dataset:
    """One table of figures, published as /data/<id>.csv and /data/<id>.json."""

    id: str
    title: str
    description: str
    columns: tuple[tuple[str, str], ...]   # (name, meaning)
    rows: tuple[Row, ...] | GroupedRows
    sources: tuple[Source, ...]

    @property
    def csv_url(self) -> str:
        return f"/data/{self.id}.csv"

    @property
    def json_url(self) -> str:
        return f"/data/{self.id}.json"


def share_value(value: float | None) -> float | None:
    """A share as the downloads give it: rounded once, to one decimal place."""
    return None if value is None else round(value, 1)


def unique_sources(sources: Iterable[Source]) -> tuple[Source, ...]:
    """Each source once, even where categories give it different notes."""
    return tuple({(s.name, s.url): s for s in sources}.values())


def downloads(dataset: Dataset, canonical: str, cache: TextCache | None = None) -> tuple[bytes, bytes]:
    """The CSV and JSON downloads of a dataset, made in one pass over its rows, group by group.

    CSV: RFC 4180 with a header row, blanks for missing values, true/false for flags. JSON: the rows
    as objects, with the title, sources and column meanings alongside, in the bytes of
    json.dumps(doc, ensure_ascii=False, indent=1) but written row by row: json's indenting encoder
    is pure Python and held a million pieces at once for 20,000 areas (300 MiB); each flat row is
    written here with the C string encoder (tests/test_datasets_json.py). With `cache`, the bytes
    of the groups (areas) unchanged since the last build are taken from it.
    """
    # BytesIO.getvalue() hands over its buffer without copying it: 20,000 areas make 34 MB of JSON.
    csv_out, json_out = io.BytesIO(), io.BytesIO()
    write_downloads(dataset, canonical, csv_out, json_out, cache)
    return csv_out.getvalue(), json_out.getvalue()


def write_downloads(dataset: Dataset, canonical: str, csv_out: BinaryIO, json_out: BinaryIO,
                    cache: TextCache | None = None) -> None:
    """downloads() written into two open files, area by area: a full build streams them into its new
    tree, so that the 45 MB of data of 20,000 areas are never in memory at once."""
    names = tuple(name for name, _ in dataset.columns)
    head = json.dumps({
        "title": dataset.title,
        "description": dataset.description,
        "url": canonical,
        "sources": [{"name": s.name, "url": s.url} for s in dataset.sources],
        "columns": [{"name": n, "description": d} for n, d in dataset.columns],
        "rows": [],
    }, ensure_ascii=False, indent=1)
    rows = dataset.rows
    if not rows:
        csv_out.write(_csv_lines([names]))
        json_out.write((head + "\n").encode("utf-8"))
        return
    keys = [f"   {_json_scalar(n)}: " for n in names]

    def serialise(group: Iterable[Row]) -> tuple[bytes, bytes]:
        made = list(group)
        return _csv_lines(made), _json_objects(made, keys)

    if not isinstance(rows, GroupedRows):
        pieces: Iterable[tuple[bytes, bytes]] = (serialise(rows),)
    elif cache is None:
        pieces = (serialise(rows.make(g)) for g in rows.groups)
    else:
        pieces = cache.pieces(dataset.id, (dataset.columns, rows.context), rows.groups,
                              lambda g: serialise(rows.make(g)))
    csv_out.write(_csv_lines([names]))
    json_out.write((head[:-len('[]\n}')] + "[\n").encode("utf-8"))
    first = True
    for csv_piece, json_piece in pieces:
        csv_out.write(csv_piece)
        json_out.write(memoryview(json_piece)[2:] if first and json_piece else json_piece)  # no comma before the first
        first = first and not json_piece
    json_out.write(b"\n ]\n}\n")


def _csv_lines(rows: Iterable[Row]) -> bytes:
    """Rows as CSV lines."""
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows([_csv_cell(v) for v in row] for row in rows)
    return buffer.getvalue().encode("utf-8")


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _csv_cell(value: Any) -> Any:
    """One CSV cell. Text from the data starting as a spreadsheet formula would (`=HYPERLINK(...)`,
    `@SUM(1)`, `-1+2`) gets a leading ' so that a spreadsheet shows it as text and never runs it (the
    OWASP rule for CSV injection); numbers, which we write, stay numbers. The JSON keeps the text exact."""
    if type(value) is str:
        return "'" + value if value.startswith(_FORMULA_START) else value
    return "" if value is None else ("true" if value is True else "false" if value is False else value)


def _json_objects(rows: Iterable[Row], keys: list[str]) -> bytes:
    """Each row as an indent=1 JSON object after a comma (downloads() cuts the first comma)."""
    by_type, other = _JSON_BY_TYPE.get, _json_value
    return "".join(",\n  {\n" + ",\n".join([key + (by_type(type(v)) or other)(v) for key, v in zip(keys, row)])
                   + "\n  }" for row in rows).encode("utf-8")


_json_scalar = json.encoder.encode_basestring  # type: ignore[attr-defined]
# The usual values' spelling by their exact type (bool before int: True is an int), a dict lookup
# instead of _json_value's chain of isinstance tests (a third of a download's time at 5,000 areas).
_JSON_BY_TYPE: dict[type, Callable[[Any], str]] = {
    str: _json_scalar, int: int.__repr__, bool: lambda v: "true" if v else "false", type(None): lambda v: "null"}


def _json_value(value: Any) -> str:
    """One value as json.dumps(..., ensure_ascii=False) writes it inside an indent=1 row object."""
    if isinstance(value, str):
        return _json_scalar(value)
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if type(value) is int:
        return int.__repr__(value)
    if isinstance(value, (int, float)):
        return json.dumps(value)
    return "\n   ".join(json.dumps(value, ensure_ascii=False, indent=1).split("\n"))
