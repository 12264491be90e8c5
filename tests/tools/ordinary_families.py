#!/usr/bin/env python3
"""Write the ordinary-family fixtures of issue 14 as .kring.json files.

Run from the repository root: python3 tests/tools/ordinary_families.py
(the files in tests/fixtures/ are checked in; this script documents how they were made).
"""
import json

def doc(doc_id, title, persons, unions):
    """persons: (id, given, family, gender, birth); unions: (id, a, b, start, children)."""
    links = []
    for (uid, _a, _b, _start, kids) in unions:
        for k in kids:
            links.append({"id": len(links), "parent": {"union": uid}, "child": k, "kind": "biological"})
    return {
        "format": "kring", "version": 1, "kind": "genogram", "id": doc_id, "title": title,
        "created": 1735689600000, "modified": 1735689600000,
        "content": {
            "persons": [{"id": i, "given_name": g, "family_name": f, "gender": s, "birth": str(b)}
                        for (i, g, f, s, b) in persons],
            "unions": [{"id": u, "partner_a": a, "partner_b": b, "kind": "marriage",
                        "events": [{"kind": "start", "date": str(start)}]}
                       for (u, a, b, start, _k) in unions],
            "child_links": links, "relations": [], "households": [],
        },
    }

both = doc("both-families", "Beide families van herkomst", [
    (1, "Hendrik", "Jansen", "male", 1930), (2, "Johanna", "Jansen-Smit", "female", 1932),
    (3, "Gerrit", "Bakker", "male", 1931), (4, "Maria", "Bakker-Visser", "female", 1933),
    (10, "Kees", "Jansen", "male", 1955), (11, "Anna", "Jansen", "female", 1957), (12, "Piet", "Jansen", "male", 1959),
    (20, "Els", "Bakker", "female", 1956), (21, "Tom", "Bakker", "male", 1958), (22, "Ria", "Bakker", "female", 1960),
    (30, "Noah", "Jansen", "male", 1985), (31, "Lisa", "Jansen", "female", 1988),
], [
    (0, 1, 2, 1954, [10, 11, 12]), (1, 3, 4, 1955, [20, 21, 22]), (2, 10, 20, 1980, [30, 31]),
])

large = doc("large-family", "Grote familie", [
    (1, "Peter", "de Vries", "male", 1975), (2, "Fatima", "El Amrani", "female", 1977),
    (3, "Noah", "de Vries", "male", 2005), (4, "Lisa", "de Vries", "female", 2008),
    (10, "Jan", "de Vries", "male", 1945), (11, "Marie", "de Vries-Bakker", "female", 1947),
    (12, "Els", "de Vries", "female", 1972), (13, "Sandra", "de Vries", "female", 1979),
    (14, "Kees", "Mulder", "male", 1970), (15, "Wim", "Mulder", "male", 1940), (16, "Ans", "Mulder", "female", 1942),
    (17, "Bert", "Mulder", "male", 1968), (18, "Eva", "Mulder", "female", 2000),
    (19, "Mo", "Haddou", "male", 1978), (40, "Ahmed", "Haddou", "male", 1950), (41, "Nadia", "Haddou", "female", 1952),
    (42, "Sami", "Haddou", "male", 2010),
    (20, "Mohamed", "El Amrani", "male", 1948), (21, "Khadija", "El Amrani", "female", 1950),
    (22, "Youssef", "El Amrani", "male", 1970), (23, "Samira", "El Amrani", "female", 1971),
    (24, "Karim", "El Amrani", "male", 1973), (25, "Nora", "El Amrani", "female", 1975),
    (26, "Rachid", "El Amrani", "male", 1979), (27, "Amina", "El Amrani", "female", 1981),
    (28, "Omar", "El Amrani", "male", 1983), (29, "Yasmina", "El Amrani", "female", 1985),
], [
    (0, 1, 2, 2003, [3, 4]), (1, 10, 11, 1970, [12, 1, 13]), (2, 12, 14, 1998, [18]),
    (3, 15, 16, 1966, [17, 14]), (4, 20, 21, 1969, [22, 23, 24, 25, 2, 26, 27, 28, 29]),
    (5, 13, 19, 2008, [42]), (6, 40, 41, 1976, [19]),
])

for name, d in [("both_families.kring.json", both), ("large_family.kring.json", large)]:
    with open("tests/fixtures/" + name, "w") as f:
        json.dump(d, f, indent=1, ensure_ascii=False)
        f.write("\n")
