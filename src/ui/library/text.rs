//! How the library shows sizes, dates and times, per language. Pure, tested natively.

use crate::i18n::Lang;

fn decimal(value: f64, lang: Lang) -> String {
    let s = format!("{value:.1}");
    match lang {
        Lang::Nl => s.replace('.', ","),
        Lang::En => s,
    }
}

/// A document size: "850 B", "12,4 kB", "1,3 MB" (Dutch decimal comma).
pub fn format_size(bytes: usize, lang: Lang) -> String {
    const K: f64 = 1024.0;
    let b = bytes as f64;
    if b < K {
        format!("{bytes} B")
    } else if b < K * K {
        format!("{} kB", decimal(b / K, lang))
    } else {
        format!("{} MB", decimal(b / (K * K), lang))
    }
}

/// Storage used (the quota is counted in UTF-16 code units), in the units of
/// [`format_size`].
pub fn format_used(units: usize, lang: Lang) -> String {
    format_size(units, lang)
}

/// A local date and time: "23-11-2026 15:48" in Dutch, "2026-11-23 15:48" in English.
pub fn format_date_time(year: u32, month: u32, day: u32, hour: u32, minute: u32, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!("{day:02}-{month:02}-{year} {hour:02}:{minute:02}"),
        Lang::En => format!("{year}-{month:02}-{day:02} {hour:02}:{minute:02}"),
    }
}

/// A local time of day, "09:05".
pub fn format_time(hour: u32, minute: u32) -> String {
    format!("{hour:02}:{minute:02}")
}

/// Local date and time of a unix-ms instant, from the browser's clock settings
/// (natively: UTC, only for tests of callers).
pub fn local_date_time(ms: i64, lang: Lang) -> String {
    #[cfg(target_arch = "wasm32")]
    {
        let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms as f64));
        format_date_time(d.get_full_year(), d.get_month() + 1, d.get_date(), d.get_hours(), d.get_minutes(), lang)
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let secs = ms.rem_euclid(86_400_000) / 1000;
        let date = crate::genogram::model::PartialDate::from_unix_ms(ms);
        let (year, month, day) =
            (date.year() as u32, u32::from(date.month().unwrap_or(1)), u32::from(date.day().unwrap_or(1)));
        format_date_time(year, month, day, (secs / 3600) as u32, (secs / 60 % 60) as u32, lang)
    }
}

/// The local time now, "HH:MM".
pub fn local_time_now() -> String {
    #[cfg(target_arch = "wasm32")]
    {
        let d = js_sys::Date::new_0();
        format_time(d.get_hours(), d.get_minutes())
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        format_time(0, 0)
    }
}

/// Whether `title` matches a search (case-insensitive, every word must occur).
pub fn matches_search(title: &str, query: &str) -> bool {
    let title = title.to_lowercase();
    query.split_whitespace().all(|word| title.contains(&word.to_lowercase()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_use_the_language_decimal_mark() {
        assert_eq!(format_size(850, Lang::Nl), "850 B");
        assert_eq!(format_size(12_700, Lang::Nl), "12,4 kB");
        assert_eq!(format_size(12_700, Lang::En), "12.4 kB");
        assert_eq!(format_size(1_400_000, Lang::En), "1.3 MB");
        assert_eq!(format_used(300_000, Lang::Nl), "293,0 kB");
        assert_eq!(format_used(2_400_000, Lang::En), "2.3 MB");
    }

    #[test]
    fn dates_follow_the_language() {
        assert_eq!(format_date_time(2026, 11, 3, 9, 5, Lang::Nl), "03-11-2026 09:05");
        assert_eq!(format_date_time(2026, 11, 3, 9, 5, Lang::En), "2026-11-03 09:05");
        assert_eq!(local_date_time(1_735_689_600_000, Lang::Nl), "01-01-2025 00:00");
        assert_eq!(local_date_time(951_827_400_000, Lang::En), "2000-02-29 12:30");
    }

    #[test]
    fn search_matches_every_word_in_any_case() {
        assert!(matches_search("Casus Familie De Vries", "vries casus"));
        assert!(matches_search("Ötzi", "ötzi"));
        assert!(!matches_search("Casus Noah", "emma"));
        assert!(matches_search("Alles", "  "));
    }
}
