//! Text metrics for drawn labels: how wide a label is and how to wrap it, without a browser.
//!
//! The layout runs natively (tests, export) as well as in the browser, and it must reserve each
//! label's real width before anything is drawn, so it cannot ask the DOM. Instead every label is
//! drawn in one font family whose first members share their glyph advances ([`FONT_FAMILY`]), and
//! this module carries those advances as a table (generated from Liberation Sans by
//! `tests/tools/glyph_widths.py`). Widths then hold on every OS, provided the drawing text also
//! has [`TEXT_CSS`] (no kerning, no ligatures), which `tests/tools/text_metrics_chromium.mjs`
//! verifies against Chromium.
//!
//! Characters the table lacks (CJK, emoji, scripts outside WGL4) are drawn from some fallback font
//! whose widths we cannot know, so they are counted generously: a label may then be a little
//! loose, but it never runs into its neighbour.

/// The font stack for every drawn label (SVG `font-family`).
///
/// Arial (Windows, macOS), Liberation Sans (Linux; designed to be metric-compatible with Arial) and
/// Helvetica (Arial was cut to Helvetica's widths) give the same advance widths, so the widths
/// computed here hold whichever of them the viewer has. `sans-serif` is the last resort only.
pub const FONT_FAMILY: &str = r#"Arial, "Liberation Sans", Helvetica, sans-serif"#;

/// CSS declarations every drawn label needs for [`text_width`] to hold (for a `style` attribute or
/// a `text { … }` rule in the canvas and the SVG export).
///
/// The table holds plain advances. Chromium kerns by default (`font-kerning: auto`), and the kerning
/// pairs of Liberation Sans and of the various Arial versions are not guaranteed to match, so kerning
/// is switched off; the font has no ligatures today, but a fallback or a future version might.
pub const TEXT_CSS: &str = "font-kerning:none;font-variant-ligatures:none";

/// What [`wrap`] puts at the end of a label that did not fit.
pub const ELLIPSIS: &str = "…";

/// Distance between the baselines of wrapped lines, in em: a common, readable leading for a sans
/// at label sizes (the font's own line gap would give 1.15).
pub const LINE_SPACING_EM: f64 = 1.2;

/// Height of the font above the baseline, in em (same in both weights and in Arial).
pub const ASCENT_EM: f64 = ASCENT_UNITS as f64 / UNITS_PER_EM;

/// Depth of the font below the baseline, in em (same in both weights and in Arial).
pub const DESCENT_EM: f64 = DESCENT_UNITS as f64 / UNITS_PER_EM;

/// The weight a label is drawn in; bold glyphs are wider, so widths depend on it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum FontWeight {
    /// CSS `font-weight: normal` (400).
    #[default]
    Normal,
    /// CSS `font-weight: bold` (700).
    Bold,
}

impl FontWeight {
    /// The CSS `font-weight` value that draws this weight.
    pub fn css(self) -> &'static str {
        match self {
            FontWeight::Normal => "normal",
            FontWeight::Bold => "bold",
        }
    }
}

/// The advance width of `text` drawn at `font_size` in `weight`, in the units of `font_size`.
///
/// Every character counts, spaces included (the drawings keep white space as it is). Combining
/// marks count nothing when the font folds them into a precomposed letter of the same width (e + ́
/// → é), and a generous extra otherwise, since the browser then draws the cluster in a fallback font.
pub fn text_width(text: &str, font_size: f64, weight: FontWeight) -> f64 {
    units(text, weight) as f64 * font_size / UNITS_PER_EM
}

/// The widest of `lines` drawn at `font_size` in `weight`: the width a wrapped label occupies.
pub fn wrapped_width<S: AsRef<str>>(lines: &[S], font_size: f64, weight: FontWeight) -> f64 {
    lines.iter().map(|l| text_width(l.as_ref(), font_size, weight)).fold(0.0, f64::max)
}

/// The height `line_count` wrapped lines occupy, from the top of the first line's ascent to the
/// bottom of the last line's descent, with baselines [`LINE_SPACING_EM`] apart. Zero for no lines.
pub fn wrapped_height(line_count: usize, font_size: f64) -> f64 {
    if line_count == 0 {
        return 0.0;
    }
    (ASCENT_EM + DESCENT_EM + (line_count - 1) as f64 * LINE_SPACING_EM) * font_size
}

/// `text` on one line no wider than `max_width`, cut with [`ELLIPSIS`] when it does not fit; empty
/// for text that is empty or only white space.
pub fn fit_line(text: &str, font_size: f64, weight: FontWeight, max_width: f64) -> String {
    wrap(text, font_size, weight, max_width, 1).pop().unwrap_or_default()
}

/// Wraps a label into at most `max_lines` lines, each no wider than `max_width`.
///
/// - White space is normalised: the label is trimmed, and lines are joined words with single
///   spaces. No-break spaces (U+00A0, U+2007, U+202F) do not break.
/// - Lines break at spaces and after a hyphen inside a word ("Berg-" / "de Vries"); the hyphen
///   stays at the end of the line.
/// - When the label fits, it takes as few lines as possible (each line costs height in the
///   diagram), and among those the break points that make the widest line narrowest, because that
///   is the width the layout reserves: "Johanna Wilhelmina" / "Petronella" rather than "Johanna" /
///   "Wilhelmina Petronella". That also reads as balanced. Ties (the widest line forced, say by one
///   long word) go to the most even lines (least sum of squared widths). A break after a hyphen
///   ranks as if its line were 0.5 em wider, so that it wins only when it saves real width. A line
///   never ends with a name particle such as "van", "de" or "’t" (which would tear "van der Berg"
///   apart) unless that costs a line.
/// - When it does not fit, lines are filled in order and the last one ends with [`ELLIPSIS`]; a
///   word wider than a line is cut, ends with the ellipsis and ends the label. The lines without
///   the ellipsis are then always the start of the label.
/// - A cut never splits a character or separates a combining mark (or emoji modifier) from its
///   base.
///
/// Returns no lines only for text that is empty or white space. `max_lines` 0 counts as 1. The
/// only line that may be wider than `max_width` is a lone "…" when even that does not fit.
pub fn wrap(text: &str, font_size: f64, weight: FontWeight, max_width: f64, max_lines: usize) -> Vec<String> {
    // Every drawing wraps every label again (a drag draws many times a second) while
    // the labels rarely change: remember the answers, a pure function of the inputs.
    let key = (text.to_owned(), font_size.to_bits(), weight, max_width.to_bits(), max_lines);
    if let Some(hit) = WRAPPED.with_borrow(|m| m.get(&key).cloned()) {
        return hit;
    }
    let lines = wrap_uncached(text, font_size, weight, max_width, max_lines);
    WRAPPED.with_borrow_mut(|m| {
        // Bounded: a document's labels in a few sizes fit many times over.
        if m.len() >= WRAP_CACHE_SIZE {
            m.clear();
        }
        m.insert(key, lines.clone());
    });
    lines
}

/// How many wrapped labels [`wrap`] remembers before it starts afresh.
const WRAP_CACHE_SIZE: usize = 16_384;

/// The key of a remembered wrap: text, font size, weight, width and line limit.
type WrapKey = (String, u64, FontWeight, u64, usize);

thread_local! {
    static WRAPPED: std::cell::RefCell<std::collections::HashMap<WrapKey, Vec<String>>> =
        std::cell::RefCell::new(std::collections::HashMap::new());
}

