//! GEDCOM dates as Kring dates. Kring knows a date, partly (year, month) or fully, as
//! exact or "ca."; GEDCOM's ranges and estimates become "ca." dates.

use crate::genogram::model::PartialDate;

/// A GEDCOM date as read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateRead {
    /// The date as Kring keeps it. `rounded` when a range or bound (BEF, AFT, BET … AND,
    /// TO) was turned into a "ca." date.
    Known {
        /// The date.
        date: PartialDate,
        /// Whether Kring had to round a range or bound to one "ca." date.
        rounded: bool,
    },
    /// No date could be read (a phrase, another calendar, nonsense).
    Unknown,
}

const MONTHS: [&str; 12] = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];

/// Reads a GEDCOM date value: `15 MAR 1972`, `MAR 1972`, `1972`, with `ABT`/`EST`/`CAL`
/// ("ca."), `BEF`/`AFT`/`BET … AND …`/`FROM … TO …` (rounded to one "ca." date, a
/// FROM date kept exact), dual years (`1699/00` → 1700), `INT date (phrase)`, and the
/// Gregorian or Julian calendar escape. Anything else is unknown.
pub fn read_date(value: &str) -> DateRead {
    let upper = value.trim().to_ascii_uppercase();
    // An interpreted date: "INT 1900 (about the turn of the century)".
    let text = match upper.find('(') {
        Some(i) => upper[..i].trim(),
        None => upper.trim(),
    };
    let text = text.strip_prefix("INT ").unwrap_or(text);
    let text = match text.strip_prefix("@#D") {
        Some(rest) => {
            let Some((calendar, rest)) = rest.split_once('@') else { return DateRead::Unknown };
            if !matches!(calendar.trim(), "GREGORIAN" | "JULIAN") {
                return DateRead::Unknown;
            }
            rest.trim()
        }
        None => text,
    };
    let words: Vec<&str> = text.split_whitespace().map(|w| w.trim_end_matches('.')).collect();
    let exact = |ws: &[&str]| simple(ws).map(|date| DateRead::Known { date, rounded: false });
    let approx =
        |ws: &[&str], rounded: bool| simple(ws).map(|d| DateRead::Known { date: d.with_approximate(true), rounded });
    let read = match words.as_slice() {
        [] => None,
        ["ABT" | "ABOUT" | "CA" | "CIRCA" | "C" | "EST" | "CAL", rest @ ..] => approx(rest, false),
        ["BEF" | "AFT" | "TO", rest @ ..] => approx(rest, true),
        ["BET", rest @ ..] => between(rest, "AND"),
        ["FROM", rest @ ..] => match rest.iter().position(|w| *w == "TO") {
            Some(i) => exact(&rest[..i]),
            None => exact(rest),
        },
        ws => exact(ws),
    };
    read.unwrap_or(DateRead::Unknown)
}

/// `BET a AND b`: the middle year, "ca."; when both fall in the same month or year,
/// that month or year.
fn between(words: &[&str], and: &str) -> Option<DateRead> {
    let i = words.iter().position(|w| *w == and)?;
    let (a, b) = (simple(&words[..i])?, simple(&words[i + 1..])?);
    let date = if a.year() == b.year() && a.month().is_some() && a.month() == b.month() {
        PartialDate::year_month(a.year(), a.month()?)?
    } else {
        PartialDate::year_only((a.year() + b.year()).div_euclid(2))?
    };
    Some(DateRead::Known { date: date.with_approximate(true), rounded: true })
}

/// `[[day] month] year`, the year possibly dual (`1699/00`). Also ISO `1972-03-15`.
fn simple(words: &[&str]) -> Option<PartialDate> {
    match words {
        [year] if year.contains('-') => year.parse().ok(),
        [year] => PartialDate::year_only(year_of(year)?),
        [month, year] => PartialDate::year_month(year_of(year)?, month_of(month)?),
        [day, month, year] => {
            let day: u8 = day.parse().ok()?;
            PartialDate::ymd(year_of(year)?, month_of(month)?, day)
        }
        _ => None,
    }
}

fn month_of(word: &str) -> Option<u8> {
    MONTHS.iter().position(|m| *m == word).and_then(|i| u8::try_from(i + 1).ok())
}

/// A year, or a dual year `1699/00` (old style / new style) read as the new-style year.
fn year_of(word: &str) -> Option<i32> {
    let (year, dual) = match word.split_once('/') {
        Some((y, d)) => (y, Some(d)),
        None => (word, None),
    };
    if year.is_empty() || year.len() > 4 || !year.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let year: i32 = year.parse().ok()?;
    let Some(dual) = dual else { return Some(year) };
    if dual.is_empty() || dual.len() > 2 || !dual.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let modulus = if dual.len() == 1 { 10 } else { 100 };
    let mut new = year - year % modulus + dual.parse::<i32>().ok()?;
    if new < year {
        new += modulus;
    }
    Some(new)
}

/// A Kring date as a GEDCOM date: `15 MAR 1972`, `MAR 1972`, `1972`, `ABT 1930`.
pub fn write_date(date: PartialDate) -> String {
    let core = match (date.month(), date.day()) {
        (Some(m), Some(d)) => format!("{d} {} {}", MONTHS[usize::from(m - 1)], date.year()),
        (Some(m), None) => format!("{} {}", MONTHS[usize::from(m - 1)], date.year()),
        _ => date.year().to_string(),
    };
    if date.is_approximate() {
        format!("ABT {core}")
    } else {
        core
    }
}
