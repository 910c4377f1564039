"""Stage 1: read site.yaml and content/ (and nothing else) into memory, with file and line for everything."""
from __future__ import annotations

import errno
import os
import re
import sys
from dataclasses import dataclass, field
from hashlib import blake2b
from operator import attrgetter
from pathlib import Path
from typing import Any, Mapping

from .errors import Collector, Problem, SiteError
from .fast_init import fast_init
from .inside import link_problem, not_regular, unreadable, within
from .kinds import item_folders
from .yamlsource import YMap, decode, parse_yaml

MAX_FILE_BYTES = 50 * 1024 * 1024
# Item files: thousands of small files of one shape (a general election's areas), each modelled on
# its own. They are read here but parsed by the model one at a time, so that their parsed form is
# never held all at once (50 MiB at 20,000 areas, which Python's allocator then kept to the end).
ITEMS_DIR = item_folders()  # every kind's (generator/kinds/): a tuple, for str.startswith


class Unparsed:
    """An item file's text, which the model parses with parsed() when it models the file.

    When the build keeps models on disk (load's `stored`, item_store.ItemStore), `digest` is the BLAKE2b
    of the file's bytes, the store's key. A file that has not changed since the last build (by the
    snapshot: size, mtime, and its digest then) and whose model the store holds from those bytes is not
    read at all (`unread`): its `text` is read only if something asks for it."""

    __slots__ = ("_text", "digest", "_where")

    def __init__(self, text: str | None, digest: bytes | None = None, where: tuple[Path, str] | None = None) -> None:
        self._text = text
        self.digest = digest
        self._where = where  # (root, path) of an unread file

    @property
    def unread(self) -> bool:
        """Whether the file is still unread (`digest` is then the snapshot's, not of bytes read here)."""
        return self._where is not None

    @property
    def text(self) -> str:
        """The file's text, read now if load left it unread (and `digest` then made from the bytes read)."""
        if self._where is not None:
            data = _read_bytes(*self._where)
            self._text = decode(data, self._where[1])
            self.digest = _key(data)
            self._where = None
        return self._text

    def read_quietly(self) -> bool:
        """Read the file now if it is unread; whether it is read (a problem reading it is reported when
        the file is modelled, by parsed())."""
        try:
            self.text
        except SiteError:
            return False
        return True


@fast_init
@dataclass(frozen=True)
class Document:
    """One YAML file: its path as shown to editors and its parsed data (Unparsed for an item file)."""

    path: str
    data: Any


def parsed(doc: Document) -> Any:
    """A document's data, parsing an item file's text; raises SiteError for bad YAML, as load does."""
    data = doc.data
    return _parse(data.text, doc.path) if type(data) is Unparsed else data


@dataclass(frozen=True)
class MarkdownDoc:
    """A Markdown file with YAML front matter."""

    path: str
    meta: YMap
    body: str
    body_line: int


@dataclass(frozen=True)
class Sources:
    """Everything a build reads, before any interpretation."""

    root: Path
    site: Document | None  # None when site.yaml could not be read (see problems)
    data: dict[str, Document]
    pages: tuple[MarkdownDoc, ...]
    updates: tuple[MarkdownDoc, ...]
    # Problems reading files (bad YAML, not UTF-8...), kept so that the model can report its own too.
    problems: tuple[Problem, ...] = ()
    unreadable: frozenset[str] = frozenset()
    items_at: int = 0  # where in `problems` the item files' YAML errors go, which the model finds
    memo: dict | None = field(default=None, compare=False, repr=False)  # model results a Builder keeps
    hexmap: Document | None = None  # the map's layout file named by site.yaml `hexmap:`, its text unparsed
    stored: Any = field(default=None, compare=False, repr=False)  # item_store.ItemStore: models kept on disk
    jobs: int = field(default=1, compare=False, repr=False)  # processes the model may spread item files over


def _read_bytes(root: Path, display: str) -> bytes:
    # os calls on the path as text: Path.stat() then Path.read_bytes() took longer than parsing a small file.
    # O_NOFOLLOW: a symlink is only followed once its target is known to be inside the site (inside.py);
    # O_NONBLOCK: a pipe (FIFO) is refused below instead of waiting for a writer forever.
    path = f"{root}/{display}"
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    except OSError as exc:
        if exc.errno != errno.ELOOP:
            raise SiteError(unreadable(display, exc)) from None
        problem = link_problem(path, display, (str(root),))
        if problem:
            raise SiteError(problem) from None
        try:
            fd = os.open(os.path.realpath(path), os.O_RDONLY | os.O_NONBLOCK)
        except OSError as again:
            raise SiteError(unreadable(display, again)) from None
    try:
        st = os.fstat(fd)
        problem = not_regular(st.st_mode, display)
        if problem:
            raise SiteError(problem)
        size = st.st_size
        _check_size(display, size)
        try:
            data = os.read(fd, size + 1)
            if len(data) > size:  # it grew since fstat: read the rest
                data += b"".join(iter(lambda: os.read(fd, 1 << 20), b""))
        except OSError as exc:
            raise SiteError(unreadable(display, exc)) from None
    finally:
        os.close(fd)
    return data


