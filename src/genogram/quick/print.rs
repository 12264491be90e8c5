//! Writing quick entry: a statement back as a line of text, in the forms the parser
//! reads, so that printing and parsing again gives the same statement.

use super::ast::{ChildGroup, CoupleOp, NameSpec, Parents, PersonSpec, RelationOp, Statement, UnionSpec, YearSpec};
use super::lexer::{tokens, Tok};
use super::parse::is_name_word;
use super::words::{canonical, lookup, Word};
use crate::i18n::Lang;

/// A year as written: "1965" or "ca. 1965".
pub fn year(y: YearSpec) -> String {
    if y.approximate {
        format!("ca. {}", y.year)
    } else {
        y.year.to_string()
    }
}

/// Whether a name reads back as the same name without quotes.
fn plain_name(name: &str) -> bool {
    let toks = tokens(name, 0);
    let words: Vec<&str> = toks
        .iter()
        .map_while(|t| match &t.tok {
            Tok::Word(w) => Some(w.as_str()),
            _ => None,
        })
        .collect();
    words.len() == toks.len()
        && words.join(" ") == name
        && words.iter().enumerate().all(|(i, w)| is_name_word(w, i == 0))
        && !(words.len() > 1 && matches!(lookup(&words[0].to_lowercase()), Some(Word::Role(_))))
}

/// A name as written: plain words, `?` for an unknown name, or "quoted".
pub fn name(n: &NameSpec) -> String {
    match n {
        NameSpec::Unnamed => "?".to_owned(),
        NameSpec::Named(s) if plain_name(s) => s.clone(),
        NameSpec::Named(s) => format!("\"{}\"", s.replace('"', "\"\"")),
    }
}

/// What a person's brackets hold, and the facts written bare before them.
struct Facts {
    bare: Vec<String>,
    words: Vec<String>,
}

fn facts(p: &PersonSpec, lang: Lang, birth: bool, link: bool) -> Facts {
    let mut bare = Vec::new();
    let mut words = Vec::new();
    if birth {
        if let Some(b) = p.birth {
            bare.push(year(b));
        }
        if let Some(a) = p.age {
            bare.push(a.to_string());
        }
    }
    match p.death {
        Some(Some(y)) => bare.push(format!("†{}", year(y))),
        Some(None) => bare.push("†".to_owned()),
        None => {}
    }
    if let Some(g) = p.gender {
        words.push(canonical(Word::Gender(g), lang).to_owned());
    }
    if p.index {
        words.push(canonical(Word::Index, lang).to_owned());
    }
    if let Some(k) = p.kind {
        words.push(canonical(Word::Kind(k), lang).to_owned());
    }
    if link {
        if let Some(k) = p.link {
            words.push(canonical(Word::Link(k), lang).to_owned());
        }
    }
    Facts { bare, words }
}

fn join(head: String, f: Facts) -> String {
    let mut out = head;
    for b in f.bare {
        out.push(' ');
        out.push_str(&b);
    }
    if !f.words.is_empty() {
        out.push_str(" (");
        out.push_str(&f.words.join(", "));
        out.push(')');
    }
    out
}

fn head(p: &PersonSpec) -> String {
    match p.number {
        Some(n) => format!("{}#{n}", name(&p.name)),
        None => name(&p.name),
    }
}

/// A person with everything written about them.
pub fn person(p: &PersonSpec, lang: Lang) -> String {
    join(head(p), facts(p, lang, true, true))
}

fn union_words(u: &UnionSpec, lang: Lang) -> Vec<String> {
    let mut words = Vec::new();
    if let Some(k) = u.kind {
        let w = canonical(Word::UnionKind(k), lang);
        words.push(match u.start {
            Some(y) => format!("{w} {}", year(y)),
            None => w.to_owned(),
        });
    }
    for e in &u.events {
        let w = canonical(Word::UnionEvent(e.kind), lang);
        words.push(match e.date {
            Some(y) => format!("{w} {}", year(y)),
            None => w.to_owned(),
        });
    }
    words
}

/// Twins: what all of them share is written once, after the last.
fn group(g: &ChildGroup, lang: Lang) -> String {
    let n = g.members.len();
    let last = &g.members[n - 1];
    let same_birth = g.members.iter().all(|m| m.birth == last.birth && m.age == last.age);
    let same_link = g.members.iter().all(|m| m.link == last.link);
    let mut parts: Vec<String> = Vec::new();
    for (i, m) in g.members.iter().enumerate() {
        let is_last = i + 1 == n;
        let mut f = facts(m, lang, is_last || !same_birth, is_last || !same_link);
        if is_last {
            if let Some(k) = g.twin {
                f.words.push(canonical(Word::Twin(k), lang).to_owned());
            }
        }
        parts.push(join(head(m), f));
    }
    parts.join("+")
}

fn children(c: &[ChildGroup], lang: Lang) -> String {
    c.iter().map(|g| group(g, lang)).collect::<Vec<_>>().join(", ")
}

/// A statement as one line of text.
pub fn statement(s: &Statement, lang: Lang) -> String {
    match s {
        Statement::Family { parents, children: c } => {
            let mut out = match parents {
                Parents::Single(p) => person(p, lang),
                Parents::Couple { a, b, union } => {
                    let op = match union.op {
                        CoupleOp::Married => "x",
                        CoupleOp::Partners => "~",
                    };
                    let mut fb = facts(b, lang, true, true);
                    fb.words.extend(union_words(union, lang));
                    format!("{} {op} {}", person(a, lang), join(head(b), fb))
                }
            };
            if !c.is_empty() {
                out.push_str(": ");
                out.push_str(&children(c, lang));
            }
            out
        }
        Statement::ParentOf { parent, children: c } => format!("{} → {}", person(parent, lang), children(c, lang)),
        Statement::Relation { a, b, op, kind } => {
            let op = match op {
                RelationOp::Dashes => "--",
                RelationOp::Doubles => "==",
            };
            let mut out = format!("{} {op} {}", person(a, lang), person(b, lang));
            if let Some(k) = kind {
                out.push_str(": ");
                out.push_str(canonical(Word::Relation(*k), lang));
            }
            out
        }
        Statement::Household { label, members } => {
            let kw = canonical(Word::Household, lang);
            let members: Vec<String> = members.iter().map(|m| person(m, lang)).collect();
            if label.is_empty() {
                format!("{kw}: {}", members.join(", "))
            } else {
                format!("{kw} {label}: {}", members.join(", "))
            }
        }
    }
}
