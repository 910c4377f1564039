"""What one build leaves for the next on disk, as plain data: written with marshal, read back checked.

marshal reads only plain values (str, int, tuple, dict, frozenset, None) and never runs code, unlike
pickle, so a planted or damaged .cache file cannot do more than make the next build a full one: any
file that does not parse, or parses into another shape, is ignored.
"""
from __future__ import annotations

import marshal
from typing import Any

from .snapshot import FileState

STATE_VERSION = 4  # 3 was a pickle (build-state.pickle), which is never read


def dump_state(output: str, env_key: str, taken_ns: int, files: dict[str, FileState],
               outputs: dict[str, tuple[int, int]], items: dict[str, Any]) -> bytes:
    return marshal.dumps((STATE_VERSION, output, env_key, taken_ns, {p: tuple(f) for p, f in files.items()},
                          outputs, items))


def load_state(data: bytes, output: str) -> tuple | None:
    """(env_key, taken_ns, files, outputs, items) if `data` is a state of a build into `output`, else None."""
    try:
        value = marshal.loads(data)
    except (EOFError, ValueError, TypeError):
        return None
    if type(value) is not tuple or len(value) != 7:
        return None
    version, where, env_key, taken_ns, files, outputs, items = value
    if version != STATE_VERSION or where != output or type(env_key) is not str or type(taken_ns) is not int \
            or type(files) is not dict or type(outputs) is not dict or type(items) is not dict:
        return None
    checked = {}
    for path, entry in files.items():
        if type(path) is not str or type(entry) is not tuple or len(entry) != 3 or type(entry[0]) is not int \
                or type(entry[1]) is not int or type(entry[2]) is not str:
            return None
        checked[path] = FileState(*entry)
    for path, entry in outputs.items():
        if type(path) is not str or type(entry) is not tuple or len(entry) != 2 or type(entry[0]) is not int \
                or type(entry[1]) is not int:
            return None
    for url, deps in items.items():
        if type(url) is not str or deps is not None and not (
                type(deps) is tuple and len(deps) == 2 and type(deps[0]) is frozenset and type(deps[1]) is str
                and all(type(p) is str for p in deps[0])):
            return None
    return env_key, taken_ns, checked, outputs, items
