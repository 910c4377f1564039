"""Every editor mistake in bad_input_cases.py: `check` prints the exact report and exits 1, and `build`
reports the same and leaves output/ exactly as it was."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.bad_input_cases import CASES, apply
from tests.sitecopy import run_cli, tree_hash


def test_there_are_at_least_forty_cases() -> None:
    assert len(CASES) >= 40
    assert len({c[0] for c in CASES}) == len(CASES)


@pytest.mark.parametrize("case_id, mutation, expected", CASES, ids=[c[0] for c in CASES])
def test_check_reports_the_mistake(site: Path, case_id: str, mutation, expected: str) -> None:
    apply(site, mutation)
    result = run_cli("check", "--site", str(site))
    assert result.exit_code == 1
    assert result.output == expected.replace("{site}", str(site.resolve()))
    assert "Traceback" not in result.output
    assert not (site / "output").exists()


@pytest.mark.parametrize("case_id", ["number-in-quotes", "template-undefined-variable", "photo-missing",
                                     "non-utf8-file", "two-pages-same-address", "several-files-at-once"])
def test_build_reports_the_same_and_keeps_output(site: Path, case_id: str) -> None:
    _, mutation, expected = next(c for c in CASES if c[0] == case_id)
    assert run_cli("build", "--site", str(site)).exit_code == 0
    before = tree_hash(site / "output")
    apply(site, mutation)
    result = run_cli("build", "--site", str(site))
    assert result.exit_code == 1
    assert result.output == expected
    assert tree_hash(site / "output") == before
    assert not list(site.glob(".output.*")), "the half-built folder was left behind"


def test_a_file_that_cannot_be_read_is_not_also_reported_missing(tmp_path: Path) -> None:
    site = tmp_path / "ge"
    assert run_cli("new", str(site), "--kind", "general-election").exit_code == 0
    for rel in ["content/parties.yaml", *(p.relative_to(site).as_posix() for p in (site / "content/areas").iterdir())]:
        (site / rel).write_text("parties: [\n", encoding="utf-8")
    result = run_cli("check", "--site", str(site))
    assert result.exit_code == 1
    errors = [line for line in result.output.splitlines() if line.startswith("Error")]
    assert len(errors) == 4
    assert all(": YAML syntax error: did not find expected node content" in line for line in errors)
    leadership = tmp_path / "leadership"
    from tests.sitecopy import copy_example
    copy_example(leadership)
    (leadership / "content/candidates.yaml").write_text("candidates: [\n", encoding="utf-8")
    result = run_cli("check", "--site", str(leadership))
    assert result.output == ("Error: content/candidates.yaml:2: YAML syntax error: did not find expected node content\n"
                             "  hint: check the indentation of this line and the line before it, and that quotes "
                             "are closed\n")
