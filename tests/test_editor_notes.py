"""Editor notes (`editor_note:`) are checked like any text but never published; reader notes are."""
from __future__ import annotations

import csv
import html
import json
from pathlib import Path

import pytest
import yaml

from .conftest import REPO, soup, text
from .sitecopy import copy_example, refused_build_output, replace_in, run_cli

CLPS = "content/nominations/clps.yaml"


def _content_values(key: str) -> list[tuple[str, str]]:
    """(file, value) for every `key:` in the example's content YAML, at any depth."""
    found = []

    def walk(node, rel):
        if isinstance(node, dict):
            for k, v in node.items():
                if k == key and isinstance(v, str):
                    found.append((rel, v))
                walk(v, rel)
        elif isinstance(node, list):
            for v in node:
                walk(v, rel)

    for path in sorted((REPO / "content").rglob("*.yaml")):
        walk(yaml.safe_load(path.read_text(encoding="utf-8")), path.relative_to(REPO).as_posix())
    return found


def _published(output: Path) -> dict[str, str]:
    """Every file under output/ that is text, by its path: pages, CSV, JSON, feed, sitemap, embeds."""
    files = {}
    for path in sorted(p for p in output.rglob("*") if p.is_file()):
        try:
            files[path.relative_to(output).as_posix()] = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue  # images
    return files


def _forms(value: str) -> set[str]:
    """The ways a value would be written into a published file: as is, HTML-escaped, JSON-escaped."""
    return {value, html.escape(value), html.escape(value, quote=False), json.dumps(value)[1:-1],
            json.dumps(value, ensure_ascii=False)[1:-1]}


def test_the_example_has_editor_notes_and_short_reader_notes():
    editor = [v for _, v in _content_values("editor_note")]
    assert any("stored copy headed" in v for v in editor)
    assert any("only the first ~2,000 characters were readable" in v for v in editor)
    assert "Wiki page (low reliability)" in editor
    clps = yaml.safe_load((REPO / CLPS).read_text(encoding="utf-8"))
    for item in clps["itemised"]:
        note = item.get("note")
        if note is not None:
            assert len(note) <= 60, note
            for research in ("stored copy", "readable", "reliability", "Blog", "http", "source"):
                assert research not in note, note


def test_no_editor_note_is_published_anywhere(built_example):
    notes = _content_values("editor_note")
    assert len(notes) >= 30
    files = _published(built_example)
    assert {"feed.xml", "sitemap.xml", "nominations/clps/index.html"} <= set(files)
    assert any(name.startswith("embed/") for name in files)
    assert any(name.endswith(".csv") for name in files) and any(name.endswith(".json") for name in files)
    leaks = [(rel, value, name) for rel, value in notes for name, body in files.items()
             if any(form in body for form in _forms(value))]
    assert leaks == []
    for phrase in ("stored copy headed", "characters were readable", "low reliability", "party insiders"):
        assert [name for name, body in files.items() if phrase in body] == []


def test_the_reader_notes_are_still_published(built_example):
    page = text(soup(built_example, "/nominations/clps/"))
    notes = [v for rel, v in _content_values("note") if rel == CLPS]
    assert "Meeting of 5 August 2016" in notes and "All-members meeting of 11 August 2016" in notes
    for note in notes:
        if not note.startswith("The Independent"):  # the reported source's note, shown with the source
            assert note in page
    assert "Meeting of 5 August 2016" in text(soup(built_example, "/nominations/regions/east-midlands/"))


def _shared_clp_csv() -> Path | None:
    """../shared/data/labour-2016/clp_nominations.csv beside this checkout (or beside the main checkout of a
    git worktree); None where the project's shared data is not on the machine."""
    for base in (REPO.parent, REPO.parent.parent, Path("/work")):
        path = base / "shared" / "data" / "labour-2016" / "clp_nominations.csv"
        if path.is_file():
            return path
    return None


def test_constituency_names_keep_their_small_words_in_lower_case(built_example):
    files = _published(built_example)
    everything = "\n".join(files.values()) + (REPO / CLPS).read_text(encoding="utf-8")
    assert "Vale of Clwyd" in files["nominations/clps/index.html"]
    assert "Berwick-upon-Tweed" in files["nominations/clps/index.html"]
    for slip in ("Vale Of", "Upon-", "Under-"):
        assert slip not in everything


def test_constituency_names_match_the_sources_spelling():
    source = _shared_clp_csv()
    if source is None:
        pytest.skip("the project's shared data (../shared/data/labour-2016) is not on this machine")
    bodies = {item["body"] for item in yaml.safe_load((REPO / CLPS).read_text(encoding="utf-8"))["itemised"]}
    with source.open(encoding="utf-8") as f:
        spelt = {row["name_as_in_source"] for row in csv.DictReader(f)}
    assert {"Vale of Clwyd", "Berwick-upon-Tweed"} <= spelt
    assert {"Vale of Clwyd", "Berwick-upon-Tweed"} <= bodies
    for name in spelt:  # where the source differs from our name only in capitals, the source's spelling is used
        same = [b for b in bodies if b.lower() == name.lower()]
        assert same in ([], [name])


@pytest.mark.parametrize("escape, message", [
    ("\\x00", "editor_note contains a NUL character (\\0), which cannot be in text\n"
              "  hint: delete the invisible character: retype the text, or copy it again from a plain-text source\n"),
    ("\\x07", "the editor_note contains a control character (U+0007), which web pages and feeds cannot carry\n"
              "  hint: delete it: it was probably pasted in with the text (in double quotes, \\v, \\e and \\x.. "
              "escapes write such characters)\n"),
])
def test_an_editor_note_with_a_control_character_is_refused(tmp_path, escape, message):
    site = copy_example(tmp_path / "site")
    line = (site / CLPS).read_text(encoding="utf-8").splitlines().index("  editor_note: Blog") + 1
    printed = refused_build_output(site, lambda s: replace_in(s, CLPS, "  editor_note: Blog\n",
                                                            f'  editor_note: "Bl{escape}og"\n'))
    assert printed == f"Error: {CLPS}:{line}: {message}"


def test_an_editor_note_on_the_result_is_checked_and_not_published(tmp_path):
    site = copy_example(tmp_path / "site")
    replace_in(site, "content/results.yaml", "\n  note: ", "\n  editor_note: Checked against the PA copy.\n  note: ")
    assert run_cli("build", "--site", str(site)).exit_code == 0
    files = _published(site / "output")
    assert [name for name, body in files.items() if "PA copy" in body] == []
    assert "The ballot ran from 22 August" in files["result/index.html"]
    printed = refused_build_output(site, lambda s: replace_in(s, "content/results.yaml",
                                                            "editor_note: Checked against the PA copy.",
                                                            'editor_note: "Checked\\x1f against the PA copy."'))
    line = (site / "content/results.yaml").read_text(encoding="utf-8").splitlines().index(
        '  editor_note: "Checked\\x1f against the PA copy."') + 1
    assert printed.startswith(f"Error: content/results.yaml:{line}: the editor_note contains a control character (U+001F)")
