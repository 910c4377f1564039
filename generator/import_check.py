"""Whether a site would still build after an import: its content checked in memory, as the import would
leave it, by the model a build uses; before anything is written."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from .errors import Problem, SiteError
from .load import ITEMS_DIR, Document, Sources, Unparsed, load
from .yamlsource import parse_yaml


def new_problems(site_dir: Path, files: dict[str, str], removed: list[str]) -> list[Problem]:
    """The errors a build would report after writing `files` (text by path) and deleting `removed`,
    leaving out those it reports already: an import is refused for what it breaks, not for the rest."""
    before = load(site_dir)
    after = _as_imported(before, files, removed)
    found = _errors(after)
    if not found:
        return []
    known = {str(p) for p in _errors(before)}
    return [p for p in found if str(p) not in known]


def _as_imported(sources: Sources, files: dict[str, str], removed: list[str]) -> Sources:
    changed = set(files) | set(removed)
    data = {path: doc for path, doc in sources.data.items() if path not in changed}
    for path, text in files.items():
        # Item files are parsed by the model, like load leaves them; a YAML error in the others is
        # the importer's own mistake and surfaces as one.
        data[path] = Document(path, Unparsed(text) if path.startswith(ITEMS_DIR) else parse_yaml(text, path))
    kept = [p for p in sources.problems if p.path not in changed]
    items_at = sum(1 for p in sources.problems[:sources.items_at] if p.path not in changed)
    return replace(sources, data=dict(sorted(data.items())), problems=tuple(kept),
                   unreadable=sources.unreadable - changed, items_at=items_at, memo=None)


def _errors(sources: Sources) -> list[Problem]:
    from .model import make_site  # the model is only needed once the rows are good

    try:
        make_site(sources)
    except SiteError as exc:
        return [p for p in exc.problems if not p.warning]
    return []
