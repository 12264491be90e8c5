//! The export dialog: the open document as an SVG or PNG file, printed, or as an
//! anonymous `.kring.json` copy. The drawings come from the same scene as the canvas
//! (with the chosen anonymisation and legend); names and contents are made natively in
//! [`crate::editor::export`].

use crate::editor::drawing::DrawOptions;
use crate::editor::export::{anonymous_copy, export_drawing, gedcom_file, ExportedDrawing};
use crate::genogram::model::PartialDate;
use crate::genogram::scene::Anonymise;
use crate::i18n::Lang;
use crate::kernel::anonymise::DateMode;
use crate::ui::session::{now_ms, Session, StatusText};
use crate::ui::shell::app::Shell;
use crate::ui::shell::download::{download_blob, download_json, download_text};
use crate::ui::shell::locale::{use_texts, Locale};
use crate::ui::shell::modal::Modal;
use leptos::prelude::*;
use wasm_bindgen::{closure::Closure, JsCast};

/// The export of the open document with the given choices.
pub fn export_svg(
    session: &Session,
    lang: Lang,
    anonymise: Anonymise,
    legend: bool,
    lens: crate::genogram::pattern::Lens,
    at_year: Option<i32>,
) -> Option<ExportedDrawing> {
    session.editor.with_untracked(|e| {
        e.as_ref().map(|e| {
            let today = PartialDate::from_unix_ms(now_ms());
            let options = DrawOptions {
                anonymise,
                show_legend: legend,
                lens: lens.clone(),
                at_year,
                date_text: today.label(lang),
                ..DrawOptions::new(lang, today)
            };
            export_drawing(e, &options)
        })
    })
}

/// Choices and buttons for SVG, PNG and print.
#[component]
pub fn ExportDialog() -> impl IntoView {
    let texts = use_texts();
    let Locale(lang) = expect_context::<Locale>();
    let shell = expect_context::<Shell>();
    let session = expect_context::<Session>();
    let anonymise = RwSignal::new(Anonymise::Off);
    let legend = RwSignal::new(shell.show_legend.get_untracked());
    // The export follows the view's choice whenever it changes.
    Effect::new(move |_| legend.set(shell.show_legend.get()));
    let scale = RwSignal::new(2u32);
    let shift_dates = RwSignal::new(false);
    let shift_years = RwSignal::new(-10i32);
    let close = move || shell.export_open.set(false);
    let report = move |ok: bool| {
        let t = |l: Lang| if ok { l.texts().export_done } else { l.texts().export_failed };
        session.status.set(Some(if ok {
            StatusText::info(t(Lang::Nl), t(Lang::En))
        } else {
            StatusText::error(t(Lang::Nl), t(Lang::En))
        }));
    };
    let current = move || {
        export_svg(
            &session,
            lang.get_untracked(),
            anonymise.get_untracked(),
            legend.get_untracked(),
            shell.lens.get_untracked(),
            shell.at_year.get_untracked(),
        )
    };

    let on_svg = move |_| {
        if let Some(e) = current() {
            report(download_text(&e.svg_name(), "image/svg+xml", &e.svg));
            close();
        }
    };
    let on_png = move |_| {
        if let Some(e) = current() {
            let name = e.png_name();
            render_png(e.svg, scale.get_untracked(), name, report);
            close();
        }
    };
    let on_print = move |_| {
        if let Some(e) = current() {
            crate::ui::shell::print::print_markup(e.print_markup());
        }
    };
    let on_copy = move |_| {
        let dates = if shift_dates.get_untracked() {
            DateMode::ShiftYears(shift_years.get_untracked())
        } else {
            DateMode::YearsOnly
        };
        let copy = session.editor.with_untracked(|e| {
            e.as_ref().map(|e| anonymous_copy(e, anonymise.get_untracked(), dates, lang.get_untracked(), now_ms()))
        });
        if let Some(copy) = copy {
            report(download_json(&copy.file_name, &copy.json));
            close();
        }
    };
    let on_gedcom = move |_| {
        let l = lang.get_untracked();
        let file =
            session.editor.with_untracked(|e| e.as_ref().and_then(|e| gedcom_file(e, anonymise.get_untracked(), l)));
        if let Some(file) = file {
            let ok = download_text(&file.file_name, "text/vnd.familysearch.gedcom", &file.text);
            // What GEDCOM cannot hold is said, not silently dropped.
            match (ok, file.left_out.message(Lang::Nl), file.left_out.message(Lang::En)) {
                (true, Some(nl), Some(en)) => {
                    let done = |l: Lang| l.texts().export_done;
                    session.status.set(Some(StatusText::info(
                        format!("{} {nl}", done(Lang::Nl)),
                        format!("{} {en}", done(Lang::En)),
                    )));
                }
                _ => report(ok),
            }
            close();
        }
    };
    let is_genogram = move || session.editor.with(|e| e.as_ref().and_then(|e| e.genogram()).is_some());
    let on_close = Callback::new(move |()| close());

    view! {
        <Show when=move || shell.export_open.get()>
            <Modal on_close=on_close labelled_by="export-title" test_id="export-dialog">
                    <h2 id="export-title">{move || texts.get().export_title}</h2>
                    <label class="field">
                        <span>{move || texts.get().export_anonymise}</span>
                        <select data-testid="export-anonymise" on:change=move |ev| anonymise.set(match event_target_value(&ev).as_str() {
                            "initials" => Anonymise::Initials,
                            "roles" => Anonymise::Roles,
                            _ => Anonymise::Off,
                        })>
                            <option value="off">{move || texts.get().anonymise_off}</option>
                            <option value="initials">{move || texts.get().anonymise_initials}</option>
                            <option value="roles">{move || texts.get().anonymise_roles}</option>
                        </select>
                    </label>
                    <label class="check">
                        <input type="checkbox" data-testid="export-legend" prop:checked=move || legend.get()
                            on:change=move |ev| legend.set(event_target_checked(&ev)) />
                        <span>{move || texts.get().export_legend}</span>
                    </label>
                    <label class="field">
                        <span>{move || texts.get().export_png_scale}</span>
                        <select data-testid="export-scale" prop:value=move || scale.get().to_string()
                            on:change=move |ev| scale.set(event_target_value(&ev).parse().unwrap_or(2))>
                            <option value="1">"1×"</option>
                            <option value="2">"2×"</option>
                            <option value="3">"3×"</option>
                            <option value="4">"4×"</option>
                        </select>
                    </label>
                    <div class="dialog-buttons">
                        <button type="button" class="primary" data-testid="export-svg" on:click=on_svg>{move || texts.get().export_svg}</button>
                        <button type="button" data-testid="export-png" on:click=on_png>{move || texts.get().export_png}</button>
                        <button type="button" data-testid="export-print" on:click=on_print>{move || texts.get().export_print}</button>
                        <Show when=is_genogram>
                            <button type="button" data-testid="export-gedcom" on:click=on_gedcom>{move || texts.get().export_gedcom}</button>
                        </Show>
                    </div>
                    <fieldset class="export-copy">
                        <legend>{move || texts.get().export_copy}</legend>
                        <p class="hint">{move || texts.get().export_copy_hint}</p>
                        <label class="field">
                            <span>{move || texts.get().copy_dates}</span>
                            <select data-testid="export-copy-dates"
                                on:change=move |ev| shift_dates.set(event_target_value(&ev) == "shift")>
                                <option value="years">{move || texts.get().copy_dates_years}</option>
                                <option value="shift">{move || texts.get().copy_dates_shift}</option>
                            </select>
                        </label>
                        <Show when=move || shift_dates.get()>
                            <label class="field">
                                <span>{move || texts.get().copy_shift_years}</span>
                                <input type="number" min="-100" max="100" step="1" data-testid="export-copy-shift"
                                    prop:value=move || shift_years.get().to_string()
                                    on:change=move |ev| shift_years.set(event_target_value(&ev).trim().parse::<i32>().unwrap_or(0).clamp(-100, 100)) />
                            </label>
                        </Show>
                        <button type="button" data-testid="export-copy" on:click=on_copy>{move || texts.get().export_copy}</button>
                    </fieldset>
                    <div class="dialog-buttons">
                        <button type="button" data-testid="export-close" on:click=move |_| close()>{move || texts.get().close}</button>
                    </div>
            </Modal>
        </Show>
    }
}

