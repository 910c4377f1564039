"""The built-in theme has one copy, generator/theme/ (package data in the wheel); the repo root's
templates/ and static/ are relative symlinks to it, so the root stays a complete example site, and a
site folder whose templates/ IS the theme reads each theme file once."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

from generator.render import make_env
from generator.snapshot import scan
from generator.theme import THEME
from tests.sitecopy import REPO, copy_example, run_cli


def test_the_root_templates_and_static_are_relative_symlinks_into_the_theme():
    assert THEME == (REPO / "generator/theme").resolve()
    for part in ("templates", "static"):
        link = REPO / part
        assert link.is_symlink() and not os.path.isabs(os.readlink(link))
        assert link.resolve() == THEME / part
        assert link.resolve().is_relative_to(REPO)  # inside the site folder that the root is
    assert (THEME / "templates/base.html").is_file() and (THEME / "static/style.css").is_file()


def test_the_root_site_reads_each_theme_file_once():
    snapshot, _ = scan(REPO, THEME)
    theme_files = sorted(p.name for p in (THEME / "templates").iterdir())
    assert sorted(p.removeprefix("templates/") for p in snapshot.files if p.startswith("templates/")) == theme_files
    assert not [p for p in snapshot.files if p.startswith("theme:")]
    assert not [p for p in snapshot.files if p.startswith(("code:theme/templates", "code:theme/static"))]
    assert "code:theme/__init__.py" in snapshot.files  # the theme's module is code
    assert make_env(REPO).loader.searchpath == [str(REPO / "templates")]


def test_a_site_of_its_own_reads_the_theme_as_theme_files(tmp_path: Path):
    site = copy_example(tmp_path / "site")
    snapshot, _ = scan(site, THEME)
    assert "theme:templates/base.html" in snapshot.files and "theme:static/style.css" in snapshot.files
    assert not [p for p in snapshot.files if p.startswith(("templates/", "code:theme/templates"))]
    assert make_env(site).loader.searchpath == [str(site / "templates"), str(THEME / "templates")]


def test_a_template_error_behind_a_symlinked_templates_folder_names_the_site_path(tmp_path: Path):
    site = copy_example(tmp_path / "site")
    shutil.copytree(THEME / "templates", site / "theme/templates")
    page = site / "theme/templates/page.html"
    page.write_text(page.read_text("utf-8").replace("{{ doc.title }}", "{{ doc.titel }}", 1), "utf-8")
    (site / "templates").symlink_to("theme/templates")
    result = run_cli("check", "--site", str(site))
    assert result.exit_code == 1
    assert result.output == """\
Error: templates/page.html:4: template error: a Page has no field 'titel'
  hint: check the spelling of the variable or field name
"""
