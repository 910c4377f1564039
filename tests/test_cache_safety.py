"""The build cache in SITE/.cache is plain data: a planted, damaged or wrong-shaped file is ignored, never run."""
from __future__ import annotations

import marshal
import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import EPOCH, REPO, copy_example

STATE = Path(".cache/build-state.marshal")
OLD_STATE = Path(".cache/build-state.pickle")


def _build(site: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, SOURCE_DATE_EPOCH=EPOCH)
    return subprocess.run([sys.executable, "-m", "generator", "build", "--site", str(site)], cwd=REPO, env=env,
                          capture_output=True, text=True)


def _tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


class _Planted:
    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self):
        return (os.system, (f"touch {self.marker}",))


@pytest.fixture(scope="module")
def cold(tmp_path_factory) -> dict[str, bytes]:
    site = copy_example(tmp_path_factory.mktemp("cold"))
    assert _build(site).returncode == 0
    return _tree(site / "output")


@pytest.mark.parametrize("name", [STATE, OLD_STATE])
def test_a_planted_pickle_is_never_run(tmp_path, cold, name):
    site = copy_example(tmp_path / "site")
    marker = tmp_path / "ran"
    (site / name).parent.mkdir(parents=True)
    (site / name).write_bytes(pickle.dumps(_Planted(marker)))
    proc = _build(site)
    assert proc.returncode == 0, proc.stderr
    assert not marker.exists()
    assert _tree(site / "output") == cold
    assert not (site / OLD_STATE).exists()  # the old version's file is removed once the new one is written


@pytest.mark.parametrize("damage", ["garbage", "truncated", "wrong shape", "wrong entry"])
def test_a_damaged_state_means_a_cold_build(tmp_path, cold, damage):
    site = copy_example(tmp_path / "site")
    assert _build(site).returncode == 0
    state = site / STATE
    data = state.read_bytes()
    value = marshal.loads(data)
    state.write_bytes({
        "garbage": b"\x00\xffnot a state at all",
        "truncated": data[: len(data) // 2],
        "wrong shape": marshal.dumps({"version": value[0]}),
        "wrong entry": marshal.dumps(value[:5] + ({"index.html": "big"},) + value[6:]),
    }[damage])
    (site / "output" / "index.html").write_text("left by hand")  # only a build that ignores the state fixes it
    proc = _build(site)
    assert proc.returncode == 0, proc.stderr
    assert _tree(site / "output") == cold
    assert marshal.loads(state.read_bytes())[0] == value[0]
