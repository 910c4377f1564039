"""`make templates`: Jinja's code for every built-in template into generator/theme/compiled/, which
render/precompiled.py reads. Run it after editing a template of the theme or of a kind;
tests/test_precompiled.py fails until then."""
from __future__ import annotations

import sys
from pathlib import Path

import jinja2

from . import make_env
from .precompiled import FOLDER, THEME, key, module_name


def template_folders() -> list[Path]:
    """The package's template folders: the theme's and each kind's."""
    return [THEME / "templates"] + sorted(p for p in (THEME.parent / "kinds").glob("*/templates") if p.is_dir())


def write_compiled(folder: Path = FOLDER) -> list[str]:
    """Compile every template of the theme and the kinds into `folder`; the modules written."""
    env = make_env(THEME.parent / "no-site")  # the options and filters every build's environment has
    index: dict[str, str] = {}
    modules: dict[str, str] = {}
    for templates in template_folders():
        for path in sorted(templates.glob("*.html")):
            source = path.read_text("utf-8")
            code = env.compile(source, path.name, None, raw=True)
            index[key(env, path.name, source)] = module_name(path)
            modules[module_name(path) + ".py"] = f"# Made by `make templates` (generator/render/compile_theme.py) from " \
                f"{path.relative_to(THEME.parent).as_posix()}: do not edit.\n{code}\n"
    folder.mkdir(exist_ok=True)
    for old in folder.glob("t_*.py"):
        if old.name not in modules:
            old.unlink()
    for file, text in modules.items():
        (folder / file).write_text(text, "utf-8")
    lines = "".join(f"    {k!r}: {module!r},\n" for k, module in sorted(index.items(), key=lambda kv: kv[1]))
    (folder / "__init__.py").write_text(
        '"""Jinja\'s code for the built-in templates (generator/render/precompiled.py), made by\n'
        '`make templates`: do not edit. INDEX: the key of each template (its name and source, Jinja\'s\n'
        'version and the environment\'s options) -> the module holding its code."""\n\n'
        f"JINJA = {jinja2.__version__!r}  # the version that made them\n\nINDEX = {{\n" + lines + "}\n", "utf-8")
    return sorted(modules)


if __name__ == "__main__":
    print(f"{len(write_compiled())} templates compiled into {FOLDER}", file=sys.stderr)
