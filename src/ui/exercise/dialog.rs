//! The exercise dialog: the assignment (case text, "Vergelijk met uitwerking") and the
//! comparison (score, differences in words, both drawings side by side, the persons
//! concerned ringed).

use super::{ExerciseUi, ExerciseView};
use crate::editor::compare::comparison_view;
use crate::format::Exercise;
use crate::genogram::model::PartialDate;
use crate::ui::session::{now_ms, Session};
use crate::ui::shell::locale::{use_texts, Locale};
use crate::ui::shell::modal::Modal;
use leptos::prelude::*;

/// The exercise dialog (shown while `ExerciseUi::shown` is set and the open document
/// has an exercise).
#[component]
pub fn ExerciseDialog() -> impl IntoView {
    let ui = expect_context::<ExerciseUi>();
    let close = Callback::new(move |()| ui.shown.set(None));
    view! {
        {move || match (ui.shown.get(), ui.current.get()) {
            (Some(ExerciseView::Assignment), Some(ex)) => Some(view! {
                <Modal on_close=close labelled_by="exercise-title" test_id="exercise-dialog" class="help-dialog exercise-dialog">
                    <Assignment exercise=ex/>
                </Modal>
            }.into_any()),
            (Some(ExerciseView::Comparison), Some(ex)) => Some(view! {
                <Modal on_close=close labelled_by="exercise-title" test_id="exercise-comparison" class="exercise-dialog exercise-comparison">
                    <ComparisonPanel exercise=ex/>
                </Modal>
            }.into_any()),
            _ => None,
        }}
    }
}

/// The case text and the buttons.
#[component]
fn Assignment(exercise: Exercise) -> impl IntoView {
    let texts = use_texts();
    let ui = expect_context::<ExerciseUi>();
    let paragraphs: Vec<String> =
        exercise.case_text.split("\n\n").map(str::trim).filter(|p| !p.is_empty()).map(str::to_owned).collect();
    view! {
        <h2 id="exercise-title">{move || texts.get().exercise_title}" "{exercise.title.clone()}</h2>
        <p class="muted">{move || texts.get().exercise_intro}</p>
        <div data-testid="exercise-case-text" class="exercise-case-text" lang="nl">
            {paragraphs.into_iter().map(|p| view! { <p>{p}</p> }).collect_view()}
        </div>
        <div class="dialog-buttons">
            <button type="button" class="primary" data-testid="exercise-compare" autofocus
                on:click=move |_| ui.shown.set(Some(ExerciseView::Comparison))>
                {move || texts.get().exercise_compare}
            </button>
            <button type="button" data-testid="exercise-close" on:click=move |_| ui.shown.set(None)>
                {move || texts.get().close}
            </button>
        </div>
    }
}

/// Score, differences and both drawings, computed from the drawing as it is now.
#[component]
fn ComparisonPanel(exercise: Exercise) -> impl IntoView {
    let texts = use_texts();
    let Locale(lang) = expect_context::<Locale>();
    let ui = expect_context::<ExerciseUi>();
    let session = expect_context::<Session>();
    let student = session.editor.with_untracked(|e| e.as_ref().and_then(|e| e.genogram().cloned())).unwrap_or_default();
    let today = PartialDate::from_unix_ms(now_ms());
    let view = Memo::new(move |_| comparison_view(&student, &exercise, lang.get(), today));
    view! {
        <h2 id="exercise-title">{move || texts.get().exercise_compare_title}</h2>
        <p class="exercise-score" data-testid="exercise-score" data-score=move || view.with(|v| v.comparison.score)>
            {move || texts.get().exercise_score}" "
            <strong>{move || view.with(|v| v.comparison.score)}</strong>" "
            {move || texts.get().exercise_out_of}
        </p>
        {move || view.with(|v| if v.sentences.is_empty() {
            view! { <p data-testid="exercise-no-differences">{move || texts.get().exercise_no_differences}</p> }.into_any()
        } else {
            let items = v.sentences.iter().map(|s| view! { <li data-testid="exercise-difference">{s.clone()}</li> }).collect_view();
            view! {
                <h3>{move || texts.get().exercise_differences}" ("{v.sentences.len()}")"</h3>
                <ul class="exercise-differences" data-testid="exercise-differences">{items}</ul>
            }.into_any()
        })}
        <p class="muted">{move || texts.get().exercise_marked}</p>
        <div class="exercise-drawings">
            <figure>
                <figcaption>{move || texts.get().exercise_yours}</figcaption>
                <div class="exercise-drawing" data-testid="exercise-drawing-student"
                    inner_html=move || view.with(|v| v.student_svg.clone())></div>
            </figure>
            <figure>
                <figcaption>{move || texts.get().exercise_reference}</figcaption>
                <div class="exercise-drawing" data-testid="exercise-drawing-reference"
                    inner_html=move || view.with(|v| v.reference_svg.clone())></div>
            </figure>
        </div>
        <div class="dialog-buttons">
            <button type="button" data-testid="exercise-back" on:click=move |_| ui.shown.set(Some(ExerciseView::Assignment))>
                {move || texts.get().exercise_back}
            </button>
            <button type="button" data-testid="exercise-comparison-close" autofocus on:click=move |_| ui.shown.set(None)>
                {move || texts.get().close}
            </button>
        </div>
    }
}
