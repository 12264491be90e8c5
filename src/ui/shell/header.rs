//! The header: product name, main menu and language switch, always on one line. The
//! menu measures what fits (`header_fit.rs`): the tagline goes first, then the items
//! that do not fit move, from the end, under a "Meer" button.

use crate::i18n::Lang;
use crate::ui::session::Session;
use crate::ui::shell::app::Shell;
use crate::ui::shell::autosave::may_replace_open;
use crate::ui::shell::header_fit::{fit_header, HeaderFit};
use crate::ui::shell::locale::{use_texts, Locale};
use leptos::ev;
use leptos::html;
use leptos::prelude::*;

/// The main menu's items, in order: the last ones move under "Meer" first.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Item {
    NewGenogram,
    NewNetwerkkaart,
    Open,
    Export,
    Search,
    QuickEntry,
    Help,
}

const ITEMS: [Item; 7] =
    [Item::NewGenogram, Item::NewNetwerkkaart, Item::Open, Item::Export, Item::Search, Item::QuickEntry, Item::Help];

impl Item {
    fn test_id(self) -> &'static str {
        match self {
            Item::NewGenogram => "menu-new-genogram",
            Item::NewNetwerkkaart => "menu-new-netwerkkaart",
            Item::Open => "menu-open",
            Item::Export => "menu-export",
            Item::Search => "menu-search",
            Item::QuickEntry => "menu-quick-entry",
            Item::Help => "menu-help",
        }
    }

    fn label(self, t: &'static crate::i18n::Texts) -> &'static str {
        match self {
            Item::NewGenogram => t.menu_new_genogram,
            Item::NewNetwerkkaart => t.menu_new_netwerkkaart,
            Item::Open => t.menu_open,
            Item::Export => t.menu_export,
            Item::Search => t.menu_search,
            Item::QuickEntry => t.quick_toggle,
            Item::Help => t.menu_help,
        }
    }
}

/// One menu item's button; `after` runs after its action (closes "Meer").
fn item_button(item: Item, after: impl Fn() + Copy + 'static) -> impl IntoView {
    let texts = use_texts();
    let shell = expect_context::<Shell>();
    let session = expect_context::<Session>();
    let no_genogram = move || session.editor.with(|e| e.as_ref().and_then(|e| e.genogram()).is_none());
    let disabled = move || match item {
        // Quick entry reads both drawings; search finds persons of a genogram.
        Item::Export | Item::QuickEntry => session.editor.with(|e| e.is_none()),
        Item::Search => no_genogram(),
        _ => false,
    };
    let run = move || match item {
        Item::NewGenogram => {
            if may_replace_open() {
                session.new_genogram(texts.get_untracked().untitled_genogram)
            }
        }
        Item::NewNetwerkkaart => {
            if may_replace_open() {
                session.new_netwerkkaart(texts.get_untracked().untitled_netwerkkaart)
            }
        }
        Item::Open => shell.library_open.set(true),
        Item::Export => shell.export_open.set(true),
        Item::Search => shell.search_open.set(true),
        Item::QuickEntry => shell.quick_open.update(|o| *o = !*o),
        Item::Help => shell.help_open.set(true),
    };
    view! {
        <button type="button" data-testid=item.test_id() disabled=disabled
            aria-keyshortcuts=(item == Item::Search).then_some("Control+F")
            aria-pressed=move || (item == Item::QuickEntry).then(|| if shell.quick_open.get() { "true" } else { "false" })
            title=move || (item == Item::QuickEntry).then(|| texts.get().quick_toggle_hint)
            on:click=move |_| { after(); run(); }>{move || item.label(texts.get())}</button>
    }
}

