"""The dev server: build(), serve output/ with livereload, rebuild on every save and reload the browser.

A thin shell: every build goes through the same Builder as `python -m generator build` (kept for the session).
livereload provides the static file handler, the script-injecting transform and the reload websocket.
Its own Server.serve() is not used, because of three behaviours found in livereload 2.7.1's source
(the first also measured by benchmarks/serve_reload.py, which shows the second of two saves dropped):
  * its watcher drops any change seen within DEFAULT_RELOAD_TIME (3 s) of the last reload, and the
    change is then never reported again, so a second quick save never reaches the browser;
  * it runs the build on the IOLoop thread, so nothing is served while a build runs;
  * its livereload.js client cannot tell the server which build the page shows, so a reload sent while
    the browser is between two pages (loading the previous reload) is lost.
Here a polling watcher (generator/watch.py) runs builds on a thread, and the injected client sends the
build it was served with; the server answers at once with a reload when that build is out of date.
What it answers at all (its own host names, its own pages' reload sockets, well-formed paths inside
output/) is decided by generator/serve_access.py; everything else gets a short plain-text 4xx.
"""
from __future__ import annotations

import asyncio
import errno
import html
import json
import secrets
import socket
import threading
import time
import traceback
import webbrowser
from pathlib import Path
from types import SimpleNamespace

import click
from livereload.handlers import LiveReloadHandler, StaticFileHandler
from livereload.server import LiveScriptInjector
from tornado import web
from tornado.httpserver import HTTPServer
from tornado.ioloop import IOLoop
from tornado.netutil import bind_sockets

from .build import BuildReport, build
from .builder import STATE_FILE, Builder
from .console import print_problems
from .errors import Problem, SiteError
from .serve_access import REFUSED_ORIGIN, Access, Guarded, NotFound, Refused, local_address, path_problem
from .watch import Watcher, watched_paths

PORT_TRIES = 20
RELOAD_MESSAGE = {"command": "reload", "path": "*", "liveCSS": False, "liveImg": False}


class Shown:
    """What the server shows now: the token of the build pages carry, and the problems if it failed.

    Changed only on the IOLoop thread (by publish), which is also where pages are served.
    """

    def __init__(self, problems: list[Problem]) -> None:
        self._instance = secrets.token_hex(4)  # after a restart, pages reconnecting see a new token
        self._count = 0
        self.token = f"{self._instance}-0"
        self.problems = problems

    def publish(self, problems: list[Problem]) -> None:
        """Show the new build (or its error) and tell every open page to reload."""
        self._count += 1
        self.token = f"{self._instance}-{self._count}"
        self.problems = problems
        ReloadSocket.reload_waiters("*")


def reload_script(token: str) -> bytes:
    """The client: a websocket speaking the livereload protocol that also reports its page's build."""
    return (
        "<script>/* live reload: added by the dev server, never written to output/ */"
        "(function(){var build=%s;function connect(){"
        "var ws=new WebSocket((location.protocol==='https:'?'wss://':'ws://')+location.host+'/livereload');"
        "ws.onopen=function(){ws.send(JSON.stringify({command:'hello',"
        "protocols:['http://livereload.com/protocols/official-7']}))};"
        "ws.onmessage=function(e){var m=JSON.parse(e.data);"
        "if(m.command==='hello'){ws.send(JSON.stringify({command:'info',url:location.href,build:build}))}"
        "else if(m.command==='reload'){location.reload()}};"
        "ws.onclose=function(){setTimeout(connect,500)}}connect()})();</script>"
        % json.dumps(token)
    ).encode()


def render_error_page(problems: list[Problem]) -> str:
    """The page shown in place of every page while the last build failed, with `path:line: message` and hint."""
    items = "\n".join(f"<li><pre>{html.escape(str(p))}</pre></li>" for p in problems)
    count = f"{len(problems)} problems" if len(problems) > 1 else "1 problem"
    return f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Build failed – {count}</title>
