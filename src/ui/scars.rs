//! The scar guide: a picker of the scar types (each with a small
//! cross-section), then the chosen type in full: its diagram drawn to
//! scale, the mirror checks, how well microneedling helps and what works
//! better. A needle-depth control (a slider, or a treatment's typical depth)
//! moves the needle in every drawing at once.

use std::sync::Arc;

use leptos::prelude::*;

use crate::core::content::Content;
use crate::core::content::scars::ScarType;
use crate::core::diagram::svg::{Extras, svg};
use crate::core::diagram::{self, millimetres};
use crate::core::locale_format::LocaleFormat;
use crate::core::scar_text;
use crate::core::template::{fill, split_at};
use crate::core::treatment_text as words;
use crate::ui::citations::citations;
use crate::ui::guide::Guide;
use crate::ui::intl::format_for;
use crate::ui::notes::Notes;
use crate::ui::rich_text::RichTextView;
use crate::ui::screen::ScreenIntro;

/// The depth the control starts at, in millimetres.
const DEFAULT_NEEDLE_MM: f32 = 1.0;
/// The slider's range; a treatment's depth may lie outside it.
const SLIDER_MIN_MM: f32 = 0.25;
const SLIDER_MAX_MM: f32 = 2.5;

/// The small cross-section of a scar type, as SVG markup (for the picker
/// and the quiz's "which scars" question).
pub fn thumbnail(content: &Content, scar: &ScarType, needle_mm: Option<f32>) -> String {
    let geometry = diagram::geometry(&scar.diagram, &content.scars.layers);
    svg(
        &geometry,
        Extras {
            needle_mm,
            ..Extras::default()
        },
    )
}

#[component]
pub fn ScarsScreen(autofocus: bool) -> impl IntoView {
    let Guide {
        content,
        go_to,
        chosen_scar: chosen,
        ..
    } = Guide::get();
    let needle = RwSignal::new(DEFAULT_NEEDLE_MM);
    let first = content.scars.scar.first().map(|s| s.id.clone());
    let current = Memo::new(move |_| chosen.get().or_else(|| first.clone()));
    let texts = &content.ui.scars;

    let picker = content
        .scars
        .scar
        .iter()
        .map(|scar| {
            let (id, id_for_check) = (scar.id.clone(), scar.id.clone());
            // Laid out once; only the needle moves as the slider does.
            let figure = {
                let geometry = diagram::geometry(&scar.diagram, &content.scars.layers);
                move || {
                    let needle_mm = Some(needle.get());
                    svg(
                        &geometry,
                        Extras {
                            needle_mm,
                            ..Extras::default()
                        },
                    )
                }
            };
            view! {
                <label class="option scar-option">
                    <input
                        type="radio"
                        name="scar-type"
                        value=id.clone()
                        prop:checked=move || current.get().as_deref() == Some(id_for_check.as_str())
                        on:change=move |_| chosen.set(Some(id.clone()))
                    />
                    <span class="scar-option-name">{scar.name.clone()}</span>
                    <span class="scar-figure" inner_html=figure></span>
                </label>
            }
        })
        .collect_view();

    let detail = {
        let content = content.clone();
        move || {
            let id = current.get()?;
            let scar = content.scars.scar.iter().find(|s| s.id == id)?.clone();
            Some(view! { <ScarDetail content=content.clone() scar needle /> })
        }
    };

    view! {
        <div class="screen scars-screen" data-screen="scars">
            <ScreenIntro
                back=content.ui.navigation.back.clone()
                go_to
                title=content.ui.journeys.scars.title.clone()
                lead=texts.lead.clone()
                autofocus
            />
            <NeedleControl content=content.clone() needle />
            <fieldset class="scar-picker">
                <legend class="section-label">{texts.pick_type.clone()}</legend>
                <div class="scar-options">{picker}</div>
            </fieldset>
            {detail}
            <Notes content=content.clone() />
        </div>
    }
}

