//! Dates as genograms know them: often only a year, sometimes a month, sometimes a
//! full date, and often only approximately ("ca. 1930").

use crate::i18n::Lang;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::str::FromStr;

/// A date that may be known only partly: a year, a year and month, or a full date,
/// optionally marked approximate ("ca."). Years run from 1 to 9999.
///
/// In a Kring file a date is a string: `"1972"`, `"1972-03"`, `"1972-03-15"`, with the
/// prefix `"ca. "` when approximate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct PartialDate {
    year: i32,
    month: Option<u8>,
    day: Option<u8>,
    approximate: bool,
}

/// An age in whole years, marked approximate when the dates it comes from are partial
/// or approximate (shown as "ca. 54").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Age {
    /// Completed years (may be negative when the dates are odd, e.g. death before birth).
    pub years: i32,
    /// True when the age may be off by one because a month or day is unknown or a date
    /// is approximate.
    pub approximate: bool,
}

/// Number of days in a month of the proleptic Gregorian calendar.
pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

impl PartialDate {
    /// The smallest and largest year a Kring date can hold.
    pub const YEAR_RANGE: std::ops::RangeInclusive<i32> = 1..=9999;

    /// A date of which only the year is known.
    pub fn year_only(year: i32) -> Option<Self> {
        Self::YEAR_RANGE.contains(&year).then_some(PartialDate { year, month: None, day: None, approximate: false })
    }

    /// A date of which the year and month are known (month 1–12).
    pub fn year_month(year: i32, month: u8) -> Option<Self> {
        let mut d = Self::year_only(year)?;
        if !(1..=12).contains(&month) {
            return None;
        }
        d.month = Some(month);
        Some(d)
    }

    /// A full calendar date.
    pub fn ymd(year: i32, month: u8, day: u8) -> Option<Self> {
        let mut d = Self::year_month(year, month)?;
        if day == 0 || day > days_in_month(year, month) {
            return None;
        }
        d.day = Some(day);
        Some(d)
    }

    /// The same date marked approximate ("ca.") or exact.
    pub fn with_approximate(mut self, approximate: bool) -> Self {
        self.approximate = approximate;
        self
    }

    /// The calendar date (UTC) of a moment given in milliseconds since 1970-01-01, e.g.
    /// "today" as handed in by the browser. The model itself never reads the clock.
    pub fn from_unix_ms(ms: i64) -> Self {
        let days = ms.div_euclid(86_400_000);
        // Howard Hinnant's civil_from_days.
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)).clamp(1, 9999) as i32;
        PartialDate::ymd(year, month, day.min(days_in_month(year, month))).unwrap_or(PartialDate {
            year,
            month: None,
            day: None,
            approximate: false,
        })
    }

    /// The year.
    pub fn year(&self) -> i32 {
        self.year
    }

    /// The month (1–12), if known.
    pub fn month(&self) -> Option<u8> {
        self.month
    }

    /// The day of the month, if known.
    pub fn day(&self) -> Option<u8> {
        self.day
    }

    /// Whether the date is marked approximate ("ca.").
    pub fn is_approximate(&self) -> bool {
        self.approximate
    }

    /// A key for chronological sorting: unknown months and days sort first.
    pub fn sort_key(&self) -> (i32, u8, u8) {
        (self.year, self.month.unwrap_or(0), self.day.unwrap_or(0))
    }

    /// Whether this date is certainly earlier than `other` (false when the partial dates
    /// overlap, e.g. 1972 and 1972-05).
    pub fn is_before(&self, other: &PartialDate) -> bool {
        if self.year != other.year {
            return self.year < other.year;
        }
        match (self.month, other.month) {
            (Some(a), Some(b)) if a != b => a < b,
            (Some(_), Some(_)) => matches!((self.day, other.day), (Some(a), Some(b)) if a < b),
            _ => false,
        }
    }

    /// Completed years from this date to `later` (an age).
    pub fn years_until(&self, later: &PartialDate) -> Age {
        let mut years = later.year - self.year;
        let mut approximate = self.approximate || later.approximate;
        match (self.month, later.month) {
            (Some(m1), Some(m2)) => {
                if m2 < m1 {
                    years -= 1;
                } else if m2 == m1 {
                    match (self.day, later.day) {
                        (Some(d1), Some(d2)) => {
                            if d2 < d1 {
                                years -= 1;
                            }
                        }
                        _ => approximate = true,
                    }
                }
            }
            _ => approximate = true,
        }
        Age { years, approximate }
    }

    /// The date as people write it: NL `15-03-1972`, `03-1972`, `ca. 1972`; EN
    /// `1972-03-15`, `c. 1972`.
    pub fn label(&self, lang: Lang) -> String {
        let core = match (lang, self.month, self.day) {
            (Lang::Nl, Some(m), Some(d)) => format!("{d:02}-{m:02}-{}", self.year),
            (Lang::Nl, Some(m), None) => format!("{m:02}-{}", self.year),
            (Lang::En, Some(m), Some(d)) => format!("{}-{m:02}-{d:02}", self.year),
            (Lang::En, Some(m), None) => format!("{}-{m:02}", self.year),
            (_, _, _) => self.year.to_string(),
        };
        match (self.approximate, lang) {
            (false, _) => core,
            (true, Lang::Nl) => format!("ca. {core}"),
            (true, Lang::En) => format!("c. {core}"),
        }
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.approximate {
            f.write_str("ca. ")?;
        }
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

/// Why a date string could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateParseError(pub String);

impl fmt::Display for DateParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "invalid date {:?} (expected YYYY, YYYY-MM or YYYY-MM-DD, optionally prefixed by \"ca. \")", self.0)
    }
}

