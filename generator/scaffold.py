"""`new`: a site folder that builds at once, with a tiny set of placeholder content for each kind."""
from __future__ import annotations

import shutil
from pathlib import Path

from .errors import SiteError
from .kinds import KIND_NAMES, kind_named
from .theme import THEME

KINDS = KIND_NAMES  # the registry's, for `new --kind`

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

def create_site(target: Path, kind: str, copy_templates: bool = False, zero: bool = False) -> list[str]:
    """Write a new site folder for `kind`; refuse a folder that exists and is not empty. With `zero`, its
    content is the night before the first declaration: every area awaiting, no votes anywhere."""
    if kind not in KINDS:
        raise SiteError.single(str(target), None, f"unknown kind '{kind}'", f"use one of: {', '.join(KINDS)}")
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise SiteError.single(str(target), None, "this folder already exists and is not empty",
                               "give the name of a new folder; `new` never overwrites files")
    sample = kind_named(kind).sample()
    if zero and sample.zero_files is None:
        raise SiteError.single(str(target), None, f"a {kind} site has no empty state for --zero",
                               "leave out --zero: the sample content is the state to start from")
    nav = "".join(f"  - title: {name}\n    url: {url}\n" for name, url in sample.navigation)
    files = {
        "site.yaml": SITE_YAML.format(title=sample.title, kind=kind, navigation=nav, extra=sample.site_yaml_extra),
        ".gitignore": "/output/\n.output.*\n/output-rehearsal/\n.output-rehearsal.*\n/.cache/\n",
        "content/pages/about.md": ABOUT.format(extra=sample.about_extra),
        "content/updates/2024-01-01-site-created.md": UPDATE,
        "templates/README.md": TEMPLATES_README,
        **(sample.zero_files if zero else sample.files),
    }
    for rel, text in files.items():
        path = target / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    written = sorted(files)
    if copy_templates:
        own = kind_named(kind).templates  # a kind's own templates, where it has any, come before the theme's
        for template in sorted({t.name: t for folder in (THEME / "templates", own) if folder.is_dir()
                                for t in folder.glob("*.html")}.values(), key=lambda t: t.name):
            shutil.copyfile(template, target / "templates" / template.name)
            written.append(f"templates/{template.name}")
    return written
