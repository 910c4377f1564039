"""An import writes all or nothing: a file it cannot write, a site it would break, a site.yaml it cannot
read or a count no election has end in a located error, exit 1, and the site as it was."""
from __future__ import annotations

import contextlib
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator import fileset
from generator.cli import main
from generator.errors import SiteError
from generator.scaffold import create_site

HEADER = "area_id,area,region,nation,party,candidate,votes"
ROWS = HEADER + "\na1,Alpha,North,Testland,Red,Ann,5\na1,Alpha,North,Testland,Blue,Bob,4\na2,Beta,North,Testland,Red,Cy,3\n"


@pytest.fixture()
def site(tmp_path: Path) -> Path:
    create_site(tmp_path / "site", "general-election")
    return tmp_path / "site"


def run(site: Path, *args: str):
    with contextlib.chdir(site.parent):
        return CliRunner().invoke(main, list(args))


def run_import(site: Path, csv_text: str, *extra: str):
    (site.parent / "results.csv").write_text(csv_text, encoding="utf-8")
    return run(site, "import", "results.csv", "--site", site.name, *extra)


def snapshot(site: Path) -> dict[str, bytes | None]:
    """Every file and folder of the site (hidden ones too: a temporary file left behind shows)."""
    return {p.relative_to(site).as_posix(): p.read_bytes() if p.is_file() and not p.is_symlink() else None
            for p in sorted(site.rglob("*"))}


def refused(site: Path, csv_text: str, *extra: str) -> list[str]:
    """The output of an import that must fail with nothing changed."""
    before = snapshot(site)
    result = run_import(site, csv_text, *extra)
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    assert snapshot(site) == before
    return result.output.splitlines()


@pytest.mark.parametrize("extra", [("--replace",), ()])
def test_a_file_with_a_header_and_no_rows_is_refused_and_the_site_still_builds(site: Path, extra):
    assert refused(site, HEADER + "\n\n", *extra) == [
        "Error: results.csv:1: the file names the columns but has no rows",
        "  hint: add one row per candidate under the header; nothing was imported (with --replace, a file "
        "without rows would remove every area)"]
    assert run(site, "build", "--site", "site").exit_code == 0


def test_an_import_that_would_break_the_build_is_refused_at_the_rows_it_comes_from(site: Path):
    # The sample area north-town.yaml is called "North Town (sample)": a new area of that name would
    # take its address, which the build refuses.
    text = HEADER + ",electorate\na1,Alpha,North,Testland,Red,Ann,500,100\na2,North Town (sample),North,Testland,Red,Cy,3,\n"
    assert refused(site, text) == [
        "Error 1/3: results.csv:1: the site would not build after this import (2 problems below), so nothing "
        "was written",
        "  hint: fix the rows (or the files) named below, then import again",
        "Error 2/3: results.csv:2: content/areas/a1.yaml as imported: the candidates' votes add up to 500, more "
        "than the electorate of 100",
        "  hint: check the electorate and the votes against the declaration",
        "Error 3/3: content/areas/north-town.yaml:3: 'North Town (sample)' would have the same address "
        "/areas/north-town-sample/ as 'North Town (sample)' in content/areas/a2.yaml",
        "  hint: two areas need names that differ in more than accents, case or punctuation"]


def test_problems_the_site_had_already_do_not_stop_an_import(site: Path):
    bad = site / "content/areas/south-vale.yaml"
    bad.write_text(bad.read_text(encoding="utf-8").replace("status: declared", "status: counted"), encoding="utf-8")
    assert run(site, "build", "--site", "site").exit_code == 1
    result = run_import(site, ROWS)
    assert result.exit_code == 0, result.output
    assert (site / "content/areas/a1.yaml").is_file()


@pytest.mark.parametrize("count, digits", [(str(10**400), 401), ("7" * 5000, 5000), (str(10**12 + 1), 13)])
def test_a_count_no_election_has_is_a_located_error(site: Path, count: str, digits: int):
    assert refused(site, HEADER + ",electorate\n" + f"a1,Alpha,North,Testland,Red,Ann,{count},{count}\n") == [
        f"Error 1/2: results.csv:2: votes must be at most 1,000,000,000,000 (got a number of {digits:,} digits)",
        "  hint: no count of votes or voters is that large: check the cell for numbers run together or a pasting "
        "mistake",
        f"Error 2/2: results.csv:2: electorate must be at most 1,000,000,000,000 (got a number of {digits:,} digits)",
        "  hint: no count of votes or voters is that large: check the cell for numbers run together or a pasting "
        "mistake"]


def test_the_largest_count_allowed_is_imported(site: Path):
    result = run_import(site, HEADER + f"\na1,Alpha,North,Testland,Red,Ann,{10**12}\n")
    assert result.exit_code == 0, result.output
    assert f"votes: {10**12}" in (site / "content/areas/a1.yaml").read_text(encoding="utf-8")


def test_a_long_bad_count_is_shown_cut_short(site: Path):
    assert refused(site, HEADER + "\na1,Alpha,North,Testland,Red,Ann," + "x" * 5000 + "\n")[0] == (
        "Error: results.csv:2: votes must be a whole number of 0 or more (got 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'"
        "... (5,000 characters))")


def test_a_site_yaml_that_is_a_list_is_a_located_error(site: Path):
    (site / "site.yaml").write_text("- title: Test\n- kind: general-election\n", encoding="utf-8")
    assert refused(site, ROWS) == ["Error: site.yaml:1: the file must be a set of `field: value` lines (got a list)",
                                   "  hint: write one `field: value` per line here"]


