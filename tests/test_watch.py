"""The watcher: bursts of saves become one change, and no edit is ever missed."""
from __future__ import annotations

import os
import threading
import time
from pathlib import Path

from generator.render import THEME
from generator.watch import Watcher, watched_paths


def wait(watcher: Watcher, seconds: float = 3.0) -> list[str]:
    """wait_for_change, giving up (returning []) after `seconds`."""
    stop = threading.Event()
    timer = threading.Timer(seconds, stop.set)
    timer.start()
    try:
        return watcher.wait_for_change(stop)
    finally:
        timer.cancel()


def make_files(root: Path, count: int) -> list[Path]:
    files = [root / "content" / f"file{i}.yaml" for i in range(count)]
    files[0].parent.mkdir(parents=True)
    for f in files:
        f.write_text("a: 1\n")
    return files


def test_watches_what_a_build_reads(tmp_path: Path) -> None:
    paths = watched_paths(tmp_path)
    for expected in ("site.yaml", "content", "templates", "static"):
        assert tmp_path / expected in paths
    assert THEME / "templates" in paths and THEME / "static" in paths


def test_ten_saves_in_a_burst_are_one_change(tmp_path: Path) -> None:
    files = make_files(tmp_path, 10)
    watcher = Watcher([tmp_path / "content"])

    def save_all() -> None:
        for f in files:
            f.write_text("a: 2\n")
            time.sleep(0.02)

    threading.Thread(target=save_all).start()
    assert wait(watcher) == sorted(str(f) for f in files)
    assert wait(watcher, 0.5) == []


def test_same_size_save_within_one_clock_tick_is_seen(tmp_path: Path) -> None:
    [file] = make_files(tmp_path, 1)
    before = file.stat()
    watcher = Watcher([tmp_path / "content"])
    file.write_text("a: 2\n")  # same size; and the same mtime, as on a coarse file system clock
    os.utime(file, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert wait(watcher) == [str(file)]


def test_edit_saved_during_a_rebuild_is_the_next_change(tmp_path: Path) -> None:
    files = make_files(tmp_path, 2)
    watcher = Watcher([tmp_path / "content"])
    files[0].write_text("a: 2\n")
    assert wait(watcher) == [str(files[0])]
    files[1].write_text("a: 3\n")  # while the caller is rebuilding
    assert wait(watcher) == [str(files[1])]


def test_added_and_removed_files_are_changes(tmp_path: Path) -> None:
    files = make_files(tmp_path, 1)
    watcher = Watcher([tmp_path / "content"])
    new = tmp_path / "content" / "new.yaml"
    new.write_text("b: 1\n")
    files[0].unlink()
    assert wait(watcher) == sorted([str(files[0]), str(new)])


def test_editor_swap_and_backup_files_are_ignored(tmp_path: Path) -> None:
    make_files(tmp_path, 1)
    watcher = Watcher([tmp_path / "content"])
    for name in (".file0.yaml.swp", "file0.yaml~", "#file0.yaml#", ".#file0.yaml"):
        (tmp_path / "content" / name).write_text("x")
    assert wait(watcher, 0.6) == []
