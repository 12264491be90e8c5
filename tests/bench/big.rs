//! What the storage and drag benches share: the generated "Groot" genogram (couples
//! with two children each, every person with names, a birth date, a residence and a
//! note), the same family the Chromium benches build in `storage.mjs`.

use serde_json::{json, Value};

/// A genogram of `n` persons as a version-1 envelope.
pub fn big_genogram(n: usize) -> Value {
    let mut persons = Vec::new();
    let mut unions = Vec::new();
    let mut links = Vec::new();
    let person = |id: usize, gender: &str, year: usize| {
        json!({
            "id": id, "given_name": format!("Voornaam{id}"), "family_name": "de Vries-Bakker",
            "gender": gender, "birth": format!("{year}-03-15"), "residence": "Amersfoort",
            "notes": "Woont sinds kort zelfstandig; contact met wijkteam loopt goed.",
            "index": id == 0
        })
    };
    persons.push(person(0, "male", 1900));
    let mut queue = std::collections::VecDeque::from([(0usize, 1900usize)]);
    while persons.len() < n {
        let (p, year) = queue.pop_front().expect("queue never empties before n");
        let partner = persons.len();
        persons.push(person(partner, "female", year + 2));
        let union = unions.len();
        unions.push(json!({ "id": union, "partner_a": p, "partner_b": partner, "kind": "marriage" }));
        for gender in ["male", "female"] {
            if persons.len() >= n {
                break;
            }
            let child = persons.len();
            persons.push(person(child, gender, year + 25));
            links
                .push(json!({ "id": links.len(), "parent": { "union": union }, "child": child, "kind": "biological" }));
            queue.push_back((child, year + 25));
        }
    }
    json!({
        "format": "kring", "version": 1, "kind": "genogram", "id": "groot", "title": "Groot genogram",
        "created": 1_735_689_600_000i64, "modified": 1_735_689_600_000i64,
        "content": { "persons": persons, "unions": unions, "child_links": links, "relations": [], "households": [] }
    })
}
