"""The command line keeps each area's model and download bytes in SITE/.cache (generator/item_store.py,
render/stored_rows.py): after any edit its output is byte for byte a cold build's, and a damaged, planted
or wrong-typed store is only a miss."""
from __future__ import annotations

import marshal
import re
import shutil
from pathlib import Path

import pytest
from tests.general_helpers import synthetic_site

from generator.build import build
from generator.builder import ITEMS_FILE, ROWS_FILE, STATE_FILE
from generator.kinds.general.area_codec import decode, encode
from generator.load import load
from generator.model import make_site

REPO = Path(__file__).resolve().parents[1]
CACHE = Path(STATE_FILE).parent


@pytest.fixture(autouse=True)
def fixed_time(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")


@pytest.fixture(scope="module")
def imported(tmp_path_factory) -> Path:
    return synthetic_site(tmp_path_factory.mktemp("imported"), 40)


@pytest.fixture
def site(imported, tmp_path) -> Path:
    shutil.copytree(imported, tmp_path / "site")
    return tmp_path / "site"


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def cold(site: Path, tmp_path: Path) -> dict[str, bytes]:
    """What a build of a fresh copy of the site (no .cache, no output) writes."""
    copy = tmp_path / "cold"
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(site, copy, ignore=shutil.ignore_patterns(".cache", "output"))
    build(copy, copy / "output")
    return tree(copy / "output")


def areas(site: Path) -> list[Path]:
    return sorted((site / "content" / "areas").glob("*.yaml"))


def edit(path: Path, pattern: str, repl) -> None:
    text = path.read_text("utf-8")
    changed = re.sub(pattern, repl, text, count=1)
    assert changed != text
    path.write_text(changed, "utf-8")


def stored(site: Path) -> tuple:
    """(version, code, context, {path: (digest, model bytes)}) of the item store's file."""
    with open(site / CACHE / ITEMS_FILE, "rb") as fh:
        version, code, context = marshal.load(fh)
        entries = {}
        while True:
            try:
                path, *entry = marshal.load(fh)
            except EOFError:
                return version, code, context, entries
            entries[path] = tuple(entry)


def write_store(site: Path, version, code, context, entries) -> None:
    with open(site / CACHE / ITEMS_FILE, "wb") as fh:
        marshal.dump((version, code, context), fh)
        for path, entry in entries.items():
            marshal.dump((path, *entry), fh)


@pytest.mark.parametrize("source", ["synthetic", "ge2019"])
def test_every_area_comes_back_equal(site, source):
    """encode then decode gives equal Areas and warnings, on real data (baselines, previous holders,
    labels, notional results) and synthetic."""
    folder = REPO / "examples" / "ge2019" if source == "ge2019" else site
    election = make_site(load(folder)).election
    assert len(election.areas) > 30
    for area in election.areas:
        name_line, back, problems = decode(marshal.loads(marshal.dumps(encode(3, area, ()))))
        assert back == area and name_line == 3 and problems == ()
        assert back.winner == area.winner and [s for _, s in back.ballot] == [s for _, s in area.ballot]


def test_edits_by_the_cli_match_a_cold_build(site, tmp_path):
    output = site / "output"
    build(site, output)
    entries = stored(site)[3]
    assert set(entries) == {f"content/areas/{p.name}" for p in areas(site)}
    first, second = areas(site)[:2]
    steps = [
        lambda: edit(first, r"votes: (\d+)", lambda m: f"votes: {int(m.group(1)) + 7}"),
        lambda: edit(second, r"name: (.+)", lambda m: f"name: {m.group(1)} Renamed"),
        lambda: edit(first, r"status: declared", "status: awaiting"),
        lambda: areas(site)[5].unlink(),
        lambda: edit(site / "content" / "parties.yaml", r"name: (.+)", lambda m: f"name: {m.group(1)} Party"),
    ]
    for step in steps:
        step()
        report = build(site, output)
        assert report.write.written > 0
        assert tree(output) == cold(site, tmp_path)
    assert set(stored(site)[3]) == {f"content/areas/{p.name}" for p in areas(site)}  # the removed one is gone


def test_the_store_is_used_for_unchanged_areas(site, monkeypatch):
    """After one edit only that area is read and modelled again and only its download rows are made again."""
    build(site, site / "output")
    made = []
    from generator.kinds.general import model as general_model
    from generator.render import stored_rows

    real_modelled = general_model._modelled
    monkeypatch.setattr(general_model, "_modelled", lambda doc, index: made.append(doc.path) or real_modelled(doc, index))
    reused = []
    real_pieces = stored_rows.StoredRows.pieces

    def pieces(self, *args):
        yield from real_pieces(self, *args)
        reused.append(self.reused)

    monkeypatch.setattr(stored_rows.StoredRows, "pieces", pieces)
    from generator import load as loading, snapshot

    read = []  # every area file opened by load or by the snapshot's scan
    real_read, real_scan_read = loading._read_bytes, snapshot.read_bytes
    monkeypatch.setattr(loading, "_read_bytes", lambda root, display: read.append(display) or real_read(root, display))
    monkeypatch.setattr(snapshot, "read_bytes", lambda path, size=None: read.append(
        "content/areas/" + Path(path).name if "/content/areas/" in path else path) or real_scan_read(path, size))
    area = areas(site)[3]
    edit(area, r"votes: (\d+)", lambda m: f"votes: {int(m.group(1)) + 1}")
    build(site, site / "output")
    assert made == [f"content/areas/{area.name}"]
    # The changed file is read once (by the scan, which hands its bytes to load), and the rest not at all.
    assert [p for p in read if p.startswith("content/areas/")] == [f"content/areas/{area.name}"]
    declared = len(make_site(load(site)).election.areas)
    assert reused == [declared - 1]


def _plant_wrong_type(site: Path) -> None:
    version, code, context, entries = stored(site)
    path = sorted(entries)[0]
    digest, blob = entries[path]
    line, fields, problems = marshal.loads(blob)
    standings = tuple((i, str(votes), *rest) for i, votes, *rest in fields[8])  # votes as text
    assert standings
    entries[path] = (digest, marshal.dumps((line, fields[:8] + (standings,) + fields[9:], problems)))
    write_store(site, version, code, context, entries)


@pytest.mark.parametrize("damage", ["garbage", "truncated", "wrong code", "wrong type", "rows garbage",
                                    "rows truncated"])
def test_a_damaged_store_is_a_miss(site, tmp_path, damage):
    build(site, site / "output")
    items, rows = site / CACHE / ITEMS_FILE, site / CACHE / ROWS_FILE
    if damage == "garbage":
        items.write_bytes(b"\x00not marshal at all")
    elif damage == "truncated":
        items.write_bytes(items.read_bytes()[: items.stat().st_size // 2])
    elif damage == "wrong code":
        version, code, context, entries = stored(site)
        write_store(site, version, "other code", context, entries)
    elif damage == "wrong type":
        _plant_wrong_type(site)
    elif damage == "rows garbage":
        rows.write_bytes(b"\xff" * 100)
    else:
        rows.write_bytes(rows.read_bytes()[: rows.stat().st_size // 3])
    edit(areas(site)[-1], r"votes: (\d+)", lambda m: f"votes: {int(m.group(1)) + 2}")
    build(site, site / "output")
    assert tree(site / "output") == cold(site, tmp_path)
    assert set(stored(site)[3]) == {f"content/areas/{p.name}" for p in areas(site)}  # written whole again


def test_a_failed_build_keeps_the_last_store(site):
    build(site, site / "output")
    before = (site / CACHE / ROWS_FILE).read_bytes(), (site / CACHE / ITEMS_FILE).read_bytes()
    edit(areas(site)[0], r"votes: (\d+)", "votes: many")
    with pytest.raises(Exception):
        build(site, site / "output")
    assert ((site / CACHE / ROWS_FILE).read_bytes(), (site / CACHE / ITEMS_FILE).read_bytes()) == before
    assert not list((site / CACHE).glob(".*"))  # no temporary file left behind


def test_areas_modelled_by_a_worker_match_one_process(site, tmp_path, monkeypatch):
    """Area files modelled by a forked worker (sent back as plain data) give the same pages, warnings
    and errors as one process modelling them all."""
    from generator.builder import Builder
    from generator.errors import SiteError
    from generator.kinds.general import model as general_model

    monkeypatch.setattr(general_model, "PARALLEL_AREAS", 2)
    files = areas(site)
    edit(files[1], r"status: declared", "status: awaiting")  # votes given but not counted: a warning
    reports = {}
    for jobs in (1, 2):
        report = Builder(site, tmp_path / f"out-{jobs}", jobs=jobs, keep_sources=jobs == 2).build()
        reports[jobs] = [str(w) for w in report.warnings]
    assert tree(tmp_path / "out-1") == tree(tmp_path / "out-2")
    assert reports[1] == reports[2] and any(files[1].name in w for w in reports[1])
    edit(files[2], r"party: (\w+)", "party: nosuchparty")
    edit(files[7], r"votes: (\d+)", "votes: many")
    errors = {}
    for jobs in (1, 2):
        with pytest.raises(SiteError) as caught:
            Builder(site, tmp_path / f"bad-{jobs}", jobs=jobs, keep_sources=False).build()
        errors[jobs] = str(caught.value)
    assert errors[1] == errors[2] and "nosuchparty" in errors[1] and files[7].name in errors[1]
