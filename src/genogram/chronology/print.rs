//! The chronology as part of the printed page: an HTML table put under the drawing in
//! the print area, only when there is at least one fact. All text is escaped.

use super::Fact;
use crate::i18n::Lang;

/// `s` escaped for HTML text and attribute values.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The table's title.
pub fn title(lang: Lang) -> &'static str {
    match lang {
        Lang::Nl => "Levenslijn",
        Lang::En => "Chronology",
    }
}

/// The printed chronology, or an empty string when there are no facts.
pub fn print_markup(facts: &[Fact], lang: Lang) -> String {
    if facts.is_empty() {
        return String::new();
    }
    let heads = match lang {
        Lang::Nl => ["Datum", "Leeftijd index", "Persoon", "Soort", "Omschrijving"],
        Lang::En => ["Date", "Index age", "Person", "Kind", "Description"],
    };
    let mut out = format!("<section class=\"chronology-print\"><h2>{}</h2><table><thead><tr>", title(lang));
    for h in heads {
        out.push_str(&format!("<th>{h}</th>"));
    }
    out.push_str("</tr></thead><tbody>");
    for f in facts {
        out.push_str("<tr>");
        for c in [f.date.label(lang), f.age_label(lang), f.who.clone(), f.kind.label(lang).to_owned(), f.text.clone()] {
            out.push_str(&format!("<td>{}</td>", escape(&c)));
        }
        out.push_str("</tr>");
    }
    out.push_str("</tbody></table></section>");
    out
}
