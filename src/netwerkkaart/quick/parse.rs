//! The parser: text → [`Line`]s and [`Problem`]s. Every line is read on its own, so a
//! line that cannot be read never stops the others.
//!
//! A line is one of:
//! * `cliënt: Noah` or `huishouden: Gezin De Vries`: the centre;
//! * `familie: moeder Fatima (sterk, P G E), buren: Ans (verbinder)`: sector headers,
//!   each followed by actors separated by commas; the brackets hold the tie with the
//!   centre and what is known about the actor;
//! * `Fatima -- Peter: stressvol`: a tie between two actors;
//! * `Fatima (binnen)`: actors already on the map, without a sector.

use super::ast::{ActorSpec, Line, SectorGroup, SectorRef, Span, Statement};
use super::problem::{Problem, ProblemKind};
use super::words::{self, header, longest, normal_header, suggest_header, support_letters, Header, Word};
use crate::genogram::quick::lexer::{tokens, Tok, Token};
use crate::netwerkkaart::SupportSet;

/// What a text says: the lines that could be read and the problems of the others.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Parsed {
    /// The lines read, in order.
    pub lines: Vec<Line>,
    /// One problem per line that could not be read, in order.
    pub problems: Vec<Problem>,
}

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

struct Parser<'a> {
    src: &'a str,
    toks: &'a [Token],
    i: usize,
    line: usize,
    end: usize,
}

type R<T> = Result<T, Problem>;

