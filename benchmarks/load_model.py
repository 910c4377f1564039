"""Time the load and model stages alone, cold and after a one-area edit, as a Builder runs them.

    .venv/bin/python benchmarks/load_model.py SITE_DIR [--runs 5] [--code OTHER_CHECKOUT]

Cold: each run in a freshly forked process (modules imported, nothing parsed yet), with the garbage
collector paused as Builder pauses it. Edit: one Builder-like process keeps the parsed documents and
the model memo, then one vote is added to the first area (put back at the end) and load + make_site
run again. Compare the totals across versions: area files used to be parsed by load and are now
parsed by the model, so the split between the two moved.
`--code` runs the same measurement with another checkout's generator (a baseline, such as main)
in the same run, and prints both.
"""
from __future__ import annotations

import argparse
import gc
import json
import os
import pickle
import re
import statistics
import subprocess
import sys
import time
import traceback
from pathlib import Path


def _cold_once(site: Path) -> tuple[float, float, float, float]:
    from generator.load import load
    from generator.model import make_site

    gc.disable()
    cpu, start = time.process_time(), time.perf_counter()
    sources = load(site)
    loaded = time.perf_counter()
    make_site(sources)
    done = time.perf_counter()
    return loaded - start, done - loaded, done - start, time.process_time() - cpu


def _in_child(work, *args):
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read_end)
        try:
            result = (True, work(*args))
        except BaseException:
            result = (False, traceback.format_exc())
        with os.fdopen(write_end, "wb") as fh:
            fh.write(pickle.dumps(result))
        os._exit(0)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as fh:
        data = fh.read()
    os.waitpid(pid, 0)
    ok, result = pickle.loads(data)
    if not ok:
        raise RuntimeError(result)
    return result


def _edit_runs(site: Path, runs: int) -> list[tuple[float, float, float]]:
    from generator.load import load
    from generator.model import make_site

    memo: dict = {}
    gc.disable()
    sources = load(site, None, memo)
    make_site(sources)
    docs = dict(sources.data)
    docs[sources.site.path] = sources.site
    docs.update((d.path, d) for d in (*sources.pages, *sources.updates))
    del sources
    first = sorted(p for p in docs if p.startswith("content/areas/"))[0]
    file = site / first
    original = file.read_text("utf-8")
    found = []
    try:
        for i in range(runs):
            text = re.sub(r"votes: (\d+)", lambda m: f"votes: {int(m[1]) + i + 1}", original, count=1)
            file.write_text(text, "utf-8")
            cpu, start = time.process_time(), time.perf_counter()
            sources = load(site, {p: d for p, d in docs.items() if p != first}, memo)
            loaded = time.perf_counter()
            make_site(sources)
            done = time.perf_counter()
            found.append((loaded - start, done - loaded, done - start, time.process_time() - cpu))
            docs[first] = sources.data[first]
    finally:
        file.write_text(original, "utf-8")
    return found


def measure(site: Path, runs: int) -> dict:
    cold = [_in_child(_cold_once, site) for _ in range(runs)]
    edit = _in_child(_edit_runs, site, runs + 1)[1:]  # the first edit also warms the memo's paths
    med = lambda rows, k: statistics.median(r[k] for r in rows)  # noqa: E731
    return {"cold load": med(cold, 0), "cold model": med(cold, 1), "cold total": med(cold, 2),
            "cold total CPU": med(cold, 3), "edit load": med(edit, 0), "edit model": med(edit, 1),
            "edit total": med(edit, 2), "edit total CPU": med(edit, 3)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("site", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--code", type=Path, help="another checkout to measure as the baseline, in the same run")
    parser.add_argument("--json", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.json:
        print(json.dumps(measure(args.site.resolve(), args.runs)))
        return
    rows = {}
    for name, code in ([("baseline", args.code)] if args.code else []) + [("this", Path(__file__).parent.parent)]:
        env = dict(os.environ, PYTHONPATH=str(code.resolve()), SOURCE_DATE_EPOCH="1700000000")
        out = subprocess.run([sys.executable, "-c", "import sys; sys.argv = sys.argv[1:]; "
                              "import runpy; runpy.run_path(sys.argv[0], run_name='__main__')",
                              str(Path(__file__).resolve()), str(args.site.resolve()), "--runs", str(args.runs), "--json"],
                             env=env, cwd=code, capture_output=True, text=True, check=True)
        rows[name] = json.loads(out.stdout)
    keys = list(next(iter(rows.values())))
    print("| stage | " + " | ".join(f"{n} ms" for n in rows) + (" | ratio |" if len(rows) > 1 else " |"))
    print("|---" * (len(rows) + 1 + (len(rows) > 1)) + "|")
    for k in keys:
        cells = [f"{rows[n][k] * 1000:.1f}" for n in rows]
        ratio = f" | {rows['this'][k] / rows['baseline'][k]:.2f}" if len(rows) > 1 else ""
        print(f"| {k} | " + " | ".join(cells) + ratio + " |")


if __name__ == "__main__":
    main()
