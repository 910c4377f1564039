"""Input that used to end in a traceback (template arithmetic and recursion, huge or non-finite numbers,
NUL in text, zoned times) is a located error: exit 1, the exact message, output/ as it was."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.bad_input_cases import template
from tests.sitecopy import refused_build_output, replace_in, run_cli

R = "content/results.yaml"


def own_template(name: str, text: str):
    def apply(site: Path) -> None:
        (site / "templates").mkdir(exist_ok=True)
        (site / "templates" / name).write_text(text, encoding="utf-8")
    return apply


def edit(rel: str, old: str, new: str):
    return lambda site: replace_in(site, rel, old, new)


RECURSION = ("template error: a template includes or extends itself, directly or through another template\n"
             "  hint: remove the {% include %} or {% extends %} that leads back to this template\n")
CASES = [
    ("template-divides-by-zero", template("page.html", "<h1>{{ doc.title }}</h1>", "<h1>{{ 1 // 0 }}</h1>"),
     "Error: templates/page.html:4: template error: integer division or modulo by zero (ZeroDivisionError)\n"
     "  hint: check the arithmetic in the {{ }} on this line (a division by zero, or a number too large)\n"),
    ("template-extends-itself", own_template("page.html", '{% extends "page.html" %}\n'),
     "Error: templates/page.html:1: " + RECURSION),
    ("template-includes-itself", own_template("page.html", 'x\n{% include "page.html" %}\n'),
     "Error: templates/page.html:2: " + RECURSION),
    ("votes-10-to-the-400", edit(R, "jeremy-corbyn: 313209", "jeremy-corbyn: 1" + "0" * 400),
     "Error: content/results.yaml:8: votes for jeremy-corbyn is more than 1,000,000,000,000, the largest whole "
     "number a site may hold\n  hint: check the figure against the source: no count of votes or people is that "
     "large\n"),
    ("votes-of-5000-digits", edit(R, "jeremy-corbyn: 313209", "jeremy-corbyn: 1" + "0" * 5000),
     "Error: content/results.yaml:8: this number has 5,001 digits, more than a whole number may have\n"
     "  hint: check the figure against the source: no count is that large\n"),
    ("votes-just-above-the-limit", edit(R, "jeremy-corbyn: 313209", "jeremy-corbyn: 1000000000001"),
     "Error: content/results.yaml:8: votes for jeremy-corbyn is more than 1,000,000,000,000, the largest whole "
     "number a site may hold\n  hint: check the figure against the source: no count of votes or people is that "
     "large\n"),
    ("turnout-nan", edit(R, "turnout_pct: 77.6", "turnout_pct: .nan"),
     "Error: content/results.yaml:38: turnout_pct must be a finite number (got nan)\n"
     "  hint: YAML reads .nan and .inf as not-a-number and infinity: write the figure, like 61.8\n"),
    ("turnout-inf", edit(R, "turnout_pct: 77.6", "turnout_pct: .inf"),
     "Error: content/results.yaml:38: turnout_pct must be a finite number (got inf)\n"
     "  hint: YAML reads .nan and .inf as not-a-number and infinity: write the figure, like 61.8\n"),
    ("nul-in-a-name", edit(R, "name: Party members", 'name: "Party\\0members"'),
     "Error: content/results.yaml:15: name contains a NUL character (\\0), which cannot be "
     "in text\n  hint: delete the invisible character: retype the text, or copy it again from a plain-text source\n"),
    ("zoned-declared-at", edit(R, "declared_at: 2016-09-24", "declared_at: 2016-09-24T11:45:00Z"),
     "Error: content/results.yaml:5: declared_at has a timezone (2016-09-24T11:45:00+00:00), but times are "
     "written in the site's own timezone\n  hint: write YYYY-MM-DD HH:MM without Z or +HH:MM, like 2016-09-24 11:45\n"),
    ("offset-declared-at", edit(R, "declared_at: 2016-09-24", "declared_at: 2016-09-24 11:45:00+01:00"),
     "Error: content/results.yaml:5: declared_at has a timezone (2016-09-24T11:45:00+01:00), but times are "
     "written in the site's own timezone\n  hint: write YYYY-MM-DD HH:MM without Z or +HH:MM, like 2016-09-24 11:45\n"),
]


@pytest.mark.parametrize("case_id, mutation, expected", CASES, ids=[c[0] for c in CASES])
def test_a_located_error_and_output_unchanged(site: Path, case_id: str, mutation, expected: str) -> None:
    assert refused_build_output(site, mutation) == expected


def test_one_area_with_the_wrong_nation_is_the_one_error(tmp_path: Path) -> None:
    site = tmp_path / "ge"
    assert run_cli("new", str(site), "--kind", "general-election").exit_code == 0
    wrong_nation = lambda s: replace_in(s, "content/areas/east-bay.yaml", "nation: Sample Nation",  # noqa: E731
                                        "nation: Wales")  # the first file
    assert refused_build_output(site, wrong_nation) == ("Error: content/areas/east-bay.yaml:5: the region 'Sample Region' is in Sample Nation "
                             "in 2 other area files, but in Wales here\n  hint: give every area of a region the "
                             "same nation, or check the spelling of the region\n")


def test_a_percent_encoded_base_url_is_accepted(site: Path) -> None:
    replace_in(site, "site.yaml", "base_url: https://example.org/elections/labour-2016/",
               "base_url: https://example.org/%C3%A9lections/")
    result = run_cli("build", "--site", str(site))
    assert result.exit_code == 0, result.output
    page = (site / "output/404.html").read_text(encoding="utf-8")
    assert 'href="/%C3%A9lections/feed.xml"' in page  # the server root's /élections/feed.xml (its CSS is inline)


def test_an_area_count_over_the_limit_is_refused_by_the_fast_path_too(tmp_path: Path) -> None:
    site = tmp_path / "ge"
    assert run_cli("new", str(site), "--kind", "general-election").exit_code == 0
    replace_in(site, "content/areas/north-town.yaml", "    votes: 21000", "    votes: 10000000000000")
    result = run_cli("build", "--site", str(site))
    assert result.exit_code == 1
    assert result.output.startswith("Error: content/areas/north-town.yaml:14: ")
    assert "is more than 1,000,000,000,000, the largest whole number a site may hold\n" in result.output
    assert "Traceback" not in result.output