def _check_size(display: str, size: int) -> None:
    if size > MAX_FILE_BYTES:
        raise SiteError.single(display, None, f"this file is {size / 1e6:.0f} MB, more than the "
                               f"{MAX_FILE_BYTES // 2**20} MiB a content file may be", "split it into several files")


_LONG_DIGITS = re.compile(r"\d{%d,}" % (sys.get_int_max_str_digits() or 4300))


def _parse(text: str, display: str) -> Any:
    """parse_yaml, with a number too long for Python to read (4,300 digits) a located error."""
    try:
        return parse_yaml(text, display)
    except ValueError as exc:
        found = _LONG_DIGITS.search(text)
        if found is None or "integer string conversion" not in str(exc):
            raise
        raise SiteError.single(display, text.count("\n", 0, found.start()) + 1,
                               f"this number has {found.end() - found.start():,} digits, more than a whole number "
                               f"may have", "check the figure against the source: no count is that large") from None


# The readers: a file's bytes (read by _read_bytes, or by the snapshot's scan) -> what load keeps of it.

def read_yaml(display: str, data: bytes) -> Document:
    """One YAML file, named by its path under root as editors see it (content/areas/x.yaml)."""
    return Document(display, _parse(decode(data, display), display))


def read_item(display: str, data: bytes) -> Document:
    """An item file, read but not parsed (see ITEMS_DIR)."""
    return Document(display, Unparsed(decode(data, display)))


def read_keyed_item(display: str, data: bytes) -> Document:
    """read_item, with the digest of the bytes read (the key of a model kept on disk, item_store)."""
    return Document(display, Unparsed(decode(data, display), _key(data)))


def _key(data: bytes) -> bytes:
    """An item file's key in the store: the BLAKE2b of its bytes, as the snapshot has it (in hex)."""
    return blake2b(data, digest_size=16).digest()


