#!/usr/bin/env python3
"""Write a family of several intermarrying founder families over five generations.

Four founder couples (generation 0) have 3-5 children each; in every later generation a
child marries a child of another founder line where one is free (intermarriage), else a
partner who married in (no parents drawn). Couples have 0-4 children. This is the kind of
file issue 14 checks with ("several intermarrying families").

Usage (from the repository root):
  python3 tests/tools/intermarried.py SEED [FOUNDERS] [GENERATIONS] > out.kring.json
"""
import json
import random
import sys

GIVEN_M = ["Jan", "Pieter", "Hendrik", "Cornelis", "Johannes", "Willem", "Gerrit", "Dirk",
           "Jacobus", "Adrianus", "Theodorus", "Bartholomeus", "Kees", "Noah", "Daan", "Sem"]
GIVEN_F = ["Maria", "Johanna", "Anna", "Cornelia", "Elisabeth", "Wilhelmina", "Petronella",
           "Geertruida", "Hendrika", "Catharina", "Els", "Lisa", "Emma", "Sophie", "Julia"]
FAMILY = ["de Vries", "Jansen", "van den Berg", "Bakker", "Visser", "Smit", "Meijer",
          "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Dijk",
          "Dekker", "van der Linden", "El Amrani", "Yilmaz", "Koster"]


def main():
    seed = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    founders = int(sys.argv[2]) if len(sys.argv) > 2 else 4
    gens = int(sys.argv[3]) if len(sys.argv) > 3 else 5
    rng = random.Random(seed)
    persons, unions, links = [], [], []

    def person(gender, family, birth, line):
        pid = len(persons) + 1
        given = rng.choice(GIVEN_M if gender == "male" else GIVEN_F)
        if rng.random() < 0.2:
            given += " " + rng.choice(GIVEN_M if gender == "male" else GIVEN_F)
        persons.append({"id": pid, "given_name": given, "family_name": family,
                        "gender": gender, "birth": str(birth), "_line": line})
        return pid

    def union(a, b, start):
        uid = len(unions)
        unions.append({"id": uid, "partner_a": a, "partner_b": b, "kind": "marriage",
                       "events": [{"kind": "start", "date": str(start)}]})
        return uid

    def child(uid, pid):
        links.append({"id": len(links), "parent": {"union": uid}, "child": pid,
                      "kind": "biological"})

    # generation 0: founder couples
    gen = []
    for f in range(founders):
        fam = FAMILY[f]
        b = 1880 + rng.randint(0, 6)
        m = person("male", fam, b, f)
        w = person("female", fam, b + rng.randint(-2, 4), f)
        gen.append((m, w, b + 24, f))
    for g in range(1, gens):
        children = []  # (pid, gender, birth, line, family)
        for (a, b, start, line) in gen:
            n = rng.choice([0, 1, 2, 3, 3, 4, 5]) if g > 1 else rng.randint(3, 5)
            uid = union(a, b, start)
            fam = persons[a - 1]["family_name"] if persons[a - 1]["gender"] == "male" else persons[b - 1]["family_name"]
            for k in range(n):
                gender = rng.choice(["male", "female"])
                pid = person(gender, fam, start + 1 + 2 * k, line)
                child(uid, pid)
                children.append((pid, gender, start + 1 + 2 * k, line))
        if g == gens - 1:
            break
        rng.shuffle(children)
        used = set()
        nxt = []
        for (pid, gender, birth, line) in children:
            if pid in used:
                continue
            used.add(pid)
            if rng.random() < 0.2:
                continue  # stays single
            # look for a partner of the other gender from another founder line
            partner = None
            if rng.random() < 0.6:
                for (q, qg, qb, ql) in children:
                    if q not in used and qg != gender and ql != line and abs(qb - birth) < 8:
                        partner = q
                        break
            if partner is None:
                partner = person("female" if gender == "male" else "male",
                                 rng.choice(FAMILY[founders:]), birth + rng.randint(-3, 3), -1)
            used.add(partner)
            a, b = (pid, partner) if gender == "male" else (partner, pid)
            nxt.append((a, b, birth + 25, line))
        gen = nxt
    for p in persons:
        del p["_line"]
    doc = {"format": "kring", "version": 1, "kind": "genogram", "id": "intermarried-%d" % seed,
           "title": "Vier families (%d)" % seed, "created": 1735689600000, "modified": 1735689600000,
           "content": {"persons": persons, "unions": unions, "child_links": links,
                       "relations": [], "households": []}}
    json.dump(doc, sys.stdout, indent=1, ensure_ascii=False)
    sys.stdout.write("\n")


main()
