"""Characters XML 1.0 forbids never reach the feed or sitemap: they are refused in text at input."""
from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from .conftest import EPOCH, REPO, copy_example

UPDATE = Path("content/updates/2016-08-22-ballot-opens.md")
ALLOWED = "tab\there & <b> \"q\" 'a' \x7f \x85 \u00a0 \u2028 \u200b \ud7ff \ue000 \ufffd \U0001f5f3 end"
ALLOWED_YAML = ALLOWED.encode("unicode_escape").decode().replace('"', '\\"')


def _build(site: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "generator", "build", "--site", str(site)], cwd=REPO,
                          env=dict(os.environ, SOURCE_DATE_EPOCH=EPOCH), capture_output=True, text=True)


def _set_title(site: Path, yaml_value: str) -> None:
    path = site / UPDATE
    path.write_text(path.read_text().replace("title: The ballot opens", f"title: {yaml_value}", 1))


def test_a_title_with_every_allowed_kind_of_character_makes_a_well_formed_feed(tmp_path):
    site = copy_example(tmp_path / "site")
    _set_title(site, f'"{ALLOWED_YAML}"')
    proc = _build(site)
    assert proc.returncode == 0, proc.stderr
    feed = ET.parse(site / "output" / "feed.xml").getroot()
    titles = [e.text for e in feed.iter("{http://www.w3.org/2005/Atom}title")]
    assert ALLOWED in titles
    ET.parse(site / "output" / "sitemap.xml")


@pytest.mark.parametrize("escape, code", [("\\v", "000B"), ("\\e", "001B"), ("\\x01", "0001"), ("\\b", "0008"),
                                          ("\\f", "000C"), ("\\x1f", "001F"), ("\\uffff", "FFFF")])
def test_a_control_character_in_a_title_is_refused_at_its_line(tmp_path, escape, code):
    site = copy_example(tmp_path / "site")
    assert _build(site).returncode == 0
    before = (site / "output" / "feed.xml").read_bytes()
    _set_title(site, f'"The ballot{escape} opens"')
    proc = _build(site)
    assert proc.returncode == 1
    assert proc.stderr == (
        f"Error: {UPDATE}:2: the title contains a control character (U+{code}), which web pages and feeds cannot "
        "carry\n  hint: delete it: it was probably pasted in with the text (in double quotes, \\v, \\e and \\x.. "
        "escapes write such characters)\n")
    assert (site / "output" / "feed.xml").read_bytes() == before
