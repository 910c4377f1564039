"""The dev server in a real browser: saves show up by themselves, errors show up in the page, nothing leaks."""
from __future__ import annotations

import asyncio
import json
import re
import shutil
import socket
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect
from tornado.websocket import websocket_connect

from .conftest import EPOCH, REPO
from .devserver import DevServer, edit
from generator.build import check
from generator.errors import SiteError

RESULTS = "content/results.yaml"
MEMBERS_ESTIMATE = "    eligible_estimate: 343500\n"  # the first section (members), shown on /result/
WAIT_MS = 10_000
PROTOCOL = "http://livereload.com/protocols/official-7"


@pytest.fixture
def site(example_site: Path) -> Path:
    """The example site with its own copy of the templates, so that a test may edit them."""
    shutil.copytree(REPO / "templates", example_site / "templates")
    return example_site


@pytest.fixture
def server(site: Path):
    with DevServer(site) as server:
        yield server


@pytest.fixture
def page(browser: Browser):
    page = browser.new_page()
    try:
        yield page
    finally:
        page.close()


def members_estimate(page: Page):
    table = page.locator("table", has_text="Estimated eligible")
    return table.locator("tr", has_text="Party members").locator("td").first


def open_result(page: Page, server: DevServer) -> None:
    page.goto(server.url + "result/")
    expect(members_estimate(page)).to_have_text("343,500")
    page.evaluate("window.notReloaded = true")


def test_figure_edit_reloads_page_by_itself(site: Path, server: DevServer, page: Page) -> None:
    open_result(page, server)
    mark = len(server.lines)
    edit(site / RESULTS, MEMBERS_ESTIMATE, "    eligible_estimate: 350000\n")
    expect(members_estimate(page)).to_have_text("350,000", timeout=WAIT_MS)
    assert page.evaluate("window.notReloaded") is None  # the browser reloaded, the test did not
    assert server.wait_for(r"Changed: content/results\.yaml", after=mark)
    assert server.wait_for(r"Built 54 pages .* in \d+\.\d\d s", after=mark)


def test_template_edit_shows(site: Path, server: DevServer, page: Page) -> None:
    open_result(page, server)
    edit(site / "templates/base.html", "<p class=\"stamp\">Last updated", "<p class=\"stamp\">Draft copy, last updated")
    expect(page.locator("footer .stamp")).to_contain_text("Draft copy, last updated", timeout=WAIT_MS)


def test_two_saves_one_second_apart_both_reach_the_browser(site: Path, server: DevServer, page: Page) -> None:
    open_result(page, server)
    first_save = time.monotonic()
    edit(site / RESULTS, MEMBERS_ESTIMATE, "    eligible_estimate: 350000\n")
    expect(members_estimate(page)).to_have_text("350,000", timeout=WAIT_MS)
    time.sleep(max(0.0, first_save + 1.0 - time.monotonic()))
    edit(site / RESULTS, "    eligible_estimate: 350000\n", "    eligible_estimate: 351000\n")
    expect(members_estimate(page)).to_have_text("351,000", timeout=WAIT_MS)
    time.sleep(1.0)  # and it stays the file as on disk
    expect(members_estimate(page)).to_have_text("351,000")


def test_broken_yaml_shows_error_page_then_fix_brings_page_back(site: Path, server: DevServer, page: Page,
                                                                  browser: Browser) -> None:
    open_result(page, server)
    good = (site / RESULTS).read_text(encoding="utf-8")
    edit(site / RESULTS, "  place: Special leadership conference", "  place: [Special leadership conference")
    with pytest.raises(SiteError) as failure:
        check(site)
    expected = str(failure.value.problems[0])
    assert expected.startswith(f"{RESULTS}:7: YAML syntax error")
    assert "\n  hint: " in expected

    expect(page.locator("h1")).to_contain_text("could not be built", timeout=WAIT_MS)
    expect(page.locator("ol.problems pre")).to_have_text(expected)
    assert server.wait_for(f"Error: {RESULTS}:7: YAML syntax error")  # the terminal says it too
    assert server.proc.poll() is None
    # Every page shows the error, not only the one that was open.
    page2 = browser.new_page()
    page2.goto(server.url + "candidates/")
    expect(page2.locator("ol.problems pre")).to_have_text(expected)
    page2.close()

    (site / RESULTS).write_text(good.replace(MEMBERS_ESTIMATE, "    eligible_estimate: 352000\n"), encoding="utf-8")
    expect(members_estimate(page)).to_have_text("352,000", timeout=WAIT_MS)
    expect(page.locator("h1")).to_have_text("Leader of the Labour Party: result of the ballot")


def test_template_error_names_template_and_line(site: Path, server: DevServer, page: Page) -> None:
    open_result(page, server)
    base = site / "templates/base.html"
    good = base.read_text(encoding="utf-8")
    line = next(n for n, text in enumerate(good.splitlines(), 1) if "{% block main %}" in text)
    edit(base, "{% block main %}{% endblock %}", "{% block main %}{% endblok %}")
    expect(page.locator("ol.problems pre").first).to_contain_text(f"templates/base.html:{line}: template syntax error",
                                                                  timeout=WAIT_MS)
    base.write_text(good, encoding="utf-8")
    expect(members_estimate(page)).to_have_text("343,500", timeout=WAIT_MS)


def test_ten_files_saved_at_once_rebuild_once_or_twice(site: Path, server: DevServer) -> None:
    files = sorted((site / "content").rglob("*.yaml")) + sorted((site / "content").rglob("*.md"))
    assert len(files) >= 10
    mark = len(server.lines)
    for file in files[:10]:
        with open(file, "a", encoding="utf-8") as fh:
            fh.write("\n# saved again\n" if file.suffix == ".yaml" else "\nSaved again.\n")
    server.wait_for(r"Built 54 pages", after=mark)
    time.sleep(1.5)  # long enough for any further rebuild to start and finish
    assert 1 <= server.count(r"^Changed: ", after=mark) <= 2, server.output


