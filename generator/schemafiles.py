"""The JSON Schema files in schema/, one per kind of YAML file, generated from the shapes the generator
validates with, so that an editor's autocompletion and the build can never disagree.

site.yaml's schema is listed here; every other file's comes from its kind (Kind.schema_files in
generator/kinds/). register() adds another; `python -m generator schema` then writes it.
"""
from __future__ import annotations

import fnmatch
import json
from dataclasses import dataclass
from pathlib import Path

from .kinds import KINDS
from .model.site import SITE_SHAPE
from .schema import Shape, document_schema


@dataclass(frozen=True)
class SchemaFile:
    name: str      # the file written in schema/
    shape: Shape   # the shape the generator validates with
    files: str     # which site files it describes (a glob relative to the site folder)


SCHEMA_FILES: list[SchemaFile] = [
    SchemaFile("site.schema.json", SITE_SHAPE, "site.yaml"),
    *(SchemaFile(*entry) for kind in KINDS.values() for entry in kind.schema_files()),
]


def register(name: str, shape: Shape, files: str) -> None:
    """Publish a schema for another kind of file (for example a general election's constituencies)."""
    if any(s.name == name for s in SCHEMA_FILES):
        raise ValueError(f"a schema named {name} is already registered")
    SCHEMA_FILES.append(SchemaFile(name, shape, files))


def schema_for(relpath: str) -> SchemaFile | None:
    """The schema that describes a site file such as content/nominations/clps.yaml, if any."""
    return next((s for s in SCHEMA_FILES if fnmatch.fnmatchcase(relpath, s.files)), None)


def schema_texts() -> dict[str, str]:
    """Every schema file's name and its JSON text (stable: the same shapes always give the same bytes)."""
    return {s.name: json.dumps(document_schema(s.shape, s.files), indent=2, ensure_ascii=False) + "\n"
            for s in SCHEMA_FILES}


def write_schemas(out: Path) -> list[Path]:
    """Write every schema into `out`, returning the files written."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in schema_texts().items():
        (out / name).write_text(text, encoding="utf-8")
        written.append(out / name)
    return written