/// Draws the SVG onto a canvas at `scale` and downloads it as PNG; calls `done(ok)`.
fn render_png(svg: String, scale: u32, name: String, done: impl Fn(bool) + 'static) {
    let done = std::rc::Rc::new(done);
    let fail = done.clone();
    let report_failure = done.clone();
    let result = (|| -> Option<()> {
        let document = web_sys::window()?.document()?;
        let parts = js_sys::Array::of1(&js_sys::JsString::from(svg.as_str()));
        let options = web_sys::BlobPropertyBag::new();
        options.set_type("image/svg+xml");
        let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
        let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
        let img = web_sys::HtmlImageElement::new().ok()?;
        let img2 = img.clone();
        let url2 = url.clone();
        let onload = Closure::once(move || {
            let ok = (|| -> Option<()> {
                let canvas = document.create_element("canvas").ok()?.dyn_into::<web_sys::HtmlCanvasElement>().ok()?;
                let (w, h) = (img2.natural_width() * scale, img2.natural_height() * scale);
                canvas.set_width(w.max(1));
                canvas.set_height(h.max(1));
                let ctx = canvas.get_context("2d").ok()??.dyn_into::<web_sys::CanvasRenderingContext2d>().ok()?;
                ctx.draw_image_with_html_image_element_and_dw_and_dh(&img2, 0.0, 0.0, w as f64, h as f64).ok()?;
                let _ = web_sys::Url::revoke_object_url(&url2);
                let done = done.clone();
                let cb = Closure::once(move |blob: Option<web_sys::Blob>| {
                    done(blob.is_some_and(|b| download_blob(&name, &b)));
                });
                canvas.to_blob(cb.as_ref().unchecked_ref()).ok()?;
                cb.forget();
                Some(())
            })();
            if ok.is_none() {
                fail(false);
            }
        });
        img.set_onload(Some(onload.as_ref().unchecked_ref()));
        onload.forget();
        img.set_src(&url);
        Some(())
    })();
    if result.is_none() {
        report_failure(false);
    }
}
