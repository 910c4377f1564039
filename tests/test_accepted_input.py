"""Input that is unusual but right: it builds, and the pages say something sensible."""
from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest

from tests.sitecopy import run_cli

SIMPLE_RESULT = """\
ballot:
  title: Result
  status: {status}
  declared_at: 2016-09-24 11:45
  votes:
    jeremy-corbyn: {corbyn}
    owen-smith: {smith}
  source:
    name: A source
"""


class _Text(HTMLParser):
    """The visible text of a page and the widths of its chart bars."""

    def __init__(self) -> None:
        super().__init__()
        self.text: list[str] = []
        self.bar_widths: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "rect" and a.get("class") == "chart-bar":
            self.bar_widths.append(a["width"])

    def handle_data(self, data):
        self.text.append(data)


def page(site: Path, rel: str) -> _Text:
    parser = _Text()
    parser.feed((site / "output" / rel).read_text(encoding="utf-8"))
    parser.text = [" ".join("".join(parser.text).split())]
    return parser


def build_ok(site: Path) -> None:
    result = run_cli("build", "--site", str(site))
    assert result.exit_code == 0, result.output


def test_check_on_the_example_prints_only_a_success_line() -> None:
    from tests.sitecopy import REPO
    result = run_cli("check", "--site", str(REPO))
    assert result.exit_code == 0
    assert result.output == "No problems found: 54 pages checked.\n"


def test_bom_and_crlf_are_accepted_and_change_nothing(site: Path, tmp_path: Path) -> None:
    build_ok(site)
    plain = {p.relative_to(site / "output"): p.read_bytes() for p in (site / "output").rglob("*") if p.is_file()}
    for file in [site / "site.yaml", *(site / "content").rglob("*.*")]:
        text = file.read_text(encoding="utf-8")
        file.write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"))
    build_ok(site)
    crlf = {p.relative_to(site / "output"): p.read_bytes() for p in (site / "output").rglob("*") if p.is_file()}
    assert crlf == plain


def test_a_candidate_with_no_votes(site: Path) -> None:
    (site / "content/results.yaml").write_text(SIMPLE_RESULT.format(status="declared", corbyn=120, smith=0))
    build_ok(site)
    result = page(site, "result/index.html")
    assert "Jeremy Corbyn elected with 120 votes (100.0%), a majority of 120." in result.text[0]
    assert "Owen Smith0 (0.0%)" in result.text[0]  # chart label then value
    assert result.bar_widths == ["100.0%", "0.0%"]
    smith = page(site, "candidates/owen-smith/index.html").text[0]
    assert "0 votes, 0.0% of the valid vote." in smith


def test_a_ballot_of_all_zeros_builds_with_no_winner(site: Path) -> None:
    (site / "content/results.yaml").write_text(SIMPLE_RESULT.format(status="provisional", corbyn=0, smith=0))
    build_ok(site)
    result = page(site, "result/index.html")
    assert "Provisional result" in result.text[0]
    assert "elected" not in result.text[0].lower()
    assert "Tie" not in result.text[0]
    assert result.bar_widths == ["0.0%", "0.0%"]
    assert "Jeremy Corbyn0 (–)" in result.text[0]  # a share of no votes is no share
    assert "0.0%" not in result.text[0] and "100.0%" not in result.text[0]


def test_a_tie_has_no_winner(site: Path) -> None:
    (site / "content/results.yaml").write_text(SIMPLE_RESULT.format(status="declared", corbyn=500, smith=500))
    build_ok(site)
    result = page(site, "result/index.html").text[0]
    assert "Tie: Jeremy Corbyn and Owen Smith have the same number of votes." in result
    assert "Elected" not in result and "elected with" not in result
    home = page(site, "index.html").text[0]
    assert "won with" not in home


def test_a_warning_is_printed_and_fails_only_with_strict(site: Path) -> None:
    from tests.sitecopy import replace_in
    replace_in(site, "content/nominations/clps.yaml", "itemised_note:", "# itemised_note:")
    replace_in(site, "content/nominations/clps.yaml", "\n  was the main source", "\n#  was the main source")
    result = run_cli("check", "--site", str(site))
    warning = ("Warning: content/nominations/clps.yaml:22: only 31 of 338 reported nominations (9.2%) are itemised\n"
               "  hint: the pages say the list is partial; add `itemised_note:` saying why, or itemise more\n")
    assert result.exit_code == 0, result.output
    assert result.output == warning + "No problems found: 54 pages checked, 1 warning(s).\n"
    strict = run_cli("check", "--strict", "--site", str(site))
    assert strict.exit_code == 1
    assert strict.output == warning + "Failed: 1 warning(s), and --strict was given.\n"


def test_a_very_large_file_builds(site: Path) -> None:
    n = 20_000
    items = "".join(f"- body: Body {i}\n  nominee: jeremy-corbyn\n  source_url: https://example.org/{i}\n"
                    for i in range(n))
    (site / "content/nominations/big.yaml").write_text(
        f"id: big\nname: Big category\nreported:\n  jeremy-corbyn: {n}\nreported_source:\n  name: A list\n"
        f"itemised:\n{items}", encoding="utf-8")
    assert (site / "content/nominations/big.yaml").stat().st_size > 1_000_000
    build_ok(site)
    text = page(site, "nominations/big/index.html").text[0]
    assert f"All {n:,} reported nominations are itemised." in text
    assert "Body 19999" in text
