//! The chronology panel ("Levenslijn"): every dated fact of the open genogram in a
//! table ([`crate::genogram::chronology`]), sortable by date, person and kind with a
//! click on the column head, each line with the index person's age; a click on a line
//! selects its person on the canvas. The table downloads as CSV. A view: it changes
//! nothing in the document.

use crate::genogram::chronology::{chronology, csv, sort_facts, SortColumn};
use crate::ui::session::Session;
use crate::ui::shell::download::download_text;
use crate::ui::shell::locale::{use_texts, Locale};
use leptos::prelude::*;

/// The "Levenslijn" section of the side panel (genograms only).
#[component]
pub fn ChronologyPanel() -> impl IntoView {
    let texts = use_texts();
    let Locale(lang) = expect_context::<Locale>();
    let session = expect_context::<Session>();
    let shell = expect_context::<crate::ui::shell::app::Shell>();
    // A line chosen: its person selected, and the family shown in its year (the
    // "Peiljaar"), so the room sees the family as it was then.
    let choose = move |person, year: i32| {
        session.selection.set(person);
        shell.at_year.set(Some(year));
    };
    // Sorting is view state of this panel: by date, oldest first, until a head is clicked.
    let sort = RwSignal::new((SortColumn::Date, true));
    let facts = Memo::new(move |_| {
        let lang = lang.get();
        let (column, ascending) = sort.get();
        let mut facts = session
            .editor
            .with(|e| e.as_ref().and_then(|e| e.genogram()).map(|g| chronology(g, lang)).unwrap_or_default());
        sort_facts(&mut facts, column, ascending);
        facts
    });
    let download = move |_| {
        let lang = lang.get_untracked();
        let Some((title, facts)) = session.editor.with_untracked(|e| {
            let e = e.as_ref()?;
            Some((e.title.clone(), chronology(e.genogram()?, lang)))
        }) else {
            return;
        };
        let _ = download_text(&csv::file_name(&title, lang), "text/csv;charset=utf-8", &csv::to_csv(&facts, lang));
    };
    // A column head: a button that sorts by it, again to turn the order around.
    let head = move |column: SortColumn, test_id: &'static str, label: fn(&crate::i18n::Texts) -> &'static str| {
        let aria = move || match sort.get() {
            (c, true) if c == column => "ascending",
            (c, false) if c == column => "descending",
            _ => "none",
        };
        view! {
            <th scope="col" aria-sort=aria>
                <button type="button" class="link" data-testid=test_id
                    on:click=move |_| sort.update(|(c, asc)| if *c == column { *asc = !*asc } else { *c = column; *asc = true })>
                    {move || label(texts.get())}
                    {move || match sort.get() { (c, true) if c == column => " ▲", (c, false) if c == column => " ▼", _ => "" }}
                </button>
            </th>
        }
    };
    view! {
        <details class="chronology" data-testid="chronology-panel">
            <summary>{move || texts.get().chronology_title}</summary>
            <p class="muted small">{move || texts.get().chronology_hint}</p>
            <Show when=move || facts.with(|f| !f.is_empty())
                fallback=move || view! { <p class="muted small" data-testid="chronology-none">{move || texts.get().chronology_none}</p> }>
                <div class="chronology-scroll">
                    <table class="chronology-table" data-testid="chronology-table">
                        <thead><tr>
                            {head(SortColumn::Date, "chronology-sort-date", |t| t.chronology_date)}
                            <th scope="col">{move || texts.get().chronology_age}</th>
                            {head(SortColumn::Person, "chronology-sort-person", |t| t.chronology_person)}
                            {head(SortColumn::Kind, "chronology-sort-kind", |t| t.chronology_kind)}
                        </tr></thead>
                        <tbody>
                            {move || {
                                let lang = lang.get();
                                let selected = session.selection.get();
                                facts.get().into_iter().map(|f| {
                                    let first = f.persons.first().copied();
                                    let is_selected = first.is_some() && first == selected;
                                    let year = f.year();
                                    view! {
                                        <tr data-testid="chronology-row" data-year=f.year()
                                            data-person=first.map(|p| p.get().to_string()).unwrap_or_default()
                                            class:selected=is_selected tabindex="0"
                                            on:click=move |_| choose(first, year)
                                            on:keydown=move |ev| if ev.key() == "Enter" { choose(first, year) }>
                                            <td data-testid="chronology-date">{f.date.label(lang)}</td>
                                            <td data-testid="chronology-age">{f.age_label(lang)}</td>
                                            <td data-testid="chronology-person">{f.who.clone()}</td>
                                            // Kind over the description in one column: the
                                            // side panel is narrow, and words stay whole.
                                            <td>
                                                <span class="chronology-kind" data-testid="chronology-kind">{f.kind.label(lang)}</span>
                                                <span data-testid="chronology-text">{f.text.clone()}</span>
                                            </td>
                                        </tr>
                                    }
                                }).collect_view()
                            }}
                        </tbody>
                    </table>
                </div>
                <button type="button" data-testid="chronology-csv" on:click=download>
                    {move || texts.get().chronology_csv}
                </button>
            </Show>
        </details>
    }
}