fn wrap_uncached(text: &str, font_size: f64, weight: FontWeight, max_width: f64, max_lines: usize) -> Vec<String> {
    let pieces = pieces(text);
    if pieces.is_empty() {
        return Vec::new();
    }
    let max_lines = max_lines.max(1);
    // NaN or negative: nothing fits, and the label becomes "…".
    let max_width = if max_width >= 0.0 { max_width } else { 0.0 };
    let mut m = Measure::new(&pieces, font_size, weight);
    let fewest = m.fewest_lines(max_width);
    m.particle_breaks = false;
    let fewest_keeping_particles = m.fewest_lines(max_width);
    match fewest {
        Some(k) if k <= max_lines => {
            // Keep particles with their names unless that would cost a line.
            m.particle_breaks = fewest_keeping_particles != Some(k);
            m.balanced(k, max_width)
        }
        _ => {
            m.particle_breaks = true;
            m.truncated(max_width, max_lines)
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Widths

const UNITS_PER_EM: f64 = 2048.0;

/// A character outside the table: 1 em, exactly as wide as a CJK ideograph and wider than nearly
/// every other glyph in fallback fonts (Arabic, Devanagari, symbols measure well below it).
const UNKNOWN_UNITS: u32 = 2048;

/// A character in an emoji block outside the table: colour emoji are wider than an em (Noto Color
/// Emoji measures 1.25 em in Chromium), so 1.3 em.
const EMOJI_UNITS: u32 = 2662;

/// Extra for a letter + combining mark that the font cannot fold into one glyph of the letter's
/// width: the browser then draws the whole cluster in a fallback font (DejaVu Sans on Linux is up
/// to 0.15 em wider per letter than Arial, bold included) or uses a wider precomposed glyph
/// (ď, ľ, ť), so 0.25 em covers both.
const MARK_FALLBACK_UNITS: u32 = 512;

/// A dense run of advance widths, `widths[weight][c - first]`, 0 where the font has no glyph.
struct Block {
    first: u32,
    widths: [&'static [u16]; 2],
}

/// The table's advance of `c` in font units, or `None` when the font has no glyph for it.
fn glyph_units(c: char, weight: FontWeight) -> Option<u32> {
    let w = weight as usize;
    let cp = c as u32;
    for block in &BLOCKS {
        if let Some(&units) = cp.checked_sub(block.first).and_then(|i| block.widths[w].get(i as usize)) {
            return (units != 0).then_some(units as u32);
        }
    }
    let i = SPARSE.binary_search_by_key(&c, |&(ch, _, _)| ch).ok()?;
    Some(if w == 0 { SPARSE[i].1 } else { SPARSE[i].2 } as u32)
}

/// The conservative advance of a character the table lacks.
fn unknown_units(c: char) -> u32 {
    if is_emoji_block(c) {
        EMOJI_UNITS
    } else {
        UNKNOWN_UNITS
    }
}

/// The previous visible character, as far as combining marks care.
#[derive(Clone, Copy)]
enum Base {
    /// Nothing yet: a mark here stands alone.
    None,
    /// A glyph from the table; `folded` once a mark has been folded into it.
    Known { c: char, units: u32, folded: bool },
    /// Counted conservatively already: marks add nothing.
    Unknown,
}

/// The width of `text` in font units (1/2048 em), remembered per text (a drawing
/// measures the same names many times, and again on every drag step).
fn units(text: &str, weight: FontWeight) -> u64 {
    let w = weight as usize;
    if let Some(u) = MEASURED.with_borrow(|m| m.get(text).and_then(|u| u[w])) {
        return u;
    }
    let u = units_uncached(text, weight);
    MEASURED.with_borrow_mut(|m| {
        if m.len() >= WRAP_CACHE_SIZE * 4 && !m.contains_key(text) {
            m.clear();
        }
        m.entry(text.to_owned()).or_default()[w] = Some(u);
    });
    u
}

thread_local! {
    static MEASURED: std::cell::RefCell<std::collections::HashMap<String, [Option<u64>; 2]>> =
        std::cell::RefCell::new(std::collections::HashMap::new());
}

fn units_uncached(text: &str, weight: FontWeight) -> u64 {
    let mut total = 0u64;
    let mut base = Base::None;
    for c in text.chars() {
        if c == '\u{FE0F}' {
            // Emoji presentation: ♀️ is drawn from the emoji font, not as the text glyph.
            if let Base::Known { units, .. } = base {
                total += u64::from(EMOJI_UNITS.saturating_sub(units));
            }
            base = Base::Unknown;
        } else if is_invisible(c) {
            // Joiners, selectors, bidi controls, soft hyphen: no advance, and the base stays.
        } else if is_mark(c) {
            match base {
                Base::None => total += u64::from(UNKNOWN_UNITS),
                Base::Known { c: b, units, folded: false } if folds(b, c) => {
                    base = Base::Known { c: b, units, folded: true };
                }
                // Not foldable, or a second mark on a folded letter: the cluster goes to a
                // fallback font (or a wider precomposed glyph); count the extra once.
                Base::Known { .. } => {
                    total += u64::from(MARK_FALLBACK_UNITS);
                    base = Base::Unknown;
                }
                Base::Unknown => {}
            }
        } else if (c as u32) < 0x20 {
            // Tabs and line feeds are drawn as spaces at most.
            let space = glyph_units(' ', weight).unwrap_or(UNKNOWN_UNITS);
            total += u64::from(space);
            base = Base::Known { c: ' ', units: space, folded: false };
        } else if let Some(units) = glyph_units(c, weight) {
            total += u64::from(units);
            base = Base::Known { c, units, folded: false };
        } else {
            total += u64::from(unknown_units(c));
            base = Base::Unknown;
        }
    }
    total
}

/// Whether the font folds letter `base` + combining `mark` into a glyph of the letter's own width.
fn folds(base: char, mark: char) -> bool {
    let bit = match base {
        'A'..='Z' => base as u32 - 'A' as u32,
        'a'..='z' => base as u32 - 'a' as u32 + 26,
        _ => return false,
    };
    FOLDING_MARKS.iter().any(|&(m, letters)| m == mark && letters & (1 << bit) != 0)
}

/// Combining marks (nonspacing) in the scripts a label plausibly uses: they attach to the
/// preceding character and have no advance of their own.
fn is_mark(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}' // combining diacritical marks
        | '\u{0483}'..='\u{0489}' // Cyrillic
        | '\u{0591}'..='\u{05BD}' | '\u{05BF}' | '\u{05C1}'..='\u{05C2}' | '\u{05C4}'..='\u{05C5}' | '\u{05C7}' // Hebrew
        | '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06DC}' // Arabic
        | '\u{06DF}'..='\u{06E4}' | '\u{06E7}'..='\u{06E8}' | '\u{06EA}'..='\u{06ED}'
        | '\u{0E31}' | '\u{0E34}'..='\u{0E3A}' | '\u{0E47}'..='\u{0E4E}' // Thai
        | '\u{1AB0}'..='\u{1AFF}' // combining diacritical marks extended
        | '\u{1DC0}'..='\u{1DFF}' // combining diacritical marks supplement
        | '\u{20D0}'..='\u{20FF}' // combining marks for symbols (keycap …)
        | '\u{FE20}'..='\u{FE2F}' // combining half marks
    )
}

/// Characters with no advance that belong to the cluster around them.
fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{00AD}' // soft hyphen: drawn only where a browser breaks, which SVG text never does
        | '\u{200B}'..='\u{200F}' // zero-width space, (non-)joiner, direction marks
        | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}'
        | '\u{FE00}'..='\u{FE0F}' | '\u{E0000}'..='\u{E007F}' | '\u{E0100}'..='\u{E01EF}' // selectors, tags
    )
}

