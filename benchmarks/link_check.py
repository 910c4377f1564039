"""Time the build's link check alone: over every page of a cold build, and over the pages one edit re-renders.

    python benchmarks/link_check.py SITE [--runs 5] [--profile] [--baseline OLD_LINKS_PY]

SITE is a general-election site (such as /tmp/election-bench-ours/site-5000); it is copied to a
temporary folder first and never changed. With a Builder kept in one process (as the dev server keeps
it, one process, no workers), the script builds the copy cold, adds votes to one area as run.py's
edit_one_area does and builds again, recording the arguments of each link check the builds make. It
then runs each recorded check again `--runs` times and prints the best time; --profile also prints
the check's ten most expensive functions. --baseline names another version of generator/links.py
(`git show main:generator/links.py > /tmp/links_main.py`): its check_links runs on the same pages,
each of its runs right after one of ours, and the ratio and whether both reported the same are printed.
"""
from __future__ import annotations

import argparse
import cProfile
import importlib.util
import os
import pstats
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable

sys.path.append(str(Path(__file__).resolve().parent.parent))  # last: PYTHONPATH can name another checkout

from run import EPOCH, edit_one_area  # noqa: E402  (benchmarks/run.py, beside this file)


def record_checks(site: Path) -> tuple[tuple, tuple, dict[str, float]]:
    """The arguments of the link check of a cold build and of a one-area edit rebuild of `site`, and
    the wall seconds of each build and of the check within it."""
    from generator import builder

    calls: list[tuple] = []
    seconds: dict[str, float] = {}
    real = builder.link_problems

    def recording(*args):
        calls.append(args)
        start = time.perf_counter()
        try:
            return real(*args)
        finally:
            seconds["check"] = time.perf_counter() - start

    builder.link_problems = recording
    try:
        keeper = builder.Builder(site, site / "output", jobs=1)
        start = time.perf_counter()
        keeper.build()
        seconds["cold build"], seconds["cold check"] = time.perf_counter() - start, seconds["check"]
        cold = calls.pop()
        edit_one_area(site, 1)
        start = time.perf_counter()
        report = keeper.build()
        seconds["edit build"], seconds["edit check"] = time.perf_counter() - start, seconds.pop("check")
        edit = calls.pop()
    finally:
        builder.link_problems = real
    assert report.rendered == len(edit[2]), "the edit rebuild was a full build"
    # The cold check read the new tree before it was swapped in as output/: read output/ instead.
    site_, site_dir, specs, files = cold
    cold = (site_, site_dir, specs, [builder._OnDisk(str(site / "output"), f.path) for f in files])
    return cold, edit, seconds


def best_times(args: tuple, runs: int, checks: list[Callable]) -> list[tuple[float, float, list[str]]]:
    """For each check function: the fastest of `runs` checks with these arguments (wall and CPU
    seconds, the CPU time being the steadier on a busy machine) and what it reported."""
    from urllib.parse import urlsplit

    from generator.errors import Collector

    site, site_dir, specs, files = args
    best = [(float("inf"), float("inf"), [])] * len(checks)
    for _ in range(runs):
        for i, check in enumerate(checks):  # interleaved: a busy moment slows both alike
            out = Collector()
            wall, cpu = time.perf_counter(), time.process_time()
            check(site_dir, specs, files, out, base_path=urlsplit(site.config.base_url).path)
            wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
            best[i] = (min(best[i][0], wall), min(best[i][1], cpu), [str(p) for p in out.problems])
    return best


def load_baseline(path: Path) -> Callable:
    """check_links of another version of generator/links.py, imported beside ours."""
    spec = importlib.util.spec_from_file_location("generator._links_baseline", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.check_links


def profile(args: tuple) -> None:
    from generator.build import link_problems

    prof = cProfile.Profile()
    prof.runcall(link_problems, *args)
    pstats.Stats(prof).sort_stats("tottime").print_stats(10)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("site", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--baseline", type=Path, help="another version of generator/links.py to compare with")
    opts = parser.parse_args()
    os.environ["SOURCE_DATE_EPOCH"] = EPOCH
    from generator.links import check_links

    checks = [check_links] + ([load_baseline(opts.baseline)] if opts.baseline else [])
    with tempfile.TemporaryDirectory(prefix="link-check-") as work:
        site = Path(work) / "site"
        shutil.copytree(opts.site, site, symlinks=True, ignore=shutil.ignore_patterns("output", ".cache"))
        cold, edit, seconds = record_checks(site)
        print(f"builds (one process, Builder kept): cold {seconds['cold build']:.2f} s, of which the link check "
              f"{seconds['cold check']:.2f} s; one-area edit {seconds['edit build']:.3f} s, of which the link "
              f"check {seconds['edit check']:.3f} s")
        for name, args in (("cold build", cold), ("one-area edit", edit)):
            times = best_times(args, opts.runs, checks)
            line = f"{name:14} {len(args[2]):6,} pages  {times[0][0]:7.4f} s (CPU {times[0][1]:7.4f} s)  " \
                f"{len(times[0][2])} problems"
            if opts.baseline:
                same = "same problems" if times[1][2] == times[0][2] else "DIFFERENT problems"
                line += f"  | baseline {times[1][0]:7.4f} s (CPU {times[1][1]:7.4f} s)  ours/baseline " \
                    f"{times[0][0] / times[1][0]:.2f} (CPU {times[0][1] / times[1][1]:.2f})  {same}"
            print(line + f"  best of {opts.runs}")
            if opts.profile:
                profile(args)


if __name__ == "__main__":
    main()
