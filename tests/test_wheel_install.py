"""PACKAGING SMOKE TEST: build the wheel from this checkout, install it into a new virtualenv and use
it from a folder outside the checkout, as a newsroom that keeps its site in its own repository does.

For every kind `new` offers: `election-site new site --kind K`, then `election-site build --site site`
exits 0 and writes index.html, 404.html and static/style.css from the theme inside the wheel; a site's
own templates/404.html and static/style.css override the theme's by name.

Kept fast and offline for the generator's dependencies: the venv is a plain one (no system site
packages), the wheel is installed with --no-deps, and a .pth file makes the folders where this test's
own interpreter finds jinja2, click... visible after the venv's site-packages. A .pth line only adds
a folder: the .pth files inside it (an editable install's finder) do not run, so the generator can
only come from the wheel, which the test checks. Building the wheel needs the build backend
(setuptools) from PyPI, as `pip install .` does.
"""
from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.scaffold import KINDS

REPO = Path(__file__).resolve().parents[1]
DEPENDENCIES = ("jinja2", "markupsafe", "markdown", "yaml", "livereload", "tornado", "click", "PIL")

pytestmark = pytest.mark.wheel


def _run(args: list, cwd: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")}
    return subprocess.run([str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=600)


def _check(result: subprocess.CompletedProcess) -> str:
    assert result.returncode == 0, f"{result.args}\n{result.stdout}\n{result.stderr}"
    return result.stdout


@pytest.fixture(scope="module")
def venv(tmp_path_factory) -> Path:
    """A new virtualenv with the wheel built from this checkout installed in it."""
    tmp = tmp_path_factory.mktemp("wheel")
    # Build from a copy of the package's sources, so the checkout gets no build/ or *.egg-info/ (and no
    # stale build/lib of deleted modules can slip into the wheel).
    src = tmp / "src"
    src.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(REPO / name, src / name)
    shutil.copytree(REPO / "generator", src / "generator", ignore=shutil.ignore_patterns("__pycache__"))
    _check(_run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", tmp / "dist", src], tmp))
    [wheel] = (tmp / "dist").glob("*.whl")

    env_dir = tmp / "venv"
    _check(_run([sys.executable, "-m", "venv", "--without-pip", env_dir], tmp))
    python = env_dir / "bin" / "python"
    _check(_run([sys.executable, "-m", "pip", "--python", python, "install", "--quiet", "--no-deps",
                 "--no-index", wheel], tmp))
    site_packages = Path(_check(_run([python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
                                     tmp)).strip())
    found = {str(Path(importlib.util.find_spec(name).origin).parents[1]) for name in DEPENDENCIES}
    (site_packages / "zz_test_dependencies.pth").write_text("".join(f"{d}\n" for d in sorted(found)), "utf-8")
    return env_dir


def test_the_generator_comes_from_the_wheel(venv: Path, tmp_path: Path):
    where = _check(_run([venv / "bin/python", "-c", "import generator.theme as t; print(t.THEME)"], tmp_path))
    theme = Path(where.strip())
    assert theme.is_relative_to(venv.resolve()), theme
    assert not theme.is_relative_to(REPO)
    assert (theme / "templates/base.html").is_file() and (theme / "static/style.css").is_file()


@pytest.mark.parametrize("kind", KINDS)
def test_installed_wheel_makes_and_builds_a_site(venv: Path, tmp_path: Path, kind: str):
    cli = venv / "bin/election-site"
    _check(_run([cli, "new", "site", "--kind", kind], tmp_path))
    _check(_run([cli, "build", "--site", "site"], tmp_path))
    out = tmp_path / "site/output"
    for page in ("index.html", "404.html", "static/style.css"):
        assert (out / page).is_file(), page
    assert "<h1>Page not found</h1>" in (out / "404.html").read_text("utf-8")
    assert not (tmp_path / "site/templates/404.html").exists()  # the theme is the wheel's, not copied


@pytest.mark.parametrize("kind", KINDS)
def test_a_site_template_and_static_file_override_the_installed_theme(venv: Path, tmp_path: Path, kind: str):
    cli = venv / "bin/election-site"
    _check(_run([cli, "new", "site", "--kind", kind], tmp_path))
    theme = (REPO / "generator/theme/templates/404.html").read_text("utf-8")
    theme = theme.replace("<h1>Page not found</h1>", "<h1>Nothing here</h1>")
    (tmp_path / "site/templates/404.html").write_text(theme, "utf-8")
    (tmp_path / "site/static").mkdir()
    (tmp_path / "site/static/style.css").write_text("body { color: #123456; }\n", "utf-8")
    _check(_run([cli, "build", "--site", "site"], tmp_path))
    out = tmp_path / "site/output"
    missing = (out / "404.html").read_text("utf-8")
    assert "<h1>Nothing here</h1>" in missing and "<h1>Page not found</h1>" not in missing
    assert (out / "static/style.css").read_text("utf-8") == "body { color: #123456; }\n"
    assert (out / "static/favicon.svg").is_file()  # the theme's other files are still there
