//! Quick entry on the open document: the text typed so far, applied as one undo step
//! that each later version of the text replaces, so the drawing follows the text as it
//! is typed and one undo takes the whole typing session back. A genogram reads the
//! family notation ([`crate::genogram::quick`]), a netwerkkaart the network notation
//! ([`crate::netwerkkaart::quick`]).

use super::{EditCommand, Editor};
use crate::genogram::quick as genogram_quick;
use crate::i18n::Lang;
use crate::kernel::sort::SortExt;
use crate::netwerkkaart::quick as netwerkkaart_quick;
use genogram_quick::Span;

/// A line that could not be read or applied, in either notation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum QuickProblem {
    /// A line of a family.
    Genogram(genogram_quick::Problem),
    /// A line of a network.
    Netwerkkaart(netwerkkaart_quick::Problem),
}

impl QuickProblem {
    /// The line number, from 1.
    pub fn line(&self) -> usize {
        match self {
            QuickProblem::Genogram(p) => p.line,
            QuickProblem::Netwerkkaart(p) => p.line,
        }
    }

    /// The part of the text to mark.
    pub fn span(&self) -> Span {
        match self {
            QuickProblem::Genogram(p) => p.span,
            QuickProblem::Netwerkkaart(p) => p.span,
        }
    }

    /// The column (from 1, in characters) where the marked part starts.
    pub fn column(&self, text: &str) -> usize {
        match self {
            QuickProblem::Genogram(p) => p.column(text),
            QuickProblem::Netwerkkaart(p) => p.column(text),
        }
    }

    /// What is wrong, in words.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            QuickProblem::Genogram(p) => p.message(lang),
            QuickProblem::Netwerkkaart(p) => p.message(lang),
        }
    }

    /// What to write instead.
    pub fn suggestion(&self, lang: Lang) -> String {
        match self {
            QuickProblem::Genogram(p) => p.suggestion(lang),
            QuickProblem::Netwerkkaart(p) => p.suggestion(lang),
        }
    }
}

/// The text cut into pieces to draw under the text area: `(piece, marked)`, with the
/// parts the problems point at marked. An empty part (a name missing at the end of a
/// line) marks its whole line, so every problem shows; overlapping parts are merged.
pub fn marked_pieces(text: &str, spans: &[Span]) -> Vec<(String, bool)> {
    let mut ranges: Vec<(usize, usize)> = spans
        .iter()
        .map(|s| {
            let start = s.start.min(text.len());
            let end = s.end.clamp(start, text.len());
            if start < end {
                (start, end)
            } else {
                let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
                let line_end = text[start..].find('\n').map_or(text.len(), |i| start + i);
                (line_start, line_end)
            }
        })
        .filter(|(s, e)| s < e && text.is_char_boundary(*s) && text.is_char_boundary(*e))
        .collect();
    ranges.sort_unstable();
    let mut pieces: Vec<(String, bool)> = Vec::new();
    let mut at = 0;
    for (start, end) in ranges {
        let start = start.max(at);
        if start >= end {
            continue;
        }
        match pieces.last_mut() {
            Some((last, true)) if at == start => last.push_str(&text[start..end]),
            _ => {
                if at < start {
                    pieces.push((text[at..start].to_owned(), false));
                }
                pieces.push((text[start..end].to_owned(), true));
            }
        }
        at = end;
    }
    if at < text.len() {
        pieces.push((text[at..].to_owned(), false));
    }
    pieces
}

/// The state of a quick-entry panel: which undo step is its own.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct QuickEntry {
    /// The editor's revision right after this panel's last step; while it still is,
    /// that step is on top of the undo stack and the next text replaces it.
    own_step: Option<u64>,
}

impl QuickEntry {
    /// A panel that has applied nothing yet.
    pub fn new() -> Self {
        QuickEntry::default()
    }

    /// Applies `text` to the open genogram or netwerkkaart: replaces this panel's last
    /// step when it is still the latest edit (the user only typed since), otherwise
    /// plans on top of what is there now. Returns the problems of the lines that could
    /// not be read or applied, in line order; the other lines are applied.
    pub fn update(&mut self, editor: &mut Editor, text: &str, this_year: i32, now_ms: i64) -> Vec<QuickProblem> {
        if self.own_step == Some(editor.revision()) {
            editor.undo(now_ms);
        }
        self.own_step = None;
        let (command, mut problems): (Option<EditCommand>, Vec<QuickProblem>) = if let Some(g) = editor.genogram() {
            let parsed = genogram_quick::parse(text);
            let planned = genogram_quick::plan(g, &parsed, this_year);
            let problems = parsed.problems.into_iter().chain(planned.problems).map(QuickProblem::Genogram);
            (planned.command.map(EditCommand::from), problems.collect())
        } else if let Some(m) = editor.netwerkkaart() {
            let parsed = netwerkkaart_quick::parse(text);
            let planned = netwerkkaart_quick::plan(m, &parsed);
            let problems = parsed.problems.into_iter().chain(planned.problems).map(QuickProblem::Netwerkkaart);
            (planned.command.map(EditCommand::from), problems.collect())
        } else {
            (None, Vec::new())
        };
        problems.sort_stable_by_key(|p| (p.line(), p.span().start));
        if let Some(cmd) = command {
            // The plan was made and checked on a copy of this drawing, so it applies.
            if editor.apply(cmd, now_ms).is_ok() {
                self.own_step = Some(editor.revision());
            }
        }
        problems
    }

    /// Ends the typing session: the next text is applied as a new step.
    pub fn finish(&mut self) {
        self.own_step = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    #[test]
    fn pieces_mark_the_spans_and_give_back_the_whole_text() {
        let text = "familie: Ans (strek)\nburen:";
        let pieces = marked_pieces(text, &[span(14, 19)]);
        assert_eq!(pieces, vec![("familie: Ans (".into(), false), ("strek".into(), true), (")\nburen:".into(), false)]);
        // An empty span marks its line; overlapping spans are merged; out of range is cut.
        let pieces = marked_pieces(text, &[span(27, 27), span(0, 7), span(3, 12), span(90, 99)]);
        let marked: Vec<_> = pieces.iter().filter(|(_, m)| *m).map(|(s, _)| s.as_str()).collect();
        assert_eq!(marked, vec!["familie: Ans", "buren:"]);
        for spans in [vec![], vec![span(5, 2)], vec![span(0, 99)]] {
            let joined: String = marked_pieces(text, &spans).into_iter().map(|(s, _)| s).collect();
            assert_eq!(joined, text);
        }
        // Not on a character boundary: left unmarked rather than cut in two.
        assert!(marked_pieces("Zoë x", &[span(3, 4)]).iter().all(|(_, m)| !m));
    }
}
