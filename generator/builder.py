"""Build one site again and again, redoing only what an edit can change; build() is its one-shot form.

A Builder remembers, between builds: a snapshot of every input (size, mtime, hash), the parsed
documents of unchanged files, which content files each page shows, and what it left in output/.
- nothing changed and output/ as left: no-op, nothing read, rendered or written;
- only item files changed (area files of a general election): re-render the pages that show them
  and the summaries, and write the files whose bytes differ in place (patch_output);
- anything else (first build, a template, site.yaml, parties.yaml...): render every page into a
  new tree (in worker processes on every core when there are enough pages) and swap it in.
The dev server keeps one Builder; the CLI keeps its state in SITE/.cache/build-state.marshal (STATE_FILE),
plain data only (see state.py): a state file that is damaged, old or planted is ignored, never run;
and its share images beside it (CARDS_FILE, render/publish.py PublishCache.dump_cards), used only
when drawn by the same code.
"""
from __future__ import annotations

import contextlib
import gc
import os
import time
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

from .fast_init import fast_init
from .pipeline import BuildReport, extra_files, link_problems, plan, refuse_output, render_all
from .errors import Collector, SiteError
from .item_store import ItemStore, Replaced
from .snapshot import Snapshot, digest, scan
from .split import beside, draw_split, run_queue, run_split
from .state import dump_state, load_state
from .theme import THEME  # the built-in templates/ and static/ (one light module: a no-op imports no renderer)
from .urls import output_file
from .write import Stage, WriteReport, Written, folder_records, output_intact, patch_output, read_bytes

if TYPE_CHECKING:  # the stages are imported once a build has work to do: a no-op loads none of them
    from .load import Sources
    from .model import Site
    from .render import OutputFile, PageSpec
    from .render.deps import Items
    from .render.publish import DownloadFiles

STATE_FILE = ".cache/build-state.marshal"  # under the site folder
CARDS_FILE = "share-images.marshal"  # beside STATE_FILE: the share images of the last CLI build (PublishCache)
ITEMS_FILE = "item-models.marshal"  # beside STATE_FILE: the model of each item file of the last CLI build (item_store)
ROWS_FILE = "download-rows.marshal"  # beside STATE_FILE: each item's bytes in the data downloads (render/stored_rows.py)
OLD_STATE_FILE = ".cache/build-state.pickle"  # an earlier version's, never read: removed by the next build
PARALLEL_MIN = 200  # pages: below this a forked worker costs more than it saves (benchmarks/README.md)
OUTPUT_CHECK_BESIDE = 2000  # files and folders in output/: from this many, a worker checks them (output_intact)


@dataclass
class BuildState:
    """What one build leaves for the next."""

    snapshot: Snapshot
    outputs: dict[str, tuple[int, int]]            # file in output/ -> (size, mtime_ns) as written
    items: dict[str, Items | None]                   # page URL -> the item files it shows (None: anything)
    env_key: str                                     # SOURCE_DATE_EPOCH, --index-links, --rehearsal: each changes every page

    def dump(self, output: Path) -> bytes:
        return dump_state(str(output), self.env_key, self.snapshot.taken_ns, self.snapshot.files, self.outputs,
                          self.items)

    @classmethod
    def load(cls, data: bytes, output: Path) -> "BuildState | None":
        """The state in `data` if it is a well-formed state of a build into `output`, else None."""
        loaded = load_state(data, str(output))
        if loaded is None:
            return None
        env_key, taken_ns, files, outputs, items = loaded
        return cls(Snapshot(files, taken_ns), outputs, items, env_key)