/// The needle depth: a slider in quarter millimetres, and the typical depth
/// of each treatment that gives one.
#[component]
fn NeedleControl(content: Arc<Content>, needle: RwSignal<f32>) -> impl IntoView {
    let texts = &content.ui.scars;
    let format = format_for(&content);
    let value_template = texts.needle_value.clone();
    let value_text = {
        let content = content.clone();
        move || {
            let depth = format_for(&content).decimal(needle.get());
            fill(&value_template, &[("depth", &depth)])
        }
    };
    let value_text_for_aria = value_text.clone();
    let presets: Vec<_> = content
        .treatments
        .treatment
        .iter()
        .filter_map(|t| t.reaches_mm.map(|depth| (t.name.clone(), depth)))
        .map(|(name, depth)| {
            let depth_text = fill(&texts.needle_value, &[("depth", &format.decimal(depth))]);
            let label = fill(&texts.preset, &[("name", &name), ("depth", &depth_text)]);
            view! {
                <button
                    type="button"
                    class="chip"
                    aria-pressed=move || (needle.get() == depth).to_string()
                    on:click=move |_| needle.set(depth)
                >
                    {label}
                </button>
            }
        })
        .collect();
    let has_presets = !presets.is_empty();
    view! {
        <div class="needle-control">
            <div class="needle-slider">
                <label for="needle-depth">{texts.needle_label.clone()}</label>
                <input
                    id="needle-depth"
                    type="range"
                    min=millimetres(SLIDER_MIN_MM)
                    max=millimetres(SLIDER_MAX_MM)
                    step="0.25"
                    prop:value=move || millimetres(needle.get())
                    aria-valuetext=value_text_for_aria
                    on:input=move |event| {
                        let depth = event_target::<web_sys::HtmlInputElement>(&event)
                            .value_as_number();
                        if depth.is_finite() {
                            needle.set((depth as f32).clamp(SLIDER_MIN_MM, SLIDER_MAX_MM));
                        }
                    }
                />
                <output for="needle-depth">{value_text}</output>
            </div>
            {has_presets
                .then(|| {
                    view! {
                        <p class="presets-label">{texts.presets_label.clone()}</p>
                        <div class="chips">{presets}</div>
                    }
                })}
        </div>
    }
}

/// One scar type in full.
#[component]
fn ScarDetail(content: Arc<Content>, scar: ScarType, needle: RwSignal<f32>) -> impl IntoView {
    let texts = &content.ui.scars;
    let rating = scar_text::rating(&content, &scar);
    let rating_line = rating.map_or_else(
        || "{note}".to_owned(),
        |rating| {
            fill(
                &texts.microneedling,
                &[("rating", words::rating(&content, rating))],
            )
        },
    );
    let rating_line = split_at(&rating_line, "note");
    let how_common = split_at(&texts.how_common, "text");
    let rating_class = rating.map_or_else(
        || "rating".to_owned(),
        |rating| format!("rating rating-{}", rating.key()),
    );
    let figure = {
        let content = content.clone();
        let alt = scar.diagram_alt.clone();
        let geometry = diagram::geometry(&scar.diagram, &content.scars.layers);
        move || {
            let texts = &content.ui.scars;
            let labels = [
                texts.epidermis.as_str(),
                texts.dermis.as_str(),
                texts.fat.as_str(),
            ];
            svg(
                &geometry,
                Extras {
                    labels: Some(labels),
                    needle_mm: Some(needle.get()),
                    alt: Some(&alt),
                },
            )
        }
    };
    let reach = {
        let (content, scar) = (content.clone(), scar.clone());
        move || scar_text::needle_reach(&content, &scar, needle.get(), &*format_for(&content))
    };
    let checks = scar
        .how_to_tell
        .iter()
        .map(|check| view! { <li>{check.clone()}</li> })
        .collect_view();
    view! {
        <article class="scar" id=format!("scar-{}", scar.id) data-scar=scar.id.clone()>
            <h3>{scar.name.clone()}</h3>
            <figure class="scar-drawing">
                <div class="diagram-frame" inner_html=figure></div>
                <figcaption class="needle-reach" aria-live="polite">
                    {reach}
                </figcaption>
            </figure>
            <div class="scar-text">
                <RichTextView text=scar.looks_like.clone() class="scar-looks" />
                <h4>{texts.how_to_tell.clone()}</h4>
                <ul class="checks">{checks}</ul>
                <p>
                    <strong>{how_common.0.to_owned()}</strong>
                    {scar.how_common.clone()}
                    {how_common.1.to_owned()}
                </p>
                <p class=rating_class>
                    <strong>{rating_line.0.to_owned()}</strong>
                    {scar.microneedling_note.clone()}
                    {rating_line.1.to_owned()}
                </p>
                <h4>{texts.better_options.clone()}</h4>
                <RichTextView text=scar.better_options.clone() class="scar-better" />
                <details class="sources">
                    <summary>{texts.sources.clone()}</summary>
                    {citations(&content, &scar.sources)}
                </details>
            </div>
        </article>
    }
}
