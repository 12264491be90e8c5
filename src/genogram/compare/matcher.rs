//! Which person of a student's genogram is which person of the reference: by name
//! (tolerant of spelling), gender and generation, never by id (the student's ids are
//! their own).

use crate::genogram::model::{Gender, Genogram, Person, PersonId};
use crate::kernel::sort::SortExt;
use std::collections::{BTreeMap, BTreeSet};

/// The lowest name similarity that can make a match (0–1). "Jansen"/"Janssen" is 0.86,
/// "Fatima"/"Fatma" 0.83; "Peter"/"Pieter" 0.83, "Jan"/"Els" 0.
pub const NAME_MIN: f64 = 0.6;
/// The lowest total score that makes a match.
pub const SCORE_MIN: f64 = 0.7;
/// The name similarity given to two persons who both have no name (a blank cliënt, a
/// miscarriage): a match then needs gender and generation to agree.
const UNNAMED: f64 = 0.6;

/// A name for comparing: lower case, accents and diacritics dropped, anything but
/// letters and digits made a space, spaces collapsed ("  Zoë  O'Brien" → "zoe o brien").
pub fn normalise(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.chars().flat_map(char::to_lowercase) {
        let folded: &str = match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
            'æ' => "ae",
            'ç' | 'ć' | 'č' => "c",
            'ď' | 'đ' => "d",
            'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => "e",
            'ğ' => "g",
            'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' | 'ı' => "i",
            'ł' => "l",
            'ñ' | 'ń' | 'ň' => "n",
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => "o",
            'œ' => "oe",
            'ř' => "r",
            'ś' | 'š' | 'ş' | 'ș' => "s",
            'ß' => "ss",
            'ť' | 'ţ' | 'ț' => "t",
            'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' | 'ų' => "u",
            'ý' | 'ÿ' => "y",
            'ź' | 'ż' | 'ž' => "z",
            c if c.is_alphanumeric() => {
                out.push(c);
                continue;
            }
            _ => " ",
        };
        out.push_str(folded);
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The Damerau–Levenshtein distance (optimal string alignment) between two strings,
/// in characters: insertions, deletions, substitutions and swaps of neighbours.
pub fn distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let (n, m) = (a.len(), b.len());
    let mut d = vec![vec![0usize; m + 1]; n + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=n {
        for j in 1..=m {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut v = (d[i - 1][j] + 1).min(d[i][j - 1] + 1).min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(d[i - 2][j - 2] + 1);
            }
            d[i][j] = v;
        }
    }
    d[n][m]
}

/// How alike two normalised names are, 0 (nothing alike) to 1 (the same).
pub fn similarity(a: &str, b: &str) -> f64 {
    let longest = a.chars().count().max(b.chars().count());
    if longest == 0 {
        return 1.0;
    }
    1.0 - distance(a, b) as f64 / longest as f64
}

/// How alike two persons' names are: the full names, or the given names alone when one
/// of them left the family name out (students often write only "Fatma"); a nickname
/// counts as a given name. Both unnamed gives [`UNNAMED`], one unnamed 0.
pub fn name_similarity(student: &Person, reference: &Person) -> f64 {
    let given = |p: &Person| {
        let mut names = vec![normalise(&p.given_name)];
        if !p.nickname.trim().is_empty() {
            names.push(normalise(&p.nickname));
        }
        names
    };
    let (sg, rg) = (given(student), given(reference));
    let (sf, rf) = (normalise(&student.family_name), normalise(&reference.family_name));
    let s_empty = sg.iter().all(String::is_empty) && sf.is_empty();
    let r_empty = rg.iter().all(String::is_empty) && rf.is_empty();
    match (s_empty, r_empty) {
        (true, true) => return UNNAMED,
        (true, false) | (false, true) => return 0.0,
        _ => {}
    }
    let mut best: f64 = 0.0;
    for s in &sg {
        for r in &rg {
            let given_sim = similarity(s, r);
            let sim = if sf.is_empty() || rf.is_empty() {
                // One side has no family name: the given names decide, a little less sure.
                given_sim * 0.95
            } else {
                // Given names weigh more: a family may share one family name.
                0.65 * given_sim + 0.35 * similarity(&sf, &rf)
            };
            best = best.max(sim);
        }
    }
    best
}

