//! What leaves the browser when the user exports the open document: the SVG file (also
//! the source of the PNG and of what is printed), the file names, and the anonymous
//! copy. The export dialog only hands these to the browser, so every path an
//! anonymised drawing can take is tested here, natively.

use super::drawing::{draw, DrawOptions};
use super::Editor;
use crate::export::svg::{file_name, to_svg};
use crate::format::{DocumentContent, KringDocument};
use crate::i18n::Lang;
use crate::kernel::anonymise::{DateMode, ANONYMOUS_MARK};
use crate::kernel::Anonymise;

/// An exported drawing: the SVG text and the name its files get.
#[derive(Clone, Debug, PartialEq)]
pub struct ExportedDrawing {
    /// The standalone SVG file.
    pub svg: String,
    /// The file name without extension: the document's title, or for an anonymised
    /// drawing `genogram-anoniem` / `netwerkkaart-anoniem` (a title is free text and
    /// usually names the cliënt).
    pub stem: String,
}

impl ExportedDrawing {
    /// The SVG file's name.
    pub fn svg_name(&self) -> String {
        file_name(&self.stem)
    }

    /// The PNG file's name.
    pub fn png_name(&self) -> String {
        let svg = self.svg_name();
        format!("{}.png", svg.trim_end_matches(".svg"))
    }

    /// The markup put into the page to print: the `<svg>` element without the XML
    /// declaration (all user text in it is escaped by the exporter).
    pub fn print_markup(&self) -> &str {
        let start = self.svg.find("<svg").unwrap_or(0);
        &self.svg[start..]
    }
}

/// The file name stem of an export of `editor` under `anonymise`.
pub fn file_stem(editor: &Editor, anonymise: Anonymise) -> String {
    match anonymise {
        Anonymise::Off => editor.title.clone(),
        _ => format!("{}-{ANONYMOUS_MARK}", editor.content().kind()),
    }
}

/// The drawing of `editor` as exported with `options` (the same scene as the canvas).
pub fn export_drawing(editor: &Editor, options: &DrawOptions) -> ExportedDrawing {
    let drawing = draw(editor, options);
    let mut stem = file_stem(editor, options.anonymise);
    if let (Some(x), Some(_)) = (options.at_year, editor.genogram()) {
        // The genogram at a year: its file says so, as its title does.
        stem = format!("{stem} {x}");
    }
    ExportedDrawing { svg: to_svg(&drawing.scene), stem }
}

/// An anonymous `.kring.json` copy: its text and file name.
#[derive(Clone, Debug, PartialEq)]
pub struct AnonymousCopy {
    /// The document, as a file.
    pub json: String,
    /// `genogram-anoniem.kring.json` or `netwerkkaart-anoniem.kring.json`.
    pub file_name: String,
}

/// The anonymous copy of the open document, made at `now_ms`: names replaced by roles
/// or initials, free text dropped, dates reduced to years or shifted (see
/// [`crate::genogram::model::anonymise::anonymous_copy`] and
/// [`crate::netwerkkaart::model::anonymise::anonymise`]). It gets its own id, so
/// importing it never replaces the original, and a generic title.
pub fn anonymous_copy(editor: &Editor, names: Anonymise, dates: DateMode, lang: Lang, now_ms: i64) -> AnonymousCopy {
    let names = if names == Anonymise::Off { Anonymise::Roles } else { names };
    let (content, title) = match editor.content() {
        DocumentContent::Genogram(g) => (
            DocumentContent::Genogram(crate::genogram::model::anonymise::anonymous_copy(g, names, dates, lang)),
            match lang {
                Lang::Nl => "Genogram (anonieme kopie)",
                Lang::En => "Genogram (anonymous copy)",
            },
        ),
        DocumentContent::Netwerkkaart(m) => (
            DocumentContent::Netwerkkaart(crate::netwerkkaart::model::anonymise::anonymise(m, names, lang)),
            match lang {
                Lang::Nl => "Netwerkkaart (anonieme kopie)",
                Lang::En => "Network map (anonymous copy)",
            },
        ),
    };
    let kind = content.kind();
    let doc = KringDocument {
        id: format!("{ANONYMOUS_MARK}-{now_ms}"),
        title: title.to_owned(),
        created: now_ms,
        modified: now_ms,
        content,
    };
    AnonymousCopy { json: doc.to_json(), file_name: format!("{kind}-{ANONYMOUS_MARK}.kring.json") }
}

/// A GEDCOM file of the open genogram.
#[derive(Clone, Debug, PartialEq)]
pub struct GedcomFile {
    /// The file's text (GEDCOM 5.5.1, UTF-8).
    pub text: String,
    /// The title's file name with `.ged`, or `genogram-anoniem.ged`.
    pub file_name: String,
    /// What GEDCOM could not hold.
    pub left_out: crate::gedcom::LeftOut,
}

/// The open genogram as GEDCOM, or `None` for a netwerkkaart. Anonymised (initials or
/// roles) it is written from the anonymous copy: names as chosen, no free text, dates
/// as years only, so the file names nobody, like the anonymised drawing.
pub fn gedcom_file(editor: &Editor, anonymise: Anonymise, lang: Lang) -> Option<GedcomFile> {
    let g = editor.genogram()?;
    let exported = match anonymise {
        Anonymise::Off => crate::gedcom::export(g),
        names => crate::gedcom::export(&crate::genogram::model::anonymise::anonymous_copy(
            g,
            names,
            DateMode::YearsOnly,
            lang,
        )),
    };
    let file_name = crate::storage::file_name(&file_stem(editor, anonymise), ".ged");
    Some(GedcomFile { text: exported.text, file_name, left_out: exported.left_out })
}

#[cfg(test)]
mod tests;
