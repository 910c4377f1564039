#!/usr/bin/env python3
# Copied from shared/bench/make_data.py (the peers' data generator) so that the benchmark does not depend on
# ../shared at test time; keep the two identical so that our figures and the peers' use the same election.
"""Synthetic (but plausible) first-past-the-post election results.

Usage:
    python3 make_data.py N [--seed 42] [--out DIR]
      -> DIR/election-N.json and DIR/election-N.yaml (same content; the peers read these)
         DIR/results-N.csv (the same election as an import spreadsheet: one row per candidate with
         area_id, area, region, nation, party_id, party, party_short, colour, candidate, votes, electorate)

Schema (identical in YAML and JSON):
  meta:    {title, date, seed, n_areas, generator}
  parties: [{id, name, short, colour, regional: region-id|null}]
  regions: [{id, name}]
  areas:   [{id, name, region, electorate,
             candidates: [{name, party, votes}]}]   # 3-8 candidates, sorted by votes desc

Deterministic for a given (N, seed). Uses only the standard library plus PyYAML
(CSafeDumper when libyaml is available).
"""
import argparse
import csv
import json
import math
import os
import random
import sys

try:
    import yaml
    Dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
except ImportError:  # JSON only
    yaml = None

NATIONAL_PARTIES = [
    # id, name, short, colour, base share
    ("pa", "Progressive Alliance", "PA", "#c8102e", 0.34),
    ("cu", "Conservative Union", "CU", "#0a3d91", 0.27),
    ("lc", "Liberal Centre", "LC", "#e8a317", 0.12),
    ("nr", "National Reform", "NR", "#12b6cf", 0.13),
    ("gf", "Green Future", "GF", "#2e8b3a", 0.07),
    ("wp", "Workers' Party", "WP", "#7a1f1f", 0.012),
    ("sd", "Social Democrats", "SD", "#8a4fff", 0.008),
    ("ch", "Christian Heritage", "CH", "#6b4c9a", 0.005),
    ("rp", "Rejoin Party", "RP", "#1e5aa8", 0.004),
    ("ml", "Monster Loony Party", "ML", "#ff4fa3", 0.003),
]
IND = ("ind", "Independent", "Ind", "#888888")

REGION_NAMES = [
    "North East", "North West", "Yorkshire and the Humber", "East Midlands",
    "West Midlands", "East of England", "London", "South East", "South West",
    "Wales", "Scotland", "Northern Ireland",
]
COMPASS = ["North", "South", "East", "West", "Mid", "Central", "Upper", "Lower",
           "Greater", "Inner", "Outer", "Coastal", "Highland", "Lowland"]
STEM1 = ["Ash", "Brad", "Chester", "Dun", "Elm", "Fair", "Glen", "Hart", "Kings",
         "Lang", "Mor", "New", "Oak", "Pen", "Red", "Stan", "Thorn", "Wal", "Wood",
         "Bram", "Cal", "Dor", "Ember", "Frod", "Gos", "Hol", "Ips", "Kel", "Lid",
         "Marl", "Nor", "Ost", "Pres", "Quen", "Ros", "Salt", "Tad", "Upp", "Ven",
         "Wim", "Yar", "Aber", "Llan", "Kil", "Inver", "Bally", "Strath", "Tre"]
STEM2 = ["ford", "ley", "ton", "bury", "field", "ham", "wick", "mouth", "stead",
         "worth", "by", "combe", "dale", "gate", "hurst", "minster", "port",
         "bridge", "cester", "well", "more", "holm", "thorpe", "caster"]
SUFFIX = ["", "", "", "", " Rural", " Central", " Town", " Valley", " Vale",
          " Forest", " Moors", " Coast", " Heath", " Borough"]