/// Blocks where a character is likely drawn from a colour emoji font.
fn is_emoji_block(c: char) -> bool {
    matches!(c, '\u{2300}'..='\u{23FF}' | '\u{2600}'..='\u{27BF}' | '\u{2B00}'..='\u{2BFF}' | '\u{1F000}'..='\u{1FAFF}')
}

/// Whether `c` continues the cluster before it rather than starting one: marks, joiners and
/// selectors, emoji skin-tone modifiers. (After a ZWJ the next character continues too.)
fn extends(c: char) -> bool {
    is_mark(c)
        || matches!(c, '\u{200C}' | '\u{200D}' | '\u{FE00}'..='\u{FE0F}' | '\u{E0020}'..='\u{E007F}' | '\u{E0100}'..='\u{E01EF}')
        || matches!(c, '\u{1F3FB}'..='\u{1F3FF}')
}

fn is_regional_indicator(c: char) -> bool {
    matches!(c, '\u{1F1E6}'..='\u{1F1FF}')
}

/// The byte offsets where clusters (user-perceived characters, near enough) end in `s`: a cut at
/// one of them never splits a character or separates a mark from its base. A simplification of
/// Unicode's grapheme clusters (UAX #29) that covers Latin labels, marks, emoji sequences and flags.
fn cluster_ends(s: &str) -> Vec<usize> {
    let mut ends: Vec<usize> = Vec::new();
    let mut prev: Option<char> = None;
    let mut ri_run = 0usize;
    for (i, c) in s.char_indices() {
        let joins = match prev {
            None => false,
            Some(p) => extends(c) || p == '\u{200D}' || (is_regional_indicator(c) && ri_run % 2 == 1),
        };
        if !joins && i > 0 {
            ends.push(i);
        }
        ri_run = if is_regional_indicator(c) { ri_run + 1 } else { 0 };
        prev = Some(c);
    }
    if !s.is_empty() {
        ends.push(s.len());
    }
    ends
}

// ---------------------------------------------------------------------------------------------
// Wrapping

/// A break after a hyphen ranks as if its line were this much wider, in em (see [`wrap`]).
const HYPHEN_PENALTY_EM: f64 = 0.5;

/// Lower-case name particles (Dutch tussenvoegsels and their neighbours) that should stay on the
/// line of the name they belong to. Compared case-insensitively ("Van Dijk").
const PARTICLES: [&str; 28] = [
    "van", "de", "der", "den", "het", "'t", "’t", "te", "ten", "ter", "in", "op", "aan", "uit", "bij", "von", "zu",
    "zum", "zur", "vom", "du", "des", "la", "le", "da", "das", "dos", "del",
];

/// Tolerance for comparing widths that are sums of the same numbers in another order.
const EPS: f64 = 1e-9;

/// A piece of the label that is never broken inside: a word, or the part of a hyphenated word
/// up to and including a hyphen.
struct Piece<'a> {
    text: &'a str,
    /// A space separates it from the previous piece (false for the first piece and after a hyphen).
    space_before: bool,
}

/// Whether `c` breaks a line: white space, except the no-break spaces.
fn is_break_space(c: char) -> bool {
    c.is_whitespace() && !matches!(c, '\u{00A0}' | '\u{2007}' | '\u{202F}')
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}')
}

/// The label's words, each split after its inner hyphens: "Berg-de" → "Berg-", "de". A hyphen
/// breaks only between letters or digits (not "-5", "--", or a trailing "Berg-").
fn pieces(text: &str) -> Vec<Piece<'_>> {
    let mut out = Vec::new();
    // No-break spaces hold words together but are trimmed at a word's edges like other spaces.
    for word in text.split(is_break_space).map(|w| w.trim_matches(char::is_whitespace)).filter(|w| !w.is_empty()) {
        let mut start = 0;
        let mut prev_base: Option<char> = None;
        let mut chars = word.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            if is_hyphen(c) {
                let next = chars.peek().map(|&(_, n)| n);
                let before_ok = prev_base.is_some_and(char::is_alphanumeric);
                if before_ok && next.is_some_and(char::is_alphanumeric) {
                    let end = i + c.len_utf8();
                    out.push(Piece { text: &word[start..end], space_before: start == 0 && !out.is_empty() });
                    start = end;
                }
            }
            if !is_mark(c) && !is_invisible(c) {
                prev_base = Some(c);
            }
        }
        out.push(Piece { text: &word[start..], space_before: start == 0 && !out.is_empty() });
    }
    out
}

/// Widths of the pieces, for measuring lines made of consecutive pieces.
struct Measure<'a> {
    pieces: &'a [Piece<'a>],
    font_size: f64,
    weight: FontWeight,
    /// `prefix[k]`: width of pieces `0..k`, each with its leading space.
    prefix: Vec<f64>,
    space: f64,
    /// Whether a line may end after a name particle.
    particle_breaks: bool,
}

