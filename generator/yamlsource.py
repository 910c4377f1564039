"""Load YAML so that every mapping and list remembers its file and line, and reject duplicate keys."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from .errors import SiteError, at
from .ynodes import YList, YMap  # re-exported: the loaders' node types live in their own leaf module

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def decode(data: bytes, path: str) -> str:
    """Decode UTF-8 (a BOM is allowed); anything else is an editor-facing error."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise at(path, line, "this file is not UTF-8 text",
                 "save it as UTF-8 (in most editors: Save As, Encoding: UTF-8)") from None
    return text.replace("\r\n", "\n")


def parse_yaml(text: str, path: str) -> Any:
    """Parse one YAML document into YMap/YList/scalars, with lines; raise SiteError on bad YAML."""
    from .fastyaml import DECLINED, parse_subset  # a lazy import: the fast parser is needed only here

    value = parse_subset(text, path)
    if value is not DECLINED:
        return value
    loader = _Loader(text)
    try:
        if "*" in text:
            _refuse_aliases(text, path)
        node = loader.get_single_node()
        return _convert(node, loader, path) if node is not None else None
    except yaml.MarkedYAMLError as exc:
        raise _syntax_error(exc, path, text) from None
    except yaml.reader.ReaderError as exc:  # a character YAML refuses, which has a position but no mark
        line = text[: exc.position].count("\n") + 1
        raise at(path, line, f"this line contains an invisible control character (U+{exc.character:04X}) "
                 "that YAML does not allow", "delete it: it was probably pasted in with the text") from None
    except yaml.YAMLError as exc:
        raise at(path, 1, f"this is not valid YAML ({exc})", "check the file's syntax") from None
    finally:
        loader.dispose()


def _refuse_aliases(text: str, path: str) -> None:
    """Refuse an alias (`*name`) of an anchor (`&name`), before any is expanded.

    Content is written by hand and has no need of them, and a few lines of nested aliases expand to
    billions of values (37 s and 2.4 GB for 1.2 KB at depth 8) when a document is built from them.
    The events are read without building anything; an alias of no anchor is left to the parser's own
    error below, as is a syntax error.
    """
    events = _Loader(text)
    try:
        anchors = set()
        while events.check_event():
            event = events.get_event()
            if type(event) is yaml.AliasEvent:
                if event.anchor in anchors:
                    raise at(path, event.start_mark.line + 1,
                             f"the YAML alias *{event.anchor} is not allowed: content has no need of aliases, "
                             "and nested ones can expand to billions of values",
                             "write the value out in full here (a text value starting with * must be put "
                             "in quotes)")
            elif getattr(event, "anchor", None) is not None:
                anchors.add(event.anchor)
    except yaml.YAMLError:
        return  # a syntax error, reported by the parse that follows, as it always was
    finally:
        events.dispose()


def load_yaml_file(file: Path, display: str) -> Any:
    """Read and parse a YAML file, naming it as `display` in errors."""
    return parse_yaml(decode(file.read_bytes(), display), display)


def _syntax_error(exc: yaml.MarkedYAMLError, path: str, text: str) -> SiteError:
    mark = exc.problem_mark or exc.context_mark
    line = mark.line + 1 if mark else None
    problem = exc.problem or "syntax error"
    lines = text.split("\n")
    here = lines[line - 1] if line and line <= len(lines) else ""
    if "'\\t'" in problem or "\t" in here[: (mark.column + 1 if mark else 0)]:
        return at(path, line, "a tab is used for indentation; YAML allows only spaces",
                  "replace the tab at the start of this line with spaces")
    if "quoted scalar" in (exc.context or "") and exc.context_mark is not None:
        return at(path, exc.context_mark.line + 1, "a quote opened on this line is never closed",
                  "end the text with the same quote mark it starts with (' or \")")
    if "mapping values are not allowed" in problem:
        hint = "a value containing ': ' must be put in quotes, or a line is indented wrongly"
    elif "expected <block end>" in problem or "did not find expected" in problem:
        hint = "check the indentation of this line and the line before it, and that quotes are closed"
    elif "found undefined alias" in problem:
        hint = "'*' starts an alias in YAML; put the value in quotes"
    elif "found unexpected end of stream" in problem:
        hint = "a quote or bracket is opened but never closed"
    else:
        hint = "check the indentation, colons and quotes around this line"
    return at(path, line, f"YAML syntax error: {problem}", hint)


_PLAIN_TAGS = {f"tag:yaml.org,2002:{t}" for t in ("map", "seq", "str", "int", "float", "bool", "null", "timestamp")}


def _convert(node: yaml.Node, loader: Any, path: str, key: Any = None) -> Any:
    if node.tag not in _PLAIN_TAGS:  # `!!python/object...` and friends: content is data, never code
        shown = node.tag.replace("tag:yaml.org,2002:", "!!")
        raise at(path, node.start_mark.line + 1, f"the YAML tag {shown} is not allowed",
                 "remove it: content files hold plain text, numbers, dates, lists and `field: value` lines")
    if isinstance(node, yaml.MappingNode):
        result = YMap()
        result.path, result.line, result.key_lines = path, node.start_mark.line + 1, {}
        loader.flatten_mapping(node)
        for key_node, value_node in node.value:
            key = _convert(key_node, loader, path)
            line = key_node.start_mark.line + 1
            if not isinstance(key, (str, int, float, bool)) and key is not None:
                raise at(path, line, "a key must be a plain word, not a list or mapping",
                         "write `name: value`")
            if isinstance(key, bool):  # `yes:`/`no:` keys: keep the words the editor typed
                key = key_node.value
            if key in result:
                raise at(path, line, f"duplicate key '{key}' (first given on line {result.key_lines[key]})",
                         "remove one of the two; YAML would otherwise silently keep only the last")
            result[key] = _convert(value_node, loader, path, key)
            result.key_lines[key] = line
        return result
    if isinstance(node, yaml.SequenceNode):
        items = YList(_convert(child, loader, path) for child in node.value)
        items.path, items.line = path, node.start_mark.line + 1
        items.item_lines = [child.start_mark.line + 1 for child in node.value]
        return items
    try:
        return loader.construct_object(node, deep=True)
    except (yaml.constructor.ConstructorError, ValueError) as exc:
        if node.tag == "tag:yaml.org,2002:timestamp":
            field = f"{key} " if isinstance(key, str) else ""
            raise at(path, node.start_mark.line + 1, f"{field}{node.value} is not a real date ({exc})",
                     "dates are written YYYY-MM-DD and times HH:MM: check the day, month and hour") from None
        raise at(path, node.start_mark.line + 1, f"cannot read the value {node.value!r} ({exc})",
                 "put the value in quotes if it is text") from None
