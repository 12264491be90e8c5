#!/usr/bin/env python3
"""Write a kwartierstaat: an index person and their ancestors over GENERATIONS
generations, with 0-2 siblings per person in the lower generations (issue 14's
"seven-generation genealogy"). Names and genders are random, not consistent.

Usage (from the repository root):
  python3 tests/tools/kwartierstaat.py SEED [GENERATIONS] > out.kring.json
"""
import json, random, sys
rng = random.Random(int(sys.argv[1]) if len(sys.argv) > 1 else 1)
gens = int(sys.argv[2]) if len(sys.argv) > 2 else 7
persons, unions, links = [], [], []
FAM = ["de Vries","Jansen","van den Berg","Bakker","Visser","Smit","Meijer","de Boer","Mulder","de Groot","Bos","Vos","Peters","Hendriks","van Dijk","Dekker"]
def person(g, fam, b):
    persons.append({"id": len(persons)+1, "given_name": rng.choice(["Jan","Maria","Johanna Wilhelmina","Pieter","Anna","Cornelis"]), "family_name": fam, "gender": g, "birth": str(b)})
    return len(persons)
def union(a, b, y):
    unions.append({"id": len(unions), "partner_a": a, "partner_b": b, "kind": "marriage", "events": [{"kind": "start", "date": str(y)}]})
    return len(unions)-1
def child(u, c):
    links.append({"id": len(links), "parent": {"union": u}, "child": c, "kind": "biological"})
# index person, then ancestors: each person gets parents and 0-2 siblings, up to gens
root = person("female", "de Vries", 1990)
frontier = [(root, 1990, "de Vries")]
for g in range(1, gens):
    nxt = []
    for (p, b, fam) in frontier:
        fb = b - rng.randint(24, 34)
        mfam = rng.choice(FAM)
        f = person("male", fam, fb); m = person("female", mfam, fb + rng.randint(-3, 3))
        u = union(f, m, b - 1)
        sibs = rng.randint(0, 2) if g < 4 else 0
        kids = sorted([(b, p)] + [(b + 2*(k+1) * rng.choice([-1, 1]), None) for k in range(sibs)])
        for (kb, kp) in kids:
            if kp is None:
                kp = person(rng.choice(["male","female"]), fam, kb)
            child(u, kp)
        nxt += [(f, fb, fam), (m, fb, mfam)]
    frontier = nxt
doc = {"format": "kring", "version": 1, "kind": "genogram", "id": "anc", "title": "Kwartierstaat", "created": 1735689600000, "modified": 1735689600000,
       "content": {"persons": persons, "unions": unions, "child_links": links, "relations": [], "households": []}}
json.dump(doc, sys.stdout, ensure_ascii=False)
