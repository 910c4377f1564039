"""Editor mistakes as small mutations of the example site, each with the exact report `check` must print.

Each case is (id, mutation, expected). A mutation is a list of (file, old text, new text) replacements, or
a function given the site's folder. `expected` is the full output of `python -m generator check`.
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from tests.sitecopy import replace_in

Edit = tuple[str, str, str]
Mutation = list[Edit] | Callable[[Path], None]

C = "content/candidates.yaml"
R = "content/results.yaml"
CLPS = "content/nominations/clps.yaml"
YL = "content/nominations/young-labour.yaml"
TU = "content/nominations/trade-unions.yaml"
ABOUT = "content/pages/about.md"
UPD = "content/updates/2016-09-24-corbyn-re-elected.md"
ID_HINT = ("  hint: ids and slugs become web addresses and folder names: use lower-case letters a-z, "
           "digits and hyphens, like `jeremy-corbyn`")


def write(rel: str, data: bytes | str) -> Callable[[Path], None]:
    def apply(site: Path) -> None:
        file = site / rel
        file.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(data, str):
            file.write_text(data, encoding="utf-8")
        else:
            file.write_bytes(data)
    return apply


def template(name: str, old: str, new: str) -> Callable[[Path], None]:
    """A site-level copy of a theme template with one change (the site's templates/ overrides the theme)."""
    def apply(site: Path) -> None:
        from tests.sitecopy import REPO
        (site / "templates").mkdir(exist_ok=True)
        text = (REPO / "templates" / name).read_text(encoding="utf-8")
        assert old in text
        (site / "templates" / name).write_text(text.replace(old, new, 1), encoding="utf-8")
    return apply


def non_utf8(site: Path) -> None:
    file = site / C
    file.write_bytes(file.read_bytes().replace("Pontypridd".encode(), "Pontypr\xefdd".encode("latin-1")))


def huge_file(site: Path) -> None:
    # A sparse 60 MB file: costs no disk, and the size limit is checked before anything is read.
    with open(site / "content/nominations/huge.yaml", "wb") as fh:
        fh.truncate(60 * 1024 * 1024)


def delete(rel: str) -> Callable[[Path], None]:
    return lambda site: (site / rel).unlink()


def apply(site: Path, mutation: Mutation) -> None:
    if callable(mutation):
        mutation(site)
        return
    for rel, old, new in mutation:
        replace_in(site, rel, old, new)


CASES: list[tuple[str, Mutation, str]] = [
    # --- YAML syntax ---
    ("yaml-colon-in-value", [(C, "name: Owen Smith", "name: Owen: Smith")], """\
Error: content/candidates.yaml:15: YAML syntax error: mapping values are not allowed in this context
  hint: a value containing ': ' must be put in quotes, or a line is indented wrongly
"""),
    ("yaml-unclosed-quote", [(R, "result of the ballot'", "result of the ballot")], """\
Error: content/results.yaml:42: YAML syntax error: did not find expected key
  hint: check the indentation of this line and the line before it, and that quotes are closed
"""),
    ("yaml-bad-indent", [(C, "    seat: Pontypridd", "   seat: Pontypridd")], """\
Error: content/candidates.yaml:16: YAML syntax error: did not find expected '-' indicator
  hint: check the indentation of this line and the line before it, and that quotes are closed
"""),
    ("yaml-quote-never-closed", lambda site: (site / R).write_text((site / R).read_text() + "  place: 'Liverpool\n"), """\
Error: content/results.yaml:45: a quote opened on this line is never closed
  hint: end the text with the same quote mark it starts with (' or ")
"""),
    ("yaml-control-character", [(C, "name: Owen Smith", "name: Owen\x07 Smith")], """\
Error: content/candidates.yaml:15: this line contains an invisible control character (U+0007) that YAML does not allow
  hint: delete it: it was probably pasted in with the text
"""),
    ("yaml-python-tag", [(C, "name: Owen Smith", "name: !!python/object/apply:os.system ['ls']")], """\
Error: content/candidates.yaml:15: the YAML tag !!python/object/apply:os.system is not allowed
  hint: remove it: content files hold plain text, numbers, dates, lists and `field: value` lines
"""),
    ("yaml-tab", [(C, "    name: Owen Smith", "\tname: Owen Smith")], """\
Error: content/candidates.yaml:15: a tab is used for indentation; YAML allows only spaces
  hint: replace the tab at the start of this line with spaces
"""),
    ("yaml-duplicate-key", [(C, "    seat: Pontypridd", "    seat: Pontypridd\n    seat: Cardiff")], """\
Error: content/candidates.yaml:17: duplicate key 'seat' (first given on line 16)
  hint: remove one of the two; YAML would otherwise silently keep only the last
"""),
    ("yaml-duplicate-key-front-matter", [(ABOUT, "order: 10", "order: 10\norder: 20")], """\
Error: content/pages/about.md:5: duplicate key 'order' (first given on line 4)
  hint: remove one of the two; YAML would otherwise silently keep only the last
"""),
    ("yaml-alias", [(C, "name: Owen Smith", "name: *Owen Smith")], """\
Error: content/candidates.yaml:15: YAML syntax error: found undefined alias
  hint: '*' starts an alias in YAML; put the value in quotes
"""),
    # --- numbers ---
    ("number-in-quotes", [(CLPS, "jeremy-corbyn: 285", 'jeremy-corbyn: "285"')], """\
Error: content/nominations/clps.yaml:14: reported for jeremy-corbyn must be a whole number (got "285")
  hint: remove the quotes so that it is read as a number
"""),
    ("number-thousands-separator", [(R, "    jeremy-corbyn: 313209", "    jeremy-corbyn: 313,209")], """\
Error: content/results.yaml:8: votes for jeremy-corbyn must be a whole number (got "313,209")
  hint: write numbers without thousands separators or quotes, like 1234
"""),
    ("number-decimal-votes", [(R, "    jeremy-corbyn: 313209", "    jeremy-corbyn: 12.5")], """\
Error: content/results.yaml:8: votes for jeremy-corbyn must be a whole number (got 12.5)
  hint: counts of votes and nominations have no decimals: write digits only
"""),
    ("number-negative", [(R, "spoilt_ballots: 1042", "spoilt_ballots: -3")], """\
Error: content/results.yaml:37: spoilt_ballots must be 0 or more (got -3)
  hint: check the figure against the source
"""),
    ("number-boolean", [(R, "spoilt_ballots: 1042", "spoilt_ballots: yes")], """\
Error: content/results.yaml:37: spoilt_ballots must be a whole number (got true)
  hint: write digits only, like `spoilt_ballots: 1234`
"""),
    ("number-words", [(TU, "bodies: 14", "bodies: fourteen")], """\
Error: content/nominations/trade-unions.yaml:9: bodies must be a whole number (got "fourteen")
  hint: write digits only, like `bodies: 1234`
"""),
    ("text-boolean", [(C, "    party: Labour\n    status: challenger", "    party: no\n    status: challenger")], """\
Error: content/candidates.yaml:17: party must be text (got false)
  hint: YAML reads false (and yes/no/on/off) as true/false: put the text in quotes
"""),
    ("mapping-given-a-list", [(YL, "reported:\n  jeremy-corbyn: 1", "reported:\n  - jeremy-corbyn")], """\
Error: content/nominations/young-labour.yaml:9: reported must be a mapping of `key: value` lines (got a list)
  hint: write one `key: value` per line, indented under the name
"""),
    # --- fields ---
    ("missing-required-field", [(C, '    colour: "#44546a"\n', "")], """\
Error: content/candidates.yaml:14: item 2 of candidates is missing the required field `colour`
  hint: add a line `colour: ...` (bar colour, like "#c8102e")
"""),
    ("required-field-without-value", [(C, "name: Owen Smith", "name:")], """\
Error: content/candidates.yaml:15: `name:` has no value
  hint: write the name after `name:`
"""),
    ("unknown-field-did-you-mean", [(YL, "  nominee: jeremy", "  nomine: jeremy")], """\
Error: content/nominations/young-labour.yaml:16: unknown field `nomine` in item 1 of itemised
  hint: did you mean `nominee`?
"""),
    ("unknown-field-no-match", [(C, "    seat: Pontypridd", "    seat: Pontypridd\n    favourite_food: chips")], """\
Error: content/candidates.yaml:17: unknown field `favourite_food` in item 2 of candidates
  hint: the fields allowed here are: id, name, role, seat, party, status, colour, bio, photo, photo_credit, links
"""),
    ("choice-did-you-mean", [("site.yaml", "kind: leadership", "kind: leadershp")], """\
Error: site.yaml:6: kind must be one of leadership, general-election, referendum (got "leadershp")
  hint: did you mean 'leadership'? use one of the listed words exactly
"""),
    ("colour-not-hex", [(C, 'colour: "#44546a"', "colour: grey")], """\
Error: content/candidates.yaml:19: colour "grey" is not a colour code
  hint: write a colour as # and six hex digits, like "#c8102e", in quotes
"""),
    ("unknown-timezone", [("site.yaml", "timezone: Europe/London", "timezone: Europe/Londn")], """\
Error: site.yaml:12: unknown timezone 'Europe/Londn'
  hint: use a name like Europe/London
"""),
    ("missing-file", delete(C), """\
Error: content/candidates.yaml: this file is missing
  hint: create content/candidates.yaml; the example site has one to copy
"""),
    ("no-site-yaml", delete("site.yaml"), """\
Error: site.yaml: there is no site.yaml in {site}
  hint: run the command in the site's folder, or pass --site DIR
"""),
    # --- ids and addresses ---
    ("unknown-nominee-id", [(YL, "  nominee: jeremy-corbyn", "  nominee: jeremy-corby")], """\
Error: content/nominations/young-labour.yaml:15: nominee 'jeremy-corby' of Young Labour is not a candidate id
  hint: use one of: jeremy-corbyn, owen-smith, none
"""),
    ("unknown-id-in-votes", [(R, "    owen-smith: 193229", "    owen-smit: 193229")], """\
Error: content/results.yaml:9: 'owen-smit' in votes is not a candidate id
  hint: use one of: jeremy-corbyn, owen-smith
"""),
    ("votes-missing-a-candidate", [(R, "    owen-smith: 193229\n", "")], """\
Error: content/results.yaml:7: votes has no figure for owen-smith
  hint: give every candidate a line, with 0 if they received no votes
"""),
    ("duplicate-candidate-id", [(C, "id: owen-smith", "id: jeremy-corbyn")], """\
Error: content/candidates.yaml:14: the candidate id 'jeremy-corbyn' is used twice (also on line 3)
  hint: give each candidate a different id
"""),
    ("duplicate-category-id", [(YL, "id: young-labour", "id: clps")], """\
Error: content/nominations/young-labour.yaml:2: the nomination category id 'clps' is also used by content/nominations/clps.yaml
  hint: give each category its own id: it decides the page's URL
"""),
    ("id-upper-case", [(C, "id: owen-smith", "id: Owen-Smith")], """\
Error: content/candidates.yaml:14: id "Owen-Smith" is not a usable id
  hint: ids and slugs become web addresses and folder names: use lower-case letters a-z, digits and hyphens, like `jeremy-corbyn`
"""),
    ("id-leaves-output", [(C, "id: owen-smith", "id: ../owen")], """\
Error: content/candidates.yaml:14: id "../owen" cannot be used: it contains a slash, which would put files in another folder or outside the site
  hint: ids and slugs become web addresses and folder names: use lower-case letters a-z, digits and hyphens, like `jeremy-corbyn`
"""),
    ("id-absolute-path", [(C, "id: owen-smith", "id: /etc/owen")], """\
Error: content/candidates.yaml:14: id "/etc/owen" cannot be used: it contains a slash, which would put files in another folder or outside the site
  hint: ids and slugs become web addresses and folder names: use lower-case letters a-z, digits and hyphens, like `jeremy-corbyn`
"""),
    ("id-reserved-name", [(C, "id: owen-smith", "id: con")], """\
Error: content/candidates.yaml:14: id "con" cannot be used: `con` is a reserved device name on Windows, so it cannot be a folder name
  hint: ids and slugs become web addresses and folder names: use lower-case letters a-z, digits and hyphens, like `jeremy-corbyn`
"""),
    ("slug-drive-letter", [(ABOUT, "order: 10", "order: 10\nslug: 'c:'")], """\
Error: content/pages/about.md:5: slug "c:" cannot be used: it contains a colon (like a drive letter C:), which is not allowed in file names
  hint: ids and slugs become web addresses and folder names: use lower-case letters a-z, digits and hyphens, like `jeremy-corbyn`
"""),
    ("slug-nul", [(ABOUT, "order: 10", 'order: 10\nslug: "a\\0b"')], """\
Error: content/pages/about.md:5: slug "a\\x00b" cannot be used: it contains an invisible control character
  hint: ids and slugs become web addresses and folder names: use lower-case letters a-z, digits and hyphens, like `jeremy-corbyn`
"""),
    ("two-pages-same-address", [(ABOUT, "order: 10", "order: 10\nslug: methodology")], """\
Error: content/pages/methodology.md:1: this page would have the same address /methodology/ as content/pages/about.md:5
  hint: give one of them a different id, slug or name (two pages cannot share a web address)
"""),
    ("page-takes-built-in-address", [(ABOUT, "order: 10", "order: 10\nslug: candidates")], """\
Error: content/pages/about.md:5: this page would have the same address /candidates/ as the site's own /candidates/ page
  hint: give one of them a different id, slug or name (two pages cannot share a web address)
"""),
    ("two-regions-same-address", [(CLPS, "  region: Wales", "  region: WALES")], """\
Error: content/nominations/clps.yaml:123: the region 'Wales' and the region 'WALES' (content/nominations/clps.yaml:23) would have the same address
  hint: spell the region the same way everywhere, or make the names differ by more than accents or punctuation
"""),
    # --- dates and times ---
    ("date-impossible", [(CLPS, "closed: 2016-08-15", "closed: 2016-02-30")], """\
Error: content/nominations/clps.yaml:11: closed 2016-02-30 is not a real date (day is out of range for month)
  hint: dates are written YYYY-MM-DD and times HH:MM: check the day, month and hour
"""),
    ("date-unparseable", [(CLPS, "closed: 2016-08-15", "closed: 15/08/2016")], """\
Error: content/nominations/clps.yaml:11: closed must be a date written YYYY-MM-DD (got "15/08/2016")
  hint: for example 2016-09-24
"""),
    ("time-impossible", [(R, "declared_at: 2016-09-24", "declared_at: 2016-09-24 25:61")], """\
Error: content/results.yaml:5: declared_at "2016-09-24 25:61" is not a real date and time (hour must be in 0..23)
  hint: write YYYY-MM-DD HH:MM with a 24-hour clock, like 2016-09-24 11:45
"""),
    ("time-unparseable", [(R, "declared_at: 2016-09-24", "declared_at: noon on Saturday")], """\
Error: content/results.yaml:5: declared_at must be a date and time written YYYY-MM-DD HH:MM (got "noon on Saturday")
  hint: for example 2016-09-24 11:45
"""),
    ("date-impossible-front-matter", [(UPD, "date: 2016-09-24", "date: 2016-13-24")], """\
Error: content/updates/2016-09-24-corbyn-re-elected.md:3: date 2016-13-24 is not a real date (month must be in 1..12)
  hint: dates are written YYYY-MM-DD and times HH:MM: check the day, month and hour
"""),
    ("declared-without-time", [(R, "  declared_at: 2016-09-24\n", "")], """\
Error: content/results.yaml:3: a declared result needs declared_at
  hint: add `declared_at: YYYY-MM-DD HH:MM`
"""),
    # --- arithmetic ---
    ("itemised-exceeds-reported", [(YL, "  jeremy-corbyn: 1\n", "  jeremy-corbyn: 0\n")], """\
Error: content/nominations/young-labour.yaml:10: 1 nomination for jeremy-corbyn is itemised, more than the reported total of 0
  hint: an itemised list can only be part of the reported total: check both against the sources
"""),
    ("itemised-without-reported-total", [(YL, "  nominee: jeremy-corbyn", "  nominee: owen-smith")], """\
Error: content/nominations/young-labour.yaml:9: 1 nomination for owen-smith itemised, but no reported total is given for owen-smith
  hint: add `owen-smith: N` under reported with the total from the source
"""),
    ("reported-exceeds-bodies", [(TU, "bodies: 14", "bodies: 13")], """\
Error: content/nominations/trade-unions.yaml:12: the reported nominations add up to 14, more than the 13 bodies in the category
  hint: check the reported figures and `bodies` against the source
"""),
    ("sections-do-not-add-up", [(R, "jeremy-corbyn: 168216", "jeremy-corbyn: 168217")], """\
Error: content/results.yaml:14: the sections' votes for jeremy-corbyn add up to 313,210, but the total given is 313,209
  hint: check each section's figure for jeremy-corbyn against the source (difference +1)
"""),
    ("valid-votes-do-not-add-up", [(R, "valid_votes: 506438", "valid_votes: 506439")], """\
Error: content/results.yaml:36: valid_votes is 506,439 but the candidates' votes add up to 506,438
  hint: check the candidates' figures and valid_votes against the source
"""),
    ("turnout-does-not-match", [(R, "turnout_pct: 77.6", "turnout_pct: 75.6")], """\
Error: content/results.yaml:38: the declared turnout 75.6% does not match the ballots: (506,438 + 1,042) / 654,006 = 77.6%
  hint: check turnout_pct, ballots_issued, valid_votes and spoilt_ballots against the source
"""),
    ("declared-share-does-not-match", [(R, "jeremy-corbyn: 61.8", "jeremy-corbyn: 62.8")], """\
Error: content/results.yaml:11: the declared share for jeremy-corbyn is 62.8% but the votes give 61.8%
  hint: check the votes and the declared share against the source
"""),
    ("more-returned-than-issued", [(R, "ballots_issued: 654006", "ballots_issued: 500000")], """\
Error 1/2: content/results.yaml:35: 507,480 ballots were returned (valid + spoilt) but only 500,000 were issued
  hint: check ballots_issued, valid_votes and spoilt_ballots
Error 2/2: content/results.yaml:38: the declared turnout 77.6% does not match the ballots: (506,438 + 1,042) / 500,000 = 101.5%
  hint: check turnout_pct, ballots_issued, valid_votes and spoilt_ballots against the source
"""),
    # --- Markdown front matter ---
    ("front-matter-missing", [(ABOUT, "---\ntitle: About this site\ndescription: What this site covers, who made it and where its figures come from.\norder: 10\n---\n", "")], """\
Error: content/pages/about.md:1: a Markdown file must start with front matter between --- lines
  hint: put `---`, then `title: ...`, then `---` at the top of the file
"""),
    ("front-matter-unclosed", [(ABOUT, "order: 10\n---", "order: 10\n")], """\
Error: content/pages/about.md:1: the front matter opened by --- on line 1 is never closed
  hint: add a line with only --- after the front matter
"""),
    ("front-matter-yaml-error", [(ABOUT, "title: About this site", "title: About: this site")], """\
Error: content/pages/about.md:2: YAML syntax error: mapping values are not allowed in this context
  hint: a value containing ': ' must be put in quotes, or a line is indented wrongly
"""),
    ("front-matter-unknown-field", [(ABOUT, "order: 10", "ordre: 10")], """\
Error: content/pages/about.md:4: unknown field `ordre` in the front matter
  hint: did you mean `order`?
"""),
    ("front-matter-missing-title", [(ABOUT, "title: About this site\n", "")], """\
Error: content/pages/about.md:2: the front matter is missing the required field `title`
  hint: add a line `title: ...`
"""),
    ("front-matter-not-a-mapping", [(ABOUT, "title: About this site\ndescription: What this site covers, who made it and where its figures come from.\norder: 10", "- About")], """\
Error: content/pages/about.md:2: the front matter must be a set of `field: value` lines (got a list)
  hint: write one `field: value` per line here
"""),
    # --- templates ---
    ("template-missing", template("page.html", "{% block main %}", '{% block main %}{% include "sidebar.html" %}'), """\
Error: templates/page.html:2: template 'sidebar.html' was not found
  hint: create templates/sidebar.html, or check the name in the {% extends %} or {% include %} tag
"""),
    ("template-syntax-error", template("page.html", "{{ doc.title }}", "{{ doc.title }"), """\
Error: templates/page.html:4: template syntax error: unexpected '}'
  hint: check the {% %} and {{ }} tags on this line
"""),
    ("template-undefined-variable", template("page.html", "{{ doc.title }}", "{{ doc.titel }}"), """\
Error: templates/page.html:4: template error: a Page has no field 'titel'
  hint: check the spelling of the variable or field name
"""),
    # --- files and links ---
    ("photo-missing", [(C, "    seat: Pontypridd", "    seat: Pontypridd\n    photo: images/smith.jpg")], """\
Error: content/candidates.yaml:17: the link to /static/images/smith.jpg (on the page /candidates/owen-smith/) goes to a file that does not exist
  hint: put the file in static/images/smith.jpg, or correct the path
"""),
    ("photo-outside-static", [(C, "    seat: Pontypridd", "    seat: Pontypridd\n    photo: ../site.yaml")], """\
Error: content/candidates.yaml:17: photo "../site.yaml" is not the path of a file in static/
  hint: write a path under static/ such as images/corbyn.jpg: letters, digits, '.', '_', '-' and '/', not starting with / or containing ..
"""),
    ("static-file-missing-in-markdown", [(ABOUT, "This site reports", "![Logo](/static/logo.png)\n\nThis site reports")], """\
Error: content/pages/about.md:6: the link to /static/logo.png (on the page /about/) goes to a file that does not exist
  hint: put the file in static/logo.png, or correct the path
"""),
    ("navigation-link-broken", [("site.yaml", "url: /result/", "url: /resullt/")], """\
Error: site.yaml:24: the link to /resullt/ (on the page /) goes to a page that does not exist
  hint: check the spelling of the address; the site's pages end in /, like /result/
"""),
    ("markdown-link-broken", [(ABOUT, "(../methodology/)", "(../methodolgy/)")], """\
Error: content/pages/about.md:14: the link to /methodolgy/ (on the page /about/) goes to a page that does not exist
  hint: check the spelling of the address; the site's pages end in /, like /result/
"""),
    ("url-bracket-in-host", [("site.yaml", "base_url: https://example.org/", "base_url: http://[example.org/")], """\
Error: site.yaml:4: base_url "http://[example.org/elections/labour-2016/" is not a web address this site can link to
  hint: a link must start with https:// or http:// (or / for a page of this site)
"""),
    ("markdown-link-not-an-address", [(ABOUT, "(../methodology/)", "(http://[methodology/)")], """\
Error: content/pages/about.md:14: the link to http://[methodology/ (on the page /about/) is not a valid web address
  hint: check the address for typing mistakes; square brackets belong only around an IPv6 address
"""),
    ("javascript-url", [("site.yaml", "url: /result/", "url: javascript:alert(1)")], """\
Error: site.yaml:24: url "javascript:alert(1)" is not a web address this site can link to
  hint: a link must start with https:// or http:// (or / for a page of this site)
"""),
    ("empty-file", write(C, ""), """\
Error: content/candidates.yaml:1: the file is empty
  hint: fill it in (see docs/errors.md and the example site)
"""),
    ("comment-only-file", write(R, "# nothing yet\n"), """\
Error: content/results.yaml:1: the file is empty
  hint: fill it in (see docs/errors.md and the example site)
"""),
    ("non-utf8-file", non_utf8, """\
Error: content/candidates.yaml:16: this file is not UTF-8 text
  hint: save it as UTF-8 (in most editors: Save As, Encoding: UTF-8)
"""),
    ("file-too-large", huge_file, """\
Error: content/nominations/huge.yaml: this file is 63 MB, more than the 50 MiB a content file may be
  hint: split it into several files
"""),
    # --- several problems in several files, all reported in one run ---
    ("several-files-at-once", [(C, "name: Owen Smith", "name:"), (CLPS, "closed: 2016-08-15", "closed: 2016-02-30"),
                               (ABOUT, "order: 10", "ordre: 10")], """\
Error 1/3: content/nominations/clps.yaml:11: closed 2016-02-30 is not a real date (day is out of range for month)
  hint: dates are written YYYY-MM-DD and times HH:MM: check the day, month and hour
Error 2/3: content/candidates.yaml:15: `name:` has no value
  hint: write the name after `name:`
Error 3/3: content/pages/about.md:4: unknown field `ordre` in the front matter
  hint: did you mean `order`?
"""),
]
