#!/usr/bin/env python3
"""Convert ../shared/data/labour-2016 (the project's real data) into the example site's content/ files.

Run once when the source data changes: python scripts/labour2016_content.py ../shared/data/labour-2016
It rewrites content/nominations/*.yaml and content/results.yaml; nothing is invented, every figure
comes from the CSV/YAML files, which name their sources.
"""
import csv
import datetime as dt
import re
import sys
from pathlib import Path

import yaml

IDS = {"Jeremy Corbyn": "jeremy-corbyn", "Owen Smith": "owen-smith", "none": "none"}
ROOT = Path(__file__).resolve().parent.parent


def _block_strings(dumper, text):
    style = "|" if "\n" in text else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", text, style=style)


yaml.SafeDumper.add_representer(str, _block_strings)


def dump(path: Path, header: str, data: dict) -> None:
    body = yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=110)
    up = "../" * (len(path.relative_to(ROOT).parts) - 1)  # content/results.yaml is one folder down, nominations two
    path.write_text(f"# yaml-language-server: $schema={up}schema/{header}\n{body}", encoding="utf-8")


def meeting_vote(text: str) -> dict:
    # "Corbyn 48, Smith 21" -> {jeremy-corbyn: 48, owen-smith: 21}
    names = {"Corbyn": "jeremy-corbyn", "Smith": "owen-smith"}
    return {names[n]: int(v) for n, v in re.findall(r"(Corbyn|Smith) (\d+)", text)}


# Words a constituency name keeps in lower case inside it ("Vale of Clwyd", "Berwick-upon-Tweed").
SMALL_WORDS = {"and", "in", "of", "on", "the", "under", "upon"}
MONTHS = {m[:3]: m for m in ("January", "February", "March", "April", "May", "June", "July", "August",
                             "September", "October", "November", "December")}
MEETING = re.compile(r"(?:,\s*)?\b(all-members )?meeting(?: of)? (\d{1,2}) (%s)\w* (\d{4})" % "|".join(MONTHS), re.I)


def seat_name(name: str) -> str:
    """The source's title-cased name with the small inner words lower-cased: Vale Of Clwyd -> Vale of Clwyd."""
    return re.sub(r"(?<=[ -])([A-Za-z]+)(?=[ -])",
                  lambda m: m[1].lower() if m[1].lower() in SMALL_WORDS else m[1], name)


def split_note(text: str) -> tuple[str | None, str | None]:
    """Split the source's research note into (reader note, editor note).

    Readers get only the facts about the nomination (the meeting's date, whether it is unconfirmed);
    how the source was found and read (stored copies, blogs, reliability) is for editors."""
    facts, research = [], []
    for part in re.split(r';\s*(?=(?:[^"]*"[^"]*")*[^"]*$)', text):
        meeting = MEETING.search(part)
        if meeting:
            kind = "All-members meeting" if meeting[1] else "Meeting"
            facts.append(f"{kind} of {int(meeting[2])} {MONTHS[meeting[3].title()]} {meeting[4]}")
            part = (part[:meeting.start()] + part[meeting.end():]).strip()
        elif part.strip().lower() == "unconfirmed":
            facts.append("Unconfirmed")
            part = ""
        if part:
            research.append(part)
    return "; ".join(facts) or None, "; ".join(research) or None


