//! The side panel as a sheet over the lower part of a narrow screen (a tablet held
//! upright): how high it is while its handle is dragged, and where it settles when let
//! go. Plain maths, tested natively; `side_panel.rs` applies it.

/// Height in CSS pixels of a closed sheet: its handle and title stay in view.
pub const SHEET_CLOSED: f64 = 84.0;
/// The lowest height an open sheet settles at: a few fields in view.
pub const SHEET_MIN_OPEN: f64 = 200.0;
/// Pixels a press on the handle may travel and still count as a tap (open or close).
pub const SHEET_TAP: f64 = 6.0;

/// Where a sheet is: open at a height, or closed (only its handle and title).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Sheet {
    /// Whether the panel is open.
    pub open: bool,
    /// Its height when open (CSS pixels).
    pub height: f64,
}

/// The sheet's height while its handle is dragged `dy` pixels (down is positive) from
/// `start`, in a workspace of height `room`: it follows the finger, between closed and
/// nine tenths of the room.
pub fn drag_height(start: f64, dy: f64, room: f64) -> f64 {
    (start - dy).clamp(SHEET_CLOSED, max_height(room))
}

/// Where the sheet settles when the handle is let go at `height` after travelling `dy`:
/// a tap opens a closed sheet and closes an open one; a drag that ends below the
/// middle between closed and [`SHEET_MIN_OPEN`] closes it (pushed away), any other
/// keeps it open at that height, at least [`SHEET_MIN_OPEN`].
pub fn release(was: Sheet, height: f64, dy: f64, room: f64) -> Sheet {
    if dy.abs() < SHEET_TAP {
        return Sheet { open: !was.open, ..was };
    }
    if height < (SHEET_CLOSED + SHEET_MIN_OPEN) / 2.0 {
        return Sheet { open: false, ..was };
    }
    Sheet { open: true, height: height.clamp(SHEET_MIN_OPEN.min(max_height(room)), max_height(room)) }
}

/// The tallest a sheet may be in a workspace of height `room`: the canvas keeps a
/// tenth, at least its closed height's worth.
fn max_height(room: f64) -> f64 {
    (room * 0.9).max(SHEET_CLOSED)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sheet_follows_the_finger_within_its_bounds() {
        assert_eq!(drag_height(400.0, -100.0, 900.0), 500.0, "pulled up");
        assert_eq!(drag_height(400.0, 100.0, 900.0), 300.0, "pushed down");
        assert_eq!(drag_height(400.0, -900.0, 900.0), 810.0, "never over the whole canvas");
        assert_eq!(drag_height(400.0, 900.0, 900.0), SHEET_CLOSED, "never below its handle");
    }

    #[test]
    fn a_tap_opens_or_closes() {
        let open = Sheet { open: true, height: 400.0 };
        assert_eq!(release(open, 400.0, 2.0, 900.0), Sheet { open: false, height: 400.0 });
        let closed = Sheet { open: false, height: 400.0 };
        assert_eq!(
            release(closed, SHEET_CLOSED, 0.0, 900.0),
            Sheet { open: true, height: 400.0 },
            "back at its height"
        );
    }

    #[test]
    fn pushed_away_it_closes_pulled_up_it_stays_where_it_was_let_go() {
        let open = Sheet { open: true, height: 400.0 };
        assert_eq!(release(open, 120.0, 280.0, 900.0), Sheet { open: false, height: 400.0 });
        assert_eq!(release(open, 600.0, -200.0, 900.0), Sheet { open: true, height: 600.0 });
        // Let go just above the middle: open, but tall enough to use.
        assert_eq!(release(open, 150.0, 250.0, 900.0), Sheet { open: true, height: SHEET_MIN_OPEN });
        let closed = Sheet { open: false, height: 400.0 };
        assert_eq!(release(closed, 500.0, -416.0, 900.0), Sheet { open: true, height: 500.0 }, "pulled up from closed");
        // A short screen: the open height fits what there is.
        assert_eq!(release(open, 170.0, -60.0, 180.0).height, 162.0);
    }
}
