//! Splits one line of quick entry into tokens with their byte positions.

/// A token of quick entry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Tok {
    /// Letters (with inner hyphens and apostrophes): a name or a known word.
    Word(String),
    /// A name in quotes, taken as it is.
    Quoted(String),
    /// Digits.
    Number(String),
    /// `:`
    Colon,
    /// `,` or `;`
    Comma,
    /// `+` between twins.
    Plus,
    /// `(`
    Open,
    /// `)`
    Close,
    /// `~` between partners.
    Tilde,
    /// `×` between partners (the word `x` is a [`Tok::Word`]).
    Times,
    /// `--` (or `—`) between persons in a relation.
    Dashes,
    /// `==` between persons in a relation.
    Doubles,
    /// `->` or `→`: parent of.
    Arrow,
    /// `†` or `✝`: deceased.
    Dagger,
    /// A single `-` (or `–`) between years.
    Dash,
    /// `.` after "ca".
    Dot,
    /// `#` before a namesake number.
    Hash,
    /// `?`: an unknown name.
    Question,
    /// Anything else.
    Other(char),
}

/// A token and where it stands in the whole text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Token {
    pub tok: Tok,
    pub start: usize,
    pub end: usize,
}

fn is_word_char(c: char) -> bool {
    c.is_alphabetic() || c == '\'' || c == '’'
}

/// The tokens of `line`, which starts at byte `offset` of the whole text.
pub(crate) fn tokens(line: &str, offset: usize) -> Vec<Token> {
    let chars: Vec<(usize, char)> = line.char_indices().collect();
    let at = |i: usize| chars.get(i).map(|(_, c)| *c);
    let pos = |i: usize| chars.get(i).map_or(line.len(), |(b, _)| *b) + offset;
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(c) = at(i) {
        let start = i;
        let tok = if c.is_whitespace() {
            i += 1;
            continue;
        } else if is_word_char(c) {
            // Inner hyphens join words ("twee-eiig", "Anne-Marie"); a hyphen before a
            // non-letter is a sign of its own.
            while at(i).is_some_and(|c| is_word_char(c) || (c == '-' && at(i + 1).is_some_and(char::is_alphabetic))) {
                i += 1;
            }
            Tok::Word(chars[start..i].iter().map(|(_, c)| c).collect())
        } else if c.is_ascii_digit() {
            while at(i).is_some_and(|c| c.is_ascii_digit()) {
                i += 1;
            }
            Tok::Number(chars[start..i].iter().map(|(_, c)| c).collect())
        } else if c == '"' || c == '“' {
            // `"…"` (a doubled `""` inside is one quote) or `“…”`.
            let close = if c == '"' { '"' } else { '”' };
            i += 1;
            let mut text = String::new();
            while let Some(c) = at(i) {
                if c == close && !(close == '"' && at(i + 1) == Some('"')) {
                    break;
                }
                text.push(c);
                i += if c == close { 2 } else { 1 };
            }
            i = (i + 1).min(chars.len());
            Tok::Quoted(text)
        } else {
            i += 1;
            let two = |next: char, i: &mut usize, tok: Tok, single: Tok| {
                if at(*i) == Some(next) {
                    *i += 1;
                    tok
                } else {
                    single
                }
            };
            match c {
                ':' => Tok::Colon,
                ',' | ';' => Tok::Comma,
                '+' => Tok::Plus,
                '(' => Tok::Open,
                ')' => Tok::Close,
                '~' => Tok::Tilde,
                '×' => Tok::Times,
                '—' => Tok::Dashes,
                '→' => Tok::Arrow,
                '†' | '✝' => Tok::Dagger,
                '–' => Tok::Dash,
                '.' => Tok::Dot,
                '#' => Tok::Hash,
                '?' => Tok::Question,
                '-' => match at(i) {
                    Some('-') => {
                        i += 1;
                        Tok::Dashes
                    }
                    Some('>') => {
                        i += 1;
                        Tok::Arrow
                    }
                    _ => Tok::Dash,
                },
                '=' => two('=', &mut i, Tok::Doubles, Tok::Other('=')),
                other => Tok::Other(other),
            }
        };
        out.push(Token { tok, start: pos(start), end: pos(i) });
    }
    out
}
