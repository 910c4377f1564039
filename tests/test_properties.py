"""Property tests: random valid content always builds; random edits of the example end in a clean build
or in problems that each name a file and line, never in a traceback."""
from __future__ import annotations

import json
from pathlib import Path

import jsonschema
from hypothesis import HealthCheck, given, settings, strategies as st

from tests.yamldump import dump as dump_yaml
from generator.build import check
from generator.errors import SiteError
from generator.schemafiles import schema_for, schema_texts
from generator.urls import segment_problem, slugify
from generator.yamlsource import decode, parse_yaml
from tests.sitecopy import copy_example
from tests.test_schema_files import as_json

FAST = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                         HealthCheck.too_slow])

names = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Zl", "Zp")), min_size=1,
                max_size=40).filter(lambda s: s.strip() and slugify(s) != "item" and segment_problem(slugify(s)) is None)


@st.composite
def contests(draw) -> dict:
    """A whole leadership site: candidates, a ballot with sections that add up, and categories."""
    cand_names = draw(st.lists(names, min_size=1, max_size=5, unique_by=slugify))
    ids = [slugify(n) if slugify(n) != "none" else "none-1" for n in cand_names]
    sections = draw(st.lists(st.fixed_dictionaries({cid: st.integers(0, 10**6) for cid in ids}), max_size=3))
    votes = {cid: sum(s[cid] for s in sections) for cid in ids} if sections else \
        draw(st.fixed_dictionaries({cid: st.integers(0, 10**7) for cid in ids}))
    categories = []
    for n in range(draw(st.integers(0, 3))):
        reported = draw(st.fixed_dictionaries({k: st.integers(0, 50) for k in ids + ["none"]}))
        itemised = []
        for key, total in reported.items():
            for i in range(draw(st.integers(0, min(total, 3)))):
                itemised.append({"body": f"{draw(names)} {i}", "nominee": key,
                                 "region": draw(st.sampled_from(["Ynys Môn", "Wales", "North East", None])),
                                 "source_url": "https://example.org/x"})
        categories.append({"id": f"cat-{n}", "name": draw(names), "reported": reported,
                           "bodies": sum(reported.values()) + draw(st.integers(0, 5)),
                           "reported_source": {"name": draw(names)}, "itemised": itemised,
                           "itemised_note": "partial"})
    return {
        "candidates": [{"id": cid, "name": name, "colour": draw(st.from_regex(r"#[0-9a-f]{6}", fullmatch=True))}
                       for cid, name in zip(ids, cand_names)],
        "ballot": {"title": draw(names), "status": draw(st.sampled_from(["awaiting", "provisional", "declared"])),
                   "declared_at": "2016-09-24 11:45", "votes": votes,
                   "sections": [{"id": f"s{i}", "name": f"Section {i}", "votes": s} for i, s in enumerate(sections)],
                   "source": {"name": "A source"}},
        "categories": categories,
    }


def write_site(site: Path, data: dict) -> None:
    content = site / "content"
    for old in (content / "nominations").glob("*.yaml"):
        old.unlink()
    dump = lambda value: dump_yaml(value, allow_unicode=True, sort_keys=False)  # noqa: E731
    (content / "candidates.yaml").write_text(dump({"candidates": data["candidates"]}), encoding="utf-8")
    (content / "results.yaml").write_text(dump({"ballot": data["ballot"]}), encoding="utf-8")
    for cat in data["categories"]:
        cat = dict(cat, itemised=[{k: v for k, v in it.items() if v is not None} for it in cat["itemised"]])
        (content / "nominations" / f"{cat['id']}.yaml").write_text(dump(cat), encoding="utf-8")


@FAST
@given(data=contests())
def test_random_valid_content_always_builds(tmp_path_factory, data: dict) -> None:
    site = copy_example(tmp_path_factory.mktemp("valid") / "site")
    write_site(site, data)
    built, files = check(site)
    tally = built.election.ballot.tally
    assert tally.total == sum(data["ballot"]["votes"].values())
    if tally.total:
        assert round(sum(line.share for line in tally.lines), 1) == 100.0
    else:
        assert all(line.share is None for line in tally.lines)  # no votes: no share
    assert len(built.election.categories) == len(data["categories"])
    published = (".html", "share.png", ".xml", "robots.txt", ".csv", ".json")  # pages, and the publishing files
    assert all(f.path.endswith(published) or f.path.startswith("static/") for f in files)


TOKENS = [":", ": x", "- ", "\t", "'", '"', "-1", "1.5", "yes", "null", "[", "{", "}", "&a", "*a", "!!python/object:os.system",
          "1,234", "#", "  ", "\ufeff", "é", "<script>", "2016-02-30", "9" * 30, "---", "...", "%", "@", "`", "?"]
YAML_FILES = ["site.yaml", "content/candidates.yaml", "content/results.yaml", "content/nominations/clps.yaml",
              "content/nominations/young-labour.yaml", "content/pages/about.md", "content/updates/2016-08-22-ballot-opens.md"]


@st.composite
def edits(draw) -> tuple[str, int, str, str]:
    rel = draw(st.sampled_from(YAML_FILES))
    how = draw(st.sampled_from(["delete", "duplicate", "insert", "replace-value", "indent", "dedent"]))
    return rel, draw(st.integers(0, 10_000)), how, draw(st.sampled_from(TOKENS) | st.text(max_size=6))


def mutate(site: Path, edit: tuple[str, int, str, str]) -> str:
    rel, at, how, token = edit
    file = site / rel
    lines = file.read_text(encoding="utf-8").split("\n")
    i = at % len(lines)
    if how == "delete":
        del lines[i]
    elif how == "duplicate":
        lines.insert(i, lines[i])
    elif how == "insert":
        lines.insert(i, token)
    elif how == "replace-value":
        key, sep, _ = lines[i].partition(":")
        lines[i] = f"{key}{sep} {token}" if sep else token
    elif how == "indent":
        lines[i] = "  " + lines[i]
    else:
        lines[i] = lines[i].lstrip()
    file.write_text("\n".join(lines), encoding="utf-8")
    return rel


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(changes=st.lists(edits(), min_size=1, max_size=3))
def test_random_edits_end_in_a_build_or_located_problems(tmp_path_factory, changes) -> None:
    site = copy_example(tmp_path_factory.mktemp("mut") / "site")
    touched = {mutate(site, change) for change in changes}
    try:
        check(site)
    except SiteError as exc:
        assert exc.problems
        for problem in exc.problems:
            assert problem.path in touched or problem.path.startswith("content/"), problem
            assert problem.line is not None and problem.line >= 1, problem
            assert str(problem).startswith(f"{problem.path}:{problem.line}: ")
            assert problem.hint
        return
    # A clean build: whatever the schema rejects, the build must have rejected too.
    schemas = {name: json.loads(text) for name, text in schema_texts().items()}
    for rel in touched:
        spec = schema_for(rel)
        if spec is None:
            continue
        data = as_json(parse_yaml(decode((site / rel).read_bytes(), rel), rel))  # the build's own parser
        errors = list(jsonschema.Draft202012Validator(schemas[spec.name]).iter_errors(data))
        assert errors == [], f"{rel} builds but breaks its schema: {errors[0].message}"
