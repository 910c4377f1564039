"""Every value from YAML and front matter is escaped: XSS payloads in every free-text field end up as
visible text, never as elements or running script (checked by parsing and in headless Chromium)."""
from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from tests.yamldump import dump
from generator.errors import Collector
from generator.load import split_front_matter
from generator.model.documents import PAGE_META, UPDATE_META
from generator.safe_markdown import data_markdown, is_safe_url
from generator.schema import F, ListOf, MapOf, Record, Shape, Str
from generator.schemafiles import SCHEMA_FILES, schema_for
from generator.yamlsource import parse_yaml
from tests.sitecopy import run_cli

LONG = ('<script>window.__xss=1</script>"><img src=x onerror="window.__xss=1">\'><svg onload="window.__xss=1">'
        '</svg>]]></svg></title></text><img src=x onerror=window.__xss=1> [click](javascript:window.__xss=1) '
        '&amp; {{ 7*7 }}')
SHORT = '"><img src=x onerror=window.__xss=1>'
NOT_FREE_TEXT = {"nominee", "timezone"}  # text that must name something that exists


_counter = iter(range(1, 1_000_000))


def payload(shape: Str) -> str:
    """A payload, numbered so that names stay different (regions, bodies) as in real content."""
    text = LONG if shape.max_len >= len(LONG) + 8 else SHORT
    return f"{text} {next(_counter)}"


def inject(value: Any, shape: Shape, key: str = "") -> Any:
    """The same data with every free-text field replaced by an XSS payload."""
    if isinstance(shape, Record) and isinstance(value, dict):
        return {k: inject(v, shape.fields[k].shape, k) if k in shape.fields and v is not None else v
                for k, v in value.items()}
    if isinstance(shape, ListOf) and isinstance(value, list):
        return [inject(v, shape.item, key) for v in value]
    if isinstance(shape, MapOf) and isinstance(value, dict):
        return {k: inject(v, shape.value, key) for k, v in value.items()}
    if isinstance(shape, Str) and not shape.pattern and not shape.choices and key not in NOT_FREE_TEXT:
        return payload(shape)
    return value


def plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    return value


def poison(site: Path) -> int:
    """Put payloads in every free-text field of every YAML file and front matter; returns how many."""
    count = 0
    for file in [site / "site.yaml", *sorted((site / "content").rglob("*.yaml"))]:
        rel = file.relative_to(site).as_posix()
        spec = schema_for(rel)
        assert spec is not None, rel
        data = plain(inject(parse_yaml(file.read_text(encoding="utf-8"), rel), spec.shape))
        text = dump(data, allow_unicode=True, sort_keys=False, width=10_000)
        count += text.count("window.__xss")
        file.write_text(text, encoding="utf-8")
    for folder, shape in (("pages", PAGE_META), ("updates", UPDATE_META)):
        for file in sorted((site / "content" / folder).glob("*.md")):
            doc = split_front_matter(file.read_text(encoding="utf-8"), file.name)
            meta = dump(plain(inject(doc.meta, shape)), allow_unicode=True, sort_keys=False, width=10_000)
            count += meta.count("window.__xss")
            file.write_text(f"---\n{meta}---\n{doc.body}", encoding="utf-8")
    return count