class Builder:
    """Holds the caches of one site and its output folder between builds."""

    def __init__(self, site_dir: Path, output: Path | None, *, jobs: int | None = None, keep_sources: bool = True,
                 state_file: Path | None = None, index_links: bool = False, rehearsal: bool = False) -> None:
        self.site_dir = site_dir
        self.index_links = index_links        # links end in index.html even if site.yaml does not ask
        self.rehearsal = rehearsal            # every page, image, feed entry and download says TEST DATA
        self.output = output.absolute() if output is not None else None  # None: check only, never build
        self.jobs = jobs if jobs is not None else (os.cpu_count() or 1)
        self.keep_sources = keep_sources      # keep parsed documents for the next build (the dev server)
        self.state_file = state_file          # keep the state on disk for the next process (the CLI)
        self._state: BuildState | None = None
        self._docs: dict[str, Any] = {}
        self._memo: dict[str, Any] = {}
        self._publish = None  # render.publish.PublishCache: data downloads and share images to reuse
        self._env = None
        self._env_key = ""

    def check(self) -> tuple[Site, list[OutputFile]]:
        """The stages of a build, every output file made in memory and its links checked; nothing is written."""
        from .load import load
        from .model import make_site

        site = make_site(load(self.site_dir))
        specs, datasets = plan(site)
        return site, render_all(site, self.site_dir, specs, datasets, self._environment(site, ()))

    def _environment(self, site: Site, changed) -> Any:
        """The Jinja environment for this site's kind, made again when a template or the code changed."""
        from .kinds import kind_named
        from .render import make_env

        key = kind_named(site.config.kind).name
        if self._env is None or self._env_key != key or any(p.startswith(("templates/", "theme:templates/", "code:"))
                                                           for p in changed):
            self._env = make_env(self.site_dir, kind_named(site.config.kind).templates)
            self._env.auto_reload = False  # a changed template makes a new environment (above): no stat per page
            self._env_key = key
        return self._env

    def build(self) -> BuildReport:
        """Build, reusing what the last build (of this object, or recorded in state_file) left."""
        was = _pause_gc()  # from the start: the state read makes 100,000s of objects, none in a cycle
        try:
            return self._build(was)
        finally:  # once _build's model and pages are freed: the collector then never walks through them
            _resume_gc(was)

    def _build(self, frozen: bool) -> BuildReport:
        start = time.perf_counter()
        refuse_output(self.site_dir, self.output)
        state = self._state or self._read_state()
        env_key = os.environ.get("SOURCE_DATE_EPOCH", "") + (" index-links" if self.index_links else "") \
            + (" rehearsal" if self.rehearsal else "")  # a normal build never keeps a rehearsal's pages
        if state and state.env_key != env_key:
            state = None
        # output/'s 15,000 lstat calls at 5,000 areas (60,000 at 20,000) in a worker, beside the inputs' scan
        intact = beside(partial(output_intact, self.output, state.outputs),
                        self.jobs if len(state.outputs) >= OUTPUT_CHECK_BESIDE else 1) if state else None
        read: dict[str, bytes] = {}  # content files' bytes, read once for the snapshot and load both
        try:
            snapshot, changed = scan(self.site_dir, THEME, state.snapshot if state else None, read)
        finally:  # the worker is waited for even if the scan fails (the dev server goes on building)
            intact = intact is not None and intact()
        if state and intact and not changed:
            files = _files(state.outputs)
            pages = sum(1 for p in files if p.endswith(".html"))
            return BuildReport(pages, len(files), time.perf_counter() - start, WriteReport(0, len(files), 0), (),
                               rendered=0)
        from .load import load
        from .model import make_site
        from .render.deps import page_items, pages_to_render

        # The CLI's stores of each area's model and download rows (the dev server keeps its own in memory).
        cli = self.state_file is not None and not self.keep_sources
        models, rows = (Replaced(self.state_file.with_name(ITEMS_FILE)),
                        Replaced(self.state_file.with_name(ROWS_FILE))) if cli else (None, None)
        kept = [f for f in (models, rows) if f is not None]
        stored = ItemStore(_code_key(snapshot), models.old(), models.new()) if models else None
        try:
            unchanged = {p: f.digest for p, f in snapshot.files.items() if p not in changed} \
                if stored is not None and state is not None else None  # item files the store may hold
            sources = load(self.site_dir, {p: d for p, d in self._docs.items() if p not in changed},
                           self._memo if self.keep_sources else None, stored, self.jobs, unchanged, read)
            read.clear()
            self._docs = _documents(sources) if self.keep_sources else {}
            for gone in [p for p in self._memo if p not in sources.data]:
                del self._memo[gone]
            site = make_site(sources)
            if self.index_links and not site.config.index_links:
                site = replace(site, config=replace(site.config, index_links=True))
            if self.rehearsal:
                site = replace(site, config=replace(site.config, rehearsal=True))
            del sources
            specs, datasets = plan(site)
            self._environment(site, changed)
            items = page_items(specs)
            if self._publish is None and (self.keep_sources or self.state_file is not None):
                from .render.publish import PublishCache
                self._publish = PublishCache(rows=self.keep_sources)  # the CLI keeps only the images, on disk
                if not self.keep_sources:
                    self._read_cards(_code_key(snapshot))
            if rows is not None and self._publish is not None:
                from .render.stored_rows import StoredRows

                self._publish.rows = StoredRows(stored, rows.old(), rows.new())
            subset = pages_to_render(specs, items, state.items, changed) if state and intact else None
            overlap = subset is None and self._jobs(specs) > 1  # the workers render while this process publishes
            if self._publish is not None:
                self._publish.draw_many = None if overlap else partial(draw_split, jobs=self.jobs)
            _gc_for_rendering(frozen)
            if subset is not None:
                statics = extra_files(site, self.site_dir, specs, datasets, self._publish)
                chosen = {s.url for s in subset}
                subset += [s for s in specs if output_file(s.url) not in state.outputs and s.url not in chosen]
                report, outputs, touched = self._patch(site, specs, subset, statics, state)
            else:
                def publish() -> tuple[list[OutputFile], list[DownloadFiles]]:
                    streamed: list[DownloadFiles] = []  # a full build streams the downloads into the new tree
                    return extra_files(site, self.site_dir, specs, datasets, self._publish, streamed), streamed

                report, outputs = self._full(site, specs, publish, _files(state.outputs) if intact else None)
                touched = None
        except BaseException:
            for f in kept:
                f.close(keep=False)
            raise
        for f in kept:
            f.close(keep=True)
        if rows is not None:
            self._publish.rows = None
        outputs.update(folder_records(self.output, list(outputs), state.outputs if touched is not None else None,
                                      touched or ()))
        self._state = BuildState(snapshot, outputs, items, env_key)
        self._write_state()
        if not self.keep_sources and self._publish is not None:
            self._write_cache_file(CARDS_FILE, self._publish.dump_cards(_code_key(snapshot)))
        files = _files(outputs)
        pages = sum(1 for p in files if p.endswith(".html"))
        return BuildReport(pages, len(files), time.perf_counter() - start, report, site.warnings,
                           rendered=len(subset) if subset is not None else len(specs))

    def _patch(self, site: Site, specs: list[PageSpec], subset: list[PageSpec], statics: list[OutputFile],
               state: BuildState) -> tuple[WriteReport, dict[str, tuple[int, int]], list[str]]:
        from .render import render_each
        from .render.live import live_paths

        out = Collector()
        files = list(render_each(site, self.site_dir, subset, self._env, out)) + statics
        out.raise_if_any()
        paths = {output_file(s.url) for s in specs} | {f.path for f in statics}
        paths |= live_paths(specs, site.config.live_updates)  # the JSON beside each live page
        fresh = {f.path: f for f in files}
        problems = link_problems(site, self.site_dir, subset, [fresh.get(p) or _OnDisk(str(self.output), p)
                                                               for p in sorted(paths)], self._env)
        if problems:
            raise SiteError(problems)
        removed = [p for p in _files(state.outputs) if p not in paths]
        written = patch_output(self.output, files, removed)
        outputs = {p: v for p, v in state.outputs.items() if p in paths}  # folders are recorded afresh
        outputs.update((w.path, (w.size, w.mtime_ns)) for w in written)
        touched = [w.path for w in written if w.changed] + removed
        return WriteReport(len(touched) - len(removed), len(outputs) - len(touched) + len(removed), len(removed)), \
            outputs, touched

    def _jobs(self, specs: list[PageSpec]) -> int:
        return self.jobs if len(specs) >= PARALLEL_MIN else 1

    def _full(self, site: Site, specs: list[PageSpec],
              publish: Callable[[], tuple[list[OutputFile], list[DownloadFiles]]],
              previous: list[str] | None) -> tuple[WriteReport, dict[str, tuple[int, int]]]:
        """Every file into a new tree, swapped in once all of it is written and its links check out.

        The workers start on the pages at once; this process first makes the files that are not pages
        (publish(): static files, sitemap, feed, share images, the data downloads, 45 MB at 20,000 areas,
        written straight into the new tree as they are made), then takes pages from the same queue."""
        from .render import render_each

        stage = Stage(self.output)
        jobs = self._jobs(specs)
        try:
            def render_into_stage(part: list[PageSpec]) -> tuple[list[Written], list]:
                out = Collector()
                done = [stage.put(f.path, f.data) for f in render_each(site, self.site_dir, part, self._env, out)]
                return done, out.problems

            def publish_into_stage() -> list[Written]:
                statics, downloads = publish()
                written = [stage.put(f.path, f.data) for f in statics]
                statics.clear()
                for d in downloads:
                    written += stage.put_files(d.paths, d.write)
                return written

            if jobs > 1:
                _compile(self._env, specs)
            written, problems = run_queue(render_into_stage, specs, jobs, publish_into_stage)
            if problems:
                if jobs > 1:  # report them in page order, as one process does
                    problems = render_into_stage(specs)[1]
                raise SiteError(problems)
            written.sort(key=lambda w: w.path)  # the workers' pages come in no fixed order
            on_disk = [_OnDisk(str(stage.folder), w.path) for w in written]
            problems = run_split(lambda part: ([], link_problems(site, self.site_dir, part, on_disk, self._env)),
                                 specs, jobs)[1]
            if problems:
                if jobs > 1:  # once, in page order, as one process reports them
                    problems = link_problems(site, self.site_dir, specs, on_disk, self._env)
                raise SiteError(problems)
            removed = stage.commit({w.path for w in written}, previous)
        except BaseException:
            stage.abort()
            raise
        changed = sum(1 for w in written if w.changed)
        return WriteReport(changed, len(written) - changed, removed), {w.path: (w.size, w.mtime_ns) for w in written}

    def _read_state(self) -> BuildState | None:
        if self.state_file is None:
            return None
        try:
            return BuildState.load(self.state_file.read_bytes(), self.output)
        except Exception:  # noqa: BLE001 - a missing, old or damaged state only means a full build
            return None

    def _read_cards(self, code: str) -> None:
        try:
            data = self.state_file.with_name(CARDS_FILE).read_bytes()
        except OSError:  # none yet: every image is drawn
            return
        self._publish.load_cards(data, code)

    def _write_state(self) -> None:
        if self.state_file is None or self._state is None:
            return
        if self._write_cache_file(self.state_file.name, self._state.dump(self.output)):
            with contextlib.suppress(OSError):
                self.state_file.with_name(Path(OLD_STATE_FILE).name).unlink()

    def _write_cache_file(self, name: str, data: bytes) -> bool:
        """Replace one file beside state_file with `data` at once; False when the folder is read-only."""
        if self.state_file is None:
            return False
        target = self.state_file.with_name(name)
        temp = target.with_name(f".{name}.{os.getpid()}")
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            temp.write_bytes(data)
            os.replace(temp, target)
            return True
        except OSError:  # a read-only site folder: the next build is a full one, nothing worse
            with contextlib.suppress(OSError):
                temp.unlink()
            return False


