//! Writing quick entry on a netwerkkaart: a statement back as a line of text, in the
//! forms the parser reads, so that printing and parsing again gives the same statement.
//! Where a name or role can be written plainly ("moeder Fatima") it is; otherwise it is
//! quoted, which always reads back.

use super::ast::{ActorSpec, SectorGroup, SectorRef, Statement, TieSpec};
use super::parse::parse;
use super::words::{canonical, centre_word, sector_word, Word};
use crate::i18n::Lang;

/// Text in quotes, a quote inside doubled.
fn quote(s: &str) -> String {
    format!("\"{}\"", s.replace('"', "\"\""))
}

fn number(n: Option<u32>) -> String {
    n.map(|n| format!("#{n}")).unwrap_or_default()
}

/// The words in an actor's brackets (or after a tie line's colon) about the tie.
pub fn tie_words(t: &TieSpec, lang: Lang) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(s) = t.strength {
        out.push(canonical(Word::Strength(s), lang).to_owned());
    }
    if let Some(q) = t.quality {
        out.push(canonical(Word::Quality(q), lang).to_owned());
    }
    if let Some(f) = t.flow {
        out.push(canonical(Word::Gives(f), lang).to_owned());
    }
    if let Some(s) = t.support.filter(|s| !s.is_empty()) {
        out.push(s.iter().map(|t| canonical(Word::Support(t), lang)).collect::<Vec<_>>().join(" "));
    }
    if let Some(f) = t.frequency {
        out.push(canonical(Word::Frequency(f), lang).to_owned());
    }
    out
}

/// The brackets of an actor: what is known about them, then the tie with the centre;
/// with the role in quotes when `role` is set.
fn brackets(a: &ActorSpec, role: bool, lang: Lang) -> String {
    let mut words = Vec::new();
    if role {
        if let Some(r) = &a.role {
            words.push(quote(r));
        }
    }
    if let Some(r) = a.ring {
        words.push(canonical(Word::Ring(r), lang).to_owned());
    }
    if let Some(f) = a.formality {
        words.push(canonical(Word::Formality(f), lang).to_owned());
    }
    if let Some(k) = a.kind {
        words.push(canonical(Word::Kind(k), lang).to_owned());
    }
    if a.verbinder {
        words.push(canonical(Word::Verbinder, lang).to_owned());
    }
    if a.indirect {
        words.push(canonical(Word::Indirect, lang).to_owned());
    }
    words.extend(tie_words(&a.tie, lang));
    if words.is_empty() {
        String::new()
    } else {
        format!(" ({})", words.join(", "))
    }
}

/// Whether `text` after a header reads back as exactly this actor.
fn reads_as_actor(text: &str, a: &ActorSpec) -> bool {
    let p = parse(&format!("x: {text}"));
    match (&p.problems[..], &p.lines[..]) {
        ([], [line]) => match line.statement.without_spans() {
            Statement::Sectors(groups) => {
                groups.len() == 1
                    && groups[0].actors.len() == 1
                    && groups[0].actors[0] == ActorSpec { span: Default::default(), ..a.clone() }
            }
            _ => false,
        },
        _ => false,
    }
}

/// An actor in a sector line: role, name, `#n` and brackets.
pub fn actor(a: &ActorSpec, lang: Lang) -> String {
    let n = number(a.number);
    let role = a.role.as_deref().unwrap_or_default();
    let mut forms = Vec::new();
    if a.name.is_empty() {
        if a.role.is_some() {
            forms.push(format!("{role}{n}{}", brackets(a, false, lang)));
            forms.push(format!("{role} ?{n}{}", brackets(a, false, lang)));
        }
        forms.push(format!("?{n}{}", brackets(a, true, lang)));
    } else {
        if a.role.is_some() {
            forms.push(format!("{role} {}{n}{}", a.name, brackets(a, false, lang)));
        }
        forms.push(format!("{}{n}{}", a.name, brackets(a, true, lang)));
        if a.role.is_some() {
            forms.push(format!("{role} {}{n}{}", quote(&a.name), brackets(a, false, lang)));
        }
        forms.push(format!("{}{n}{}", quote(&a.name), brackets(a, true, lang)));
    }
    let last = forms.pop().unwrap_or_default();
    forms.into_iter().find(|f| reads_as_actor(f, a)).unwrap_or(last)
}

