"""A fast parser for the plain block-style subset of YAML that content files use, with line numbers.

PyYAML's C loader still builds every node and value in Python (about 100 µs for a 30-line area
file, 0.5 s for 5,000 of them). Files written by `import` (and most hand-edited ones) use only
block mappings and sequences of plain or simply quoted one-line scalars, which can be read line by
line at a fraction of that cost. Anything outside that subset (flow style, anchors, tags, block or
multi-line scalars, escapes, comments after values, duplicate keys, odd indentation...) makes this
parser decline by returning DECLINED, and the caller falls back to the full loader, which also
produces every error message. Accepted input gives exactly what the full loader gives: same values,
same types (resolved by PyYAML's own resolver and constructors), same YMap/YList lines.
"""
from __future__ import annotations

import re
from typing import Any

import yaml

from .ynodes import YList, YMap

DECLINED = object()  # "not in the subset": use the full loader

_KEY_LINE = re.compile(r"([A-Za-z_][A-Za-z0-9_-]*):(?: +(.*))?$")
# Characters that change a plain scalar's meaning (or are errors) when they come first.
_BAD_FIRST = frozenset("[]{}#&*!|>%@`,?:'\"")
# Anything that is not a plain printable character or a newline: tabs, lone CR, NEL, LS, PS,
# control characters (which the full loader rejects with its own message).
_UNUSUAL = re.compile("[^\n\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]")
_PLAIN_INT = re.compile(r"(?:0|[1-9][0-9]*)$")
_RESOLVERS = yaml.resolver.Resolver.yaml_implicit_resolvers
_SCALAR_TAGS = {"tag:yaml.org,2002:" + t for t in ("bool", "int", "float", "null", "timestamp")}
_STR_TAG = "tag:yaml.org,2002:str"


class _Decline(Exception):
    """Raised inside the parser when the text leaves the subset."""


_constructor = yaml.constructor.SafeConstructor()


def _tag_of(text: str) -> str:
    """The tag PyYAML's resolver gives a plain scalar."""
    for tag, regexp in _RESOLVERS.get(text[0] if text else "", ()):
        if regexp.match(text):
            return tag
    return _STR_TAG


def _plain(text: str) -> Any:
    """A plain scalar's value, resolved and constructed exactly as PyYAML's SafeLoader does."""
    if text[0] in _BAD_FIRST or ": " in text or " #" in text or text.endswith(":") \
            or (text[0] == "-" and (len(text) == 1 or text[1] == " ")):
        raise _Decline
    if _PLAIN_INT.match(text):
        return int(text)
    tag = _tag_of(text)
    if tag == _STR_TAG:
        return _shared(text)
    if tag not in _SCALAR_TAGS:
        raise _Decline
    try:
        return _constructor.yaml_constructors[tag](_constructor, yaml.ScalarNode(tag, text))
    except Exception:  # the full loader words the error
        raise _Decline from None


# The caches below take no more entries once they hold this many: the values that repeat (party ids,
# statuses, regions) are among the first ones seen, and the unique ones (names, ids) are not kept
# for nothing (100,000 entries held 20 MiB to the end of a build of 20,000 areas). Emptying them when
# full instead was 5 % slower: the repeated values had to be read again.
CACHE_SIZE = 16384
_words: dict[str, str] = {}  # one string object per distinct key or short value across all files


def _word(text: str) -> str:
    """The shared copy of a string that repeats in every file (keys, party ids, statuses)."""
    if len(_words) >= CACHE_SIZE:
        return text
    return _words.setdefault(text, text)


def _shared(text: str) -> str:
    """Words (no space, short) are shared; names and sentences are mostly unique and kept as read."""
    if len(text) > 24 or " " in text:
        return text
    return _words.get(text) or _word(text)


_keys: dict[str, str] = {}  # keys already known to read as text, each the one shared copy


def _key(text: str) -> str:
    """A mapping key that reads as text (`yes:` would be a bool, `1:` a number), as its shared copy."""
    if _tag_of(text) != _STR_TAG:
        raise _Decline
    if len(_keys) > 10_000:
        _keys.clear()
    return _keys.setdefault(text, _word(text))


_MISSING = object()
# Scalars as written (`declared`, `'#c8102e'`, `12985`) -> their values, all immutable: most values
# of a content file repeat across files (party ids, regions, statuses, vote counts), and a look-up
# costs a tenth of reading one.
_values: dict[str, Any] = {}