/// Every person's generation relative to the index person (0 the cliënt, −1 parents),
/// or, without an index person, counted from the top of each family (0 the oldest).
/// Relative to the cliënt, a student who left out the grandparents does not shift
/// everyone else.
pub fn generations(g: &Genogram) -> BTreeMap<PersonId, i32> {
    if let Some(index) = g.index_person() {
        return g.generations_from(index);
    }
    let mut out = BTreeMap::new();
    for component in g.connected_components() {
        let Some(&root) = component.first() else { continue };
        let gens = g.generations_from(root);
        let top = gens.values().copied().min().unwrap_or(0);
        out.extend(gens.into_iter().map(|(p, n)| (p, n - top)));
    }
    out
}

/// The score of taking student person `s` for reference person `r`, with its name part;
/// `None` when they cannot be the same person.
fn pair_score(s: &Person, r: &Person, sg: Option<i32>, rg: Option<i32>) -> Option<f64> {
    let name = name_similarity(s, r);
    if name < NAME_MIN {
        return None;
    }
    let gender = match (s.gender, r.gender) {
        (a, b) if a == b => 0.2,
        (Gender::Unknown, _) | (_, Gender::Unknown) => 0.0,
        _ => -0.3,
    };
    let generation = match (sg, rg) {
        (Some(a), Some(b)) if a == b => 0.15,
        (Some(a), Some(b)) => -0.15 * (a - b).abs() as f64,
        _ => 0.0,
    };
    let kind = if s.kind.tag() == r.kind.tag() { 0.05 } else { 0.0 };
    let total = name + gender + generation + kind;
    (total >= SCORE_MIN).then_some(total)
}

/// Which student person is which reference person.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Matching {
    /// Student person → reference person.
    pub to_reference: BTreeMap<PersonId, PersonId>,
    /// Reference person → student person.
    pub to_student: BTreeMap<PersonId, PersonId>,
    /// Reference persons the student did not draw, in id order.
    pub missing: Vec<PersonId>,
    /// Student persons with no counterpart in the reference, in id order.
    pub extra: Vec<PersonId>,
}

/// Matches the student's persons to the reference's: every pair that could be the same
/// person is scored (name, gender, generation, kind), then pairs are taken best first
/// while both are free. Ties go to the lowest ids, so the answer is stable.
pub fn match_persons(student: &Genogram, reference: &Genogram) -> Matching {
    let (s_gen, r_gen) = (generations(student), generations(reference));
    let mut pairs: Vec<(f64, PersonId, PersonId)> = Vec::new();
    for (sid, s) in student.persons() {
        for (rid, r) in reference.persons() {
            if let Some(score) = pair_score(s, r, s_gen.get(&sid).copied(), r_gen.get(&rid).copied()) {
                pairs.push((score, sid, rid));
            }
        }
    }
    pairs.sort_stable_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let mut m = Matching::default();
    for (_, sid, rid) in pairs {
        if m.to_reference.contains_key(&sid) || m.to_student.contains_key(&rid) {
            continue;
        }
        m.to_reference.insert(sid, rid);
        m.to_student.insert(rid, sid);
    }
    let taken_r: BTreeSet<PersonId> = m.to_student.keys().copied().collect();
    m.missing = reference.person_ids().filter(|r| !taken_r.contains(r)).collect();
    m.extra = student.person_ids().filter(|s| !m.to_reference.contains_key(s)).collect();
    m.missing.sort_stable();
    m.extra.sort_stable();
    m
}
