"""The CLI as editors use it: exit codes, the summary line, errors as path:line with no traceback."""
from __future__ import annotations

import hashlib
import re
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from generator.cli import main


def tree_hash(root: Path) -> str:
    h = hashlib.sha256()
    for p in sorted(root.rglob("*")):
        h.update(p.relative_to(root).as_posix().encode())
        if p.is_file():
            h.update(p.read_bytes())
    return h.hexdigest()


def test_build_prints_one_summary_line(example_site):
    result = CliRunner().invoke(main, ["build", "--site", str(example_site)])
    assert result.exit_code == 0, result.output
    assert re.fullmatch(r"Built \d+ pages \(\d+ files, \d+ written, 0 unchanged, 0 removed\) in \d+\.\d\d s\n",
                        result.output)
    assert (example_site / "output" / "index.html").is_file()


def test_output_option(example_site, tmp_path):
    out = tmp_path / "public"
    result = CliRunner().invoke(main, ["build", "--site", str(example_site), "--output", str(out)])
    assert result.exit_code == 0 and (out / "result" / "index.html").is_file()


def test_an_error_names_file_and_line_and_keeps_output(example_site):
    runner = CliRunner()
    assert runner.invoke(main, ["build", "--site", str(example_site)]).exit_code == 0
    before = tree_hash(example_site / "output")
    results = example_site / "content" / "results.yaml"
    results.write_text(results.read_text().replace("jeremy-corbyn: 168216", "jeremy-corbyn: 168217"))
    result = runner.invoke(main, ["build", "--site", str(example_site)])
    assert result.exit_code == 1
    assert result.output.startswith("Error: content/results.yaml:")
    assert "the sections' votes for jeremy-corbyn add up to 313,210, but the total given is 313,209" in result.output
    assert "\n  hint: " in result.output and "Traceback" not in result.output
    assert tree_hash(example_site / "output") == before


def test_unknown_candidate_id(example_site):
    path = example_site / "content" / "nominations" / "young-labour.yaml"
    path.write_text(path.read_text().replace("nominee: jeremy-corbyn", "nominee: jeremy-corbin"))
    result = CliRunner().invoke(main, ["build", "--site", str(example_site)])
    assert result.exit_code == 1
    line = next(i for i, l in enumerate(path.read_text().splitlines(), 1) if l.startswith("- body:"))
    assert f"content/nominations/young-labour.yaml:{line}: nominee 'jeremy-corbin' of Young Labour is not a candidate id" \
        in result.output


def test_yaml_syntax_error_as_a_real_process(example_site):
    (example_site / "site.yaml").write_text("title: [unclosed\n")
    proc = subprocess.run([sys.executable, "-m", "generator", "build", "--site", str(example_site)],
                          capture_output=True, text=True)
    assert proc.returncode == 1
    assert proc.stderr.startswith("Error: site.yaml:")
    assert "Traceback" not in proc.stderr + proc.stdout


def test_every_command_has_help():
    runner = CliRunner()
    top = runner.invoke(main, ["--help"])
    assert top.exit_code == 0
    commands = re.findall(r"^  (\w+)\s", top.output.split("Commands:")[1], re.M)
    assert "build" in commands
    for command in commands:
        result = runner.invoke(main, [command, "--help"])
        assert result.exit_code == 0 and "Usage:" in result.output, command