def _scalar(text: str) -> Any:
    value = _values.get(text, _MISSING)
    if value is not _MISSING:
        return value
    first = text[0]
    if first == "'":
        inner = text[1:-1]
        if len(text) < 2 or text[-1] != "'" or "'" in inner.replace("''", ""):
            raise _Decline
        value = _shared(inner.replace("''", "'"))
    elif first == '"':
        inner = text[1:-1]
        if len(text) < 2 or text[-1] != '"' or '"' in inner or "\\" in inner:
            raise _Decline
        value = _shared(inner)
    else:
        value = _plain(text)
    if len(text) <= 24 and len(_values) < CACHE_SIZE:  # longer ones are names and sentences: seldom repeated
        _values[text] = value
    return value


_BLOCK = object()  # `key:` with nothing after it on the line
# Lines `key: value` as written (`party: lab`, `status: declared`) -> (key, value): most lines of a
# content file repeat across files, and one look-up replaces matching the line and reading its value.
_lines: dict[str, tuple[str, Any]] = {}


def _key_line(rest: str) -> tuple[str, Any]:
    """A `key: value` line's key and value (_BLOCK when the value is on the lines below)."""
    match = _KEY_LINE.match(rest)
    if match is None:
        raise _Decline
    key, text = match.groups()
    found = (_keys.get(key) or _key(key), _scalar(text) if text else _BLOCK)
    if len(rest) <= 32 and len(_lines) < CACHE_SIZE:  # longer ones are names and sentences: seldom repeated
        _lines[rest] = found
    return found


class _Parser:
    def __init__(self, lines: list[tuple[int, int, str]], path: str) -> None:
        self.lines = lines
        self.path = path

    def block(self, i: int, indent: int) -> tuple[Any, int]:
        rest = self.lines[i][2]
        if rest.startswith("- "):
            return self.sequence(i, indent)
        return self.mapping(i, indent)

    def mapping(self, i: int, indent: int) -> tuple[YMap, int]:
        lines, n = self.lines, len(self.lines)
        result = YMap()
        key_lines: list[int] = []
        result.path, result.line = self.path, lines[i][0]
        while i < n:
            number, ind, rest = lines[i]
            if ind != indent:
                if ind > indent:
                    raise _Decline
                break
            key, value = _lines.get(rest) or _key_line(rest)
            if key in result:
                raise _Decline
            i += 1
            if value is not _BLOCK:
                pass
            elif i < n and lines[i][1] > indent:
                value, i = self.block(i, lines[i][1])
            elif i < n and lines[i][1] == indent and lines[i][2].startswith("- "):
                value, i = self.sequence(i, indent)
            else:
                value = None
            result[key] = value
            key_lines.append(number)
        result.key_lines = tuple(key_lines)
        return result, i

    def sequence(self, i: int, indent: int) -> tuple[YList, int]:
        lines, n = self.lines, len(self.lines)
        items = YList()
        item_lines: list = []
        items.path, items.line, items.item_lines = self.path, lines[i][0], item_lines
        while i < n:
            number, ind, rest = lines[i]
            if ind != indent:
                if ind > indent:
                    raise _Decline
                break
            if not rest.startswith("- "):
                break
            text = rest[2:].lstrip(" ")
            item_lines.append(number)
            if text in _lines or _KEY_LINE.match(text):
                lines[i] = (number, indent + len(rest) - len(text), text)
                value, i = self.mapping(i, lines[i][1])
            else:
                value = _scalar(text)
                i += 1
            items.append(value)
        return items, i


def parse_subset(text: str, path: str) -> Any:
    """The parsed document, or DECLINED when `text` is outside the subset this parser reads."""
    if _UNUSUAL.search(text):
        return DECLINED
    lines = [(number, len(body) - len(stripped), stripped) for number, raw in enumerate(text.split("\n"), 1)
             if (stripped := (body := raw.rstrip(" ")).lstrip(" ")) and stripped[0] != "#"]
    if not lines or lines[0][1] != 0:
        return DECLINED
    parser = _Parser(lines, path)
    try:
        value, end = parser.block(0, 0)
    except _Decline:
        return DECLINED
    return value if end == len(lines) else DECLINED
