"""Area files are read by load as text and parsed by the model one at a time (load.ITEMS_DIR): their
YAML errors are still reported in the order load reads the files, cold or by a Builder kept between builds."""
from __future__ import annotations

import re

import pytest
from tests.sitecopy import replace_in, run_cli

from generator.builder import Builder
from generator.errors import SiteError
from generator.scaffold import create_site

AA = ["Error {}: content/aa.yaml:2: YAML syntax error: did not find expected node content",
      "  hint: check the indentation of this line and the line before it, and that quotes are closed"]
EAST = ["Error {}: content/areas/east-bay.yaml:5: a tab is used for indentation; YAML allows only spaces",
        "  hint: replace the tab at the start of this line with spaces"]
NORTH = ["Error {}: content/areas/north-town.yaml:3: this file is not UTF-8 text",
         "  hint: save it as UTF-8 (in most editors: Save As, Encoding: UTF-8)"]
ZZ = ["Error {}: content/zz.yaml:3: a tab is used for indentation; YAML allows only spaces",
      "  hint: replace the tab at the start of this line with spaces"]
SOUTH = ["Error {}: content/areas/south-vale.yaml:13: votes must be a whole number (got \"lots\")",
         "  hint: write digits only, like `votes: 1234`"]


def numbered(*problems: list[str]) -> list[str]:
    return [line.format(f"{i}/{len(problems)}") for i, lines in enumerate(problems, 1) for line in lines]


@pytest.fixture
def broken(tmp_path):
    """A general election with files that cannot be read before, among and after its area files."""
    site = tmp_path / "s"
    create_site(site, "general-election")
    (site / "content/aa.yaml").write_text("a: [1,\n", encoding="utf-8")
    (site / "content/zz.yaml").write_text("x: 1\nb:\n\t- c\n", encoding="utf-8")
    replace_in(site, "content/areas/east-bay.yaml", "region: ", "region:\n\tx: ")
    north = site / "content/areas/north-town.yaml"
    north.write_bytes(north.read_bytes().replace(b"North Town", "North T\xf6wn".encode("latin-1"), 1))
    south = site / "content/areas/south-vale.yaml"
    south.write_text(re.sub(r"votes: \d+", "votes: lots", south.read_text(encoding="utf-8"), count=1), encoding="utf-8")
    return site


def test_yaml_errors_of_area_files_come_where_load_reads_them_then_the_model_problems(broken):
    result = run_cli("check", "--site", str(broken))
    assert result.exit_code == 1
    assert result.output.splitlines() == numbered(AA, EAST, NORTH, ZZ, SOUTH)


def test_area_files_of_a_site_of_another_kind_still_have_their_yaml_errors_reported(broken):
    (broken / "site.yaml").write_text((broken / "site.yaml").read_text(encoding="utf-8").replace(
        "kind: general-election", "kind: leadership"), encoding="utf-8")
    missing = ["Error {}: content/candidates.yaml: this file is missing",
               "  hint: create content/candidates.yaml; the example site has one to copy"]
    assert run_cli("check", "--site", str(broken)).output.splitlines() == numbered(AA, EAST, NORTH, ZZ, missing)


def test_a_builder_kept_between_builds_reports_what_a_cold_check_reports(broken, tmp_path):
    builder = Builder(broken, tmp_path / "out", jobs=1)
    for fix in [None, ("content/zz.yaml", "\t- c", "  - c"), ("content/areas/east-bay.yaml", "region:\n\tx: ", "region: ")]:
        if fix:
            replace_in(broken, *fix)
        with pytest.raises(SiteError) as kept:
            builder.build()
        cold = run_cli("check", "--site", str(broken)).output.splitlines()
        assert [line for p in kept.value.problems for line in str(p).splitlines()] == \
            [re.sub(r"^Error \d+/\d+: ", "", line) for line in cold]
    replace_in(broken, "content/aa.yaml", "[1,", "[1]")
    replace_in(broken, "content/areas/south-vale.yaml", "votes: lots", "votes: 7")
    north = broken / "content/areas/north-town.yaml"
    north.write_bytes(north.read_bytes().replace("T\xf6wn".encode("latin-1"), b"Town"))
    builder.build()
    assert (tmp_path / "out/areas/north-town-sample/index.html").is_file()
