//! The quality report of a `.kring.json` document, for the `kring-check` command.
//!
//! Reads a document the way the app opens it, draws it the way the app exports it
//! (Dutch, names shown, legend on) and measures the genogram's layout: every defect a
//! count whose field name says what it counts. The report prints as one JSON line so
//! scripts can compare files and versions.

use serde::Serialize;

use crate::editor::drawing::{draw, DrawOptions, Drawing, Placement};
use crate::editor::Editor;
use crate::export::svg::to_svg;
use crate::format::{FormatError, KringDocument};
use crate::genogram::layout::quality::{count_crossings, count_overlaps};
use crate::genogram::layout::readability::readability;
use crate::genogram::layout::LayoutOptions;
use crate::genogram::model::{Genogram, PartialDate};
use crate::genogram::scene::label_quality::{label_overlaps, label_quality};
use crate::genogram::scene::quality_routes::{
    non_members_in_households, non_members_list, relation_line_symbol_crossings, relation_lines_crossing_bars,
};
use crate::i18n::Lang;

/// What `kring-check` prints for one document.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CheckReport {
    /// `genogram` or `netwerkkaart`.
    pub kind: String,
    /// Persons (genogram) or actors (netwerkkaart) drawn.
    pub persons: usize,
    /// Pairs of persons whose symbol or name boxes overlap.
    pub overlapping_persons: usize,
    /// Proper crossings among union lines, stems, child bars and child lines.
    pub line_crossings: usize,
    /// Sibships with someone between their first and last child who is neither one of
    /// the children nor a partner who married one of them.
    pub interleaved_sibships: usize,
    /// Pairs of child bars overlapping horizontally less than a third of the row
    /// spacing apart.
    pub shared_child_bars: usize,
    /// Child lines crossing another couple's child bar.
    pub drop_lines_crossing_bars: usize,
    /// Pairs of texts (names, years, union texts, …) whose boxes overlap, measured from
    /// the drawn text with the fonts' glyph widths.
    pub label_label_overlaps: usize,
    /// Texts overlapping a symbol they do not belong to.
    pub label_symbol_overlaps: usize,
    /// Texts that a line runs through.
    pub label_line_overlaps: usize,
    /// Persons drawn inside the outline of a household they do not live in.
    pub non_members_in_households: usize,
    /// Places where an emotional relation line runs over a symbol or text it does not
    /// connect.
    pub relation_line_crossings: usize,
    /// Places where an emotional relation line crosses the child bar of a family that
    /// neither of its persons belongs to.
    pub relation_lines_crossing_bars: usize,
    /// Width : height of the layout.
    pub aspect_ratio: f64,
    /// Width of the layout (layout units).
    pub width: f64,
    /// Height of the layout (layout units).
    pub height: f64,
}

impl CheckReport {
    /// The report as one line of JSON.
    pub fn to_json_line(&self) -> String {
        serde_json::to_string(self).expect("a report of numbers and a word serialises")
    }
}

/// A document's drawing as the export dialog makes it (Dutch, names, legend), with
/// `today` as the date for ages.
pub fn drawing(doc: KringDocument, today: PartialDate) -> Drawing {
    let editor =
        Editor::open(doc).unwrap_or_else(|d| panic!("every kind this version reads opens: {}", d.content.kind()));
    draw(&editor, &DrawOptions { date_text: today.label(Lang::Nl), ..DrawOptions::new(Lang::Nl, today) })
}

/// Measure a drawing of `genogram` (none for a netwerkkaart).
pub fn report(drawing: &Drawing, kind: &str, genogram: Option<&Genogram>) -> CheckReport {
    match (&drawing.placement, genogram) {
        (Placement::Genogram(l), Some(g)) => {
            let o = LayoutOptions::default();
            let r = readability(l, &o);
            let labels = label_quality(&drawing.scene);
            CheckReport {
                kind: kind.to_owned(),
                persons: l.persons.len(),
                overlapping_persons: count_overlaps(l, &o),
                line_crossings: count_crossings(l),
                interleaved_sibships: r.interleaved_sibships,
                shared_child_bars: r.shared_child_bars,
                drop_lines_crossing_bars: r.drop_lines_crossing_bars,
                label_label_overlaps: labels.label_label_overlaps,
                label_symbol_overlaps: labels.label_symbol_overlaps,
                label_line_overlaps: labels.label_line_overlaps,
                non_members_in_households: non_members_in_households(g, l, &drawing.scene),
                relation_line_crossings: relation_line_symbol_crossings(g, l, &drawing.scene),
                relation_lines_crossing_bars: relation_lines_crossing_bars(g, l, &drawing.scene),
                aspect_ratio: round3(r.aspect_ratio),
                width: round3(l.bounds.width()),
                height: round3(l.bounds.height()),
            }
        }
        // A genogram without its model cannot happen through check_json; count nothing.
        (placement, _) => CheckReport {
            kind: kind.to_owned(),
            persons: match placement {
                Placement::Netwerkkaart(m) => m.actors.len(),
                Placement::Genogram(l) => l.persons.len(),
            },
            label_label_overlaps: 0,
            label_symbol_overlaps: 0,
            label_line_overlaps: 0,
            non_members_in_households: 0,
            relation_line_crossings: 0,
            relation_lines_crossing_bars: 0,
            overlapping_persons: 0,
            line_crossings: 0,
            interleaved_sibships: 0,
            shared_child_bars: 0,
            drop_lines_crossing_bars: 0,
            aspect_ratio: 1.0,
            width: 0.0,
            height: 0.0,
        },
    }
}