@fast_init
@dataclass(frozen=True)
class _OnDisk:
    """A file already written (to the new tree, or kept in output/), read again only if the link check asks."""

    folder: str
    path: str

    @property
    def data(self) -> bytes:
        return read_bytes(f"{self.folder}/{self.path}")


def _compile(env: Any, specs: list[PageSpec]) -> None:
    """Compile the pages' templates before the workers are forked, so that each does not compile its own
    (a template with an error is left for the page's rendering to report, at its line)."""
    for name in sorted({s.template for s in specs}):
        try:
            env.get_template(name)
        except Exception:  # noqa: BLE001 - reported by render_page, as when nothing is compiled first
            pass


def _code_key(snapshot: Snapshot) -> str:
    """What the share images are drawn with: the generator's code (its files' digests) and Pillow's version."""
    import PIL

    code = sorted((p, f.digest) for p, f in snapshot.files.items() if p.startswith("code:"))
    return digest(repr((code, PIL.__version__)).encode("utf-8"))


def _files(outputs: dict[str, tuple[int, int]]) -> list[str]:
    """The files of an output manifest, without its folders ('' and 'a/b/')."""
    return [p for p in outputs if p and not p.endswith("/")]


def _documents(sources: Sources) -> dict[str, Any]:
    docs: dict[str, Any] = {sources.site.path: sources.site}
    docs.update(sources.data)
    docs.update((d.path, d) for d in (*sources.pages, *sources.updates))
    return docs


def _pause_gc() -> bool:
    """Stop the cyclic garbage collector while the model is built: its passes over the hundreds of
    thousands of objects a big election loads (which make no cycles) cost a fifth of the CPU time."""
    was = gc.isenabled()
    gc.disable()
    return was


def _gc_for_rendering(was: bool) -> None:
    """Rendering makes cyclic garbage (Jinja contexts): collect it again, but only among new objects,
    as the model is moved out of the collector's sight (gc.freeze) until the build ends. Leaving the
    collector off here added 90 MiB at 20,000 areas."""
    gc.freeze()
    if was:
        gc.enable()


def _resume_gc(was: bool) -> None:
    """After a build: an edit of 20,000 areas spent 0.41 s in one full collection when the model was
    unfrozen while the build still held it (and the state it then wrote made objects enough to start one)."""
    gc.unfreeze()
    if was:
        gc.enable()
