//! Property tests over generated families.

use proptest::prelude::*;

use super::super::generate::{generate, GenerateOptions};
use super::super::quality::{count_crossings, mean_displacement, overlapping_pairs, Slot};
use super::*;

fn options(persons: usize, generations: usize) -> GenerateOptions {
    GenerateOptions {
        remarriage: 0.25,
        cousin_marriage: 0.1,
        unknown_partner: 0.1,
        single_parent: 0.1,
        in_law_parents: 0.3,
        cross_clan: 0.2,
        twins: 0.15,
        ..GenerateOptions::sized(persons, generations)
    }
}

fn check_structure(f: &Family, l: &Layout, pins: &Pins) {
    let o = LayoutOptions::default();
    assert_eq!(l.persons.len(), f.persons.len(), "everyone drawn exactly once");
    let pinned = |s: &Slot| matches!(s, Slot::Person(id) if pins.get(*id).is_some());
    for (a, b) in overlapping_pairs(l, &o) {
        assert!(pinned(&a) && pinned(&b), "{a:?} overlaps {b:?}");
    }
    for u in &f.unions {
        if let Some(b) = u.partners.1 {
            if pins.is_empty() {
                assert_eq!(l.persons[&u.partners.0].row, l.persons[&b].row, "partners of union {} on one row", u.id);
                assert_eq!(l.persons[&u.partners.0].y, l.persons[&b].y);
            }
        }
        for c in &u.children {
            assert!(l.persons[&c.child].row > l.persons[&u.partners.0].row, "child {} below parents", c.child);
        }
    }
    for s in &f.single_parent_links {
        assert!(l.persons[&s.child.child].row > l.persons[&s.parent].row);
    }
    for (&id, p) in &pins.positions {
        assert_eq!(l.persons[&id].centre(), *p, "pinned {id}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn generated_families_layout_cleanly(seed in any::<u64>(), size in 2usize..120, gens in 1usize..=7) {
        let f = generate(seed, &options(size, gens));
        let l = run(&f);
        check_structure(&f, &l, &Pins::default());
        // Deterministic.
        prop_assert_eq!(&run(&f), &l);
    }

    #[test]
    fn pins_are_kept_and_not_overlapped(seed in any::<u64>(), size in 5usize..80, picks in proptest::collection::vec((any::<prop::sample::Index>(), -400.0f64..400.0), 1..4)) {
        let (f, free, drags) = dragged(seed, size, &picks);
        let mut pins = Pins::new();
        for (id, x) in drags {
            // Dragged along its own row.
            pins.pin(id, Point::new(x, free.persons[&id].y));
        }
        let l = layout(&f, &pins, &LayoutOptions::default());
        check_structure(&f, &l, &pins);
    }

    #[test]
    fn column_pins_keep_x_and_leave_the_row(seed in any::<u64>(), size in 5usize..80, picks in proptest::collection::vec((any::<prop::sample::Index>(), -400.0f64..400.0), 1..4)) {
        let (f, free, drags) = dragged(seed, size, &picks);
        let mut pins = Pins::new();
        for (id, x) in drags {
            pins.pin_column(id, x);
        }
        let l = layout(&f, &pins, &LayoutOptions::default());
        for (&id, &x) in &pins.columns {
            prop_assert_eq!(l.persons[&id].x, x, "pinned column of {}", id);
            prop_assert_eq!(l.persons[&id].row, free.persons[&id].row, "row of {} kept", id);
            prop_assert_eq!(l.persons[&id].y, free.persons[&id].y);
            prop_assert!(l.persons[&id].pinned);
        }
        // Persons pinned only by column are not overlapped by anyone unpinned.
        let pinned = |s: &Slot| matches!(s, Slot::Person(id) if pins.column(*id).is_some());
        for (a, b) in overlapping_pairs(&l, &LayoutOptions::default()) {
            prop_assert!(pinned(&a) && pinned(&b), "{:?} overlaps {:?}", a, b);
        }
    }
}

/// Between two steps of a drag, whoever moves moves by at least the grid's quantum:
/// nobody shifts by a sliver. The solver's pull on relatives used to move everyone in
/// the family by hundredths of a unit on every pointer move, so the canvas redrew the
/// whole drawing each time; now the others stand exactly still.
#[test]
fn drag_steps_leave_no_slivers_and_most_of_the_family_still() {
    use crate::genogram::layout::position::QUANTUM;
    let o = LayoutOptions::default();
    let (mut still, mut persons) = (0usize, 0usize);
    for seed in 0..60u64 {
        let f = generate(seed, &options(20 + (seed as usize * 7) % 60, 4));
        let free = layout(&f, &Pins::default(), &o);
        let ids: Vec<u32> = free.persons.keys().copied().collect();
        let id = ids[(seed as usize * 31) % ids.len()];
        let at = |dx: f64| {
            let mut pins = Pins::new();
            pins.pin_column(id, (free.persons[&id].x + dx).round());
            layout(&f, &pins, &o)
        };
        let (a, b) = (at(40.0), at(45.0));
        for (p, pa) in &a.persons {
            let d = (b.persons[p].x - pa.x).abs();
            assert!(d == 0.0 || d >= QUANTUM - 1e-9, "seed {seed}: person {p} moved by a sliver ({d})");
            if *p != id {
                persons += 1;
                still += usize::from(d == 0.0);
            }
        }
    }
    // Measured: 2,158 of 3,016 (0.72) over these families; none before snapping.
    assert!(still as f64 >= 0.6 * persons as f64, "only {still} of {persons} stood still");
}

/// One small drag in the family of `seed`: a person picked by the seed is pinned one
/// step (5 units) along its row. Returns the step actually made (whole units, at least
/// 1), the median and the largest displacement of everyone else.
fn small_drag(seed: u64) -> (f64, f64, f64) {
    let o = LayoutOptions::default();
    let f = generate(seed, &options(10 + (seed as usize * 7) % 70, 4));
    let free = layout(&f, &Pins::default(), &o);
    let ids: Vec<u32> = free.persons.keys().copied().collect();
    let id = ids[(seed as usize * 31) % ids.len()];
    let step = if seed.is_multiple_of(2) { 5.0 } else { -5.0 };
    let x = (free.persons[&id].x + step).round();
    let mut pins = Pins::new();
    pins.pin_column(id, x);
    let l = layout(&f, &pins, &o);
    let mut moved: Vec<f64> =
        free.persons.iter().filter(|(p, _)| **p != id).map(|(p, a)| (l.persons[p].x - a.x).abs()).collect();
    moved.sort_by(f64::total_cmp);
    let step = (x - free.persons[&id].x).abs().max(1.0);
    let median = moved.get(moved.len() / 2).copied().unwrap_or(0.0);
    (step, median, moved.last().copied().unwrap_or(0.0))
}

/// Families in which one small drag moves the median other person by more than the
/// step, which the layout does not avoid today. Measured when the bound per family came
/// back (it had been an average over all 120 families, which hid them): 2 of the 120;
/// seed 64 met the bound once chains of families could move as a whole (switch.rs).
/// They are held to [`KNOWN_DRAG_LIMIT`] × the step, and checked to still exceed the
/// step, so a layout fix shows and moves them out of this list.
const KNOWN_DRAG_EXCEPTIONS: &[(u64, &str)] = &[
    // Not analysed person by person yet. Likely cause (the averaged test's own note):
    // tight neighbours are pushed by the step, and the pull of relatives on the free
    // blocks (position.rs) adds up past the step. Since sibships are kept together
    // (layout/sibships.rs) and labels are measured, seeds 14 and 59 meet the bound and
    // these two do not.
    (49, "median 1.46 x the step"),
];

/// How far the median other person may move in a known exception, in steps.
const KNOWN_DRAG_LIMIT: f64 = 1.5;

/// Dragging one person a little: nobody jumps (the first pin used to move the rest of
/// the family 150 units and more, and whole parts past a pinned one), and the family
/// does not slide with the pointer (it followed every step in full). Per family: no
/// family where one step moves the median other person by more than the step (plus
/// the grid's quantum).
#[test]
fn small_drags_move_the_dragged_person_not_the_family() {
    let o = LayoutOptions::default();
    let mut failing = Vec::new();
    for seed in 0..120u64 {
        let (step, median, max) = small_drag(seed);
        assert!(max < o.min_distance / 2.0, "seed {seed}: a jump of {max}");
        let known = KNOWN_DRAG_EXCEPTIONS.iter().any(|(s, _)| *s == seed);
        // Places are snapped to the grid (position::QUANTUM) in both layouts, which
        // alone can add up to one quantum to anyone's move.
        if median > step + crate::genogram::layout::position::QUANTUM && !known {
            failing.push((seed, median / step));
        }
        if known {
            assert!(median > step, "seed {seed} now meets the bound: remove it from KNOWN_DRAG_EXCEPTIONS");
            assert!(median <= KNOWN_DRAG_LIMIT * step, "seed {seed}: median {median} for a step of {step}");
        }
    }
    assert!(failing.is_empty(), "families that slide with the pointer (seed, median / step): {failing:?}");
}

/// A generated family, its free layout, and where the picked persons are dragged to
/// along their rows (whole layout units).
fn dragged(seed: u64, size: usize, picks: &[(prop::sample::Index, f64)]) -> (Family, Layout, Vec<(u32, f64)>) {
    let f = generate(seed, &options(size, 4));
    let free = run(&f);
    let ids: Vec<u32> = free.persons.keys().copied().collect();
    let drags = picks
        .iter()
        .map(|(i, dx)| {
            let id = *i.get(&ids);
            (id, (free.persons[&id].x + dx).round())
        })
        .collect();
    (f, free, drags)
}

/// Mean over 8 seeds (and the worst seed) of the mean displacement of everyone else
/// when one youngest child is added to a union in the middle of a 1,000-person family.
fn stability(gen: &GenerateOptions) -> (f64, f64) {
    let o = LayoutOptions::default();
    let mut worst: f64 = 0.0;
    let mut sum = 0.0;
    for seed in 0..8u64 {
        let f = generate(seed, gen);
        let before = layout(&f, &Pins::default(), &o);
        let mut g = f.clone();
        let ui = g.unions.len() / 2;
        let new_id = g.max_person_id() + 1;
        g.persons.push(FamilyPerson::new(new_id).born(i64::MAX / 2));
        g.unions[ui].children.push(FamilyChild::biological(new_id));
        let after = layout(&g, &Pins::default(), &o);
        let d = mean_displacement(&before, &after);
        worst = worst.max(d);
        sum += d;
    }
    (sum / 8.0, worst)
}

#[test]
fn adding_a_child_to_a_large_family_moves_others_little() {
    // Achieved (default options): about 30 layout units on average, i.e. under a third
    // of the minimum centre distance; most persons do not move at all or shift by one
    // slot.
    let (mean, worst) = stability(&GenerateOptions::sized(1000, 6));
    eprintln!("stability (default generator): mean {mean:.1}, worst {worst:.1}");
    assert!(mean < 45.0, "mean displacement {mean}");
    assert!(worst < 150.0, "worst mean displacement {worst}");
    // Densely interlinked families (many in-laws with parents, cousin and cross-clan
    // marriages) move more: about 53 on average (47 before chains of intermarried
    // families could move as a whole, which removes 42 % of their crossings).
    let (mean, worst) = stability(&options(1000, 6));
    eprintln!("stability (interlinked): mean {mean:.1}, worst {worst:.1}");
    assert!(mean < 80.0, "mean displacement {mean}");
    assert!(worst < 320.0, "worst mean displacement {worst}");
}

#[test]
fn generated_textbook_trees_have_few_crossings() {
    // Trees without remarriages, cousins or in-law parents have crossing-free drawings.
    let o = GenerateOptions {
        remarriage: 0.0,
        cousin_marriage: 0.0,
        cross_clan: 0.0,
        in_law_parents: 0.0,
        twins: 0.0,
        ..GenerateOptions::sized(300, 6)
    };
    for seed in 0..10 {
        let f = generate(seed, &o);
        let l = run(&f);
        assert_eq!(count_crossings(&l), 0, "seed {seed}");
    }
}

#[test]
fn swapping_neighbours_removes_crossings_of_interlinked_families() {
    // Cousin and cross-clan marriages leave crossings the depth-first order cannot
    // avoid. The swap pass used to remove about 8 % of them here; now that sibships are
    // kept together (their blocks never swap) and follow their parents' order, the
    // block swaps find little left to gain. Whole chains of intermarried families
    // (a sibship, the couple joining it to the next family, that family's children)
    // move too, each to its best place in the row: 1,666 -> 914 over these seeds
    // (block swaps alone: 1,584). It must not add overlaps, and must remove at least
    // three tenths.
    let off = LayoutOptions { swap_passes: 0, ..LayoutOptions::default() };
    let on = LayoutOptions::default();
    let (mut before, mut after) = (0, 0);
    for seed in 0..8 {
        let f = generate(seed, &options(400, 6));
        before += count_crossings(&layout(&f, &Pins::default(), &off));
        let l = layout(&f, &Pins::default(), &on);
        check_structure(&f, &l, &Pins::default());
        after += count_crossings(&l);
    }
    eprintln!("crossings without swaps {before}, with {after}");
    assert!(after * 10 <= before * 7, "moves should remove three tenths of the crossings: {before} -> {after}");
}
