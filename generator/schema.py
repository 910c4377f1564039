"""Declarative shapes for every YAML file: one definition validates input and emits JSON Schema."""
from __future__ import annotations

import datetime as dt
import difflib
import math
import re
from dataclasses import dataclass, field
from typing import Any

from .errors import Collector

MAX_WHOLE = 10**12  # the largest whole number (a count) a site may hold: more is a typing slip
from .urls import RESERVED_NAMES, segment_problem
from .ynodes import YList, YMap

_Where = tuple[str, int]


def _show(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "nothing"
    if isinstance(value, str):  # control characters shown as \x00, so that they can be seen
        return '"' + re.sub(r"[\x00-\x1f\x7f]", lambda m: f"\\x{ord(m[0]):02x}", value) + '"'
    if isinstance(value, (list, dict)):
        return "a list" if isinstance(value, list) else "a mapping"
    return str(value)


class Shape:
    """One kind of value; `check` returns the clean value or None after reporting a problem."""

    description = ""

    def check(self, value: Any, where: _Where, name: str, out: Collector) -> Any:
        raise NotImplementedError

    def json_schema(self) -> dict:
        raise NotImplementedError

    def _fail(self, where: _Where, out: Collector, message: str, hint: str) -> None:
        out.add(where[0], where[1], message, hint)


# The characters XML 1.0 forbids (all C0 controls but tab, LF and CR; U+FFFE, U+FFFF; lone surrogates,
# which YAML's \u escapes can write): text holding one would make the feed and sitemap ill-formed.
_FORBIDDEN_CHAR = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


@dataclass
class Str(Shape):
    pattern: str | None = None
    pattern_hint: str = ""
    max_len: int = 2000
    choices: tuple[str, ...] = ()
    description: str = ""
    pattern_message: str = "is not written the right way"

    def check(self, value, where, name, out):
        if not isinstance(value, str):
            hint = "put the text in quotes" if value is not None else f"write a value after `{name}:`"
            if isinstance(value, bool):
                hint = f"YAML reads {_show(value)} (and yes/no/on/off) as true/false: put the text in quotes"
            self._fail(where, out, f"{name} must be text (got {_show(value)})", hint)
            return None
        value = value.strip()
        if _nul_problem(value, where, name, out, self):
            return None
        bad = _FORBIDDEN_CHAR.search(value)
        if bad:
            self._fail(where, out, f"the {name} contains a control character (U+{ord(bad[0]):04X}), which web "
                       "pages and feeds cannot carry", "delete it: it was probably pasted in with the text "
                       "(in double quotes, \\v, \\e and \\x.. escapes write such characters)")
            return None
        if not value:
            self._fail(where, out, f"{name} is empty", f"write a value after `{name}:` or remove the line")
            return None
        if len(value) > self.max_len:
            self._fail(where, out, f"{name} is {len(value):,} characters long, more than {self.max_len:,}",
                       "shorten it, or put long text in a Markdown page")
            return None
        if self.choices and value not in self.choices:
            close = difflib.get_close_matches(value, self.choices, n=1)
            hint = f"did you mean '{close[0]}'? " if close else ""
            self._fail(where, out, f"{name} must be one of {', '.join(self.choices)} (got {_show(value)})",
                       hint + "use one of the listed words exactly")
            return None
        if self.pattern and not re.fullmatch(self.pattern, value):
            self._fail(where, out, f"{name} {_show(value)} {self.pattern_message}", self.pattern_hint)
            return None
        return value

    def json_schema(self):
        schema: dict = {"type": "string", "minLength": 1, "maxLength": self.max_len}
        if self.choices:
            schema["enum"] = list(self.choices)
        if self.pattern:
            schema["pattern"] = f"^(?:{self.pattern})$"
        return _described(schema, self.description)


_ID_HINT = "ids and slugs become web addresses and folder names: use lower-case letters a-z, " \
    "digits and hyphens, like `jeremy-corbyn`"


@dataclass
class Segment(Str):
    """A lower-case identifier, safe as one URL segment and one folder name under output/."""

    # Windows device names (con, nul...) matter only where the id becomes a folder; `con` is a fine
    # party id (Conservatives) as long as the party's page takes its address from its name.
    refuse_device_names: bool = True

    def check(self, value, where, name, out):
        text = value.strip() if isinstance(value, str) else ""
        problem = segment_problem(text) if text else None
        if problem and not self.refuse_device_names and text.lower() in RESERVED_NAMES:
            problem = None
        if problem:
            self._fail(where, out, f"{name} {_show(value)} cannot be used: {problem}", self.pattern_hint)
            return None
        return super().check(value, where, name, out)


_ID_RE = r"[a-z0-9](?:[a-z0-9-]{0,78}[a-z0-9])?"


def Id(description: str = "") -> Str:
    """A lower-case identifier that names something (a party, a section); safe in a URL."""
    return Segment(pattern=_ID_RE, max_len=80, description=description, pattern_hint=_ID_HINT,
                   pattern_message="is not a usable id", refuse_device_names=False)


def PageId(description: str = "") -> Str:
    """An id or slug that becomes a page's folder in output/, so it must work on every system."""
    reserved = "|".join(sorted(RESERVED_NAMES))
    return Segment(pattern=rf"(?!(?:{reserved})$){_ID_RE}", max_len=80, description=description,
                   pattern_hint=_ID_HINT, pattern_message="is not a usable id")


def StaticPath(description: str = "") -> Str:
    """A file under static/, like images/corbyn.jpg: no leading slash and no `..`, so it stays inside."""
    part = r"[A-Za-z0-9_-][A-Za-z0-9._-]*"
    return Str(pattern=rf"{part}(?:/{part})*", max_len=300, description=description,
               pattern_message="is not the path of a file in static/",
               pattern_hint="write a path under static/ such as images/corbyn.jpg: letters, digits, "
                            "'.', '_', '-' and '/', not starting with / or containing ..")


def Colour(description: str = "") -> Str:
    return Str(pattern=r"#[0-9a-fA-F]{6}", description=description, pattern_message="is not a colour code",
               pattern_hint="write a colour as # and six hex digits, like \"#c8102e\", in quotes")


def Url(description: str = "") -> Str:
    # No javascript:/data: (script), no //host or /\\host (another site posing as this one), no [ ] in the
    # host (what urlsplit refuses as a broken IPv6 address).
    return Str(pattern=r"(?:https?://[^\s<>\"'\\/?#\[\]]+(?:[/?#][^\s<>\"'\\]*)?|/(?![/\\])[^\s<>\"'\\]*)",
               description=description,
               pattern_message="is not a web address this site can link to",
               pattern_hint="a link must start with https:// or http:// (or / for a page of this site)")


def _nul_problem(value: str, where, name: str, out, shape: "Shape") -> bool:
    """Report a NUL character in text (which ends strings in C tools and file names); True if found."""
    if "\0" not in value:
        return False
    shape._fail(where, out, f"{name} contains a NUL character (\\0), which cannot be in text",
                "delete the invisible character: retype the text, or copy it again from a plain-text source")
    return True


@dataclass
class Int(Shape):
    minimum: int = 0
    description: str = ""

    def check(self, value, where, name, out):
        if isinstance(value, bool) or not isinstance(value, (int, float, str)) or value is None:
            self._fail(where, out, f"{name} must be a whole number (got {_show(value)})",
                       f"write digits only, like `{name}: 1234`")
            return None
        if isinstance(value, str):
            digits = value.replace(",", "").replace(" ", "").strip()
            hint = "remove the quotes so that it is read as a number"
            if "," in value:
                hint = "write numbers without thousands separators or quotes, like 1234"
            elif not digits.lstrip("-").isdigit():
                hint = f"write digits only, like `{name}: 1234`"
            self._fail(where, out, f"{name} must be a whole number (got {_show(value)})", hint)
            return None
        if isinstance(value, float):
            self._fail(where, out, f"{name} must be a whole number (got {value!r})",
                       "counts of votes and nominations have no decimals: write digits only")
            return None
        if value < self.minimum:
            self._fail(where, out, f"{name} must be {self.minimum} or more (got {value})",
                       "check the figure against the source")
            return None
        if value > MAX_WHOLE:
            self._fail(where, out, f"{name} is more than {MAX_WHOLE:,}, the largest whole number a site may hold",
                       "check the figure against the source: no count of votes or people is that large")
            return None
        return value

    def json_schema(self):
        return _described({"type": "integer", "minimum": self.minimum}, self.description)


@dataclass
class Num(Shape):
    minimum: float = 0
    maximum: float | None = None
    description: str = ""

    def check(self, value, where, name, out):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            hint = "remove the quotes and the % sign" if isinstance(value, str) else f"write a number, like `{name}: 61.8`"
            self._fail(where, out, f"{name} must be a number (got {_show(value)})", hint)
            return None
        if isinstance(value, float) and not math.isfinite(value):
            self._fail(where, out, f"{name} must be a finite number (got {value!r})",
                       "YAML reads .nan and .inf as not-a-number and infinity: write the figure, like 61.8")
            return None
        if value < self.minimum or (self.maximum is not None and value > self.maximum):
            upper = f" and at most {self.maximum:g}" if self.maximum is not None else ""
            self._fail(where, out, f"{name} must be at least {self.minimum:g}{upper} (got {value:g})",
                       "check the figure against the source")
            return None
        return float(value)

    def json_schema(self):
        schema: dict = {"type": "number", "minimum": self.minimum}
        if self.maximum is not None:
            schema["maximum"] = self.maximum
        return _described(schema, self.description)


@dataclass
class Bool(Shape):
    description: str = ""

    def check(self, value, where, name, out):
        if not isinstance(value, bool):
            self._fail(where, out, f"{name} must be true or false (got {_show(value)})", "write true or false")
            return None
        return value

    def json_schema(self):
        return _described({"type": "boolean"}, self.description)


_DATE_RE = r"\d{4}-\d{2}-\d{2}"
_DATETIME_RE = r"\d{4}-\d{2}-\d{2}[ T]\d{1,2}:\d{2}(?::\d{2})?"


@dataclass
class Date(Shape):
    description: str = ""

    def check(self, value, where, name, out):
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        if isinstance(value, str) and re.fullmatch(_DATE_RE, value.strip()):
            try:
                return dt.date.fromisoformat(value.strip())
            except ValueError as exc:
                self._fail(where, out, f"{name} {_show(value)} is not a real date ({exc})",
                           "check the day and month: dates are written YYYY-MM-DD")
                return None
        self._fail(where, out, f"{name} must be a date written YYYY-MM-DD (got {_show(value)})",
                   "for example 2016-09-24")
        return None

    def json_schema(self):
        return _described({"type": "string", "format": "date", "pattern": f"^{_DATE_RE}$"}, self.description)


@dataclass
class DateTime(Shape):
    """A local date and time (the site's timezone), or a bare date (kept a date: no time is invented)."""

    description: str = ""

    def check(self, value, where, name, out):
        if isinstance(value, dt.datetime) and value.tzinfo is not None:
            self._fail(where, out, f"{name} has a timezone ({value.isoformat()}), but times are written in "
                       "the site's own timezone", "write YYYY-MM-DD HH:MM without Z or +HH:MM, like 2016-09-24 11:45")
            return None
        if isinstance(value, (dt.datetime, dt.date)):
            return value
        text = value.strip() if isinstance(value, str) else ""
        if re.fullmatch(_DATE_RE, text):
            return Date().check(text, where, name, out)
        if re.fullmatch(_DATETIME_RE, text):
            try:
                return dt.datetime.fromisoformat(text.replace(" ", "T"))
            except ValueError as exc:
                self._fail(where, out, f"{name} {_show(value)} is not a real date and time ({exc})",
                           "write YYYY-MM-DD HH:MM with a 24-hour clock, like 2016-09-24 11:45")
                return None
        self._fail(where, out, f"{name} must be a date and time written YYYY-MM-DD HH:MM (got {_show(value)})",
                   "for example 2016-09-24 11:45")
        return None

    def json_schema(self):
        return _described({"type": "string", "pattern": f"^(?:{_DATETIME_RE}|{_DATE_RE})$"}, self.description)


@dataclass
class Any_(Shape):
    """A free-form value (kept for notes fields that may hold anything)."""

    description: str = ""

    def check(self, value, where, name, out):
        return value

    def json_schema(self):
        return _described({}, self.description)


@dataclass
class ListOf(Shape):
    item: Shape
    min_items: int = 0
    description: str = ""

    def check(self, value, where, name, out):
        if not isinstance(value, list):
            self._fail(where, out, f"{name} must be a list (got {_show(value)})",
                       "start each item on its own line with `- `")
            return None
        if len(value) < self.min_items:
            self._fail(where, out, f"{name} needs at least {self.min_items} item(s)", "add the missing items")
            return None
        lines = getattr(value, "item_lines", [])
        result = YList()
        result.path, result.line, result.item_lines = where[0], where[1], []
        ok = True
        for i, item in enumerate(value):
            line = lines[i] if i < len(lines) else where[1]
            clean = self.item.check(item, (where[0], line), f"item {i + 1} of {name}", out)
            if clean is None:
                ok = False  # reported; the list as a whole is unusable, so later checks stay quiet
                continue
            result.append(clean)
            result.item_lines.append(line)
        return result if ok else None

    def json_schema(self):
        return _described({"type": "array", "items": self.item.json_schema(), "minItems": self.min_items},
                          self.description)


@dataclass
class MapOf(Shape):
    """A mapping from free keys (such as candidate ids) to values of one shape."""

    value: Shape
    key: Shape = field(default_factory=lambda: Id())
    description: str = ""

    def check(self, value, where, name, out):
        if not isinstance(value, dict):
            self._fail(where, out, f"{name} must be a mapping of `key: value` lines (got {_show(value)})",
                       "write one `key: value` per line, indented under the name")
            return None
        result = YMap()
        result.path, result.line, result.key_lines = where[0], where[1], {}
        ok = True
        for key, item in value.items():
            line = value.line_of(key) if isinstance(value, YMap) else where[1]
            clean_key = self.key.check(key, (where[0], line), f"the name `{key}` in {name}", out)
            clean = self.value.check(item, (where[0], line), f"{name} for {key}", out)
            if clean_key is None or clean is None:
                ok = False
                continue
            result[clean_key] = clean
            result.key_lines[clean_key] = line
        return result if ok else None

    def json_schema(self):
        return _described({"type": "object", "additionalProperties": self.value.json_schema(),
                           "propertyNames": self.key.json_schema()}, self.description)


@dataclass
class F:
    """One field of a Record."""

    shape: Shape
    required: bool = False
    default: Any = None
    description: str = ""


@dataclass
class Record(Shape):
    fields: dict[str, F]
    title: str = ""
    description: str = ""

    def check(self, value, where, name, out):
        if not isinstance(value, dict):
            if value is None and name in _WHOLE:
                self._fail(where, out, f"{name} is empty", "fill it in (see docs/errors.md and the example site)")
            else:
                self._fail(where, out, f"{name} must be a set of `field: value` lines (got {_show(value)})",
                           "write one `field: value` per line here")
            return None
        result = YMap()
        result.path, result.line, result.key_lines = where[0], (value.line if isinstance(value, YMap) else where[1]), {}
        ok = True
        misspelt: set[str] = set()
        for key in value:
            if key not in self.fields:
                line = value.line_of(key) if isinstance(value, YMap) else where[1]
                close = difflib.get_close_matches(str(key), [k for k in self.fields if k not in value],
                                                  n=1, cutoff=0.6)
                hint = f"did you mean `{close[0]}`?" if close else \
                    f"the fields allowed here are: {', '.join(self.fields)}"
                self._fail((where[0], line), out, f"unknown field `{key}` in {name}", hint)
                misspelt.update(close)
                ok = False
        for key, spec in self.fields.items():
            line = value.line_of(key) if isinstance(value, YMap) else where[1]
            if key not in value or value[key] is None and spec.required:
                about = f" ({spec.description})" if spec.description else ""
                if key in value:
                    self._fail((where[0], line), out, f"`{key}:` has no value", f"write the {key} after `{key}:`{about}")
                elif spec.required and key not in misspelt:  # `nomine:` already said "did you mean nominee"
                    self._fail((where[0], result.line), out, f"{name} is missing the required field `{key}`",
                               f"add a line `{key}: ...`{about}")
                ok = ok and not spec.required
                result[key] = spec.default
                result.key_lines[key] = result.line
                continue
            if value[key] is None and not spec.required:
                result[key] = spec.default
                result.key_lines[key] = line
                continue
            clean = spec.shape.check(value[key], (where[0], line), key, out)
            if clean is None:
                ok = False
            result[key] = clean
            result.key_lines[key] = line
        return result if ok else None

    def json_schema(self):
        props = {}
        for key, spec in self.fields.items():
            sub = spec.shape.json_schema()
            if spec.description and "description" not in sub:
                sub["description"] = spec.description
            props[key] = sub if spec.required else _nullable(sub)
        schema: dict = {"type": "object", "properties": props, "additionalProperties": False}
        required = [k for k, s in self.fields.items() if s.required]
        if required:
            schema["required"] = required
        if self.title:
            schema["title"] = self.title
        return _described(schema, self.description)


def _nullable(schema: dict) -> dict:
    """An optional field may be left empty (`note:`), which YAML reads as null: the build accepts it too."""
    if isinstance(schema.get("type"), str):
        schema = dict(schema, type=[schema["type"], "null"])
        if "enum" in schema:
            schema["enum"] = [*schema["enum"], None]
    return schema


def _described(schema: dict, description: str) -> dict:
    if description:
        schema["description"] = description
    return schema


_WHOLE = ("the file", "the front matter")


def validate(value: Any, shape: Shape, path: str, out: Collector, what: str = "the file") -> Any:
    """Check a whole document (or a Markdown file's front matter) against its shape; problems go to `out`."""
    line = value.line if isinstance(value, (YMap, YList)) else 1
    return shape.check(value, (path, line), what, out)


def document_schema(shape: Shape, title: str) -> dict:
    """The JSON Schema (draft 2020-12) of a whole file."""
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "title": title, **shape.json_schema()}