def test_an_area_file_that_is_a_folder_stops_the_import_before_anything_is_written(site: Path):
    (site / "content/areas/a2.yaml").mkdir()
    assert refused(site, ROWS, "--replace") == [
        "Error: content/areas/a2.yaml: this is a folder, but the import writes a file here",
        "  hint: move or rename what is there, then import again; nothing was written"]
    assert not (site / "content/areas/a1.yaml").exists()


def test_an_areas_folder_that_is_a_file_is_a_located_error(tmp_path: Path, site: Path):
    for f in (site / "content/areas").iterdir():
        f.unlink()
    (site / "content/areas").rmdir()
    (site / "content/areas").write_text("not a folder\n", encoding="utf-8")
    assert refused(site, ROWS) == [
        "Error 1/2: content/areas/a1.yaml: content/areas is a file, but the import writes files into a folder of "
        "that name",
        "  hint: move or rename what is there, then import again; nothing was written",
        "Error 2/2: content/areas/a2.yaml: content/areas is a file, but the import writes files into a folder of "
        "that name",
        "  hint: move or rename what is there, then import again; nothing was written"]


def test_an_areas_folder_that_links_nowhere_is_a_located_error(tmp_path: Path, site: Path):
    """Fails when the area files are written (mkdir of a dangling link), as root too."""
    for f in (site / "content/areas").iterdir():
        f.unlink()
    (site / "content/areas").rmdir()
    (site / "content/areas").symlink_to(tmp_path / "gone")
    assert refused(site, ROWS) == [
        "Error: content/areas/a1.yaml: cannot update this file (File exists)",
        "  hint: check that its folder exists and that you may write to it; nothing was written, the site is as "
        "it was"]


def chmod_stops_writes(folder: Path) -> bool:
    """False for root (or a user with CAP_DAC_OVERRIDE), who writes into a read-only folder all the same."""
    probe = folder / "probe"
    probe.mkdir()
    probe.chmod(0o555)
    try:
        (probe / "x").write_bytes(b"")
    except PermissionError:
        return True
    finally:
        probe.chmod(0o755)
    return False


def test_a_read_only_areas_folder_is_a_located_error(site: Path, tmp_path: Path):
    if not chmod_stops_writes(tmp_path):
        pytest.skip("running as root, where a read-only folder can still be written to; the link test above "
                    "covers a folder the import cannot write to, as root too")
    areas = site / "content/areas"
    areas.chmod(0o555)
    try:
        assert refused(site, ROWS) == [
            "Error: content/areas/a1.yaml: cannot update this file (Permission denied)",
            "  hint: check that its folder exists and that you may write to it; nothing was written, the site is "
            "as it was"]
    finally:
        areas.chmod(0o755)


def test_a_failure_after_some_files_were_renamed_puts_them_back(site: Path, monkeypatch: pytest.MonkeyPatch):
    """The last step, renaming the written files into place, failing half way (a disk error: injected)."""
    assert run_import(site, ROWS).exit_code == 0
    before = snapshot(site)
    renames: list[str] = []
    real = os.replace

    def failing(src, dst):
        renames.append(str(dst))
        if len(renames) == 2:
            raise OSError(5, "Input/output error")
        real(src, dst)

    monkeypatch.setattr(fileset.os, "replace", failing)
    changed = ROWS.replace(",5\n", ",6\n").replace(",3\n", ",2\n")
    with pytest.raises(SiteError) as caught:
        fileset.commit(site, {"content/areas/a1.yaml": changed.encode(), "content/areas/a2.yaml": b"id: a2\n",
                              "content/areas/a3.yaml": b"id: a3\n"}, ["content/areas/east-bay.yaml"])
    assert str(caught.value) == ("content/areas/a2.yaml: cannot update this file (Input/output error)\n"
                                 "  hint: check that its folder exists and that you may write to it; nothing was "
                                 "written, the site is as it was")
    monkeypatch.undo()
    assert snapshot(site) == before


def test_a_removal_failing_puts_back_the_files_written_and_removed(site: Path, monkeypatch: pytest.MonkeyPatch):
    before = snapshot(site)
    real = Path.unlink

    def failing(self, missing_ok=False):
        if self.name == "south-vale.yaml":
            raise PermissionError(13, "Permission denied")
        real(self, missing_ok)

    monkeypatch.setattr(Path, "unlink", failing)
    with pytest.raises(SiteError) as caught:
        fileset.commit(site, {"content/areas/a1.yaml": b"id: a1\n", "content/parties.yaml": b"parties: []\n"},
                       ["content/areas/east-bay.yaml", "content/areas/south-vale.yaml"])
    assert str(caught.value).splitlines()[0] == "content/areas/south-vale.yaml: cannot update this file (Permission denied)"
    monkeypatch.undo()
    assert snapshot(site) == before


def test_an_area_file_that_cannot_be_read_is_a_located_error(site: Path, tmp_path: Path):
    probe = tmp_path / "probe"
    probe.write_bytes(b"x")
    probe.chmod(0)
    try:
        probe.read_bytes()
        pytest.skip("running as root, who reads a file of mode 000 all the same")
    except PermissionError:
        pass
    (site / "content/areas/a1.yaml").write_text("id: a1\n", encoding="utf-8")
    (site / "content/areas/a1.yaml").chmod(0)
    parties = (site / "content/parties.yaml").read_bytes()
    try:
        result = run_import(site, ROWS)
        assert result.exit_code == 1
        assert result.output.splitlines() == ["Error: content/areas/a1.yaml: this file cannot be read (Permission "
                                              "denied)", "  hint: check that you may read it; nothing was written"]
        assert not (site / "content/areas/a2.yaml").exists()
        assert (site / "content/parties.yaml").read_bytes() == parties
    finally:
        (site / "content/areas/a1.yaml").chmod(0o644)
