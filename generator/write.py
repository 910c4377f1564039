"""Stage 4, the only code that touches output/: write a complete new tree, then swap it in atomically."""
from __future__ import annotations

import ctypes
import ctypes.util
import os
import shutil
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from .errors import SiteError
from .render import OutputFile
from .urls import safe_join

_RENAME_EXCHANGE = 2
_AT_FDCWD = -100
# Tests set this to a number of seconds to sleep after each file, so that a build can be killed mid-write.
TEST_DELAY_ENV = "ELECTION_SITE_TEST_WRITE_DELAY"


@dataclass(frozen=True)
class WriteReport:
    written: int      # files whose bytes changed or are new
    unchanged: int    # files kept as they were (same bytes, same mtime)
    removed: int      # files of the previous build that no longer exist


def _exchange(a: Path, b: Path) -> bool:
    """Atomically swap two directories (Linux renameat2 RENAME_EXCHANGE); False where unsupported."""
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
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


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
    """Why `output` must not be replaced by a build of `site_dir` (it holds the site's own files), or None."""
    site, out = site_dir.resolve(), output.resolve()
    if site.is_relative_to(out):
        return "it is the site's own folder (or holds it), and a build replaces everything in it"
    for own in ("site.yaml", "content", "templates", "static", "schema"):
        if out.is_relative_to(site / own):
            return f"it is inside the site's {own}, and a build replaces everything in it"
    if (out / "site.yaml").is_file():
        return "it holds a site.yaml, so it looks like a site, and a build replaces everything in it"
    return None


def write_site(files: list[OutputFile], output: Path) -> WriteReport:
    """Write `files` as the whole of `output`; on any failure output/ stays exactly as it was.

    The new tree is built in a sibling folder. Files whose bytes are unchanged are hard-linked
    from the old tree so they keep their mtime (uploads and caches see no change), then the two
    folders are exchanged in one step, so a crash or kill leaves either the old or the new tree.
    """
    output = output.absolute()
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        clean_stale(output)
        stage = Path(tempfile.mkdtemp(prefix=f".{output.name}.new-{os.getpid()}-", dir=output.parent))
    except OSError as exc:
        raise _write_error(output, exc) from None
    delay = float(os.environ.get(TEST_DELAY_ENV) or 0)
    written = unchanged = 0
    try:
        made_dirs: set[Path] = set()
        for f in files:
            if delay:
                time.sleep(delay)
            target = safe_join(stage, f.path)
            if target.parent not in made_dirs:
                target.parent.mkdir(parents=True, exist_ok=True)
                made_dirs.add(target.parent)
            old = output / f.path
            if old.is_file() and not old.is_symlink() and old.stat().st_size == len(f.data) \
                    and old.read_bytes() == f.data:
                try:
                    os.link(old, target)
                    unchanged += 1
                    continue
                except OSError:
                    pass
            with open(target, "wb") as fh:
                fh.write(f.data)
            written += 1
        new_paths = {f.path for f in files}
        removed = sum(1 for p in output.rglob("*") if p.is_file() and p.relative_to(output).as_posix() not in new_paths) \
            if output.is_dir() else 0
        os.chmod(stage, 0o755)
        if output.is_dir() and not output.is_symlink():
            if not _exchange(stage, output):
                old = output.with_name(f".{output.name}.old-{os.getpid()}")
                os.rename(output, old)
                os.rename(stage, output)
                stage = old
            shutil.rmtree(stage, ignore_errors=True)
        else:
            if output.exists() or output.is_symlink():
                raise SiteError.single(output, None, "the output path exists and is not a folder",
                                       "remove it, or pass another folder with --output")
            os.rename(stage, output)
        return WriteReport(written, unchanged, removed)
    except OSError as exc:  # disk full, no permission...: the old output/ is still there, untouched
        shutil.rmtree(stage, ignore_errors=True)
        raise _write_error(output, exc) from None
    except BaseException:
        shutil.rmtree(stage, ignore_errors=True)
        raise


def _write_error(output: Path, exc: OSError) -> SiteError:
    where = f" ({exc.filename})" if exc.filename else ""
    return SiteError.single(output, None, f"the site could not be written: {exc.strerror or exc}{where}",
                            "the last good output was left as it was; check the disk space and permissions")
