//! How much of the header fits on one line, from measured widths: the tagline goes
//! first, then menu items from the end move into the "Meer" menu. Plain maths, tested
//! natively; the header measures and applies it (`ui/shell/header.rs`).

/// What the header shows on its one line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HeaderFit {
    /// Whether the tagline beside the product name is shown.
    pub tagline: bool,
    /// How many menu items stay on the line, from the first; the rest are under "Meer".
    pub inline: usize,
}

/// Fits the menu into `room` pixels (the menu's width with the tagline hidden).
/// `items` are the menu buttons' widths in order, `gap` the space between two buttons,
/// `more` the width of the "Meer" button, `tagline` the width the tagline takes when
/// shown. Every item stays on the line if they all fit; the tagline only when the
/// items then still fit beside it.
pub fn fit_header(items: &[f64], gap: f64, more: f64, room: f64, tagline: f64) -> HeaderFit {
    // Half a pixel of slack: measured widths are rounded.
    let room = room + 0.5;
    let row = |n: usize| {
        let buttons: f64 = items[..n].iter().sum::<f64>() + gap * n.saturating_sub(1) as f64;
        if n == items.len() {
            buttons
        } else {
            buttons + more + if n > 0 { gap } else { 0.0 }
        }
    };
    let all = items.len();
    if row(all) + tagline <= room {
        return HeaderFit { tagline: true, inline: all };
    }
    let inline = (0..=all).rev().find(|&n| row(n) <= room).unwrap_or(0);
    HeaderFit { tagline: false, inline }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ITEMS: [f64; 4] = [100.0, 150.0, 60.0, 80.0];

    #[test]
    fn everything_and_the_tagline_when_there_is_room() {
        // 390 of buttons, 3 gaps of 4: 402.
        assert_eq!(fit_header(&ITEMS, 4.0, 50.0, 700.0, 200.0), HeaderFit { tagline: true, inline: 4 });
        assert_eq!(fit_header(&ITEMS, 4.0, 50.0, 602.0, 200.0), HeaderFit { tagline: true, inline: 4 });
    }

    #[test]
    fn the_tagline_goes_before_any_item() {
        assert_eq!(fit_header(&ITEMS, 4.0, 50.0, 601.0, 200.0), HeaderFit { tagline: false, inline: 4 });
        assert_eq!(fit_header(&ITEMS, 4.0, 50.0, 402.0, 200.0), HeaderFit { tagline: false, inline: 4 });
    }

    #[test]
    fn items_move_into_more_from_the_end_leaving_room_for_its_button() {
        // Three items and "Meer": 310 + 2 gaps + 4 + 50 = 372.
        assert_eq!(fit_header(&ITEMS, 4.0, 50.0, 401.0, 200.0).inline, 3);
        assert_eq!(fit_header(&ITEMS, 4.0, 50.0, 372.0, 0.0).inline, 3);
        assert_eq!(fit_header(&ITEMS, 4.0, 50.0, 371.0, 0.0).inline, 2);
        // Only "Meer" fits, or not even that: everything is under "Meer".
        assert_eq!(fit_header(&ITEMS, 4.0, 50.0, 60.0, 0.0).inline, 0);
        assert_eq!(fit_header(&ITEMS, 4.0, 50.0, 0.0, 0.0).inline, 0);
    }

    #[test]
    fn the_line_never_holds_more_than_the_room() {
        for room in (0..800).step_by(7) {
            let room = room as f64;
            let fit = fit_header(&ITEMS, 4.0, 50.0, room, 120.0);
            let n = fit.inline;
            let used = ITEMS[..n].iter().sum::<f64>()
                + 4.0 * n.saturating_sub(1) as f64
                + if n < ITEMS.len() { 50.0 + if n > 0 { 4.0 } else { 0.0 } } else { 0.0 }
                + if fit.tagline { 120.0 } else { 0.0 };
            assert!(used <= room + 0.5 || n == 0, "room {room}: {fit:?} uses {used}");
            // And it is the most that fits: one more item would not.
            if n < ITEMS.len() && !fit.tagline {
                let more = fit_header(&ITEMS, 4.0, 50.0, room + 0.0, 0.0);
                assert_eq!(more.inline, n);
            }
        }
    }
}
