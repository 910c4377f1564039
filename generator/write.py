"""Stage 4, the only code that touches output/: a complete new tree swapped in atomically, or a few files patched."""
from __future__ import annotations

import contextlib
import os
import shutil
import stat
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Sequence

from .errors import SiteError

if TYPE_CHECKING:
    from .render import OutputFile

_RENAME_EXCHANGE = 2
_AT_FDCWD = -100
# Tests set this to a number of seconds to sleep after each file, so that a build can be killed mid-write.
TEST_DELAY_ENV = "ELECTION_SITE_TEST_WRITE_DELAY"
# Every build writes this file into the tree it makes: a build replaces only a folder holding it (or an
# empty or missing one), so `--output ~` or `--output .git` is refused instead of emptied. It is published
# with the site (a dotfile, a few bytes, saying what it is), as it must travel with the folder it marks.
MARKER = ".election-site-output"
MARKER_TEXT = (b"This folder was made by the election site generator (python -m generator build).\n"
               b"A build replaces everything in it; it replaces only folders holding this file.\n")


@dataclass(frozen=True)
class WriteReport:
    written: int      # files whose bytes changed or are new
    unchanged: int    # files kept as they were (same bytes, same mtime)
    removed: int      # files of the previous build that no longer exist


def _exchange(a: Path, b: Path) -> bool:
    """Atomically swap two directories (Linux renameat2 RENAME_EXCHANGE); False where unsupported."""
    import ctypes  # here: a no-op rebuild never swaps, and importing ctypes costs it 5 ms
    import ctypes.util

    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or None, use_errno=True)
        fn = libc.renameat2
    except (OSError, AttributeError):
        return False
    fn.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    return fn(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except OSError as exc:  # another user's process is alive (PermissionError); else it is gone
        return isinstance(exc, PermissionError)
    return True


def write_bytes(path: str, data: bytes) -> int:
    """Write a new file with os calls (open() adds an ioctl, an lseek and an fstat per file: 0.15 s
    of a 5,000-page build); returns its mtime."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_CLOEXEC, 0o666)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view):]
        return os.fstat(fd).st_mtime_ns
    finally:
        os.close(fd)


def read_bytes(path: str, size: int | None = None) -> bytes:
    """A whole file, read with os calls (see write_bytes); `size`, from a stat just made, saves an fstat
    (a file grown since is still read to its end). O_NONBLOCK: a pipe is never waited on."""
    fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC | os.O_NONBLOCK)
    try:
        expected = os.fstat(fd).st_size if size is None else size
        data = os.read(fd, expected + 1)
        return data + b"".join(iter(lambda: os.read(fd, 1 << 20), b"")) if len(data) > expected else data
    finally:
        os.close(fd)


def clean_stale(output: Path) -> int:
    """Remove the half-written folders that a killed build left beside output/; returns how many.

    Their names carry the builder's process id, so a build still running in another process is left alone.
    """
    removed = 0
    for kind in ("new", "old"):
        for folder in sorted(output.parent.glob(f".{output.name}.{kind}-*")):
            pid = folder.name.removeprefix(f".{output.name}.{kind}-").split("-")[0]
            if pid.isdigit() and int(pid) != os.getpid() and _pid_alive(int(pid)):
                continue
            if folder.is_dir() and not folder.is_symlink():
                shutil.rmtree(folder, ignore_errors=True)
                removed += 1
    return removed


def output_problem(site_dir: Path, output: Path) -> str | None:
    """Why `output` must not be replaced by a build of `site_dir`, or None.

    A build replaces only a missing or empty folder, or one an earlier build made (it holds MARKER).
    Upgrading: SITE/output made by a version before the marker (it holds that build's index.html and
    sitemap.xml) is accepted, and marked by this build.
    """
    site, out = site_dir.resolve(), output.resolve()
    if site.is_relative_to(out):
        return "it is the site's own folder (or holds it), and a build replaces everything in it"
    for own in ("site.yaml", "content", "templates", "static", "schema", ".cache"):
        if out.is_relative_to(site / own):
            return f"it is inside the site's {own}, and a build replaces everything in it"
    if (out / "site.yaml").is_file():
        return "it holds a site.yaml, so it looks like a site, and a build replaces everything in it"
    if not out.is_dir() or (out / MARKER).is_file():
        return None
    try:
        with os.scandir(out) as entries:
            if next(entries, None) is None:
                return None
    except OSError:
        return None  # unreadable: the write reports it
    if out == site / "output" and (out / "index.html").is_file() and (out / "sitemap.xml").is_file():
        return None
    return ("this folder was not made by a build (it has no .election-site-output file), "
            "and a build replaces everything in it")


def _write_error(output: Path, exc: OSError) -> SiteError:
    where = f" ({exc.filename})" if exc.filename else ""
    return SiteError.single(output, None, f"the site could not be written: {exc.strerror or exc}{where}",
                            "the last good output was left as it was; check the disk space and permissions")


def _checked_relpath(relpath: str) -> str:
    """relpath if it names a file inside the output folder (no absolute path, '..', empty part or NUL)."""
    parts = relpath.split("/")
    if not relpath or relpath.startswith("/") or "\x00" in relpath or any(p in ("", ".", "..") for p in parts):
        raise ValueError(f"output path {relpath!r} would leave the output folder")
    return relpath


@dataclass(frozen=True)
class Written:
    """One file of the new tree: its path, size and mtime (for the next build's check) and whether its bytes changed."""

    path: str
    size: int
    mtime_ns: int
    changed: bool


class Stage:
    """A complete new output tree written file by file beside output/, then swapped in by commit().

    Files are written as they are rendered (so a build never holds every page in memory), by this
    process or by forked workers writing into the same folder. A file whose bytes equal the old
    output's is hard-linked, keeping its mtime. Until commit() output/ is untouched; abort()
    removes the new tree.
    """

    def __init__(self, output: Path) -> None:
        self.output = output.absolute()
        try:
            self.output.parent.mkdir(parents=True, exist_ok=True)
            clean_stale(self.output)
            import tempfile  # here and below: a no-op rebuild imports neither tempfile nor filecmp

            self.folder = Path(tempfile.mkdtemp(prefix=f".{self.output.name}.new-{os.getpid()}-",
                                                dir=self.output.parent))
            write_bytes(f"{self.folder}/{MARKER}", MARKER_TEXT)
        except OSError as exc:
            raise _write_error(self.output, exc) from None
        self._dirs: set[str] = set()
        self._delay = float(os.environ.get(TEST_DELAY_ENV) or 0)
        self._old = os.path.isdir(self.output)  # else no old file can be kept: none is looked for (a cold build)

    def put(self, relpath: str, data: bytes) -> Written:
        """Write one file of the new tree (a disk error becomes the editor-facing SiteError)."""
        try:
            return self._put(relpath, data)
        except OSError as exc:
            raise _write_error(self.output, exc) from None

    def _put(self, relpath: str, data: bytes) -> Written:
        if self._delay:
            time.sleep(self._delay)
        relpath = _checked_relpath(relpath)
        target = self._target(relpath)
        old = f"{self.output}/{relpath}"
        replaced = None
        try:
            st = os.lstat(old) if self._old else None
            if st and st.st_size == len(data) and stat.S_ISREG(st.st_mode) and read_bytes(old, st.st_size) == data:
                os.link(old, target)
                return Written(relpath, st.st_size, st.st_mtime_ns, False)
            replaced = st and st.st_mtime_ns
        except OSError:
            pass
        made = write_bytes(target, data)
        return Written(relpath, len(data), made if replaced is None else _later_second(target, replaced, made), True)

    def put_files(self, relpaths: Sequence[str], write: Callable[..., None]) -> list[Written]:
        """Files written together by write(*open files), straight into the new tree (never whole in
        memory); each is then hard-linked from the old output instead when its bytes are the same."""
        try:
            targets = [self._target(_checked_relpath(r)) for r in relpaths]
            with contextlib.ExitStack() as files:
                write(*[files.enter_context(open(t, "wb")) for t in targets])
            return [self._keep_if_same(r, t) for r, t in zip(relpaths, targets)]
        except OSError as exc:
            raise _write_error(self.output, exc) from None

    def _target(self, relpath: str) -> str:
        target = f"{self.folder}/{relpath}"
        parent = target.rpartition("/")[0]
        if parent not in self._dirs:  # the stage is ours and new: no symlink can be in it
            try:
                os.mkdir(parent)  # its parent is usually made already: makedirs would look at each level
            except OSError:  # a missing parent, or one a worker writing into the same stage made
                os.makedirs(parent, exist_ok=True)
            self._dirs.add(parent)
        return target

    def _keep_if_same(self, relpath: str, target: str) -> Written:
        new = os.stat(target)
        old = f"{self.output}/{relpath}"
        try:
            st = os.lstat(old)
            import filecmp

            if st.st_size == new.st_size and stat.S_ISREG(st.st_mode) and filecmp.cmp(old, target, shallow=False):
                os.link(old, target + ".same")
                os.replace(target + ".same", target)  # the new file stays until the link has replaced it
                return Written(relpath, st.st_size, st.st_mtime_ns, False)
        except OSError:
            pass
        return Written(relpath, new.st_size, new.st_mtime_ns, True)

    def commit(self, paths: set[str], previous: Iterable[str] | None = None) -> int:
        """Swap the new tree in; returns how many files of the old output (listed in `previous` when
        known, else found by walking it) the new one no longer has."""
        try:
            return self._commit(paths, previous)
        except OSError as exc:
            raise _write_error(self.output, exc) from None

    def _commit(self, paths: set[str], previous: Iterable[str] | None) -> int:
        output = self.output
        removed = 0
        if previous is not None:
            removed = sum(1 for p in previous if p not in paths)
        elif output.is_dir() and not output.is_symlink():
            removed = sum(1 for p in output.rglob("*") if p.is_file() and p.relative_to(output).as_posix() not in paths
                          and p.name != MARKER)
        os.chmod(self.folder, 0o755)
        old = self.folder
        if output.is_dir() and not output.is_symlink():
            if not _exchange(self.folder, output):
                old = output.with_name(f".{output.name}.old-{os.getpid()}")
                os.rename(output, old)
                os.rename(self.folder, output)
            shutil.rmtree(old, ignore_errors=True)
        else:
            if output.exists() or output.is_symlink():
                raise SiteError.single(output, None, "the output path exists and is not a folder",
                                       "remove it, or pass another folder with --output")
            os.rename(self.folder, output)
        return removed

    def abort(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)


def output_intact(output: Path, manifest: dict[str, tuple[int, int]]) -> bool:
    """Whether output/ is as the last build left it: every file with its size and mtime, and every
    folder with its mtime (a file added to or removed from a folder changes the folder's mtime)."""
    if not manifest:
        return False
    base = f"{output}/"
    lstat, isdir, isreg = os.lstat, stat.S_ISDIR, stat.S_ISREG
    try:  # one lstat per entry and as little else as can be: 10,000 of them are most of a no-op build
        for relpath, (size, mtime_ns) in manifest.items():
            st = lstat(base + relpath)
            if st.st_mtime_ns != mtime_ns:
                return False
            if size < 0:  # a folder ('' and 'a/b/' are recorded with size -1)
                if not isdir(st.st_mode):
                    return False
            elif st.st_size != size or not isreg(st.st_mode):
                return False
    except OSError:
        return False
    return True


def folder_records(output: Path, files: Iterable[str], known: dict[str, tuple[int, int]] | None = None,
                   touched: Iterable[str] = ()) -> dict[str, tuple[int, int]]:
    """('areas/x/' -> (-1, mtime_ns)) for output/ itself ('') and every folder holding `files`. With `known`
    (the last build's records), only the folders of the `touched` files are looked at again: a file written
    or removed changes its folder's mtime, and no other folder's."""
    folders = {""}
    for parent in {relpath.rpartition("/")[0] for relpath in files} - {""}:
        while parent and parent + "/" not in folders:  # the folder and those above it, each once
            folders.add(parent + "/")
            parent = parent.rpartition("/")[0]
    again = {""}
    for relpath in touched:  # a new or removed folder changes its parent's mtime too
        parts = relpath.split("/")[:-1]
        again.update("/".join(parts[:i]) + "/" for i in range(1, len(parts) + 1))
    records = {}
    for folder in sorted(folders):
        old = known.get(folder) if known is not None and folder not in again else None
        records[folder] = old or (-1, os.lstat(f"{output}/{folder}").st_mtime_ns)
    return records


def _later_second(path: str, replaced_ns: int, made: int | None = None) -> int:
    """Give a rewritten file an mtime in a later second than the one it replaces: hosts validate by
    Last-Modified in whole seconds (nginx's ETag is mtime and size), so a live JSON rewritten in the same
    second at the same size would be answered 304 to every poll and its new result never shown."""
    made = os.stat(path).st_mtime_ns if made is None else made
    if made // 10**9 <= replaced_ns // 10**9:
        later = (replaced_ns // 10**9 + 1) * 10**9
        os.utime(path, ns=(made, later))
        return later
    return made


def patch_output(output: Path, files: list[OutputFile], removed: list[str]) -> list[Written]:
    """Write only `files` whose bytes differ and delete `removed`, in an output/ known to be intact.

    Every new file is first written into a folder beside output/ (named like a Stage, so a killed
    build's leftovers are cleaned by the next one); only when all of them are written are they
    renamed into place, each rename atomic. A failure or kill while writing leaves output/ exactly
    as it was; only the final renames of a handful of files are not one step. Used for rebuilds that
    change a few pages, where rebuilding the whole tree (thousands of links) would cost more.
    """
    output = output.absolute()
    pending: list[tuple[str, str]] = []
    results: list[Written] = []
    scratch = ""
    delay = float(os.environ.get(TEST_DELAY_ENV) or 0)
    try:
        for f in files:
            relpath = _checked_relpath(f.path)
            target = f"{output}/{relpath}"
            try:
                st = os.stat(target)
                replaced = st.st_mtime_ns
                same = st.st_size == len(f.data)  # another size: changed, without reading megabytes of data
                if same:
                    with open(target, "rb") as fh:
                        same = fh.read() == f.data
            except OSError:
                same, replaced = False, None
            if same:
                results.append(Written(relpath, st.st_size, st.st_mtime_ns, False))
                continue
            if not scratch:
                clean_stale(output)
                import tempfile

                scratch = tempfile.mkdtemp(prefix=f".{output.name}.new-{os.getpid()}-", dir=output.parent)
            temp = f"{scratch}/{len(pending)}"
            if delay:
                time.sleep(delay)
            with open(temp, "wb") as fh:
                fh.write(f.data)
            if replaced is not None:
                _later_second(temp, replaced)
            pending.append((temp, target))
            results.append(Written(relpath, len(f.data), 0, True))
    except BaseException as exc:
        if scratch:
            shutil.rmtree(scratch, ignore_errors=True)
        if isinstance(exc, OSError):  # disk full, no permission...: output/ is as it was
            raise _write_error(output, exc) from None
        raise
    for temp, target in pending:
        os.makedirs(target.rpartition("/")[0], exist_ok=True)
        os.replace(temp, target)
    if scratch:
        shutil.rmtree(scratch, ignore_errors=True)
    for i, w in enumerate(results):
        if w.changed:
            results[i] = Written(w.path, w.size, os.stat(f"{output}/{w.path}").st_mtime_ns, True)
    for relpath in removed:
        target = Path(output, _checked_relpath(relpath))
        with contextlib.suppress(FileNotFoundError):
            target.unlink()
        with contextlib.suppress(OSError):  # remove folders left empty, as a fresh build would not have them
            for parent in target.parents:
                if parent == output:
                    break
                parent.rmdir()
    return results