class Elements(HTMLParser):
    """Every element, the page's text and the text of its scripts (the theme's own, such as the A-Z filter)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[str, dict]] = []
        self.text: list[str] = []
        self.scripts: list[str] = []

        self.in_script = False

    def handle_starttag(self, tag, attrs):
        self.found.append((tag, dict(attrs)))
        self.in_script = tag == "script"

    def handle_endtag(self, tag):
        self.in_script = False

    def handle_data(self, data):
        (self.scripts if self.in_script else self.text).append(data)


@pytest.fixture(scope="module", params=["leadership", "general-election"])
def poisoned(request, tmp_path_factory) -> Path:
    """The example site (leadership) or a new general election site, poisoned and built; returns output/."""
    from tests.sitecopy import copy_example
    site = tmp_path_factory.mktemp("xss") / "site"
    if request.param == "leadership":
        copy_example(site)
    else:
        assert run_cli("new", str(site), "--kind", "general-election").exit_code == 0
    assert poison(site) > 20
    result = run_cli("build", "--site", str(site))
    assert result.exit_code == 0, result.output
    return site / "output"


def test_payloads_are_text_not_elements(poisoned: Path) -> None:
    pages = sorted(poisoned.rglob("*.html"))
    assert len(pages) > 5
    shown = 0
    for page in pages:
        parser = Elements()
        parser.feed(page.read_text(encoding="utf-8"))
        for tag, attrs in parser.found:
            # the one script file is the theme's own, on live pages (docs/election-night.md)
            assert not (tag == "script" and attrs.get("src") and not attrs["src"].endswith("static/live.js")), page
            assert not [a for a in attrs if a.startswith("on")], (page, tag, attrs)
            for attr in ("href", "src"):
                assert is_safe_url(attrs.get(attr) or ""), (page, tag, attrs)
            assert not (tag == "img" and attrs.get("src") == "x"), page
        assert not [js for js in parser.scripts if "__xss" in js or "onerror" in js], page
        text = "".join(parser.text)
        shown += text.count("onerror=")
    assert shown > 5 * len(pages), "the payloads should be visible as text on the pages"


def test_no_script_runs_and_nothing_is_injected_in_chromium(poisoned: Path, browser) -> None:
    page = browser.new_page()
    try:
        dialogs: list[str] = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        for file in sorted(poisoned.rglob("*.html")):
            page.goto(file.as_uri())
            state = page.evaluate("""() => ({
                xss: typeof window.__xss,
                scripts: [...document.scripts].filter(s => (s.src && !s.src.endsWith('/static/live.js'))
                                                           || s.text.includes('__xss')).length,
                handlers: [...document.querySelectorAll('*')].filter(
                    e => [...e.attributes].some(a => a.name.startsWith('on'))).length,
                imgX: [...document.images].filter(i => i.getAttribute('src') === 'x').length,
                text: document.body.innerText.includes('onerror=window.__xss=1'),
            })""")
            assert state == {"xss": "undefined", "scripts": 0, "handlers": 0, "imgX": 0, "text": True}, file
        assert dialogs == []
    finally:
        page.close()


URL_ATTACKS = ["javascript:window.__xss=1", "JavaScript:alert(1)", " javascript:alert(1)",
               "data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)", "//evil.example/",
               "/\\evil.example/", 'https://ok.example/"onmouseover="alert(1)', "https://ok.example/<script>"]


def url_fields(shape: Shape, where: str = "") -> list[tuple[str, Str]]:
    if isinstance(shape, Record):
        return [x for k, f in shape.fields.items() for x in url_fields(f.shape, f"{where}.{k}")]
    if isinstance(shape, ListOf):
        return url_fields(shape.item, where + "[]")
    if isinstance(shape, MapOf):
        return url_fields(shape.value, where + "{}")
    if isinstance(shape, Str) and shape.pattern_message.startswith("is not a web address"):
        return [(where, shape)]
    return []


ALL_URL_FIELDS = [(f"{s.name}{w}", shape) for s in SCHEMA_FILES for w, shape in url_fields(s.shape)]


def test_every_url_field_was_found() -> None:
    names = {n for n, _ in ALL_URL_FIELDS}
    assert {"site.schema.json.base_url", "site.schema.json.navigation[].url",
            "candidates.schema.json.candidates[].links[].url",
            "nomination-category.schema.json.itemised[].source_url"} <= names


@pytest.mark.parametrize("name, shape", ALL_URL_FIELDS, ids=[n for n, _ in ALL_URL_FIELDS])
def test_url_fields_refuse_script_and_other_sites_posing_as_this_one(name: str, shape: Str) -> None:
    for attack in URL_ATTACKS:
        out = Collector()
        assert shape.check(attack, ("x.yaml", 3), "url", out) is None, attack
        assert out.errors[0].message.startswith("url "), attack
    for good in ("https://example.org/a?b=1&c=2#d", "/result/"):
        assert shape.check(good, ("x.yaml", 3), "url", Collector()) == good


@pytest.mark.parametrize("text", [
    "<script>alert(1)</script>", '<img src=x onerror="alert(1)">', "[x](javascript:alert(1))",
    "[x]( JaVaScRiPt:alert(1))", "![i](data:text/html,x)", "[x][r]\n\n[r]: javascript:alert(1)",
    "<div onclick='alert(1)'>x</div>", "]]></svg><svg onload=alert(1)>"])
def test_markdown_in_data_fields_cannot_carry_html_or_script(text: str) -> None:
    parser = Elements()
    parser.feed(data_markdown(text))
    for tag, attrs in parser.found:
        assert tag in ("p", "a", "img"), tag
        assert not [a for a in attrs if a.startswith("on")]
        assert all(is_safe_url(attrs.get(a) or "") for a in ("href", "src"))
