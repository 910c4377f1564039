"""The package's shape: no import cycles between its modules (imports under TYPE_CHECKING and inside
functions count too), no module over ~400 lines without a stated reason, and no kind of election
named outside its own package under generator/kinds/."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

from generator.kinds import KINDS

PACKAGE = Path(__file__).resolve().parent.parent / "generator"
MAX_LINES = 400
# Modules allowed over MAX_LINES, each with why it is one module.
LONG_MODULES = {
    "generator/schema.py": "the shapes and the JSON Schema they publish are one vocabulary; split, they would drift",
    "generator/kinds/leadership/model.py": "the leadership model's shapes, checks and computed figures in one pass",
}
GENERATED = "generator/theme/compiled/"  # Jinja's code for the built-in templates (`make templates`): as long as they are


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _modules() -> dict[str, Path]:
    return {_module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _imports(name: str, path: Path, known: set[str]) -> set[str]:
    """The package's modules that `name` imports anywhere in its file (a package means its __init__)."""
    is_package = path.name == "__init__.py"
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name in known)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = name.split(".") if is_package else name.split(".")[:-1]
                base = base[:len(base) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            for alias in node.names:  # `from . import paging` imports the module generator.render.paging
                if f"{target}.{alias.name}" in known:
                    found.add(f"{target}.{alias.name}")
                elif target in known:
                    found.add(target)
    found.discard(name)
    return found


def _graph() -> dict[str, set[str]]:
    modules = _modules()
    known = set(modules)
    return {name: _imports(name, path, known) for name, path in modules.items()}


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Every strongly connected group of more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def test_the_graph_sees_the_imports_it_must():
    graph = _graph()
    assert "generator.pipeline" in graph["generator.builder"]
    assert "generator.builder" in graph["generator.build"]
    assert "generator.render.paging" in graph["generator.kinds.general.pages"]  # `from ...render import paging`
    assert "generator.kinds.general.party" in graph["generator.kinds.general.area"]  # under TYPE_CHECKING


def test_the_cycle_finder_finds_a_cycle():
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_no_import_cycles():
    assert _cycles(_graph()) == []


@pytest.mark.parametrize("name", sorted(n for n, p in _modules().items()
                                         if not p.relative_to(PACKAGE.parent).as_posix().startswith(GENERATED)))
def test_no_module_is_over_400_lines_without_a_reason(name):
    path = _modules()[name]
    rel = path.relative_to(PACKAGE.parent).as_posix()
    lines = len(path.read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_LINES or rel in LONG_MODULES, f"{rel} has {lines} lines: split it, or say why in LONG_MODULES"


def test_the_allow_list_names_only_long_modules():
    for rel in LONG_MODULES:
        assert len((PACKAGE.parent / rel).read_text(encoding="utf-8").splitlines()) > MAX_LINES, rel


def _kind_words() -> set[str]:
    """Every kind's name, and its package's name, as code outside kinds/ would spell them."""
    words = set(KINDS)
    words |= {k.folder.name for k in KINDS.values()}
    return words


def test_no_module_outside_the_kinds_names_a_kind():
    """The pipeline, CLI, new, schema, check and the dev server ask the registry (comments may say anything)."""
    words = _kind_words()
    offenders = []
    for name, path in _modules().items():
        if name.startswith("generator.kinds.") or name == "generator.kinds":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and node is not _docstring(tree):
                text = node.value
                if any(w == text or f"'{w}'" in text or f'"{w}"' in text for w in words):
                    offenders.append(f"{name}:{node.lineno}: {text!r}")
            elif isinstance(node, (ast.Import, ast.ImportFrom)):
                module = node.module if isinstance(node, ast.ImportFrom) else ""
                named = [module or ""] + [a.name for a in node.names]
                if any(part in words for m in named for part in (m or "").split(".")):
                    offenders.append(f"{name}:{node.lineno}: imports {named}")
    assert offenders == []


def _docstring(tree: ast.Module) -> ast.AST | None:
    first = tree.body[0] if tree.body else None
    return first.value if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant) else None


def test_the_kind_name_check_would_see_a_kind_named_in_code():
    tree = ast.parse('kind = "general-election"\n')
    assert [n.value for n in ast.walk(tree) if isinstance(n, ast.Constant)] == ["general-election"]
    assert "general-election" in _kind_words() and "leadership" in _kind_words()
