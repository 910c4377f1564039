"""What the model made of each item file (a general election's areas) in the last CLI build, kept on disk.

A command-line build after one declaration would otherwise parse and model every area file again (0.8 s
of a 5,000-area site's 2.3 s). The store keeps, per item file, a digest of the bytes it was made from
(BLAKE2b, 128 bits, as the build's snapshot has it: the texts themselves would be 80 MB at 20,000 areas) and the kind's model of it as
plain data (marshal: str, int, float, bool, None, tuple, bytes; never code, never pickle), and gives the
model back only for a file whose bytes have the same digest, made with the same generator code (`code`)
and the same context (for a general election, the parties). Anything else, or a record that does not
read back in that shape, is a miss: the file is modelled as in a cold build. The file is a run of marshal
records written as the build goes (a header, then (path, digest, model) per item), so that a build never
holds all of them; it replaces the last one only when the build succeeds (Replaced).
tests/test_item_store.py compares builds with and without it.
"""
from __future__ import annotations

import contextlib
import marshal
import os
from pathlib import Path
from typing import Any, BinaryIO

STORE_VERSION = 3  # 2 keyed a model by the digest of the file's decoded text


class Replaced:
    """A cache file read from the last build and written afresh beside it, under a temporary name, put
    in its place only by close(keep=True): a failed build leaves the last one as it was."""

    def __init__(self, target: Path) -> None:
        self.target = target
        self.temp = target.with_name(f".{target.name}.{os.getpid()}")
        self._files: list[Any] = []

    def old(self) -> BinaryIO | None:
        """The last build's file, open for reading (None: there is none)."""
        try:
            f = open(self.target, "rb")
        except OSError:
            return None
        self._files.append(f)
        return f

    def new(self) -> BinaryIO:
        """The next build's file, open for writing (a sink that keeps nothing in a read-only folder)."""
        try:
            self.target.parent.mkdir(parents=True, exist_ok=True)
            f = open(self.temp, "wb")
        except OSError:
            return _Discard()
        self._files.append(f)
        return f

    def close(self, keep: bool) -> None:
        wrote = False
        for f in self._files:
            with contextlib.suppress(OSError):
                wrote = wrote or "w" in f.mode
                f.close()
        self._files = []
        try:
            if keep and wrote:
                os.replace(self.temp, self.target)
            elif wrote:
                self.temp.unlink()
        except OSError:
            with contextlib.suppress(OSError):
                self.temp.unlink()


class _Discard:
    mode = "discard"

    def write(self, data: bytes) -> int:
        return len(data)


class ItemStore:
    """The kept models, by item file; what this build used or made is what the next one will find."""

    def __init__(self, code: str, old: BinaryIO | None = None, out: BinaryIO | None = None) -> None:
        self.code = code
        self._old: dict[str, tuple[bytes, bytes]] = {}
        self._context: Any = None
        if old is not None:
            self._read(old)
        self._out = out if out is not None else _Discard()
        self._digests: dict[str, bytes] = {}  # this build's, of each item it kept

    def _read(self, old: BinaryIO) -> None:
        try:
            head = marshal.load(old)
            if type(head) is not tuple or len(head) != 3 or head[:2] != (STORE_VERSION, self.code):
                return
            self._context = head[2]
            while True:
                try:
                    record = marshal.load(old)
                except EOFError:
                    return
                if type(record) is tuple and len(record) == 3:
                    self._old[record[0]] = record[1:]
        except (EOFError, ValueError, TypeError):  # damaged: what was read before the damage is checked as it is used
            return

    def begin(self, context: str) -> None:
        """Use only models made in `context` (a repr of what every item's model depends on besides its file)."""
        if context != self._context:
            self._old = {}
        self._context = context
        marshal.dump((STORE_VERSION, self.code, context), self._out)

    def holds(self, path: str, key: bytes) -> bool:
        """Whether a model of the file at `path` made from the bytes of digest `key` is kept (load() then
        need not read the file; get() still checks the model)."""
        entry = self._old.get(path)
        return entry is not None and entry[0] == key

    def get(self, path: str, key: bytes) -> Any:
        """The kept model of the file at `path` if it was made from bytes of the digest `key` (the
        BLAKE2b-128 of the file, load.read_keyed_item), else None."""
        entry = self._old.pop(path, None)
        if entry is None or entry[0] != key or type(entry[1]) is not bytes:
            return None
        try:
            model = marshal.loads(entry[1])
        except (EOFError, ValueError, TypeError):
            return None
        self.put_dumped(path, key, entry[1])
        return model

    def put(self, path: str, key: bytes, model: Any) -> None:
        """Keep `model` (plain data) for the next build, as made from the text of digest `key` (get())."""
        self.put_dumped(path, key, marshal.dumps(model))

    def put_dumped(self, path: str, key: bytes, dumped: bytes) -> None:
        """put() of a model already marshalled (by a forked worker that made it)."""
        marshal.dump((path, key, dumped), self._out)
        self._digests[path] = key

    def digest_of(self, path: str) -> bytes | None:
        """The digest of the item file's text in this build (None for a file it has not kept)."""
        return self._digests.get(path)

    def drop(self, path: str) -> None:
        """Forget the file's model (a kept one that did not decode): a later record of it replaces it."""
        self._digests.pop(path, None)
