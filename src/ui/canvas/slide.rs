//! Dragging persons in a family too large to lay out on every pointer move (see
//! [`crate::ui::canvas::session_tools::SLIDE_ABOVE_MS`]): their symbols slide along
//! with the pointer, by a CSS `translate` on their groups that leaves the groups' own
//! `transform` (the scene view's) alone, and the family is laid out again around them
//! once the pointer rests for [`REST_MS`], or when it is let go.

use crate::editor::drawing::Drawing;
use crate::genogram::model::PersonId;
use crate::ui::session::Session;
use leptos::prelude::*;
use leptos::svg;

/// How long the pointer must rest before the family makes room for the dragged persons.
pub const REST_MS: u64 = 150;

/// Where a person's centre `c` shows while sliding: at the pointer's place along the
/// row, when they are among the `sliding` persons.
pub fn slid(sliding: &[(PersonId, f64)], id: PersonId, c: (f64, f64)) -> (f64, f64) {
    sliding.iter().find(|(p, _)| *p == id).map_or(c, |&(_, x)| (x, c.1))
}

/// Keeps the sliding persons' groups where the pointer put them, and lays the family
/// out once the pointer rests.
pub fn install(session: Session, drawing: Memo<Option<Drawing>>, svg: NodeRef<svg::Svg>) {
    // Each move re-arms the rest timer; only the last one settles.
    let serial = StoredValue::new(0u32);
    Effect::new(move |_| {
        if session.sliding.with(Vec::is_empty) {
            return;
        }
        let mine = serial.get_value().wrapping_add(1);
        serial.set_value(mine);
        set_timeout(
            move || {
                if serial.get_value() == mine {
                    session.settle_drag();
                }
            },
            std::time::Duration::from_millis(REST_MS),
        );
    });
    // The groups shifted now, by person: found once per drag, and put back when they
    // stop sliding.
    let shifted = StoredValue::new_local(Vec::<(PersonId, web_sys::Element)>::new());
    Effect::new(move |_| {
        let sliding = session.sliding.get();
        let Some(root) = svg.get() else { return };
        let mut before = shifted.try_update_value(std::mem::take).unwrap_or_default();
        let mut now = Vec::with_capacity(sliding.len());
        drawing.with(|d| {
            let Some(d) = d else { return };
            for &(id, x) in &sliding {
                let Some((cx, _)) = d.person_centre(id.get()) else { continue };
                let el = match before.iter().position(|(p, _)| *p == id) {
                    Some(i) => Some(before.swap_remove(i).1),
                    None => root.query_selector(&format!("g[data-person=\"{}\"]", id.get())).ok().flatten(),
                };
                if let Some(el) = el {
                    let _ =
                        el.set_attribute("style", &format!("translate:{}px 0px", crate::kernel::shape::num(x - cx)));
                    now.push((id, el));
                }
            }
        });
        for (_, el) in before {
            let _ = el.remove_attribute("style");
        }
        shifted.set_value(now);
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sliding_person_shows_at_the_pointer_along_their_row() {
        let sliding = [(PersonId(3), 120.0)];
        assert_eq!(slid(&sliding, PersonId(3), (80.0, 40.0)), (120.0, 40.0));
        assert_eq!(slid(&sliding, PersonId(4), (80.0, 40.0)), (80.0, 40.0), "the others stay");
        assert_eq!(slid(&[], PersonId(3), (80.0, 40.0)), (80.0, 40.0));
    }
}
