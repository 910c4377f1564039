"""Live pages (site.yaml live_updates): an open page takes a rebuilt result in place, over HTTP, in Chromium;
the JSON it polls is deterministic, escaped, in no sitemap, and absent with live_updates: 0."""
from __future__ import annotations

import http.server
import json
import subprocess
import sys
import threading
import time
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import Iterator

import pytest
from bs4 import BeautifulSoup

from generator.build import build
from generator.scaffold import create_site
from tests.conftest import REPO, copy_example

DECLARED = """\
id: east-bay
name: East Bay (sample)
region: Sample Region
nation: Sample Nation
electorate: 60000
status: declared
declared_at: 2024-07-05 02:31
previous_party: party-a
candidates:
  - name: Lee Test
    party: party-a
    votes: 12000
  - name: Max Trial
    party: party-c
    votes: 15000
"""


def new_site(folder: Path, kind: str = "general-election", every: int = 2) -> Path:
    create_site(folder, kind)
    with (folder / "site.yaml").open("a", encoding="utf-8") as fh:
        fh.write(f"live_updates: {every}\n")
    return folder


class _Logged(http.server.SimpleHTTPRequestHandler):
    """A static host (Last-Modified, If-Modified-Since -> 304) that records each answer's path and status."""

    log: list[tuple[str, int]]

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        self.log.append((self.path, int(code) if str(code).isdigit() else 0))

    def log_message(self, *args: object) -> None:
        pass


