"""The CLI keeps its share images in SITE/.cache/share-images.marshal as plain data: an edit draws
again only the cards it changes, the output stays that of a cold build, and a stored file made with
other code, damaged or of another shape is ignored."""
from __future__ import annotations

import marshal
import re
import shutil
from pathlib import Path

import pytest

from generator.build import build
from generator.split import draw_split
from generator.render import publish

from .conftest import EPOCH, REPO

CARDS = Path(".cache/share-images.marshal")


def _tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    dest = tmp_path / "site"
    shutil.copytree(REPO / "examples" / "ge2019", dest, ignore=shutil.ignore_patterns("output", ".cache"))
    return dest


@pytest.fixture
def draws(monkeypatch: pytest.MonkeyPatch) -> list[tuple]:
    """Every share image drawn (in this process: no forked workers, whose counts this one would not see)."""
    monkeypatch.setattr("os.cpu_count", lambda: 1)
    drawn: list[tuple] = []
    real = publish._draw

    def counting(*key):
        drawn.append(key)
        return real(*key)

    monkeypatch.setattr(publish, "_draw", counting)
    return drawn


def _cold(site: Path, tmp: Path) -> dict[str, bytes]:
    """A cold build of the same files, into another folder, with no cache."""
    copy = tmp / "cold"
    shutil.copytree(site, copy, ignore=shutil.ignore_patterns("output", ".cache"))
    build(copy, copy / "output")
    return _tree(copy / "output")


def _edit_votes(site: Path) -> None:
    area = sorted((site / "content" / "areas").glob("*.yaml"))[0]
    text = area.read_text("utf-8")
    area.write_text(re.sub(r"votes: (\d+)", lambda m: f"votes: {int(m.group(1)) + 7}", text, count=1), "utf-8")


def test_an_edit_draws_only_the_cards_it_changes(site, tmp_path, draws):
    build(site, site / "output")
    cards = len(draws)
    assert cards > 10  # the home page's, the summaries' and the map's
    version, code, stored = marshal.loads((site / CARDS).read_bytes())
    assert version == publish.CARDS_VERSION and type(code) is str and len(stored) == cards
    assert all(type(k) is str and v.startswith(b"\x89PNG") for k, v in stored.items())
    draws.clear()
    _edit_votes(site)
    build(site, site / "output")
    assert len(draws) < cards
    assert _tree(site / "output") == _cold(site, tmp_path)


@pytest.mark.parametrize("damage", ["garbage", "other code", "not a png", "wrong shape"])
def test_a_stored_file_in_doubt_is_ignored(site, tmp_path, draws, damage):
    build(site, site / "output")
    cards = len(draws)
    version, code, stored = marshal.loads((site / CARDS).read_bytes())
    (site / CARDS).write_bytes({
        "garbage": b"\x00\xffnot marshal",
        "other code": marshal.dumps((version, code + "x", {k: b"\x89PNG\r\n\x1a\nplanted" for k in stored})),
        "not a png": marshal.dumps((version, code, {k: b"planted" for k in stored})),
        "wrong shape": marshal.dumps([version, code, stored]),
    }[damage])
    shutil.rmtree(site / "output")
    draws.clear()
    build(site, site / "output")
    assert len(draws) == cards  # every image drawn again
    assert _tree(site / "output") == _cold(site, tmp_path)


def test_images_drawn_on_several_cores_come_back_in_order():
    keys = [(f"card {i}", i) for i in range(9)]
    assert draw_split(lambda key: repr(key).encode(), keys, 2) == [repr(key).encode() for key in keys]
    assert draw_split(lambda key: repr(key).encode(), keys[:1], 3) == [repr(keys[0]).encode()]