FIRST = ["Aisha", "Amelia", "Andrew", "Ben", "Bethan", "Catherine", "Chloé", "Daniel",
         "David", "Eilidh", "Emma", "Farah", "Fiona", "George", "Grace", "Hamza",
         "Harriet", "Ian", "Imran", "Isla", "James", "Jo", "Kate", "Kwame", "Laura",
         "Liam", "Mairéad", "Mark", "Mohammed", "Nia", "Niamh", "Oliver", "Priya",
         "Rachel", "Rhys", "Rosie", "Sam", "Sarah", "Seán", "Siân", "Sophie",
         "Tom", "Uzma", "Victoria", "Wei", "Yusuf", "Zoë", "Zara"]
LAST = ["Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans", "Wilson",
        "Thomas", "Johnson", "Roberts", "Robinson", "Thompson", "Wright", "Walker",
        "White", "Edwards", "Hughes", "Green", "Hall", "Lewis", "Harris", "Clarke",
        "Patel", "Khan", "Begum", "Ahmed", "O'Brien", "O'Neill", "McDonald",
        "MacLeod", "Ní Bhriain", "Müller", "Núñez", "Nowak", "Okafor", "Mensah",
        "Chen", "Singh", "Kaur", "Hussain", "Campbell", "Stewart", "Murphy",
        "Kelly", "Price", "Lloyd", "Morgan", "Fitzgerald-Hart", "Ó Súilleabháin"]


def slugify(s):
    out = []
    for ch in s.lower():
        if ch.isalnum() and ch.isascii():
            out.append(ch)
        elif out and out[-1] != "-":
            out.append("-")
    return "".join(out).strip("-")


def area_names(rng, n):
    """n unique, plausible constituency names."""
    bases = [a + b for a in STEM1 for b in STEM2]
    rng.shuffle(bases)
    names, seen = [], set()
    i = 0
    while len(names) < n:
        r = rng.random()
        if r < 0.45:
            name = bases[i % len(bases)] + rng.choice(SUFFIX)
        elif r < 0.75:
            name = rng.choice(COMPASS) + " " + rng.choice(bases)
        else:
            a, b = rng.sample(bases, 2)
            name = f"{a} and {b}"
        i += 1
        if name not in seen:
            seen.add(name)
            names.append(name)
    return names


def dirichletish(rng, weights, conc):
    """Random shares around `weights` (gamma draws, like a Dirichlet)."""
    draws = [rng.gammavariate(max(w * conc, 0.05), 1.0) for w in weights]
    s = sum(draws)
    return [d / s for d in draws]


