"""Time the publishing stage (data downloads, sitemap, share images) of the dev server's rebuild.

    python benchmarks/profile_publishing.py SITE [--edits 5]

Copies SITE (a site made by benchmarks/run.py, such as /tmp/election-bench-ours/site-5000) to a
temporary folder, builds it with one Builder as the dev server keeps it, then edits one area as
run.py does and builds again, --edits times. Prints each stage's wall time per build (no profiler),
then a cProfile of one more edit rebuild. Not a test: figures depend on the machine and its load.
"""
from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE)]
os.environ["SOURCE_DATE_EPOCH"] = "1700000000"

from generator import builder as builder_module  # noqa: E402
from generator import pipeline  # noqa: E402
from generator.builder import Builder  # noqa: E402
from generator.render import publish  # noqa: E402
from run import edit_one_area  # noqa: E402

TIMED = ((pipeline, "site_plan"), (builder_module, "extra_files"), (publish, "downloads"),
         (publish, "to_csv"), (publish, "to_json"), (publish, "sitemap"), (publish, "draw_card"))  # older: to_*
PROFILED = {"extra_files", "publishing_files", "downloads", "to_csv", "to_json", "pieces", "sitemap", "draw_card", "atom_feed",
            "general_datasets", "site_plan", "build"}


def time_calls(times: dict[str, list[float]]) -> None:
    """Wrap each TIMED function so that every call's wall time is added to times[name]."""
    for module, name in TIMED:
        original = getattr(module, name, None)
        if original is None:
            continue

        def timed(*args, _original=original, _name=name, **kwargs):
            start = time.perf_counter()
            try:
                return _original(*args, **kwargs)
            finally:
                times.setdefault(_name, []).append(time.perf_counter() - start)
        setattr(module, name, timed)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", type=Path)
    parser.add_argument("--edits", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        site = Path(work) / "site"
        shutil.copytree(args.site, site, ignore=shutil.ignore_patterns("output", ".cache"))
        times: dict[str, list[float]] = {}
        time_calls(times)
        b = Builder(site, site / "output")
        start = time.perf_counter()
        b.build()
        print(f"cold build {time.perf_counter() - start:.2f} s")
        cold = {name: sum(values) for name, values in times.items()}
        walls, per_edit = [], []
        for _ in range(args.edits):
            times.clear()
            edit_one_area(site, 1)
            start = time.perf_counter()
            report = b.build()
            walls.append(time.perf_counter() - start)
            per_edit.append({name: sum(values) for name, values in times.items()})
        print(f"{args.edits} edit rebuilds: " + " ".join(f"{w:.3f}" for w in walls) + f" s ({report.summary()})")
        print(f"{'stage (s)':<12} {'cold':>8} {'edit, median':>13}")
        for name in cold:
            print(f"{name:<12} {cold[name]:>8.4f} {statistics.median(e.get(name, 0) for e in per_edit):>13.4f}")
        edit_one_area(site, 1)
        profile = cProfile.Profile()
        profile.enable()
        b.build()
        profile.disable()
        print("cProfile of one more edit rebuild (cumulative s):")
        stats = pstats.Stats(profile).stats  # type: ignore[attr-defined]
        for (file, line, name), (_, _, _, cumulative, _) in sorted(stats.items(), key=lambda kv: -kv[1][3]):
            if name in PROFILED and "/generator/" in file:
                print(f"  {cumulative:8.4f}  {name}  ({file.split('/generator/')[-1]}:{line})")


if __name__ == "__main__":
    main()
