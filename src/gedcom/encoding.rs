//! Turning a GEDCOM file's bytes into text: UTF-8 (with or without BOM), UTF-16 (LE or
//! BE, with a BOM or recognised by its first bytes), ANSEL and ANSI (Windows-1252) as
//! the header's `CHAR` line says.

/// The character sets Kring reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    /// UTF-8 (also plain ASCII).
    Utf8,
    /// UTF-16, little-endian.
    Utf16Le,
    /// UTF-16, big-endian.
    Utf16Be,
    /// ANSEL (ANSI Z39.47), the character set of GEDCOM 5.5 and older software.
    Ansel,
    /// ANSI: Windows-1252 (a superset of ISO-8859-1).
    Ansi,
}

/// Decodes `bytes` to text. Never fails: a byte that cannot be read becomes U+FFFD.
pub fn decode(bytes: &[u8]) -> (String, Encoding) {
    if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        return (String::from_utf8_lossy(rest).into_owned(), Encoding::Utf8);
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        return (utf16(rest, u16::from_le_bytes), Encoding::Utf16Le);
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        return (utf16(rest, u16::from_be_bytes), Encoding::Utf16Be);
    }
    // UTF-16 without a BOM: every file starts with "0", whose other byte is zero.
    match bytes {
        [b'0', 0, ..] => return (utf16(bytes, u16::from_le_bytes), Encoding::Utf16Le),
        [0, b'0', ..] => return (utf16(bytes, u16::from_be_bytes), Encoding::Utf16Be),
        _ => {}
    }
    let declared = declared_charset(bytes);
    match declared.as_deref() {
        Some("ANSEL") => (ansel(bytes), Encoding::Ansel),
        Some("UTF-8" | "UTF8" | "UNICODE") => match std::str::from_utf8(bytes) {
            Ok(s) => (s.to_owned(), Encoding::Utf8),
            Err(_) => (String::from_utf8_lossy(bytes).into_owned(), Encoding::Utf8),
        },
        // ANSI, ASCII, IBMPC, ISO-8859-1, WINDOWS-1252 or nothing declared: valid UTF-8
        // is read as such (many programs write UTF-8 but declare ANSI), the rest as 1252.
        _ => match std::str::from_utf8(bytes) {
            Ok(s) => (s.to_owned(), Encoding::Utf8),
            Err(_) => (bytes.iter().map(|&b| cp1252(b)).collect(), Encoding::Ansi),
        },
    }
}

/// The value of the header's `1 CHAR` line, upper-cased, read from the first 4 KB.
fn declared_charset(bytes: &[u8]) -> Option<String> {
    let head = &bytes[..bytes.len().min(4096)];
    head.split(|&b| b == b'\n' || b == b'\r').find_map(|line| {
        let text: String = line.iter().map(|&b| b as char).collect();
        let mut words = text.split_whitespace();
        (words.next() == Some("1") && words.next().is_some_and(|t| t.eq_ignore_ascii_case("CHAR")))
            .then(|| words.next().unwrap_or_default().to_ascii_uppercase())
    })
}

fn utf16(bytes: &[u8], word: fn([u8; 2]) -> u16) -> String {
    let units = bytes.chunks_exact(2).map(|c| word([c[0], c[1]]));
    char::decode_utf16(units).map(|r| r.unwrap_or(char::REPLACEMENT_CHARACTER)).collect()
}

/// Windows-1252: Latin-1 with printable characters in 0x80–0x9F.
fn cp1252(b: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž', '\u{8F}', '\u{90}', '‘',
        '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9D}', 'ž', 'Ÿ',
    ];
    match b {
        0x80..=0x9F => HIGH[usize::from(b - 0x80)],
        _ => char::from(b),
    }
}

