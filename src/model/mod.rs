//! The genogram model (see the model issue).
