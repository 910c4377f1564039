"""Live referendum pages: an open counting-area page and the open home page take a rebuilt declaration in
place, over HTTP, in Chromium, within two polling intervals and without a reload."""
from __future__ import annotations

import json
import time
from pathlib import Path

from generator.scaffold import create_site
from tests.test_live_updates import cli_build, serving

DECLARED = """\
id: north-town
name: North Town (sample)
region: Sample Region
nation: Sample Nation
electorate: 70000
status: declared
declared_at: 2024-01-02 02:31
rejected_ballots: 120
results:
  - answer: "yes"
    votes: 26000
  - answer: "no"
    votes: 21000
"""


def test_open_referendum_pages_take_a_declaration_in_place(tmp_path: Path, browser) -> None:
    site, out = tmp_path / "site", tmp_path / "site" / "output"
    create_site(site, "referendum", zero=True)
    with (site / "site.yaml").open("a", encoding="utf-8") as fh:
        fh.write("live_updates: 2\n")
    cli_build(site, out)
    for page in ("", "regions/sample-region/", "areas/north-town-sample/", "areas/east-bay-sample/"):
        version = json.loads((out / page / "live.json").read_text("ascii"))["version"]
        assert f'data-live-version="{version}"' in (out / page / "index.html").read_text("utf-8"), page
    with serving(out) as (base, _):
        area, home = browser.new_page(viewport={"width": 360, "height": 640}), browser.new_page()
        try:
            area.goto(f"{base}/areas/north-town-sample/")
            home.goto(f"{base}/")
            assert area.inner_text("#status") == "Awaiting declaration"
            assert "0 of 3 counting areas declared" in home.inner_text("#main")
            for p in (area, home):
                p.evaluate("window.keptFromLoad = 'yes'")
            (site / "content/areas/north-town.yaml").write_text(DECLARED, encoding="utf-8")
            cli_build(site, out)
            changed_at = time.monotonic()
            area.wait_for_function("document.getElementById('status').textContent.indexOf('Declared') >= 0",
                                   timeout=4500)  # two polling intervals and a little
            home.wait_for_function("document.getElementById('main').textContent.indexOf('1 of 3') >= 0",
                                   timeout=4500)
            assert time.monotonic() - changed_at < 4.5
            assert area.evaluate("window.keptFromLoad") == "yes" and home.evaluate("window.keptFromLoad") == "yes"
            assert "55.3%" in area.inner_text("#result")  # 26,000 of 47,000 valid votes
            assert area.locator("#result-table tbody tr").count() == 2
            assert "Yes leads" in home.inner_text("#main")
            announced = area.inner_text("#live-announce")
            assert announced.startswith("Updated ") and "North Town (sample): " in announced, announced
        finally:
            area.close()
            home.close()
