"""Shared helpers of the general election tests: in-memory sources and a small HTML table reader."""
from __future__ import annotations

import importlib.util
from html.parser import HTMLParser
from pathlib import Path

from generator.load import Document, Sources
from generator.yamlsource import parse_yaml

SITE = """\
title: Test election
description: A test.
base_url: https://example.org/
kind: general-election
election:
  name: Test general election
{extra}"""

PARTIES = """\
parties:
  - id: red
    name: Red Party
    short_name: Red
  - id: blue
    name: Blue Party
    short_name: Blue
  - id: green
    name: Green Party
    short_name: Grn
"""


def area_yaml(area_id: str, name: str, candidates: list[tuple[str, str, int | None]], *, status: str = "declared",
              region: str = "North", nation: str = "Testland", previous: str | None = None,
              electorate: int | None = 1000, extra: str = "") -> str:
    lines = [f"id: {area_id}", f"name: {name}", f"region: {region}", f"nation: {nation}", f"status: {status}"]
    if electorate is not None:
        lines.append(f"electorate: {electorate}")
    if previous:
        lines.append(f"previous_party: {previous}")
    lines.append("candidates:")
    for cname, party, votes in candidates:
        lines.append(f"  - name: {cname}\n    party: {party}" + (f"\n    votes: {votes}" if votes is not None else ""))
    return "\n".join(lines) + "\n" + extra


def sources(areas: dict[str, str], parties: str = PARTIES, site_extra: str = "") -> Sources:
    """Sources as load() would give them, from texts (keyed by area id, written to content/areas/ID.yaml)."""
    data = {f"content/areas/{aid}.yaml": Document(f"content/areas/{aid}.yaml",
                                                  parse_yaml(text, f"content/areas/{aid}.yaml"))
            for aid, text in areas.items()}
    if parties is not None:
        data["content/parties.yaml"] = Document("content/parties.yaml", parse_yaml(parties, "content/parties.yaml"))
    return Sources(Path("."), Document("site.yaml", parse_yaml(SITE.format(extra=site_extra), "site.yaml")),
                   data, (), ())


class Tables(HTMLParser):
    """Every <table>'s rows as lists of cell texts, by table id (and in order), plus the page's text."""

    def __init__(self) -> None:
        super().__init__()
        self.tables: dict[str, list[list[str]]] = {}
        self.order: list[list[list[str]]] = []
        self.text: list[str] = []
        self.h1: list[str] = []
        self.next: str | None = None  # the href of the pager's rel="next" link
        self._rows: list[list[str]] | None = None
        self._cell: list[str] | None = None
        self._in_h1 = False
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("svg", "script", "style"):
            self._skip += 1
        if tag == "table":
            self._rows = []
            self.order.append(self._rows)
            if a.get("id"):
                self.tables[a["id"]] = self._rows
        elif tag == "tr" and self._rows is not None:
            self._rows.append([])
        elif tag in ("td", "th") and self._rows is not None:
            self._cell = []
        elif tag == "h1":
            self._in_h1 = True
            self.h1.append("")
        elif tag == "a" and a.get("rel") == "next":
            self.next = a.get("href")

    def handle_endtag(self, tag):
        if tag in ("svg", "script", "style"):
            self._skip -= 1
        if tag in ("td", "th") and self._cell is not None and self._rows is not None:
            self._rows[-1].append(" ".join("".join(self._cell).split()))
            self._cell = None
        elif tag == "table":
            self._rows = None
        elif tag == "h1":
            self._in_h1 = False

    def handle_data(self, data):
        if self._skip:
            return
        self.text.append(data)
        if self._cell is not None:
            self._cell.append(data)
        if self._in_h1:
            self.h1[-1] += data


def read_page(path: Path) -> Tables:
    parser = Tables()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def read_pages(path: Path) -> list[Tables]:
    """A page and the pages its pager leads to (rel="next"), in order."""
    pages = [read_page(path)]
    while pages[-1].next:
        path = (path.parent / pages[-1].next).resolve()
        path = path / "index.html" if path.is_dir() else path
        pages.append(read_page(path))
    return pages


def table_rows(path: Path, table_id: str) -> list[list[str]]:
    """The body rows of a table split over a page and the pages after it."""
    return [row for page in read_pages(path) for row in page.tables[table_id][1:]]


def number(text: str) -> int:
    return int(text.replace(",", ""))


def synthetic_site(base: Path, areas: int) -> Path:
    """A general election site of `areas` synthetic areas (benchmarks/make_data.py) under `base`,
    made as an editor makes one: `new`, then `import` of the CSV."""
    from click.testing import CliRunner

    from generator.cli import main

    spec = importlib.util.spec_from_file_location("make_data", Path(__file__).resolve().parents[1] / "benchmarks" / "make_data.py")
    make_data = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make_data)
    make_data.write_csv(make_data.make(areas), base / "results.csv")
    runner = CliRunner()
    site = base / "site"
    assert runner.invoke(main, ["new", str(site), "--kind", "general-election"]).exit_code == 0
    result = runner.invoke(main, ["import", str(base / "results.csv"), "--site", str(site), "--replace"])
    assert result.exit_code == 0, result.output
    return site
