"""What the model made of each item file (a general election's areas) in the last CLI build, kept on disk.

A command-line build after one declaration would otherwise parse and model every area file again (0.8 s
of a 5,000-area site's 2.3 s). The store keeps, per item file, a digest of the text it was made from
(BLAKE2b, 128 bits: the texts themselves would be 80 MB at 20,000 areas) and the kind's model of it as
plain data (marshal: str, int, float, bool, None, tuple, dict; never code, never
pickle), and gives the model back only for a file whose text is exactly the same, made with the same
generator code (`code`) and the same context (for a general election, the parties). Anything else, or a
file that does not parse into that shape, is a miss: the file is modelled as in a cold build, and a
store that cannot be read is an empty one. tests/test_item_store.py compares builds with and without it.
"""
from __future__ import annotations

import hashlib
import marshal
from typing import Any

STORE_VERSION = 1


class ItemStore:
    """The kept models, by item file; what this build used or made is what the next one will find."""

    def __init__(self, code: str, entries: dict[str, tuple[bytes, Any]] | None = None, context: str = "") -> None:
        self.code = code
        self._old = entries or {}
        self._context = context
        self._new: dict[str, tuple[bytes, Any]] = {}
        self.hits = 0

    @classmethod
    def read(cls, data: bytes | None, code: str) -> "ItemStore":
        """The store in `data` if it is one made by this code, else an empty one."""
        if not data:
            return cls(code)
        try:
            value = marshal.loads(data)
        except (EOFError, ValueError, TypeError):
            return cls(code)
        if type(value) is not tuple or len(value) != 4 or value[0] != STORE_VERSION or value[1] != code \
                or type(value[2]) is not str or type(value[3]) is not dict:
            return cls(code)
        return cls(code, value[3], value[2])

    def begin(self, context: str) -> None:
        """Use only models made in `context` (a repr of what every item's model depends on besides its file)."""
        if context != self._context:
            self._old = {}
        self._context = context
        self._new = {}

    def get(self, path: str, text: str) -> tuple[bytes, Any]:
        """The digest of `text`, and the kept model of the file at `path` if it was made from the same
        text (else None)."""
        key = hashlib.blake2b(text.encode("utf-8"), digest_size=16).digest()
        entry = self._old.get(path)
        if type(entry) is not tuple or len(entry) != 2 or entry[0] != key or type(entry[1]) is not bytes:
            return key, None
        try:
            model = marshal.loads(entry[1])
        except (EOFError, ValueError, TypeError):
            return key, None
        self.hits += 1
        self._new[path] = entry
        return key, model

    def put(self, path: str, key: bytes, model: Any) -> None:
        """Keep `model` (plain data) for the next build, as made from the text of digest `key` (get()).
        Each is kept as its own marshal bytes: 20,000 areas' models as tuples would be a million objects."""
        self._new[path] = (key, marshal.dumps(model))

    def put_dumped(self, path: str, key: bytes, dumped: bytes) -> None:
        """put() of a model already marshalled (by a forked worker that made it)."""
        self._new[path] = (key, dumped)

    def digest_of(self, path: str) -> bytes | None:
        """The digest of the item file's text in this build (None for a file it has not kept)."""
        entry = self._new.get(path)
        return entry[0] if entry is not None else None

    def drop(self, path: str) -> None:
        """Forget the file's model (a kept one that did not decode)."""
        self._new.pop(path, None)

    def dump(self) -> bytes:
        return marshal.dumps((STORE_VERSION, self.code, self._context, self._new))
