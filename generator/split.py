"""Work shared between this process and forked workers, on every core.

Workers are forked, so they share the parsed model without pickling it, and send back only their
small results (pickle, between this process and the children it forked: never stored). run_split
deals the items out in turn; run_queue lets each process take the next chunk as it comes free, so
that this process can first do other work (a build's data downloads and share images) while the
workers render pages.
"""
from __future__ import annotations

import contextlib
import marshal
import os
import signal
from typing import Any, Callable, Iterable, Iterator

CHUNK = 24  # items a process takes from run_queue's queue at a time
_INDEX = 4  # bytes per chunk number in the queue's pipe
_FRAME = 4  # bytes of a frame's length (stream_beside)


def draw_split(draw: Callable[[tuple], bytes], keys: list[tuple], jobs: int) -> list[bytes]:
    """[draw(key) for key in keys] on `jobs` cores (a share image takes 25 ms of Pillow's drawing and PNG
    encoding: 13 of them were a serial half second of a cold build)."""
    numbered = run_split(lambda part: ([(i, draw(k)) for i, k in part], []), list(enumerate(keys)), jobs)[0]
    return [image for _, image in sorted(numbered, key=lambda pair: pair[0])]


def beside(job: Callable[[], Any], jobs: int) -> Callable[[], Any]:
    """job() in a forked worker while this process goes on (with jobs > 1); the function returned gives
    its value, waiting for it if need be, and must be called once. The value must be plain data
    (marshal). A worker that fails or dies leaves job() to be run here instead."""
    if jobs <= 1 or not hasattr(os, "fork"):
        value = job()
        return lambda: value
    pid, read_end = _worker(lambda fh: fh.write(marshal.dumps(job())))

    def result() -> Any:
        with os.fdopen(read_end, "rb") as fh:
            data = fh.read()
        os.waitpid(pid, 0)
        try:
            return marshal.loads(data)
        except (EOFError, ValueError, TypeError):  # nothing came: the worker failed
            return job()

    return result


def run_split(work: Callable[[list], tuple[list, list]], items: list, jobs: int) -> tuple[list, list]:
    """work(items) split over `jobs` processes (this one and jobs-1 forked workers), results joined.

    Each process gets every jobs-th item (pages of one kind are together in the list, so this
    balances big and small pages).
    """
    if jobs <= 1 or not hasattr(os, "fork") or len(items) < 2:
        return work(items)
    children = [_fork(lambda k=k: work(items[k::jobs])) for k in range(1, jobs)]
    results, problems = work(items[0::jobs])
    return _join(children, results, problems)


def stream_beside(mine: Callable[[list], Iterable[Any]], theirs: Callable[[list], Iterator[Any]], items: list,
                  jobs: int) -> Iterator[Any]:
    """What mine(items[0::jobs]) yields here and what theirs(items[k::jobs]) yields in each forked worker
    k, in no fixed order: after each of its own values this process takes whatever the workers have
    sent so far, without waiting, so that neither side waits for the other.

    The workers' values must be plain data (marshal), each sent as one frame (its length, then its
    bytes) and taken as it comes, so that they are never all in memory at once (10 MB of areas at
    20,000). Before, this process read nothing until its own share was done, and a worker stopped once
    the pipe's 64 KB were full: the two halves ran one after the other."""
    if jobs <= 1 or not hasattr(os, "fork") or len(items) < 2:
        yield from mine(items)
        return

    def streamer(part: list) -> Callable[[Any], None]:
        def send(fh: Any) -> None:  # each value, then a failure's traceback if there is one
            try:
                for value in theirs(part):
                    _send_frame(fh, (True, value))
            except BaseException:
                _send_frame(fh, (False, _failure()))
        return send

    children = [_worker(streamer(items[k::jobs])) for k in range(1, jobs)]
    readers = [_Frames(fd) for _, fd in children]
    try:
        for value in mine(items[0::jobs]):
            yield value
            for reader in readers:
                yield from reader.take(wait=False)
        for reader in readers:  # then the rest, a pipe's worth at a time
            while not reader.ended:
                yield from reader.take(wait=True)
    finally:
        for (pid, fd), reader in zip(children, readers):  # closed first: a worker still writing leaves
            os.close(fd)
            with contextlib.suppress(ChildProcessError):
                os.waitpid(pid, 0)


def _send_frame(fh: Any, value: Any) -> None:
    data = marshal.dumps(value)
    fh.write(len(data).to_bytes(_FRAME, "little") + data)


