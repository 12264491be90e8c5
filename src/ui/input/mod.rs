//! Input: keys and pointer gestures, turned into plain data before anything happens.
//!
//! * [`intent`]: what a person asks for ([`intent::Intent`]), by key or by button;
//! * [`keymap`]: the one table of key bindings and the pure function from a key press
//!   in its context to an intent (also the help dialog's key list);
//! * [`dispatch`]: the one place that carries intents out, and the one window key
//!   listener that feeds it.
//!
//! The canvas's pointer gestures are a state machine of their own,
//! [`crate::ui::canvas::gesture`].

pub mod dispatch;
pub mod intent;
pub mod keymap;
