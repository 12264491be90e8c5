//! The parser: text → [`Line`]s and [`Problem`]s. Every line is read on its own, so a
//! line that cannot be read never stops the others.

use super::ast::{
    ChildGroup, CoupleOp, EventSpec, Line, NameSpec, Parents, PersonSpec, RelationOp, Span, Statement, UnionSpec,
    YearSpec,
};
use super::lexer::{tokens, Tok, Token};
use super::problem::{Problem, ProblemKind};
use super::words::{longest, lookup, suggest, Word};
use crate::genogram::model::{TwinKind, UnionEventKind, UnionKind};

/// What a text says: the lines that could be read and the problems of the others.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Parsed {
    /// The lines read, in order.
    pub lines: Vec<Line>,
    /// One problem per line that could not be read, in order.
    pub problems: Vec<Problem>,
}

/// The highest age quick entry takes (older is more likely a mistyped year).
pub const MAX_AGE: u32 = 130;

/// Reads a whole text.
pub fn parse(text: &str) -> Parsed {
    let mut parsed = Parsed::default();
    let mut offset = 0;
    for (n, raw) in text.split('\n').enumerate() {
        let toks = tokens(raw, offset);
        let end = offset + raw.len();
        offset = end + 1;
        let mut p = Parser { toks: &toks, i: 0, line: n + 1, end, src: text };
        match p.line() {
            Ok(Some(statement)) => parsed.lines.push(Line { number: n + 1, statement }),
            Ok(None) => {}
            Err(problem) => parsed.problems.push(problem),
        }
    }
    parsed
}

/// Couple words and years found beside a partner's name.
#[derive(Default)]
struct UnionBits {
    kind: Option<UnionKind>,
    start: Option<YearSpec>,
    events: Vec<EventSpec>,
    /// The first couple word and where it stands, for a message when there is no couple.
    word: Option<(String, Span)>,
}

struct Parser<'a> {
    src: &'a str,
    toks: &'a [Token],
    i: usize,
    line: usize,
    end: usize,
}

type R<T> = Result<T, Problem>;

fn lower(w: &str) -> String {
    w.to_lowercase()
}

/// Whether a word is the couple sign `x` (a gender marker elsewhere).
fn is_x(w: &str) -> bool {
    w == "x" || w == "X"
}

