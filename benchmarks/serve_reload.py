"""Time from saving a file to the browser showing it, with `python -m generator serve` on the example site.

    .venv/bin/python benchmarks/serve_reload.py [EDITS]

Edits one figure in content/results.yaml of a copy of the example site EDITS times (default 10) and
times each save until headless Chromium shows the new figure, the page having reloaded by itself.
Baselines from the same run: the bare build() time of the same site, and stock livereload
(Server.watch + Server.serve) given two saves one second apart, to show the edit it drops.
"""
from __future__ import annotations

import re
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from playwright.sync_api import Page, sync_playwright  # noqa: E402

from generator.build import build  # noqa: E402
from tests.conftest import copy_example  # noqa: E402
from tests.devserver import CHROMIUM_ARGS, DevServer, edit  # noqa: E402

CELL = """v => [...document.querySelectorAll('table')].filter(t => t.innerText.includes('Estimated eligible'))
    .some(t => t.innerText.includes(v))"""


def estimate_line(value: int) -> str:
    return f"    eligible_estimate: {value}\n"


def shows(page: Page, value: int, timeout_ms: float) -> bool:
    try:
        page.wait_for_function(CELL, arg=f"{value:,}", timeout=timeout_ms, polling=5)
        return True
    except Exception:
        return False


def time_saves(page: Page, site: Path, server: DevServer, edits: int) -> tuple[list[float], list[float]]:
    """Seconds from each save to the page showing it, and to the server having rebuilt."""
    page.goto(server.url + "result/")
    assert shows(page, 343500, 5000)
    results = site / "content" / "results.yaml"
    to_page, to_build = [], []
    for i in range(1, edits + 1):
        mark = len(server.lines)
        start = time.perf_counter()
        edit(results, estimate_line(343500 + i - 1), estimate_line(343500 + i))
        assert shows(page, 343500 + i, 10_000), f"edit {i} never reached the page"
        to_page.append(time.perf_counter() - start)
        server.wait_for(r"^Built ", after=mark)
        built = next(t for line, t in zip(server.lines[mark:], server.times[mark:]) if line.startswith("Built "))
        to_build.append(built - start)
        time.sleep(0.3)  # an editor does not save faster than this
    return to_page, to_build


def bare_build_seconds(site: Path, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        build(site, site / "bench-output")
        times.append(time.perf_counter() - start)
    return times


STOCK_SERVER = textwrap.dedent("""
    import sys
    from pathlib import Path
    from livereload import Server
    from generator.build import build
    site, port = Path(sys.argv[1]), int(sys.argv[2])
    build(site, site / "output")
    server = Server()
    server.watch(str(site / "content"), lambda: build(site, site / "output"))
    server.serve(root=str(site / "output"), port=port, host="127.0.0.1")
""")


def stock_livereload_two_saves(page: Page, site: Path) -> str:
    """Stock livereload, two saves one second apart: does the second reach the page?"""
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-c", STOCK_SERVER, str(site), str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        url = f"http://127.0.0.1:{port}/"
        for _ in range(100):
            try:
                page.goto(url + "result/")
                break
            except Exception:
                time.sleep(0.1)
        time.sleep(6)  # past DEFAULT_RELOAD_TIME (3 s) after the reload it sends 2 s after start-up
        results = site / "content" / "results.yaml"
        first = time.perf_counter()
        edit(results, estimate_line(343500), estimate_line(400000))
        got_first = shows(page, 400000, 8000)
        time.sleep(max(0.0, first + 1.0 - time.perf_counter()))
        edit(results, estimate_line(400000), estimate_line(400001))
        got_second = shows(page, 400001, 8000)
        return f"first save shown: {'yes' if got_first else 'no'}; second save (1 s later) shown " \
               f"within 8 s: {'yes' if got_second else 'NO, dropped'}"
    finally:
        import os
        import signal
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait()


def main() -> None:
    edits = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        page = browser.new_page()
        site = copy_example(Path(tmp) / "site")
        builds = bare_build_seconds(site, edits)
        with DevServer(site) as server:
            saves, rebuilt = time_saves(page, site, server, edits)
            rebuilds = server.count(r"^Changed: ")
            inside = [float(m) for m in re.findall(r"^Built .* in (\d+\.\d+) s$", server.output, re.M)[1:]]
        stock = stock_livereload_two_saves(page, copy_example(Path(tmp) / "stock"))
        browser.close()
    ms = lambda xs: f"median {statistics.median(xs) * 1000:.0f} ms (min {min(xs) * 1000:.0f}, max {max(xs) * 1000:.0f})"
    print(f"save -> reloaded page, {edits} edits:  {ms(saves)}; {rebuilds} rebuilds")
    print(f"baseline, bare build() of the same site: {ms(builds)}; inside the server: {ms(inside)}")
    print(f"save -> server has rebuilt (watch, debounce, build): {ms(rebuilt)}")
    print(f"overhead of watching, debounce and reload: "
          f"{(statistics.median(saves) - statistics.median(builds)) * 1000:.0f} ms at the median")
    print(f"baseline, stock livereload Server.serve: {stock}")


if __name__ == "__main__":
    main()