impl<'a> Measure<'a> {
    fn new(pieces: &'a [Piece<'a>], font_size: f64, weight: FontWeight) -> Self {
        let space = text_width(" ", font_size, weight);
        let mut prefix = Vec::with_capacity(pieces.len() + 1);
        let mut sum = 0.0;
        prefix.push(sum);
        for p in pieces {
            sum += text_width(p.text, font_size, weight) + if p.space_before { space } else { 0.0 };
            prefix.push(sum);
        }
        Measure { pieces, font_size, weight, prefix, space, particle_breaks: true }
    }

    /// Width of the line made of pieces `i..j` (its first piece's space dropped).
    fn line(&self, i: usize, j: usize) -> f64 {
        let lead = if self.pieces[i].space_before { self.space } else { 0.0 };
        self.prefix[j] - self.prefix[i] - lead
    }

    /// The text of the line made of pieces `i..j`.
    fn text(&self, i: usize, j: usize) -> String {
        let mut s = String::new();
        for (k, p) in self.pieces[i..j].iter().enumerate() {
            if k > 0 && p.space_before {
                s.push(' ');
            }
            s.push_str(p.text);
        }
        s
    }

    /// The extra width, for ranking only, of breaking a line before piece `j` (see [`wrap`]).
    fn penalty(&self, j: usize) -> f64 {
        let hyphen = j > 0 && j < self.pieces.len() && !self.pieces[j].space_before;
        if hyphen {
            HYPHEN_PENALTY_EM * self.font_size
        } else {
            0.0
        }
    }

    /// Whether a line may end before piece `j`: not after a name particle unless allowed. (Also
    /// after a hyphen: the "de" of "Berg-de Vries" belongs to "Vries".)
    fn may_break(&self, j: usize) -> bool {
        self.particle_breaks
            || j == 0
            || j >= self.pieces.len()
            || !PARTICLES.iter().any(|p| p.eq_ignore_ascii_case(self.pieces[j - 1].text))
    }

    /// The fewest lines that hold every piece within `max_width`, or `None` when they cannot (a
    /// piece alone is too wide). Filling each line as far as it may break gives the fewest lines.
    fn fewest_lines(&self, max_width: f64) -> Option<usize> {
        let n = self.pieces.len();
        let (mut lines, mut i) = (0, 0);
        while i < n {
            let mut end = None;
            for j in i + 1..=n {
                if self.line(i, j) > max_width + EPS {
                    break;
                }
                if self.may_break(j) {
                    end = Some(j);
                }
            }
            i = end?;
            lines += 1;
        }
        Some(lines)
    }

    /// All pieces in exactly `k` lines, chosen as [`wrap`] says. Two dynamic programmes over
    /// (lines, pieces): the first finds the least possible widest line, the second the most even
    /// layout whose lines stay within it.
    fn balanced(&self, k: usize, max_width: f64) -> Vec<String> {
        let n = self.pieces.len();
        // The width a line i..j counts as when ranking, or None when it does not fit or may not end.
        let ranked = |i: usize, j: usize| {
            let w = self.line(i, j);
            (w <= max_width + EPS && self.may_break(j)).then(|| w + self.penalty(j))
        };
        let inf = f64::INFINITY;
        let mut widest = vec![vec![inf; n + 1]; k + 1];
        widest[0][0] = 0.0;
        for l in 1..=k {
            for j in l..=n {
                for i in (l - 1)..j {
                    if let Some(w) = ranked(i, j) {
                        widest[l][j] = widest[l][j].min(widest[l - 1][i].max(w));
                    }
                }
            }
        }
        let limit = widest[k][n] + EPS;
        let mut cost = vec![vec![inf; n + 1]; k + 1];
        let mut from = vec![vec![0usize; n + 1]; k + 1];
        cost[0][0] = 0.0;
        for l in 1..=k {
            for j in l..=n {
                for i in (l - 1)..j {
                    match ranked(i, j) {
                        Some(w) if w <= limit && cost[l - 1][i] + w * w < cost[l][j] => {
                            cost[l][j] = cost[l - 1][i] + w * w;
                            from[l][j] = i;
                        }
                        _ => {}
                    }
                }
            }
        }
        let mut ends = vec![n];
        let mut j = n;
        for l in (1..=k).rev() {
            j = from[l][j];
            ends.push(j);
        }
        ends.reverse();
        ends.windows(2).map(|w| self.text(w[0], w[1])).collect()
    }

    /// The label does not fit: lines filled in order, the last one (or a cut word) ends with "…".
    fn truncated(&self, max_width: f64, max_lines: usize) -> Vec<String> {
        let n = self.pieces.len();
        let fits = |s: &str| text_width(s, self.font_size, self.weight) <= max_width + EPS;
        let mut lines = Vec::new();
        let mut i = 0;
        while i < n {
            let last = lines.len() + 1 == max_lines;
            let mut j = i;
            while j < n && self.line(i, j + 1) <= max_width + EPS {
                j += 1;
            }
            if j == n {
                lines.push(self.text(i, n));
                break;
            }
            if last {
                // As many pieces as fit together with the ellipsis.
                let mut line = None;
                for j in (i + 1..=j).rev() {
                    let candidate = with_ellipsis(&self.text(i, j));
                    if fits(&candidate) {
                        line = Some(candidate);
                        break;
                    }
                }
                lines.push(line.unwrap_or_else(|| self.cut(self.pieces[i].text, max_width)));
                break;
            }
            if j == i {
                // A word wider than a line: cut it, and the label ends there.
                lines.push(self.cut(self.pieces[i].text, max_width));
                break;
            }
            lines.push(self.text(i, j));
            i = j;
        }
        lines
    }

    /// The longest start of `word` (whole clusters) that fits `max_width` with the ellipsis.
    fn cut(&self, word: &str, max_width: f64) -> String {
        let mut best = ELLIPSIS.to_owned();
        for end in cluster_ends(word) {
            let candidate = with_ellipsis(&word[..end]);
            if text_width(&candidate, self.font_size, self.weight) > max_width + EPS {
                break;
            }
            best = candidate;
        }
        best
    }
}

/// `s` + "…", without a hyphen or space just before the ellipsis ("Berg…", not "Berg-…").
fn with_ellipsis(s: &str) -> String {
    let mut out = s.trim_end_matches(|c: char| is_hyphen(c) || c.is_whitespace()).to_owned();
    out.push_str(ELLIPSIS);
    out
}

// ---------------------------------------------------------------------------------------------
// Tables

// BEGIN GENERATED by tests/tools/glyph_widths.py: do not edit by hand.
// Source: Liberation Sans 1.07.4 (Debian fonts-liberation), advance widths in units of 1/2048 em.

/// Ascent and descent above and below the baseline (hhea, equal to OS/2 win metrics), in font units.
const ASCENT_UNITS: u16 = 1854;
const DESCENT_UNITS: u16 = 434;