class _Frames:
    """The frames a worker sends through a pipe, read as they come."""

    def __init__(self, fd: int) -> None:
        self.fd = fd
        self.buffer = bytearray()
        self.ended = False
        os.set_blocking(fd, False)

    def take(self, wait: bool) -> list:
        """The values of the frames that have come in whole, after one read of what the pipe holds
        (waiting for the worker to send more, or to end, with `wait`)."""
        if not self.ended:
            os.set_blocking(self.fd, wait)
            try:
                data = os.read(self.fd, 1 << 20)
                self.ended = not data
                self.buffer += data
            except BlockingIOError:
                pass
        values, buffer, at = [], self.buffer, 0
        while len(buffer) - at >= _FRAME:
            size = int.from_bytes(buffer[at:at + _FRAME], "little")
            if len(buffer) - at - _FRAME < size:
                break
            ok, value = marshal.loads(buffer[at + _FRAME:at + _FRAME + size])
            if not ok:
                raise RuntimeError(f"a worker process failed:\n{value}")
            values.append(value)
            at += _FRAME + size
        del buffer[:at]
        if self.ended and buffer:
            raise RuntimeError("a worker process stopped in the middle of sending")
        return values


def run_queue(work: Callable[[list], tuple[list, list]], items: list, jobs: int,
              first: Callable[[], list] | None = None) -> tuple[list, list]:
    """work() over `items` in chunks that `jobs` processes take from one queue, results joined.

    This process runs first() (its result comes first in the joined results) before it takes chunks
    too, while the forked workers start on the queue at once. The queue is a pipe filled with chunk
    numbers before the fork: a read of one number from a pipe is atomic, so each chunk goes to one
    process. If first() fails, the workers are stopped and its error raised.
    """
    chunks = [items[i:i + CHUNK] for i in range(0, len(items), CHUNK)]
    if jobs <= 1 or not hasattr(os, "fork") or len(chunks) < 2 or len(chunks) * _INDEX > 65536:
        head = first() if first is not None else []
        results, problems = work(items)
        return head + results, problems
    read_end, write_end = os.pipe()
    os.write(write_end, b"".join(i.to_bytes(_INDEX, "little") for i in range(len(chunks))))
    os.close(write_end)  # once it is empty, every reader sees the end of the queue

    def take() -> tuple[list, list]:
        results: list = []
        problems: list = []
        while True:
            number = os.read(read_end, _INDEX)
            if len(number) < _INDEX:
                return results, problems
            done, found = work(chunks[int.from_bytes(number, "little")])
            results += done
            problems += found

    children = [_fork(take) for _ in range(1, jobs)]
    try:
        head = first() if first is not None else []
        results, problems = take()
    except BaseException:
        for pid, fd in children:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            os.close(fd)
        raise
    finally:
        os.close(read_end)
    return _join(children, head + results, problems)


def _fork(job: Callable[[], tuple[list, list]]) -> tuple[int, int]:
    """A worker doing job() and sending its result back: (pid, the pipe to read it from)."""
    import pickle  # only for results sent back by the workers this module forks (imported before the fork)

    def send(fh: Any) -> None:
        try:
            payload = pickle.dumps((True, job()))
        except BaseException:
            payload = pickle.dumps((False, _failure()))
        fh.write(payload)

    return _worker(send)


def _worker(send: Callable[[Any], None]) -> tuple[int, int]:
    """A forked process running send(the write end of a pipe, as a file): (pid, the read end). The
    worker always leaves by os._exit, whatever send raises (a broken pipe too), so that it never runs
    on into its parent's code or cleanup."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:
        try:
            os.close(read_end)
            with os.fdopen(write_end, "wb") as fh:
                send(fh)
        finally:
            os._exit(0)
    os.close(write_end)
    return pid, read_end


def _failure() -> str:
    import traceback

    return traceback.format_exc()


def _join(children: list[tuple[int, int]], results: list, problems: list) -> tuple[list, list]:
    """The workers' results after this process's own; a worker's failure raised here."""
    import pickle

    failure = None
    for pid, read_end in children:
        with os.fdopen(read_end, "rb") as fh:
            data = fh.read()
        os.waitpid(pid, 0)
        ok, value = pickle.loads(data) if data else (False, "the worker process died")
        if not ok:
            failure = value
            continue
        results += value[0]
        problems += value[1]
    if failure:
        raise RuntimeError(f"a worker process failed:\n{failure}")
    return results, problems
