//! The genogram's side-panel forms: the selected person, their ties (unions, parent
//! line, emotional relations) and their households.

pub mod chronology_panel;
pub mod fold_panel;
pub mod household_panel;
pub mod line_panel;
pub mod pattern_panel;
pub mod person_panel;
pub mod quick_entry;
pub mod settings_panel;
pub mod ties_panel;
pub mod year_panel;