impl std::error::Error for DateParseError {}

impl FromStr for PartialDate {
    type Err = DateParseError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let err = || DateParseError(s.chars().take(40).collect());
        let (approximate, rest) = match s.strip_prefix("ca. ") {
            Some(rest) => (true, rest),
            None => (false, s),
        };
        let mut parts = rest.split('-');
        let num = |p: Option<&str>, len: usize| -> Result<Option<i32>, DateParseError> {
            match p {
                None => Ok(None),
                Some(p) if p.len() == len && p.bytes().all(|b| b.is_ascii_digit()) => {
                    Ok(Some(p.parse().map_err(|_| err())?))
                }
                Some(_) => Err(err()),
            }
        };
        let year = num(parts.next(), 4)?.ok_or_else(err)?;
        let month = num(parts.next(), 2)?;
        let day = num(parts.next(), 2)?;
        if parts.next().is_some() {
            return Err(err());
        }
        let date = match (month, day) {
            (None, _) => PartialDate::year_only(year),
            (Some(m), None) => PartialDate::year_month(year, u8::try_from(m).map_err(|_| err())?),
            (Some(m), Some(d)) => {
                PartialDate::ymd(year, u8::try_from(m).map_err(|_| err())?, u8::try_from(d).map_err(|_| err())?)
            }
        };
        date.map(|d| d.with_approximate(approximate)).ok_or_else(err)
    }
}

impl Serialize for PartialDate {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for PartialDate {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = std::borrow::Cow::<'de, str>::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_and_print_round_trip() {
        for s in ["1972", "1972-03", "1972-03-15", "ca. 1930", "ca. 2000-02-29", "0001"] {
            let d: PartialDate = s.parse().unwrap();
            assert_eq!(d.to_string(), s);
        }
        for bad in
            ["", "72", "1972-13", "1972-02-30", "1900-02-29", "ca 1972", "1972-3", "0000", "1972-03-15-1", "+972"]
        {
            assert!(bad.parse::<PartialDate>().is_err(), "{bad} should be refused");
        }
    }

    #[test]
    fn ages_with_partial_dates() {
        let b = PartialDate::ymd(1970, 6, 15).unwrap();
        assert_eq!(b.years_until(&PartialDate::ymd(2024, 6, 14).unwrap()), Age { years: 53, approximate: false });
        assert_eq!(b.years_until(&PartialDate::ymd(2024, 6, 15).unwrap()), Age { years: 54, approximate: false });
        assert_eq!(b.years_until(&PartialDate::year_only(2024).unwrap()), Age { years: 54, approximate: true });
        let ca = PartialDate::year_only(1930).unwrap().with_approximate(true);
        assert!(ca.years_until(&PartialDate::ymd(2000, 1, 1).unwrap()).approximate);
    }

    #[test]
    fn unix_ms_to_calendar_date() {
        assert_eq!(PartialDate::from_unix_ms(0), PartialDate::ymd(1970, 1, 1).unwrap());
        // 2024-02-29T12:00:00Z
        assert_eq!(PartialDate::from_unix_ms(1_709_208_000_000), PartialDate::ymd(2024, 2, 29).unwrap());
        assert_eq!(PartialDate::from_unix_ms(-86_400_000), PartialDate::ymd(1969, 12, 31).unwrap());
    }

    #[test]
    fn before_is_strict_and_partial_aware() {
        let y = |s: &str| s.parse::<PartialDate>().unwrap();
        assert!(y("1971").is_before(&y("1972-01")));
        assert!(!y("1972").is_before(&y("1972-05")));
        assert!(y("1972-04").is_before(&y("1972-05")));
        assert!(y("1972-05-01").is_before(&y("1972-05-02")));
        assert!(!y("1972-05").is_before(&y("1972-05-02")));
    }

    #[test]
    fn labels_in_both_languages() {
        let d = "ca. 1972-03-15".parse::<PartialDate>().unwrap();
        assert_eq!(d.label(Lang::Nl), "ca. 15-03-1972");
        assert_eq!(d.label(Lang::En), "c. 1972-03-15");
    }
}