fn round3(v: f64) -> f64 {
    (v * 1000.0).round() / 1000.0
}

/// Read a document from its JSON text, draw it, and return the report and the SVG the
/// export would write.
pub fn check_json(input: &str, today: PartialDate) -> Result<(CheckReport, String), FormatError> {
    let (report, svg, _) = check_json_explained(input, today)?;
    Ok((report, svg))
}

/// [`check_json`], plus one line per label overlap and per non-member inside a household
/// outline, naming the scene items involved (for `kring-check --explain`).
pub fn check_json_explained(
    input: &str,
    today: PartialDate,
) -> Result<(CheckReport, String, Vec<String>), FormatError> {
    let doc = KringDocument::from_json(input)?;
    let kind = doc.content.kind().to_owned();
    let genogram = doc.genogram().cloned();
    let d = drawing(doc, today);
    let mut why: Vec<String> = Vec::new();
    if let (Placement::Genogram(l), Some(g)) = (&d.placement, genogram.as_ref()) {
        why.extend(label_overlaps(&d.scene).into_iter().map(|(a, b, k)| format!("label/{k}: {a} over {b}")));
        why.extend(
            non_members_list(g, l, &d.scene).into_iter().map(|(h, p)| format!("non-member: person:{} in {h}", p.get())),
        );
    }
    Ok((report(&d, &kind, genogram.as_ref()), to_svg(&d.scene), why))
}

#[cfg(test)]
mod tests {
    use super::*;

    const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");

    fn check_file(name: &str) -> (CheckReport, String) {
        let text = std::fs::read_to_string(format!("{FIXTURES}/{name}")).expect("fixture");
        let out = check_json(&text, PartialDate::from_unix_ms(1_764_633_600_000)).expect("a valid document");
        // KRING_CHECK_SVG_DIR=dir writes the drawings, to look at them.
        if let Ok(dir) = std::env::var("KRING_CHECK_SVG_DIR") {
            std::fs::write(format!("{dir}/{}.svg", name.trim_end_matches(".kring.json")), &out.1).expect("writable");
        }
        out
    }

    #[test]
    fn both_families_fixture_reads_as_two_families() {
        let (r, svg) = check_file("both_families.kring.json");
        assert_eq!(r.kind, "genogram");
        assert_eq!(r.persons, 12);
        assert_eq!(r.interleaved_sibships, 0, "{r:?}");
        assert_eq!(r.shared_child_bars, 0, "{r:?}");
        assert_eq!(r.drop_lines_crossing_bars, 0, "{r:?}");
        assert_eq!(r.overlapping_persons, 0, "{r:?}");
        assert_eq!(r.line_crossings, 0, "{r:?}");
        assert!(r.aspect_ratio > 1.0 && r.aspect_ratio < 4.0, "{r:?}");
        assert!(svg.starts_with("<svg") || svg.starts_with("<?xml"), "an SVG file");
        assert!(svg.contains("Kees") && svg.contains("Els"), "names drawn");
        // One line of JSON naming every count.
        let line = r.to_json_line();
        assert!(!line.contains('\n'));
        let v: serde_json::Value = serde_json::from_str(&line).unwrap();
        for field in [
            "interleaved_sibships",
            "shared_child_bars",
            "drop_lines_crossing_bars",
            "label_label_overlaps",
            "label_symbol_overlaps",
            "label_line_overlaps",
            "non_members_in_households",
            "relation_line_crossings",
            "relation_lines_crossing_bars",
            "aspect_ratio",
        ] {
            assert!(v.get(field).is_some(), "{field} in {line}");
        }
    }

    #[test]
    fn large_family_fixture_keeps_sibships_together() {
        let (r, _) = check_file("large_family.kring.json");
        assert_eq!(r.persons, 27);
        assert_eq!(r.interleaved_sibships, 0, "{r:?}");
        assert_eq!(r.shared_child_bars, 0, "{r:?}");
    }

    #[test]
    fn a_broken_file_is_an_error_not_a_report() {
        assert!(check_json("{\"format\": \"kring\"}", PartialDate::from_unix_ms(0)).is_err());
    }
}
