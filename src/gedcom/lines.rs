//! GEDCOM lines and the tree they make: `level [@xref@] TAG [value]`, each with its
//! line number, CONT and CONC folded into their parent's value.

use super::error::{GedcomError, Problem};

/// One GEDCOM structure: a line and the lines below it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Node {
    /// Line number in the file (from 1).
    pub line: usize,
    /// The cross-reference id of a record (`@I1@` → `I1`), if any.
    pub xref: Option<String>,
    /// The tag, upper-cased (`INDI`, `BIRT`, `_CUSTOM`).
    pub tag: String,
    /// The value after the tag, with CONT/CONC lines joined (CONT as a line break).
    pub value: String,
    /// The structures one level deeper.
    pub children: Vec<Node>,
}

impl Node {
    /// The first child with `tag`.
    pub fn child(&self, tag: &str) -> Option<&Node> {
        self.children.iter().find(|c| c.tag == tag)
    }

    /// The value of the first child with `tag`, trimmed ("" if absent).
    pub fn child_value(&self, tag: &str) -> &str {
        self.child(tag).map_or("", |c| c.value.trim())
    }

    /// The pointer in the value (`@I1@` → `I1`), if the value is one.
    pub fn pointer(&self) -> Option<&str> {
        pointer(self.value.trim())
    }
}

/// `@X1@` → `X1`.
pub fn pointer(value: &str) -> Option<&str> {
    value.strip_prefix('@')?.strip_suffix('@').filter(|p| !p.is_empty() && !p.contains('@'))
}

/// The deepest level Kring reads; GEDCOM itself stops at 99.
const MAX_LEVEL: usize = 99;

/// Reads the text into its level-0 records. The first record must be `HEAD`. A line
/// that is not a GEDCOM line, or that skips a level, is an error with its number.
pub fn parse(text: &str) -> Result<Vec<Node>, GedcomError> {
    let mut records: Vec<Node> = Vec::new();
    // The open structures, outermost first; its length is the level of the next child.
    let mut stack: Vec<Node> = Vec::new();
    let mut number = 0;
    let mut rest = text;
    while !rest.is_empty() {
        let end = rest.find(['\r', '\n']).unwrap_or(rest.len());
        let raw = &rest[..end];
        rest = &rest[end..];
        // CRLF is one line end; CR or LF alone also.
        rest = rest
            .strip_prefix("\r\n")
            .or_else(|| rest.strip_prefix('\r'))
            .or_else(|| rest.strip_prefix('\n'))
            .unwrap_or(rest);
        number += 1;
        let line = raw.trim_start_matches([' ', '\t', '\u{feff}']);
        if line.trim().is_empty() {
            continue;
        }
        let first = records.is_empty() && stack.is_empty();
        let split = split_line(line);
        if first && !split.as_ref().is_some_and(|(level, _, tag, _)| *level == 0 && tag == "HEAD") {
            return Err(GedcomError { line: number, problem: Problem::NoHeader });
        }
        let (level, xref, tag, value) = split.ok_or(GedcomError { line: number, problem: Problem::BadLine })?;
        if level > stack.len() || level > MAX_LEVEL {
            return Err(GedcomError { line: number, problem: Problem::LevelSkipped });
        }
        if tag == "CONT" || tag == "CONC" {
            if level == 0 {
                return Err(GedcomError { line: number, problem: Problem::BadLine });
            }
            close_to(&mut stack, &mut records, level);
            let Some(parent) = stack.last_mut() else {
                return Err(GedcomError { line: number, problem: Problem::BadLine });
            };
            if tag == "CONT" {
                parent.value.push('\n');
            }
            parent.value.push_str(&value);
            continue;
        }
        close_to(&mut stack, &mut records, level);
        stack.push(Node { line: number, xref, tag, value, children: Vec::new() });
    }
    close_to(&mut stack, &mut records, 0);
    if records.is_empty() {
        return Err(GedcomError { line: number.max(1), problem: Problem::NoHeader });
    }
    Ok(records)
}

/// Closes open structures until `depth` remain, attaching each to its parent.
fn close_to(stack: &mut Vec<Node>, records: &mut Vec<Node>, depth: usize) {
    while stack.len() > depth {
        let Some(node) = stack.pop() else { break };
        match stack.last_mut() {
            Some(parent) => parent.children.push(node),
            None => records.push(node),
        }
    }
}

/// Splits `level [@xref@] TAG [value]`.
fn split_line(line: &str) -> Option<(usize, Option<String>, String, String)> {
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 2 {
        return None;
    }
    let level: usize = line[..digits].parse().ok()?;
    let rest = line[digits..].strip_prefix([' ', '\t'])?.trim_start_matches([' ', '\t']);
    let (xref, rest) = if rest.starts_with('@') {
        let (word, rest) = rest.split_once([' ', '\t'])?;
        (Some(pointer(word)?.to_owned()), rest.trim_start_matches([' ', '\t']))
    } else {
        (None, rest)
    };
    let (tag, value) = match rest.split_once([' ', '\t']) {
        Some((tag, value)) => (tag, value),
        None => (rest, ""),
    };
    if tag.is_empty() || !tag.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
        return None;
    }
    // "@@" is an escaped "@" in a value; a pointer keeps its single @s.
    let value = if pointer(value.trim()).is_some() { value.to_owned() } else { value.replace("@@", "@") };
    Some((level, xref, tag.to_ascii_uppercase(), value))
}
