"""The built-in templates' precompiled code (generator/render/precompiled.py): up to date with the
templates, used for them and only for them, and changing nothing a build writes or reports."""
from __future__ import annotations

import filecmp
from pathlib import Path

import jinja2
import pytest

import generator.render.compile_theme as compile_theme
import generator.render.precompiled as precompiled
from generator.build import build
from generator.kinds import kind_named
from generator.render import make_env
from generator.theme import compiled
from tests.conftest import EPOCH, REPO, copy_example
from tests.sitecopy import run_cli, tree_hash


def test_the_kept_code_is_what_the_templates_compile_to(tmp_path: Path) -> None:
    if compiled.JINJA != jinja2.__version__:
        pytest.skip(f"kept code made with Jinja {compiled.JINJA}, this is {jinja2.__version__}: run make templates")
    made = compile_theme.write_compiled(tmp_path)
    kept = sorted(p.name for p in precompiled.FOLDER.glob("t_*.py"))
    assert kept == made, "run `make templates`: the kept modules are not one per built-in template"
    _, mismatch, errors = filecmp.cmpfiles(tmp_path, precompiled.FOLDER, made + ["__init__.py"], shallow=False)
    assert not mismatch and not errors, f"run `make templates`: out of date: {mismatch + errors}"


def test_every_built_in_template_has_kept_code_and_an_edited_one_has_none(tmp_path: Path) -> None:
    env = make_env(tmp_path, kind_named("referendum").templates)
    sources = [p for folder in compile_theme.template_folders() for p in sorted(folder.glob("*.html"))]
    assert len(sources) >= 30
    for path in sources:
        assert precompiled.code_for(env, path.name, path.read_text("utf-8")) is not None, path
    ge_area = (precompiled.THEME / "templates" / "ge_area.html").read_text("utf-8")
    assert precompiled.code_for(env, "ge_area.html", ge_area + " ") is None  # a site's own version
    assert precompiled.code_for(env, "ge_areas.html", ge_area) is None  # another template's name
    other = jinja2.Environment(autoescape=False)
    assert precompiled.code_for(other, "ge_area.html", ge_area) is None  # code made for other options


@pytest.mark.parametrize("site", [".", "examples/ge2019", "examples/eu-ref-2016"])
def test_builds_are_byte_identical_with_and_without_the_kept_code(site: str, tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    used: list[str] = []
    code_for = precompiled.code_for

    def counted(env, name, source):
        code = code_for(env, name, source)
        used.append(name) if code is not None else None
        return code

    monkeypatch.setattr("generator.render.code_for", counted)
    build(REPO / site, tmp_path / "kept")
    assert len(used) >= 8  # the site's pages were rendered from the kept code
    monkeypatch.setattr("generator.render.code_for", lambda env, name, source: None)
    build(REPO / site, tmp_path / "compiled")
    assert tree_hash(tmp_path / "kept") == tree_hash(tmp_path / "compiled")


def test_an_error_inside_a_built_in_template_names_it_and_its_line(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """A site's page that includes the theme's map without what it needs fails inside ge_map.html: the
    message names that template and line, as it does when the template is compiled from its source."""
    site = copy_example(tmp_path / "site")
    (site / "templates").mkdir()
    page = (precompiled.THEME / "templates" / "page.html").read_text("utf-8")
    assert "{% block main %}" in page
    (site / "templates" / "page.html").write_text(
        page.replace("{% block main %}", '{% block main %}{% include "ge_map.html" %}', 1), "utf-8")
    results = []
    for kept in (True, False):
        if not kept:
            monkeypatch.setattr("generator.render.code_for", lambda env, name, source: None)
        result = run_cli("build", "--site", str(site), "--output", str(tmp_path / f"out-{kept}"))
        assert result.exit_code == 1, result.output
        assert "Traceback" not in result.output
        results.append(result.output)
    assert "templates/ge_map.html:" in results[0], results[0]
    assert results[0] == results[1]
