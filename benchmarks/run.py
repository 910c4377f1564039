"""The build benchmark: synthetic elections of N areas, built cold, rebuilt unchanged and after one edit.

    python benchmarks/run.py [N ...] [--runs 3] [--peers DIR | --no-peers] [--work DIR]

For each N it writes the synthetic election (make_data.py), creates a site with `new` + `import`,
and measures the CLI build in fresh processes, as an editor runs it:
- cold: no output/ and no .cache/ (median wall time, pages per second, peak memory of the build
  and its workers);
- no-op: the same site again (wall time, files rewritten);
- one edit: one area's votes changed (wall time, files rewritten), by the CLI and by a Builder kept
  in one process as the dev server keeps it;
- bytes per page.
With the peers (shared/bench: Hugo and a naive jinja2 script) found, it builds them on the same
election, each cold run of theirs right before one of ours, and prints our median over theirs.
Timings are wall clock on a shared machine: compare the ratios of one run, not times across runs.
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import re
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
PY = sys.executable
EPOCH = "1700000000"  # fixed build time: rebuilds compare bytes, not clocks


def _env() -> dict[str, str]:
    """The environment of every timed command. Python may write its bytecode cache, as it does for a
    user (pip compiles an installed package; an editable install caches on first import): a shell
    with PYTHONDONTWRITEBYTECODE set would otherwise have each of our runs, and the naive script's,
    compile every module again (40 ms of a no-op build)."""
    env = dict(os.environ, SOURCE_DATE_EPOCH=EPOCH, PYTHONPATH=str(REPO))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def run(cmd: list[str]) -> str:
    proc = subprocess.run(cmd, capture_output=True, text=True, env=_env())
    if proc.returncode:
        raise SystemExit(f"{' '.join(cmd)} failed:\n{(proc.stdout + proc.stderr)[:3000]}")
    return proc.stdout


@dataclass
class Run:
    """One measured process: wall seconds, CPU seconds of its whole tree, peak memory, what it wrote."""
    wall: float
    user: float
    sys: float
    peak_kib: int
    files: int = 0
    bytes: int = 0

    @property
    def cpu(self) -> float:
        return self.user + self.sys


def run_measured(cmd: list[str], cwd: Path | None = None) -> tuple[Run, str]:
    """Run a command to its end; its wall time and, from wait4, the CPU time and peak RSS of it and of
    every process it waited for (the render workers our build forks, Hugo's own threads)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=_env(), text=True)
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.stdout.close()
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode:
        raise SystemExit(f"{' '.join(cmd)} failed:\n{out[:3000]}")
    return Run(wall, usage.ru_utime, usage.ru_stime, usage.ru_maxrss), out


def tree_size(folder: Path) -> tuple[int, int]:
    """Files and bytes under a folder."""
    files = size = 0
    for root, _dirs, names in os.walk(folder):
        for name in names:
            files += 1
            size += os.lstat(os.path.join(root, name)).st_size
    return files, size


def written(summary: str) -> int:
    match = re.search(r"(\d+) written", summary)
    return int(match.group(1)) if match else -1


def unique_party_names(source: Path, target: Path) -> None:
    """Copy the import CSV, renaming a party whose name another party id already has.

    From N = 20,000 make_data names two regional parties 'Greater First'; two parties cannot share
    one page address, so the model rightly refuses them. The peers read the JSON and do not mind.
    """
    with open(source, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    owner: dict[str, str] = {}
    for row in rows:
        name = row["party"]
        owner.setdefault(name, row["party_id"])
        if owner[name] != row["party_id"]:
            row["party"] = f"{name} {row['party_id']}"
    with open(target, "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


def make_site(n: int, work: Path) -> Path:
    data = work / "data"
    source = data / f"results-{n}.csv"
    if not source.exists():
        run([PY, str(HERE / "make_data.py"), str(n), "--out", str(data)])
    fixed = data / f"results-{n}-unique-parties.csv"
    unique_party_names(source, fixed)
    site = work / f"site-{n}"
    if not (site / "site.yaml").exists():
        run([PY, "-m", "generator", "new", str(site), "--kind", "general-election"])
        run([PY, "-m", "generator", "import", str(fixed), "--site", str(site), "--replace"])
    return site


def edit_one_area(site: Path, step: int) -> Path:
    """Add `step` votes to the first candidate of the first area (a real change of its result)."""
    area = sorted((site / "content" / "areas").glob("*.yaml"))[0]
    text = area.read_text("utf-8")
    text = re.sub(r"votes: (\d+)", lambda m: f"votes: {int(m.group(1)) + step}", text, count=1)
    area.write_text(text, "utf-8")
    return area


Command = tuple[list[str], Path]  # argv and working folder


def clean(site: Path, output: Path) -> None:
    subprocess.run(["rm", "-rf", str(output), str(site / ".cache")], check=True)


def peer_commands(n: int, peers: Path, work: Path) -> dict[str, Callable[[Path], Command]]:
    """Hugo's and the naive script's build commands for this election, for a given output folder.

    peers.sh is run once (one build each) to install Hugo in its venv and lay out its site with
    this N's data; the timed builds are then run here, interleaved with ours.
    """
    peer_work = work / "peers"
    (peer_work / "data").mkdir(parents=True, exist_ok=True)
    for ext in ("json", "yaml"):  # the same files we imported, so both sides build one election
        src, dst = work / "data" / f"election-{n}.{ext}", peer_work / "data" / f"election-{n}.{ext}"
        if src.exists():
            dst.write_bytes(src.read_bytes())
    proc = subprocess.run(["bash", str(peers / "peers.sh"), str(n), "1"], capture_output=True, text=True,
                          env=dict(os.environ, BENCH_WORK=str(peer_work)))
    hugo = sorted(peer_work.glob("venv/lib/python3*/site-packages/hugo/binaries/hugo*"))
    if proc.returncode or not hugo:
        print(f"(peers skipped: {(proc.stdout + proc.stderr).strip()[-300:]})", file=sys.stderr)
        return {}
    data = str(peer_work / "data" / f"election-{n}.json")
    return {"hugo": lambda out: ([str(hugo[0]), "--quiet", "-d", str(out)], peer_work / "hugo"),
            "naive": lambda out: ([str(peer_work / "venv" / "bin" / "python"), str(peers / "naive" / "build.py"),
                                   data, str(out)], peer_work)}


def settle() -> None:
    """Flush the last run's writes before the next timed run, so that no run pays for another's
    writeback (on a disk the kernel's time in a build grows with the dirty pages left behind)."""
    os.sync()


def cold_runs(site: Path, runs: int, peers: dict[str, Callable[[Path], Command]], out_root: Path) -> dict[str, list[Run]]:
    """Cold builds of every tool into folders under out_root, interleaved and in a rotating order (so
    that a busy moment, or the position after another tool, hits each of them alike), after one
    untimed warm-up each. Returns each tool's runs."""
    tools: dict[str, Callable[[Path], Command]] = {
        "ours": lambda out: ([PY, "-m", "generator", "build", "--site", str(site), "--output", str(out)], REPO),
        **peers}
    out_root.mkdir(parents=True, exist_ok=True)
    measured: dict[str, list[Run]] = {name: [] for name in tools}
    names = list(tools)
    for i in range(runs + 1):
        for name in names[i % len(names):] + names[:i % len(names)]:
            out = out_root / f"out-{name}"
            clean(site, out)
            settle()
            argv, cwd = tools[name](out)
            run, _ = run_measured(argv, cwd)
            run.files, run.bytes = tree_size(out)
            if i:  # run 0 is the warm-up
                measured[name].append(run)
    clean(site, out_root / "out-ours")
    return measured


def bench(n: int, site: Path, runs: int, peers: dict[str, Callable[[Path], Command]],
          out_roots: dict[str, Path]) -> tuple[dict, dict[str, dict[str, list[Run]]]]:
    """Cold builds of every tool on each output medium, then our rebuilds (no-op, one edit)."""
    colds = {medium: cold_runs(site, runs, peers, root / f"n{n}") for medium, root in out_roots.items()}
    build = [PY, "-m", "generator", "build", "--site", str(site)]
    clean(site, site / "output")
    run_measured(build)
    noop, noop_out = run_measured(build)
    edit_one_area(site, 1)
    edit, edit_out = run_measured(build)
    files = [p for p in (site / "output").rglob("*") if p.is_file()]
    pages = [p for p in files if p.suffix == ".html"]
    serve = bench_builder(site)
    row = dict(n=n, noop=noop.wall, noop_written=written(noop_out), edit=edit.wall, edit_written=written(edit_out),
               serve_first=serve[0], serve_edit=serve[1], serve_written=serve[2], serve_noop=serve[3], pages=len(pages),
               bytes_per_page=sum(p.stat().st_size for p in pages) / max(len(pages), 1))
    return row, colds


def bench_builder(site: Path) -> tuple[float, float, int, float]:
    """The dev server's path: one Builder kept in a process, an area edited, build() again, five
    times: the first edit after the cold build, the median of the five, the files the first rewrote."""
    code = (
        "import sys, time, json\n"
        "from pathlib import Path\n"
        "sys.path.insert(0, sys.argv[2])\n"
        "from run import edit_one_area\n"
        "from generator.builder import Builder\n"
        "site = Path(sys.argv[1])\n"
        "b = Builder(site, site / 'output')\n"
        "b.build()\n"
        "edit_one_area(site, 1)\n"
        "t = time.perf_counter(); r = b.build(); edits = [time.perf_counter() - t]\n"
        "for step in range(4):\n"
        "    edit_one_area(site, 1)\n"
        "    t = time.perf_counter(); b.build(); edits.append(time.perf_counter() - t)\n"
        "t = time.perf_counter(); b.build(); noop = time.perf_counter() - t\n"
        "print(json.dumps([edits, r.write.written, noop]))\n")
    out = run([PY, "-c", code, str(site), str(HERE)])
    edits, count, noop = json.loads(out.strip().splitlines()[-1])
    return edits[0], statistics.median(edits), count, noop


def _spread(values: list[float], fmt: str = "{:.2f}") -> str:
    """The median, and the range when there is more than one run: 1.23 (1.20–1.31)."""
    med = fmt.format(statistics.median(values))
    return med if len(values) < 2 else f"{med} ({fmt.format(min(values))}–{fmt.format(max(values))})"


def _render(lines: list[tuple[str, ...]]) -> str:
    widths = [max(len(line[i]) for line in lines) for i in range(len(lines[0]))]
    out = [" | ".join(c.rjust(w) for c, w in zip(line, widths)) for line in lines]
    out.insert(1, "-|-".join("-" * w for w in widths))
    return "\n".join(out)


def cold_table(colds: dict[int, dict[str, dict[str, list[Run]]]]) -> str:
    """One row per size, medium and tool: wall, user, system and total CPU seconds (median and range),
    peak memory, files and MB written, and our median wall and CPU time over the tool's."""
    lines = [("N", "output on", "tool", "runs", "wall s", "user s", "sys s", "CPU s", "peak MiB", "files", "MB",
              "ours/tool wall", "ours/tool CPU")]
    for n, media in colds.items():
        for medium, tools in media.items():
            ours = tools["ours"]
            for name, runs in tools.items():
                ratio = "–" if name == "ours" else \
                    f"{statistics.median(r.wall for r in ours) / statistics.median(r.wall for r in runs):.2f}"
                cpu_ratio = "–" if name == "ours" else \
                    f"{statistics.median(r.cpu for r in ours) / statistics.median(r.cpu for r in runs):.2f}"
                lines.append((f"{n:,}", medium, name, str(len(runs)), _spread([r.wall for r in runs]),
                              _spread([r.user for r in runs]), _spread([r.sys for r in runs]),
                              _spread([r.cpu for r in runs]), f"{max(r.peak_kib for r in runs) / 1024:.0f}",
                              f"{runs[-1].files:,}", f"{runs[-1].bytes / 1e6:.1f}", ratio, cpu_ratio))
    return _render(lines)


def table(rows: list[dict]) -> str:
    head = ("N", "pages", "no-op s", "no-op files", "edit s (CLI)", "edit files", "edit s (server, first)",
            "edit s (server, median of 5)", "server files", "bytes/page")
    lines = [head]
    for r in rows:
        lines.append((f"{r['n']:,}", f"{r['pages']:,}", f"{r['noop']:.3f}", str(r["noop_written"]), f"{r['edit']:.2f}",
                      str(r["edit_written"]), f"{r['serve_first']:.3f}", f"{r['serve_edit']:.3f}",
                      str(r["serve_written"]), f"{r['bytes_per_page']:,.0f}"))
    return _render(lines)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sizes", nargs="*", type=int, default=[650, 5000, 20000])
    ap.add_argument("--runs", type=int, default=3, help="timed cold builds per size, tool and medium")
    ap.add_argument("--work", type=Path, default=Path("/dev/shm/election-bench"),
                    help="sites, data and the tmpfs outputs (default on /dev/shm, a tmpfs)")
    ap.add_argument("--disk", type=Path, default=None,
                    help="also time the cold builds with their output in this folder on a disk, for reference")
    ap.add_argument("--peers", type=Path, default=REPO.parent / "shared" / "bench",
                    help="the folder with peers.sh (shared/bench); skipped when missing")
    ap.add_argument("--no-peers", action="store_true")
    args = ap.parse_args(argv)
    args.work.mkdir(parents=True, exist_ok=True)
    use_peers = not args.no_peers and (args.peers / "peers.sh").exists()
    out_roots = {"tmpfs" if args.work.resolve().is_relative_to("/dev/shm") else "work": args.work / "out"}
    if args.disk:
        out_roots["disk"] = args.disk
    rows, colds = [], {}
    for n in args.sizes:
        site = make_site(n, args.work)
        commands = peer_commands(n, args.peers, args.work) if use_peers else {}
        row, colds[n] = bench(n, site, args.runs, commands, out_roots)
        rows.append(row)
        print(f"N={n:,} done", file=sys.stderr)
    print("Cold builds (median, and range over the runs; CPU = user + system of the whole process tree)")
    print(cold_table(colds))
    print()
    print("Rebuilds (ours)")
    print(table(rows))


if __name__ == "__main__":
    main()