/// Dense blocks of advance widths, `[regular, bold]` arrays indexed from `first`; 0 = no glyph.
#[rustfmt::skip]
const BLOCKS: [Block; 3] = [
    Block { first: 0x0020, widths: [
        // regular
        &[
            /* U+0020 */  569,  569,  727, 1139, 1139, 1821, 1366,  391,  682,  682,  797, 1196,  569,  682,  569,  569,
            /* U+0030 */ 1139, 1139, 1139, 1139, 1139, 1139, 1139, 1139, 1139, 1139,  569,  569, 1196, 1196, 1196, 1139,
            /* U+0040 */ 2079, 1366, 1366, 1479, 1479, 1366, 1251, 1593, 1479,  569, 1024, 1366, 1139, 1706, 1479, 1593,
            /* U+0050 */ 1366, 1593, 1479, 1366, 1251, 1479, 1366, 1933, 1366, 1366, 1251,  569,  569,  569,  961, 1139,
            /* U+0060 */  682, 1139, 1139, 1024, 1139, 1139,  569, 1139, 1139,  455,  455, 1024,  455, 1706, 1139, 1139,
            /* U+0070 */ 1139, 1139,  682, 1024,  569, 1139, 1024, 1479, 1024, 1024, 1024,  684,  532,  684, 1196,    0,
            /* U+0080 */    0,    0,    0,    0,    0,    0,    0,    0,    0,    0,    0,    0,    0,    0,    0,    0,
            /* U+0090 */    0,    0,    0,    0,    0,    0,    0,    0,    0,    0,    0,    0,    0,    0,    0,    0,
            /* U+00A0 */  569,  682, 1139, 1139, 1139, 1139,  532, 1139,  682, 1509,  758, 1139, 1196,  682, 1509, 1131,
            /* U+00B0 */  819, 1124,  682,  682,  682, 1180, 1100,  569,  682,  682,  748, 1139, 1708, 1708, 1708, 1251,
            /* U+00C0 */ 1366, 1366, 1366, 1366, 1366, 1366, 2048, 1479, 1366, 1366, 1366, 1366,  569,  569,  569,  569,
            /* U+00D0 */ 1479, 1479, 1593, 1593, 1593, 1593, 1593, 1196, 1593, 1479, 1479, 1479, 1479, 1366, 1366, 1251,
            /* U+00E0 */ 1139, 1139, 1139, 1139, 1139, 1139, 1821, 1024, 1139, 1139, 1139, 1139,  569,  569,  569,  569,
            /* U+00F0 */ 1139, 1139, 1139, 1139, 1139, 1139, 1139, 1124, 1251, 1139, 1139, 1139, 1139, 1024, 1139, 1024,
            /* U+0100 */ 1366, 1139, 1366, 1139, 1366, 1139, 1479, 1024, 1479, 1024, 1479, 1024, 1479, 1024, 1479, 1259,
            /* U+0110 */ 1479, 1139, 1366, 1139, 1366, 1139, 1366, 1139, 1366, 1139, 1366, 1139, 1593, 1139, 1593, 1139,
            /* U+0120 */ 1593, 1139, 1593, 1139, 1479, 1139, 1479, 1139,  569,  569,  569,  569,  569,  569,  569,  455,
            /* U+0130 */  569,  569, 1505,  909, 1024,  455, 1366, 1024, 1024, 1139,  455, 1139,  455, 1139,  597, 1139,
            /* U+0140 */  684, 1139,  455, 1479, 1139, 1479, 1139, 1479, 1139, 1237, 1481, 1139, 1593, 1139, 1593, 1139,
            /* U+0150 */ 1593, 1139, 2048, 1933, 1479,  682, 1479,  682, 1479,  682, 1366, 1024, 1366, 1024, 1366, 1024,
            /* U+0160 */ 1366, 1024, 1251,  569, 1251,  768, 1251,  569, 1479, 1139, 1479, 1139, 1479, 1139, 1479, 1139,
            /* U+0170 */ 1479, 1139, 1479, 1139, 1933, 1479, 1366, 1024, 1366, 1251, 1024, 1251, 1024, 1251, 1024,  455,
        ],
        // bold
        &[
            /* U+0020 */  569,  682,  971, 1139, 1139, 1821, 1479,  487,  682,  682,  797, 1196,  569,  682,  569,  569,
            /* U+0030 */ 1139, 1139, 1139, 1139, 1139, 1139, 1139, 1139, 1139, 1139,  682,  682, 1196, 1196, 1196, 1251,
            /* U+0040 */ 1997, 1479, 1479, 1479, 1479, 1366, 1251, 1593, 1479,  569, 1139, 1479, 1251, 1706, 1479, 1593,
            /* U+0050 */ 1366, 1593, 1479, 1366, 1251, 1479, 1366, 1933, 1366, 1366, 1251,  682,  569,  682, 1196, 1139,
            /* U+0060 */  682, 1139, 1251, 1139, 1251, 1139,  682, 1251, 1251,  569,  569, 1139,  569, 1821, 1251, 1251,
            /* U+0070 */ 1251, 1251,  797, 1139,  682, 1251, 1139, 1593, 1139, 1139, 1024,  797,  573,  797, 1196,    0,
            /* U+0080 */    0,    0,    0,    0,    0,    0,    0,    0,    0,    0,    0,    0,    0,    0,    0,    0,
            /* U+0090 */    0,    0,    0,    0,    0,    0,    0,    0,    0,    0,    0,    0,    0,    0,    0,    0,
            /* U+00A0 */  569,  682, 1139, 1139, 1139, 1139,  573, 1139,  682, 1509,  758, 1139, 1196,  682, 1509, 1131,
            /* U+00B0 */  819, 1124,  682,  682,  682, 1180, 1139,  569,  682,  682,  748, 1139, 1708, 1708, 1708, 1251,
            /* U+00C0 */ 1479, 1479, 1479, 1479, 1479, 1479, 2048, 1479, 1366, 1366, 1366, 1366,  569,  569,  569,  569,
            /* U+00D0 */ 1479, 1479, 1593, 1593, 1593, 1593, 1593, 1196, 1593, 1479, 1479, 1479, 1479, 1366, 1366, 1251,
            /* U+00E0 */ 1139, 1139, 1139, 1139, 1139, 1139, 1821, 1139, 1139, 1139, 1139, 1139,  569,  569,  569,  569,
            /* U+00F0 */ 1251, 1251, 1251, 1251, 1251, 1251, 1251, 1124, 1251, 1251, 1251, 1251, 1251, 1139, 1251, 1139,
            /* U+0100 */ 1479, 1139, 1479, 1139, 1479, 1139, 1479, 1139, 1479, 1139, 1479, 1139, 1479, 1139, 1479, 1472,
            /* U+0110 */ 1479, 1251, 1366, 1139, 1366, 1139, 1366, 1139, 1366, 1139, 1366, 1139, 1593, 1251, 1593, 1251,
            /* U+0120 */ 1593, 1251, 1593, 1251, 1479, 1251, 1479, 1251,  569,  569,  569,  569,  569,  569,  569,  569,
            /* U+0130 */  569,  569, 1607, 1139, 1139,  569, 1479, 1139, 1139, 1251,  569, 1251,  569, 1251,  789, 1251,
            /* U+0140 */  981, 1251,  569, 1479, 1251, 1479, 1251, 1479, 1251, 1451, 1481, 1251, 1593, 1251, 1593, 1251,
            /* U+0150 */ 1593, 1251, 2048, 1933, 1479,  797, 1479,  797, 1479,  797, 1366, 1139, 1366, 1139, 1366, 1139,
            /* U+0160 */ 1366, 1139, 1251,  682, 1251,  981, 1251,  682, 1479, 1251, 1479, 1251, 1479, 1251, 1479, 1251,
            /* U+0170 */ 1479, 1251, 1479, 1251, 1933, 1593, 1366, 1139, 1366, 1251, 1024, 1251, 1024, 1251, 1024,  569,
        ],
    ] },
    Block { first: 0x0384, widths: [
        // regular
        &[
            /* U+0384 */  682,  682, 1367,  569, 1606, 1716,  786,    0, 1586,    0, 1752, 1541,  455, 1366, 1366, 1128,
            /* U+0394 */ 1368, 1366, 1251, 1479, 1593,  569, 1366, 1368, 1706, 1479, 1331, 1593, 1479, 1366,    0, 1266,
            /* U+03A4 */ 1251, 1366, 1634, 1366, 1711, 1531,  569, 1366, 1184,  913, 1139,  455, 1120, 1184, 1178, 1024,
            /* U+03B4 */ 1140,  913,  903, 1139, 1139,  455, 1024, 1024, 1180, 1024,  917, 1139, 1413, 1165,  987, 1264,
            /* U+03C4 */  809, 1120, 1328, 1075, 1460, 1599,  455, 1120, 1139, 1120, 1599,
        ],
        // bold
        &[
            /* U+0384 */  682,  952, 1479,  682, 1747, 1855,  970,    0, 1689,    0, 1899, 1716,  569, 1479, 1479, 1231,
            /* U+0394 */ 1472, 1366, 1251, 1479, 1593,  569, 1479, 1366, 1706, 1479, 1318, 1593, 1479, 1366,    0, 1229,
            /* U+03A4 */ 1251, 1366, 1681, 1366, 1657, 1642,  569, 1366, 1259,  924, 1251,  569, 1192, 1259, 1250, 1139,
            /* U+03B4 */ 1242,  972,  943, 1251, 1107,  569, 1142, 1139, 1253, 1139,  912, 1251, 1568, 1267, 1065, 1401,
            /* U+03C4 */  914, 1192, 1465, 1179, 1543, 1730,  569, 1192, 1251, 1192, 1730,
        ],
    ] },
    Block { first: 0x0400, widths: [
        // regular
        &[
            /* U+0400 */ 1366, 1367, 1771, 1109, 1472, 1366,  569,  569, 1024, 2165, 2069, 1749, 1193, 1479, 1301, 1472,
            /* U+0410 */ 1366, 1344, 1366, 1109, 1387, 1366, 1891, 1237, 1472, 1472, 1193, 1344, 1706, 1479, 1593, 1472,
            /* U+0420 */ 1366, 1479, 1251, 1301, 1557, 1366, 1515, 1365, 1877, 1920, 1621, 1813, 1344, 1472, 2069, 1479,
            /* U+0430 */ 1139, 1173, 1088,  747, 1195, 1139, 1370,  939, 1144, 1144,  896, 1195, 1408, 1131, 1139, 1109,
            /* U+0440 */ 1139, 1024,  938, 1024, 1685, 1024, 1173, 1067, 1643, 1685, 1280, 1472, 1067, 1045, 1536, 1109,
            /* U+0450 */ 1139, 1139, 1139,  747, 1045, 1024,  455,  569,  455, 1856, 1664, 1139,  896, 1144, 1024, 1131,
        ],
        // bold
        &[
            /* U+0400 */ 1366, 1370, 1813, 1161, 1457, 1366,  569,  565, 1139, 2240, 2176, 1792, 1250, 1479, 1274, 1472,
            /* U+0410 */ 1479, 1472, 1479, 1161, 1459, 1366, 1851, 1283, 1472, 1472, 1250, 1437, 1706, 1479, 1593, 1472,
            /* U+0420 */ 1366, 1479, 1251, 1274, 1748, 1366, 1496, 1439, 2058, 2087, 1781, 2005, 1472, 1457, 2112, 1472,
            /* U+0430 */ 1139, 1265, 1259,  853, 1300, 1139, 1452, 1018, 1259, 1259, 1025, 1301, 1515, 1237, 1251, 1237,
            /* U+0440 */ 1251, 1139, 1003, 1139, 1792, 1139, 1259, 1189, 1707, 1728, 1493, 1749, 1259, 1131, 1749, 1195,
            /* U+0450 */ 1139, 1139, 1251,  853, 1131, 1139,  569,  576,  569, 1984, 1856, 1251, 1025, 1259, 1139, 1237,
        ],
    ] },
];