/// An actor as named in a tie line (no brackets there), and the actor the parser reads
/// from it: the role of an actor without a name is left out when it cannot be written
/// before `?`.
pub fn tie_head(a: &ActorSpec) -> (String, ActorSpec) {
    let n = number(a.number);
    let bare = ActorSpec { number: a.number, ..ActorSpec::named("") };
    let mut forms: Vec<(String, ActorSpec)> = Vec::new();
    if a.name.is_empty() {
        if let Some(role) = &a.role {
            let spec = ActorSpec { role: Some(role.clone()), ..bare.clone() };
            forms.push((format!("{role}{n}"), spec.clone()));
            forms.push((format!("{role} ?{n}"), spec));
        }
        forms.push((format!("?{n}"), bare));
    } else {
        let spec = ActorSpec { name: a.name.clone(), ..bare };
        forms.push((format!("{}{n}", a.name), spec.clone()));
        forms.push((format!("{}{n}", quote(&a.name)), spec));
    }
    let last = forms.pop().unwrap_or_default();
    forms
        .into_iter()
        .find(|(text, spec)| {
            let p = parse(&format!("{text} -- x"));
            p.problems.is_empty()
                && matches!(p.lines.first().map(|l| l.statement.without_spans()), Some(Statement::Tie { a, .. }) if a == *spec)
        })
        .unwrap_or(last)
}

/// A sector header without its colon.
pub fn header(sector: &SectorRef, n: Option<u32>, lang: Lang) -> String {
    match sector {
        SectorRef::Standard(kind) => format!("{}{}", sector_word(*kind, lang), number(n)),
        SectorRef::Named(name) => {
            let plain = format!("{name}{}", number(n));
            let p = parse(&format!("{plain}:"));
            let want = Statement::Sectors(vec![SectorGroup {
                sector: sector.clone(),
                number: n,
                actors: Vec::new(),
                span: Default::default(),
            }]);
            if p.problems.is_empty() && p.lines.len() == 1 && p.lines[0].statement.without_spans() == want {
                plain
            } else {
                format!("{}{}", quote(name), number(n))
            }
        }
    }
}

/// A statement as one line of text.
pub fn statement(s: &Statement, lang: Lang) -> String {
    match s {
        Statement::Centre { kind, name } => {
            let word = match kind {
                Some(k) => centre_word(*k, lang),
                None if lang == Lang::Nl => "centrum",
                None => "centre",
            };
            let plain = format!("{word}: {name}");
            let p = parse(&plain);
            let back = p.lines.first().map(|l| l.statement.clone());
            if name.is_empty() || back.as_ref() == Some(s) {
                plain.trim_end().to_owned()
            } else {
                format!("{word}: {}", quote(name))
            }
        }
        Statement::Sectors(groups) => groups
            .iter()
            .map(|g| {
                let head = header(&g.sector, g.number, lang);
                let actors: Vec<String> = g.actors.iter().map(|a| actor(a, lang)).collect();
                if actors.is_empty() {
                    format!("{head}:")
                } else {
                    format!("{head}: {}", actors.join(", "))
                }
            })
            .collect::<Vec<_>>()
            .join(", "),
        Statement::Actors(actors) => actors.iter().map(|a| actor(a, lang)).collect::<Vec<_>>().join(", "),
        Statement::Tie { a, b, tie } => {
            let words = tie_words(tie, lang);
            let head = format!("{} -- {}", tie_head(a).0, tie_head(b).0);
            if words.is_empty() {
                head
            } else {
                format!("{head}: {}", words.join(", "))
            }
        }
    }
}
