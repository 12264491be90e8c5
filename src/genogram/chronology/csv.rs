//! The chronology as a CSV table, for a case file or a spreadsheet. Dutch spreadsheets
//! read `;` as the separator, English ones `,`; the file starts with a byte order mark
//! so that Excel reads the UTF-8 names (é, ë) right. Every cell is quoted when it
//! must be, and a cell that a spreadsheet would run as a formula (starting with `=`,
//! `+`, `-`, `@`, a tab or a carriage return) gets an apostrophe first: life events are
//! free text, and a text like `=HYPERLINK(…)` must stay text.

use super::Fact;
use crate::i18n::Lang;

/// The separator of a CSV file in `lang`.
pub fn separator(lang: Lang) -> char {
    match lang {
        Lang::Nl => ';',
        Lang::En => ',',
    }
}

/// One cell: guarded against formula injection, then quoted when it holds the
/// separator, a quote or a line break.
pub fn cell(value: &str, sep: char) -> String {
    let guarded =
        if value.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{value}") } else { value.to_owned() };
    if guarded.contains([sep, '"', '\n', '\r']) {
        format!("\"{}\"", guarded.replace('"', "\"\""))
    } else {
        guarded
    }
}

/// The header row's words.
fn header(lang: Lang) -> [&'static str; 6] {
    match lang {
        Lang::Nl => ["datum", "jaar", "leeftijd indexpersoon", "persoon", "soort", "omschrijving"],
        Lang::En => ["date", "year", "index person's age", "person", "kind", "description"],
    }
}

/// The facts as a CSV file (rows end in CRLF, as RFC 4180 has it).
pub fn to_csv(facts: &[Fact], lang: Lang) -> String {
    let sep = separator(lang);
    let mut out = String::from('\u{feff}');
    let row = |cells: &[String]| {
        let mut line = cells.iter().map(|c| cell(c, sep)).collect::<Vec<_>>().join(&sep.to_string());
        line.push_str("\r\n");
        line
    };
    out.push_str(&row(&header(lang).map(str::to_owned)));
    for f in facts {
        out.push_str(&row(&[
            f.date.label(lang),
            f.year().to_string(),
            f.age_label(lang),
            f.who.clone(),
            f.kind.label(lang).to_owned(),
            f.text.clone(),
        ]));
    }
    out
}

/// The CSV file's name: the document's title (or `levenslijn`) with `-levenslijn.csv`.
pub fn file_name(title: &str, lang: Lang) -> String {
    let word = match lang {
        Lang::Nl => "levenslijn",
        Lang::En => "chronology",
    };
    let stem: String =
        title.trim().chars().map(|c| if c.is_alphanumeric() || c == '-' || c == '_' { c } else { '-' }).collect();
    let stem = stem.trim_matches('-');
    if stem.is_empty() {
        format!("{word}.csv")
    } else {
        format!("{stem}-{word}.csv")
    }
}