/// Product name, menu and language choice.
#[component]
pub fn Header() -> impl IntoView {
    let texts = use_texts();
    let Locale(lang) = expect_context::<Locale>();
    let shell = expect_context::<Shell>();
    let fit = RwSignal::new(HeaderFit { tagline: true, inline: ITEMS.len() });
    let more_open = RwSignal::new(false);
    let nav = NodeRef::<html::Nav>::new();
    let brand = NodeRef::<html::Div>::new();
    let brand_name = NodeRef::<html::H1>::new();
    let measure = NodeRef::<html::Div>::new();
    let more_button = NodeRef::<html::Button>::new();

    // Measure after the browser laid the header out: at start, on every resize, and
    // when the language changes the labels.
    let remeasure = move || {
        request_animation_frame(move || {
            if let Some(now) = measure_fit(nav, brand, brand_name, measure) {
                if fit.get_untracked() != now {
                    fit.set(now);
                }
            }
        })
    };
    Effect::new(move |_| {
        lang.track();
        remeasure();
    });
    let resize = window_event_listener(ev::resize, move |_| remeasure());
    on_cleanup(move || resize.remove());

    let close_more = move || more_open.set(false);
    let on_more_key = move |ev: web_sys::KeyboardEvent| {
        // Escape on the button or in the list closes the list (and only that).
        if ev.key() == "Escape" && more_open.get_untracked() {
            ev.stop_propagation();
            ev.prevent_default();
            more_open.set(false);
            if let Some(b) = more_button.get_untracked() {
                let _ = b.focus();
            }
        }
    };
    view! {
        <header class="app-header">
            <div class="brand" node_ref=brand>
                <h1 class="brand-name" node_ref=brand_name>"Kring"</h1>
                <Show when=move || fit.get().tagline>
                    <span class="brand-tagline">{move || texts.get().tagline}</span>
                </Show>
            </div>
            <nav class="menu" node_ref=nav aria-label=move || texts.get().menu_label>
                {move || ITEMS[..fit.get().inline].iter().map(|&i| item_button(i, || {})).collect_view()}
                <Show when=move || { fit.get().inline < ITEMS.len() }>
                    <span class="menu-more-wrap" on:keydown=on_more_key>
                        <button type="button" class="menu-more" data-testid="menu-more" node_ref=more_button
                            aria-haspopup="true" aria-controls="menu-more-list"
                            aria-expanded=move || more_open.get().to_string()
                            on:click=move |_| more_open.update(|o| *o = !*o)>
                            {move || texts.get().more_menu} " ▾"
                        </button>
                        <Show when=move || more_open.get()>
                            <div class="menu-more-backdrop" on:pointerdown=move |_| close_more()></div>
                            <div class="menu-more-list" id="menu-more-list" data-testid="menu-more-list">
                                {move || ITEMS[fit.get().inline..].iter().map(|&i| item_button(i, close_more)).collect_view()}
                            </div>
                        </Show>
                    </span>
                </Show>
            </nav>
            // Invisible copies of the menu, laid out like it, only to be measured.
            <div class="menu menu-measure" node_ref=measure aria-hidden="true">
                <span class="measure-brand"><span class="measure-name">"Kring"</span>
                    <span class="measure-tagline">{move || texts.get().tagline}</span></span>
                {move || ITEMS.iter().map(|&i| view! { <button type="button" tabindex="-1">{i.label(texts.get())}</button> }).collect_view()}
                <button type="button" tabindex="-1">{move || texts.get().more_menu} " ▾"</button>
            </div>
            <label class="legend-switch">
                <input type="checkbox" data-testid="show-legend"
                    prop:checked=move || shell.show_legend.get()
                    on:change=move |ev| shell.show_legend.set(event_target_checked(&ev))/>
                {move || texts.get().show_legend}
            </label>
            <label class="lang-switch">
                <span class="visually-hidden">{move || texts.get().language_label}</span>
                <select
                    data-testid="lang-select"
                    on:change=move |ev| {
                        if let Some(choice) = Lang::from_code(&event_target_value(&ev)) {
                            lang.set(choice);
                        }
                    }
                    prop:value=move || lang.get().code()
                >
                    {Lang::ALL
                        .into_iter()
                        .map(|l| view! { <option value=l.code()>{l.texts().language_name}</option> })
                        .collect_view()}
                </select>
            </label>
        </header>
    }
}

/// Reads the widths that decide the header's line and fits it (None before layout).
fn measure_fit(
    nav: NodeRef<html::Nav>,
    brand: NodeRef<html::Div>,
    brand_name: NodeRef<html::H1>,
    measure: NodeRef<html::Div>,
) -> Option<HeaderFit> {
    let width = |el: &web_sys::Element| el.get_bounding_client_rect().width();
    let nav: web_sys::Element = nav.get_untracked()?.into();
    let brand: web_sys::Element = brand.get_untracked()?.into();
    let brand_name: web_sys::Element = brand_name.get_untracked()?.into();
    let measure: web_sys::Element = measure.get_untracked()?.into();
    let mut children = Vec::new();
    let mut child = measure.first_element_child();
    while let Some(c) = child {
        child = c.next_element_sibling();
        children.push(c);
    }
    // The brand copy, one button per item, and "Meer".
    let (copy, rest) = children.split_first()?;
    let (more, buttons) = rest.split_last()?;
    let name_copy = copy.first_element_child()?;
    let tagline = width(copy) - width(&name_copy);
    let items: Vec<f64> = buttons.iter().map(width).collect();
    let gap = match buttons {
        [a, b, ..] => b.get_bounding_client_rect().left() - a.get_bounding_client_rect().right(),
        _ => 0.0,
    };
    // The menu grows into what the header leaves; with the tagline hidden it has
    // the tagline's room as well.
    let room = width(&nav) + (width(&brand) - width(&brand_name)).max(0.0);
    Some(fit_header(&items, gap, width(more), room, tagline))
}