@contextmanager
def serving(folder: Path) -> Iterator[tuple[str, list[tuple[str, int]]]]:
    log: list[tuple[str, int]] = []
    handler = type("Handler", (_Logged,), {"log": log})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), partial(handler, directory=str(folder)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", log
    finally:
        server.shutdown()
        server.server_close()


def cli_build(site: Path, out: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "generator", "build", "--site", str(site), "--output", str(out)],
                          cwd=REPO, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr


def test_an_open_page_takes_a_new_result_in_place(tmp_path: Path, browser) -> None:
    site, out = new_site(tmp_path / "site"), tmp_path / "site" / "output"
    cli_build(site, out)
    with serving(out) as (base, log):
        page = browser.new_page(viewport={"width": 360, "height": 400})
        try:
            page.goto(f"{base}/areas/east-bay-sample/")
            assert "Awaiting declaration" in page.inner_text("#status")
            page.evaluate("window.keptFromLoad = 'yes'")
            page.focus("#main .lede a")  # a link inside the live region: focus comes back to the same link
            focused = page.evaluate("document.activeElement.getAttribute('href')")
            page.evaluate("window.scrollTo(0, 60)")
            scroll = page.evaluate("window.scrollY")
            assert scroll > 0
            # Two polls of the unchanged file: the second is answered 304 Not Modified.
            page.wait_for_function("document.getElementById('live-checked').textContent.length > 0", timeout=6000)
            time.sleep(2.5)
            assert any(p.endswith("live.json") and code == 304 for p, code in log), log
            (site / "content/areas/east-bay.yaml").write_text(DECLARED, encoding="utf-8")
            cli_build(site, out)
            changed_at = time.monotonic()
            page.wait_for_function("document.getElementById('status').textContent.indexOf('Declared') >= 0",
                                   timeout=4500)  # two polling intervals and a little
            assert time.monotonic() - changed_at < 4.5
            assert page.evaluate("window.keptFromLoad") == "yes"  # no reload
            assert page.evaluate("document.activeElement.getAttribute('href')") == focused
            assert page.evaluate("document.getElementById('main').contains(document.activeElement)")
            assert page.evaluate("window.scrollY") == scroll
            assert "Max Trial" in page.inner_text("#result")
            assert page.locator("#result-table tbody tr").count() == 2
            announced = page.inner_text("#live-announce")
            assert announced.startswith("Updated ") and "East Bay (sample): " in announced, announced
            assert page.get_attribute("#live-announce", "aria-live") == "polite"
            assert "Checked for new results at" in page.inner_text("#live-checked")
            # The footer's stamp, empty on the page as opened, shows the first declaration's time.
            assert page.inner_text("#stamp") == "Last updated 5 July 2024, 02:31"
            # The bars are the rebuilt page's: same SVG as a fresh load of it.
            live_svg = page.inner_html("#main figure")
            fresh = browser.new_page()
            fresh.goto(f"{base}/areas/east-bay-sample/")
            assert fresh.inner_html("#main figure") == live_svg
            fresh.close()
        finally:
            page.close()


def test_an_open_leadership_result_page_takes_the_declared_result(tmp_path: Path, browser) -> None:
    """The other kind: the result page, awaiting with `new --zero`, shows the declared result in place."""
    site, out = tmp_path / "site", tmp_path / "site" / "output"
    create_site(site, "leadership", zero=True)
    with (site / "site.yaml").open("a", encoding="utf-8") as fh:
        fh.write("live_updates: 2\n")
    cli_build(site, out)
    with serving(out) as (base, _):
        page = browser.new_page()
        try:
            page.goto(f"{base}/result/")
            assert "Awaiting the result" in page.inner_text("#main")
            page.evaluate("window.keptFromLoad = 'yes'")
            results = site / "content/results.yaml"
            text = results.read_text("utf-8").replace("status: awaiting", "status: declared\n  declared_at: 2024-01-01 12:00")
            results.write_text(text.replace("candidate-a: 0", "candidate-a: 600").replace("candidate-b: 0", "candidate-b: 400")
                               .replace("valid_votes: 0", "valid_votes: 1000"), encoding="utf-8")
            cli_build(site, out)
            page.wait_for_function("document.getElementById('main').textContent.indexOf('600') >= 0", timeout=4500)
            assert "Awaiting the result" not in page.inner_text("#main")
            assert page.evaluate("window.keptFromLoad") == "yes"
            assert page.inner_text("#live-announce").startswith("Updated ")
        finally:
            page.close()


def test_the_leadership_result_page_is_live(tmp_path: Path) -> None:
    site = copy_example(tmp_path / "site")
    with (site / "site.yaml").open("a", encoding="utf-8") as fh:
        fh.write("live_updates: 30\n")
    out = tmp_path / "out"
    build(site, out)
    script = BeautifulSoup((out / "result/index.html").read_text("utf-8"), "html.parser").find(
        "script", src=True)
    assert script["src"].endswith("static/live.js") and script["data-live-every"] == "30"
    assert script.has_attr("defer") and script["data-live-url"] == "live.json"
    doc = json.loads((out / "result/live.json").read_text("ascii"))
    assert doc["version"] == script["data-live-version"] and sorted(doc) == ["summary", "version"]
    assert (out / "static/live.js").stat().st_size < 5000


def test_live_json_is_deterministic_escaped_and_in_no_sitemap(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1720000000")
    site = new_site(tmp_path / "site", every=60)
    area = site / "content/areas/east-bay.yaml"
    area.write_text(DECLARED.replace("Max Trial", '"Max </script><b>Trial</b><!--"'), encoding="utf-8")
    one, two = tmp_path / "one", tmp_path / "two"
    build(site, one)
    build(site, two)
    jsons = sorted(p.relative_to(one).as_posix() for p in one.rglob("live.json"))
    assert "areas/east-bay-sample/live.json" in jsons and "live.json" in jsons
    for rel in jsons:
        assert (one / rel).read_bytes() == (two / rel).read_bytes()
    raw = (one / "areas/east-bay-sample/live.json").read_bytes()
    assert raw.isascii() and b"</" not in raw and b"<script" not in raw.lower() and b"<!--" not in raw
    doc = json.loads(raw)
    page = BeautifulSoup((one / "areas/east-bay-sample/index.html").read_text("utf-8"), "html.parser")
    assert doc == {"version": page.find("script", src=True)["data-live-version"],
                   "summary": page.find("meta", attrs={"name": "description"})["content"]}
    assert len(raw) < 200  # the page holds the figures: the script fetches it when the version moves
    html = str(page.find(id="main"))  # what the script puts in place
    assert "&lt;/script&gt;&lt;b&gt;Trial&lt;/b&gt;" in html and "<b>" not in html
    assert "live.json" not in (one / "sitemap.xml").read_text("utf-8")


def test_live_updates_0_gives_no_script_and_no_json(tmp_path: Path) -> None:
    site = new_site(tmp_path / "site", every=0)
    out = tmp_path / "out"
    build(site, out)
    assert not list(out.rglob("live.json"))
    for page in out.rglob("*.html"):
        text = page.read_text("utf-8")
        assert "live.js" not in text and "data-live" not in text and "live-announce" not in text, page


def test_live_updates_must_be_a_whole_number(tmp_path: Path) -> None:
    from tests.sitecopy import run_cli

    site = new_site(tmp_path / "site", every=0)
    text = (site / "site.yaml").read_text("utf-8").replace("live_updates: 0", "live_updates: -5")
    (site / "site.yaml").write_text(text, "utf-8")
    result = run_cli("build", "--site", str(site))
    assert result.exit_code == 1
    line = text.splitlines().index("live_updates: -5") + 1
    assert f"site.yaml:{line}: live_updates must be 0 or more (got -5)" in result.output
    assert not (site / "output").exists()


def test_a_poisoned_update_swapped_in_runs_no_script(tmp_path: Path, browser) -> None:
    """Payloads in every text field: the live regions put in place by the script stay text."""
    import yaml

    from tests.test_safe_output import poison

    site, out = tmp_path / "site", tmp_path / "site" / "output"
    create_site(site, "general-election")
    assert poison(site) > 20
    with (site / "site.yaml").open("a", encoding="utf-8") as fh:
        fh.write("live_updates: 1\n")
    cli_build(site, out)
    with serving(out) as (base, _):
        page = browser.new_page()
        try:
            page.goto(f"{base}/")
            area = site / "content/areas/north-town.yaml"
            data = yaml.safe_load(area.read_text("utf-8"))
            data["candidates"][0]["votes"] += 1
            area.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
            cli_build(site, out)
            # Two builds in one second: the JSON's Last-Modified still moves on (write.py _later_second).
            page.wait_for_function("document.getElementById('live-announce').textContent.length > 0", timeout=8000)
            state = page.evaluate("""() => ({
                xss: typeof window.__xss,
                handlers: [...document.querySelectorAll('*')].filter(
                    e => [...e.attributes].some(a => a.name.startsWith('on'))).length,
                imgX: [...document.images].filter(i => i.getAttribute('src') === 'x').length,
                text: document.getElementById('main').innerText.includes('onerror='),
            })""")
            assert state == {"xss": "undefined", "handlers": 0, "imgX": 0, "text": True}
        finally:
            page.close()