def make(n, seed=42):
    rng = random.Random(seed)
    n_regions = len(REGION_NAMES) if n <= 1000 else min(12 + n // 400, 80)
    regions = []
    for i in range(n_regions):
        if i < len(REGION_NAMES):
            name = REGION_NAMES[i]
        else:
            name = f"{rng.choice(COMPASS)} {rng.choice(STEM1)}{rng.choice(STEM2)} Region"
        regions.append({"id": f"r{i + 1:02d}-{slugify(name)}", "name": name})

    parties = [{"id": p[0], "name": p[1], "short": p[2], "colour": p[3], "regional": None}
               for p in NATIONAL_PARTIES]
    # one regional party for a few regions (like SNP / Plaid / NI parties)
    regional_party = {}
    for j, reg in enumerate(regions[9:12] + regions[12::7]):
        pid = f"reg{j + 1}"
        nm = reg["name"].split()[0]
        parties.append({"id": pid, "name": f"{nm} First", "short": f"{nm[:2].upper()}F",
                        "colour": "#%02x%02x%02x" % (rng.randrange(40, 220), rng.randrange(40, 220), rng.randrange(40, 220)),
                        "regional": reg["id"]})
        regional_party[reg["id"]] = pid
    parties.append({"id": IND[0], "name": IND[1], "short": IND[2], "colour": IND[3], "regional": None})

    base = {p[0]: p[4] for p in NATIONAL_PARTIES}
    # regional swing per party: multiplicative
    swing = {r["id"]: {pid: math.exp(rng.gauss(0, 0.35)) for pid in base} for r in regions}

    names = area_names(rng, n)
    areas = []
    per_region = max(1, n // n_regions)
    used_slugs = set()
    for i, name in enumerate(names):
        region = regions[min(i // per_region, n_regions - 1)]
        rid = region["id"]
        k = rng.choices(range(3, 9), weights=[4, 14, 26, 28, 18, 10])[0]  # 3..8 candidates
        majors = ["pa", "cu", "lc", "nr", "gf"]
        if rid in regional_party:
            majors = [regional_party[rid]] + majors[:4]
        stand = majors[:min(k, len(majors))]
        minors = [p[0] for p in NATIONAL_PARTIES[5:]]
        rng.shuffle(minors)
        while len(stand) < k:
            stand.append(minors.pop() if minors and rng.random() < 0.6 else "ind")
        if k < len(majors) and rng.random() < 0.3:  # occasionally a major sits out
            stand[-1] = rng.choice(majors[len(stand):] or ["ind"])
        w = []
        for pid in stand:
            if pid in base:
                w.append(base[pid] * swing[rid][pid])
            elif pid == "ind":
                w.append(0.02 if rng.random() < 0.9 else 0.25)  # the odd strong independent
            else:  # regional party
                w.append(0.33)
        shares = dirichletish(rng, w, conc=40)
        electorate = rng.randrange(56000, 78000)
        turnout = min(0.82, max(0.45, rng.gauss(0.61, 0.06)))
        valid = int(electorate * turnout)
        cands = []
        seen_names = set()
        for pid, sh in zip(stand, shares):
            while True:
                cname = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
                if cname not in seen_names:
                    seen_names.add(cname)
                    break
            cands.append({"name": cname, "party": pid, "votes": max(37, int(round(valid * sh)))})
        cands.sort(key=lambda c: (-c["votes"], c["name"]))
        slug = slugify(name)
        while slug in used_slugs:
            slug += "-x"
        used_slugs.add(slug)
        areas.append({"id": slug, "name": name, "region": rid,
                      "electorate": electorate, "candidates": cands})

    meta = {"title": "General Election 2029 (synthetic)", "date": "2029-05-03",
            "seed": seed, "n_areas": n, "generator": "make_data.py"}
    return {"meta": meta, "parties": parties, "regions": regions, "areas": areas}


NATIONS = {"Wales": "Wales", "Scotland": "Scotland", "Northern Ireland": "Northern Ireland"}


def write_csv(d, path):
    """The same election as an import spreadsheet, one row per candidate."""
    parties = {p["id"]: p for p in d["parties"]}
    regions = {r["id"]: r["name"] for r in d["regions"]}
    cols = ["area_id", "area", "region", "nation", "party_id", "party", "party_short", "colour",
            "candidate", "votes", "electorate"]
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(cols)
        for a in d["areas"]:
            region = regions[a["region"]]
            for c in a["candidates"]:
                p = parties[c["party"]]
                w.writerow([a["id"], a["name"], region, NATIONS.get(region, "England"), p["id"], p["name"],
                            p["short"], p["colour"], c["name"], c["votes"], a["electorate"]])


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", type=int, help="number of areas (e.g. 650, 5000, 20000)")
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "data"))
    a = ap.parse_args(argv)
    os.makedirs(a.out, exist_ok=True)
    d = make(a.n, a.seed)
    jp = os.path.join(a.out, f"election-{a.n}.json")
    with open(jp, "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False, indent=1)
        f.write("\n")
    paths = [jp]
    if yaml is not None:
        yp = os.path.join(a.out, f"election-{a.n}.yaml")
        with open(yp, "w", encoding="utf-8") as f:
            yaml.dump(d, f, Dumper=Dumper, allow_unicode=True, sort_keys=False,
                      default_flow_style=False, width=200)
        paths.append(yp)
    cp = os.path.join(a.out, f"results-{a.n}.csv")
    write_csv(d, cp)
    paths.append(cp)
    nc = sum(len(x["candidates"]) for x in d["areas"])
    for p in paths:
        print(f"{p}: {os.path.getsize(p):,} bytes, {a.n} areas, {nc} candidates, "
              f"{len(d['regions'])} regions, {len(d['parties'])} parties", file=sys.stderr)


if __name__ == "__main__":
    main()
