"""Run `python -m generator serve` in its own process, for the browser tests and the reload benchmark."""
from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]


def edit(file: Path, old: str, new: str) -> None:
    """Replace one exact piece of text in a file, as an editor's save would."""
    text = file.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} should occur once in {file}"
    file.write_text(text.replace(old, new), encoding="utf-8")


class DevServer:
    """The server in its own process group; always stopped on exit, whatever happened."""

    def __init__(self, site: Path, *args: str, env: dict[str, str] | None = None) -> None:
        self.site = site
        self.args = args or ("--port", "0")
        self.env = env or {}
        self.lines: list[str] = []
        self.times: list[float] = []  # time.perf_counter() when each line arrived
        self._changed = threading.Condition()

    def __enter__(self) -> "DevServer":
        # The generator of this checkout, not whichever one the venv has installed in editable mode.
        path = os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))
        env = dict(os.environ, PYTHONUNBUFFERED="1", PYTHONPATH=path, **self.env)
        self.proc = subprocess.Popen([sys.executable, "-m", "generator", "serve", "--site", str(self.site), *self.args],
                                     cwd=self.site, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                                     env=env, start_new_session=True)
        threading.Thread(target=self._read, daemon=True).start()
        try:
            self.url = self.wait_for(r"Serving .* on (http://\S+)").group(1)
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def stop(self) -> None:
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            with self._changed:
                self.lines.append(line.rstrip("\n"))
                self.times.append(time.perf_counter())
                self._changed.notify_all()

    def wait_for(self, pattern: str, after: int = 0, timeout: float = 15) -> re.Match:
        """The first output line from index `after` on that matches `pattern`."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while True:
                for line in self.lines[after:]:
                    if m := re.search(pattern, line):
                        return m
                left = deadline - time.monotonic()
                if left <= 0 or self.proc.poll() is not None:
                    raise AssertionError(f"no line matching {pattern!r}; the server printed:\n" + "\n".join(self.lines))
                self._changed.wait(min(left, 0.2))

    def count(self, pattern: str, after: int = 0) -> int:
        with self._changed:
            return sum(1 for line in self.lines[after:] if re.search(pattern, line))

    @property
    def output(self) -> str:
        with self._changed:
            return "\n".join(self.lines)
