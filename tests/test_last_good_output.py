"""The last good output survives: failed, killed (SIGKILL) and interrupted (Ctrl-C) builds leave output/
byte-identical; a good build replaces it whole and clears what a killed build left behind."""
from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from generator.write import TEST_DELAY_ENV
from tests.sitecopy import REPO, replace_in, run_cli
from tests.sitecopy import tree_hash

EPOCH = "1474718400"


def start_build(site: Path, delay: float, output: Path | None = None) -> subprocess.Popen:
    env = dict(os.environ, SOURCE_DATE_EPOCH=EPOCH, **{TEST_DELAY_ENV: str(delay)})
    args = [sys.executable, "-m", "generator", "build", "--site", str(site)]
    if output:
        args += ["--output", str(output)]
    # SIGINT back to its default in the child: a test run started in the background by a shell without
    # job control (nohup ... &, as some CI runners do) hands its children SIGINT ignored, and Python
    # then never turns Ctrl-C into KeyboardInterrupt.
    return subprocess.Popen(args, cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))


def stages(site: Path) -> list[Path]:
    return sorted(site.glob(".output.*"))


def wait_for_half_written_stage(site: Path, proc: subprocess.Popen, files: int) -> None:
    """Wait until the build has written `files` files into its new folder (and not yet swapped it in)."""
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        for stage in stages(site):
            if sum(1 for p in stage.rglob("*") if p.is_file()) >= files:
                return
        assert proc.poll() is None, proc.communicate()
        time.sleep(0.005)
    raise AssertionError("the build never started writing")


@pytest.fixture
def built(site: Path) -> tuple[Path, str, str]:
    """The example built once, then changed: (site, hash of the old output, hash the new build gives)."""
    assert run_cli("build", "--site", str(site)).exit_code == 0
    old = tree_hash(site / "output")
    replace_in(site, "content/candidates.yaml", "name: Owen Smith", "name: Owen Smith MP")
    reference = site.parent / "reference-output"
    proc = start_build(site, 0, reference)
    assert proc.wait() == 0, proc.communicate()
    return site, old, tree_hash(reference)


@pytest.mark.parametrize("files_written", [1, 10, 25])
def test_sigkill_while_writing_leaves_output_identical(built, files_written: int) -> None:
    site, old, new = built
    proc = start_build(site, 0.05)
    wait_for_half_written_stage(site, proc, files_written)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert tree_hash(site / "output") == old
    assert stages(site), "a killed build cannot clean up, so its folder is expected to be there"
    # The next build clears it and publishes the new site.
    result = run_cli("build", "--site", str(site))
    assert result.exit_code == 0, result.output
    assert stages(site) == []
    assert tree_hash(site / "output") == new


def test_sigkill_at_random_moments_leaves_old_or_new_never_a_mix(built) -> None:
    site, old, new = built
    rng = random.Random(20160924)
    seen = set()
    for _ in range(6):
        proc = start_build(site, 0.01)
        time.sleep(rng.uniform(0.1, 1.2))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        now = tree_hash(site / "output")
        assert now in (old, new)
        seen.add("old" if now == old else "new")
        if now == new:  # start again from the old site, so that every kill has something to break
            replace_in(site, "content/candidates.yaml", "name: Owen Smith MP", "name: Owen Smith")
            assert run_cli("build", "--site", str(site)).exit_code == 0
            assert tree_hash(site / "output") == old
            replace_in(site, "content/candidates.yaml", "name: Owen Smith", "name: Owen Smith MP")
    assert "old" in seen


def test_ctrl_c_while_writing_leaves_output_identical_and_cleans_up(built) -> None:
    site, old, _ = built
    proc = start_build(site, 0.05)
    wait_for_half_written_stage(site, proc, 5)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == 130
    assert err == "Interrupted: output/ was left as it was.\n"
    assert "Traceback" not in out + err
    assert tree_hash(site / "output") == old
    assert stages(site) == []