/// Single code points outside the blocks, sorted: `(char, regular, bold)`.
// Not in the font (so counted conservatively): U+2012, U+2016, U+201F, U+2023, U+2024, U+2025, U+2027, U+2028, U+2029, U+202A, U+202B, U+202C, U+202D, U+202E, U+202F, U+2031, U+2034, U+2035, U+2036, U+2037, U+2038, U+203B, U+203D, U+203F, U+2040, U+2041, U+2042, U+2043.
#[rustfmt::skip]
const SPARSE: [(char, u16, u16); 58] = [
    ('\u{0192}', 1139, 1139), ('\u{01FA}', 1366, 1479), ('\u{01FB}', 1139, 1139), ('\u{01FC}', 2048, 2048), ('\u{01FD}', 1821, 1821),
    ('\u{01FE}', 1593, 1593), ('\u{01FF}', 1251, 1251), ('\u{0218}', 1366, 1366), ('\u{0219}', 1024, 1139), ('\u{021A}', 1251, 1251),
    ('\u{021B}',  569,  682), ('\u{2010}',  682,  682), ('\u{2011}',  682,  682), ('\u{2013}', 1139, 1139), ('\u{2014}', 2048, 2048),
    ('\u{2015}', 2048, 2048), ('\u{2017}', 1131, 1131), ('\u{2018}',  455,  569), ('\u{2019}',  455,  569), ('\u{201A}',  455,  569),
    ('\u{201B}',  455,  569), ('\u{201C}',  682, 1024), ('\u{201D}',  682, 1024), ('\u{201E}',  682, 1024), ('\u{2020}', 1139, 1139),
    ('\u{2021}', 1139, 1139), ('\u{2022}',  717,  717), ('\u{2026}', 2048, 2048), ('\u{2030}', 2048, 2048), ('\u{2032}',  384,  491),
    ('\u{2033}',  725,  981), ('\u{2039}',  682,  682), ('\u{203A}',  682,  682), ('\u{203C}', 1024, 1237), ('\u{203E}',  682,  682),
    ('\u{2044}',  342,  342), ('\u{20AC}', 1139, 1139), ('\u{2116}', 2197, 2283), ('\u{2122}', 2048, 2048), ('\u{2190}', 2048, 2048),
    ('\u{2191}', 1024, 1024), ('\u{2192}', 2048, 2048), ('\u{2193}', 1024, 1024), ('\u{2194}', 2048, 2048), ('\u{2212}', 1196, 1196),
    ('\u{2219}',  569,  569), ('\u{221E}', 1460, 1460), ('\u{2248}', 1124, 1124), ('\u{2260}', 1124, 1124), ('\u{2264}', 1124, 1124),
    ('\u{2265}', 1124, 1124), ('\u{25A0}', 1237, 1237), ('\u{25A1}', 1237, 1237), ('\u{25CA}', 1012, 1012), ('\u{25CB}', 1237, 1237),
    ('\u{25CF}', 1237, 1237), ('\u{2640}', 1536, 1536), ('\u{2642}', 1536, 1536),
];

/// Combining marks and, per mark, the ASCII letters (bit 0-25 = A-Z, 26-51 = a-z) that it
/// composes with into a glyph of the letter's own width, in both weights.
#[rustfmt::skip]
const FOLDING_MARKS: [(char, u64); 13] = [
    ('\u{0300}', 0x0410044104111), // combining grave accent
    ('\u{0301}', 0xC59A057166915), // combining acute accent
    ('\u{0302}', 0x5510B555443D5), // combining circumflex accent
    ('\u{0303}', 0x0418004106101), // combining tilde
    ('\u{0304}', 0x0410044104111), // combining macron
    ('\u{0306}', 0x0410144104151), // combining breve
    ('\u{0307}', 0x8000152000154), // combining dot above
    ('\u{0308}', 0x4410045104111), // combining diaeresis
    ('\u{030A}', 0x0400004100001), // combining ring above
    ('\u{030B}', 0x0410000104000), // combining double acute accent
    ('\u{030C}', 0x81880520E281C), // combining caron
    ('\u{0327}', 0x038B1100E2C44), // combining cedilla
    ('\u{0328}', 0x0400444100111), // combining ogonek
];
// END GENERATED

#[cfg(test)]
mod tests {
    use super::*;
    use FontWeight::{Bold, Normal};

    const SIZE: f64 = 12.0;

    fn width(s: &str) -> f64 {
        text_width(s, SIZE, Normal)
    }

    fn wrap12(text: &str, max_width: f64, max_lines: usize) -> Vec<String> {
        wrap(text, SIZE, Normal, max_width, max_lines)
    }

