"""What a build reads, file by file (size, mtime, content hash), so that a rebuild can tell what changed."""
from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from .inside import link_problem
from .write import read_bytes  # os calls: open() built a buffered file object per file, a third of a cold scan

# A file changed within this long before a snapshot may change again within the same mtime tick
# without its size changing ("racy" in git's words): its content is hashed again next time.
RACY_NS = 2_000_000_000
CODE = Path(__file__).resolve().parent  # the generator itself: a new version rebuilds everything


class FileState(NamedTuple):
    mtime_ns: int
    size: int
    digest: str


@dataclass
class Snapshot:
    """Every input file by its site-relative path ('content/areas/x.yaml', 'theme:templates/base.html')."""

    files: dict[str, FileState] = field(default_factory=dict)
    taken_ns: int = 0


REFUSED = FileState(0, -1, "")  # a file a build may not read: always changed, so the build says why


def digest(data: bytes) -> str:
    from hashlib import blake2b  # here: a no-op build hashes nothing (hashlib loads OpenSSL, 5 ms)

    return blake2b(data, digest_size=16).hexdigest()


def input_roots(site_dir: Path, theme: Path) -> list[tuple[str, Path, bool]]:
    """(prefix, folder, recursive) for everything a build reads. The theme's templates/ and static/ count
    once: not again when the site's own folder is the theme's (the repo root's are symlinks to it)."""
    roots = [("", site_dir / "site.yaml", False), ("content/", site_dir / "content", True),
             ("templates/", site_dir / "templates", True), ("static/", site_dir / "static", True),
             ("maps/", site_dir / "maps", True),  # the hex map's layout files (site.yaml `hexmap:`)
             ("code:", CODE, True)]
    for part in ("templates", "static"):
        if (theme / part).resolve() != (site_dir / part).resolve():
            roots.append((f"theme:{part}/", theme / part, True))
    return roots


def _skipped(theme: Path) -> set[str]:
    """Folders no root walks into: the theme inside the generator's code is its own root, not code."""
    return {str(theme / "templates"), str(theme / "static")}


def _walk(folder: Path, prefix: str, skip: set[str]) -> list[tuple[str, os.DirEntry]]:
    """(relative path, entry) of every file under `folder` but the folders in `skip`, without recursion
    or generators (a no-op rebuild of 5,000 areas is mostly this walk and its stat calls).

    Links leaving the folder that holds `folder` (the site, or the theme), link loops, pipes and devices
    come with no entry: they are never read, and scan() counts them as changed so that the build runs
    and reports them."""
    found: list[tuple[str, os.DirEntry]] = []
    base = os.path.realpath(folder.parent)
    stack = [(str(folder), prefix)]
    while stack:
        where, pre = stack.pop()
        try:
            entries = os.scandir(where)
        except OSError:  # missing, not a folder, or unreadable (which load reports)
            continue
        with entries:
            for entry in entries:
                if entry.name == "__pycache__":  # dot files count: load() reads content/.x.yaml too
                    continue
                if entry.is_dir(follow_symlinks=False):
                    if entry.path in skip:
                        continue
                    if entry.name.endswith((".md", ".yaml", ".yml")):  # load() reports a folder named so
                        found.append((pre + entry.name, None))
                    else:
                        stack.append((entry.path, f"{pre}{entry.name}/"))
                elif entry.is_file(follow_symlinks=False) or entry.is_symlink() and \
                        link_problem(entry.path, entry.path, (base,)) is None and os.path.isfile(entry.path):
                    found.append((pre + entry.name, entry))
                else:
                    found.append((pre + entry.name, None))
    return found


def scan(site_dir: Path, theme: Path, previous: Snapshot | None = None,
         keep: dict[str, bytes] | None = None) -> tuple[Snapshot, set[str]]:
    """A snapshot of every input, and the paths added, removed or changed in content since `previous`.

    Only files whose size or mtime differ (or that were racy) are read and hashed again, so a
    rebuild of 5,000 unchanged files costs their stat calls and nothing more. With `keep`, the bytes of
    each file under content/ read here (a regular file, not a link) are put in it by path, for load()
    to take instead of reading the file again: 11 us a file, a serial 0.05 s of a cold build at 5,000.
    """
    taken = time.time_ns()
    old = previous.files if previous else {}
    racy_after = (previous.taken_ns - RACY_NS) if previous else 0
    files: dict[str, FileState] = {}
    changed: set[str] = set()
    skip = _skipped(theme)
    for prefix, root, recursive in input_roots(site_dir, theme):
        if not recursive:
            entries = [(prefix + root.name, root)] if root.is_file() else []
        else:
            entries = _walk(root, prefix, skip)
        for path, entry in entries:
            if entry is None:
                files[path] = REFUSED
                changed.add(path)
                continue
            st = entry.stat()
            before = old.get(path)
            if before and before.mtime_ns == st.st_mtime_ns and before.size == st.st_size \
                    and st.st_mtime_ns < racy_after:
                files[path] = before
                continue
            try:
                data = read_bytes(os.fspath(entry), st.st_size)
                state = FileState(st.st_mtime_ns, st.st_size, digest(data))
                if keep is not None and path.startswith("content/") and not entry.is_symlink():
                    keep[path] = data
            except OSError:  # unreadable: the build reports it (and a failed build keeps no snapshot)
                state = REFUSED
            files[path] = state
            if before is None or before.digest != state.digest or state is REFUSED:
                changed.add(path)
    changed.update(p for p in old if p not in files)
    return Snapshot(files, taken), changed