impl Parser<'_> {
    fn peek(&self) -> Option<&Tok> {
        self.toks.get(self.i).map(|t| &t.tok)
    }

    fn peek_at(&self, k: usize) -> Option<&Tok> {
        self.toks.get(self.i + k).map(|t| &t.tok)
    }

    fn here(&self) -> Span {
        self.toks.get(self.i).map_or(Span { start: self.end, end: self.end }, |t| Span { start: t.start, end: t.end })
    }

    fn last_end(&self) -> usize {
        self.i.checked_sub(1).and_then(|k| self.toks.get(k)).map_or(self.end, |t| t.end)
    }

    fn fail<T>(&self, kind: ProblemKind, span: Span) -> R<T> {
        Err(Problem { line: self.line, span, kind })
    }

    fn unexpected<T>(&self) -> R<T> {
        let span = self.here();
        let sign = match self.peek() {
            Some(Tok::Word(w)) => {
                let w = w.clone();
                let nearest = suggest(&w, |k| !matches!(k, Word::Household));
                return self.fail(ProblemKind::UnknownWord { word: w, nearest }, span);
            }
            Some(Tok::Number(n)) => n.clone(),
            Some(Tok::Quoted(q)) => format!("\"{q}\""),
            Some(Tok::Other(c)) => c.to_string(),
            Some(t) => sign_text(t).to_owned(),
            None => return self.fail(ProblemKind::MissingName, span),
        };
        self.fail(ProblemKind::UnexpectedSign { sign }, span)
    }

    /// The lower-case words from the cursor on, while they are words.
    fn words_ahead(&self) -> Vec<String> {
        self.toks[self.i..]
            .iter()
            .take(3)
            .map_while(|t| match &t.tok {
                Tok::Word(w) => Some(lower(w)),
                _ => None,
            })
            .collect()
    }

    fn line(&mut self) -> R<Option<Statement>> {
        match self.peek() {
            None | Some(Tok::Hash) => return Ok(None),
            Some(Tok::Word(w)) if lookup(&lower(w)) == Some(Word::Household) => return self.household().map(Some),
            _ => {}
        }
        let (a, bits_a, twin_a) = self.person(true)?;
        let statement = match self.peek() {
            Some(Tok::Dashes) | Some(Tok::Doubles) => {
                let op = if self.peek() == Some(&Tok::Dashes) { RelationOp::Dashes } else { RelationOp::Doubles };
                self.i += 1;
                let (b, _, _) = self.person(false)?;
                let kind = if self.peek() == Some(&Tok::Colon) {
                    self.i += 1;
                    self.relation_kind()?
                } else {
                    None
                };
                Statement::Relation { a, b, op, kind }
            }
            Some(Tok::Arrow) => {
                self.i += 1;
                let children = self.children()?;
                if children.is_empty() {
                    return self.fail(ProblemKind::MissingName, self.here());
                }
                Statement::ParentOf { parent: a, children }
            }
            Some(Tok::Tilde) | Some(Tok::Times) | Some(Tok::Word(_)) => {
                let op = if self.peek() == Some(&Tok::Tilde) { CoupleOp::Partners } else { CoupleOp::Married };
                self.i += 1;
                let (b, bits_b, twin_b) = self.person(true)?;
                if twin_a.is_some() || twin_b.is_some() {
                    return self.fail(ProblemKind::TwinAlone, b.span);
                }
                let mut events = bits_a.events;
                events.extend(bits_b.events);
                let union =
                    UnionSpec { op, kind: bits_b.kind.or(bits_a.kind), start: bits_b.start.or(bits_a.start), events };
                let children = self.after_colon()?;
                Statement::Family { parents: Parents::Couple { a, b, union }, children }
            }
            _ => {
                if twin_a.is_some() {
                    return self.fail(ProblemKind::TwinAlone, a.span);
                }
                if let Some((word, span)) = bits_a.word {
                    return self.fail(ProblemKind::UnionWordAlone { word }, span);
                }
                let children = self.after_colon()?;
                Statement::Family { parents: Parents::Single(a), children }
            }
        };
        if self.peek().is_some() {
            return self.unexpected();
        }
        Ok(Some(statement))
    }

    fn after_colon(&mut self) -> R<Vec<ChildGroup>> {
        if self.peek() == Some(&Tok::Colon) {
            self.i += 1;
            self.children()
        } else {
            Ok(Vec::new())
        }
    }

    fn household(&mut self) -> R<Statement> {
        self.i += 1;
        let label_start = self.here().start;
        while !matches!(self.peek(), None | Some(Tok::Colon)) {
            self.i += 1;
        }
        let label_end = self.last_end().max(label_start);
        let label = self.label_text(label_start, label_end);
        if self.peek().is_none() {
            return self.fail(ProblemKind::EmptyHousehold, self.here());
        }
        self.i += 1;
        let mut members = Vec::new();
        while self.peek().is_some() {
            let (p, bits, twin) = self.person(false)?;
            debug_assert!(bits.kind.is_none());
            if twin.is_some() {
                return self.fail(ProblemKind::TwinAlone, p.span);
            }
            members.push(p);
            match self.peek() {
                Some(Tok::Comma) => self.i += 1,
                None => {}
                _ => return self.unexpected(),
            }
        }
        if members.is_empty() {
            return self.fail(ProblemKind::EmptyHousehold, self.here());
        }
        Ok(Statement::Household { label, members })
    }

    /// The label between "huishouden" and the colon, as written.
    fn label_text(&self, start: usize, end: usize) -> String {
        self.src.get(start..end).map(collapse).unwrap_or_default()
    }

    fn relation_kind(&mut self) -> R<Option<crate::genogram::model::RelationKind>> {
        if self.peek().is_none() {
            return Ok(None);
        }
        let span = self.here();
        let words = self.words_ahead();
        match longest(&words) {
            Some((n, Word::Relation(k))) => {
                self.i += n;
                Ok(Some(k))
            }
            Some((n, _)) => {
                let word = words[..n].join(" ");
                self.fail(ProblemKind::NotARelationKind { word }, span)
            }
            None => match self.peek() {
                Some(Tok::Word(w)) => {
                    let word = w.clone();
                    let nearest = suggest(&word, |k| matches!(k, Word::Relation(_)));
                    self.fail(ProblemKind::UnknownWord { word, nearest }, span)
                }
                _ => self.unexpected(),
            },
        }
    }

    /// Children after a colon or arrow: groups separated by commas, twins joined by `+`.
    /// An empty list and a trailing comma are fine (the line is still being typed).
    fn children(&mut self) -> R<Vec<ChildGroup>> {
        let mut groups = Vec::new();
        while self.peek().is_some() {
            let mut members = Vec::new();
            let mut twin: Option<TwinKind> = None;
            let mut twin_span = None;
            loop {
                let (p, bits, t) = self.person(false)?;
                debug_assert!(bits.kind.is_none());
                if t.is_some() {
                    twin = t;
                    twin_span = Some(p.span);
                }
                members.push(p);
                if self.peek() == Some(&Tok::Plus) {
                    self.i += 1;
                } else {
                    break;
                }
            }
            if members.len() == 1 {
                if let Some(span) = twin_span {
                    return self.fail(ProblemKind::TwinAlone, span);
                }
            }
            groups.push(normalise_group(members, twin));
            match self.peek() {
                Some(Tok::Comma) => self.i += 1,
                None => {}
                _ => return self.unexpected(),
            }
        }
        Ok(groups)
    }

    fn number(&mut self) -> R<(u32, Span)> {
        let span = self.here();
        let Some(Tok::Number(n)) = self.peek() else { return self.unexpected() };
        let n = n.clone();
        self.i += 1;
        match n.parse::<u32>() {
            Ok(v) => Ok((v, span)),
            Err(_) => self.fail(ProblemKind::BadNumber { number: n }, span),
        }
    }

    fn year(&mut self, approximate: bool) -> R<YearSpec> {
        let (v, span) = self.number()?;
        if !(1000..=9999).contains(&v) {
            return self.fail(ProblemKind::BadNumber { number: v.to_string() }, span);
        }
        Ok(YearSpec { year: v as i32, approximate })
    }

    /// `ca.` (with or without the dot): whether the cursor is on it.
    fn circa_ahead(&self) -> bool {
        matches!(self.peek(), Some(Tok::Word(w)) if lookup(&lower(w)) == Some(Word::Circa))
    }

    fn skip_circa(&mut self) -> bool {
        if self.circa_ahead() {
            self.i += 1;
            if self.peek() == Some(&Tok::Dot) {
                self.i += 1;
            }
            true
        } else {
            false
        }
    }

    /// A year that may follow a word ("gescheiden 1998", "overleden ca. 2001").
    fn optional_year(&mut self) -> R<Option<YearSpec>> {
        let after_circa = self.circa_ahead()
            && match self.peek_at(1) {
                Some(Tok::Number(_)) => true,
                Some(Tok::Dot) => matches!(self.peek_at(2), Some(Tok::Number(_))),
                _ => false,
            };
        if after_circa || matches!(self.peek(), Some(Tok::Number(_))) {
            let approximate = self.skip_circa();
            return self.year(approximate).map(Some);
        }
        Ok(None)
    }

    /// Whether a person follows the token at the cursor (which is then the couple sign).
    fn partner_ahead(&self) -> bool {
        match self.peek_at(1) {
            Some(Tok::Word(w)) => !is_x(w),
            Some(Tok::Quoted(_) | Tok::Question) => true,
            _ => false,
        }
    }

    /// One person: role words, a name (`?` or "quoted" too), `#n`, then facts.
    fn person(&mut self, union_ok: bool) -> R<(PersonSpec, UnionBits, Option<TwinKind>)> {
        let start = self.here().start;
        let mut gender = None;
        while let Some(Tok::Word(w)) = self.peek() {
            match lookup(&lower(w)) {
                Some(Word::Role(g))
                    if matches!(self.peek_at(1), Some(Tok::Word(_) | Tok::Quoted(_) | Tok::Question)) =>
                {
                    gender = Some(g);
                    self.i += 1;
                }
                _ => break,
            }
        }
        let name = match self.peek() {
            Some(Tok::Quoted(q)) if !q.trim().is_empty() => {
                let name = collapse(q);
                self.i += 1;
                NameSpec::Named(name)
            }
            Some(Tok::Question) => {
                self.i += 1;
                NameSpec::Unnamed
            }
            Some(Tok::Word(w)) if is_name_word(w, true) => {
                let mut words = vec![w.clone()];
                self.i += 1;
                while let Some(Tok::Word(w)) = self.peek() {
                    if !is_name_word(w, false) {
                        break;
                    }
                    words.push(w.clone());
                    self.i += 1;
                }
                NameSpec::Named(words.join(" "))
            }
            _ => return self.fail(ProblemKind::MissingName, self.here()),
        };
        let mut p = PersonSpec::named("");
        p.name = name;
        p.gender = gender;
        if self.peek() == Some(&Tok::Hash) {
            self.i += 1;
            let (n, span) = self.number()?;
            if n == 0 {
                return self.fail(ProblemKind::BadNumber { number: n.to_string() }, span);
            }
            p.number = Some(n);
        }
        let mut bits = UnionBits::default();
        let mut twin = None;
        loop {
            match self.peek() {
                None
                | Some(Tok::Colon | Tok::Comma | Tok::Plus | Tok::Close | Tok::Dashes | Tok::Doubles | Tok::Arrow)
                | Some(Tok::Tilde | Tok::Times) => break,
                Some(Tok::Word(w)) if is_x(w) && self.partner_ahead() => break,
                Some(Tok::Open) => {
                    let open = self.here();
                    self.i += 1;
                    loop {
                        match self.peek() {
                            None => return self.fail(ProblemKind::UnclosedBracket, open),
                            Some(Tok::Close) => {
                                self.i += 1;
                                break;
                            }
                            Some(Tok::Comma) => self.i += 1,
                            _ => self.fact(&mut p, &mut bits, &mut twin, union_ok)?,
                        }
                    }
                }
                _ => self.fact(&mut p, &mut bits, &mut twin, union_ok)?,
            }
        }
        p.span = Span { start, end: self.last_end().max(start) };
        Ok((p, bits, twin))
    }

    /// One fact about a person at the cursor: a year, an age, a range, `ca.`, `†`, or a
    /// known word (with its year).
    fn fact(&mut self, p: &mut PersonSpec, bits: &mut UnionBits, twin: &mut Option<TwinKind>, union_ok: bool) -> R<()> {
        let span = self.here();
        let set_birth = |p: &mut PersonSpec, birth: Option<YearSpec>, age: Option<u32>, this: &Self| {
            if p.birth.is_some() || p.age.is_some() {
                return this.fail(ProblemKind::TwoBirths, span);
            }
            p.birth = birth;
            p.age = age;
            Ok(())
        };
        match self.peek() {
            Some(Tok::Number(n)) => {
                let digits = n.len();
                let (v, nspan) = self.number()?;
                if digits >= 4 && (1000..=9999).contains(&v) {
                    set_birth(p, Some(YearSpec { year: v as i32, approximate: false }), None, self)?;
                    // "1938-2015" or "1938–2015": born and died.
                    if matches!(self.peek(), Some(Tok::Dash)) && matches!(self.peek_at(1), Some(Tok::Number(_))) {
                        self.i += 1;
                        p.death = Some(Some(self.year(false)?));
                    }
                    Ok(())
                } else if digits <= 3 && v <= MAX_AGE {
                    set_birth(p, None, Some(v), self)
                } else {
                    self.fail(ProblemKind::BadNumber { number: v.to_string() }, nspan)
                }
            }
            Some(Tok::Dagger) => {
                self.i += 1;
                p.death = Some(self.optional_year()?);
                Ok(())
            }
            Some(Tok::Word(_)) if self.circa_ahead() => {
                self.skip_circa();
                let y = self.year(true)?;
                set_birth(p, Some(y), None, self)
            }
            Some(Tok::Word(w)) => {
                let w = w.clone();
                let words = self.words_ahead();
                let Some((n, word)) = longest(&words) else {
                    let nearest = suggest(&w, |k| !matches!(k, Word::Household | Word::Relation(_)));
                    return self.fail(ProblemKind::UnknownWord { word: w, nearest }, span);
                };
                let phrase = words[..n].join(" ");
                self.i += n;
                match word {
                    Word::Gender(g) | Word::Role(g) => p.gender = Some(g),
                    Word::Index => p.index = true,
                    Word::Deceased => p.death = Some(self.optional_year()?),
                    Word::Link(k) => p.link = Some(k),
                    Word::Twin(k) => *twin = Some(k),
                    Word::Kind(k) => p.kind = Some(k),
                    Word::UnionKind(_) | Word::UnionEvent(_) if union_ok => {
                        bits.word.get_or_insert((phrase, span));
                        return self.union_fact(word, bits);
                    }
                    Word::UnionKind(_) | Word::UnionEvent(_) => {
                        return self.fail(ProblemKind::UnionWordAlone { word: phrase }, span)
                    }
                    Word::Relation(_) => return self.fail(ProblemKind::RelationWordAlone { word: phrase }, span),
                    Word::Household | Word::Circa => {
                        return self.fail(ProblemKind::UnknownWord { word: w, nearest: None }, span)
                    }
                }
                Ok(())
            }
            _ => self.unexpected(),
        }
    }
}

