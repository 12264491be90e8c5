//! Undo and redo: a history of edits for any document whose edits are invertible
//! commands (a genogram or a netwerkkaart).

use std::collections::VecDeque;

/// A document that changes only through commands, each of which returns its inverse.
pub trait Document {
    /// One edit.
    type Command: Clone;
    /// Why an edit was refused.
    type Error;

    /// Applies an edit and returns the command that undoes it; a refused edit must
    /// leave the document unchanged.
    fn apply(&mut self, cmd: Self::Command) -> Result<Self::Command, Self::Error>;
}

/// One undo step: the commands to apply, in order.
#[derive(Clone, Debug)]
struct Step<C> {
    commands: Vec<C>,
}

/// The document together with its undo and redo stacks.
///
/// * Each [`History::apply`] outside a transaction is one undo step; a new edit clears
///   the redo stack.
/// * [`History::begin`] … [`History::commit`] groups everything applied in between into
///   one step (a drag, "add child with partner"); [`History::abort`] rolls it back.
///   Transactions nest: an inner commit joins the outer one, an inner abort rolls back
///   only the inner part.
/// * The number of undo steps is capped (default [`History::DEFAULT_LIMIT`]); the
///   oldest steps are forgotten first.
#[derive(Clone, Debug)]
pub struct History<D: Document> {
    doc: D,
    undo: VecDeque<Step<D::Command>>,
    redo: Vec<Step<D::Command>>,
    limit: usize,
    /// Inverses applied in the open transaction, in application order.
    pending: Vec<D::Command>,
    /// Length of `pending` at each open `begin`.
    marks: Vec<usize>,
}

impl<D: Document> History<D> {
    /// The default maximum number of undo steps.
    pub const DEFAULT_LIMIT: usize = 200;

    /// A history for this document, with nothing to undo.
    pub fn new(doc: D) -> Self {
        Self::with_limit(doc, Self::DEFAULT_LIMIT)
    }

    /// A history keeping at most `limit` undo steps (at least one).
    pub fn with_limit(doc: D, limit: usize) -> Self {
        History {
            doc,
            undo: VecDeque::new(),
            redo: Vec::new(),
            limit: limit.max(1),
            pending: Vec::new(),
            marks: Vec::new(),
        }
    }

    /// The current document.
    pub fn document(&self) -> &D {
        &self.doc
    }

    /// Gives up the history and returns the document.
    pub fn into_document(self) -> D {
        self.doc
    }

    /// Replaces the document (e.g. after opening a file) and forgets all history.
    pub fn reset(&mut self, doc: D) {
        self.doc = doc;
        self.undo.clear();
        self.redo.clear();
        self.pending.clear();
        self.marks.clear();
    }

    /// The maximum number of undo steps.
    pub fn limit(&self) -> usize {
        self.limit
    }

    /// Changes the maximum number of undo steps, forgetting the oldest if needed.
    pub fn set_limit(&mut self, limit: usize) {
        self.limit = limit.max(1);
        while self.undo.len() > self.limit {
            self.undo.pop_front();
        }
    }

    /// Whether there is a step to undo (never during a transaction).
    pub fn can_undo(&self) -> bool {
        !self.in_transaction() && !self.undo.is_empty()
    }

    /// Whether there is a step to redo (never during a transaction).
    pub fn can_redo(&self) -> bool {
        !self.in_transaction() && !self.redo.is_empty()
    }

    /// Number of undo steps.
    pub fn undo_len(&self) -> usize {
        self.undo.len()
    }

    /// Number of redo steps.
    pub fn redo_len(&self) -> usize {
        self.redo.len()
    }

    /// Whether a transaction is open.
    pub fn in_transaction(&self) -> bool {
        !self.marks.is_empty()
    }

    /// Applies an edit. Outside a transaction it becomes one undo step; inside, it joins
    /// the transaction. A refused edit changes nothing, not even the redo stack.
    pub fn apply(&mut self, cmd: D::Command) -> Result<(), D::Error> {
        let inverse = self.doc.apply(cmd)?;
        if self.in_transaction() {
            self.pending.push(inverse);
        } else {
            self.push_step(vec![inverse]);
        }
        Ok(())
    }

    fn push_step(&mut self, commands: Vec<D::Command>) {
        self.redo.clear();
        self.undo.push_back(Step { commands });
        while self.undo.len() > self.limit {
            self.undo.pop_front();
        }
    }

    /// Opens a transaction: edits until the matching [`History::commit`] form one step.
    pub fn begin(&mut self) {
        self.marks.push(self.pending.len());
    }

    /// Closes the innermost transaction. Closing the outermost one records its edits
    /// as one undo step (nothing is recorded when nothing was applied). Without an open
    /// transaction this does nothing.
    pub fn commit(&mut self) {
        if self.marks.pop().is_some() && self.marks.is_empty() && !self.pending.is_empty() {
            let commands = std::mem::take(&mut self.pending);
            self.push_step(commands);
        }
    }

    /// Rolls back the edits of the innermost transaction and closes it. Without an open
    /// transaction this does nothing.
    pub fn abort(&mut self) {
        let Some(mark) = self.marks.pop() else { return };
        while self.pending.len() > mark {
            if let Some(inv) = self.pending.pop() {
                let undone = self.doc.apply(inv);
                debug_assert!(undone.is_ok(), "inverse commands always apply");
            }
        }
    }

    /// Undoes the last step. Returns `Ok(false)` when there is nothing to undo or a
    /// transaction is open. If the document refuses (which should not happen for
    /// inverses), the step is rolled forward again and the error returned.
    pub fn undo(&mut self) -> Result<bool, D::Error> {
        if self.in_transaction() {
            return Ok(false);
        }
        let Some(step) = self.undo.pop_back() else { return Ok(false) };
        match self.run_reversed(&step.commands) {
            Ok(forward) => {
                self.redo.push(Step { commands: forward });
                Ok(true)
            }
            Err(e) => {
                self.undo.push_back(step);
                Err(e)
            }
        }
    }

    /// Redoes the last undone step. Returns `Ok(false)` when there is nothing to redo or
    /// a transaction is open.
    pub fn redo(&mut self) -> Result<bool, D::Error> {
        if self.in_transaction() {
            return Ok(false);
        }
        let Some(step) = self.redo.pop() else { return Ok(false) };
        match self.run_reversed(&step.commands) {
            Ok(inverse) => {
                self.undo.push_back(Step { commands: inverse });
                while self.undo.len() > self.limit {
                    self.undo.pop_front();
                }
                Ok(true)
            }
            Err(e) => {
                self.redo.push(step);
                Err(e)
            }
        }
    }

    /// Applies `commands` last to first and returns their inverses in application order,
    /// so that applying the result last to first restores the state again. On refusal
    /// rolls back and returns the error.
    fn run_reversed(&mut self, commands: &[D::Command]) -> Result<Vec<D::Command>, D::Error> {
        let mut done: Vec<D::Command> = Vec::with_capacity(commands.len());
        for cmd in commands.iter().rev() {
            match self.doc.apply(cmd.clone()) {
                Ok(inv) => done.push(inv),
                Err(e) => {
                    for inv in done.into_iter().rev() {
                        let _ = self.doc.apply(inv);
                    }
                    return Err(e);
                }
            }
        }
        Ok(done)
    }
}