def split_front_matter(text: str, display: str) -> MarkdownDoc:
    """Split `---` YAML front matter from a Markdown body, keeping file line numbers."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        raise SiteError.single(display, 1, "a Markdown file must start with front matter between --- lines",
                               "put `---`, then `title: ...`, then `---` at the top of the file")
    end = next((i for i in range(1, len(lines)) if lines[i].strip() in ("---", "...")), None)
    if end is None:
        raise SiteError.single(display, 1, "the front matter opened by --- on line 1 is never closed",
                               "add a line with only --- after the front matter")
    # Blank lines in place of the markers keep YAML line numbers equal to the file's.
    meta = _parse("\n" + "\n".join(lines[1:end]), display)
    if meta is None:
        meta = YMap()
        meta.path, meta.line, meta.key_lines = display, 1, {}
    return MarkdownDoc(display, meta, "\n".join(lines[end + 1:]), end + 2)


def read_markdown(display: str, data: bytes) -> MarkdownDoc:
    return split_front_matter(decode(data, display), display)


def load(root: Path, reuse: Mapping[str, Document | MarkdownDoc] | None = None, memo: dict | None = None,
         stored: Any = None, jobs: int = 1, unchanged: Mapping[str, str] | None = None,
         read: dict[str, bytes] | None = None) -> Sources:
    """Read the whole site; unreadable files are listed in `problems`, and the rest is still read.

    `reuse` holds documents parsed by an earlier build from files known to be unchanged (by path as
    shown to editors): they are taken as they are instead of being read and parsed again. `memo` is
    handed to the model with them, to keep what it computed from unchanged documents; `stored`
    (item_store.ItemStore) too, for what the last command-line build made of each item file, and
    `jobs`, the processes the model may use for the item files. `unchanged` maps the files the snapshot
    found unchanged since the last build to their digests (hex) then: an item file among them whose model
    `stored` holds from the same bytes is not read (Unparsed.unread). `read` holds the bytes of files
    the snapshot's scan has just read (snapshot.scan `keep`), by path: taken from it, not read again.
    """
    root = root.resolve()
    out = Collector()
    reuse = reuse or {}
    read = read if read is not None else {}
    site_file = root / "site.yaml"
    if not site_file.is_file():
        raise SiteError.single("site.yaml", None, f"there is no site.yaml in {root}",
                               "run the command in the site's folder, or pass --site DIR")
    site = _attempt(out, read_yaml, root, "site.yaml", reuse, read)
    data: dict[str, Document] = {}
    items_at = None
    for display in _yaml_files(root, "content", out):
        item = display.startswith(ITEMS_DIR)
        if item and items_at is None:
            items_at = len(out.problems)  # item files come one after another in this order
        if item and stored is not None:
            known = unchanged.get(display) if unchanged else None
            if known is not None and stored.holds(display, key := bytes.fromhex(known)):
                data[display] = Document(display, Unparsed(None, key, (root, display)))
                continue
            doc = _attempt(out, read_keyed_item, root, display, reuse, read)
        else:
            doc = _attempt(out, read_item if item else read_yaml, root, display, reuse, read)
        if doc is not None:
            data[doc.path] = doc
    pages = tuple(d for display in _markdown_files(root, "content/pages", out)
                  if (d := _attempt(out, read_markdown, root, display, reuse, read)) is not None)
    updates = tuple(d for display in _markdown_files(root, "content/updates", out)
                    if (d := _attempt(out, read_markdown, root, display, reuse, read)) is not None)
    hexmap = _read_hexmap(root, site, out)  # the map (generator/hexmap.py)
    unreadable = frozenset(p.path for p in out.problems)
    return Sources(root, site, data, pages, updates, tuple(out.problems), unreadable, items_at or 0, memo, hexmap,
                   stored, jobs)


def _read_hexmap(root: Path, site: Document | None, out: Collector) -> Document | None:
    """The text of the layout file site.yaml names in `hexmap:` (a file under maps/), or None."""
    from .hexmap import MAPS_DIR

    rel = site.data.get("hexmap") if site is not None and isinstance(site.data, dict) else None
    if not isinstance(rel, str):
        return None  # absent, or not text: the schema says so
    line = site.data.line_of("hexmap") if isinstance(site.data, YMap) else None
    parts = rel.split("/")
    if not rel.startswith(MAPS_DIR) or "\\" in rel or any(p in ("", ".", "..") for p in parts[1:]):
        out.add("site.yaml", line, f"`hexmap` must name a file in the site's {MAPS_DIR} folder (got {rel!r})",
                f"put the layout file in {MAPS_DIR} and write its path from the site folder, e.g. "
                f"{MAPS_DIR}constituencies.hexjson")
        return None
    if not within(os.path.realpath(os.path.dirname(f"{root}/{rel}")), str(root)):  # a folder on the way is a link out
        out.problems.append(Problem(rel, None, "this is in a linked folder outside the site folder",
                                    "copy the file into the site instead"))
        return None
    if not os.path.lexists(f"{root}/{rel}"):
        out.add("site.yaml", line, f"`hexmap` names {rel}, which does not exist",
                "check the file name, or remove `hexmap:` to build the site without a map")
        return None
    try:
        return Document(rel, decode(_read_bytes(root, rel), rel))
    except SiteError as exc:
        out.extend(exc)
        return None


_name = attrgetter("name")


def _entries(root: Path, folder: str, out: Collector) -> list[os.DirEntry]:
    """The entries of root/folder sorted by name; [] when it is missing. A folder that is a link
    leaving the site, or that cannot be read, is reported to `out`."""
    path = f"{root}/{folder}"
    if not within(os.path.realpath(path), str(root)):  # one call per folder, not per file
        problem = link_problem(path, folder, (str(root),)) if os.path.islink(path) else None
        if problem:  # else a folder above it is the link, and is reported itself
            out.problems.append(problem)
        return []
    try:
        with os.scandir(path) as it:
            return sorted(it, key=_name)
    except (FileNotFoundError, NotADirectoryError):
        return []
    except OSError as exc:
        out.problems.append(unreadable(folder, exc))
        return []


def _yaml_files(root: Path, folder: str, out: Collector) -> list[str]:
    """The .yaml/.yml files under root/folder as 'folder/a/b.yaml', in the order sorted(Path.rglob) gives.

    os.scandir instead of pathlib: listing 5,000 area files took longer than parsing the changed one.
    Like rglob, it does not descend into symlinked folders. Anything named .yaml is listed, even a
    folder, pipe or link, so that reading it says what is wrong with it.
    """
    found: list[str] = []

    def walk(rel: str) -> None:
        for entry in _entries(root, rel, out):  # a folder's files come where its name sorts, as Path parts do
            name = entry.name
            if name.endswith((".yaml", ".yml")) and name not in (".yaml", ".yml"):
                found.append(f"{rel}/{name}")
            elif entry.is_dir(follow_symlinks=False):
                walk(f"{rel}/{name}")

    walk(folder)
    return found


def _markdown_files(root: Path, folder: str, out: Collector) -> list[str]:
    """The *.md files directly in root/folder (whatever they are: reading them checks that), sorted."""
    return [f"{folder}/{e.name}" for e in _entries(root, folder, out) if e.name.endswith(".md")]


def _attempt(out: Collector, reader, root: Path, display: str, reuse: Mapping, read: dict[str, bytes]):
    """reader(display, the file's bytes), or the document `reuse` holds; None after a problem (in `out`)."""
    known = reuse.get(display)
    if known is not None:
        return known
    try:
        data = read.pop(display, None)
        if data is None:
            data = _read_bytes(root, display)
        else:
            _check_size(display, len(data))
        return reader(display, data)
    except SiteError as exc:
        out.extend(exc)
        return None
