"""The data downloads' bytes of each area, kept on disk from one command-line build to the next.

The dev server keeps them in memory (datasets.TextCache, matching areas by identity); a CLI build after
one declaration would otherwise serialise every area's rows again (0.5 s of CSV and JSON at 5,000 areas).
StoredRows takes a group's bytes from the last build's file when the group is an item (an area, by its
`path`) whose file has the digest it had then (item_store.ItemStore, which also checks the code) and the
dataset's context (columns, parties) has the same repr; every group's bytes are written to the next file
as they are made, so a build never holds them all. The file is a run of marshal records (plain bytes
and str, never code): a header, then per dataset (its id, its context) followed by (path, digest,
pieces) per group; what does not read back in that shape is a miss for what it holds.
"""
from __future__ import annotations

import marshal
from typing import Any, BinaryIO, Callable, Iterable, Iterator

from ..item_store import ItemStore
from .datasets import TextCache

ROWS_VERSION = 2  # 1 keyed an area by the digest of its decoded text


class StoredRows(TextCache):
    """TextCache for the command line: last build's bytes read from `old`, this build's written to `out`."""

    def __init__(self, store: ItemStore, old: BinaryIO | None, out: BinaryIO) -> None:
        super().__init__()
        self.store = store
        self.reused = 0
        self._last: dict[tuple[str, str], dict[str, tuple[bytes, tuple[bytes, ...]]]] = {}
        if old is not None:
            self._read(old)
        self._out = out
        marshal.dump((ROWS_VERSION, store.code), out)

    def _read(self, old: BinaryIO) -> None:
        groups: dict = {}  # of a dataset before the first is named: dropped
        try:
            if marshal.load(old) != (ROWS_VERSION, self.store.code):
                return
            while True:
                try:
                    record = marshal.load(old)
                except EOFError:
                    return
                if len(record) == 2:  # a dataset's groups follow
                    groups = self._last.setdefault(record, {})
                    continue
                path, digest, pieces = record
                if type(path) is str and type(digest) is bytes and type(pieces) is tuple \
                        and all(type(p) is bytes for p in pieces):
                    groups[path] = (digest, pieces)
        except (EOFError, ValueError, TypeError):  # damaged: what was read before the damage still checks out
            return

    def pieces(self, key: str, context: Any, groups: Iterable[Any],
               make: Callable[[Any], tuple[bytes, ...]]) -> Iterator[tuple[bytes, ...]]:
        shown = repr(context)
        last = self._last.pop((key, shown), {})
        digest_of, dump, out = self.store.digest_of, marshal.dump, self._out
        dump((key, shown), out)
        for group in groups:
            path = getattr(group, "path", None)
            digest = digest_of(path) if type(path) is str else None
            if digest is None:
                yield make(group)
                continue
            hit = last.get(path)
            if hit is not None and hit[0] == digest and len(hit[1]) == 2:
                piece = hit[1]
                self.reused += 1
            else:
                piece = make(group)
            dump((path, digest, piece), out)
            yield piece