    #[test]
    fn the_font_stack_starts_with_the_metric_compatible_fonts() {
        assert!(FONT_FAMILY.starts_with(r#"Arial, "Liberation Sans", Helvetica"#));
        assert!(FONT_FAMILY.ends_with("sans-serif"));
        assert!(TEXT_CSS.contains("font-kerning:none"));
        assert_eq!((Normal.css(), Bold.css()), ("normal", "bold"));
    }

    #[test]
    fn widths_match_chromium() {
        // getComputedTextLength() of SVG <text> in FONT_FAMILY with TEXT_CSS, measured in
        // Chromium 156 with Liberation Sans 1.07.4 (tests/tools/text_metrics_chromium.mjs measures
        // these and ~230 more). Chromium rounds text lengths to 1/64 px, hence the tolerance.
        let cases = [
            ("Johanna Wilhelmina Petronella", 12.0, Normal, 165.4375),
            ("Johanna Wilhelmina Petronella", 12.0, Bold, 177.375),
            ("Maria Johanna van der Berg-de Vries", 12.0, Normal, 199.453125),
            ("Maria Johanna van der Berg-de Vries", 12.0, Bold, 211.40625),
            ("° 1955 † 2010", 12.0, Normal, 74.875),
            ("° 1955 † 2010", 12.0, Bold, 74.875),
            ("h. 1972", 12.0, Normal, 40.046875),
            ("g. 1998", 11.0, Normal, 36.703125),
            ("Şükrü Öztürk", 12.0, Normal, 70.03125),
            ("Małgorzata Wiśniewska", 12.0, Bold, 134.046875),
            ("ĲSSELMEER", 13.0, Normal, 80.359375),
            // With Chromium's default kerning this one measures 96.90625: hence TEXT_CSS.
            ("AVATAR TYWAVE", 12.0, Normal, 102.03125),
            // Decomposed é and ë: drawn as the precomposed letters.
            ("Jose\u{301} Zoe\u{308}", 12.0, Normal, 49.359375),
            ("♀ ♂ × ·", 12.0, Normal, 38.34375),
            ("“Jo” ‘t — …", 12.0, Normal, 60.671875),
        ];
        for (text, size, weight, chromium) in cases {
            let got = text_width(text, size, weight);
            assert!((got - chromium).abs() <= 1.0 / 64.0, "{text:?} {size} {weight:?}: {got} vs Chromium {chromium}");
        }
    }

    #[test]
    fn widths_follow_the_table() {
        // Advances in 1/2048 em: "H" 1479, "i" 455, space 569; bold "H" 1479, "i" 569.
        assert_eq!(width("Hi"), (1479.0 + 455.0) / 2048.0 * SIZE);
        assert_eq!(text_width("Hi", 2048.0, Bold), 1479.0 + 569.0);
        assert_eq!(width(""), 0.0);
        assert_eq!(text_width("H i", 2048.0, Normal), 1479.0 + 569.0 + 455.0);
        // Width scales with the size.
        assert!((text_width("Petronella", 24.0, Normal) - 2.0 * width("Petronella")).abs() < 1e-9);
        // Every character the drawings use is in the table.
        for c in "°†–—…‘’“”·•×♀♂ĳĲéëïöüçşğıłńőŞĞİŁŃŐßÆØÅæøåșțȘȚ€".chars()
        {
            assert!(glyph_units(c, Normal).is_some() && glyph_units(c, Bold).is_some(), "{c:?} not in the table");
        }
        // A ligature-free ĳ is one glyph, narrower than i + j in the regular weight.
        assert!(width("ĳ") < width("ij") + 1e-9);
    }

    #[test]
    fn bold_is_wider() {
        for s in ["Johanna Wilhelmina Petronella", "h. 1972", "Şükrü Öztürk", "IJSSELMEER", "van der Berg-de Vries"]
        {
            assert!(text_width(s, SIZE, Bold) > width(s), "{s:?}");
        }
        // Digits, °, † and the space keep their width in bold (tabular figures); no letter is narrower.
        assert_eq!(text_width("° 1955 † 2010", SIZE, Bold), width("° 1955 † 2010"));
        for c in (' '..='~').chain('\u{A0}'..='\u{17F}').filter(|c| c.is_alphabetic()) {
            assert!(glyph_units(c, Bold) >= glyph_units(c, Normal), "{c:?}");
        }
    }

    #[test]
    fn unknown_characters_are_counted_generously() {
        // CJK, Arabic and the like: 1 em each; emoji blocks 1.3 em (✕ is in one, and not in Arial).
        assert_eq!(width("王小明"), 3.0 * SIZE);
        assert_eq!(width("محمد"), 4.0 * SIZE);
        assert!((width("✕") - 1.3 * SIZE).abs() < 0.01);
        assert!((width("😀") - 1.3 * SIZE).abs() < 0.01);
        // Each is at least as wide as the widest Latin glyph in the table but "W" ("@" is 1.015 em).
        assert!(width("王") >= width("W"));
        // ♀ with emoji presentation (VS16) counts as an emoji.
        assert!((width("♀\u{FE0F}") - 1.3 * SIZE).abs() < 0.01);
    }

    #[test]
    fn invisible_characters_and_controls() {
        assert_eq!(width("Jo\u{00AD}hanna"), width("Johanna"));
        assert_eq!(width("a\u{200D}b\u{200B}c\u{FEFF}"), width("abc"));
        assert_eq!(width("a\tb"), width("a b"));
    }

    #[test]
    fn combining_marks_fold_or_count_extra() {
        // e + ◌́ is drawn as é, which is as wide as e.
        assert_eq!(width("Jose\u{301}"), width("José"));
        assert_eq!(width("Zoe\u{308}"), width("Zoë"));
        assert_eq!(width("c\u{327}"), width("ç"));
        // x + ◌́ has no precomposed glyph: the browser uses a fallback font; counted 0.25 em extra.
        assert_eq!(width("x\u{301}"), width("x") + 0.25 * SIZE);
        // d + ◌̌ is ď, wider than d: not folded either.
        assert!(width("d\u{30C}") >= width("ď"));
        // Two marks on one letter: the extra once.
        assert_eq!(width("e\u{308}\u{301}"), width("e") + 0.25 * SIZE);
        // A mark with nothing to sit on: conservative.
        assert_eq!(width("\u{301}"), SIZE);
        // After a character counted conservatively, marks add nothing.
        assert_eq!(width("王\u{301}"), SIZE);
    }

    #[test]
    fn wrap_keeps_a_label_that_fits_on_one_line() {
        let text = "Johanna Wilhelmina Petronella";
        assert_eq!(wrap12(text, width(text), 3), vec![text]);
        assert_eq!(wrap12("  Jan   de  Vries ", 200.0, 2), vec!["Jan de Vries"]);
        assert_eq!(wrap12("Jan\u{00A0}de\u{00A0}Vries", 10.0 * SIZE, 2).len(), 1, "no-break spaces hold");
    }

    #[test]
    fn wrap_breaks_at_spaces_and_balances() {
        let text = "Johanna Wilhelmina Petronella";
        // Either break fits 130 px; the one with the narrower widest line wins.
        let lines = wrap12(text, 130.0, 2);
        assert_eq!(lines, vec!["Johanna Wilhelmina", "Petronella"]);
        assert!(wrapped_width(&lines, SIZE, Normal) < width("Wilhelmina Petronella"));
        // Not the greedy "Johanna Wilhelmina" / "Petronella Geertruida": fewest lines, then balance.
        let lines = wrap12("Johanna Wilhelmina Petronella Geertruida", 130.0, 3);
        assert_eq!(lines, vec!["Johanna Wilhelmina", "Petronella Geertruida"]);
        // Three lines when two cannot hold it.
        let lines = wrap12("Johanna Wilhelmina Petronella Geertruida", 70.0, 3);
        assert_eq!(lines, vec!["Johanna", "Wilhelmina", "Petronella…"]);
    }

    #[test]
    fn wrap_breaks_after_hyphens() {
        assert_eq!(wrap12("Berg-de Vries", width("Berg-de"), 2), vec!["Berg-de", "Vries"]);
        assert_eq!(wrap12("van der Berg-de Vries", width("van der Berg-"), 2), vec!["van der Berg-", "de Vries"]);
        assert_eq!(wrap12("Fatima-Zahra", width("Fatima-"), 2), vec!["Fatima-", "Zahra"]);
        // Not before a number or at a word's edge.
        assert_eq!(pieces("-5 Berg- x--y").iter().map(|p| p.text).collect::<Vec<_>>(), vec!["-5", "Berg-", "x--y"]);
    }

    #[test]
    fn wrap_keeps_name_particles_with_the_name() {
        // "Maria Johanna van" / "der Berg-de Vries" would be the most even, but tears the surname.
        let lines = wrap12("Maria Johanna van der Berg-de Vries", 130.0, 2);
        assert_eq!(lines, vec!["Maria Johanna", "van der Berg-de Vries"]);
        let lines = wrap12("Jan Pieter Hendrik van den Bosch", 130.0, 2);
        assert_eq!(lines, vec!["Jan Pieter Hendrik", "van den Bosch"]);
        // "Jan de" / "Vries-van Dijk" is narrower, but "de" belongs to "Vries".
        assert_eq!(wrap12("Jan de Vries-van Dijk", 80.0, 2), vec!["Jan de Vries-", "van Dijk"]);
        // Unless keeping them together costs a line: "Anna" / "van der Berg-" / "de Vries".
        assert_eq!(wrap12("Anna van der Berg-de Vries", 80.0, 3), vec!["Anna van der", "Berg-de Vries"]);
    }

    #[test]
    fn wrap_ends_with_an_ellipsis_when_it_cannot_fit() {
        let lines = wrap12("Johanna Wilhelmina Petronella Geertruida Everdina", 100.0, 2);
        assert_eq!(lines, vec!["Johanna", "Wilhelmina…"]);
        let lines = wrap12("Johanna Wilhelmina Petronella", 100.0, 1);
        assert_eq!(lines, vec!["Johanna…"]);
        // No hyphen before the ellipsis.
        let lines = wrap12("Maria Berg-de Vries", width("Maria Berg-…") + 1.0, 1);
        assert_eq!(lines, vec!["Maria Berg…"]);
        assert_eq!(fit_line("Johanna Wilhelmina", SIZE, Normal, 60.0), "Johanna…");
    }

    #[test]
    fn wrap_cuts_a_word_wider_than_a_line() {
        let long = "Wolfeschlegelsteinhausenbergerdorff";
        let lines = wrap12(long, 100.0, 3);
        assert_eq!(lines.len(), 1);
        assert!(lines[0].ends_with('…') && long.starts_with(lines[0].trim_end_matches('…')));
        assert!(width(&lines[0]) <= 100.0);
        // The label ends at the cut word, even with lines to spare.
        assert_eq!(wrap12(&format!("Jan {long} Jansen"), 100.0, 3), vec!["Jan".to_owned(), lines[0].clone()]);
        // Narrower than "W…": just the ellipsis.
        assert_eq!(wrap12(long, width("W…") - 0.1, 2), vec!["…"]);
        // Narrower than the ellipsis itself: still something to draw.
        assert_eq!(wrap12(long, 1.0, 2), vec!["…"]);
    }

    #[test]
    fn wrap_handles_empty_and_white_space() {
        assert!(wrap12("", 100.0, 2).is_empty());
        assert!(wrap12(" \t\n ", 100.0, 2).is_empty());
        assert_eq!(fit_line("   ", SIZE, Normal, 100.0), "");
        assert_eq!(wrap12("Jan", 100.0, 0), vec!["Jan"], "max_lines 0 counts as 1");
        assert_eq!(wrap12("Jan", f64::NAN, 2), vec!["…"]);
        assert_eq!(wrap12("Jan de Vries", f64::INFINITY, 2), vec!["Jan de Vries"]);
    }

    #[test]
    fn wrap_keeps_diacritics_and_marks_whole() {
        let lines = wrap12("Şükrü Öztürk Çağla Yılmaz", width("Şükrü Öztürk").max(width("Çağla Yılmaz")), 2);
        assert_eq!(lines, vec!["Şükrü Öztürk", "Çağla Yılmaz"]);
        // Cut inside a word of decomposed letters: never between a letter and its marks.
        let word = "Zoe\u{308}e\u{308}e\u{308}e\u{308}e\u{308}e\u{308}e\u{308}e\u{308}";
        for max in [20.0, 25.0, 30.0, 35.0, 40.0, 45.0] {
            let line = &wrap12(word, max, 1)[0];
            let kept = line.trim_end_matches('…');
            assert!(word.starts_with(kept) && !word[kept.len()..].starts_with('\u{308}'), "{line:?}");
        }
        // Emoji sequences and flags stay whole.
        assert_eq!(cluster_ends("a👨\u{200D}👩\u{200D}👧b").len(), 3);
        assert_eq!(cluster_ends("🇳🇱🇧🇪").len(), 2);
        assert_eq!(cluster_ends("👍🏽!").len(), 2);
    }

    #[test]
    fn wrapped_size() {
        let lines = vec!["Johanna Wilhelmina".to_owned(), "Petronella".to_owned()];
        assert_eq!(wrapped_width(&lines, SIZE, Normal), width("Johanna Wilhelmina"));
        assert_eq!(wrapped_width::<&str>(&[], SIZE, Normal), 0.0);
        assert_eq!(wrapped_height(0, SIZE), 0.0);
        assert!((wrapped_height(1, SIZE) - (1854.0 + 434.0) / 2048.0 * SIZE).abs() < 1e-9);
        assert!((wrapped_height(3, SIZE) - wrapped_height(1, SIZE) - 2.0 * 1.2 * SIZE).abs() < 1e-9);
    }

    /// A small deterministic generator (xorshift), so the property test needs no crate.
    struct Rng(u64);
    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }
        fn below(&mut self, n: usize) -> usize {
            (self.next() % n as u64) as usize
        }
    }

