"""Notice edits to a site's sources by polling, and wait for a burst of saves to settle before a rebuild."""
from __future__ import annotations

import hashlib
import os
import stat
import threading
import time
from pathlib import Path

from .theme import THEME

# Editors' swap, backup and lock files change while an editor is open; they are not sources.
_IGNORED_SUFFIXES = (".swp", ".swx", ".swo", ".tmp", ".part", "~")
# A file written within this many seconds may change again with the same size and mtime tick
# (coarse file system clocks), so its bytes are hashed too, as git does for "racily clean" files.
RACY_SECONDS = 2.0

Fingerprint = dict[str, tuple]


def watched_paths(site_dir: Path) -> list[Path]:
    """What a build reads: site.yaml, content/, templates/ and static/, plus the built-in theme's."""
    paths = [site_dir / "site.yaml", site_dir / "content", site_dir / "templates", site_dir / "static",
             site_dir / "maps",  # the hex map's layout files
             THEME / "templates", THEME / "static"]
    unique: dict[Path, Path] = {}
    for path in paths:
        unique.setdefault(path.resolve(), path)
    return list(unique.values())


def _ignored(name: str) -> bool:
    return name.startswith((".", "#")) or name.endswith(_IGNORED_SUFFIXES)


def _stamp(path: Path, now: float) -> tuple | None:
    try:
        st = path.stat()
    except OSError:
        return None
    stamp: tuple = (st.st_mtime_ns, st.st_size, st.st_ino)
    # Only an ordinary file that is not a link is read: a pipe would block, /dev/zero never end, and a
    # link may lead outside the site (a link's target is told apart by its mtime, size and inode).
    if now - st.st_mtime < RACY_SECONDS and stat.S_ISREG(st.st_mode) and not path.is_symlink():
        try:
            stamp += (hashlib.sha1(path.read_bytes()).hexdigest(),)
        except OSError:
            return None
    return stamp


def fingerprint(paths: list[Path]) -> Fingerprint:
    """Every watched file's path with its mtime, size and inode (and hash, when recently written)."""
    now = time.time()
    found: Fingerprint = {}
    for root in paths:
        if root.is_file():
            files = [root]
        elif root.is_dir():
            files = []
            for folder, dirs, names in os.walk(root):
                dirs[:] = sorted(d for d in dirs if not _ignored(d))
                files += [Path(folder, n) for n in sorted(names) if not _ignored(n)]
        else:
            continue
        for file in files:
            stamp = _stamp(file, now)
            if stamp is not None:
                found[str(file)] = stamp
    return found


def _same(a: tuple | None, b: tuple | None) -> bool:
    # The hash is only there while a file is recent; its absence on one side is not a change.
    if a is None or b is None:
        return a is b
    return a[:3] == b[:3] and (len(a) < 4 or len(b) < 4 or a[3] == b[3])


def changed_files(before: Fingerprint, after: Fingerprint) -> list[str]:
    """Paths added, removed or modified between two fingerprints."""
    return sorted(p for p in before.keys() | after.keys() if not _same(before.get(p), after.get(p)))


class Watcher:
    """Polls the watched trees; `wait_for_change` returns once a burst of edits has gone quiet."""

    def __init__(self, paths: list[Path], quiet: float = 0.1, longest: float = 2.0) -> None:
        self.paths = paths
        self.quiet = quiet          # no further change for this long ends a burst
        self.longest = longest      # but never wait longer than this after the first change
        self.interval = 0.05
        self.current = self.scan()

    def scan(self) -> Fingerprint:
        start = time.perf_counter()
        result = fingerprint(self.paths)
        # Poll less often on big trees so that watching stays cheap (at most ~10% of one core).
        self.interval = max(0.05, 10 * (time.perf_counter() - start))
        return result

    def wait_for_change(self, stop: threading.Event) -> list[str]:
        """Block until the sources differ from the last accepted state; return what changed.

        The state accepted is the one scanned *before* the caller rebuilds, so an edit saved
        during a rebuild is seen on the next call and never lost.
        """
        first_seen = None
        last_change = 0.0
        latest = self.current
        while not stop.is_set():
            time.sleep(self.interval if first_seen is None else min(self.interval, self.quiet / 3))
            scanned = self.scan()
            now = time.monotonic()
            if changed_files(latest, scanned):
                latest, last_change = scanned, now
                first_seen = first_seen or now
            if first_seen is not None and (now - last_change >= self.quiet or now - first_seen >= self.longest):
                changed = changed_files(self.current, latest)
                if not changed:  # edited and changed back within the burst
                    first_seen = None
                    continue
                self.current = latest
                return changed
        return []