def main(src: Path) -> None:
    result = yaml.safe_load((src / "result.yaml").read_text())
    noms = result["nominations"]
    out = ROOT / "content" / "nominations"
    out.mkdir(parents=True, exist_ok=True)
    items = []
    for row in csv.DictReader(open(src / "clp_nominations.csv", encoding="utf-8")):
        item = {"body": seat_name(row["clp"]), "region": row["region_or_nation"], "nation": row["nation"],
                "nominee": IDS[row["nominated"]], "basis": row["clp_basis"]}
        if row["meeting_vote"]:
            item["meeting_vote"] = meeting_vote(row["meeting_vote"])
        if row["name_as_in_source"] and row["name_as_in_source"] != item["body"]:
            item["detail"] = f"Named in the source as {row['name_as_in_source']}"
        item["source_url"] = row["source_url"]
        note, editor_note = split_note(row["note"])
        if note:
            item["note"] = note
        if editor_note:
            item["editor_note"] = editor_note
        items.append(item)
    clp = noms["clp"]
    print("clp", clp)
    affiliates = list(csv.DictReader(open(src / "affiliates.csv", encoding="utf-8")))

    def affiliate_items(kind: str) -> list:
        return [{"body": a["affiliate"], "nominee": IDS[a["nominated"]], "detail": a["detail"],
                 "source_url": a["source_url"]} for a in affiliates if a["affiliate_type"].startswith(kind)]

    guardian_aug = "https://www.theguardian.com/politics/2016/aug/15/jeremy-corbyn-wins-backing-84-per-cent-local-labour-parties"
    wiki = "https://wikimili.com/en/Endorsements_in_the_2016_Labour_Party_leadership_election_(UK)"
    scot = noms["clp_scotland"]
    dump(out / "clps.yaml", "nomination-category.schema.json", {
        "id": "clps", "name": "Constituency Labour parties", "short_name": "CLPs", "order": 1,
        "description": (
            "Constituency Labour parties (CLPs) could nominate a candidate at a members' meeting before "
            "nominations closed on 15 August 2016. Nominations were a show of support: they did not decide "
            "who was on the ballot. In Scotland CLPs are organised on Scottish Parliament constituencies, "
            f"so the {clp['total_clps']} CLPs are 533 English and 40 Welsh Westminster seats and 73 Holyrood seats.\n\n"
            f"Scottish Labour later said that {scot['Jeremy Corbyn']} Scottish CLPs had nominated Jeremy Corbyn and "
            f"{scot['Owen Smith']} Owen Smith (figures claimed by Neil Findlay MSP, reported by "
            "[The Scotsman](http://www.scotsman.com/news/politics/jeremy-corbyn-leads-owen-smith-in-scots-constituency-parties-1-4232822), 17 September 2016)."),
        "bodies": clp["total_clps"], "closed": dt.date(2016, 8, 15), "none_label": "Did not nominate",
        "reported": {"jeremy-corbyn": clp["Jeremy Corbyn"], "owen-smith": clp["Owen Smith"], "none": clp["did_not_nominate"]},
        "reported_source": {"name": "The Guardian, 15 August 2016 (the 308 that did not nominate: endorsements list, wikimili.com copy)",
                            "url": guardian_aug,
                            "note": "The Independent, City AM and the New Statesman gave the same 285 and 53; the Independent put the CLPs that did not nominate at 'just under 300'."},
        "itemised": items,
        "itemised_note": ("Only CLP nominations found in a source we could read are itemised. The New Statesman's "
                          "running list was the main source, and only its first part could be read."),
    })
    unions = noms["affiliated_trade_unions"]
    dump(out / "trade-unions.yaml", "nomination-category.schema.json", {
        "id": "trade-unions", "name": "Affiliated trade unions", "short_name": "Unions", "order": 2,
        "description": (
            "Trade unions affiliated to the Labour Party could nominate. Measured by affiliated membership, "
            f"the unions backing Jeremy Corbyn held {unions['Jeremy Corbyn']['share_of_affiliated_union_membership_pct']}% "
            f"of it, those backing Owen Smith {unions['Owen Smith']['share_of_affiliated_union_membership_pct']}% and the "
            f"two undeclared unions {unions['undeclared']['share_of_affiliated_union_membership_pct']}% (endorsements list, wikimili.com copy)."),
        "bodies": sum(v["count"] for v in unions.values()), "closed": dt.date(2016, 8, 15), "none_label": "Undeclared",
        "reported": {"jeremy-corbyn": unions["Jeremy Corbyn"]["count"], "owen-smith": unions["Owen Smith"]["count"],
                     "none": unions["undeclared"]["count"]},
        "reported_source": {"name": "Endorsements in the 2016 Labour Party leadership election (wikimili.com copy)", "url": wiki,
                            "note": "8 for Corbyn and 4 for Smith also in Unite Now, 15 August 2016"},
        "itemised": affiliate_items("trade union"),
        "itemised_note": "The two unions that did not declare a nomination are not named in the sources found.",
    })
    socs = noms["socialist_societies"]
    dump(out / "socialist-societies.yaml", "nomination-category.schema.json", {
        "id": "socialist-societies", "name": "Socialist societies", "short_name": "Societies", "order": 3,
        "description": "Socialist societies affiliated to the Labour Party could also nominate.",
        "bodies": sum(socs.values()), "closed": dt.date(2016, 8, 15), "none_label": "Undeclared",
        "reported": {"jeremy-corbyn": socs["Jeremy Corbyn"], "owen-smith": socs["Owen Smith"], "none": socs["undeclared"]},
        "reported_source": {"name": "Endorsements in the 2016 Labour Party leadership election (wikimili.com copy)", "url": wiki},
        "itemised": affiliate_items("socialist society"),
        "itemised_note": "The one socialist society reported as nominating Jeremy Corbyn is not identified in any source found.",
    })
    dump(out / "young-labour.yaml", "nomination-category.schema.json", {
        "id": "young-labour", "name": "Young Labour", "short_name": "Young Labour", "order": 4,
        "description": "Young Labour's National Committee voted on a nomination on 4 August 2016.",
        "bodies": 1, "none_label": "No nomination",
        "reported": {"jeremy-corbyn": 1},
        "reported_source": {"name": "Rida Vaquas, 'Young Labour leadership nomination meeting' (Medium)",
                            "url": [a for a in affiliates if a["affiliate"] == "Young Labour"][0]["source_url"]},
        "itemised": affiliate_items("youth section"),
    })
    plp = noms["plp_eplp"]["Owen Smith"]
    dump(out / "mps-and-meps.yaml", "nomination-category.schema.json", {
        "id": "mps-and-meps", "name": "MPs and MEPs", "short_name": "MPs and MEPs", "order": 5,
        "description": ("A challenger needed nominations from 20% of Labour MPs and MEPs to get on the ballot. "
                        "Jeremy Corbyn, as the incumbent, was on the ballot automatically after a ruling by the "
                        "National Executive Committee, so he sought no nominations; the MPs and MEPs who did not "
                        "nominate Owen Smith are not a count of his supporters."),
        "bodies": plp["of"], "none_label": "Did not nominate Owen Smith",
        "reported": {"owen-smith": plp["nominations"]},
        "reported_source": {"name": "2016 Labour Party leadership election (UK), Simple English Wikipedia",
                            "url": "https://simple.m.wikipedia.org/wiki/2016_Labour_Party_leadership_election_(UK)",
                            "note": "The English Wikipedia summary table prints different numbers."},
        "itemised_note": "No source found lists the MPs and MEPs who nominated Owen Smith.",
    })
    sec = result["votes_by_section"]
    est = result["electorate_at_dispatch" if "electorate_at_dispatch" in result else "electorate_estimate_at_dispatch"]
    ballot = result["ballot"]
    cands = {c["name"]: c for c in result["candidates"]}
    names = {"members": "Party members", "registered_supporters": "Registered supporters",
             "affiliated_supporters": "Affiliated supporters"}
    dump(ROOT / "content" / "results.yaml", "results.schema.json", {"ballot": {
        "title": "Leader of the Labour Party: result of the ballot",
        "status": "declared", "declared_at": dt.date(2016, 9, 24),
        "place": "Special leadership conference, Liverpool",
        "votes": {IDS[n]: c["votes"] for n, c in cands.items()},
        "declared_shares": {IDS[n]: c["share_pct"] for n, c in cands.items()},
        "sections": [{"id": k.replace("_", "-"), "name": names[k], "votes": {IDS[n]: v for n, v in sec[k].items()},
                      "eligible_estimate": est[k],
                      "eligible_note": "Estimate at dispatch of ballots, 22 August 2016 (PA); not a final figure."}
                     for k in ("members", "registered_supporters", "affiliated_supporters")],
        "ballots_issued": ballot["ballots_distributed"], "valid_votes": ballot["valid_votes"],
        "spoilt_ballots": ballot["spoilt_ballots"], "turnout_pct": ballot["turnout_pct"],
        "source": {"name": "LabourList, 24 September 2016",
                   "url": "https://labourlist.org/2016/09/jeremy-corbyn-earns-refreshed-mandate-as-he-is-re-elected-labour-leader/",
                   "note": "Votes by section: Total Politics, 24 September 2016; Corbyn's figures also LabourList and The Guardian."},
        "note": ("The ballot ran from 22 August to noon on 21 September 2016. The 654,006 ballots issued were all "
                 "eligible voters. Section sizes are estimates made when ballots were sent out."),
    }})


if __name__ == "__main__":
    main(Path(sys.argv[1]))
