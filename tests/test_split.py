"""generator/split.py: work shared with forked workers, from a queue or dealt out in turn."""
from __future__ import annotations

import os
import time

import pytest

from generator import split
from generator.split import run_queue, run_split


def doubled(part: list[int]) -> tuple[list, list]:
    time.sleep(0.01)  # long enough for every process to take some chunks
    return [(n, n * 2, os.getpid()) for n in part], [n for n in part if n % 97 == 0]


@pytest.mark.parametrize("jobs", [1, 2, 3])
def test_every_item_is_done_once_and_first_comes_first(jobs):
    items = list(range(1000))
    results, problems = run_queue(doubled, items, jobs, lambda: ["first"])
    assert results[0] == "first"
    done = results[1:]
    assert sorted(n for n, _, _ in done) == items
    assert all(d == 2 * n for n, d, _ in done)
    assert sorted(problems) == [n for n in items if n % 97 == 0]
    if jobs > 1:  # the workers took chunks too
        assert len({pid for _, _, pid in done}) > 1


def test_the_queue_is_shared_by_speed_not_dealt_out():
    """While this process does first(), the workers take every chunk it does not reach."""
    def slow_first():
        time.sleep(1.0)
        return []

    results, _ = run_queue(doubled, list(range(200)), 2, slow_first)
    mine = sum(1 for _, _, pid in results if pid == os.getpid())
    assert mine < 100  # a split in turn would give this process half


def test_a_failing_first_stops_the_workers_and_raises(monkeypatch):
    monkeypatch.setattr(split, "CHUNK", 1)

    def slow(part):
        time.sleep(0.05)
        return part, []

    def broken():
        raise ValueError("no share images")

    with pytest.raises(ValueError, match="no share images"):
        run_queue(slow, list(range(400)), 2, broken)
    with pytest.raises(ChildProcessError):  # no worker is left behind
        os.waitpid(-1, os.WNOHANG)


def test_a_failing_worker_is_reported():
    def fails_in_a_worker(part):
        time.sleep(0.01)
        if os.getpid() != parent:
            raise RuntimeError("boom")
        return part, []

    parent = os.getpid()
    with pytest.raises(RuntimeError, match="boom"):
        run_queue(fails_in_a_worker, list(range(200)), 2, lambda: [])
    with pytest.raises(RuntimeError, match="boom"):
        run_split(fails_in_a_worker, list(range(200)), 2)


def test_stream_beside_gives_every_value_once():
    from generator.split import stream_beside

    items = list(range(1001))
    got = list(stream_beside(lambda part: [("here", i) for i in part], lambda part: (("there", i) for i in part),
                             items, 2))
    assert sorted(i for _, i in got) == items
    assert {i for where, i in got if where == "there"} == set(items[1::2])


def test_stream_beside_raises_a_worker_failure():
    from generator.split import stream_beside

    def theirs(part):
        yield 1
        raise ValueError("boom in the worker")

    with pytest.raises(RuntimeError, match="boom in the worker"):
        list(stream_beside(lambda part: list(part), theirs, list(range(10)), 2))


def test_stream_beside_does_not_hang_when_this_process_fails():
    """A worker with megabytes still to send is not waited for forever when this side stops early."""
    from generator.split import stream_beside

    def mine(part):
        raise KeyError("here")

    with pytest.raises(KeyError):
        list(stream_beside(mine, lambda part: (b"x" * 100_000 for _ in range(200)), list(range(10)), 2))


@pytest.mark.parametrize("jobs", [1, 2])
def test_beside_runs_the_job_in_a_worker_while_this_process_goes_on(jobs, tmp_path):
    started = tmp_path / "started"

    def job():
        started.write_text(str(os.getpid()))
        return {"pid": os.getpid(), "sum": sum(range(10))}

    result = split.beside(job, jobs)
    value = result()
    assert value["sum"] == 45
    assert (value["pid"] != os.getpid()) == (jobs > 1)  # a forked worker did it


def test_beside_does_the_job_here_when_the_worker_fails():
    calls = []

    def job():
        calls.append(os.getpid())  # in the worker this list is its own copy
        if len(calls) == 1 and os.getpid() != parent:
            os._exit(3)  # the worker dies without a value
        return "done"

    parent = os.getpid()
    assert split.beside(job, 2)() == "done"
    assert calls == [parent]  # run again here
