"""`new`: a site folder that builds at once, with a tiny set of placeholder content for each kind."""
from __future__ import annotations

import shutil
from pathlib import Path

from .errors import SiteError
from .theme import THEME

KINDS = ("leadership", "general-election")

SAMPLE_NOTE = "# PLACEHOLDER SAMPLE DATA made by `python -m generator new`: replace it with the real figures.\n"

SITE_YAML = """\
# yaml-language-server: $schema=schema/site.schema.json
# PLACEHOLDER: change every value below for your election.
title: {title}
description: Placeholder sample data made by the generator's new command, to be replaced by the editor.
base_url: https://example.org/elections/new/
language: en-GB
kind: {kind}
publisher: Election results desk
election:
  name: {title}
  timezone: Europe/London
navigation:
{navigation}{extra}"""

PARTY_COLOURS_NOTE = """\
# Party colours where content/parties.yaml gives none (else a built-in table of UK parties is used):
# party_colours:
#   party-a: "#2166ac"
"""

NAVIGATION = {
    "leadership": [("Result", "/result/"), ("Candidates", "/candidates/"), ("Updates", "/updates/")],
    "general-election": [("Constituencies", "/areas/"), ("Regions", "/regions/"), ("Parties", "/parties/"),
                         ("Updates", "/updates/")],
}

ABOUT = """\
---
title: About this site
order: 10
---
**This site holds placeholder sample data** made by `python -m generator new`. None of its names or
figures is real: replace the files under `content/` with the real ones{extra}, and say here who
publishes the site and where its figures come from.
"""

UPDATE = """\
---
title: Site created (sample update)
date: 2024-01-01 09:00
summary: A placeholder update; delete this file once the site has real ones.
---
Updates are Markdown files in `content/updates/`, newest first on the site.
"""

TEMPLATES_README = """\
Templates placed here override the built-in theme's template of the same file name
(for example ge_area.html or base.html). Copy only the ones you change; the rest come from the
generator. `python -m generator new DIR --copy-templates` copies them all.
"""

LEADERSHIP = {
    "content/candidates.yaml": SAMPLE_NOTE + """\
candidates:
  - id: candidate-a
    name: Candidate A (sample)
    colour: "#2166ac"
  - id: candidate-b
    name: Candidate B (sample)
    colour: "#b2182b"
""",
    "content/results.yaml": SAMPLE_NOTE + """\
ballot:
  title: Result (sample)
  status: declared
  declared_at: 2024-01-01 12:00
  votes:
    candidate-a: 600
    candidate-b: 400
  valid_votes: 1000
  source:
    name: "Placeholder: name the source of the figures here"
""",
}

GENERAL = {
    "content/parties.yaml": SAMPLE_NOTE + """\
parties:
  - id: party-a
    name: Party A (sample)
    short_name: PA
  - id: party-b
    name: Party B (sample)
    short_name: PB
  - id: party-c
    name: Party C (sample)
    short_name: PC
""",
    "content/areas/north-town.yaml": SAMPLE_NOTE + """\
id: north-town
name: North Town (sample)
region: Sample Region
nation: Sample Nation
electorate: 70000
status: declared
declared_at: 2024-01-02 02:30
invalid_votes: 120
previous_party: party-b
candidates:
  - name: Alex Example
    party: party-a
    votes: 21000
  - name: Sam Sample
    party: party-b
    votes: 19500
  - name: Jo Placeholder
    party: party-c
    votes: 4200
""",
    "content/areas/south-vale.yaml": SAMPLE_NOTE + """\
id: south-vale
name: South Vale (sample)
region: Sample Region
nation: Sample Nation
electorate: 65000
status: declared
declared_at: 2024-01-02 03:10
previous_party: party-b
candidates:
  - name: Chris Demo
    party: party-b
    votes: 23000
  - name: Pat Dummy
    party: party-a
    label: Party A and Friends (sample)
    votes: 15000
""",
    "content/areas/east-bay.yaml": SAMPLE_NOTE + """\
id: east-bay
name: East Bay (sample)
region: Sample Region
nation: Sample Nation
electorate: 60000
status: awaiting
candidates:
  - name: Lee Test
    party: party-a
  - name: Max Trial
    party: party-c
""",
}


def create_site(target: Path, kind: str, copy_templates: bool = False) -> list[str]:
    """Write a new site folder for `kind`; refuse a folder that exists and is not empty."""
    if kind not in KINDS:
        raise SiteError.single(str(target), None, f"unknown kind '{kind}'", f"use one of: {', '.join(KINDS)}")
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise SiteError.single(str(target), None, "this folder already exists and is not empty",
                               "give the name of a new folder; `new` never overwrites files")
    title = "Sample general election (placeholder)" if kind == "general-election" \
        else "Sample leadership election (placeholder)"
    nav = "".join(f"  - title: {name}\n    url: {url}\n" for name, url in NAVIGATION[kind])
    extra = " (or run `python -m generator import FILE.csv --site . --replace`)" if kind == "general-election" else ""
    files = {
        "site.yaml": SITE_YAML.format(title=title, kind=kind, navigation=nav, extra=PARTY_COLOURS_NOTE
                                      if kind == "general-election" else ""),
        ".gitignore": "/output/\n.output.*\n/.cache/\n",
        "content/pages/about.md": ABOUT.format(extra=extra),
        "content/updates/2024-01-01-site-created.md": UPDATE,
        "templates/README.md": TEMPLATES_README,
        **(GENERAL if kind == "general-election" else LEADERSHIP),
    }
    for rel, text in files.items():
        path = target / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    written = sorted(files)
    if copy_templates:
        for template in sorted((THEME / "templates").glob("*.html")):
            shutil.copyfile(template, target / "templates" / template.name)
            written.append(f"templates/{template.name}")
    return written