/// A name with its inner whitespace collapsed to single spaces.
pub(crate) fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn starts_upper(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// Tokens that end the name of an actor.
fn ends_name(t: &Tok) -> bool {
    matches!(
        t,
        Tok::Open | Tok::Close | Tok::Comma | Tok::Colon | Tok::Dashes | Tok::Hash | Tok::Quoted(_) | Tok::Question
    )
}

impl Parser<'_> {
    fn peek(&self) -> Option<&Tok> {
        self.toks.get(self.i).map(|t| &t.tok)
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
            None => return self.fail(ProblemKind::MissingName, span),
            Some(Tok::Word(w)) | Some(Tok::Number(w)) => w.clone(),
            Some(Tok::Quoted(q)) => format!("\"{q}\""),
            Some(_) => self.src.get(span.start..span.end).unwrap_or("?").to_owned(),
        };
        self.fail(ProblemKind::UnexpectedSign { sign }, span)
    }

    /// The first token at bracket depth 0 from `from` on that `stop` picks.
    fn find_top(&self, from: usize, stop: impl Fn(&Tok) -> bool) -> Option<usize> {
        let mut depth = 0usize;
        for (k, t) in self.toks.iter().enumerate().skip(from) {
            match t.tok {
                Tok::Open => depth += 1,
                Tok::Close => depth = depth.saturating_sub(1),
                _ if depth == 0 && stop(&t.tok) => return Some(k),
                _ => {}
            }
        }
        None
    }

    /// Whether a header (words and a colon) starts at the cursor: a colon comes before
    /// the next comma.
    fn header_ahead(&self) -> bool {
        self.find_top(self.i, |t| matches!(t, Tok::Colon | Tok::Comma | Tok::Dashes))
            .is_some_and(|k| self.toks[k].tok == Tok::Colon)
    }

    fn line(&mut self) -> R<Option<Statement>> {
        match self.peek() {
            None | Some(Tok::Hash) => return Ok(None),
            _ => {}
        }
        let colon = self.find_top(0, |t| *t == Tok::Colon);
        let dashes = self.find_top(0, |t| *t == Tok::Dashes);
        let statement = match (colon, dashes) {
            (_, Some(d)) if colon.is_none_or(|c| d < c) => self.tie()?,
            (Some(c), _) if self.header_ahead() => match self.centre_header(c) {
                Some(kind) => {
                    self.i = c + 1;
                    self.centre(kind)
                }
                None => self.sectors()?,
            },
            _ => self.actors()?,
        };
        if self.peek().is_some() {
            return self.unexpected();
        }
        // Only commas: nothing is said.
        if statement == Statement::Actors(Vec::new()) {
            return Ok(None);
        }
        Ok(Some(statement))
    }

    /// The centre word before the colon at `colon`, if the header is one.
    fn centre_header(&self, colon: usize) -> Option<Header> {
        if colon == 0 || self.toks[..colon].iter().any(|t| !matches!(t.tok, Tok::Word(_))) {
            return None;
        }
        let raw = self.src.get(self.toks[0].start..self.toks[colon - 1].end)?;
        header(&normal_header(raw)).filter(|h| matches!(h, Header::Centre(_)))
    }

    fn centre(&mut self, kind: Header) -> Statement {
        let kind = match kind {
            Header::Centre(k) => k,
            Header::Sector(_) => None,
        };
        let name = match &self.toks[self.i..] {
            [] => String::new(),
            [Token { tok: Tok::Quoted(q), .. }] => collapse(q),
            rest => self.src.get(rest[0].start..rest[rest.len() - 1].end).map(collapse).unwrap_or_default(),
        };
        self.i = self.toks.len();
        Statement::Centre { kind, name }
    }

    fn sectors(&mut self) -> R<Statement> {
        let mut groups = Vec::new();
        while self.peek().is_some() {
            let (sector, number, span) = self.sector_header()?;
            let mut actors = Vec::new();
            loop {
                match self.peek() {
                    None => break,
                    Some(Tok::Comma) => {
                        self.i += 1;
                        continue;
                    }
                    _ if self.header_ahead() => break,
                    _ => {}
                }
                actors.push(self.actor(false)?);
                match self.peek() {
                    Some(Tok::Comma) => self.i += 1,
                    None => {}
                    _ => return self.unexpected(),
                }
            }
            groups.push(SectorGroup { sector, number, actors, span });
        }
        Ok(Statement::Sectors(groups))
    }

    /// A sector header up to and with its colon: a standard word, a name, or a
    /// "quoted" name; `#2` after it for the second sector of that name.
    fn sector_header(&mut self) -> R<(SectorRef, Option<u32>, Span)> {
        let start = self.i;
        let Some(colon) = self.find_top(start, |t| *t == Tok::Colon) else { return self.unexpected() };
        let mut last = colon;
        let mut number = None;
        if last >= start + 2 && self.toks[last - 2].tok == Tok::Hash {
            if let Tok::Number(n) = &self.toks[last - 1].tok {
                self.i = last - 1;
                number = Some(self.sequence_number(n.clone())?);
                last -= 2;
            }
        }
        if last == start {
            self.i = start;
            return self.fail(ProblemKind::MissingName, self.here());
        }
        let span = Span { start: self.toks[start].start, end: self.toks[last - 1].end };
        self.i = colon + 1;
        if let [Token { tok: Tok::Quoted(q), .. }] = &self.toks[start..last] {
            if q.trim().is_empty() {
                return self.fail(ProblemKind::MissingName, span);
            }
            return Ok((SectorRef::Named(collapse(q)), number, span));
        }
        if let Some(k) = (start..last).find(|&k| matches!(self.toks[k].tok, Tok::Open | Tok::Close | Tok::Quoted(_))) {
            self.i = k;
            return self.unexpected();
        }
        let raw = self.src.get(span.start..span.end).unwrap_or_default();
        let normal = normal_header(raw);
        match header(&normal) {
            Some(Header::Sector(kind)) => Ok((SectorRef::Standard(kind), number, span)),
            _ => match suggest_header(&normal) {
                Some(nearest) if !matches!(header(&normal), Some(Header::Centre(_))) => {
                    self.fail(ProblemKind::UnknownSector { name: collapse(raw), nearest: nearest.to_owned() }, span)
                }
                _ => Ok((SectorRef::Named(collapse(raw)), number, span)),
            },
        }
    }

    fn sequence_number(&mut self, n: String) -> R<u32> {
        let span = self.here();
        self.i += 1;
        match n.parse::<u32>() {
            Ok(v) if v > 0 => Ok(v),
            _ => self.fail(ProblemKind::BadNumber { number: n }, span),
        }
    }

    /// Actors without a sector: `Fatima (binnen), Ans (verbinder)`.
    fn actors(&mut self) -> R<Statement> {
        let mut actors = Vec::new();
        while self.peek().is_some() {
            if self.peek() == Some(&Tok::Comma) {
                self.i += 1;
                continue;
            }
            actors.push(self.actor(false)?);
            match self.peek() {
                Some(Tok::Comma) => self.i += 1,
                None => {}
                _ => return self.unexpected(),
            }
        }
        Ok(Statement::Actors(actors))
    }

    fn tie(&mut self) -> R<Statement> {
        let a = self.actor(true)?;
        if self.peek() != Some(&Tok::Dashes) {
            return self.unexpected();
        }
        self.i += 1;
        let b = self.actor(true)?;
        let mut spec = ActorSpec::named("");
        if self.peek() == Some(&Tok::Open) {
            self.brackets(&mut spec, true)?;
        }
        if self.peek() == Some(&Tok::Colon) {
            self.i += 1;
            while self.peek().is_some() {
                self.attribute(&mut spec, true, false)?;
            }
        }
        Ok(Statement::Tie { a, b, tie: spec.tie })
    }

    /// One actor: role words, a name (`?` or "quoted" too), `#n`, then brackets (not in
    /// a tie line, whose brackets are about the tie).
    fn actor(&mut self, in_tie: bool) -> R<ActorSpec> {
        let start = self.here().start;
        let first = self.i;
        while self.peek().is_some_and(|t| !ends_name(t)) {
            self.i += 1;
        }
        let mut spec = ActorSpec::named("");
        let words: Vec<&str> = self.toks[first..self.i]
            .iter()
            .map_while(|t| match &t.tok {
                Tok::Word(w) => Some(w.as_str()),
                _ => None,
            })
            .collect();
        match self.peek() {
            // Role words before a "quoted" name or `?`.
            Some(Tok::Quoted(_) | Tok::Question) => {
                if words.len() < self.i - first {
                    return self.unexpected();
                }
                if !words.is_empty() {
                    spec.role = Some(collapse(&words.join(" ")));
                }
                if let Some(Tok::Quoted(q)) = self.peek() {
                    spec.name = collapse(q);
                    if spec.name.is_empty() {
                        return self.fail(ProblemKind::MissingName, self.here());
                    }
                }
                self.i += 1;
            }
            _ if self.i == first => return self.fail(ProblemKind::MissingName, self.here()),
            _ => {
                let (role, name) = split_role(&words);
                let from = first + role;
                if role > 0 {
                    spec.role = Some(words[..role].join(" "));
                }
                if from < self.i {
                    spec.name = self
                        .src
                        .get(self.toks[from].start..self.toks[self.i - 1].end)
                        .map(collapse)
                        .unwrap_or_default();
                }
                if !name && from == self.i {
                    // Only a role ("huisarts"): the actor is known by it.
                } else if !name {
                    spec.name = self
                        .src
                        .get(self.toks[first].start..self.toks[self.i - 1].end)
                        .map(collapse)
                        .unwrap_or_default();
                    spec.role = None;
                }
            }
        }
        if self.peek() == Some(&Tok::Hash) {
            self.i += 1;
            let Some(Tok::Number(n)) = self.peek() else { return self.unexpected() };
            spec.number = Some(self.sequence_number(n.clone())?);
        }
        if !in_tie {
            while self.peek() == Some(&Tok::Open) {
                self.brackets(&mut spec, false)?;
            }
        }
        spec.span = Span { start, end: self.last_end().max(start) };
        if spec.indirect && !spec.tie.is_empty() {
            return self.fail(ProblemKind::IndirectWithTie, spec.span);
        }
        Ok(spec)
    }

    /// `( … )` after an actor, or after the second actor of a tie line.
    fn brackets(&mut self, spec: &mut ActorSpec, tie_only: bool) -> R<()> {
        let open = self.here();
        self.i += 1;
        loop {
            match self.peek() {
                None => return self.fail(ProblemKind::UnclosedBracket, open),
                Some(Tok::Close) => {
                    self.i += 1;
                    return Ok(());
                }
                _ => self.attribute(spec, tie_only, true)?,
            }
        }
    }

    /// One word (or phrase) in brackets or after a tie line's colon.
    fn attribute(&mut self, spec: &mut ActorSpec, tie_only: bool, in_brackets: bool) -> R<()> {
        let span = self.here();
        let w = match self.peek() {
            Some(Tok::Comma | Tok::Other('/') | Tok::Dot | Tok::Plus) => {
                self.i += 1;
                return Ok(());
            }
            Some(Tok::Quoted(q)) if !tie_only && in_brackets => {
                spec.role = Some(collapse(q)).filter(|r| !r.is_empty());
                self.i += 1;
                return Ok(());
            }
            Some(Tok::Word(w)) => w.clone(),
            _ => return self.unexpected(),
        };
        if let Some(types) = support_letters(&w) {
            let mut set = spec.tie.support.unwrap_or(SupportSet::EMPTY);
            types.into_iter().for_each(|t| set.insert(t));
            spec.tie.support = Some(set);
            self.i += 1;
            return Ok(());
        }
        let ahead: Vec<String> = self.toks[self.i..]
            .iter()
            .take(3)
            .map_while(|t| match &t.tok {
                Tok::Word(w) => Some(w.to_lowercase()),
                _ => None,
            })
            .collect();
        if let Some((n, word)) = longest(&ahead) {
            let phrase = ahead[..n].join(" ");
            let actor_word = !matches!(
                word,
                Word::Strength(_) | Word::Quality(_) | Word::Gives(_) | Word::Support(_) | Word::Frequency(_)
            );
            if tie_only && actor_word {
                return self.fail(ProblemKind::NotATieWord { word: phrase }, span);
            }
            self.i += n;
            let t = &mut spec.tie;
            match word {
                Word::Strength(k) => t.strength = Some(k),
                Word::Quality(k) => t.quality = Some(k),
                Word::Gives(f) => t.flow = Some(f),
                Word::Support(s) => {
                    let mut set = t.support.unwrap_or(SupportSet::EMPTY);
                    set.insert(s);
                    t.support = Some(set);
                }
                Word::Frequency(k) => t.frequency = Some(k),
                Word::Ring(k) => spec.ring = Some(k),
                Word::Formality(k) => spec.formality = Some(k),
                Word::Kind(k) => spec.kind = Some(k),
                Word::Verbinder => spec.verbinder = true,
                Word::Indirect => spec.indirect = true,
            }
            return Ok(());
        }
        if let Some(n) = (1..=ahead.len()).rev().find(|&n| words::is_role(&ahead[..n].join(" "))) {
            if tie_only {
                return self.fail(ProblemKind::NotATieWord { word: ahead[..n].join(" ") }, span);
            }
            let end = self.toks[self.i + n - 1].end;
            spec.role = self.src.get(span.start..end).map(collapse);
            self.i += n;
            return Ok(());
        }
        let nearest = words::suggest(&w, |k| {
            !tie_only
                || matches!(
                    k,
                    Word::Strength(_) | Word::Quality(_) | Word::Gives(_) | Word::Support(_) | Word::Frequency(_)
                )
        });
        self.fail(ProblemKind::UnknownWord { word: w, nearest }, span)
    }
}

/// Splits the words of an actor's name into role words and name words: the role is the
/// lower-case words before the first capitalised one (a particle such as "van" goes
/// with the name). Returns how many words are the role, and whether there is a name at
/// all: lower-case words alone are a role when they are a known role ("huisarts"),
/// else they are the name.
pub(crate) fn split_role(words: &[&str]) -> (usize, bool) {
    match words.iter().position(|w| starts_upper(w)) {
        Some(mut k) => {
            while k > 0 && words::is_particle(words[k - 1]) {
                k -= 1;
            }
            (k, true)
        }
        None if !words.is_empty() && words::is_role(&words.join(" ").to_lowercase()) => (words.len(), false),
        None => (0, true),
    }
}
