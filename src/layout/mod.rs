//! Genogram layout (see the layout issue).