<style>
body {{ font: 16px/1.5 system-ui, sans-serif; margin: 0; background: #fff5f5; color: #1a1a1a; }}
main {{ max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }}
h1 {{ color: #9b1c1c; }}
pre {{ white-space: pre-wrap; background: #fff; border-left: 4px solid #c53030; padding: .75rem 1rem; }}
ol {{ padding-left: 1.5rem; }}
</style>
</head>
<body>
<main role="alert">
<h1>The site could not be built: {count}</h1>
<p>Fix the file named below and save it: this page reloads by itself. The last good build of the
site is still in output/, unchanged.</p>
<ol class="problems">
{items}
</ol>
</main>
</body>
</html>
"""


class ReloadSocket(Guarded, LiveReloadHandler):
    """livereload's websocket, plus: a page served by an older build is told to reload at once.

    Opened only by the server's own pages: browsers let any page open a websocket anywhere, so the
    Origin header is checked (a client that sends none is not a browser, and is not refused)."""

    watcher = SimpleNamespace(filepath=None)  # reload_waiters() logs the path livereload's watcher saw
    live_css = False

    def initialize(self, shown: Shown, access: Access, reported: set[str | None]) -> None:
        self.shown = shown
        self.access = access
        self.reported = reported

    def prepare(self) -> None:
        self.refuse_foreign_host()
        origin = self.request.headers.get("Origin")
        if origin is not None and not self.check_origin(origin):
            raise Refused(403, REFUSED_ORIGIN)

    def check_origin(self, origin: str) -> bool:
        return self.access.origin_allowed(origin, local_address(self.request))

    def on_message(self, message: str) -> None:
        super().on_message(message)
        try:
            data = json.loads(message)
        except ValueError:
            return
        # Runs on the IOLoop, as does publish(): the page is either registered before a new build
        # is announced, or sees the new token here; a reload can never fall in between.
        if isinstance(data, dict) and data.get("command") == "info" and data.get("build") != self.shown.token:
            self.send_message(RELOAD_MESSAGE)


def is_page(path: str) -> bool:
    last = path.rsplit("/", 1)[-1]
    return last == "" or last.endswith((".html", ".htm")) or "." not in last


class SiteHandler(Guarded, StaticFileHandler):
    """Files of the built site only, never cached; the error page instead of pages while a build fails."""

    def initialize(self, path: str, shown: Shown, access: Access, reported: set[str | None],
                   default_filename: str | None = None) -> None:
        super().initialize(path, default_filename)
        self.shown = shown
        self.access = access
        self.reported = reported

    def prepare(self) -> None:
        self.refuse_foreign_host()

    async def get(self, path: str, include_body: bool = True) -> None:
        if problem := path_problem(self.request.path, path):
            raise Refused(400, problem)
        if self.shown.problems and is_page(path):
            self.set_status(500)
            self.set_header("Content-Type", "text/html; charset=utf-8")
            self.set_header("Cache-Control", "no-store")
            self.finish(render_error_page(self.shown.problems) if include_body else b"")
            return
        await super().get(path, include_body)

    def validate_absolute_path(self, root: str, absolute_path: str) -> str | None:
        # Tornado already refuses ../ escapes; checked again on resolved paths, as STYLE.md asks, so that
        # a symlink in output/ leading out of it is not followed either.
        target = Path(absolute_path)
        try:
            inside = target.resolve().is_relative_to(Path(root).resolve())
        except (OSError, RuntimeError, ValueError):  # a symlink loop, an unreadable folder
            raise web.HTTPError(404) from None
        if not inside:
            raise Refused(403, "not a file of the site")
        if target.is_dir() and self.default_filename and not (target / self.default_filename).is_file():
            raise web.HTTPError(404)  # a folder with no page: not found, rather than a redirect to a 404
        return super().validate_absolute_path(root, absolute_path)

    def set_extra_headers(self, path: str) -> None:
        self.set_header("Cache-Control", "no-store")


def make_app(output: Path, shown: Shown, access: Access) -> web.Application:
    class ReloadInjector(LiveScriptInjector):
        """livereload's transform that adds the script before </head>, with the current build's token."""

        @property
        def script(self) -> bytes:  # type: ignore[override]
            return reload_script(shown.token)

    guard = {"access": access, "reported": set()}
    return web.Application(
        [(r"/livereload", ReloadSocket, {"shown": shown, **guard}),
         (r"/(.*)", SiteHandler, {"path": str(output), "default_filename": "index.html", "shown": shown, **guard})],
        transforms=[ReloadInjector], log_function=lambda handler: None,
        default_handler_class=NotFound, default_handler_args=guard)


def listen(host: str, port: int) -> list[socket.socket]:
    """The sockets listening on `port`, or the next free one."""
    for candidate in range(port, port + PORT_TRIES):
        try:
            sockets = bind_sockets(candidate, host)
        except OSError as exc:
            if exc.errno == errno.EADDRINUSE and port != 0:
                click.echo(f"Port {candidate} is in use, trying {candidate + 1}.")
                continue
            raise click.ClickException(f"cannot listen on {host}:{candidate}: {exc.strerror or exc}") from None
        return sockets
    raise click.ClickException(f"ports {port} to {port + PORT_TRIES - 1} are all in use; pass --port")


def run_build(site_dir: Path, output: Path, builder: Builder | None = None) -> tuple[BuildReport | None, list[Problem]]:
    """One build (through the long-lived Builder when given, else build()); problems are returned,
    never raised, so a bad edit can't stop the server."""

    start = time.perf_counter()
    try:
        report = builder.build() if builder else build(site_dir, output)
    except SiteError as exc:
        print_problems(exc.problems)
        problems = exc.problems
    except Exception as exc:  # a bug, or a disk error: keep serving the last good build
        traceback.print_exc()
        problems = [Problem("generator", None, f"internal error: {type(exc).__name__}: {exc}",
                            "this is not a mistake in your files; the terminal shows the details")]
    else:
        print_problems(list(report.warnings))
        click.echo(report.summary())
        return report, []
    seconds = time.perf_counter() - start
    click.echo(f"Build failed in {seconds:.2f} s; the browser shows the error, output/ was left as it was.",
               err=True)
    return None, problems


def rebuild_forever(site_dir: Path, output: Path, watcher: Watcher, shown: Shown, loop: IOLoop,
                    stop: threading.Event, failed: bool, builder: Builder | None = None) -> None:
    """The builder thread: wait for a quiet burst of edits, rebuild once, announce it."""
    while not stop.is_set():
        try:
            failed = rebuild_once(site_dir, output, watcher, shown, loop, stop, failed, builder)
        except Exception:  # the thread must outlive any bug, or saves would silently stop showing
            traceback.print_exc()
            time.sleep(0.5)


def rebuild_once(site_dir: Path, output: Path, watcher: Watcher, shown: Shown, loop: IOLoop,
                 stop: threading.Event, failed: bool, builder: Builder | None = None) -> bool:
    """Wait for the next change and rebuild; return whether the site is now failing to build."""
    changed = watcher.wait_for_change(stop)
    if not changed:
        return failed
    names = [_display(Path(p), site_dir) for p in changed]
    click.echo(f"Changed: {', '.join(names[:5])}{f' and {len(names) - 5} more' if len(names) > 5 else ''}")
    report, problems = run_build(site_dir, output, builder)
    if report and not failed and report.write and not (report.write.written or report.write.removed):
        click.echo("The site is unchanged; pages were not reloaded.")
        return False
    loop.add_callback(shown.publish, problems)
    return bool(problems)


def _display(path: Path, site_dir: Path) -> str:
    try:
        return path.resolve().relative_to(site_dir.resolve()).as_posix()
    except ValueError:
        return str(path)


def serve(site_dir: Path, output: Path, host: str, port: int, open_browser: bool, rehearsal: bool = False) -> None:
    """Build, serve `output` on host:port (or the next free port) and rebuild until interrupted."""
    watcher = Watcher(watched_paths(site_dir))  # scanned before the first build: no edit slips through
    # One Builder for the session keeps parsed files and each area's model in memory, so an edit
    # re-renders only the pages it can change; jobs=1 because it runs on a thread (no fork).
    builder = Builder(site_dir, output, jobs=1, state_file=site_dir / STATE_FILE, rehearsal=rehearsal)
    _, problems = run_build(site_dir, output, builder)
    shown = Shown(problems)
    stop = threading.Event()

    async def main() -> None:
        sockets = listen(host, port)
        used = sockets[0].getsockname()[1]
        HTTPServer(make_app(output, shown, Access(host, used))).add_sockets(sockets)
        url = f"http://{f'[{host}]' if ':' in host else host}:{used}/"
        click.echo(f"Serving {output} on {url} (press Ctrl+C to stop)")
        threading.Thread(target=rebuild_forever, name="rebuild", daemon=True,
                         args=(site_dir, output, watcher, shown, IOLoop.current(), stop, bool(problems),
                                               builder)).start()
        if open_browser:
            threading.Thread(target=webbrowser.open, args=(url,), daemon=True).start()
        await _forever()

    try:
        asyncio.run(main())
    except KeyboardInterrupt:
        click.echo("Stopped.")
    finally:
        stop.set()


async def _forever() -> None:
    await asyncio.Event().wait()