/// The ANSEL spacing characters Kring knows (0xA1–0xCF); others become U+FFFD.
fn ansel_spacing(b: u8) -> char {
    match b {
        0xA1 => 'Ł',
        0xA2 => 'Ø',
        0xA3 => 'Đ',
        0xA4 => 'Þ',
        0xA5 => 'Æ',
        0xA6 => 'Œ',
        0xA7 => 'ʹ',
        0xA8 => '·',
        0xA9 => '♭',
        0xAA => '®',
        0xAB => '±',
        0xAC => 'Ơ',
        0xAD => 'Ư',
        0xAE => 'ʼ',
        0xB0 => 'ʻ',
        0xB1 => 'ł',
        0xB2 => 'ø',
        0xB3 => 'đ',
        0xB4 => 'þ',
        0xB5 => 'æ',
        0xB6 => 'œ',
        0xB7 => 'ʺ',
        0xB8 => 'ı',
        0xB9 => '£',
        0xBA => 'ð',
        0xBC => 'ơ',
        0xBD => 'ư',
        0xC0 => '°',
        0xC1 => 'ℓ',
        0xC2 => '℗',
        0xC3 => '©',
        0xC4 => '♯',
        0xC5 => '¿',
        0xC6 => '¡',
        0xC7 | 0xCF => 'ß',
        0xC8 => '€',
        _ => char::REPLACEMENT_CHARACTER,
    }
}

/// An ANSEL combining mark (0xE0–0xFE): the Unicode combining character, and the
/// letters it composes with and their precomposed forms.
fn ansel_mark(b: u8) -> Option<(char, &'static str, &'static str)> {
    Some(match b {
        0xE1 => ('\u{300}', "AEIOUaeiou", "ÀÈÌÒÙàèìòù"),
        0xE2 => ('\u{301}', "AEIOUYCNSZaeiouycnsz", "ÁÉÍÓÚÝĆŃŚŹáéíóúýćńśź"),
        0xE3 => ('\u{302}', "AEIOUaeiou", "ÂÊÎÔÛâêîôû"),
        0xE4 => ('\u{303}', "ANOano", "ÃÑÕãñõ"),
        0xE5 => ('\u{304}', "AEIOUaeiou", "ĀĒĪŌŪāēīōū"),
        0xE6 => ('\u{306}', "AGUagu", "ĂĞŬăğŭ"),
        0xE7 => ('\u{307}', "EZIez", "ĖŻİėż"),
        0xE8 => ('\u{308}', "AEIOUYaeiouy", "ÄËÏÖÜŸäëïöüÿ"),
        0xE9 => ('\u{30C}', "CSZRENcszren", "ČŠŽŘĚŇčšžřěň"),
        0xEA => ('\u{30A}', "AUau", "ÅŮåů"),
        0xEB => ('\u{361}', "", ""),
        0xEC => ('\u{361}', "", ""),
        0xED => ('\u{315}', "", ""),
        0xEE => ('\u{30B}', "OUou", "ŐŰőű"),
        0xEF => ('\u{310}', "", ""),
        0xF0 => ('\u{327}', "CSTcst", "ÇŞŢçşţ"),
        0xF1 => ('\u{328}', "AEae", "ĄĘąę"),
        0xF2 => ('\u{323}', "", ""),
        0xF3 => ('\u{324}', "", ""),
        0xF4 => ('\u{325}', "", ""),
        0xF5 => ('\u{333}', "", ""),
        0xF6 => ('\u{332}', "", ""),
        0xF7 => ('\u{326}', "", ""),
        0xF8 => ('\u{31C}', "", ""),
        0xF9 => ('\u{32E}', "", ""),
        0xFA => ('\u{360}', "", ""),
        0xFB => ('\u{360}', "", ""),
        0xFE => ('\u{313}', "", ""),
        0xE0 => ('\u{309}', "", ""),
        _ => return None,
    })
}

/// ANSEL: ASCII below 0x80; combining marks come before their letter and are
/// composed with it where Unicode has a precomposed letter.
fn ansel(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len());
    let mut marks: Vec<u8> = Vec::new();
    for &b in bytes {
        if ansel_mark(b).is_some() {
            marks.push(b);
            continue;
        }
        let base = match b {
            0x00..=0x7F => char::from(b),
            0xA1..=0xCF => ansel_spacing(b),
            _ => char::REPLACEMENT_CHARACTER,
        };
        let mut letter = base;
        let mut rest = Vec::new();
        for m in marks.drain(..) {
            let Some((combining, bases, composed)) = ansel_mark(m) else { continue };
            match bases.chars().position(|c| c == letter) {
                Some(i) if rest.is_empty() => letter = composed.chars().nth(i).unwrap_or(letter),
                _ => rest.push(combining),
            }
        }
        out.push(letter);
        out.extend(rest);
    }
    // Marks at the very end have no letter: keep them as combining characters.
    out.extend(marks.iter().filter_map(|&m| ansel_mark(m)).map(|(c, _, _)| c));
    out
}