def test_published_files_have_no_reload_script(site: Path, server: DevServer) -> None:
    served = urllib.request.urlopen(server.url + "result/").read().decode()
    assert "/livereload" in served
    mark = len(server.lines)
    edit(site / RESULTS, MEMBERS_ESTIMATE, "    eligible_estimate: 350000\n")
    server.wait_for(r"Built 54 pages", after=mark)
    pages = list((site / "output").rglob("*.html"))
    assert len(pages) == 54  # 32 reader pages, 21 chart embeds and 404.html
    for file in pages:
        text = file.read_text(encoding="utf-8")
        assert "livereload" not in text, file
        # the one script left is the live pages' own file (docs/election-night.md)
        assert all(s.startswith('<script src="static/live.js"') or s.startswith('<script src="../static/live.js"')
                   for s in re.findall(r"<script[^>]*>", text)), file


def raw_get(url: str, target: str) -> tuple[int, bytes]:
    """Send the request line exactly as given (no client-side normalisation of ../ or %2e)."""
    host, port = url.split("//")[1].rstrip("/").rsplit(":", 1)
    with socket.create_connection((host, int(port)), timeout=5) as conn:
        conn.sendall(f"GET {target} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n".encode())
        data = b""
        while chunk := conn.recv(65536):
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    return int(head.split()[1]), body


TRAVERSALS = ["/../site.yaml", "/%2e%2e/site.yaml", "/%2E%2E/%2e%2e/secret.txt", "/..%2fsite.yaml",
              "/static/..%2f..%2fsite.yaml", "/result/%2e%2e/%2e%2e/content/results.yaml", "/./../../secret.txt",
              "/..\\site.yaml", "//etc/passwd", "/%2e%2e%5csite.yaml", "/result/../../site.yaml",
              "/%252e%252e/site.yaml", "/output/../site.yaml"]


def test_no_path_traversal(tmp_path: Path, site: Path, server: DevServer) -> None:
    (tmp_path / "secret.txt").write_text("SECRET-OUTSIDE-THE-SITE", encoding="utf-8")
    for target in TRAVERSALS:
        status, body = raw_get(server.url, target)
        assert status in (400, 403, 404), (target, status)
        assert b"SECRET" not in body and b"eligible_estimate" not in body and b"base_url" not in body, target
    assert raw_get(server.url, "/result/")[0] == 200


def test_port_in_use_moves_to_next_free_port(site: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        with DevServer(site, "--port", str(port)) as server:
            assert server.wait_for(rf"Port {port} is in use, trying {port + 1}\.")
            assert server.url.startswith("http://127.0.0.1:")  # local only unless --host says otherwise
            used = int(server.url.rstrip("/").rsplit(":", 1)[1])
            assert used > port
            assert urllib.request.urlopen(server.url + "result/").status == 200


def test_page_from_an_older_build_is_told_to_reload_at_once(server: DevServer) -> None:
    """Closes the gap between pages: a reload sent while the browser was loading is not lost."""
    served = urllib.request.urlopen(server.url + "result/").read().decode()
    current = re.search(r'var build="([^"]+)"', served).group(1)

    async def handshake(build: str) -> dict | None:
        ws = await websocket_connect(server.url.replace("http://", "ws://") + "livereload")
        await ws.write_message(json.dumps({"command": "hello", "protocols": [PROTOCOL]}))
        assert json.loads(await ws.read_message())["command"] == "hello"
        await ws.write_message(json.dumps({"command": "info", "url": server.url, "build": build}))
        try:
            message = await asyncio.wait_for(ws.read_message(), 0.5)
        except asyncio.TimeoutError:
            message = None
        ws.close()
        return json.loads(message) if message else None

    # In a thread of its own: playwright's sync API keeps an event loop running in this one.
    with ThreadPoolExecutor(1) as pool:
        assert pool.submit(asyncio.run, handshake(current)).result() is None
        assert pool.submit(asyncio.run, handshake("an-earlier-build")).result()["command"] == "reload"


def test_rebuild_rewrites_only_changed_files_and_skips_needless_reloads(site: Path) -> None:
    # With a fixed build time (the footer stamp otherwise changes every page on every build).
    with DevServer(site, "--port", "0", env={"SOURCE_DATE_EPOCH": EPOCH}) as server:
        mark = len(server.lines)
        edit(site / RESULTS, MEMBERS_ESTIMATE, "    eligible_estimate: 350000\n")
        summary = server.wait_for(r"^Built 54 pages \((\d+) files, (\d+) written, (\d+) unchanged", after=mark)
        files, written, unchanged = map(int, summary.groups())
        assert written == 2 and unchanged == files - 2  # only /result/ (and its live.json) shows the estimate
        mark = len(server.lines)
        with open(site / RESULTS, "a", encoding="utf-8") as fh:
            fh.write("# a comment changes no page\n")
        assert server.wait_for(r"^The site is unchanged; pages were not reloaded\.", after=mark)


def test_open_flag_opens_the_browser_at_the_served_address(site: Path, tmp_path: Path) -> None:
    opened = tmp_path / "opened.txt"
    fake_browser = tmp_path / "fake-browser"
    fake_browser.write_text(f"#!/bin/sh\necho \"$1\" > {opened}\n")
    fake_browser.chmod(0o755)
    with DevServer(site, "--port", "0", "--open", env={"BROWSER": str(fake_browser)}) as server:
        deadline = time.monotonic() + 10
        while not (opened.exists() and opened.read_text().strip()) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert opened.read_text().strip() == server.url
