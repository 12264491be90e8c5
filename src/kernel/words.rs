//! Typed words, shared by both quick-entry notations: tables of known phrases, the
//! nearest known word to a mistyped one, and where in the text a mark starts.

/// The meaning of a known phrase (already lower case, single spaces) in `table`.
pub(crate) fn lookup<W: Copy>(table: &[(String, W)], phrase: &str) -> Option<W> {
    table.iter().find(|(s, _)| s == phrase).map(|(_, w)| *w)
}

/// The longest known phrase (of up to three words) at the start of `words` (lower
/// case): how many words it takes and what it means.
pub(crate) fn longest<W: Copy>(table: &[(String, W)], words: &[String]) -> Option<(usize, W)> {
    (1..=words.len().min(3)).rev().find_map(|n| lookup(table, &words[..n].join(" ")).map(|w| (n, w)))
}

/// Edit distance between two short words (insertions, deletions, substitutions), where
/// swapping two neighbouring letters ("strek" for "sterk") is one mistake, as it is
/// when typing fast.
pub(crate) fn distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (d[i - 1][j] + 1).min(d[i][j - 1] + 1).min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(d[i - 2][j - 2] + 1);
            }
            d[i][j] = best;
        }
    }
    d[a.len()][b.len()]
}

/// The candidate nearest to `word` (lower case), allowing one mistake in four letters:
/// "gescheide" finds "gescheiden", "Peter" finds nothing. Candidates of one or two
/// letters are never suggested (every short word is near them).
pub(crate) fn nearest<'a>(word: &str, candidates: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    let allowed = (word.chars().count() / 4).max(1);
    candidates
        .filter(|s| s.chars().count() > 2)
        .map(|s| (distance(word, s), s))
        .filter(|(d, _)| *d <= allowed)
        .min_by_key(|(d, _)| *d)
        .map(|(_, s)| s)
}

/// The column (from 1, in characters) of byte offset `start` within its line of `text`.
pub(crate) fn column(text: &str, start: usize) -> usize {
    let start = start.min(text.len());
    let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    text.get(line_start..start).map_or(1, |s| s.chars().count() + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_swap_of_neighbours_is_one_mistake() {
        assert_eq!(distance("strek", "sterk"), 1);
        assert_eq!(distance("gescheide", "gescheiden"), 1);
        assert_eq!(distance("", "abc"), 3);
    }

    #[test]
    fn nearest_allows_one_mistake_in_four_letters() {
        let words = ["gescheiden", "sterk", "ex"];
        assert_eq!(nearest("gescheide", words.iter().copied()), Some("gescheiden"));
        assert_eq!(nearest("strek", words.iter().copied()), Some("sterk"));
        assert_eq!(nearest("peter", words.iter().copied()), None);
        assert_eq!(nearest("ez", words.iter().copied()), None, "two-letter words are never suggested");
    }

    #[test]
    fn longest_takes_the_longest_known_phrase() {
        let table = vec![("geen".to_owned(), 1), ("geen band".to_owned(), 2)];
        let words: Vec<String> = ["geen", "band", "x"].iter().map(|s| s.to_string()).collect();
        assert_eq!(longest(&table, &words), Some((2, 2)));
        assert_eq!(lookup(&table, "geen"), Some(1));
    }

    #[test]
    fn columns_count_characters_from_the_line_start() {
        let text = "één\nJan x Ria";
        assert_eq!(column(text, text.find('x').unwrap()), 5);
        assert_eq!(column(text, 0), 1);
    }
}
