//! Pattern lens benchmark: `cargo bench --bench pattern`.
//!
//! Generated genograms of 60 and 1,000 persons; times one scene build with the lens off
//! and with it on (the themes the family has, up to four), interleaved so both see the
//! same machine load, and the lens's own work (marks and summary) alone. Prints median
//! and minimum in ms; the lens is applied in the scene, so "on − off" is its whole cost.
//!
//! Then the time per change with the lens on, as the app spends it after one edit
//! ([`kring::editor::drawing::draw_genogram`]): apply one command (a condition of a
//! person switched between active and in recovery, so the lens's marks are recomputed),
//! lay out and build the scene; and the same without the layout, for the scene's share.

#[path = "stats.rs"]
mod stats;
use stats::stats;
use std::time::Instant;

use kring::editor::drawing::draw_genogram;
use kring::genogram::layout::{layout, LayoutOptions, Pins};
use kring::genogram::model::{Command, ConditionStatus, Genogram, PartialDate, PersonId};
use kring::genogram::pattern::{marks, summarise, themes_present, Lens, Theme};
use kring::genogram::scene::generate::generate_genogram;
use kring::genogram::scene::{build_scene, layout_input, SceneOptions};
use kring::i18n::Lang;

fn main() {
    println!(
        "{:>7} {:>5} {:>7} {:>7} {:>17} {:>17} {:>9} {:>17}",
        "persons", "runs", "themes", "marked", "scene off ms", "scene on ms", "on-off", "marks+summary ms"
    );
    for (size, generations, runs) in [(60usize, 4usize, 400usize), (1_000, 6, 40)] {
        let g = generate_genogram(42, size, generations);
        let l = layout(&layout_input(&g), &Pins::default(), &LayoutOptions::default());
        let off = SceneOptions::new(Lang::Nl, PartialDate::ymd(2025, 1, 15).unwrap());
        let mut themes: Vec<Theme> = themes_present(&g).into_iter().take(3).collect();
        themes.push(Theme::Addiction);
        let lens = Lens::new(themes);
        let on = SceneOptions { lens: lens.clone(), ..off.clone() };
        let marked = marks(&g, &lens).persons.len();
        let (mut t_off, mut t_on, mut t_lens) = (Vec::new(), Vec::new(), Vec::new());
        for _ in 0..runs {
            let t = Instant::now();
            std::hint::black_box(build_scene(&g, &l, &off));
            t_off.push(t.elapsed());
            let t = Instant::now();
            std::hint::black_box(build_scene(&g, &l, &on));
            t_on.push(t.elapsed());
            let t = Instant::now();
            let m = marks(&g, &lens);
            std::hint::black_box(summarise(&g, &lens, &m));
            t_lens.push(t.elapsed());
        }
        let ((off_med, off_min), (on_med, on_min), (lens_med, lens_min)) = (stats(t_off), stats(t_on), stats(t_lens));
        println!(
            "{:>7} {:>5} {:>7} {:>7} {:>17} {:>17} {:>+8.1}% {:>17}",
            g.person_count(),
            runs,
            lens.themes.len(),
            marked,
            format!("{off_med:.3} ({off_min:.3})"),
            format!("{on_med:.3} ({on_min:.3})"),
            (on_med - off_med) / off_med * 100.0,
            format!("{lens_med:.3} ({lens_min:.3})"),
        );
    }
    println!("(median, min in parentheses; themes: those the generated family has, up to three, and addiction)");
    per_change();
}

/// The command that switches the first condition of `id` between active and in
/// recovery (a real edit every time, and its own undo is the next one).
fn toggle(g: &Genogram, id: PersonId) -> Command {
    let mut p = g.person(id).unwrap().clone();
    let c = &mut p.conditions[0];
    c.status = if c.status == ConditionStatus::Active { ConditionStatus::InRecovery } else { ConditionStatus::Active };
    Command::UpdatePerson { id, person: p }
}

/// Time per change with the lens on: one edit, then layout and scene (as the app does),
/// and one edit then the scene alone on the unchanged layout.
fn per_change() {
    println!();
    println!("{:>7} {:>5} {:>26} {:>26}", "persons", "runs", "edit+layout+scene ms (on)", "edit+scene ms (on)");
    for (size, generations, runs) in [(60usize, 4usize, 400usize), (1_000, 6, 40)] {
        let mut g = generate_genogram(42, size, generations);
        let id =
            g.persons().find(|(_, p)| !p.conditions.is_empty()).map(|(id, _)| id).expect("a person with a condition");
        let mut themes: Vec<Theme> = themes_present(&g).into_iter().take(3).collect();
        themes.push(Theme::Addiction);
        let mut on = SceneOptions::new(Lang::Nl, PartialDate::ymd(2025, 1, 15).unwrap());
        on.lens = Lens::new(themes);
        let pins = Pins::default();
        let l = layout(&layout_input(&g), &pins, &LayoutOptions::default());
        let (mut t_full, mut t_scene) = (Vec::new(), Vec::new());
        for _ in 0..runs {
            let cmd = toggle(&g, id);
            let t = Instant::now();
            std::hint::black_box(g.apply(cmd).unwrap());
            std::hint::black_box(draw_genogram(&g, &pins, &on));
            t_full.push(t.elapsed());
            let cmd = toggle(&g, id);
            let t = Instant::now();
            std::hint::black_box(g.apply(cmd).unwrap());
            std::hint::black_box(build_scene(&g, &l, &on));
            t_scene.push(t.elapsed());
        }
        let ((full_med, full_min), (scene_med, scene_min)) = (stats(t_full), stats(t_scene));
        println!(
            "{:>7} {:>5} {:>26} {:>26}",
            g.person_count(),
            runs,
            format!("{full_med:.3} ({full_min:.3})"),
            format!("{scene_med:.3} ({scene_min:.3})"),
        );
    }
    println!("(median, min in parentheses; one change = one command applied, then drawn)");
}