impl Parser<'_> {
    fn union_fact(&mut self, word: Word, bits: &mut UnionBits) -> R<()> {
        match word {
            Word::UnionKind(k) => {
                bits.kind = Some(k);
                bits.start = self.optional_year()?.or(bits.start);
            }
            Word::UnionEvent(UnionEventKind::Start) => match self.optional_year()? {
                Some(y) => bits.start = Some(y),
                // A start without a date: the couple began, the year is not known.
                None => bits.events.push(EventSpec { kind: UnionEventKind::Start, date: None }),
            },
            Word::UnionEvent(k) => {
                let date = self.optional_year()?;
                bits.events.push(EventSpec { kind: k, date });
            }
            _ => {}
        }
        Ok(())
    }
}

/// Twins share what is written once after the last of them: the birth year (or age)
/// and how they belong to their parents.
pub(crate) fn normalise_group(mut members: Vec<PersonSpec>, twin: Option<TwinKind>) -> ChildGroup {
    if members.len() < 2 {
        return ChildGroup { members, twin: None };
    }
    let last = members[members.len() - 1].clone();
    let n = members.len() - 1;
    for m in &mut members[..n] {
        if m.birth.is_none() && m.age.is_none() {
            m.birth = last.birth;
            m.age = last.age;
        }
        if m.link.is_none() {
            m.link = last.link;
        }
    }
    ChildGroup { members, twin: Some(twin.unwrap_or_default()) }
}

