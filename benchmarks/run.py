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
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
PY = sys.executable
EPOCH = "1700000000"  # fixed build time: rebuilds compare bytes, not clocks


def _env() -> dict[str, str]:
    return dict(os.environ, SOURCE_DATE_EPOCH=EPOCH, PYTHONPATH=str(REPO))


def run(cmd: list[str]) -> str:
    proc = subprocess.run(cmd, capture_output=True, text=True, env=_env())
    if proc.returncode:
        raise SystemExit(f"{' '.join(cmd)} failed:\n{(proc.stdout + proc.stderr)[:3000]}")
    return proc.stdout


def run_measured(cmd: list[str]) -> tuple[float, int, str]:
    """Wall seconds, peak RSS in KiB (of the process and of the workers it waited for) and output."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=_env(), text=True)
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.stdout.close()
    if os.waitstatus_to_exitcode(status):
        raise SystemExit(f"{' '.join(cmd)} failed:\n{out[:3000]}")
    return wall, usage.ru_maxrss, out


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


def clean(site: Path) -> None:
    subprocess.run(["rm", "-rf", str(site / "output"), str(site / ".cache")], check=True)


def peer_commands(n: int, peers: Path, work: Path) -> dict[str, tuple[list[str], Path, Path]]:
    """Hugo's and the naive script's build commands for this election (command, cwd, output folder).

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
    return {"hugo": ([str(hugo[0]), "--quiet", "-d", str(peer_work / "out-hugo")], peer_work / "hugo",
                     peer_work / "out-hugo"),
            "naive": ([str(peer_work / "venv" / "bin" / "python"), str(peers / "naive" / "build.py"),
                       str(peer_work / "data" / f"election-{n}.json"), str(peer_work / "out-naive")], peer_work,
                      peer_work / "out-naive")}


def settle() -> None:
    """Flush the last run's writes before the next timed run, so that no run pays for another's
    writeback (on this machine the kernel's time in a build grows with the dirty pages left behind)."""
    os.sync()


def time_peer(command: list[str], cwd: Path, output: Path) -> float:
    subprocess.run(["rm", "-rf", str(output)], check=True)
    settle()
    start = time.perf_counter()
    proc = subprocess.run(command, cwd=cwd, capture_output=True)
    if proc.returncode:
        raise SystemExit(f"{' '.join(command)} failed:\n{proc.stderr.decode()[-2000:]}")
    return time.perf_counter() - start


def bench(n: int, site: Path, runs: int, peers: dict[str, tuple[list[str], Path, Path]]) -> tuple[dict, dict]:
    """Cold builds, ours and the peers' in turn (so that a busy moment hits all of them), then ours' rebuilds."""
    build = [PY, "-m", "generator", "build", "--site", str(site)]
    colds, peaks = [], []
    peer_times: dict[str, list[float]] = {name: [] for name in peers}
    for name, (command, cwd, output) in peers.items():  # a warm-up run each, like peers.sh
        time_peer(command, cwd, output)
    for _ in range(runs):
        for name, (command, cwd, output) in peers.items():
            peer_times[name].append(time_peer(command, cwd, output))
        clean(site)
        settle()
        wall, peak, _ = run_measured(build)
        colds.append(wall)
        peaks.append(peak)
    noop_wall, _, noop_out = run_measured(build)
    edit_one_area(site, 1)
    edit_wall, _, edit_out = run_measured(build)
    files = [p for p in (site / "output").rglob("*") if p.is_file()]
    pages = [p for p in files if p.suffix == ".html"]
    serve = bench_builder(site)
    cold = statistics.median(colds)
    row = dict(n=n, cold=cold, pps=len(pages) / cold, peak=max(peaks) / 1024, noop=noop_wall,
               noop_written=written(noop_out), edit=edit_wall, edit_written=written(edit_out),
               serve_first=serve[0], serve_edit=serve[1], serve_written=serve[2], serve_noop=serve[3], pages=len(pages),
               bytes_per_page=sum(p.stat().st_size for p in pages) / max(len(pages), 1))
    return row, {name: statistics.median(times) for name, times in peer_times.items()}


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


def table(rows: list[dict], peers: dict[int, dict[str, float]]) -> str:
    head = ("N", "pages", "cold s", "pages/s", "peak MiB", "no-op s", "no-op files", "edit s (CLI)",
            "edit files", "edit s (server, first)", "edit s (server, median of 5)", "server files", "bytes/page",
            "hugo s", "ours/hugo", "naive s", "ours/naive")
    lines = [head]
    for r in rows:
        p = peers.get(r["n"], {})
        hugo, naive = p.get("hugo"), p.get("naive")
        lines.append((f"{r['n']:,}", f"{r['pages']:,}", f"{r['cold']:.2f}", f"{r['pps']:,.0f}", f"{r['peak']:.0f}",
                      f"{r['noop']:.3f}", str(r["noop_written"]), f"{r['edit']:.2f}", str(r["edit_written"]),
                      f"{r['serve_first']:.3f}", f"{r['serve_edit']:.3f}", str(r["serve_written"]), f"{r['bytes_per_page']:,.0f}",
                      f"{hugo:.2f}" if hugo else "–", f"{r['cold'] / hugo:.2f}" if hugo else "–",
                      f"{naive:.2f}" if naive else "–", f"{r['cold'] / naive:.2f}" if naive else "–"))
    widths = [max(len(line[i]) for line in lines) for i in range(len(head))]
    out = [" | ".join(c.rjust(w) for c, w in zip(line, widths)) for line in lines]
    out.insert(1, "-|-".join("-" * w for w in widths))
    return "\n".join(out)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sizes", nargs="*", type=int, default=[650, 5000, 20000])
    ap.add_argument("--runs", type=int, default=3, help="cold builds per size and tool (medians are shown)")
    ap.add_argument("--work", type=Path, default=Path("/tmp/election-bench-ours"))
    ap.add_argument("--peers", type=Path, default=REPO.parent / "shared" / "bench",
                    help="the folder with peers.sh (shared/bench); skipped when missing")
    ap.add_argument("--no-peers", action="store_true")
    args = ap.parse_args(argv)
    args.work.mkdir(parents=True, exist_ok=True)
    use_peers = not args.no_peers and (args.peers / "peers.sh").exists()
    rows, peers = [], {}
    for n in args.sizes:
        site = make_site(n, args.work)
        commands = peer_commands(n, args.peers, args.work) if use_peers else {}
        row, peers[n] = bench(n, site, args.runs, commands)
        rows.append(row)
        print(f"N={n:,} done", file=sys.stderr)
    print(table(rows, peers))


if __name__ == "__main__":
    main()