def test_a_stale_folder_of_a_running_build_is_left_alone(site: Path) -> None:
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        mine = site / f".output.new-{sleeper.pid}-abc"
        dead = site / ".output.new-999999999-abc"
        mine.mkdir()
        dead.mkdir()
        assert run_cli("build", "--site", str(site)).exit_code == 0
        assert mine.is_dir() and not dead.exists()
    finally:
        sleeper.kill()
        sleeper.wait()


def test_a_good_build_removes_pages_that_no_longer_exist_and_hand_made_files(site: Path) -> None:
    assert run_cli("build", "--site", str(site)).exit_code == 0
    assert (site / "output/updates/2016-08-22-ballot-opens/index.html").is_file()
    (site / "output/notes.txt").write_text("put here by hand")
    (site / "content/updates/2016-08-22-ballot-opens.md").unlink()
    result = run_cli("build", "--site", str(site))
    assert result.exit_code == 0
    assert "2 removed" in result.output
    assert not (site / "output/updates/2016-08-22-ballot-opens").exists()
    assert not (site / "output/notes.txt").exists()


@pytest.mark.parametrize("output", [".", "..", "content", "content/pages", "templates"])
def test_build_refuses_to_write_over_the_site_itself(site: Path, output: str) -> None:
    before = tree_hash(site)
    result = run_cli("build", "--site", str(site), "--output", str(site / output))
    assert result.exit_code == 1
    assert result.output.startswith(f"Error: {site / output}: will not write the site into {site / output}: ")
    assert "hint: pass an empty or generated folder with --output" in result.output
    assert tree_hash(site) == before


def test_an_unwritable_output_is_an_error_not_a_traceback(site: Path) -> None:
    (site / "blocker").write_text("a file where a folder should be")
    result = run_cli("build", "--site", str(site), "--output", str(site / "blocker" / "output"))
    assert result.exit_code == 1
    assert result.output == (f"Error: {site / 'blocker' / 'output'}: the site could not be written: File exists "
                             f"({site / 'blocker'})\n  hint: the last good output was left as it was; "
                             "check the disk space and permissions\n")


def test_a_disk_full_halfway_leaves_output_identical(site: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The disk filling up is simulated by failing the 10th file the way a full disk does (ENOSPC)."""
    import errno
    import generator.write as write
    assert run_cli("build", "--site", str(site)).exit_code == 0
    before = tree_hash(site / "output")
    replace_in(site, "content/candidates.yaml", "name: Owen Smith", "name: Owen Smith MP")
    real_check, calls = write._checked_relpath, []

    def failing_check(rel: str) -> str:  # called once for every file the build writes
        calls.append(rel)
        if len(calls) == 10:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(site / "output" / rel))
        return real_check(rel)
    monkeypatch.setattr(write, "_checked_relpath", failing_check)
    result = run_cli("build", "--site", str(site))
    assert result.exit_code == 1
    assert ": the site could not be written: No space left on device (" in result.output
    assert tree_hash(site / "output") == before
    assert stages(site) == []


def test_an_output_path_that_is_a_file_is_an_error(site: Path) -> None:
    (site / "output").write_text("not a folder")
    result = run_cli("build", "--site", str(site))
    assert result.exit_code == 1
    assert result.output == (f"Error: {(site / 'output').absolute()}: the output path exists and is not a folder\n"
                             "  hint: remove it, or pass another folder with --output\n")
    assert stages(site) == []


def test_sigkill_during_a_small_edit_rebuild_leaves_output_identical(tmp_path: Path) -> None:
    """The incremental path (one area changed) writes its files beside output/ before renaming them in."""
    site = tmp_path / "ge"
    assert run_cli("new", str(site), "--kind", "general-election").exit_code == 0
    assert start_build(site, 0).wait() == 0
    area = site / "content" / "areas" / "north-town.yaml"
    area.write_text(area.read_text().replace("votes: 21000", "votes: 21001"))
    reference = tmp_path / "reference-output"
    assert start_build(site, 0, reference).wait() == 0
    old = tree_hash(site / "output")
    proc = start_build(site, 0.5)
    wait_for_half_written_stage(site, proc, 1)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert tree_hash(site / "output") == old
    again = start_build(site, 0)
    assert again.wait() == 0, again.communicate()
    assert stages(site) == []
    assert tree_hash(site / "output") == tree_hash(reference)
