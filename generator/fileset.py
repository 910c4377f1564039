"""Writing a set of files into a site all or nothing: every file goes to a temporary name first, then
all are renamed into place; if any step fails, what was done is undone and the site is as it was."""
from __future__ import annotations

import os
import tempfile
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path

from .errors import SiteError


@dataclass
class _Undo:
    """What a commit has done so far, to put back on failure."""

    temps: list[str] = field(default_factory=list)                  # temporary files not yet renamed
    folders: list[Path] = field(default_factory=list)                # folders it created
    replaced: list[tuple[Path, bytes | None, int]] = field(default_factory=list)  # path, old bytes, old mode

    def run(self) -> None:
        for tmp in self.temps:
            with suppress(OSError):  # undoing goes on past a step that fails
                os.unlink(tmp)
        for path, old, mode in reversed(self.replaced):
            with suppress(OSError):  # undoing goes on past a step that fails
                if old is None:
                    path.unlink()
                else:
                    _write_new(path, old, mode)
        for folder in reversed(self.folders):
            with suppress(OSError):  # undoing goes on past a step that fails
                folder.rmdir()


def folder_problem(root: Path, rel: str) -> str | None:
    """Why `rel` (a file under root) cannot be written, when a folder or file stands in its way; else None."""
    path = root / rel
    if path.is_dir():
        return "this is a folder, but the import writes a file here"
    parent = path.parent
    while parent != root and not parent.exists():
        parent = parent.parent
    if parent != root and not parent.is_dir():
        return f"{parent.relative_to(root).as_posix()} is a file, but the import writes files into a folder of that name"
    return None


def commit(root: Path, files: dict[str, bytes], remove: list[str]) -> tuple[int, int]:
    """Write `files` (paths under root) whose bytes differ and delete `remove`, all or nothing.

    Returns (written, unchanged); raises SiteError, located at the file that could not be written,
    with every change undone.
    """
    changed: dict[str, tuple[bytes, bytes | None, int]] = {}
    undo, rel = _Undo(), ""
    try:
        for rel, data in files.items():
            old, mode = _current(root / rel)
            if old != data:
                changed[rel] = (data, old, mode)
        staged: list[tuple[str, str]] = []
        for rel, (data, _, _) in changed.items():
            path = root / rel
            _make_folders(path.parent, undo)
            tmp = _write_temp(path, data, 0o644, undo)
            staged.append((rel, tmp))
        gone = []
        for rel in remove:
            gone.append((rel, *_current(root / rel)))
        for rel, tmp in staged:
            _, old, mode = changed[rel]
            os.replace(tmp, root / rel)
            undo.temps.remove(tmp)
            undo.replaced.append((root / rel, old, mode))
        for rel, old, mode in gone:
            (root / rel).unlink()
            undo.replaced.append((root / rel, old, mode))
    except OSError as exc:
        undo.run()
        raise SiteError.single(rel or ".", None, f"cannot update this file ({exc.strerror or exc})",
                               "check that its folder exists and that you may write to it; nothing was "
                               "written, the site is as it was") from None
    return len(changed), len(files) - len(changed)


def _current(path: Path) -> tuple[bytes | None, int]:
    """A file's bytes and permission bits, or (None, 0o644) when there is none."""
    try:
        return path.read_bytes(), path.stat().st_mode & 0o7777
    except FileNotFoundError:
        return None, 0o644


def _make_folders(folder: Path, undo: _Undo) -> None:
    missing = []
    while not folder.exists():
        missing.append(folder)
        folder = folder.parent
    for f in reversed(missing):
        f.mkdir()
        undo.folders.append(f)


def _write_temp(path: Path, data: bytes, mode: int, undo: _Undo) -> str:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    undo.temps.append(tmp)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    os.chmod(tmp, mode)
    return tmp


def _write_new(path: Path, data: bytes, mode: int) -> None:
    """Put a file's old bytes back, atomically."""
    scratch = _Undo()
    tmp = _write_temp(path, data, mode, scratch)
    os.replace(tmp, path)