/// Whether a word can be part of a name (`first`: the first word of the name). Known
/// words are names only when capitalised and not a short marker ("Roos", not "m").
pub(crate) fn is_name_word(w: &str, first: bool) -> bool {
    let known = lookup(&lower(w));
    let upper = w.chars().next().is_some_and(char::is_uppercase);
    match known {
        None => true,
        Some(Word::Gender(_)) | Some(Word::Circa) => upper && w.chars().count() > 2,
        Some(_) => upper && (first || w.chars().count() > 2) && lookup(&lower(w)) != Some(Word::Index),
    }
}

/// A name with its inner whitespace collapsed to single spaces.
fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn sign_text(t: &Tok) -> &'static str {
    match t {
        Tok::Colon => ":",
        Tok::Comma => ",",
        Tok::Plus => "+",
        Tok::Open => "(",
        Tok::Close => ")",
        Tok::Tilde => "~",
        Tok::Times => "×",
        Tok::Dashes => "--",
        Tok::Doubles => "==",
        Tok::Arrow => "→",
        Tok::Dagger => "†",
        Tok::Dash => "-",
        Tok::Dot => ".",
        Tok::Hash => "#",
        Tok::Question => "?",
        Tok::Other(_) => "?",
        Tok::Word(_) | Tok::Quoted(_) | Tok::Number(_) => "",
    }
}
