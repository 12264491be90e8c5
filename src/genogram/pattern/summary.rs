//! The lens in words: per generation how many have a theme, and the longest run of
//! consecutive generations along the lines of descent, with its chain of names.

use std::collections::HashMap;

use super::marks::Marks;
use super::Lens;
use crate::genogram::model::{Genogram, PersonId};
use crate::i18n::Lang;
use crate::kernel::sort::SortExt;

/// How many persons of one generation have a theme.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GenerationCount {
    /// The generation, 1 for the oldest row of its family.
    pub generation: u32,
    /// Persons of that generation with the theme.
    pub with: usize,
    /// All persons of that generation.
    pub of: usize,
}

/// One theme of the lens, summarised.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ThemeSummary {
    /// The theme's place in the lens.
    pub theme: usize,
    /// Per generation with at least one person having the theme, oldest first.
    pub generations: Vec<GenerationCount>,
    /// Everyone with the theme.
    pub total: usize,
    /// The longest chain of persons with the theme, each a child of the one before,
    /// oldest first: its length is the number of consecutive generations.
    pub chain: Vec<PersonId>,
}

impl ThemeSummary {
    /// How many consecutive generations the theme spans along a line of descent.
    pub fn span(&self) -> usize {
        self.chain.len()
    }

    /// Intergenerational: spanning three generations or more.
    pub fn is_intergenerational(&self) -> bool {
        self.span() >= 3
    }
}

/// The generation of every person, 1 for the oldest of their own family (persons not
/// joined by family lines are separate families, each counted from its own top).
pub fn generations(g: &Genogram) -> HashMap<PersonId, u32> {
    let mut out = HashMap::with_capacity(g.person_count());
    for component in g.connected_components() {
        let Some(&root) = component.first() else { continue };
        let gens = g.generations_from(root);
        let top = gens.values().copied().min().unwrap_or(0);
        for (p, n) in gens {
            out.insert(p, (n - top + 1) as u32);
        }
    }
    out
}

/// The longest chain of persons in `marked`, each a child of the one before, oldest
/// first (ties go to the lowest ids, so the answer is stable).
fn longest_chain(g: &Genogram, marked: &[PersonId]) -> Vec<PersonId> {
    let set: std::collections::HashSet<PersonId> = marked.iter().copied().collect();
    // Best chain ending at each person: (length, previous).
    let mut best: HashMap<PersonId, (usize, Option<PersonId>)> = HashMap::new();
    fn end_at(
        g: &Genogram,
        p: PersonId,
        set: &std::collections::HashSet<PersonId>,
        best: &mut HashMap<PersonId, (usize, Option<PersonId>)>,
        depth: usize,
    ) -> usize {
        if let Some(&(n, _)) = best.get(&p) {
            return n;
        }
        let mut choice = (1, None);
        // The model forbids cycles of descent; the depth guard only keeps a damaged
        // document from recursing forever.
        if depth < 10_000 {
            let mut parents: Vec<PersonId> = g.parents(p).into_iter().filter(|q| set.contains(q)).collect();
            parents.sort_stable();
            for q in parents {
                let n = end_at(g, q, set, best, depth + 1) + 1;
                if n > choice.0 {
                    choice = (n, Some(q));
                }
            }
        }
        best.insert(p, choice);
        choice.0
    }
    let mut sorted = marked.to_vec();
    sorted.sort_stable();
    let mut end = None;
    let mut longest = 0;
    for &p in &sorted {
        let n = end_at(g, p, &set, &mut best, 0);
        if n > longest {
            longest = n;
            end = Some(p);
        }
    }
    let mut chain = Vec::with_capacity(longest);
    while let Some(p) = end {
        chain.push(p);
        end = best.get(&p).and_then(|b| b.1);
    }
    chain.reverse();
    chain
}

/// Every theme of the lens summarised, in lens order.
pub fn summarise(g: &Genogram, lens: &Lens, marks: &Marks) -> Vec<ThemeSummary> {
    if !lens.is_on() {
        return Vec::new();
    }
    let gens = generations(g);
    let mut of: HashMap<u32, usize> = HashMap::new();
    for n in gens.values() {
        *of.entry(*n).or_default() += 1;
    }
    (0..lens.themes.len())
        .map(|t| {
            let marked: Vec<PersonId> =
                marks.persons.iter().filter(|(_, ts)| ts.contains(&t)).map(|(p, _)| *p).collect();
            let mut with: HashMap<u32, usize> = HashMap::new();
            for p in &marked {
                if let Some(n) = gens.get(p) {
                    *with.entry(*n).or_default() += 1;
                }
            }
            let mut generations: Vec<GenerationCount> = with
                .into_iter()
                .map(|(generation, with)| GenerationCount { generation, with, of: of[&generation] })
                .collect();
            generations.sort_stable_by_key(|c| c.generation);
            ThemeSummary { theme: t, generations, total: marked.len(), chain: longest_chain(g, &marked) }
        })
        .collect()
}

/// The name in a chain: the nickname or given name, else the full label.
pub fn short_name(g: &Genogram, p: PersonId, lang: Lang) -> String {
    match g.person(p) {
        Some(x) if !x.nickname.trim().is_empty() => x.nickname.trim().to_owned(),
        Some(x) if !x.given_name.trim().is_empty() => x.given_name.trim().to_owned(),
        _ => crate::genogram::edit::labels::person_label(g, p, lang),
    }
}

/// The summary as sentences, one or two per theme: "alcohol: 3 personen in 2
/// generaties (generatie 1: 1 van 2; generatie 2: 2 van 5)." and, when it runs on along
/// a line of descent, "alcohol in 3 opeenvolgende generaties: Jan → Peter → Noah
/// (intergenerationeel)." `name` gives each person's name as shown.
pub fn summary_lines(
    lens: &Lens,
    summaries: &[ThemeSummary],
    lang: Lang,
    name: &dyn Fn(PersonId) -> String,
) -> Vec<String> {
    let nl = lang == Lang::Nl;
    let mut lines = Vec::new();
    for s in summaries {
        let Some(theme) = lens.themes.get(s.theme) else { continue };
        let label = theme.label(lang);
        if s.total == 0 {
            lines.push(if nl { format!("{label}: bij niemand.") } else { format!("{label}: nobody.") });
            continue;
        }
        let per: Vec<String> = s
            .generations
            .iter()
            .map(|c| {
                if nl {
                    format!("generatie {}: {} van {}", c.generation, c.with, c.of)
                } else {
                    format!("generation {}: {} of {}", c.generation, c.with, c.of)
                }
            })
            .collect();
        let (persons, gens) = match (nl, s.total == 1, s.generations.len() == 1) {
            (true, one, g1) => (if one { "persoon" } else { "personen" }, if g1 { "generatie" } else { "generaties" }),
            (false, one, g1) => (if one { "person" } else { "persons" }, if g1 { "generation" } else { "generations" }),
        };
        lines.push(format!("{label}: {} {persons} in {} {gens} ({}).", s.total, s.generations.len(), per.join("; ")));
        if s.span() >= 2 {
            let names: Vec<String> = s.chain.iter().map(|p| name(*p)).collect();
            let tail = match (s.is_intergenerational(), nl) {
                (true, true) => " (intergenerationeel)",
                (true, false) => " (intergenerational)",
                _ => "",
            };
            lines.push(if nl {
                format!("{label} in {} opeenvolgende generaties: {}{tail}.", s.span(), names.join(" → "))
            } else {
                format!("{label} in {} consecutive generations: {}{tail}.", s.span(), names.join(" → "))
            });
        }
    }
    lines
}
