"""schema/*.json are generated from the shapes the build validates with; the example content validates
against them, and what they reject the build rejects too."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from tests.bad_input_cases import CASES, apply
from generator.schemafiles import SCHEMA_FILES, register, schema_for, schema_texts, write_schemas
from generator.schema import F, Int, Record
from tests.sitecopy import REPO, copy_example, run_cli


def as_json(value: Any) -> Any:
    """YAML data as the YAML language server sees it (dates are strings)."""
    if isinstance(value, dict):
        return {str(k): as_json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [as_json(v) for v in value]
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


def schema_errors(site: Path, rel: str) -> list[str]:
    spec = schema_for(rel)
    schema = json.loads((REPO / "schema" / spec.name).read_text(encoding="utf-8"))
    data = as_json(yaml.safe_load((site / rel).read_text(encoding="utf-8")))
    return [e.message for e in jsonschema.Draft202012Validator(schema).iter_errors(data)]


def example_yaml_files() -> list[str]:
    return ["site.yaml", *sorted(p.relative_to(REPO).as_posix() for p in (REPO / "content").rglob("*.yaml"))]


def test_committed_schemas_equal_a_fresh_generation(tmp_path: Path) -> None:
    committed = {p.name: p.read_text(encoding="utf-8") for p in (REPO / "schema").glob("*.json")}
    assert committed == schema_texts(), "run `python -m generator schema --out schema` and commit the result"
    result = run_cli("schema", "--out", str(tmp_path))
    assert result.exit_code == 0
    assert {p.name: p.read_text(encoding="utf-8") for p in tmp_path.iterdir()} == committed


def test_every_schema_is_a_valid_json_schema() -> None:
    for name, text in schema_texts().items():
        jsonschema.Draft202012Validator.check_schema(json.loads(text))


@pytest.mark.parametrize("rel", example_yaml_files())
def test_example_content_validates_and_names_its_schema(rel: str) -> None:
    assert schema_errors(REPO, rel) == []
    first_line = (REPO / rel).read_text(encoding="utf-8").split("\n", 1)[0]
    target = first_line.removeprefix("# yaml-language-server: $schema=")
    assert target != first_line, f"{rel} should start with a yaml-language-server line"
    assert ((REPO / rel).parent / target).resolve() == (REPO / "schema" / schema_for(rel).name).resolve()


SHAPE_CASES = [c for c in CASES if c[0] in {
    "number-in-quotes", "number-thousands-separator", "number-decimal-votes", "number-negative", "number-boolean",
    "number-words", "text-boolean", "mapping-given-a-list", "missing-required-field", "required-field-without-value",
    "unknown-field-did-you-mean", "unknown-field-no-match", "choice-did-you-mean", "colour-not-hex",
    "id-upper-case", "id-leaves-output", "id-absolute-path", "id-reserved-name", "date-unparseable",
    "time-unparseable", "javascript-url", "photo-outside-static", "empty-file"}]


@pytest.mark.parametrize("case_id, mutation, expected", SHAPE_CASES, ids=[c[0] for c in SHAPE_CASES])
def test_what_the_schema_rejects_the_build_rejects(tmp_path: Path, case_id: str, mutation, expected: str) -> None:
    site = copy_example(tmp_path / "site")
    before = {rel: (site / rel).read_bytes() for rel in example_yaml_files()}
    apply(site, mutation)
    changed = [rel for rel in example_yaml_files() if (site / rel).read_bytes() != before[rel]]
    assert changed
    assert any(schema_errors(site, rel) for rel in changed), "the schema should reject this too"
    assert run_cli("check", "--site", str(site)).exit_code == 1


def test_a_registered_shape_gets_a_schema(tmp_path: Path) -> None:
    register("test-thing.schema.json", Record({"seats": F(Int(), required=True)}, title="thing"),
             "content/things/*.yaml")
    try:
        written = write_schemas(tmp_path)
        assert tmp_path / "test-thing.schema.json" in written
        schema = json.loads((tmp_path / "test-thing.schema.json").read_text())
        assert schema["required"] == ["seats"] and schema["properties"]["seats"]["type"] == "integer"
        assert schema_for("content/things/a.yaml").name == "test-thing.schema.json"
    finally:
        SCHEMA_FILES.pop()