    #[test]
    fn wrapped_lines_always_fit_and_keep_the_start_of_the_label() {
        // Words (some with inner spaces, hyphens, marks, unknown characters), separated by '|'.
        const WORDS: &str = "Johanna|Wilhelmina|van|der|Berg-de|Vries|° 1955|† 2010|h.|1972|Şükrü|Öztürk|Zoe\u{308}|\
            IJsbrand|Ĳsselmeer|Wolfeschlegelsteinhausenbergerdorff|王小明|😀|Jan-Pieter-Hendrik|’t|x\u{301}y\u{301}|\
            W|i|MMMMMMMMMM";
        let words: Vec<&str> = WORDS.split('|').collect();
        const SPACES: [&str; 4] = [" ", "  ", "\t", "\u{00A0}"];
        let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
        for case in 0..5000 {
            let mut text = String::new();
            for k in 0..1 + rng.below(8) {
                if k > 0 || rng.below(4) == 0 {
                    text.push_str(SPACES[rng.below(SPACES.len())]);
                }
                text.push_str(words[rng.below(words.len())]);
            }
            let weight = if rng.below(2) == 0 { Normal } else { Bold };
            let size = [11.0, 12.0, 13.0][rng.below(3)];
            let max_width = text_width(ELLIPSIS, size, weight) + rng.below(300) as f64;
            let max_lines = 1 + rng.below(4);
            let lines = wrap(&text, size, weight, max_width, max_lines);
            let ctx = format!("case {case}: {text:?} {size} {weight:?} {max_width} {max_lines} -> {lines:?}");

            assert!(!lines.is_empty() && lines.len() <= max_lines, "{ctx}");
            for line in &lines {
                assert!(text_width(line, size, weight) <= max_width + 1e-9, "too wide: {ctx}");
                assert!(!line.is_empty() && line.trim() == line, "{ctx}");
                assert!(!line.starts_with(is_mark), "{ctx}");
            }
            // Without spaces and the ellipsis, the lines spell the start of the label.
            let squeeze = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
            let all = squeeze(&text);
            let mut shown = squeeze(&lines.concat());
            let cut = shown.ends_with(ELLIPSIS) && !all.ends_with(ELLIPSIS);
            if cut {
                shown.truncate(shown.len() - ELLIPSIS.len());
            }
            assert!(all.starts_with(&shown), "not a prefix: {ctx}");
            assert!(cut || shown == all, "lost text without an ellipsis: {ctx}");
            assert!(!all[shown.len()..].starts_with(extends), "split a cluster: {ctx}");
            // A label that fits in one line stays one line.
            if text_width(&lines.join(" "), size, weight) <= max_width && !cut {
                assert_eq!(lines.len(), 1, "{ctx}");
            }
        }
    }
}
