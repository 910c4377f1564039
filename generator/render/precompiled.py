"""The built-in templates compiled ahead of time, so that a build does not spend a quarter of a second
turning them into code: turning the 27 theme templates into Python is 0.26 s of Jinja's work, in
every build and every edit's rebuild, before a page is rendered.

generator/theme/compiled/ holds Jinja's Python code for each template of the theme and of the kinds,
one module per template (so that Python keeps its bytecode like any module's), and an index from
the key of the source each was made from to its module. A template is taken from there only when its
source is byte for byte that source, for this version of Jinja and an environment with the same
options and filters; anything else (a site's own template, an edited theme file, another Jinja) is
compiled as before. The code is the package's own, written by `make templates` (compile_theme.py) and
checked by tests/test_precompiled.py (which fails until `make templates` is run after a built-in
template is edited): nothing a site or its .cache/ holds is ever executed.
"""
from __future__ import annotations

import hashlib
import importlib
import importlib.util
import re
from pathlib import Path
from types import CodeType

import jinja2

from ..theme import THEME

PACKAGE = "generator.theme.compiled"
FOLDER = THEME / "compiled"
_FINGERPRINT = "_precompiled_fingerprint"  # cached on each environment


def fingerprint(env: jinja2.Environment) -> str:
    """What Jinja's code for a template depends on besides its name and source."""
    known = getattr(env, _FINGERPRINT, None)
    if known is None:
        passes = sorted((kind, name, str(getattr(f, "jinja_pass_arg", None)))
                        for kind, table in (("filter", env.filters), ("test", env.tests)) for name, f in table.items())
        options = (jinja2.__version__, env.block_start_string, env.block_end_string, env.variable_start_string,
                   env.variable_end_string, env.comment_start_string, env.comment_end_string,
                   env.line_statement_prefix, env.line_comment_prefix, env.trim_blocks, env.lstrip_blocks,
                   env.newline_sequence, env.keep_trailing_newline, env.autoescape, env.optimized, env.is_async,
                   sorted(env.extensions), passes)
        known = hashlib.sha256(repr(options).encode("utf-8")).hexdigest()[:16]
        setattr(env, _FINGERPRINT, known)
    return known


def key(env: jinja2.Environment, name: str, source: str) -> str:
    return hashlib.sha256(f"{fingerprint(env)}\0{name}\0{source}".encode("utf-8")).hexdigest()


def module_name(path: Path) -> str:
    """theme/templates/ge_area.html -> t_theme_ge_area_html; kinds/referendum/templates/ref_home.html ->
    t_referendum_ref_home_html."""
    return "t_" + re.sub(r"\W", "_", f"{path.parent.parent.name}_{path.name}")


def code_for(env: jinja2.Environment, name: str, source: str) -> CodeType | None:
    """The kept code of template `name` with `source` for `env`, or None when none is kept for it."""
    module = _index().get(key(env, name, source))
    if module is None:
        return None
    full = f"{PACKAGE}.{module}"
    spec = importlib.util.find_spec(full)
    if spec is None or spec.loader is None:
        return None
    return spec.loader.get_code(full)  # from Python's bytecode cache when it has one


def _index() -> dict[str, str]:
    try:
        return importlib.import_module(PACKAGE).INDEX
    except (ImportError, AttributeError):
        return {}
